/**
 * ThingsBoard's device access tokens in a paste, by the URL that carries one: the HTTP device API takes the token as a
 * path segment, `/api/v1/$ACCESS_TOKEN/{telemetry|attributes|rpc|claim|firmware}` (thingsboard.io/docs/reference/http-api,
 * "Include the token as a path segment in every request URL"; thingsboard.io/docs/edge/reference/http-api lists
 * `/claim`, `/firmware`). No name sits before the token, so the named-value readers cannot see it, and a transport's log
 * line or a curl quoted with its 401 showed it (round "fuzz24", gen24.mjs shapes tb-url, tb-log: 16 in 20). Gated by
 * one search for `/api/v1/`; each segment read once, forward.
 */
const PREFIX = '/api/v1/';
const RESOURCES = ['telemetry', 'attributes', 'rpc', 'claim', 'firmware', 'software'];
/** ThingsBoard generates 20 characters; a user may set a shorter one, but a word this short is a resource's name. */
const MIN_TOKEN = 8;
const MAX_TOKEN = 128;
/** The tokens read: a transport's log repeats one device's token. */
const MAX_TOKENS = 16;

function isTokenChar(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f || c === 0x2d;
}

/** A generated token mixes digits or cases; a path word (`customers`, `provision`) is lower-case letters alone. */
function looksGenerated(token: string): boolean {
  return /\d/.test(token) || (/[a-z]/.test(token) && /[A-Z]/.test(token));
}

function resourceAt(text: string, at: number): boolean {
  for (const name of RESOURCES) {
    if (!text.startsWith(name, at)) continue;
    const c = text.charCodeAt(at + name.length);
    if (Number.isNaN(c) || !isTokenChar(c)) return true;
  }
  return false;
}

export function thingsboardDeviceTokensIn(text: string): string[] {
  const out: string[] = [];
  for (let q = text.indexOf(PREFIX); q >= 0 && out.length < MAX_TOKENS; q = text.indexOf(PREFIX, q + PREFIX.length)) {
    const start = q + PREFIX.length;
    let e = start;
    while (e < text.length && e - start <= MAX_TOKEN && isTokenChar(text.charCodeAt(e))) e++;
    if (e - start < MIN_TOKEN || e - start > MAX_TOKEN || text.charCodeAt(e) !== 0x2f /* / */) continue;
    if (!resourceAt(text, e + 1)) continue;
    const token = text.slice(start, e);
    if (looksGenerated(token)) out.push(token);
  }
  return out;
}
