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
