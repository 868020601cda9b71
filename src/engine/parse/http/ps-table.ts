/**
 * PowerShell's table of a headers dictionary (`$r.Headers`, `$_.Exception.Response.Headers`):
 *
 *   Key              Value
 *   ---              -----
 *   WWW-Authenticate {Bearer error="invalid_token"}
 *   Content-Length   {0}
 *
 * A `Key`/`Name` and `Value` heading over dashes, then one `Name<blanks>value` row a line until a
 * blank line. PowerShell 7 prints each value as the list it is, in braces; those are removed.
 */
import { skipBlanks, startsWithCI, trimBlanksEnd } from './chars.js';
import { setKind } from './collect.js';
import { knownHeaderSide } from './names.js';
import type { ScanState } from './state.js';

/** `Key   Value` or `Name   Value` on [p, end). */
function isHeading(text: string, p: number, end: number): boolean {
  const first = startsWithCI(text, p, end, 'key') ? 3 : startsWithCI(text, p, end, 'name') ? 4 : 0;
  if (first === 0) return false;
  const v = skipBlanks(text, p + first, end);
  return v > p + first && end - v === 5 && startsWithCI(text, v, end, 'value');
}

/** `---   -----`: two runs of dashes. */
function isRule(text: string, p: number, end: number): boolean {
  let i = p;
  let runs = 0;
  while (i < end) {
    if (text.charCodeAt(i) !== 0x2d) return false;
    while (i < end && text.charCodeAt(i) === 0x2d) i++;
    runs++;
    i = skipBlanks(text, i, end);
  }
  return runs === 2;
}

/** Reads the table whose heading is line `li` ([p, end), trimmed); returns its last line, or -1. */
export function readPsTable(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  if (!isHeading(text, p, end)) return -1;
  const rule = s.c.lines[li + 1];
  if (rule === undefined) return -1;
  const rp = skipBlanks(text, rule.start, rule.end);
  if (!isRule(text, rp, trimBlanksEnd(text, rp, rule.end))) return -1;
  setKind(s.c, li, 'label');
  setKind(s.c, li + 1, 'label');
  s.openBlock(null, false, false);
  let last = li + 1;
  for (let k = li + 2; k < s.c.lines.length; k++) {
    const row = s.c.lines[k] as { start: number; end: number };
    const np = skipBlanks(text, row.start, row.end);
    const re = trimBlanksEnd(text, np, row.end);
    if (np === re) break;
    let ne = np;
    while (ne < re && text.charCodeAt(ne) !== 0x20 && text.charCodeAt(ne) !== 0x09) ne++;
    const name = text.slice(np, ne).toLowerCase();
    let vs = skipBlanks(text, ne, re);
    let ve = re;
    if (vs === ne || !/^:?[a-z][a-z0-9-]*$/.test(name)) break;
    if (text.charCodeAt(vs) === 0x7b && text.charCodeAt(ve - 1) === 0x7d) {
      vs++;
      ve--;
    }
    s.pushField({
      li: k,
      name,
      known: knownHeaderSide(name),
      form: 'tab-separated',
      start: np,
      end: re,
      valueStart: vs,
      valueEnd: ve,
    });
    last = k;
  }
  s.reset(false);
  return last;
}
