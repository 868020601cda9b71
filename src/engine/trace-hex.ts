import { hexDigitValue } from './parse/http/chars.js';

/**
 * A line of curl --trace's dump (its hex form; --trace-ascii's is text): after the offset, each of up to 16 bytes as
 * `%02x ` (three spaces where the last line runs short), then the same bytes as text, a `.` for each byte outside
 * 0x20-0x7f (curl's tool_cb_dbg.c `dump()` without `nohex`, width 0x10). The text column cuts a token into 16-character
 * pieces and turns CRLF into `..`, so the bytes are read from the hex instead: exactly, with the text column checked
 * against them so that no other line is taken for one.
 */

/** Bytes a line of the hex dump holds at most. */
const HEX_WIDTH = 16;

/** The bytes a hex dump line's content (after `0000: `) holds, or null when it is no such line. */
export function hexTraceBytes(content: string): number[] | null {
  if (content.length < 4 || content.length > 4 * HEX_WIDTH) return null;
  const bytes: number[] = [];
  let i = 0;
  while (bytes.length < HEX_WIDTH) {
    const hi = hexDigitValue(content.charCodeAt(i));
    const lo = hexDigitValue(content.charCodeAt(i + 1));
    if (hi < 0 || lo < 0 || content.charCodeAt(i + 2) !== 0x20) break;
    bytes.push(hi * 16 + lo);
    i += 3;
  }
  if (bytes.length === 0) return null;
  // A short last line is padded to the full hex column.
  const column = 3 * HEX_WIDTH;
  for (; i < column; i++) if (content.charCodeAt(i) !== 0x20) return null;
  if (content.length !== column + bytes.length) return null;
  for (let k = 0; k < bytes.length; k++) {
    const b = bytes[k] as number;
    const shown = b >= 0x20 && b < 0x80 ? b : 0x2e;
    if (content.charCodeAt(column + k) !== shown) return null;
  }
  return bytes;
}

const UTF8 = new TextDecoder('utf-8');

/** A record's bytes as its lines, split at CRLF (or LF); the last piece only when the record does not end a line. */
export function traceRecordLines(bytes: readonly number[]): string[] {
  const lines = UTF8.decode(Uint8Array.from(bytes)).split('\n');
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
}
