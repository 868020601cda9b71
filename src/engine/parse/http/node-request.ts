/**
 * Node's ClientRequest as util.inspect prints it inside an axios or got error (`console.log(err)`): its `_header` is the
 * request as sent, a string util.inspect breaks after each `\r\n`, one `'…\r\n' +` line a field, `'\r\n',` its end:
 *
 *     _header: 'GET /v1/orders HTTP/1.1\r\n' +
 *       'Accept: application/json, text/plain, *\/*\r\n' +
 *       'Authorization: Bearer …\r\n' +
 *       '\r\n',
 *
 * (captures: find_string ids 67136591255, 36625346248, 41730535669, 43201146154; yesmeck/waque#10). Node before 12
 * printed the string on one line, its line ends written out (id 22243955141). Either way every line is the request's,
 * so a dump without Authorization shows a request sent without one. The paste holds one only when CLIENT_LOG_MARKERS
 * finds its `_header: '`.
 */
import { setKind } from './collect.js';
import { parseColonField } from './fields.js';
import { readRequestLine } from './message-lines.js';
import type { ScanState } from './state.js';
import { readPrintedRequest } from './wire-log.js';

/** What the dump's first line starts with. */
export const NODE_HEADER = "_header: '";

/** The line end as util.inspect writes it inside a string, and the quote that closes each piece. */
const PIECE_END = "\\r\\n'";

/**
 * Where the quoted piece on [p, end) ends (its closing quote's offset), after the ` +` that joins it to the next
 * piece or the `,` after the last, or -1 when the line is no such piece.
 */
function pieceEnd(text: string, p: number, end: number): number {
  let e = end;
  if (text.charCodeAt(e - 1) === 0x2c /* , */) e--;
  else if (text.charCodeAt(e - 1) === 0x2b /* + */ && text.charCodeAt(e - 2) === 0x20) e -= 2;
  return e - 1 > p && text.charCodeAt(e - 1) === 0x27 ? e - 1 : -1;
}

/**
 * The dump's first line, `_header: '<request line>\r\n' +` at p: its request line, the fields on the lines after it;
 * or Node's older one-line form, the whole request. Returns the line, or -1 when it holds no request line.
 */
export function readNodeHeaderStart(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  const from = p + NODE_HEADER.length;
  const close = pieceEnd(text, from, end);
  if (close < 0) return -1;
  if (!text.endsWith(PIECE_END, close + 1) || text.indexOf('\\r\\n', from) < close - 4) {
    // Node < 12: `'GET / HTTP/1.1\r\nAccept: …\r\n\r\n'` on one line.
    return readPrintedRequest(s, li, from, close, undoInspect);
  }
  if (!readRequestLine(s, li, from, close - 4)) return -1;
  s.openBlock('request', true, true);
  s.nodeHeader = true;
  return li;
}

/**
 * A piece of the dump after its first line, `'Name: value\r\n' +`: a field of the request; `'\r\n',` ends it.
 * Returns the line, or -1 when it is no piece (the dump is over).
 */
export function readNodeHeaderLine(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  const close = pieceEnd(text, p + 1, end);
  if (close < 0 || !text.endsWith(PIECE_END, close + 1)) {
    s.nodeHeader = false;
    return -1;
  }
  const stop = close - 4;
  if (stop === p + 1) {
    setKind(s.c, li, 'blank');
    s.nodeHeader = false;
    s.reset(false);
    return li;
  }
  if (!parseColonField(text, p + 1, stop, s.syntax)) {
    s.nodeHeader = false;
    return -1;
  }
  const { nameEnd, valueStart } = s.syntax;
  const raw = text.slice(valueStart, stop).trim();
  s.pushField({
    li,
    name: text.slice(p + 1, nameEnd).toLowerCase(),
    known: 'request',
    form: 'raw',
    start: p + 1,
    end: stop,
    valueStart,
    valueEnd: stop,
    value: raw.indexOf('\\') >= 0 ? undoInspect(raw) : raw,
  });
  return li;
}

/** util.inspect's escapes in a single-quoted string that a header value may hold: `\'` and `\\`. */
function undoInspect(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charAt(i);
    const next = value.charAt(i + 1);
    if (ch === '\\' && (next === "'" || next === '\\')) {
      out += next;
      i++;
    } else out += ch;
  }
  return out;
}
