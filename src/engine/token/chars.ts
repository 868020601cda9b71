/** Character classes of JWT text, shared by the token finder, the normaliser and the redactor. */

/**
 * 1 for each base64url character code below 128. One load and a bound check, where the five range
 * comparisons it replaced branched unpredictably on prose: the redactor's run scan (pieces.ts), which
 * reads every character of a report's strings, took about half the time with it.
 */
const BASE64URL = new Uint8Array(128);
for (let c = 0; c < 128; c++)
  BASE64URL[c] =
    (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f
      ? 1
      : 0;

/** A base64url character (RFC 4648 §5): what a JWT's segments are made of. */
export function isBase64url(c: number): boolean {
  return c < 128 && BASE64URL[c] === 1;
}

/** The end of the run of base64url characters that starts at `from` (`from` itself when none does). */
export function base64urlRunEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isBase64url(text.charCodeAt(i))) i++;
  return i;
}

/**
 * The start of the first run of `min` or more base64url characters in `text` from `from`, or -1 (its end:
 * base64urlRunEnd). It reads one character in `min`, not each: a run of `min` or more that starts in [lo, probe] holds
 * `probe`, so where that is no base64url character none starts there; where it is, the run around it (not before lo)
 * is the only one that can. Runs are still found left to right. Most of what a report's strings hold is prose, whose
 * words end long before: the redactor's piece scan (pieces.ts) and the last line of defence (key-material.ts) read a
 * report this way, where a regex tried at every character cost several times more. `from` is 0 or follows a character
 * that is no base64url one (a run found before ended there), so no run is cut at `from`.
 */
export function nextLongBase64urlRun(text: string, from: number, min: number): number {
  const n = text.length;
  for (let lo = from; lo + min <= n; ) {
    const probe = lo + min - 1;
    if (!isBase64url(text.charCodeAt(probe))) {
      lo = probe + 1;
      continue;
    }
    let start = probe;
    while (start > lo && isBase64url(text.charCodeAt(start - 1))) start--;
    const end = base64urlRunEnd(text, probe + 1);
    if (end - start >= min) return start;
    // text[end] is no base64url character (or the end of text).
    lo = end + 1;
  }
  return -1;
}

/** A character of base64 or base64url, padding included: a credential encoded either way (RFC 4648 §4, §5). */
export function isBase64Either(c: number): boolean {
  return isBase64url(c) || c === 0x2b || c === 0x2f || c === 0x3d;
}

/** A character of a compact JWT: base64url or the dot between segments. */
export function isJwtChar(c: number): boolean {
  return isBase64url(c) || c === 0x2e;
}

/**
 * `text.indexOf('eyJ', from)` (the base64url of `{"`, how a token starts), found from each `yJ`: `indexOf('eyJ')` stops
 * at every `e`, the commonest letter of a paste, and `y` is several times rarer (the search over a paste took ~0.25
 * µs, ~0.12 so). Every search for a token's start goes through it.
 */
export function indexOfEyJ(text: string, from = 0): number {
  for (let y = text.indexOf('yJ', from + 1); y >= 0; y = text.indexOf('yJ', y + 1)) {
    if (text.charCodeAt(y - 1) === 0x65 /* e */) return y - 1;
  }
  return -1;
}
