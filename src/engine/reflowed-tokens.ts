import { indexOfEyJ, isJwtChar } from './token/chars.js';
import { decodeJsonSegment } from './token/decode.js';
import { b64RunEnd } from './token/find.js';

/** How much of a reflowed token is read: a JOSE header decoded to tell it (16 KB), and the longest signature and then some. */
const MAX_REFLOW = 20_000;
/** The longest JOSE header decoded to tell a reflowed token from prose (normalize.ts decodes no longer one). */
const MAX_HEADER = 16_384;

/**
 * The JWTs in `text` that a chat client or a terminal reflowed through their JOSE header: the line cut at a width,
 * its breaks turned into single spaces (or kept as line breaks the normaliser did not join), so the token's first
 * part is split (`eyJhbG ciOiJSUzI1NiIs… sxIn0.eyJ… …`) and no token is found there at all. Each is given joined, for
 * the redactor to register: quoted as evidence, the line otherwise showed its signature's pieces (found by a scratch
 * fuzzer of reflowed widths and offsets, rounds "fuzz" and "reflow": 50 of 255 shapes leaked).
 *
 * A reflow's pieces are its width long, but for the first (it starts where the line did) and the last: a run that
 * starts `eyJ` at a word start and ends at a single blank, then the runs after it of the next run's length, and one
 * shorter run to end it. It is a token only if the first part so joined decodes to a JSON object (decodeJsonSegment, as a JOSE header): a
 * sentence's `eyJ…` word followed by others is not. Linear: a run once read is not read again as a token's start
 * (a later `eyJ` inside it is passed over), and each token read is bounded (MAX_REFLOW).
 */
export function findReflowedTokens(text: string): string[] {
  const found: string[] = [];
  let i = indexOfEyJ(text);
  while (i >= 0) {
    const headEnd = b64RunEnd(text, i);
    let next = headEnd;
    // Inside a word (`…xeyJ…`) is no start, nor after a dot (a payload: a token found from it on is the token
    // finder's, and a redactor's rest); a whole first part (`eyJ….`) is the token finder's.
    if (isWordStart(text, i) && isBlankThenRun(text, headEnd)) next = reflowedFrom(text, i, headEnd, found);
    i = indexOfEyJ(text, next);
  }
  // A reflow that cut `eyJ` itself (`e yJhbG…`, `ey JhbG…`) leaves no `eyJ`: two searches for those rare strings.
  // (Cut by a line break, normalize.ts joins it: trailingToken's start of a token.)
  for (const [cut, head] of SPLIT_STARTS) {
    for (let at = text.indexOf(cut); at >= 0; at = text.indexOf(cut, at + 1)) {
      if (isWordStart(text, at)) at = Math.max(at, reflowedFrom(text, at, at + head, found) - 1);
    }
  }
  return found;
}

/** `eyJ` cut by a blank, and how many of its characters stand before the blank. */
const SPLIT_STARTS: ReadonlyArray<readonly [string, number]> = [
  ['e yJ', 1],
  ['ey J', 2],
];

/** Whether `at` starts a word: no token character (a base64url one, a dot) stands before it. */
function isWordStart(text: string, at: number): boolean {
  return at === 0 || !isJwtChar(text.charCodeAt(at - 1));
}

/** A single space or line break at `at`, and a token character right after it. */
function isBlankThenRun(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return (c === 0x20 || c === 0x0a) && at + 1 < text.length && isJwtChar(text.charCodeAt(at + 1));
}

/** The end of the run of token characters (base64url and dots) from `from`. */
function jwtRunEnd(text: string, from: number): number {
  let k = from;
  while (k < text.length && isJwtChar(text.charCodeAt(k))) k++;
  return k;
}

/**
 * Reads the reflowed token whose head run is [start, headEnd) and adds it, joined, to `found` if it is one; gives where
 * its reading ended (past its last piece, or the head run).
 */
function reflowedFrom(text: string, start: number, headEnd: number, found: string[]): number {
  const pieces = [text.slice(start, headEnd)];
  let width = -1;
  let end = headEnd;
  let read = headEnd - start;
  while (read < MAX_REFLOW && isBlankThenRun(text, end)) {
    const p = end + 1;
    // Another token's start is no piece, unless the cut fell right after the dot before a payload.
    if (text.startsWith('eyJ', p) && text.charCodeAt(end - 1) !== 0x2e) break;
    const k = jwtRunEnd(text, p);
    const len = k - p;
    if (width < 0) width = len;
    else if (len > width) break;
    pieces.push(text.slice(p, k));
    end = k;
    read += len + 1;
    // A piece shorter than the width ends the token (its last piece).
    if (len < width) break;
  }
  const raw = pieces.join('');
  const dot = raw.indexOf('.');
  if (
    pieces.length >= 2 &&
    dot > 0 &&
    raw.startsWith('eyJ') &&
    dot <= MAX_HEADER &&
    decodeJsonSegment(raw.slice(0, dot)).ok
  )
    found.push(raw);
  return end;
}
