/**
 * Splits a pasted command line into words the way the shell it was written for would: POSIX sh (bash,
 * zsh; also what Chrome's "Copy as cURL (bash)" writes, `$'…'` included) or Windows cmd.exe (Chrome's
 * "Copy as cURL (cmd)", with `^` escapes and `^"` quotes, then the MS C runtime's quoting rules).
 *
 * A command continues over `\`, `^` or `` ` `` at the end of a line (even with trailing spaces, which
 * the shell would reject but people clearly mean) and inside a quote that spans lines. A quote is only
 * allowed to span into a line that could be part of a command: a stray `'` must not swallow the
 * response pasted below it.
 */
import { isBlankChar, skipBlanks } from './chars.js';
import { type Collector, lineAt, setKind } from './collect.js';
import type { CommandStart } from './command.js';

export type Dialect = 'sh' | 'cmd';

/** One word, unquoted and unescaped, with its extent in the text. */
export interface Word {
  value: string;
  start: number;
  end: number;
  /** Some of it was inside quotes, so trailing whitespace in it is real. */
  quoted: boolean;
}

export interface SplitResult {
  words: Word[];
  /** Offset where the command ended: its final newline, or the end of the text. */
  end: number;
}

/** A quote may stay open across at most this many lines. */
const MAX_QUOTED_LINES = 200;

/** If only blanks follow i up to a newline, the offset after that newline; else -1. */
function continuationAfter(text: string, i: number): number {
  while (i < text.length && isBlankChar(text.charCodeAt(i))) i++;
  if (i < text.length && text.charCodeAt(i) === 0x0a) return i + 1;
  return -1;
}

/** Whether a quote open at the newline at `nl` may continue on the next line. */
function quoteMayContinue(text: string, nl: number, crossed: number): boolean {
  if (crossed >= MAX_QUOTED_LINES) return false;
  let i = nl + 1;
  while (i < text.length && isBlankChar(text.charCodeAt(i))) i++;
  if (i >= text.length || text.charCodeAt(i) === 0x0a) return false;
  const a = text.charCodeAt(i);
  const b = text.charCodeAt(i + 1);
  if ((a === 0x3c || a === 0x3e || a === 0x2a) && (b === 0x20 || Number.isNaN(b))) return false;
  return !text.startsWith('HTTP/', i);
}

/** Splits from `start` (just after the command name) to the end of the command. */
export function splitCommand(text: string, start: number, dialect: Dialect): SplitResult {
  return dialect === 'cmd' ? new CmdSplitter(text).run(start) : new ShSplitter(text).run(start);
}

/** Words under construction, shared by both dialects. */
abstract class Splitter {
  protected readonly words: Word[] = [];
  protected buf = '';
  protected inWord = false;
  protected wordStart = 0;
  protected quoted = false;
  /** After an unquoted `|`, `;`, `&`, `>`, `<` the words belong to another command. */
  protected stopped = false;
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
}

class ShSplitter extends Splitter {
  run(start: number): SplitResult {
    const text = this.text;
    let i = start;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 0x0a) break;
      if (isBlankChar(ch)) {
        this.finish(i);
        i++;
      } else if (ch === 0x5c || ch === 0x60 || ch === 0x5e) {
        i = this.escapeOrContinue(i, ch);
      } else if (ch === 0x27) {
        i = this.quote(i + 1, 0x27);
      } else if (ch === 0x22) {
        i = this.quote(i + 1, 0x22);
      } else if (ch === 0x24 && text.charCodeAt(i + 1) === 0x27) {
        this.begin(i);
        i = this.ansiC(i + 2);
      } else if (ch === 0x23 && !this.inWord) {
        while (i < text.length && text.charCodeAt(i) !== 0x0a) i++;
      } else if (ch === 0x7c || ch === 0x3b || ch === 0x26 || ch === 0x3e || ch === 0x3c) {
        this.finish(i);
        this.stopped = true;
        i++;
      } else {
        this.begin(i);
        let j = i + 1;
        while (j < text.length && isPlain(text.charCodeAt(j))) j++;
        this.buf += text.slice(i, j);
        i = j;
      }
    }
    this.finish(i);
    return { words: this.words, end: i };
  }

  /** `\x` escapes x; `\`, `^` or `` ` `` before the end of a line continue the command. */
  private escapeOrContinue(i: number, ch: number): number {
    const next = continuationAfter(this.text, i + 1);
    if (next >= 0) {
      this.finish(i);
      return next;
    }
    this.begin(i);
    if (ch === 0x5c && i + 1 < this.text.length) {
      this.buf += this.text[i + 1];
      return i + 2;
    }
    this.buf += this.text[i];
    return i + 1;
  }

  /** A '…' or "…" quote whose content starts at i; returns the offset after it. */
  private quote(i: number, q: number): number {
    const text = this.text;
    this.begin(i - 1);
    this.quoted = true;
    let runStart = i;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === q) {
        this.buf += text.slice(runStart, i);
        return i + 1;
      }
      if (ch === 0x0a) {
        if (!quoteMayContinue(text, i, this.crossed++)) {
          this.buf += text.slice(runStart, i);
          return i;
        }
      } else if (ch === 0x5c && q === 0x22 && i + 1 < text.length) {
        const next = text.charCodeAt(i + 1);
        // Inside "…" a backslash only escapes $ ` " \ and a newline.
        if (next === 0x24 || next === 0x60 || next === 0x22 || next === 0x5c || next === 0x0a) {
          this.buf += text.slice(runStart, i);
          if (next !== 0x0a) this.buf += text[i + 1];
          i += 2;
          runStart = i;
          continue;
        }
      }
      i++;
    }
    this.buf += text.slice(runStart, i);
    return i;
  }

  /** Bash's $'…' with its C escapes; content starts at i. */
  private ansiC(i: number): number {
    const text = this.text;
    this.quoted = true;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 0x27) return i + 1;
      if (ch === 0x0a && !quoteMayContinue(text, i, this.crossed++)) return i;
      if (ch === 0x5c && i + 1 < text.length) {
        i = this.ansiEscape(i + 1);
        continue;
      }
      this.buf += text[i];
      i++;
    }
    return i;
  }

  /** One escape after a backslash at i - 1; returns the offset after it. */
  private ansiEscape(i: number): number {
    const text = this.text;
    const e = text[i] ?? '';
    const simple = ANSI_SIMPLE[e];
    if (simple !== undefined) {
      this.buf += simple;
      return i + 1;
    }
    const radix = e === 'x' ? 16 : e === 'u' ? 16 : e === 'U' ? 16 : /[0-7]/.test(e) ? 8 : 0;
    if (radix === 0) {
      this.buf += `\\${e}`;
      return i + 1;
    }
    const max = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 3;
    let j = radix === 8 ? i : i + 1;
    const digitsStart = j;
    while (j < text.length && j - digitsStart < max && isRadixDigit(text.charCodeAt(j), radix)) j++;
    const cp = Number.parseInt(text.slice(digitsStart, j), radix);
    if (j === digitsStart || !(cp <= 0x10ffff)) {
      this.buf += `\\${e}`;
      return i + 1;
    }
    this.buf += String.fromCodePoint(cp);
    return j;
  }
}

const ANSI_SIMPLE: Record<string, string> = {
  n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '?': '?',
  a: '\x07', b: '\b', e: '\x1b', E: '\x1b', f: '\f', v: '\v',
};

function isRadixDigit(c: number, radix: number): boolean {
  if (c >= 0x30 && c <= 0x37) return true;
  if (radix === 8) return false;
  const l = c | 0x20;
  return (c >= 0x38 && c <= 0x39) || (l >= 0x61 && l <= 0x66);
}

/** Characters with no special meaning to sh outside quotes. */
function isPlain(c: number): boolean {
  return !(
    isBlankChar(c) ||
    c === 0x0a || c === 0x5c || c === 0x60 || c === 0x5e || c === 0x27 || c === 0x22 || c === 0x24 ||
    c === 0x7c || c === 0x3b || c === 0x26 || c === 0x3e || c === 0x3c
  );
}

/**
 * cmd.exe then the MS C runtime: cmd removes `^` escapes (except inside its own "…", where a caret is
 * literal) and joins `^`-continued lines; the runtime then splits on blanks outside "…", where `\"` is a
 * literal quote and backslashes are literal unless they precede a quote.
 */
class CmdSplitter extends Splitter {
  private cmdQuote = false;
  private crtQuote = false;
  private backslashes = 0;

  run(start: number): SplitResult {
    const text = this.text;
    let i = start;
    while (i < text.length) {
      const ch = text.charCodeAt(i);
      if (ch === 0x0a) {
        if (!(this.crtQuote && quoteMayContinue(text, i, this.crossed++))) break;
        this.runtime(ch, i);
        i++;
      } else if (ch === 0x5e && !this.cmdQuote) {
        const next = continuationAfter(text, i + 1);
        if (next >= 0) {
          i = next;
          continue;
        }
        if (i + 1 < text.length) this.runtime(text.charCodeAt(i + 1), i);
        i += 2;
      } else {
        if (ch === 0x22) this.cmdQuote = !this.cmdQuote;
        this.runtime(ch, i);
        i++;
      }
    }
    this.flushBackslashes();
    this.finish(Math.min(i, text.length));
    return { words: this.words, end: Math.min(i, text.length) };
  }

  private flushBackslashes(): void {
    if (this.backslashes > 0) this.buf += '\\'.repeat(this.backslashes);
    this.backslashes = 0;
  }

  /** One character as the C runtime sees it, at source offset `at`. */
  private runtime(ch: number, at: number): void {
    if (ch === 0x5c) {
      this.begin(at);
      this.backslashes++;
      return;
    }
    if (ch === 0x22) {
      this.begin(at);
      this.buf += '\\'.repeat(this.backslashes >> 1);
      if (this.backslashes & 1) this.buf += '"';
      else {
        this.crtQuote = !this.crtQuote;
        this.quoted = true;
      }
      this.backslashes = 0;
      return;
    }
    this.flushBackslashes();
    if (!this.crtQuote && isBlankChar(ch)) {
      this.finish(at);
      return;
    }
    this.begin(at);
    this.buf += String.fromCharCode(ch);
  }
}

/** Chrome's cmd flavour quotes with `^"`; hand-written cmd commands continue lines with ` ^`. */
export function detectDialect(text: string, start: number, lineEnd: number): Dialect {
  const line = text.slice(start, lineEnd);
  if (line.includes('^"')) return 'cmd';
  const trimmed = line.trimEnd();
  return trimmed.endsWith(' ^') ? 'cmd' : 'sh';
}

/**
 * The words of the command starting at `command` on line `line`, its lines marked as 'command'.
 * Options pasted on their own lines without the trailing `\` still belong to the command.
 */
export function readCommandWords(c: Collector, command: CommandStart, line: number): { words: Word[]; lastLine: number } {
  const text = c.text;
  const dialect = detectDialect(text, command.start, c.lines[line]?.end ?? text.length);
  let split = splitCommand(text, command.nameEnd, dialect);
  const words = split.words;
  while (split.end < text.length && startsWithOption(text, split.end + 1)) {
    split = splitCommand(text, split.end + 1, dialect);
    for (const w of split.words) words.push(w);
  }
  const lastLine = lineAt(c, Math.max(command.start, split.end - 1));
  for (let l = line; l <= lastLine; l++) setKind(c, l, 'command');
  return { words, lastLine };
}

function startsWithOption(text: string, i: number): boolean {
  const p = skipBlanks(text, i, text.length);
  if (text.charCodeAt(p) !== 0x2d) return false;
  const next = text.charCodeAt(p + 1);
  return next === 0x2d || (next >= 0x41 && next <= 0x5a) || (next >= 0x61 && next <= 0x7a);
}
