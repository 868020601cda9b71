/**
 * What both shell dialects share: the words under construction, and where a command may continue past
 * the end of a line (a trailing `\`, `^` or `` ` ``, or a quote left open into a line that could still be
 * part of the command).
 */
import { isBlankChar } from './chars.js';

/** One word, unquoted and unescaped, with its extent in the text. */
export interface Word {
  value: string;
  start: number;
  end: number;
  /** Some of it was quoted or escaped, so trailing whitespace in it is real. */
  quoted: boolean;
}

export interface SplitResult {
  words: Word[];
  /** Offset where the command ended: its final newline, or the end of the text. */
  end: number;
  /**
   * Where a lone unquoted `&` inside a word ended the command (`curl https://host/x?a=1&b=2 -H …`): the shell runs what
   * came before in the background and the rest as another command, so the options after it were never curl's. -1: none.
   */
  cutAt: number;
}

/** A quote may stay open across at most this many lines. */
const MAX_QUOTED_LINES = 200;

/** If only blanks follow i up to a newline, the offset after that newline; else -1. */
export function continuationAfter(text: string, i: number): number {
  while (i < text.length && isBlankChar(text.charCodeAt(i))) i++;
  if (i < text.length && text.charCodeAt(i) === 0x0a) return i + 1;
  return -1;
}

/** Whether a quote open at the newline at `nl` may continue on the next line. */
export function quoteMayContinue(text: string, nl: number, crossed: number): boolean {
  if (crossed >= MAX_QUOTED_LINES) return false;
  let i = nl + 1;
  while (i < text.length && isBlankChar(text.charCodeAt(i))) i++;
  if (i >= text.length || text.charCodeAt(i) === 0x0a) return false;
  const a = text.charCodeAt(i);
  // -1 at the text's end: a read past it would deoptimise this for good (round 28).
  const b = i + 1 < text.length ? text.charCodeAt(i + 1) : -1;
  if ((a === 0x3c || a === 0x3e || a === 0x2a) && (b === 0x20 || b < 0)) return false;
  return !text.startsWith('HTTP/', i);
}

/** Words under construction, shared by both dialects. */
export abstract class Splitter {
  protected readonly words: Word[] = [];
  protected buf = '';
  protected inWord = false;
  protected wordStart = 0;
  protected quoted = false;
  /** After an unquoted `|`, `;`, `&`, `>`, `<` the words belong to another command. */
  protected stopped = false;
  /** See SplitResult.cutAt. */
  protected cutAt = -1;
  protected crossed = 0;
  protected readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  protected begin(at: number): void {
    if (this.inWord) return;
    this.inWord = true;
    this.wordStart = at;
  }

  protected finish(at: number): void {
    if (!this.inWord) return;
    if (!this.stopped) this.words.push({ value: this.buf, start: this.wordStart, end: at, quoted: this.quoted });
    this.buf = '';
    this.inWord = false;
    this.quoted = false;
  }

  /** Splits from `start` (just after the command name) to the end of the command. */
  abstract run(start: number): SplitResult;
}
