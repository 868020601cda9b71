/**
 * POSIX sh words (bash, zsh; what Chrome's "Copy as cURL (bash)" writes): '…', "…" with its four
 * escapes, bash's $'…' with C escapes, backslash escapes, `#` comments, and operators (`|`, `;`, `&&`,
 * `>`) after which the words belong to another command.
 */
import { isBlankChar, NextIndex } from './chars.js';
import { continuationAfter, quoteMayContinue, type SplitResult, Splitter } from './splitter.js';

export class ShSplitter extends Splitter {
  /** Where the next `"`, `'`, newline and backslash are (see NextIndex), made on the first quote. */
  private next: { double: NextIndex; single: NextIndex; newline: NextIndex; backslash: NextIndex } | null = null;

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
        // `&` glued inside a word, not `&&`: a URL's query left unquoted, which ends the command there.
        if (ch === 0x26 && this.inWord && !this.stopped && text.charCodeAt(i + 1) !== 0x26) this.cutAt = i;
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
    return { words: this.words, end: i, cutAt: this.cutAt };
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
      // A backslash quotes the next character (`Bearer\ ` sends the space).
      this.quoted = true;
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
    // Fast path: nothing special before the closing quote (a long token in -H "Authorization: Bearer …").
    this.next ??= {
      double: new NextIndex(text, '"'),
      single: new NextIndex(text, "'"),
      newline: new NextIndex(text, '\n'),
      backslash: new NextIndex(text, '\\'),
    };
    const next = this.next;
    const close = (q === 0x22 ? next.double : next.single).from(i);
    if (close >= 0 && !next.newline.within(i, close) && (q === 0x27 || !next.backslash.within(i, close))) {
      this.buf += text.slice(i, close);
      return close + 1;
    }
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

// biome-ignore format: a word list reads best packed
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
    c === 0x0a ||
    c === 0x5c ||
    c === 0x60 ||
    c === 0x5e ||
    c === 0x27 ||
    c === 0x22 ||
    c === 0x24 ||
    c === 0x7c ||
    c === 0x3b ||
    c === 0x26 ||
    c === 0x3e ||
    c === 0x3c
  );
}
