/**
 * What both shell dialects share: the words under construction, and where a command may continue past
 * the end of a line (a trailing `\`, `^` or `` ` ``, or a quote left open into a line that could still be
 * part of the command).
 */
import { isBlankChar } from './chars.js';
import { knownHeaderSide } from './names.js';

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

/**
 * If only blanks follow i up to a newline, the offset after that newline, past the shell's continuation prompt when the
 * paste kept it (bash's PS2 `> `: `> curl -X GET \` / `>   -H 'Authorization: Bearer …' \`, xcarpentier/
 * react-native-linkedin#80); else -1. A continued line is the command's, never curl -v's `> ` request line.
 */
export function continuationAfter(text: string, i: number): number {
  while (i < text.length && isBlankChar(text.charCodeAt(i))) i++;
  if (i >= text.length || text.charCodeAt(i) !== 0x0a) return -1;
  // No read past the text's end: it would deoptimise the reader for good (round 28).
  return i + 2 < text.length && text.charCodeAt(i + 1) === 0x3e /* > */ && text.charCodeAt(i + 2) === 0x20
    ? i + 3
    : i + 1;
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
  return !text.startsWith('HTTP/', i) && !startsResponseField(text, i);
}

/** How far a field name is looked for at a line's start: the known names are short. */
const MAX_FIELD_NAME = 40;

/**
 * Whether a response's header field (`Date: …`, `x-amzn-ErrorType: …`, a name a response carries) starts at i. A quote
 * left open into such a line is a command whose closing quote the paste lost, with the response pasted below it
 * (its status line lost too): the field is the response's, not the rest of an argument (`-H "Authorization: Bearer
 * eyJ…` then `Date: …`).
 */
function startsResponseField(text: string, i: number): boolean {
  const limit = Math.min(text.length, i + MAX_FIELD_NAME);
  let j = i;
  while (j < limit && isFieldNameChar(text.charCodeAt(j))) j++;
  if (j === i || j >= limit || text.charCodeAt(j) !== 0x3a || text.charCodeAt(j + 1) !== 0x20) return false;
  const side = knownHeaderSide(text.slice(i, j).toLowerCase());
  return side === 'response' || side === null;
}

/** A letter, a digit or `-`. */
function isFieldNameChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
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
