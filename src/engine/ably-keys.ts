import { looksRandom } from './far-rest.js';

/**
 * The secrets of Ably API keys in a paste, by the key's own shape: `<app id>.<key id>:<secret>`, "I2E_JQ.OqUdfg:EVKVTCBl
 * zLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0 … I2E_JQ - the public app ID, OqUdfg - the public key ID (I2E_JQ.OqUdfg together form
 * the public API key ID), EVKVTCBlzLBPYJiCZTsIW_pqylJ9WVRB5K9P19Ap1y0 - the API key secret (never share this)"
 * (ably.com/docs/auth "API key format"). A client's options (`new Ably.Realtime({ key: '…' })`) or an env file
 * (`ABLY_API_KEY=…`, a value the named-token reader refuses for its colon, as it refuses a URL's or a time's) beside
 * Ably's 40101 had the secret quoted (round "fuzz22", gen.mjs shapes ably-init, ably-env: 6 in 30). Only the secret is
 * returned: the key's public id is what Ably's own errors quote (`Invalid key in request: I2E_JQ.OqUdfg.`).
 */
const ID = 6;
/** The shortest secret read: a 16 characters' window of one is a leak, and Ably's are 43. */
const MIN_SECRET = 20;
/** An Ably secret's length: a wrap's two pieces are joined only when they make one. */
const SECRET = 43;
const MAX_SECRET = 64;
/** The keys read: a paste with more repeats the same key. */
const MAX_KEYS = 8;

/** A character of an Ably key's id or secret: base64url's. */
function isKeyChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f;
}

function isIdAt(text: string, start: number): boolean {
  for (let i = start; i < start + ID; i++) if (!isKeyChar(text.charCodeAt(i))) return false;
  return true;
}

export function ablyKeySecretsIn(text: string): string[] {
  const out: string[] = [];
  // Each colon is tried in O(1) before any run is read: the dot seven characters before it fails most (a time, a header).
  for (let c = text.indexOf(':', 2 * ID + 1); c >= 0 && out.length < MAX_KEYS; c = text.indexOf(':', c + 1)) {
    const dot = c - ID - 1;
    if (text.charCodeAt(dot) !== 0x2e || !isIdAt(text, c - ID) || !isIdAt(text, dot - ID)) continue;
    if (dot - ID > 0 && isKeyChar(text.charCodeAt(dot - ID - 1))) continue;
    let e = c + 1;
    while (e < text.length && e - c <= MAX_SECRET && isKeyChar(text.charCodeAt(e))) e++;
    const head = text.slice(c + 1, e);
    // A wrap inside the secret (`ABLY_API_KEY=I2E_JQ.OqUdfg:EV⏎KVTC…`): its rest, on the next line, is what a quote of
    // that line shows (round "fuzz22", gen.mjs shape adj-ably-env-wrap: 14 in 20).
    const rest = head.length < SECRET ? restAfterBreak(text, e, SECRET - head.length) : '';
    const secret = head + rest;
    if (secret.length < MIN_SECRET || secret.length > MAX_SECRET || !looksRandom(secret, 0, secret.length)) continue;
    out.push(secret);
    if (rest.length > 0) out.push(rest);
  }
  return out;
}

/**
 * The run of key characters after a line break (`\n`, `\r\n`, their JSON escapes) and its indent at `at`, when it is
 * `length` long exactly: a wrap's two pieces are joined only when they make one secret. '' if not.
 */
function restAfterBreak(text: string, at: number, length: number): string {
  let p = at;
  if (text.startsWith('\\r', p)) p += 2;
  else if (text.charCodeAt(p) === 0x0d) p++;
  if (text.startsWith('\\n', p)) p += 2;
  else if (text.charCodeAt(p) === 0x0a) p++;
  else return '';
  while (p < text.length && p - at < 16 && (text.charCodeAt(p) === 0x20 || text.charCodeAt(p) === 0x09)) p++;
  let e = p;
  while (e < text.length && e - p <= length && isKeyChar(text.charCodeAt(e))) e++;
  return e - p === length ? text.slice(p, e) : '';
}
