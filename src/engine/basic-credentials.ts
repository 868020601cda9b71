import { isAsciiLetter, isDigit } from './parse/http/chars.js';
import { basicPassword } from './secrets.js';

/**
 * Basic credentials (`Basic <base64 of user:password>`, RFC 7617 section 2) with no Authorization name before them: an
 * access log whose format holds the header's value alone (Envoy's `%REQ(AUTHORIZATION)%`, which "will still be base 64
 * encoded", projectcontour/contour#4934), a HAR's or a dump's value beside a name a flattened copy parted from it. The
 * header readers know the name, and a quote of the log's line showed the pair (round fuzz30, gen30.mjs widen/envoy:
 * `"-" "Basic c3ZjLWRlcGxveTp…"`). Only a run that decodes to `user:password` in printable ASCII is one: a challenge's
 * `Basic realm="api"`, prose's `basic auth`, the base64 of a word are not. Gated by one search for `basic `; each run
 * bounded.
 */

/** The longest credential read: a user name and a password, base64'd. */
const MAX_CREDENTIAL = 1024;
/** The credentials read: a log repeats one. */
const MAX_CREDENTIALS = 16;
/** The most blanks between the scheme and its credential. */
const MAX_BLANKS = 3;

function isBase64Char(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x2b || c === 0x2f;
}

/** The Basic credentials after a `Basic` scheme word in `text` (`lower` folded, same offsets), and their passwords. */
export function basicCredentialsIn(text: string, lower: string): string[] {
  const out: string[] = [];
  for (
    let at = lower.indexOf('basic ');
    at >= 0 && out.length < MAX_CREDENTIALS;
    at = lower.indexOf('basic ', at + 6)
  ) {
    if (at > 0 && (isAsciiLetter(lower.charCodeAt(at - 1)) || isDigit(lower.charCodeAt(at - 1)))) continue;
    let k = at + 6;
    while (k < text.length && k - at - 6 < MAX_BLANKS && text.charCodeAt(k) === 0x20) k++;
    const limit = Math.min(text.length, k + MAX_CREDENTIAL);
    let e = k;
    while (e < limit && isBase64Char(text.charCodeAt(e))) e++;
    while (e < limit && e - k < MAX_CREDENTIAL && text.charCodeAt(e) === 0x3d) e++;
    if (e < text.length && (isBase64Char(text.charCodeAt(e)) || text.charCodeAt(e) === 0x2d)) continue;
    const value = text.slice(k, e);
    const password = basicPassword(value);
    if (password === null) continue;
    out.push(value, password);
  }
  return out;
}
