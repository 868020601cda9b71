import { looksLikeCredential, namesCredential } from './cli-set-values.js';

/**
 * Credentials a program passes to a call named for them, as string literals: authzed-py's
 * `bearer_token_credentials("<preshared key>")` (authzed/authzed-py#89), authzed-go's `grpcutil.WithBearerToken(…)`
 * (authzed/authzed-go#76), an SDK's `setApiKey('…')`; and a user and password pair, the second of two literals, under a
 * name ending in `auth`: requests' `auth=(user, pwd)` (the sample Python request ServiceNow's REST API reference gives:
 * docs.servicenow.com Table API), `HTTPBasicAuth("user", "…")`. Such a line beside the refusal ('invalid preshared key',
 * 'User Not Authenticated') was quoted with the literal in it (round "fuzz23", gen23.mjs shapes spice-py, sn-py: 10 in
 * 40). Only a literal that looks random is one (cli-set-values.ts looksLikeCredential): `auth=("api", "key-…")`'s user,
 * `token("refresh")`, a URL are none. Gated by three searches, `("`, `('` and `(\"`; each call's name read back MAX_NAME at most.
 */
const MAX_NAME = 64;
const MAX_LITERAL = 1024;
/** The calls read: a stack trace repeats one. */
const MAX_CALLS = 16;

function isNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;
}

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * The literal quoted by `q` that starts at `k` (after its quote): its end (at the closing quote, or at the backslash
 * that escapes it in a JSON log's string), or -1.
 */
function literalEnd(text: string, k: number, q: number): number {
  let e = k;
  while (e < text.length && e - k < MAX_LITERAL) {
    const c = text.charCodeAt(e);
    if (c === q) return e;
    if (c === 0x5c) return text.charCodeAt(e + 1) === q ? e : -1;
    if (c === 0x0a) return -1;
    e++;
  }
  return -1;
}

/** Past a quote at `k`, or an escaped one (`\"` in a JSON log's string): [the literal's start, its quote], or null. */
function openQuote(text: string, k: number): [number, number] | null {
  const escaped = text.charCodeAt(k) === 0x5c;
  const q = text.charCodeAt(escaped ? k + 1 : k);
  if (q !== 0x22 && q !== 0x27) return null;
  return [escaped ? k + 2 : k + 1, q];
}

/** The name of the call whose `(` is at `open`, lower-case (its last dotted part), or ''. */
function callNameBefore(lower: string, open: number): string {
  let k = open;
  while (k > 0 && isBlank(lower.charCodeAt(k - 1))) k--;
  // A keyword argument or an assignment's tuple (`auth=(…)`, `auth = (…)`).
  if (lower.charCodeAt(k - 1) === 0x3d) {
    k--;
    while (k > 0 && isBlank(lower.charCodeAt(k - 1))) k--;
  }
  const end = k;
  while (k > 0 && end - k < MAX_NAME && isNameChar(lower.charCodeAt(k - 1))) k--;
  return lower.slice(k, end);
}

export function credentialCallValuesIn(text: string, lower: string): string[] {
  const out: string[] = [];
  for (const opener of ['("', "('", '(\\"']) {
    for (let open = text.indexOf(opener); open >= 0 && out.length < MAX_CALLS; open = text.indexOf(opener, open + 2)) {
      const name = callNameBefore(lower, open);
      if (name === '' || !namesCredential(name)) continue;
      const first = openQuote(text, open + 1);
      const firstEnd = first === null ? -1 : literalEnd(text, first[0], first[1]);
      if (first === null || firstEnd < 0) continue;
      let value = text.slice(first[0], firstEnd);
      // A pair's second literal (`auth=("integration.user", "…")`): the password, the first its user.
      if (name.endsWith('auth')) {
        let k = firstEnd + (text.charCodeAt(firstEnd) === 0x5c ? 2 : 1);
        while (isBlank(text.charCodeAt(k))) k++;
        if (text.charCodeAt(k) === 0x2c) {
          k++;
          while (isBlank(text.charCodeAt(k))) k++;
          const second = openQuote(text, k);
          const secondEnd = second === null ? -1 : literalEnd(text, second[0], second[1]);
          if (second !== null && secondEnd > 0) value = text.slice(second[0], secondEnd);
        }
      }
      if (looksLikeCredential(value)) out.push(value);
    }
  }
  return out;
}
