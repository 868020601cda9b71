/**
 * A printed NSHTTPURLResponse inside a quoted value of a printed dictionary (AFNetworking 2's userInfo:
 * `"com.alamofire.serialization.response.error.response" = "<NSHTTPURLResponse: 0x…> { URL: … } { status code: 401,
 * headers {\n    \"Www-Authenticate\" = \"Basic realm=\\\"basicRealm\\\"\";\n} }";`, as XAspect's README and AFNetworking
 * captures print it): its lines and quotes escaped, so that no header of it was read. Each such string is unescaped in
 * place, its lines on lines of their own, for the NSHTTPURLResponse reader (parse/http/wire-log.ts).
 */

/** How such a string opens. */
export const ESCAPED_NS_RESPONSE = '"<NSHTTPURLResponse';
/** The longest string unescaped: a response's headers are a few kilobytes. */
const MAX_STRING = 65_536;
/** Strings unescaped in one paste, at most. */
const MAX_STRINGS = 20;

/** The paste with each escaped NSHTTPURLResponse string unescaped in place. */
export function unescapeNsResponses(text: string): string {
  let out = '';
  let from = 0;
  let n = 0;
  for (
    let k = text.indexOf(ESCAPED_NS_RESPONSE);
    k >= 0 && n < MAX_STRINGS;
    k = text.indexOf(ESCAPED_NS_RESPONSE, k + 1)
  ) {
    const close = closingQuote(text, k + 1);
    if (close < 0) continue;
    const inner = text.slice(k + 1, close);
    // Only a string that spells its line ends out holds the escaped lines; one printed plain is read as it is.
    if (inner.indexOf('\\n') < 0) continue;
    out += `${text.slice(from, k)}\n${inner.replace(ESCAPES, unescapeOne)}\n`;
    from = close + 1;
    k = close;
    n++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** The string's closing quote (one not escaped) from `from`, within MAX_STRING and its line, or -1. */
function closingQuote(text: string, from: number): number {
  const stop = Math.min(text.length, from + MAX_STRING);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i;
    else if (c === 0x0a) return -1;
  }
  return -1;
}

/** One escape: `\n`, `\"` or `\\`. */
const ESCAPES = /\\([n"\\])/g;

function unescapeOne(_match: string, c: string): string {
  return c === 'n' ? '\n' : c;
}
