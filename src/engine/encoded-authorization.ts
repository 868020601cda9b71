import { credentialsAfterAuthorization } from './authorization-values.js';
import { isPlaceholderCredential } from './parse/authorization.js';
import { indexOfEyJ } from './token/chars.js';

/**
 * A whole `Authorization: <scheme> <credential>` line base64-encoded (a proxy or a gateway forwarding the caller's header
 * in one of its own, a test fixture, `echo … | base64`): the credential is in the paste only encoded. The engine quotes
 * such a line as it is, and key-material.ts keeps a run that decodes to text (a piece of a JOSE header is one), so a
 * JSON log's quoted message showed it, readable by anyone with `base64 -d` (round "fuzz20", gen.mjs shape "b64opq": 14 in
 * 100 in harsh mode). The encoded run is the credential's: it is registered as one when it decodes to a line whose
 * Authorization value is a credential (authorization-values.ts) or a JWT.
 *
 * `Authorization` (either case of its A) encodes to one of these at each of base64's three alignments, found by
 * indexOf before anything is decoded: nearly no paste holds one.
 */
const ENCODED_NAME = ['XV0aG9yaXphdGlvb', 'F1dGhvcml6YXRpb2', 'dXRob3JpemF0aW9u'];

/** The longest encoded run read either side of the name (a line of a few KB at most). */
const MAX_ENCODED = 8192;
/** The most encoded lines read in one paste. */
const MAX_LINES = 16;

/** A character of base64 or base64url (padding apart). */
function isBase64Char(c: number): boolean {
  return (
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    (c >= 0x30 && c <= 0x39) ||
    c === 0x2b ||
    c === 0x2f ||
    c === 0x2d ||
    c === 0x5f
  );
}

/** The encoded runs of `text` that decode to an Authorization line carrying a credential, in order. */
export function encodedAuthorizationLines(text: string): string[] {
  const found: string[] = [];
  let read = 0;
  for (const mark of ENCODED_NAME) {
    for (let q = text.indexOf(mark); q >= 0 && read < MAX_LINES; q = text.indexOf(mark, q + mark.length)) {
      read++;
      let s = q;
      while (s > 0 && q - s < MAX_ENCODED && isBase64Char(text.charCodeAt(s - 1))) s--;
      let e = q + mark.length;
      while (e < text.length && e - q < MAX_ENCODED && isBase64Char(text.charCodeAt(e))) e++;
      while (e < text.length && text.charCodeAt(e) === 0x3d && e - q < MAX_ENCODED) e++;
      const run = text.slice(s, e);
      if (found.includes(run)) continue;
      const decoded = decode(run);
      if (decoded === null) continue;
      // A placeholder's line (`Authorization: Bearer your-access-token-here`, a docs sample) is no credential's.
      const credentials = credentialsAfterAuthorization(decoded, decoded.toLowerCase()).filter(
        (value) => !isPlaceholderCredential(value),
      );
      if (credentials.length > 0 || indexOfEyJ(decoded, 0) >= 0) found.push(run);
    }
  }
  return found;
}

/** `run` decoded from base64 (or base64url) as Latin-1, from whichever alignment leads to `Authorization`; null if none. */
function decode(run: string): string | null {
  const clean = run.replace(/=+$/, '');
  // The run may start mid-group (a cut, a glued word): each of the four starts is tried until one decodes the name.
  for (let a = 0; a < 4; a++) {
    const text = Buffer.from(
      clean.slice(a),
      clean.includes('-') || clean.includes('_') ? 'base64url' : 'base64',
    ).toString('latin1');
    if (text.toLowerCase().includes('authorization')) return text;
  }
  return null;
}
