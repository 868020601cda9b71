import { base64urlRunEnd, isBase64url, nextLongBase64urlRun } from './token/chars.js';
import { REPORT_VOCABULARY } from './vocabulary.js';

/**
 * A token is also known by its pieces: any PIECE consecutive characters of one of its base64url runs (its
 * header, payload and signature segments). A run of output that holds a piece holds one of the run's
 * WINDOW-character windows taken every STRIDE characters, wherever the piece starts (PIECE = WINDOW +
 * STRIDE - 1), so only those are looked up. 15 characters are 90 bits of base64url: never a coincidence
 * in a signature, and shorter than the 16-character piece of one that test/helpers/leaks.ts counts as a
 * leak. Headers are written alike (`…S256","typ":"JWT"}`): a piece of another token's header may match,
 * and the run is then named after the wrong token, which still hides it.
 */
export const WINDOW = 12;
const STRIDE = 4;
export const PIECE = WINDOW + STRIDE - 1;

/**
 * Past this many character comparisons for one run of output (its windows × the length of the tokens),
 * searching each token for each window gives way to a table of every token's windows (every STRIDE, each
 * run of output then looked up at every offset): built once, then linear. A usual report never gets
 * there: a few tokens, and few runs long enough to hold a piece.
 */
const SEARCH_BUDGET = 1 << 20;

/** Between two runs that hold pieces of a token, what still reads as one token: its dots, a wrap's line breaks. */
function isJoiner(c: number): boolean {
  return c === 0x2e || c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/** Calls `visit` with the WINDOW-character windows of each base64url run of `text`: every `stride`, and the last. */
function eachWindow(text: string, stride: number, visit: (window: string) => void): void {
  for (let i = 0; i < text.length; i++) {
    if (!isBase64url(text.charCodeAt(i))) continue;
    const end = base64urlRunEnd(text, i);
    if (end - i >= WINDOW) {
      for (let k = i; k + WINDOW <= end; k += stride) visit(text.slice(k, k + WINDOW));
      if ((end - WINDOW - i) % stride !== 0) visit(text.slice(end - WINDOW, end));
    }
    i = end;
  }
}

/** Every window of the report's own words (REPORT_VOCABULARY): never taken for a piece of a token. */
const VOCABULARY = new Set<string>();
eachWindow(REPORT_VOCABULARY, 1, (w) => VOCABULARY.add(w));

/**
 * The pieces of the tokens a diagnosis found, each to the label that replaces a run holding it.
 *
 * Nothing is indexed up front: most reports hold no run of output long enough to hold a piece, and a
 * masked token holds no secret at all. A run that is long enough has its windows, every STRIDE, looked
 * for in each token (a native substring search); a token's piece of PIECE characters anywhere in the run
 * holds one of them. Only past SEARCH_BUDGET is a table of every token's windows built.
 */
export class PieceIndex {
  private readonly sources: string[] = [];
  private readonly labels: string[] = [];
  private length = 0;
  /** Every STRIDE-th window of every token, once searching them one by one would cost too much. */
  private table: Map<string, string> | null = null;
  /** The run the last `nextRun` found. */
  private runStart = 0;
  private runEnd = 0;
  private runLabel = '';

  get size(): number {
    return this.sources.length;
  }

  /** Registers the pieces of `raw`: the windows of its base64url runs. */
  add(raw: string, label: string): void {
    this.sources.push(raw);
    this.labels.push(label);
    this.length += raw.length;
    if (this.table !== null) this.tabulate(raw, label);
  }

  /** Whether a run of `text` at least PIECE long holds a piece. */
  holds(text: string): boolean {
    return this.sources.length > 0 && this.nextRun(text, 0);
  }

  /**
   * Replaces each run that holds a piece of a token by that token's label. Runs of the same token with
   * only dots and line breaks between them (a wrapped token, its segments) become one label.
   */
  replace(text: string): string {
    let out = '';
    let copied = 0;
    let lastLabel = '';
    for (let from = 0; this.nextRun(text, from); from = this.runEnd) {
      if (this.runLabel !== lastLabel || !onlyJoiners(text, copied, this.runStart)) {
        out += text.slice(copied, this.runStart) + this.runLabel;
        lastLabel = this.runLabel;
      }
      copied = this.runEnd;
    }
    return copied === 0 ? text : out + text.slice(copied);
  }

  /** Finds the next run of `text` from `from`, at least PIECE long, that holds a piece (runStart, runEnd, runLabel). */
  private nextRun(text: string, from: number): boolean {
    if (this.sources.length === 0) return false;
    // Runs of PIECE or more, read one character in PIECE (chars.ts nextLongBase64urlRun): on a signed token's report
    // this reads 325 characters where the plain scan read 718, and the scrub (20% of that token's diagnosis, most of
    // it this scan) went from 6.2 to 3.7 µs with the table in chars.ts.
    for (let start = nextLongBase64urlRun(text, from, PIECE); start >= 0; ) {
      const end = base64urlRunEnd(text, start);
      const label = this.labelIn(text, start, end);
      if (label !== undefined) {
        this.runStart = start;
        this.runEnd = end;
        this.runLabel = label;
        return true;
      }
      start = nextLongBase64urlRun(text, end + 1, PIECE);
    }
    return false;
  }

  /** The label of a token the run text[start, end) holds a piece of, or undefined. */
  private labelIn(text: string, start: number, end: number): string | undefined {
    if (this.table === null && ((end - start) / STRIDE) * this.length > SEARCH_BUDGET) {
      this.table = new Map();
      for (let t = 0; t < this.sources.length; t++) this.tabulate(this.sources[t] as string, this.labels[t] as string);
    }
    if (this.table !== null) {
      for (let k = start; k + WINDOW <= end; k++) {
        const label = this.table.get(text.slice(k, k + WINDOW));
        if (label !== undefined) return label;
      }
      return undefined;
    }
    for (let k = start; ; k += STRIDE) {
      if (k + WINDOW > end) k = end - WINDOW;
      const window = text.slice(k, k + WINDOW);
      for (let t = 0; t < this.sources.length; t++) {
        if ((this.sources[t] as string).includes(window) && !VOCABULARY.has(window)) return this.labels[t];
      }
      if (k === end - WINDOW) return undefined;
    }
  }

  private tabulate(raw: string, label: string): void {
    const table = this.table as Map<string, string>;
    eachWindow(raw, STRIDE, (w) => {
      if (!VOCABULARY.has(w)) table.set(w, label);
    });
  }
}

function onlyJoiners(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isJoiner(text.charCodeAt(i))) return false;
  return true;
}
