import { isBlankChar } from './chars.js';
import { continuationAfter, quoteMayContinue, type SplitResult, Splitter } from './splitter.js';

/**
 * cmd.exe then the MS C runtime: cmd removes `^` escapes (except inside its own "…", where a caret is
 * literal) and joins `^`-continued lines; the runtime then splits on blanks outside "…", where `\"` is a
 * literal quote and backslashes are literal unless they precede a quote.
 */
export class CmdSplitter extends Splitter {
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
    return { words: this.words, end: Math.min(i, text.length), cutAt: this.cutAt };
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
