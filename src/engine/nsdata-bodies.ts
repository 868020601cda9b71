import { hexDigitValue, isHexDigit } from './parse/http/chars.js';

/**
 * AFNetworking puts the refused response's body in its error's userInfo as NSData, and NSData prints as hex
 * (`com.alamofire.serialization.response.error.data=<7b226572 726f7222 3a22696e …>`, in an NSError's description, or
 * `"com.alamofire.serialization.response.error.data" = <…>;` in the userInfo's): the server's words (`{"error":
 * "invalid_access_token",…}`, `["Access denied for user anonymous"]`) are in the paste, but not as text. Pasted in
 * AFNetworking/AFOAuth2Manager#143 and seatgeek/SGImageCache#27 (a 401), and in public notes on Weibo's and Twitter's
 * APIs. Each such body is decoded in place (UTF-8), on lines of its own, so that the body readers read it; one that
 * does not decode to printable text is left as it was.
 */

/** The userInfo key before the body's hex. */
export const AF_BODY_KEY = 'com.alamofire.serialization.response.error.data';
/** The longest hex read: a refusal's body is short, and NSData prints a long one cut anyway. */
const MAX_HEX = 65_536;
/** Bodies decoded in one paste, at most. */
const MAX_BODIES = 20;

/** The paste with each AFNetworking body's hex decoded in place. */
export function decodeAfNetworkingBodies(text: string): string {
  let out = '';
  let from = 0;
  let n = 0;
  for (let k = text.indexOf(AF_BODY_KEY); k >= 0 && n < MAX_BODIES; k = text.indexOf(AF_BODY_KEY, k + 1)) {
    // `key=<`, or `"key" = <`: a quote, blanks and the equals sign, then the opening angle bracket.
    let i = k + AF_BODY_KEY.length;
    if (text.charCodeAt(i) === 0x22) i++;
    while (text.charCodeAt(i) === 0x20) i++;
    if (text.charCodeAt(i) !== 0x3d) continue;
    i++;
    while (text.charCodeAt(i) === 0x20) i++;
    if (text.charCodeAt(i) !== 0x3c) continue;
    const open = i;
    const close = hexEnd(text, open + 1);
    if (close < 0) continue;
    const body = decodeHex(text, open + 1, close);
    if (body === null) continue;
    out += `${text.slice(from, open)}\n${body}\n`;
    from = close + 1;
    k = close;
    n++;
  }
  return from === 0 ? text : out + text.slice(from);
}

/** Where the hex that starts at `from` ends (its `>`), or -1: only hex digits and blanks before it. */
function hexEnd(text: string, from: number): number {
  const stop = Math.min(text.length, from + MAX_HEX);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3e) return i > from ? i : -1;
    if (c !== 0x20 && !isHexDigit(c)) return -1;
  }
  return -1;
}

/** The UTF-8 text of the hex in [from, to), or null when it has an odd digit or decodes to unprintable bytes. */
function decodeHex(text: string, from: number, to: number): string | null {
  const bytes: number[] = [];
  let high = -1;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) continue;
    const v = hexDigitValue(c);
    if (high < 0) high = v;
    else {
      bytes.push((high << 4) | v);
      high = -1;
    }
  }
  if (high >= 0 || bytes.length === 0) return null;
  const decoded = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
  let body: string;
  try {
    body = decoded.decode(new Uint8Array(bytes));
  } catch {
    // Not UTF-8 (an image, a gzip stream): no words to read.
    return null;
  }
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    if (c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return null;
  }
  return body.replace(/\r\n?/g, '\n').trim();
}
