import { camelCaseWords, irregularCase, looksRandom } from './far-rest.js';
import { isSpaceOrTab } from './parse/http/chars.js';
import { isBase64url } from './token/chars.js';

/**
 * The pieces of a wrapped credential that a flattened copy left beside a hidden one. A terminal or a log viewer wraps a
 * long credential over lines; a copy that joins them (a log pasted newest first, then flattened onto one line with
 * blanks or ` | `) leaves the pieces side by side, in any order, and its last piece is shorter than a line: too short
 * for the last line of defence (key-material.ts), and no reader joins pieces out of order. The others hidden, the last
 * was shown beside them (round fuzz28, gen28.mjs framing rev-flat-nots, a JWT: `401 Unauthorized <signature's last 19>
 * <signature's 60> … Authorization: Bearer eyJ…`). A run one join from a hidden one, MIN_NEIGHBOUR long or more, that
 * is random as key material is (randomPiece), is taken as one of them: a word or an identifier
 * (`Build2026ReleaseCandidate`), a hex id, a UUID does not change so. Bounded walks from each hidden run: linear.
 */

/** The shortest piece taken: 16 characters of a signature are a leak (test/helpers/leaks.ts). */
const MIN_NEIGHBOUR = 16;
/** The longest piece taken: a wrap's line. */
const MAX_NEIGHBOUR = 256;
/** The most blanks of a join, either side of its `|`. */
const MAX_JOIN_BLANKS = 3;

/** Where the join that starts at `k` ends (blanks, or blanks, a `|` and blanks), or `k` when none starts there. */
function joinEnd(text: string, k: number): number {
  let e = k;
  while (e < text.length && e - k < MAX_JOIN_BLANKS && isSpaceOrTab(text.charCodeAt(e))) e++;
  if (e === k) return k;
  if (text.charCodeAt(e) !== 0x7c) return e;
  const bar = e + 1;
  e = bar;
  while (e < text.length && e - bar < MAX_JOIN_BLANKS && isSpaceOrTab(text.charCodeAt(e))) e++;
  return e > bar ? e : k;
}

/** Where the join that ends at `k` starts, or `k` when none ends there. */
function joinStart(text: string, k: number): number {
  let s = k;
  while (s > 0 && k - s < MAX_JOIN_BLANKS && isSpaceOrTab(text.charCodeAt(s - 1))) s--;
  if (s === k) return k;
  if (text.charCodeAt(s - 1) !== 0x7c) return s;
  const bar = s - 1;
  s = bar;
  while (s > 0 && bar - s < MAX_JOIN_BLANKS && isSpaceOrTab(text.charCodeAt(s - 1))) s--;
  return s < bar ? s : k;
}

/**
 * Whether text[a, b) is random as a piece of key material is: it mixes cases and digits, and not as an identifier's
 * words do (`Build2026ReleaseCandidate`); or, with no digit, changes case as no word does (irregularCase).
 */
export function randomPiece(text: string, a: number, b: number): boolean {
  return looksRandom(text, a, b) ? !camelCaseWords(text, a, b) : irregularCase(text, a, b);
}

/** The piece one join before `start` (not before `floor`), as [start, end], or null. */
export function neighbourBefore(text: string, start: number, floor: number): [number, number] | null {
  const b = joinStart(text, start);
  if (b === start) return null;
  let a = b;
  while (a > floor && b - a <= MAX_NEIGHBOUR && isBase64url(text.charCodeAt(a - 1))) a--;
  if (b - a < MIN_NEIGHBOUR || b - a > MAX_NEIGHBOUR || (a > 0 && isBase64url(text.charCodeAt(a - 1)))) return null;
  return randomPiece(text, a, b) ? [a, b] : null;
}

/** The piece one join after `end`, as [start, end], or null. */
export function neighbourAfter(text: string, end: number): [number, number] | null {
  const c = joinEnd(text, end);
  if (c === end) return null;
  let d = c;
  while (d < text.length && d - c <= MAX_NEIGHBOUR && isBase64url(text.charCodeAt(d))) d++;
  if (d - c < MIN_NEIGHBOUR || d - c > MAX_NEIGHBOUR || isBase64url(text.charCodeAt(d))) return null;
  return randomPiece(text, c, d) ? [c, d] : null;
}

/**
 * `text` with the pieces beside each of the redactor's labels (`‹secret …›`, `‹token …›`, `‹signature›`) replaced by
 * `label(piece)`, or `text` itself. One search for the labels' opening mark.
 */
export function hideLabelNeighbours(text: string, label: (piece: string) => string): string {
  let open = text.indexOf('\u2039');
  if (open < 0) return text;
  let out: string | null = null;
  let last = 0;
  while (open >= 0) {
    const close = text.indexOf('\u203a', open);
    if (close < 0) break;
    const before = neighbourBefore(text, open, last);
    const after = neighbourAfter(text, close + 1);
    if (before !== null) {
      out = (out ?? '') + text.slice(last, before[0]) + label(text.slice(before[0], before[1]));
      last = before[1];
    }
    if (after !== null) {
      out = (out ?? '') + text.slice(last, after[0]) + label(text.slice(after[0], after[1]));
      last = after[1];
    }
    open = text.indexOf('\u2039', after === null ? close + 1 : after[1]);
  }
  return out === null ? text : out + text.slice(last);
}
