/** The most blanks or quote markers (`>`) a wrapped line starts with. */
const MAX_INDENT = 8;

/**
 * The end of a line break at `p` inside a wrapped credential, and the next line's indent: a real break, or a JSON
 * string's escaped `\n` or `\r\n`, escaped again in a log shipper's JSON line (up to three backslashes); `p` when none.
 * Shared by the readers that join a wrapped key's pieces by its shape (adyen-api-keys.ts, sentry-org-tokens.ts).
 */
export function wrappedBreakEnd(text: string, p: number): number {
  let k = p;
  if (text.charCodeAt(k) === 0x0d) k++;
  if (text.charCodeAt(k) === 0x0a) k++;
  else {
    let b = k;
    while (b < k + 3 && text.charCodeAt(b) === 0x5c) b++;
    if (b === k) return p;
    if (text.charCodeAt(b) === 0x72) {
      b++;
      while (b < k + 7 && text.charCodeAt(b) === 0x5c) b++;
    }
    if (text.charCodeAt(b) !== 0x6e) return p;
    k = b + 1;
  }
  for (let n = 0; n < MAX_INDENT; n++) {
    const c = text.charCodeAt(k);
    if (c !== 0x20 && c !== 0x09 && c !== 0x3e) break;
    k++;
  }
  return k;
}
