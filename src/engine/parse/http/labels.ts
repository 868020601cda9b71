/**
 * Section labels ("Request Headers", "Response:", "リクエスト ヘッダー") that set the side of the
 * fields under them, a label in front of a status line (`Response: HTTP/1.1 401`), and the browser's
 * "General" entries (`Request URL: …`, `Status Code: 403`), on one line or on two.
 */
import { skipBlanks, startsWithCI, trimBlanksEnd } from './chars.js';
import { addStatus, noteMethod, noteRequestLine, noteUrl, setKind } from './collect.js';
import { readRequestLine } from './message-lines.js';
import type { ScanState } from './state.js';
import { codeAtValueStart, matchReason, readStatusLine } from './status.js';
import {
  type GeneralKey,
  generalKeyOf,
  MAX_LABEL_LENGTH,
  mayStartLabel,
  normaliseLabel,
  type SectionKind,
  sectionOf,
} from './vocabulary.js';

/** Reads a label line at `li`; returns the last line consumed, or -1 when it is not one. */
export function readLabel(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  const colon = s.colonWithin(p, Math.min(end, p + MAX_LABEL_LENGTH));
  if (colon >= 0 && colon + 1 < end) return readLabelWithValue(s, li, p, colon, end);
  // No colon, or only a trailing one: the whole line may be a label.
  if (end - p > MAX_LABEL_LENGTH || !mayStartLabel(text, p, end)) return -1;
  const label = normaliseLabel(text, p, end);
  const section = sectionOf(label);
  if (section !== undefined) {
    setKind(s.c, li, 'label');
    enterSection(s, section);
    return li;
  }
  const key = generalKeyOf(label);
  const next = s.c.lines[li + 1];
  if (key === undefined || next === undefined) return -1;
  const vs = skipBlanks(text, next.start, next.end);
  const ve = trimBlanksEnd(text, vs, next.end);
  return vs === ve ? -1 : readGeneralEntry(s, li, li + 1, key, vs, ve);
}

/** `Request URL: https://…`, `Response: HTTP/1.1 401 Unauthorized`. */
function readLabelWithValue(s: ScanState, li: number, p: number, colon: number, end: number): number {
  const text = s.text;
  if (colon === p) return -1;
  const v = skipBlanks(text, colon + 1, end);
  // Labels have spaces or are Japanese; header names have neither.
  if (!hasBlankOrWide(text, p, colon) && !startsWithCI(text, v, end, 'http/')) return -1;
  if (!mayStartLabel(text, p, colon)) return -1;
  const label = normaliseLabel(text, p, colon);
  const key = generalKeyOf(label);
  if (key !== undefined) return readGeneralEntry(s, li, li, key, v, end);
  const section = sectionOf(label);
  if (section === 'response' && readStatusLine(s.c, v, end, li)) {
    setKind(s.c, li, 'status');
    s.openBlock('response', true, true);
    return li;
  }
  if (section === 'request' && readRequestLine(s, li, v, end)) {
    s.openBlock('request', true, true);
    return li;
  }
  return -1;
}

function enterSection(s: ScanState, kind: SectionKind): void {
  if (kind === 'filler') return;
  if (kind === 'request' || kind === 'response') s.openBlock(kind, true, false);
  else if (kind === 'headers') s.openBlock(null, false, false);
  else s.reset(kind === 'body');
}

/** One "General" entry whose label is on `labelLine` and value at [v, end) on `valueLine`. */
function readGeneralEntry(
  s: ScanState,
  labelLine: number,
  valueLine: number,
  key: GeneralKey,
  v: number,
  end: number,
): number {
  const text = s.text;
  setKind(s.c, labelLine, 'label');
  setKind(s.c, valueLine, 'label');
  if (key === 'url') {
    noteRequestLine(s.c, labelLine);
    noteUrl(s.c, text.slice(v, end), v);
  } else if (key === 'method') noteMethod(s.c, text.slice(v, end).toUpperCase(), v);
  else if (key === 'status') {
    const code = codeAtValueStart(text, v, end);
    if (code >= 0) {
      const reasonStart = skipBlanks(text, v + 3, end);
      const reasonEnd = matchReason(text, reasonStart, end);
      const reason = reasonEnd >= 0 ? text.slice(reasonStart, reasonEnd) : null;
      addStatus(s.c, code, reason, 'labelled', v, reasonEnd >= 0 ? reasonEnd : v + 3, valueLine);
      setKind(s.c, valueLine, 'status');
    }
  }
  return valueLine;
}

function hasBlankOrWide(text: string, p: number, end: number): boolean {
  for (let i = p; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch > 0x7f) return true;
  }
  return false;
}
