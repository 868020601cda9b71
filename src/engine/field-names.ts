/**
 * Whether a run of token characters before a colon is a field's name (`WWW-Authenticate:`, `x-amzn-requestid:`,
 * `error_description:`) rather than a piece of a token a message goes on after (Go's `parse token eyJ…⏎…tail: token is
 * expired`, wrapped by a terminal). A name is words between hyphens or underscores: a capital or not then lower-case
 * letters with a few camel humps, or all capitals, or all lower-case, with digits. A piece of a signature a dozen
 * characters long is almost never that. Found by a scratch fuzzer, round "fuzz": any run before a colon was a name,
 * and the last piece of such a wrapped token was neither joined (normalize.ts) nor redacted (secrets.ts).
 */

/** Longer than any field name a paste shows where a token's wrapped piece could be. */
const MAX_FIELD_NAME = 64;
/** One word of a name; its classes are disjoint where they meet (no backtracking within a word). */
const FIELD_WORD = /^(?:[A-Za-z][a-z]*(?:[A-Z][a-z]+){0,3}|[A-Z0-9]+|[a-z0-9]+)$/;

/** Whether text[p, k) is a field's name and a colon follows it. */
export function isFieldNameBeforeColon(text: string, p: number, k: number): boolean {
  if (k >= text.length || text.charCodeAt(k) !== 0x3a) return false;
  if (k - p > MAX_FIELD_NAME) return false;
  // Word by word: one pattern over the whole name backtracks through every word's alternatives when the last fails.
  for (const word of text.slice(p, k).split(/[-_]/)) if (!FIELD_WORD.test(word)) return false;
  return true;
}
