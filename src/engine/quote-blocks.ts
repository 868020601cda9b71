/**
 * A paste quoted with GitHub's, Markdown's or an e-mail's `> ` (each line behind one marker, a blank line as `>` alone):
 * box/box-node-sdk#157 quotes a whole inspected response so, its `'www-authenticate': 'Bearer … error="invalid_token"'`
 * inside. The trace scanner reads a `> ` line as curl -v's request side, so a quoted response's headers were taken for
 * request fields and its challenge was never read. A run of quoted lines loses its markers unless it is curl -v's
 * request: curl writes its request's header data behind `>`, the request line first (`> GET /path HTTP/1.1`), the
 * response's behind `<` and its own info behind `*` (curl's docs/cmdline-opts/verbose.d, curl/curl#20386's trace), so
 * a run is curl's when it holds a request line or `<`/`*` lines border it; a quote holds none of these. A quoted trace (`> > GET …`, `> < HTTP/2
 * 401`) loses its outer marker, which leaves the trace as curl wrote it.
 */

import { withoutCuts } from './capture-artefacts.js';

const GT = 0x3e;
const SP = 0x20;
const LF = 0x0a;

/** Whether a quote marker opens the line at p: `>` then a space, the line's end or the paste's. */
function markerAt(text: string, p: number): boolean {
  if (text.charCodeAt(p) !== GT) return false;
  const next = text.charCodeAt(p + 1);
  return next === SP || next === LF || Number.isNaN(next);
}

/** Whether the line at p opens with `c` and a space (curl's `< ` and `* ` lines). */
function opensWith(text: string, p: number, c: number): boolean {
  return p >= 0 && p < text.length && text.charCodeAt(p) === c && text.charCodeAt(p + 1) === SP;
}

/** The longest request method read (`OPTIONS`, `PROPFIND`, WebDAV's `MKCALENDAR`). */
const MAX_METHOD = 10;

/**
 * Whether [p, end) is an HTTP request line as curl -v prints it: an upper-case method, a space, a target with no blank,
 * a space, `HTTP/`. Reads the method and the target once.
 */
function isRequestLine(text: string, p: number, end: number): boolean {
  let i = p;
  while (i < end && i - p <= MAX_METHOD) {
    const c = text.charCodeAt(i);
    if (c < 0x41 || c > 0x5a) break;
    i++;
  }
  if (i - p < 3 || i - p > MAX_METHOD || text.charCodeAt(i) !== SP) return false;
  const target = i + 1;
  const space = text.indexOf(' ', target);
  return space > target && space < end && text.startsWith('HTTP/', space + 1);
}

/** Where the line holding p starts. */
function lineStartOf(text: string, p: number): number {
  return text.lastIndexOf('\n', p - 1) + 1;
}

/** Whether the paste may hold a quote: a line that opens with a marker. */
export function mayHoldQuoteBlock(text: string): boolean {
  return markerAt(text, 0) || text.indexOf('\n> ') >= 0 || text.indexOf('\n>\n') >= 0;
}

/**
 * Every run of quoted lines that is no curl -v request loses one marker a line (`> ` or `>`). Visits each line of a
 * run once, and the lines around it once: linear.
 */
export function unquoteQuoteBlocks(text: string): string {
  const cuts: number[] = []; // pairs: where a line's marker starts, where its content starts
  let at = markerAt(text, 0) ? 0 : nextQuotedLine(text, 0);
  while (at >= 0) {
    const runCuts: number[] = [];
    let trace = false;
    let line = at;
    while (line < text.length && markerAt(text, line)) {
      const nl = text.indexOf('\n', line);
      const end = nl < 0 ? text.length : nl;
      const content = text.charCodeAt(line + 1) === SP ? line + 2 : line + 1;
      if (!trace && isRequestLine(text, content, end)) trace = true;
      runCuts.push(line, content);
      if (nl < 0) {
        line = text.length;
        break;
      }
      line = nl + 1;
    }
    // curl's response lines right after its request, its info lines right before or after.
    if (!trace)
      trace =
        opensWith(text, line, 0x3c /* < */) ||
        opensWith(text, line, 0x2a /* * */) ||
        (at > 0 && opensWith(text, lineStartOf(text, at - 1), 0x2a));
    if (!trace) for (const c of runCuts) cuts.push(c);
    at = line < text.length ? nextQuotedLine(text, line) : -1;
  }
  if (cuts.length === 0) return text;
  return withoutCuts(text, cuts);
}

/** The start of the next line at or after `from` (a line start) that opens with a marker, or -1. */
function nextQuotedLine(text: string, from: number): number {
  if (from > 0 && markerAt(text, from)) return from;
  for (let i = text.indexOf('\n>', Math.max(0, from - 1)); i >= 0; i = text.indexOf('\n>', i + 1)) {
    if (markerAt(text, i + 1)) return i + 1;
  }
  return -1;
}
