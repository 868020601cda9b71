/**
 * Character-level helpers for the HTTP extractor. Everything works on (text, start, end) offsets with
 * `charCodeAt`, so classifying a line allocates nothing until a part of it is kept.
 */

/** RFC 9110 tchar: "!" / "#" / "$" / "%" / "&" / "'" / "*" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~" / DIGIT / ALPHA. */
const TCHAR = new Uint8Array(128);
for (const ch of "!#$%&'*+-.^_`|~") TCHAR[ch.charCodeAt(0)] = 1;
for (let c = 0x30; c <= 0x39; c++) TCHAR[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) {
  TCHAR[c] = 1;
  TCHAR[c + 0x20] = 1;
}

export function isTchar(c: number): boolean {
  return c < 128 && TCHAR[c] === 1;
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

export function isAsciiLetter(c: number): boolean {
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x7a;
}

export function isAsciiAlnum(c: number): boolean {
  return isDigit(c) || isAsciiLetter(c);
}

/** A hexadecimal digit, either case (an object's identity hash as Java prints it). */
export function isHexDigit(c: number): boolean {
  const l = c | 0x20;
  return isDigit(c) || (l >= 0x61 && l <= 0x66);
}

/** The value of the hexadecimal digit `c`, either case, or -1. */
export function hexDigitValue(c: number): number {
  if (isDigit(c)) return c - 0x30;
  const l = c | 0x20;
  return l >= 0x61 && l <= 0x66 ? l - 0x57 : -1;
}

/** A character of a \w word: ASCII letters, digits and `_` (a code such as `invalid_client`, an identifier). */
export function isWordChar(c: number): boolean {
  return isAsciiAlnum(c) || c === 0x5f;
}

/** SP or HTAB only: the blanks between a command's words or a log's fields, where isBlankChar's CR or IME space is not. */
export function isSpaceOrTab(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/**
 * Horizontal whitespace as pastes carry it: SP, HTAB, a stray CR, and the no-break and ideographic
 * spaces that chat clients and Japanese IMEs put in.
 */
export function isBlankChar(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0d || c === 0xa0 || c === 0x3000;
}

/** First offset in [i, end) that is not blank, or end. */
export function skipBlanks(text: string, i: number, end: number): number {
  while (i < end && isBlankChar(text.charCodeAt(i))) i++;
  return i;
}

/** The end of [start, end) with trailing blanks removed. */
export function trimBlanksEnd(text: string, start: number, end: number): number {
  while (end > start && isBlankChar(text.charCodeAt(end - 1))) end--;
  return end;
}

/** Whether `text` at `pos` starts with `lower` (an ASCII lower-case literal), ignoring ASCII case. */
export function startsWithCI(text: string, pos: number, end: number, lower: string): boolean {
  const n = lower.length;
  if (pos + n > end) return false;
  for (let k = 0; k < n; k++) {
    let c = text.charCodeAt(pos + k);
    if (c >= 0x41 && c <= 0x5a) c |= 0x20;
    if (c !== lower.charCodeAt(k)) return false;
  }
  return true;
}

/** A run of tchars, matched from `lastIndex`. */
const TCHARS = /[!#$%&'*+\-.^_`|~0-9A-Za-z]*/y;

/** How far scanToken looks a character at a time before it hands a long run to TCHARS. */
const SHORT_TOKEN = 24;

/**
 * End of the run of tchars starting at i (i itself when there is none). A header name ends within a few characters;
 * a run that goes on (a JWT alone on its line, which is all tchars) is finished by a regex, a native scan about
 * twice as fast over a token's few hundred characters as testing each in JavaScript.
 */
export function scanToken(text: string, i: number, end: number): number {
  const stop = Math.min(end, i + SHORT_TOKEN);
  while (i < stop && isTchar(text.charCodeAt(i))) i++;
  if (i < stop || i === end) return i;
  TCHARS.lastIndex = i;
  TCHARS.test(text);
  const runEnd = TCHARS.lastIndex;
  TCHARS.lastIndex = 0;
  return Math.min(runEnd, end);
}

/** scanToken a character at a time: for test/engine/fast-paths.test.ts. */
export function scanTokenByLoop(text: string, i: number, end: number): number {
  while (i < end && isTchar(text.charCodeAt(i))) i++;
  return i;
}

/** The value of exactly three digits at [i, i+3), or -1. */
export function threeDigits(text: string, i: number, end: number): number {
  if (i + 3 > end) return -1;
  const a = text.charCodeAt(i) - 0x30;
  const b = text.charCodeAt(i + 1) - 0x30;
  const c = text.charCodeAt(i + 2) - 0x30;
  if (a < 0 || a > 9 || b < 0 || b > 9 || c < 0 || c > 9) return -1;
  return a * 100 + b * 10 + c;
}

/**
 * `text.indexOf(needle, from)` for a needle whose first character is common in pastes (a space, an `e`). V8's
 * indexOf stops at each occurrence of a needle's first character, so over an example paste `' ms'` cost about
 * 190 ns and `'eyJ'` 125 ns, `'ms'` and `'yJ'` 80 and 30: this looks for the rest of the needle and then checks
 * the character before it (`lead` characters before it, for a needle whose first few are common: `source=` of
 * `source=http-debug`).
 */
export function indexOfByTail(text: string, needle: string, from = 0, lead = 1): number {
  if (lead !== 1) return new NextIndex(text, needle, lead).from(from);
  const head = needle.charCodeAt(0);
  const tail = needle.slice(1);
  for (let at = text.indexOf(tail, from + 1); at >= 0; at = text.indexOf(tail, at + 1)) {
    if (text.charCodeAt(at - 1) === head) return at - 1;
  }
  return -1;
}

/**
 * The next occurrence of a string at or after a position that only moves forward, for a pass over the
 * lines of a text: each `indexOf` starts where the last one was needed, so all queries together cost one
 * scan of the text, and a line without the string is rejected without looking at it.
 */
export class NextIndex {
  private at = -2;
  private readonly text: string;
  private readonly needle: string;
  /** The needle's first `lead` characters, checked where the rest is found (see the constructor). */
  private readonly head: string;
  private readonly lead: number;

  /**
   * `lead`: how many of the needle's first characters are common in pastes and so not searched for (V8's indexOf stops
   * at each occurrence of its needle's first character, see indexOfByTail): the rest is searched, then they are checked.
   */
  constructor(text: string, needle: string, lead = 0) {
    this.text = text;
    this.lead = lead;
    // Most needles have no lead: no slices made for them (a paste makes a dozen of these, a command a few more).
    this.head = lead === 0 ? '' : needle.slice(0, lead);
    this.needle = lead === 0 ? needle : needle.slice(lead);
  }

  /** Offset of the first occurrence at or after `from`, or -1. `from` must not decrease between calls. */
  from(from: number): number {
    if (this.at !== -1 && this.at < from)
      this.at = this.lead === 0 ? this.text.indexOf(this.needle, from) : this.byTail(from);
    return this.at;
  }

  private byTail(from: number): number {
    const lead = this.lead;
    for (let at = this.text.indexOf(this.needle, from + lead); at >= 0; at = this.text.indexOf(this.needle, at + 1)) {
      if (this.text.startsWith(this.head, at - lead)) return at - lead;
    }
    return -1;
  }

  /** Whether it occurs in [from, end). */
  within(from: number, end: number): boolean {
    const at = this.from(from);
    return at >= 0 && at < end;
  }
}
