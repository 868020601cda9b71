import { isJwtChar } from './token/chars.js';
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
  let next = 0;
  for (const i of reflowStarts(text)) {
    if (i < next) continue;
    // A whole `eyJ`'s head is its base64url run: a whole first part (`eyJ….`) is the token finder's. A cut one's (`e yJ`,
    // `ey  J`: no `eyJ` is left to find a token from; cut by a bare line break, normalize.ts joins it) is `e` or `ey`.
    const headEnd = text.startsWith('eyJ', i) ? b64RunEnd(text, i) : jwtRunEnd(text, i);
    next = pieceAfterGap(text, headEnd, true) >= 0 ? reflowedFrom(text, i, headEnd, found) : headEnd;
  }
  return found;
}

/**
 * Where a reflowed token may start, in order: each `eyJ` at a word start, and each `e` or `ey` a reflow cut from the
 * rest of `eyJ` (`e yJ`, `ey  J`: splitStartBefore). One search, for `y` (rare in prose, 1 in 64 of a token's
 * characters), finds all three: searches for ` yJ` and ` J` stopped at every space (~1.7 µs over an example paste).
 */
function reflowStarts(text: string): number[] {
  const starts: number[] = [];
  for (let y = text.indexOf('y', 1); y >= 0; y = text.indexOf('y', y + 1)) {
    const before = text.charCodeAt(y - 1);
    const after = text.charCodeAt(y + 1);
    let start = -1;
    if (after === 0x4a /* J */) {
      if (before === 0x65 /* e */) start = isWordStart(text, y - 1) ? y - 1 : -1;
      else if (isGapChar(before)) start = splitStartBefore(text, y, 1);
    } else if (before === 0x65 && isGapChar(after)) {
      const g = gapEnd(text, y + 1);
      if (text.charCodeAt(g) === 0x4a) start = splitStartBefore(text, g, 2);
    }
    // In order: a start found from a later `y` is never before one found from an earlier one but for overlaps, dropped.
    if (start >= 0 && (starts.length === 0 || (starts[starts.length - 1] as number) < start)) starts.push(start);
  }
  return starts;
}

/** The start of `eyJ`'s first `head` characters, a word of their own before a gap that ends at `at`, or -1. */
function splitStartBefore(text: string, at: number, head: number): number {
  let g = at;
  let breaks = 0;
  while (g > 0 && at - g < MAX_GAP && isGapChar(text.charCodeAt(g - 1))) {
    // One line break at most, as gapEnd reads a gap.
    if (text.charCodeAt(g - 1) === 0x0a && ++breaks > 1) break;
    g--;
  }
  if (g === at || g < head || !text.startsWith(head === 1 ? 'e' : 'ey', g - head)) return -1;
  return isWordStart(text, g - head) ? g - head : -1;
}

/**
 * The longest gap a reflow leaves between two pieces: the blanks it put for a line break (one space, or two and three
 * when the renderer pads: round "reflow2", 63 of 255 shapes leaked with two), a tab, or a line break with a blank
 * before it (a terminal's trailing space, ` \r\n` normalised to ` \n`) or an indent after it.
 */
const MAX_GAP = 8;

/** A blank a gap is made of (a CR is a line break's, gone with normalisation). */
function isGapChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a;
}

/**
 * Where a reflow's gap from `at` ends: past spaces and tabs and at most one line break, MAX_GAP characters at most;
 * `at` itself when no blank stands there. A `wide` gap, the redactor's (findReflowedTokens), goes on past blank lines
 * too, quoted or not (MAX_WIDE_BREAKS line breaks, a quote's markers after each, MAX_WIDE_GAP characters): a chat client
 * that gave each line a paragraph (`…pieceA⏎⏎pieceB`) left no token to find, and a quote of the last piece showed it
 * (round "fuzz4"). A JSON string's escaped breaks count as ones (round "fuzz5"). The normaliser joins no such gap.
 */
export function gapEnd(text: string, at: number, wide = false): number {
  let k = at;
  let breaks = 0;
  const limit = wide ? MAX_WIDE_GAP : MAX_GAP;
  while (k < text.length && k - at < limit) {
    const c = text.charCodeAt(k);
    if (c === 0x0a) {
      if (++breaks > (wide ? MAX_WIDE_BREAKS : 1)) break;
      if (wide) k = afterQuoteMarker(text, k + 1) - 1;
    } else if (wide && c === 0x5c /* \ */ && isEscapedBlank(text.charCodeAt(k + 1))) {
      // A JSON string's escaped break or tab (`\n`, `\r\n`, `\t`): a log wrote the reflowed lines into one string.
      if (text.charCodeAt(k + 1) === 0x6e && ++breaks > MAX_WIDE_BREAKS) break;
      k++;
    } else if (c !== 0x20 && c !== 0x09) break;
    k++;
  }
  return k;
}

/** `n`, `r`, `t`: the letters of a JSON escape that stands for a blank. */
function isEscapedBlank(c: number): boolean {
  return c === 0x6e || c === 0x72 || c === 0x74;
}

/** The most line breaks in a wide gap (gapEnd): a wrap's and two blank lines. */
const MAX_WIDE_BREAKS = 3;
/** The longest wide gap: three line breaks, each with a quote's marker (`&gt; `) and a blank. */
const MAX_WIDE_GAP = 24;

/** Past a quote's marker (`>`, `&gt;`) at `at`, or `at` when none stands there. */
function afterQuoteMarker(text: string, at: number): number {
  if (text.charCodeAt(at) === 0x3e) return at + 1;
  return text.startsWith('&gt;', at) ? at + 4 : at;
}

/** Where the next piece starts after a gap at `at` (gapEnd, and a token character right after it), or -1. */
export function pieceAfterGap(text: string, at: number, wide = false): number {
  const k = gapEnd(text, at, wide);
  return k > at && k < text.length && isJwtChar(text.charCodeAt(k)) ? k : -1;
}

/** Whether `at` starts a word: no token character (a base64url one, a dot) stands before it. */
function isWordStart(text: string, at: number): boolean {
  return at === 0 || !isJwtChar(text.charCodeAt(at - 1));
}

/** The end of the run of token characters (base64url and dots) from `from`. */
export function jwtRunEnd(text: string, from: number): number {
  JWT_RUN.lastIndex = from;
  JWT_RUN.test(text);
  return JWT_RUN.lastIndex;
}

/** A run of token characters, tried at one offset: native, where a loop of charCodeAt read a token's 600 at ~1 ns each. */
const JWT_RUN = /[A-Za-z0-9_.-]*/y;

/** A reflow's pieces as readReflow reads them: each with where it ends in the text, and the width of the middle ones. */
export interface Reflow {
  pieces: string[];
  ends: number[];
  end: number;
  width: number;
}

/**
 * The pieces of a reflow whose head run is [start, headEnd): the head, then the runs after it, each after a gap
 * (gapEnd), while each is as long as the first of them, and one shorter run to end it; and where the last one ends.
 * Bounded: MAX_REFLOW characters at most are read.
 */
export function readReflow(text: string, start: number, headEnd: number, blankInGaps = false, wide = false): Reflow {
  const pieces = [text.slice(start, headEnd)];
  const ends = [headEnd];
  let width = -1;
  let end = headEnd;
  while (end - start < MAX_REFLOW) {
    const p = pieceAfterGap(text, end, wide);
    if (p < 0) break;
    // A bare line break, where a blank in each gap is asked for, is joinWrappedTokens's (normalize.ts).
    if (blankInGaps && p === end + 1 && text.charCodeAt(end) === 0x0a) break;
    // Another token's start is no piece, unless the cut fell right after the dot before a payload.
    if (text.startsWith('eyJ', p) && text.charCodeAt(end - 1) !== 0x2e) break;
    const k = jwtRunEnd(text, p);
    const len = k - p;
    if (width < 0) width = len;
    else if (len > width) break;
    pieces.push(text.slice(p, k));
    ends.push(k);
    end = k;
    // A piece shorter than the width ends the token (its last piece).
    if (len < width) break;
  }
  return { pieces, ends, end, width };
}

/**
 * Reads the reflowed token whose head run is [start, headEnd) and adds it, joined, to `found` if it is one; gives where
 * its reading ended (past its last piece, or the head run).
 */
function reflowedFrom(text: string, start: number, headEnd: number, found: string[]): number {
  const { pieces, end } = readReflow(text, start, headEnd, false, true);
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

/**
 * The text with each JWS a chat client or a renderer reflowed through its header or payload (`eyJhbG ciOi…`,
 * `…In0.eyJpc3 MiOi…`, pieces parted by gaps: gapEnd) joined back, so the engine reads and decodes it as the token it
 * is (round "reflow2": a reflowed expired token gave no time.expired, where the unbroken one does). Only where the join
 * is unambiguous: its pieces (readReflow, each gap with a blank in it) are a reflow's (isReflow) and make three parts, a
 * JOSE header (a JSON object with an `alg`) and a JSON payload. A token whose header and payload are whole on their run is the token finder's (a cut in its signature is
 * the redactor's: secrets.ts restOf), and the pieces stop at another token's start. A last piece after the signature
 * was already whole for its algorithm (`isWholeSignature`) is a word after the token, not more of it. Linear: each
 * `eyJ` run is read once, each reflow bounded (MAX_REFLOW).
 */
export function joinReflowedTokens(text: string, isWholeSignature: (alg: string, length: number) => boolean): string {
  const out: string[] = [];
  let copied = 0;
  let next = 0;
  for (const i of reflowStarts(text)) {
    if (i < next) continue;
    // Its header's run, then its payload's: a run with both whole (two dots) is the token finder's, its signature unread.
    let runEnd = b64RunEnd(text, i);
    if (text.charCodeAt(runEnd) === 0x2e) runEnd = b64RunEnd(text, runEnd + 1);
    next = runEnd;
    if (text.charCodeAt(runEnd) === 0x2e || pieceAfterGap(text, runEnd) < 0) continue;
    const reflow = readReflow(text, i, runEnd, true);
    const end = isReflow(reflow) ? joinedEnd(reflow, isWholeSignature) : -1;
    if (end < 0) {
      next = reflow.end;
      continue;
    }
    out.push(text.slice(copied, i));
    for (let k = 0; k < reflow.pieces.length && (reflow.ends[k] as number) <= end; k++)
      out.push(reflow.pieces[k] as string);
    copied = end;
    next = end;
  }
  if (copied === 0) return text;
  out.push(text.slice(copied));
  return out.join('');
}

/**
 * Whether the pieces are a reflow's rather than a token with a stray blank in it (`Bearer eyJ…Nz Y1MD…`, which
 * authz-header.format reports): three pieces at least, the middle ones of one width (readReflow), the first no longer.
 */
function isReflow(reflow: Reflow): boolean {
  return reflow.pieces.length >= 3 && (reflow.pieces[0] as string).length <= reflow.width;
}

/**
 * Where the reflowed JWS of `reflow` ends in the text (the end of its last piece, or of the one before when that last
 * piece is a word after a whole signature), or -1 when its pieces are no JWS: three parts (dots that end it are the
 * sentence's), a JOSE header with an `alg`, a JSON payload.
 */
function joinedEnd(reflow: Reflow, isWholeSignature: (alg: string, length: number) => boolean): number {
  let raw = reflow.pieces.join('');
  let trailing = 0;
  while (trailing < raw.length && raw.charCodeAt(raw.length - 1 - trailing) === 0x2e) trailing++;
  raw = raw.slice(0, raw.length - trailing);
  const first = raw.indexOf('.');
  const second = first < 0 ? -1 : raw.indexOf('.', first + 1);
  if (first <= 0 || first > MAX_HEADER || second < 0 || raw.indexOf('.', second + 1) >= 0) return -1;
  const header = decodeJsonSegment(raw.slice(0, first));
  if (!header.ok || typeof header.value.alg !== 'string') return -1;
  if (second - first - 1 > MAX_REFLOW || !decodeJsonSegment(raw.slice(first + 1, second)).ok) return -1;
  const n = reflow.pieces.length;
  const last = reflow.pieces[n - 1] as string;
  const signature = raw.length - second - 1;
  // The last piece wholly in the signature, after a signature already whole (its length for the algorithm).
  if (trailing === 0 && n > 2 && !last.includes('.') && signature > last.length) {
    if (isWholeSignature(header.value.alg, signature - last.length)) return reflow.ends[n - 2] as number;
  }
  return reflow.end;
}
