/**
 * RFC 9110 field syntax on one line: `token ":" OWS value OWS`, the tab-separated `Name<TAB>value` of
 * Postman/Insomnia tables, old Postman's `Name →value`, and the lone name line of Chrome's two-line copy.
 */
import { isAsciiLetter, isDigit, isTchar, scanToken, skipBlanks } from './chars.js';

/** Where the parts of a field line are; reused between lines so parsing allocates nothing. */
export interface FieldSyntax {
  nameStart: number;
  nameEnd: number;
  valueStart: number;
  valueEnd: number;
}

/**
 * End of the name at p: a token starting with a letter, optionally behind one ':' (`:authority`), or -1.
 * The parsers below take it as `ne` when the caller knows it: the line scanner finds it once per line and
 * hands it to every reader that asks, since a JWT alone on its line (all tchars) is a name to its end, and
 * walking it once per parser was most of the scan of a token-only paste.
 */
export function nameEnd(text: string, p: number, end: number): number {
  const i = text.charCodeAt(p) === 0x3a ? p + 1 : p;
  if (i >= end || !isAsciiLetter(text.charCodeAt(i))) return -1;
  return scanToken(text, i, end);
}

/**
 * `Name: value` on [p, end) (end already trimmed). A name starting with a digit (`14:10:00`) or a value
 * starting with `//` (`https://…`) is not a field.
 */
export function parseColonField(
  text: string,
  p: number,
  end: number,
  out: FieldSyntax,
  ne = nameEnd(text, p, end),
): boolean {
  if (ne < 0 || ne >= end || text.charCodeAt(ne) !== 0x3a) return false;
  // Reads stay inside the text, here and below: one past its end deoptimises the reader for good (round 28).
  if (ne + 2 < text.length && text.charCodeAt(ne + 1) === 0x2f && text.charCodeAt(ne + 2) === 0x2f) return false;
  return fill(out, p, ne, skipBlanks(text, ne + 1, end), end);
}

/** The field's spans, written into the caller's record (one record reused per line: no allocation). */
function fill(out: FieldSyntax, nameStart: number, nameEnd: number, valueStart: number, valueEnd: number): true {
  out.nameStart = nameStart;
  out.nameEnd = nameEnd;
  out.valueStart = valueStart;
  out.valueEnd = valueEnd;
  return true;
}

/** `Name<TAB>value` with a non-empty value. */
export function parseTabField(
  text: string,
  p: number,
  end: number,
  out: FieldSyntax,
  ne = nameEnd(text, p, end),
): boolean {
  if (ne < 0 || ne >= end || text.charCodeAt(ne) !== 0x09) return false;
  const v = skipBlanks(text, ne, end);
  if (v >= end) return false;
  return fill(out, p, ne, v, end);
}

/**
 * `Name →value`: how Postman's old (Chrome app) response pane copied its headers, still pasted from answers and
 * vendor docs (Microsoft Learn's Exchange hybrid Modern Authentication page shows `Date →Mon, 29 Jan 2018 …` and
 * `WWW-Authenticate →Bearer client_id=…`; OfficeDocs-Exchange, outlook-for-ios-and-android-in-hybrid.md). At most
 * one blank each side of the arrow.
 */
export function parseArrowField(
  text: string,
  p: number,
  end: number,
  out: FieldSyntax,
  ne = nameEnd(text, p, end),
): boolean {
  if (ne < 0 || ne >= end) return false;
  let a = ne;
  if (text.charCodeAt(a) === 0x20) a++;
  if (a >= end || text.charCodeAt(a) !== 0x2192) return false;
  const v = text.charCodeAt(a + 1) === 0x20 ? a + 2 : a + 1;
  if (v >= end) return false;
  return fill(out, p, ne, v, end);
}

/** The whole of [p, end) is one name (`authorization`, `:authority`) or a name and a colon: the -1 when not. */
export function bareNameEnd(text: string, p: number, end: number, ne = nameEnd(text, p, end)): number {
  if (ne === end) return ne;
  if (ne > 0 && ne + 1 === end && text.charCodeAt(ne) === 0x3a) return ne;
  return -1;
}

/**
 * One entry of an object literal as programs print headers: `authorization: 'Bearer …',`
 * (Node's util.inspect), `'user-agent': 'curl/8.5.0',`, `"Accept": "application/json",` (JSON that did
 * not parse, with its trailing comma). The value is what is inside its quotes. In a PowerShell hashtable
 * (`hashtable`) the name and value are joined by `=` and an entry may end with `;` (`"accept"="*\/*"`,
 * `Authorization = "Bearer …";`).
 */
export function parseObjectEntry(
  text: string,
  p: number,
  end: number,
  out: FieldSyntax,
  hashtable = false,
  ne?: number,
): boolean {
  let i = p;
  const q = text.charCodeAt(i);
  if (q === 0x27 || q === 0x22) {
    out.nameStart = i + 1;
    let close = i + 1;
    while (close < end && text.charCodeAt(close) !== q && isTchar(text.charCodeAt(close))) close++;
    if (close === i + 1 || close >= text.length || text.charCodeAt(close) !== q) return false;
    out.nameEnd = close;
    i = close + 1;
  } else {
    const name = ne ?? nameEnd(text, p, end);
    if (name < 0) return false;
    out.nameStart = p;
    out.nameEnd = name;
    i = name;
  }
  i = skipBlanks(text, i, end);
  if (i >= text.length || text.charCodeAt(i) !== (hashtable ? 0x3d : 0x3a)) return false;
  const v = skipBlanks(text, i + 1, end);
  const vq = text.charCodeAt(v);
  // `"Authorization" = $authHeader`, `$env:TOKEN`: a hashtable entry whose value is a variable, as unexpanded as
  // curl's `-H "Authorization: $AUTH"`.
  if (hashtable && vq === 0x24 /* $ */) return variableValue(text, v, end, out);
  if (vq !== 0x27 && vq !== 0x22 && (vq !== 0x60 || hashtable)) return false;
  let e = end;
  if (text.charCodeAt(e - 1) === (hashtable ? 0x3b : 0x2c)) e--;
  if (e - 1 <= v || text.charCodeAt(e - 1) !== vq) return false;
  out.valueStart = v + 1;
  out.valueEnd = e - 1;
  return true;
}

/** `$name`, `$env:NAME` (then an optional `;`) from v to the end of the line: the entry's value. */
function variableValue(text: string, v: number, end: number, out: FieldSyntax): boolean {
  let e = end;
  if (text.charCodeAt(e - 1) === 0x3b) e--;
  let k = v + 1;
  while (
    k < e &&
    (isAsciiLetter(text.charCodeAt(k)) ||
      isDigit(text.charCodeAt(k)) ||
      text.charCodeAt(k) === 0x5f ||
      text.charCodeAt(k) === 0x3a)
  )
    k++;
  if (k !== e || k === v + 1) return false;
  out.valueStart = v;
  out.valueEnd = e;
  return true;
}
