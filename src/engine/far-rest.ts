import { isFieldNameBeforeColon } from './field-names.js';
import { isBase64url } from './token/chars.js';
import { decodeJsonSegment } from './token/decode.js';

/** A signed token that looks cut where it ends, its rest not found beside it (secrets.ts addTokensFound). */
export interface CutToken {
  raw: string;
  label: string;
  /** Where it ends in the text. */
  end: number;
  /** How many characters of its signature it lacks (normalize.ts missingSignature). */
  missing: number;
}

/** The shortest run taken for a cut token's rest: test/helpers/leaks.ts counts 16 characters of a signature a leak. */
const MIN_RUN = 16;
/** How much longer than what the token lacks a run may be: its rest glued to a word after it (`…sig-tailHTTP`). */
const GLUE = 16;
/** Runs taken for the rest of one cut token: its rest, and a few more that look as random. */
const MAX_PER_CUT = 8;
/**
 * Runs taken in all: past a few hundred pieces the redactor looks up each of its output's windows in a table, and a
 * 1 MB paste of 3,000 cut tokens, each before a random realm, took twice as long with 512.
 */
const MAX_FAR_RESTS = 64;

/**
 * The runs of `text` after each cut token that may be the rest of its signature, each with the token's label: another
 * paste spliced into a token (two writers to one log, a paste into the middle of another) leaves the rest several lines
 * on, where restOf, which looks across one line in between, does not reach; a challenge's realm ending in a backslash
 * then ran on into it, and the realm echoed in the report showed it (round "fuzz4", FUZZ_SEED=56). A run is taken when
 * it is no longer than the rest can be (what the token lacks, and a word glued on), looks random as a signature does
 * (upper and lower case and a digit: a UUID, a hex digest, a header name do not), is no field's name before a colon, is not
 * inside a token found in the text (`tokens`, in order) and is not a string of the cut token's own header or claims (a
 * kid, a client id quoted elsewhere). One pass from the first cut on; each run is read once.
 */
export function farRests(
  text: string,
  cuts: readonly CutToken[],
  tokens: ReadonlyArray<{ start: number; end: number }>,
): Array<{ run: string; label: string }> {
  const found: Array<{ run: string; label: string }> = [];
  // A run met again (a paste repeated, a log's lines alike) is registered once.
  const seen = new Set<string>();
  let c = 0;
  let taken = 0;
  let known: string[] | null = null;
  let t = 0;
  for (let i = (cuts[0] as CutToken).end; i < text.length; i++) {
    if (!isBase64url(text.charCodeAt(i))) continue;
    const start = i;
    while (i < text.length && isBase64url(text.charCodeAt(i))) i++;
    // The cut token a run belongs to: the last one before it.
    while (c + 1 < cuts.length && (cuts[c + 1] as CutToken).end <= start) {
      c++;
      taken = 0;
      known = null;
    }
    const cut = cuts[c] as CutToken;
    if (taken >= MAX_PER_CUT || i - start < MIN_RUN || i - start > cut.missing + GLUE) continue;
    while (t < tokens.length && (tokens[t] as { end: number }).end <= start) t++;
    if (t < tokens.length && (tokens[t] as { start: number }).start <= start) continue;
    if (!looksRandom(text, start, i) || isFieldNameBeforeColon(text, start, i)) continue;
    const run = text.slice(start, i);
    if (seen.has(run)) continue;
    seen.add(run);
    known ??= stringsOf(cut.raw);
    if (known.some((k) => k.includes(run) || run.includes(k))) continue;
    found.push({ run, label: cut.label });
    taken++;
    if (found.length >= MAX_FAR_RESTS) break;
  }
  return found;
}

/**
 * Whether text[start, end) has upper and lower case letters and a digit, as 16 characters of a signature do but for 1
 * in 15 (a header name, `WWW-Authenticate`, `x-amzn-ErrorType`, has no digit).
 */
export function looksRandom(text: string, start: number, end: number): boolean {
  let upper = false;
  let lower = false;
  let digit = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) upper = true;
    else if (c >= 0x61 && c <= 0x7a) lower = true;
    else if (c >= 0x30 && c <= 0x39) digit = true;
    if (upper && lower && digit) return true;
  }
  return false;
}

/** The strings of MIN_RUN characters or more in a token's header and claims, one level into arrays. */
function stringsOf(raw: string): string[] {
  const out: string[] = [];
  const [header, payload] = raw.split('.', 2);
  for (const segment of [header, payload]) {
    const decoded = segment === undefined ? null : decodeJsonSegment(segment);
    if (decoded === null || !decoded.ok) continue;
    for (const v of Object.values(decoded.value)) {
      for (const s of Array.isArray(v) ? v : [v]) if (typeof s === 'string' && s.length >= MIN_RUN) out.push(s);
    }
  }
  return out;
}

/** How many places of irregularCase a run of letters has at least. */
const IRREGULAR_CASE_SPOTS = 2;

/**
 * Whether text[start, end), letters alone, changes case as random base64url does and a word never does: an upper-case
 * run of two or more inside lower case (`eBAh`), or one lower-case letter between upper case (`QuY`), in two places.
 * Words and identifiers have neither (`Unauthorized`, `JsonWebTokenError`) or one (`getHTTPResponseCode`); 20 random
 * letters have several. A wrapped credential's rest with no digit, `-` or `_` (1 in 30 of 20 characters) was not
 * joined, and a quote of its line showed it (round "fuzz13", gen11.mjs shape "namedwrap").
 */
export function irregularCase(text: string, start: number, end: number): boolean {
  let spots = 0;
  let runStart = start;
  for (let i = start; i < end; i++) {
    const upper = isUpper(text.charCodeAt(i));
    if (i + 1 < end && isUpper(text.charCodeAt(i + 1)) === upper) continue;
    // [runStart, i] is one case's run, with the other case on both sides.
    if (runStart > start && i + 1 < end && (upper ? i > runStart : i === runStart)) spots++;
    if (spots >= IRREGULAR_CASE_SPOTS) return true;
    runStart = i + 1;
  }
  return false;
}

/**
 * Whether each upper-case letter of text[start, end) starts a run of lower-case ones: an identifier's words
 * (`Build2026ReleaseCandidate`, `SignatureDoesNotMatch`), which mix cases and digits as random base64url does.
 */
export function camelCaseWords(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    if (!isUpper(text.charCodeAt(i))) continue;
    const next = text.charCodeAt(i + 1);
    if (i + 1 >= end || next < 0x61 || next > 0x7a) return false;
  }
  return true;
}

function isUpper(c: number): boolean {
  return c >= 0x41 && c <= 0x5a;
}
