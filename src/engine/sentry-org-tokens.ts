import { wrappedBreakEnd } from './wrapped-break.js';

/**
 * Sentry's organization auth tokens in a paste, by their own shape, read across the line breaks a wrap put inside one.
 * Sentry makes them `f"{SENTRY_ORG_AUTH_TOKEN_PREFIX}{payload_encoded}_{secret}"`: `sntrys_`, standard base64 of a JSON
 * payload (`{"iat": …, "url": …, "region_url": …, "org": …}`, its padding kept), `_`, and a secret of 32 random bytes in
 * standard base64 with the padding stripped, 43 characters (getsentry/sentry src/sentry/utils/security/
 * orgauthtoken_token.py, generate_token; its parse_token wants exactly two underscores). secrets.ts's API_KEY_SHAPES reads
 * one whole on a line; one a terminal or a chat client wrapped (`SENTRY_AUTH_TOKEN=sntrys_eyJpYXQ⏎iOjE3…_Xy+…`) had a
 * head too short for it and a rest on the next line that no reader knew, which a quote of that line showed (round
 * "fuzz23", gen22.mjs shape adj-sntrys-env-wrap: 9 in 30). The pieces are joined only when they make the whole shape, its
 * secret 43 characters exactly: a wrap's next line that starts with a word makes none. Gated by one search for the prefix.
 */
const PREFIX = 'sntrys_';
/** The secret after the payload: 32 bytes, base64 without padding. */
const SECRET = 43;
/** A token is a few hundred characters: more than this is not one. */
const MAX_TOKEN = 600;
/** The most line breaks read inside one token: a narrow wrap's. */
const MAX_BREAKS = 8;
/** The tokens read: a log repeats one. */
const MAX_TOKENS = 8;

/** A character of standard base64, its padding included. */
function isBase64Char(c: number): boolean {
  return (
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x2b ||
    c === 0x2f ||
    c === 0x3d
  );
}

/**
 * Where the joined token stands: 'more' while its secret is short of SECRET (or not begun), 'whole' when it is exactly
 * that, 'no' when it cannot be one (a third underscore, a secret too long, padding inside the secret).
 */
function shapeOf(joined: string): 'more' | 'whole' | 'no' {
  const cut = joined.indexOf('_', PREFIX.length);
  if (cut < 0) return 'more';
  if (cut < PREFIX.length + 8 || joined.indexOf('_', cut + 1) >= 0) return 'no';
  const secret = joined.length - cut - 1;
  if (secret > SECRET || joined.indexOf('=', cut) >= 0) return 'no';
  return secret === SECRET ? 'whole' : 'more';
}

/** Each wrapped token: the whole of it, then its pieces as pasted (what a quote of one line shows). */
export function sentryOrgTokensIn(text: string): string[][] {
  const out: string[][] = [];
  // A prefix inside a run already read is part of it (`sntrys_sntrys_…`): skipped, so each character is read once.
  let readTo = 0;
  for (let at = text.indexOf(PREFIX); at >= 0 && out.length < MAX_TOKENS; at = text.indexOf(PREFIX, at + 1)) {
    if (at < readTo) continue;
    const pieces: string[] = [];
    let joined = '';
    let p = at;
    for (let n = 0; n <= MAX_BREAKS && joined.length < MAX_TOKEN; n++) {
      let e = p === at ? p + PREFIX.length : p;
      while (e < text.length && e - p < MAX_TOKEN && (isBase64Char(text.charCodeAt(e)) || text.charCodeAt(e) === 0x5f))
        e++;
      readTo = e;
      if (e === p) break;
      pieces.push(text.slice(p, e));
      joined += text.slice(p, e);
      const shape = shapeOf(joined);
      if (shape !== 'more') {
        // A token whole on its line is API_KEY_SHAPES'; only a wrapped one is this reader's.
        // Its payload is JSON's base64 (`eyJ`), which a wrap may have cut too (`sntrys_e⏎yJpYXQ…`).
        if (shape === 'whole' && pieces.length > 1 && joined.startsWith('eyJ', PREFIX.length))
          out.push([joined, ...pieces]);
        break;
      }
      const next = wrappedBreakEnd(text, e);
      if (next === e) break;
      p = next;
    }
  }
  return out;
}
