import { looksRandom } from './far-rest.js';
import { isAsciiLetter, isDigit, isHexDigit, isSpaceOrTab } from './parse/http/chars.js';
import { randomPiece } from './wrap-neighbours.js';

/**
 * The rest of a quoted credential a wrap cut, in a log pasted newest first and flattened onto one line with single
 * blanks (a viewer's copy, `tac | tr '\n' ' '`): the quote opened on the head's line (`-H "X-API-Key: pt`,
 * `'Authorization': 'Bearer eyJhbGciOiJSU`, an Envoy access log's `"-" "Bearer `) and its rest, closing the quote, is a
 * word of the line before (`r_Kyo1Rck8evvRkq…HQA="`). No line break is left, and the head ends at a blank, not at the
 * paste's end, a date or a ` | ` (reversed-wrap-rest.ts reads those): the quote the head opens and does not close says
 * the wrap cut it, and the rest closes that quote without opening it. A quote of the one line beside the 401 showed the
 * rest (round fuzz30, gen30.mjs revflat/ and widen/…~revflat: fuzz26's and fuzz27's curl `-H "…"`, `--user '…'`, JSON
 * and SDK literals, Envoy's `%REQ(AUTHORIZATION)%`, requests' header repr: 41 of 298 and 60 of 198 on main).
 *
 * Read only in a paste of one line. The head: an opening quote after a credential's name (CREDENTIAL_WORDS within
 * NAME_REACH before it) or holding a scheme word or a header's name first, its value a run of a credential's characters,
 * possibly empty, ending at a blank. The rest: the nearest word before the quote, within REST_REACH, that follows a
 * blank, closes the same quote (a blank, `,`, `;`, `)`, `}`, `]` or the paste's end after it) and is random as key
 * material is (randomPiece), or hex with letters and digits; and the head itself when it is so. Each quote is read once,
 * its walks bounded: linear.
 */

/** The longest head, scheme and header name read inside the quote. */
const MAX_HEAD = 1400;
const MAX_SCHEME = 20;
const MAX_HEADER_NAME = 40;
/** How far before the quote a credential's name may stand (`'X-FIGMA-TOKEN': '`, `"clientSecret":"`). */
const NAME_REACH = 48;
/** How far before the quote the rest may end: the head's line and a few full lines of a long credential. */
const REST_REACH = 2048;
/** The shortest rest read: shorter, a word or a cut id. */
const MIN_REST = 8;
/** A head of letters alone this long or more whose case changes as no word's does (irregularCase) is key material. */
const MIN_LETTER_HEAD = 16;
/** The most backslashes a log's escaping puts before a quote. */
const MAX_BACKSLASHES = 3;
/** A hex rest this long or more (a 40-hex token's cut end); shorter hex is an id's piece. */
const MIN_HEX_REST = 16;
/** The most cut heads read, each with its walk back: a log repeats one. */
const MAX_HEADS = 16;
/** The most quotes looked at in one paste. */
const MAX_QUOTES = 20_000;

/** Words in a credential's name (lower-cased): a quote after one opens a credential. */
const CREDENTIAL_WORDS = ['auth', 'token', 'key', 'secret', 'pass', 'cred', 'session', 'user'];
/** Scheme words a quoted Authorization value starts with. */
const SCHEME_LIST = ['bearer', 'basic', 'token', 'bot', 'digest', 'apikey', 'sso-key'];
const SCHEMES: ReadonlySet<string> = new Set(SCHEME_LIST);
/** The shortest scheme's head a wrap may leave (`Bea`, `tok`): shorter is any word's start. */
const MIN_CUT_SCHEME = 3;

/** A character of a credential as sent: base64, base64url, and a pair's or a prefix's `:`, `.`, `@`, `~`. */
function isCredentialChar(c: number): boolean {
  return (
    isAsciiLetter(c) ||
    isDigit(c) ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2e ||
    c === 0x2b ||
    c === 0x2f ||
    c === 0x3d ||
    c === 0x7e ||
    c === 0x3a ||
    c === 0x40
  );
}

/** What may follow a closing quote. */
function closesAfter(c: number): boolean {
  return Number.isNaN(c) || isSpaceOrTab(c) || c === 0x2c || c === 0x3b || c === 0x29 || c === 0x7d || c === 0x5d;
}

/**
 * Where the head inside the quote opened at `q` ends (at a blank), or -1 when the quote holds no cut credential: it
 * closes first, or holds no scheme, header name or credential run, and no credential's name stands before it.
 */
function cutHeadEnd(text: string, lower: string, q: number): number {
  const quote = text.charCodeAt(q);
  let k = q + 1;
  let introduced = false;
  // A header's name and its colon inside the quote (`-H "X-API-Key: …`).
  let n = k;
  while (
    n < text.length &&
    n - k < MAX_HEADER_NAME &&
    (isAsciiLetter(text.charCodeAt(n)) || text.charCodeAt(n) === 0x2d || isDigit(text.charCodeAt(n)))
  )
    n++;
  if (n > k && text.charCodeAt(n) === 0x3a && text.charCodeAt(n + 1) === 0x20) {
    const name = text.slice(k, n).toLowerCase();
    if (!CREDENTIAL_WORDS.some((w) => name.includes(w))) return -1;
    introduced = true;
    k = n + 2;
  }
  // A scheme word and its blank.
  let s = k;
  while (s < text.length && s - k < MAX_SCHEME && (isAsciiLetter(text.charCodeAt(s)) || text.charCodeAt(s) === 0x2d))
    s++;
  if (s > k && text.charCodeAt(s) === 0x20) {
    const word = lower.slice(k, s);
    if (SCHEMES.has(word)) {
      introduced = true;
      k = s + 1;
    } else if (s - k >= MIN_CUT_SCHEME && SCHEME_LIST.some((scheme) => scheme.startsWith(word))) {
      // The wrap cut the scheme itself (`"toke`): the credential is all on the next line.
      return s;
    }
  }
  if (!introduced && !namedBefore(lower, q)) return -1;
  let e = k;
  const limit = Math.min(text.length, k + MAX_HEAD);
  while (e < limit && isCredentialChar(text.charCodeAt(e))) e++;
  // The paste's end or a blank: the join. An empty head is the scheme's or the name's alone: the whole credential went
  // to the next line.
  const c = text.charCodeAt(e);
  if (c === quote) return -1;
  if (e === k && k > q + 1 && isSpaceOrTab(text.charCodeAt(k - 1))) return e;
  if (!(Number.isNaN(c) || isSpaceOrTab(c))) return -1;
  // After a name alone, the head is key material or nothing: `"user": "alice smith"`, `"password": "correct horse …"`
  // are a value's words, not a cut credential.
  return introduced || e === k || randomPiece(text, k, e) ? e : -1;
}

/** Whether a credential's name ends within NAME_REACH before the quote at `q` (`lower` folded, same offsets). */
function namedBefore(lower: string, q: number): boolean {
  const from = Math.max(0, q - NAME_REACH);
  const before = lower.slice(from, q);
  return CREDENTIAL_WORDS.some((w) => before.includes(w));
}

/** The rest, before the quote at `q`, that closes it, and the full lines of the credential between them; or none. */
function restBefore(text: string, q: number): string[] {
  const quote = text.charCodeAt(q);
  const floor = Math.max(0, q - REST_REACH);
  for (
    let b = text.lastIndexOf(quote === 0x22 ? '"' : "'", q - 1);
    b > floor;
    b = text.lastIndexOf(quote === 0x22 ? '"' : "'", b - 1)
  ) {
    if (!closesAfter(text.charCodeAt(b + 1))) continue;
    // A JSON string's escaped quote (`…ITFES\",` in a log's serialised headers) closes it as well.
    let e = b;
    while (e > floor && b - e < MAX_BACKSLASHES && text.charCodeAt(e - 1) === 0x5c) e--;
    let a = e;
    while (a > floor && isCredentialChar(text.charCodeAt(a - 1))) a--;
    if (e - a < MIN_REST || (a > 0 && !isSpaceOrTab(text.charCodeAt(a - 1)))) continue;
    if (!keyLike(text, a, e)) continue;
    const lines: string[] = [];
    const headLine = linesBetween(text, b + 1, q, lines);
    // The head's line is one line's width at most: a random word further from the quote is another line's.
    return q - headLine <= MAX_HEAD_LINE ? [text.slice(a, e), ...lines] : [];
  }
  return [];
}

/** The longest head's line read before its quote: a terminal's or a viewer's width. */
const MAX_HEAD_LINE = 256;
/** The shortest full line of a credential read between its rest and its head: a wrap's width is longer. */
const MIN_LINE = 16;

/**
 * Appends to `lines` the runs after the rest's closing quote (from `from`) up to the head's quote `q`, each one of the
 * credential's full lines, random as key material is: a JWT's or a long key's middle lines (`<rest>" <line> <line>
 * <head's line>`). Returns where the head's line starts, at the latest.
 */
function linesBetween(text: string, from: number, q: number, lines: string[]): number {
  let k = from;
  while (k < q && closesAfter(text.charCodeAt(k)) && !Number.isNaN(text.charCodeAt(k))) k++;
  for (;;) {
    let e = k;
    while (e < q && isCredentialChar(text.charCodeAt(e))) e++;
    if (e - k < MIN_LINE || e >= q || !isSpaceOrTab(text.charCodeAt(e)) || !looksRandom(text, k, e)) return k;
    lines.push(text.slice(k, e));
    k = e;
    while (k < q && isSpaceOrTab(text.charCodeAt(k))) k++;
  }
}

/** Whether text[a, b) is random as key material is (randomPiece, with a digit), or hex of MIN_HEX_REST with both. */
function keyLike(text: string, a: number, b: number): boolean {
  return (randomPiece(text, a, b) && looksRandom(text, a, b)) || (b - a >= MIN_HEX_REST && hexWithDigits(text, a, b));
}

function hexWithDigits(text: string, a: number, b: number): boolean {
  let letter = false;
  let digit = false;
  for (let i = a; i < b; i++) {
    const c = text.charCodeAt(i);
    if (!isHexDigit(c)) return false;
    if (isDigit(c)) digit = true;
    else letter = true;
  }
  return letter && digit;
}

/** The rests of quoted credentials a wrap cut in a one-line paste (`lower` folded, same offsets), distinct. */
export function quotedWrapRestsIn(text: string, lower: string): string[] {
  if (text.includes('\n')) return [];
  const out: string[] = [];
  let seen = 0;
  let heads = 0;
  for (const mark of ['"', "'"]) {
    for (let q = text.indexOf(mark); q >= 0 && heads < MAX_HEADS && seen < MAX_QUOTES; q = text.indexOf(mark, q + 1)) {
      seen++;
      const c = text.charCodeAt(q + 1);
      if (!isCredentialChar(c) && c !== 0x20) continue;
      const headEnd = cutHeadEnd(text, lower, q);
      if (headEnd < 0) continue;
      heads++;
      // The head itself, when it is key material and no JWT's (the token readers know those): a Basic pair's base64 cut
      // short, an etcd token cut before its index.
      let h = headEnd;
      while (h > q + 1 && isCredentialChar(text.charCodeAt(h - 1))) h--;
      const random = keyLike(text, h, headEnd) || (headEnd - h >= MIN_LETTER_HEAD && randomPiece(text, h, headEnd));
      if (headEnd - h >= MIN_REST && !text.startsWith('eyJ', h) && random) {
        const head = text.slice(h, headEnd);
        if (!out.includes(head)) out.push(head);
      }
      for (const rest of restBefore(text, q)) if (!out.includes(rest)) out.push(rest);
    }
  }
  return out;
}
