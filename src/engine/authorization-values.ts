import { wrappedValueRest } from './secrets.js';

/**
 * The credentials that follow an Authorization name anywhere in a paste, not only on a header line the HTTP reader
 * took for the request's: a header a log printed mid-line (`sending headers Authorization: Bearer …`), inside a JSON
 * or logfmt string whose line breaks are escapes (`{"msg":"Authorization: Bearer …\nHTTP/1.1 401"}`), a JSON member
 * (`\"Authorization\":\"Bearer …\"` escaped again). An opaque credential there was registered by no reader, and a
 * quote of its line showed it whole (round "fuzz7", gen7.mjs in harsh mode: 2 cases in 100 of every shape).
 */

/**
 * The name, a separator (`:` or `=`, its quotes escaped up to thrice), a scheme, then a credential of RFC 6750's
 * b64token syntax (section 2.1) of 16 characters or more: a scheme's parameter (`realm="api"`, `error=`) and a
 * placeholder word are shorter or not of that syntax. Literal name, bounded gaps, one class for the value: linear.
 */
const CREDENTIAL_AFTER_NAME =
  /authorization\\{0,3}["']?[ \t]{0,3}[:=][ \t]{0,3}\\{0,3}["']?[ \t]{0,3}[A-Za-z][\w-]{0,20}[ \t]{1,3}([A-Za-z0-9\-._~+/]{16,}=*)/iy;

/**
 * What may stand right after a credential: the text's end, a blank or a line break, a quote, an escape's backslash,
 * a separator. Anything else (`***`, `…`: a mask; `/1.1`, `"}`-less glue) is another reader's, which knows the shape.
 */
function endsCredential(c: number): boolean {
  return (
    Number.isNaN(c) ||
    c === 0x20 ||
    c === 0x09 ||
    c === 0x0a ||
    c === 0x0d ||
    c === 0x22 ||
    c === 0x27 ||
    c === 0x5c ||
    c === 0x2c ||
    c === 0x3b ||
    c === 0x26
  );
}

/** The most credentials read in one paste: a log of a thousand requests repeats a few. */
const MAX_CREDENTIALS = 50;

/**
 * The credentials after each `authorization` of `lower` (the paste folded for matching, same offsets as `text`) that
 * end as a credential does and are no JWT, distinct, in order.
 */
export function credentialsAfterAuthorization(text: string, lower: string): string[] {
  const found: string[] = [];
  for (let at = lower.indexOf('authorization'); at >= 0; at = lower.indexOf('authorization', at + 13)) {
    CREDENTIAL_AFTER_NAME.lastIndex = at;
    const m = CREDENTIAL_AFTER_NAME.exec(text);
    if (m === null) continue;
    const value = m[1] as string;
    // A JWT, whole or cut, is the token readers' (token/find.ts, reflowed-tokens.ts): they know where it ends.
    if (!endsCredential(text.charCodeAt(CREDENTIAL_AFTER_NAME.lastIndex)) || value.includes('eyJ')) continue;
    // Its tail on the next line when a wrap cut it (`Authorization: token ghp_…\n<tail>` in a JSON log's message).
    const rest = wrappedValueRest(text, CREDENTIAL_AFTER_NAME.lastIndex);
    const whole = rest === null ? value : value + rest;
    if (!found.includes(whole)) found.push(whole);
    if (found.length >= MAX_CREDENTIALS) break;
  }
  CREDENTIAL_AFTER_NAME.lastIndex = 0;
  return found;
}
