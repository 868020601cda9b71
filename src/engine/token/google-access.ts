import { isBase64url } from './chars.js';
import { b64RunEnd } from './find.js';

const PREFIX = 'ya29.';
/** Shorter than this after `ya29.`, it is a mention or a mask (`ya29.xxx`), not a token. */
const MIN_BODY = 20;
/** A Google access token runs to a few hundred characters; a longer run is something else. */
const MAX_LENGTH = 4096;
/** Dots inside the token (`ya29.c.b0Aaek…`, a service account's): a few at most. */
const MAX_PARTS = 6;
/** The `ya29.` starts looked at: a paste quoting many is a log of them, and the first few tell. */
const MAX_STARTS = 8;

/**
 * A Google OAuth 2.0 access token (`ya29.…`) printed in the text rather than in a header: EspAuthenticator's log line
 * ends with the credential it refused (GoogleCloudPlatform/java-docs-samples#590: "…but was 2.): ya29.Glsj…"). No JWT
 * finder reads it (it has no JOSE header), so the verifier's "malformed" would stand for what is the wrong kind of token.
 */
export function findGoogleAccessToken(text: string): { start: number; end: number; raw: string } | null {
  let seen = 0;
  for (let i = text.indexOf(PREFIX); i >= 0 && seen < MAX_STARTS; i = text.indexOf(PREFIX, i + PREFIX.length)) {
    seen++;
    if (i > 0 && (isBase64url(text.charCodeAt(i - 1)) || text.charCodeAt(i - 1) === 0x2e)) continue;
    let end = b64RunEnd(text, i + PREFIX.length);
    let parts = 1;
    while (parts < MAX_PARTS && text.charCodeAt(end) === 0x2e && isBase64url(text.charCodeAt(end + 1))) {
      end = b64RunEnd(text, end + 1);
      parts++;
    }
    if (end - i - PREFIX.length < MIN_BODY || end - i > MAX_LENGTH) continue;
    return { start: i, end, raw: text.slice(i, end) };
  }
  return null;
}
