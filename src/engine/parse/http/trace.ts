/**
 * curl -v (and Insomnia's timeline): `> ` lines are the request as sent, `< ` lines the response's
 * status line and fields. A `> ` line that does not follow a request line is a quote marker (Slack,
 * e-mail) and the rest of it an ordinary line.
 */
import { isBlankChar, skipBlanks } from './chars.js';
import { setKind } from './collect.js';
import { readTraceField } from './field-lines.js';
import { parseColonField } from './fields.js';
import { readRequestLine } from './message-lines.js';
import type { ScanState } from './state.js';
import { readStatusLine } from './status.js';

/** Offset after a `<`/`>` marker at p and its space (end for a bare marker). */
export function afterMarker(p: number, end: number): number {
  return p + 1 === end ? end : p + 2;
}

/** A `< ` line; returns the line, or -1 when it is text (read from after the marker). */
export function readResponseTrace(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  s.curlRequest = false;
  const rest = afterMarker(p, end);
  if (rest >= end) {
    setKind(s.c, li, 'blank');
    s.reset(true);
    return li;
  }
  const r = skipBlanks(text, rest, end);
  if (s.folds(li, 'curl-verbose', r - rest)) return s.fold(li, r, end);
  if (readStatusLine(s.c, r, end, li)) {
    s.c.curlVerbose = true;
    setKind(s.c, li, 'status');
    s.openBlock('response', true, true);
    return li;
  }
  if (!parseColonField(text, r, end, s.syntax)) return -1;
  s.c.curlVerbose = true;
  return readTraceField(s, li, r, end, 'response');
}

/** A `> ` line; returns the line, or -1 when it is a quote marker (the rest is read as an ordinary line). */
export function readRequestTrace(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  const rest = afterMarker(p, end);
  const r = skipBlanks(text, rest, end);
  if (rest < end && readRequestLine(s, li, r, end)) {
    s.curlRequest = true;
    s.c.curlVerbose = true;
    s.openBlock('request', true, true);
    return li;
  }
  if (!s.curlRequest) return -1;
  if (rest >= end) {
    setKind(s.c, li, 'blank');
    s.curlRequest = false;
    s.reset(true);
    return li;
  }
  if (isBlankChar(text.charCodeAt(rest)) && s.folds(li, 'curl-verbose', r - rest)) return s.fold(li, r, end);
  if (parseColonField(text, r, end, s.syntax)) return readTraceField(s, li, r, end, 'request');
  s.curlRequest = false;
  return -1;
}
