/**
 * RFC 9110 field syntax on one line: `token ":" OWS value OWS`, the tab-separated `Name<TAB>value` of
 * Postman/Insomnia tables, and the lone name line of Chrome's two-line copy.
 */
import { isAsciiLetter, scanToken, skipBlanks } from './chars.js';

/** Where the parts of a field line are; reused between lines so parsing allocates nothing. */
export interface FieldSyntax {
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/** End of the name at p: a token starting with a letter, optionally behind one ':' (`:authority`), or -1. */
function nameEnd(text: string, p: number, end: number): number {
  const i = text.charCodeAt(p) === 0x3a ? p + 1 : p;
  if (i >= end || !isAsciiLetter(text.charCodeAt(i))) return -1;
  return scanToken(text, i, end);
}

/**
 * `Name: value` on [p, end) (end already trimmed). A name starting with a digit (`14:10:00`) or a value
 * starting with `//` (`https://…`) is not a field.
 */
export function parseColonField(text: string, p: number, end: number, out: FieldSyntax): boolean {
  const ne = nameEnd(text, p, end);
  if (ne < 0 || ne >= end || text.charCodeAt(ne) !== 0x3a) return false;
  if (text.charCodeAt(ne + 1) === 0x2f && text.charCodeAt(ne + 2) === 0x2f) return false;
  out.nameEnd = ne;
  out.valueStart = skipBlanks(text, ne + 1, end);
  out.valueEnd = end;
  return true;
}

/** `Name<TAB>value` with a non-empty value. */
export function parseTabField(text: string, p: number, end: number, out: FieldSyntax): boolean {
  const ne = nameEnd(text, p, end);
  if (ne < 0 || ne >= end || text.charCodeAt(ne) !== 0x09) return false;
  const v = skipBlanks(text, ne, end);
  if (v >= end) return false;
  out.nameEnd = ne;
  out.valueStart = v;
  out.valueEnd = end;
  return true;
}

/** The whole of [p, end) is one name (`authorization`, `:authority`) or a name and a colon: the -1 when not. */
export function bareNameEnd(text: string, p: number, end: number): number {
  const ne = nameEnd(text, p, end);
  if (ne === end) return ne;
  if (ne > 0 && ne + 1 === end && text.charCodeAt(ne) === 0x3a) return ne;
  return -1;
}
