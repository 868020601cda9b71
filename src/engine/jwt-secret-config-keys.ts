import { looksLikeCredential, MAX_VALUE, MAX_VALUES } from './cli-set-values.js';
import { prefixPlaces, wordPlaces } from './shared-prefix-places.js';

/**
 * The shared key of a JWT verifier's JSON configuration: Hasura's `HASURA_GRAPHQL_JWT_SECRET` (or `--jwt-secret`) is
 * "a JSON object" whose `"key"` is the HMAC secret when its `"type"` is HS256, HS384 or HS512 ("Example JWT JSON
 * configuration object: { "type": "<optional-type-of-key>", "key": "<optional-key-as-string>", … }",
 * hasura.io/docs/latest/auth/authentication/jwt). `key` is no credential's name alone (a map's key, a cache key), so
 * the named-value readers leave it; the variable's own name is read before the JSON starts, and a log that joined the
 * config with its "JWSInvalidSignature" showed the key (round fuzz26, gen26.mjs shape hasura-jwt-secret: 2 in 24).
 *
 * Only a `"key"` within REACH of an HMAC algorithm's name, its value quoted and random-looking (cli-set-values.ts
 * looksLikeCredential): an RSA config's key is a public PEM, and a JWKS's `kid` is none. Gated by one search for each
 * algorithm's name; each `"key"` read once: linear.
 */
const ALGORITHMS = ['HS256', 'HS384', 'HS512'];
/** How far the `"key"` may sit from the algorithm's name, either side: one small JSON object. */
const REACH = 200;
const NAME = 'key';
/** The most backslashes a log's escaping puts before a quote. */
const MAX_ESCAPES = 3;

/** Past a quote at `k`, escaped or not; -1 when none. */
function pastQuote(text: string, k: number): number {
  let q = k;
  while (q - k < MAX_ESCAPES && text.charCodeAt(q) === 0x5c) q++;
  return text.charCodeAt(q) === 0x22 ? q + 1 : -1;
}

/** Whether a quote, escaped or not, ends right before `k`. */
function afterQuote(text: string, k: number): boolean {
  return k > 0 && text.charCodeAt(k - 1) === 0x22;
}

function isValueChar(c: number): boolean {
  return c > 0x20 && c !== 0x22 && c !== 0x5c;
}

export function jwtSecretConfigKeysIn(text: string): string[] {
  const out: string[] = [];
  let readTo = 0;
  // The three names' shared `HS`, looked for once (shared-prefix-places.ts).
  const starts = prefixPlaces(text, 'HS');
  if (starts.length === 0) return out;
  for (const alg of ALGORITHMS) {
    // The next `key`, searched again only once passed: a search from each algorithm's name for a `key` the paste lacks
    // read the rest of it from each.
    let next = -2;
    for (const at of wordPlaces(text, starts, alg)) {
      if (out.length >= MAX_VALUES) break;
      const from = Math.max(readTo, at - REACH);
      const to = Math.min(text.length, at + REACH);
      if (from >= to) continue;
      readTo = to;
      if (next === -1) continue;
      let k = next < from ? text.indexOf(NAME, from) : next;
      for (; k >= 0 && k < to; k = text.indexOf(NAME, k + NAME.length)) {
        if (!afterQuote(text, k)) continue;
        let p = pastQuote(text, k + NAME.length);
        if (p < 0) continue;
        while (text.charCodeAt(p) === 0x20) p++;
        if (text.charCodeAt(p) !== 0x3a) continue;
        p++;
        while (text.charCodeAt(p) === 0x20) p++;
        const start = pastQuote(text, p);
        if (start < 0) continue;
        let e = start;
        while (e < text.length && e - start < MAX_VALUE && isValueChar(text.charCodeAt(e))) e++;
        const value = text.slice(start, e);
        if (looksLikeCredential(value)) out.push(value);
      }
      next = k;
    }
    readTo = 0;
  }
  return out;
}
