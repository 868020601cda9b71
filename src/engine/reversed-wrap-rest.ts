import { looksRandom } from './far-rest.js';

/**
 * The rest of a wrapped credential that a log pasted newest first put on the line before its head: a terminal or a log
 * viewer wrapped `Authorization: token <credential>` at its width, and the copy reversed the lines (a console that
 * shows the newest line on top: `<rest>⏎Authorization: token <head>`). The forward reader (secrets.ts
 * wrappedValueRest) reads the line after the head; the rest is above it, and a quote of its line beside a 401 showed
 * it (round fuzz26, gen26.mjs shapes reverse-wrap2, reverse-wrap3: 16 in 48 inside a JSON or logfmt message).
 *
 * Read only when the head is long (a wrap cuts a full line) and ends its line, and the line before it is one run of
 * base64url characters no longer than the head's line, that looks random. Bounded walks back from the head: linear.
 */

/** The shortest head read: a wrap cuts a long line, and a short value ending its line is whole. */
const MIN_HEAD = 32;
/** The most characters before the value on its line (a log's time, level and logger, a header's name and scheme). */
const MAX_PREFIX = 160;
/** The shortest rest read: a shorter run is a word. */
const MIN_REST = 8;
/** A rest this long or more may be hex or lower-case; a shorter one must mix cases and digits. */
const LONG_REST = 16;
/** The most backslashes a log's escaping puts before an escaped line break's `n`. */
const MAX_BACKSLASHES = 7;

function isBase64url(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x5f;
}

/** Whether an escaped line break's `n` is at `k` (`\n`, `\\n`, …). */
function escapedBreakAt(text: string, k: number): boolean {
  return text.charCodeAt(k) === 0x6e && k > 0 && text.charCodeAt(k - 1) === 0x5c;
}

/** Where the line break that ends right before `k` starts (a real one, CRLF, or an escaped `\n` or `\r\n`), or -1. */
function breakStartBefore(text: string, k: number): number {
  if (k > 0 && text.charCodeAt(k - 1) === 0x0a) return k > 1 && text.charCodeAt(k - 2) === 0x0d ? k - 2 : k - 1;
  if (!escapedBreakAt(text, k - 1)) return -1;
  let p = k - 2;
  for (let n = 1; n < MAX_BACKSLASHES && p > 0 && text.charCodeAt(p - 1) === 0x5c; n++) p--;
  if (p >= 2 && text.charCodeAt(p - 1) === 0x72 && text.charCodeAt(p - 2) === 0x5c) {
    p -= 2;
    for (let n = 1; n < MAX_BACKSLASHES && p > 0 && text.charCodeAt(p - 1) === 0x5c; n++) p--;
  }
  return p;
}

/** Whether the value that ends at `end` ends its line: the paste's end, a line break (real or escaped), a closing quote. */
function endsLine(text: string, end: number): boolean {
  const c = text.charCodeAt(end);
  if (Number.isNaN(c) || c === 0x0a || c === 0x0d || c === 0x22) return true;
  if (c !== 0x5c) return false;
  let p = end;
  while (p < end + MAX_BACKSLASHES && text.charCodeAt(p) === 0x5c) p++;
  const after = text.charCodeAt(p);
  return after === 0x6e || after === 0x72 || after === 0x22;
}

/** Whether a line starts at `k`: the paste's start, a line break's end, or a string's opening quote. */
function startsLine(text: string, k: number): boolean {
  if (k === 0) return true;
  const c = text.charCodeAt(k - 1);
  return c === 0x0a || c === 0x22 || escapedBreakAt(text, k - 1);
}

/**
 * The rest a reversed wrap put on the line before the value from `start` to `end`, or null. The caller has read the
 * value as a credential.
 */
export function reversedWrapRest(text: string, start: number, end: number): string | null {
  if (end - start < MIN_HEAD || !endsLine(text, end)) return null;
  // The head's line start: the nearest line break before the value, within MAX_PREFIX.
  let lineStart = start;
  const floor = Math.max(0, start - MAX_PREFIX);
  while (lineStart > floor && text.charCodeAt(lineStart - 1) !== 0x0a && !escapedBreakAt(text, lineStart - 1))
    lineStart--;
  const b = breakStartBefore(text, lineStart);
  if (b < 0) return null;
  // The line before: one run, no longer than the head's line (a wrap's rest never outgrows the width it was cut at).
  let e = b;
  while (e > 0 && (text.charCodeAt(e - 1) === 0x20 || text.charCodeAt(e - 1) === 0x09)) e--;
  const longest = end - lineStart;
  let k = e;
  while (k > 0 && e - k <= longest && isBase64url(text.charCodeAt(k - 1))) k--;
  // Walking back took an escaped break's `n` into the run: the run starts after it.
  if (escapedBreakAt(text, k)) k++;
  let s = k;
  while (s > 0 && (text.charCodeAt(s - 1) === 0x20 || text.charCodeAt(s - 1) === 0x09)) s--;
  if (e - k < MIN_REST || e - k > longest || !startsLine(text, s)) return null;
  const random =
    looksRandom(text, k, e) || (e - k >= LONG_REST && /\d/.test(text.slice(k, e)) && /[a-z]/i.test(text.slice(k, e)));
  return random ? text.slice(k, e) : null;
}
