import { looksLikeCredential, MAX_VALUE, MAX_VALUES } from './cli-set-values.js';

/**
 * A password under the short name `pass` in a settings file: rclone's config writes each remote's password as `pass = …`
 * (a webdav remote's `user = alice` then `pass = <obscured>`; "In the rclone config file, human-readable passwords are
 * obscured … This is not a secure way of encrypting these passwords as rclone can decrypt them", rclone.org/commands/
 * rclone_obscure), and a Nextcloud app password pasted with it is the account's key. `pass` is no name the named-value
 * readers know (secrets.ts SECRET_NAMES: as a word it passes tests and values), and a flattened config quoted beside its
 * 401 showed it (round fuzz26, gen26.mjs shape nc-rclone: 2 in 24, one line joined by ` | `).
 *
 * Only `pass` as a whole name (after a line's start, a blank, `|`, `,`, `{` or a quote, not inside `bypass` or
 * `passport`), then `=` or `:` and a value that looks random (cli-set-values.ts looksLikeCredential: a word, a variable,
 * a path or a mask is none). Gated by one search for `pass`; each value read once, MAX_VALUE at most: linear.
 */
const NAME = 'pass';
/** The most blanks between the name and its separator, or the separator and the value (`pass     = …` aligned). */
const MAX_GAP = 8;

function isBlank(c: number): boolean {
  return c === 0x20 || c === 0x09;
}

/** What may stand before the name: the line's start, a blank, a list's bar, a comma, a brace or a quote. */
function startsName(text: string, at: number): boolean {
  if (at === 0) return true;
  const c = text.charCodeAt(at - 1);
  return c === 0x0a || c === 0x0d || isBlank(c) || c === 0x7c || c === 0x2c || c === 0x7b || c === 0x22 || c === 0x27;
}

/** A character of the value: not a blank, a line break, a quote, a backslash, `,`, `;`, `&` or a bracket. */
function isValueChar(c: number): boolean {
  return (
    c > 0x20 &&
    c !== 0x22 &&
    c !== 0x27 &&
    c !== 0x60 &&
    c !== 0x5c &&
    c !== 0x2c &&
    c !== 0x3b &&
    c !== 0x26 &&
    c !== 0x7d &&
    c !== 0x5d
  );
}

/** The most backslashes a log's escaping puts before a quote. */
const MAX_ESCAPES = 3;

/** Past a quote at `k`, escaped or not; `k` when none. */
function pastQuote(text: string, k: number): number {
  let q = k;
  while (q - k < MAX_ESCAPES && text.charCodeAt(q) === 0x5c) q++;
  const c = text.charCodeAt(q);
  return c === 0x22 || c === 0x27 ? q + 1 : k;
}

export function passSettingValuesIn(text: string): string[] {
  const out: string[] = [];
  // A `pass` inside a value already read is part of it (`pass=pass=…`): skipped, so each character is read once.
  let readTo = 0;
  for (let at = text.indexOf(NAME); at >= 0 && out.length < MAX_VALUES; at = text.indexOf(NAME, at + NAME.length)) {
    if (at < readTo || !startsName(text, at)) continue;
    let k = at + NAME.length;
    // A quoted key (`"pass": "…"`, `\"pass\":` inside a JSON log's string) closes its quote before the separator.
    k = pastQuote(text, k);
    for (let n = 0; n < MAX_GAP && isBlank(text.charCodeAt(k)); n++) k++;
    const sep = text.charCodeAt(k);
    if (sep !== 0x3d && sep !== 0x3a) continue;
    k++;
    for (let n = 0; n < MAX_GAP && isBlank(text.charCodeAt(k)); n++) k++;
    k = pastQuote(text, k);
    let e = k;
    while (e < text.length && e - k < MAX_VALUE && isValueChar(text.charCodeAt(e))) e++;
    readTo = e;
    const value = text.slice(k, e);
    if (looksLikeCredential(value)) out.push(value);
  }
  return out;
}
