/**
 * Lines that stand for a whole part of the exchange: a request line, a fetch() call, a line of code setting
 * the Authorization header, and curl's info lines (`* …`, `{ [5 bytes data]`, the progress meter).
 */
import { isBlankChar, isDigit, isTchar, skipBlanks, startsWithCI, trimBlanksEnd } from './chars.js';
import { noteMethod, noteRequestLine, noteUrl, setKind } from './collect.js';
import type { ScanState } from './state.js';
import { isMethod, METHOD_LENGTHS } from './vocabulary.js';

/** `GET /v1/x HTTP/1.1`, `GET https://host/path`, `POST /oauth/token`: records it and returns true. */
export function readRequestLine(s: ScanState, li: number, p: number, end: number): boolean {
  const text = s.text;
  let i = p;
  while (i < end && text.charCodeAt(i) >= 0x41 && text.charCodeAt(i) <= 0x5a) i++;
  // Capitals of another length than a method's (`API server…`, `RBAC …`, `I …`) are not copied to be looked up.
  const length = i - p;
  if (length < METHOD_LENGTHS.min || length > METHOD_LENGTHS.max || i >= end || text.charCodeAt(i) !== 0x20)
    return false;
  const method = text.slice(p, i);
  if (!isMethod(method)) return false;
  const t = skipBlanks(text, i, end);
  let te = t;
  while (te < end && !isBlankChar(text.charCodeAt(te))) te++;
  if (te === t) return false;
  const rest = skipBlanks(text, te, end);
  if (rest < end) {
    if (!isHttpVersion(text, rest, end)) return false;
  } else if (!isRequestTarget(text, t, te)) return false;
  setKind(s.c, li, 'request-line');
  noteRequestLine(s.c, li);
  noteMethod(s.c, method, p);
  noteUrl(s.c, text.slice(t, te), t);
  return true;
}

function isHttpVersion(text: string, i: number, end: number): boolean {
  if (!startsWithCI(text, i, end, 'http/')) return false;
  for (let k = i + 5; k < end; k++) {
    const ch = text.charCodeAt(k);
    if (!isDigit(ch) && ch !== 0x2e) return false;
  }
  return end > i + 5;
}

/** Without a version, only an origin-form path or an absolute URL makes `METHOD x` a request line. */
function isRequestTarget(text: string, t: number, te: number): boolean {
  if (text.charCodeAt(t) === 0x2f) return true;
  return startsWithCI(text, t, te, 'http://') || startsWithCI(text, t, te, 'https://');
}

/**
 * `fetch("https://…", {` (Chrome) or `await fetch(…` (Firefox): the URL; the options are read as JSON. Any
 * other line may be code setting the Authorization header (`readHeaderCall`).
 */
export function readFetch(s: ScanState, li: number, p: number, end: number): boolean {
  const text = s.text;
  let i = p;
  if (text.startsWith('await ', i)) i = skipBlanks(text, i + 6, end);
  if (!text.startsWith('fetch(', i)) return readHeaderCall(s, li, p, end);
  i = skipBlanks(text, i + 6, end);
  const quote = text.charCodeAt(i);
  if (quote !== 0x22 && quote !== 0x27 && quote !== 0x60) return false;
  let close = i + 1;
  while (close < end && text.charCodeAt(close) !== quote) close++;
  if (close >= end) return false;
  setKind(s.c, li, 'command');
  s.fetchLines ??= new Set();
  s.fetchLines.add(li);
  noteRequestLine(s.c, li);
  s.reset(false);
  // The options are read from their JSON span; when they do not parse, line by line as an object literal.
  s.noteObjectLiteral(p, end);
  noteUrl(s.c, text.slice(i + 1, close), i + 1);
  return true;
}

/**
 * A line of code that sets the Authorization header to a literal, as Postman's code generator and people write
 * it: `req.Header.Add("Authorization", "Bearer …")` (Go), `request.AddHeader("Authorization", "Bearer …");` (C#
 * RestSharp), `.addHeader("Authorization", "Bearer …")` (OkHttp), `.header('Authorization', 'Bearer …')`. Only
 * a call whose last argument is the whole quoted value: `"Bearer " + token` is code, not a value. Only the
 * Authorization field: a line of code shows that one header, not the request's others. Lines that do not end
 * in `)` or `);` cost one character test.
 */
function readHeaderCall(s: ScanState, li: number, p: number, end: number): boolean {
  const text = s.text;
  let e = end;
  if (text.charCodeAt(e - 1) === 0x3b) e = trimBlanksEnd(text, p, e - 1);
  if (text.charCodeAt(e - 1) !== 0x29 /* ) */) return false;
  e = trimBlanksEnd(text, p, e - 1);
  const vq = text.charCodeAt(e - 1);
  if (vq !== 0x22 && vq !== 0x27) return false;
  // The call's `(` is followed by the quoted name: the first `(` of the line that is.
  for (let i = p; i < e; i++) {
    if (text.charCodeAt(i) !== 0x28 /* ( */) continue;
    const nq = text.charCodeAt(i + 1);
    if (nq !== 0x22 && nq !== 0x27) continue;
    let n = i + 2;
    while (n < e && isTchar(text.charCodeAt(n))) n++;
    if (text.charCodeAt(n) !== nq || !startsWithCI(text, i + 2, n, 'authorization') || n - i - 2 !== 13) return false;
    let v = skipBlanks(text, n + 1, e);
    if (text.charCodeAt(v) !== 0x2c /* , */) return false;
    v = skipBlanks(text, v + 1, e);
    if (text.charCodeAt(v) !== vq || v >= e - 1) return false;
    // One string: no quote of its kind inside (an escaped one is rare in a token and would be code).
    const inner = text.indexOf(String.fromCharCode(vq), v + 1);
    if (inner !== e - 1) return false;
    s.openBlock(null, false, false);
    s.pushField({
      li,
      name: 'authorization',
      known: 'request',
      form: 'fetch-json',
      start: i + 1,
      end: e,
      valueStart: v + 1,
      valueEnd: e - 1,
      quoted: true,
    });
    s.reset(false);
    return true;
  }
  return false;
}

/**
 * Whether a line whose content starts with `first` may be one of readCurlInfo's: `* `, `{ [`/`} [`, `% Total`,
 * `Dload`, or a progress meter's digits.
 */
export function mayBeCurlInfo(first: number): boolean {
  return first === 0x2a || first === 0x7b || first === 0x7d || first === 0x25 || first === 0x44 || isDigit(first);
}

/**
 * Whether [p, end) may be one of readFetch's lines: `await `/`fetch(` at its start (an `a` or `f`), or a call ending
 * it (`)`, `);`: readHeaderCall).
 */
export function mayBeFetch(text: string, p: number, end: number): boolean {
  const first = text.charCodeAt(p);
  const last = text.charCodeAt(end - 1);
  return first === 0x61 || first === 0x66 || last === 0x29 || last === 0x3b;
}

/**
 * curl's `* ` info lines (provisionally: without curl -v output around they are markdown bullets),
 * `{ [5 bytes data]` and the progress meter.
 */
export function readCurlInfo(s: ScanState, li: number, p: number, end: number): boolean {
  const text = s.text;
  const ch = text.charCodeAt(p);
  // Reads stay inside the text: one past its end deoptimises the reader for good (round 28).
  const next = p + 1 < text.length ? text.charCodeAt(p + 1) : -1;
  if (ch === 0x2a && (p + 1 === end || next === 0x20)) {
    setKind(s.c, li, 'curl-info');
    s.bullets.push(li);
    return true;
  }
  const progress =
    ((ch === 0x7b || ch === 0x7d) && next === 0x20 && p + 2 < text.length && text.charCodeAt(p + 2) === 0x5b) ||
    (ch === 0x25 && text.startsWith('% Total', p)) ||
    (ch === 0x44 && text.startsWith('Dload', p)) ||
    (isDigit(ch) && end - p < 160 && s.progressMeterWithin(p, end));
  if (progress) setKind(s.c, li, 'curl-info');
  return progress;
}
