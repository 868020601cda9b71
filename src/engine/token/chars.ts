/** Character classes of JWT text, shared by the token finder, the normaliser and the redactor. */

/** A base64url character (RFC 4648 §5): what a JWT's segments are made of. */
export function isBase64url(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

/** A character of a compact JWT: base64url or the dot between segments. */
export function isJwtChar(c: number): boolean {
  return isBase64url(c) || c === 0x2e;
}
