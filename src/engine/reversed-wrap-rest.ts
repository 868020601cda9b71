import { isCjkPunctuation } from './cjk-punctuation.js';
import { looksRandom } from './far-rest.js';
import { isAsciiLetter, isDigit, isSpaceOrTab } from './parse/http/chars.js';
import { randomPiece } from './wrap-neighbours.js';

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
  return (endsLine(text, end) ? lineAboveRest(text, start, end) : null) ?? flattenedReversedRest(text, start, end);
}

/** reversedWrapRest where the head ends its line: the rest is the line above. */
function lineAboveRest(text: string, start: number, end: number): string | null {
  if (end - start < MIN_HEAD) return null;
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

/**
 * The same log then flattened onto one line (a viewer's copy, a ticket's field, `… | tr '\n' ' '`, a `sameline` or ` | `
 * join): `<older line> <rest> <time> DEBUG > Authorization: Bearer <head> <older line>`. No line break is left to find
 * the head's line by, so its start is a log line's opener before the value (a date, RFC 3339's or a logger's
 * `2026/05/28`), or else the value's own name (`Authorization: Bearer `, `TELEGRAM_BOT_TOKEN: `); the value ends its line
 * where the next line's date, a ` | ` join or the paste's end follows it. The rest is the one run right before that
 * start, a whole word no longer than the head's line, after no name's `:` or `=` (a request id's, a trace's), that is
 * random as key material is, not an identifier's words (wrap-neighbours.ts randomPiece): the quote of the one line
 * beside the 401 showed it (round fuzz28, gen28.mjs framings rev-flat, rev-flat-pipe, rev-flat-nots; fuzz26's
 * reverse-wrap2/3 `sameline`, left then). Bounded walks back: linear.
 */
function flattenedReversedRest(text: string, start: number, end: number): string | null {
  if (end - start < MIN_FLAT_HEAD || !endsFlattenedLine(text, end)) return null;
  const named = namedPrefixStart(text, start);
  if (named < 0) return null;
  // A date before the name starts its line; one further back (the flattening's own prefix) does not, and the name then
  // does.
  const dated = dateBefore(text, named);
  return (dated < 0 ? null : restBeforeLine(text, dated, end)) ?? restBeforeLine(text, named, end);
}

/** The rest right before the flattened line from `lineStart` to `end` (flattenedReversedRest), or null. */
function restBeforeLine(text: string, lineStart: number, end: number): string | null {
  if (end - lineStart < MIN_FLAT_LINE) return null;
  // The join: blanks, or a ` | `.
  let e = lineStart;
  while (e > 0 && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
  if (e === lineStart) return null;
  if (text.charCodeAt(e - 1) === 0x7c) {
    e--;
    while (e > 0 && isSpaceOrTab(text.charCodeAt(e - 1))) e--;
  }
  let k = e;
  while (k > 0 && e - k <= end - lineStart && isRestChar(text.charCodeAt(k - 1))) k--;
  if (e - k < MIN_REST || e - k > end - lineStart) return null;
  if (!randomPiece(text, k, e)) return null;
  // A whole word: the paste's start, a quote or a blank before it, and no field's separator before that blank.
  if (k > 0) {
    const c = text.charCodeAt(k - 1);
    if (c === 0x22 || c === 0x27) return text.slice(k, e);
    if (!isSpaceOrTab(c)) return null;
    let b = k - 1;
    while (b > 0 && isSpaceOrTab(text.charCodeAt(b - 1))) b--;
    const before = text.charCodeAt(b - 1);
    if (before === 0x3a || before === 0x3d) return null;
  }
  return text.slice(k, e);
}

/** The shortest head read on a flattened line, and the shortest line (a wrap cuts a long one). */
const MIN_FLAT_HEAD = 16;
const MIN_FLAT_LINE = 40;
/** The longest name, and scheme, read before a value. */
const MAX_NAME = 48;
const MAX_SCHEME = 20;

/** A character of a rest: base64url's, and standard base64's `+` and `/` (an AWS secret key's). */
function isRestChar(c: number): boolean {
  return isBase64url(c) || c === 0x2b || c === 0x2f;
}

/** A character of a header's or a setting's name. */
function isNameChar(c: number): boolean {
  return isAsciiLetter(c) || isDigit(c) || c === 0x2d || c === 0x5f || c === 0x2e;
}

/** Whether a date starts at `k`: `2026-05-28`, `2026/05/28`. */
function dateAt(text: string, k: number): boolean {
  for (let i = 0; i < 10; i++) {
    const c = text.charCodeAt(k + i);
    if (i === 4 || i === 7 ? c !== 0x2d && c !== 0x2f : !isDigit(c)) return false;
  }
  return true;
}

/**
 * Whether the value ending at `end` ends a flattened line: the paste's end, a ` | ` join, the next line's date, or a
 * writer's full-width punctuation.
 */
function endsFlattenedLine(text: string, end: number): boolean {
  let k = end;
  if (text.charCodeAt(k) === 0x22 || text.charCodeAt(k) === 0x27) k++;
  const blanks = k;
  while (k < text.length && isSpaceOrTab(text.charCodeAt(k))) k++;
  if (k === text.length || isCjkPunctuation(text.charCodeAt(k))) return true;
  if (k === blanks) return false;
  if (text.charCodeAt(k) === 0x7c) return true;
  if (text.charCodeAt(k) === 0x5b) k++;
  return dateAt(text, k);
}

/**
 * Where the name before the value at `start` starts (`NAME: `, `NAME=`, `Authorization: Bearer `, a quote around the
 * value), or -1 when no name is written so.
 */
function namedPrefixStart(text: string, start: number): number {
  let k = start;
  if (text.charCodeAt(k - 1) === 0x22 || text.charCodeAt(k - 1) === 0x27) k--;
  // A scheme word between the separator and the value.
  let w = k;
  while (w > 0 && k - w < 3 && isSpaceOrTab(text.charCodeAt(w - 1))) w--;
  if (w < k) {
    let s = w;
    while (s > 0 && w - s <= MAX_SCHEME && isAsciiLetter(text.charCodeAt(s - 1))) s--;
    if (s < w) k = s;
  }
  while (k > 0 && start - k < MAX_SCHEME + 8 && isSpaceOrTab(text.charCodeAt(k - 1))) k--;
  const sep = text.charCodeAt(k - 1);
  if (sep !== 0x3a && sep !== 0x3d) return -1;
  k--;
  while (k > 0 && isSpaceOrTab(text.charCodeAt(k - 1))) k--;
  if (text.charCodeAt(k - 1) === 0x22 || text.charCodeAt(k - 1) === 0x27) k--;
  const nameEnd = k;
  while (k > 0 && nameEnd - k < MAX_NAME && isNameChar(text.charCodeAt(k - 1))) k--;
  return k < nameEnd ? k : -1;
}

/**
 * Where the log line that holds the name at `named` starts: the nearest date within MAX_PREFIX, after a blank, a `[` or
 * a quote; -1 when there is none.
 */
function dateBefore(text: string, named: number): number {
  const floor = Math.max(0, named - MAX_PREFIX);
  for (let k = named - 10; k >= floor; k--) {
    if (!dateAt(text, k)) continue;
    const c = k > 0 ? text.charCodeAt(k - 1) : 0x20;
    if (c === 0x5b && (k < 2 || isSpaceOrTab(text.charCodeAt(k - 2)))) return k - 1;
    return isSpaceOrTab(c) || c === 0x22 ? k : -1;
  }
  return -1;
}
