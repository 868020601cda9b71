/**
 * The line scanner behind `extractHttp`: one pass over the lines, each handed to the first reader that
 * takes it, then the JSON spans, then the choice of status.
 *
 * A header block starts at a status line, a request line, a `<`/`>` trace line, a section label
 * ("Request Headers", "レスポンス ヘッダー") or a known header name, and ends at a blank line or at a
 * line that is not a field. Inside a block any field-shaped line is a field; outside, only known names
 * are; after a message's blank line (its body) only names that tell their side (Authorization,
 * WWW-Authenticate…), which is how people paste the request header under the response.
 */
import type { HttpObservations } from '../http.js';
import type { JsonObjectSpan } from '../json-spans.js';
import { isAsciiAlnum, isDigit, isTchar, skipBlanks, startsWithCI, trimBlanksEnd } from './chars.js';
import { addField, type Collector, createCollector, lineAt, noteRequestLine, setKind } from './collect.js';
import { readCurl } from './curl.js';
import { envoyMarkerSide, readEnvoyHeaderLine } from './envoy-dump.js';
import { splitExchanges } from './exchanges.js';
import { readField, readKnownField, readObjectEntry, readTraceField } from './field-lines.js';
import { nameEnd, parseColonField } from './fields.js';
import { readHttpie } from './httpie.js';
import { readBracketedMap, readInlineObject, readWrappedObject } from './inline-object.js';
import { readJavaMessageHeader } from './java-message-header.js';
import { readJsonSpans } from './json.js';
import { readLabel } from './labels.js';
import { mayBeCurlInfo, mayBeFetch, readCurlInfo, readFetch, readRequestLine } from './message-lines.js';
import { readMultiDicts } from './multidict.js';
import { knownHeaderSide } from './names.js';
import { NODE_HEADER, readNodeHeaderLine, readNodeHeaderStart } from './node-request.js';
import { readPowerShellRequests } from './powershell.js';
import { readNamedStatuses, readProse, tableHeaderName } from './prose.js';
import { readPsTable } from './ps-table.js';
import { ScanState } from './state.js';
import { chooseStatus, readArrow, readBare, readStatusLabel, readStatusLine } from './status.js';
import { afterMarker, readRequestTrace, readResponseTrace } from './trace.js';
import { MAX_LABEL_LENGTH, mayStartLabelWith } from './vocabulary.js';
import { readWget } from './wget.js';
import {
  FARADAY_REQUEST,
  FARADAY_RESPONSE,
  readApacheLine,
  readFaradayLine,
  readInspectedField,
  readKtorLine,
  readNsHeaderLine,
  readPrintedRequest,
  readRubyDebugLine,
  readRubyHeaderHash,
} from './wire-log.js';

/** Runs the extractor; may throw only on a bug (`extractHttp` guards it). */
export function scanHttp(text: string, json: readonly JsonObjectSpan[]): HttpObservations {
  const c = createCollector(text);
  const spans = orderedSpans(json, text.length);
  const s = new ScanState(c, spans);
  for (let li = 0; li < c.lines.length; li++) li = readLine(s, li);
  readPowerShellRequests(c);
  readNamedStatuses(c);
  readJsonSpans(c, spans, (span) => admitsJson(s, span));
  if (!c.curlVerbose) bulletsBackToText(s);
  sortByStart(c.headers);
  sortByStart(c.statuses);
  const split = splitExchanges(c, chooseStatus(c.statuses), chooseStatus);
  return {
    status: split.status,
    statuses: c.statuses,
    request: { method: c.method?.value ?? null, url: c.url?.value ?? null, host: c.host?.value ?? null },
    authorizationCutAt: c.authorizationCutAt,
    authorizationCutBy: c.authorizationCutBy,
    headers: c.headers,
    requestShown: split.requestShown,
    responseShown: split.responseShown,
    exchanges: split.exchanges,
    focus: split.focus,
    lines: c.lines,
  };
}

/**
 * The spans as given by findJsonObjects (ordered, disjoint), defensively re-checked: as given when they pass (they
 * always do), so the check copies and sorts nothing.
 */
function orderedSpans(json: readonly JsonObjectSpan[], length: number): readonly JsonObjectSpan[] {
  if (!Array.isArray(json) || json.length === 0) return [];
  let ordered = true;
  for (let i = 0; i < json.length && ordered; i++) {
    const span = json[i] as JsonObjectSpan;
    ordered = isSpan(span, length) && (i === 0 || span.start >= (json[i - 1] as JsonObjectSpan).end);
  }
  if (ordered) return json;
  const spans = json.filter((s) => isSpan(s, length));
  spans.sort((a, b) => a.start - b.start);
  return spans.filter((s, i) => i === 0 || s.start >= (spans[i - 1] as JsonObjectSpan).end);
}

function isSpan(s: JsonObjectSpan, length: number): boolean {
  return (
    s !== null &&
    typeof s === 'object' &&
    s.start >= 0 &&
    s.end <= length &&
    s.start < s.end &&
    s.value !== null &&
    typeof s.value === 'object'
  );
}

function sortByStart<T extends { start: number }>(items: T[]): void {
  for (let i = 1; i < items.length; i++) {
    if ((items[i - 1] as T).start > (items[i] as T).start) {
      items.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

/** JSON is read unless it sits in a header value or a curl command's body (a fetch() call's is read). */
function admitsJson(s: ScanState, span: JsonObjectSpan): boolean {
  const li = lineAt(s.c, span.start);
  const rec = s.c.lines[li];
  const kind = rec?.kind;
  if (kind === 'text') return !inRequestPayload(s.text, rec?.start ?? 0, span.start);
  return kind === 'command' && s.fetchLines !== null && s.fetchLines.has(li);
}

/** How far before a JSON object a request's payload keyword is looked for (`data={'json': '` is 15). */
const PAYLOAD_LOOKBACK = 32;
// A Python client's request keywords as its exceptions print them (jenkinsapi's `Operation failed. url=…,
// data={'json': '{"parameter": [], "statusCode": "303", …}'}, headers=…, status=403`: pycontribs/jenkinsapi#503). Each
// names what was sent, never what came back.
const PAYLOAD_KEYS = ['data=', 'json=', 'params=', 'form=', 'request_body='];

/**
 * The JSON object at `at` is (inside) a request's payload (`data={'json': '{…}'}`): a status in it (Jenkins' form
 * JSON carries `"statusCode": "303"`) is what the client sent, not what the server answered. Only quotes, braces, a
 * colon, blanks and a dict key may stand between the keyword and the object.
 */
function inRequestPayload(text: string, lineStart: number, at: number): boolean {
  const from = Math.max(lineStart, at - PAYLOAD_LOOKBACK);
  let i = at;
  while (i > from) {
    const ch = text.charCodeAt(i - 1);
    if (ch === 0x3d) break;
    if (!(ch === 0x22 || ch === 0x27 || ch === 0x7b || ch === 0x3a || ch === 0x20 || ch === 0x5f || isAsciiAlnum(ch)))
      return false;
    i--;
  }
  if (i <= from) return false;
  // i is right after the `=`.
  for (const key of PAYLOAD_KEYS) {
    const k = i - key.length;
    if (k < from || !startsWithCI(text, k, i, key)) continue;
    if (k === lineStart || !isAsciiAlnum(text.charCodeAt(k - 1))) return true;
  }
  return false;
}

/** Without curl -v output around, `* ` lines are markdown bullets: text, which may mention a status. */
function bulletsBackToText(s: ScanState): void {
  for (const li of s.bullets) {
    const rec = s.c.lines[li];
    if (!rec) continue;
    rec.kind = 'text';
    const p = skipBlanks(s.text, rec.start, rec.end);
    if (!readArrow(s.c, p, rec.end, li)) readProse(s.c, s.prose, p, rec.end, li, false);
  }
}

/** Classifies line `li`; returns the last line it consumed. */
function readLine(s: ScanState, li: number): number {
  const rec = s.c.lines[li] as { start: number; end: number };
  const text = s.text;
  let p = skipBlanks(text, rec.start, rec.end);
  const end = trimBlanksEnd(text, p, rec.end);
  if (p === end) {
    setKind(s.c, li, 'blank');
    s.blankLine();
    return li;
  }
  if (s.inJson(p)) return readJsonLine(s, li, p, end);
  // The indentation is the line's own: a list marker is no obs-fold indent.
  const indent = p - rec.start;
  p = skipQuoteOfTrace(text, p, end);
  p = skipLogcatPrefix(text, p, end);
  p = skipBullet(text, p, end);
  const ch = text.charCodeAt(p);
  if ((ch === 0x3c || ch === 0x3e) && (p + 1 === end || text.charCodeAt(p + 1) === 0x20)) {
    const done = ch === 0x3c ? readResponseTrace(s, li, p, end) : readRequestTrace(s, li, p, end);
    if (done >= 0) return done;
    const rest = afterMarker(p, end);
    const r = skipBlanks(text, rest, end);
    if (r >= end) {
      setKind(s.c, li, 'blank');
      s.blankLine();
      return li;
    }
    return ch === 0x3c ? readTextLine(s, li, r, end) : readPlainLine(s, li, r, end, r - rest);
  }
  // libcurl's own verbose output (CURLOPT_VERBOSE without a debug callback, as PHP's curl and Guzzle's `debug` print it)
  // writes the request's header block behind one `> `: the lines after the request line are what was sent, unmarked
  // (guzzle/guzzle#1333), up to the block's blank line.
  if (s.curlRequest && parseColonField(text, p, end, s.syntax)) return readTraceField(s, li, p, end, 'request');
  s.curlRequest = false;
  // Most pastes hold no client log but Ruby's, told by a line's first characters (ScanState.mayHoldClientLog).
  const logged = s.mayHoldClientLog()
    ? readClientLog(s, li, p, end, ch)
    : rubyDebugAt(text, p, ch)
      ? readRubyDebugLine(s, li, p, end)
      : -1;
  if (logged >= 0) return logged;
  if (ch === 0x73 /* s */ && text.startsWith("send: b'", p) && s.httpClientTrace()) {
    const sent = readHttpClientSend(s, li, p + 8, end);
    if (sent >= 0) return sent;
  }
  // Python http.client's trace prints each response field as `header: Name: value` after its `reply: '…'` line.
  if (
    ch === 0x68 /* h */ &&
    text.startsWith('header: ', p) &&
    s.httpClientTrace() &&
    parseColonField(text, p + 8, end, s.syntax)
  )
    return readTraceField(s, li, p + 8, end, 'response');
  return readPlainLine(s, li, p, end, indent);
}

/**
 * A line of an HTTP client's debug log (wire-log.ts): Apache HttpClient's `http-outgoing-N >>`/`<<`, Ruby Net::HTTP's
 * `<- "…"`/`-> "…"`, Faraday's logger. Each is gated on one search or on the line's first characters. Returns the line,
 * or -1 when the line is none of them.
 */
function readClientLog(s: ScanState, li: number, p: number, end: number, ch: number): number {
  const text = s.text;
  if (s.nodeHeader) {
    const piece = ch === 0x27 /* ' */ ? readNodeHeaderLine(s, li, p, end) : -1;
    if (piece >= 0) return piece;
    s.nodeHeader = false;
  } else if (ch === 0x5f /* _ */ && text.startsWith(NODE_HEADER, p)) {
    const dumped = readNodeHeaderStart(s, li, p, end);
    if (dumped >= 0) return dumped;
  }
  if (s.envoyDump()) {
    if (ch === 0x27 /* ' */ && s.envoySide !== null) {
      const dumped = readEnvoyHeaderLine(s, li, p, end, s.envoySide);
      if (dumped >= 0) return dumped;
    }
    // A marker line opens the side of the header lines after it, and is read as any other line.
    const side = envoyMarkerSide(text, p, end);
    if (side !== null) s.envoySide = side;
  }
  const apache = s.apacheWithin(p, end);
  if (apache >= 0) return readApacheLine(s, li, apache, end);
  const java = s.javaHeaderWithin(p, end);
  if (java >= 0) {
    const pairs = readJavaMessageHeader(s, li, java, end);
    if (pairs >= 0) return pairs;
  }
  if (rubyDebugAt(text, p, ch)) return readRubyDebugLine(s, li, p, end);
  const faraday = s.faradayWithin(p, end);
  if (faraday >= 0) {
    const side = text.startsWith(FARADAY_REQUEST, faraday)
      ? 'request'
      : text.startsWith(FARADAY_RESPONSE, faraday)
        ? 'response'
        : null;
    if (side !== null) {
      const from = faraday + (side === 'request' ? FARADAY_REQUEST.length : FARADAY_RESPONSE.length);
      return readFaradayLine(s, li, from, end, side);
    }
  }
  if ((ch === 0x22 || (ch >= 0x41 && ch <= 0x5a) || (ch >= 0x61 && ch <= 0x7a)) && s.nsResponse()) {
    const ns = readNsHeaderLine(s, li, p, end);
    if (ns >= 0) return ns;
  }
  if (s.ktorLog()) {
    const ktor = readKtorLine(s, li, p, end);
    if (ktor >= 0) return ktor;
  }
  if (s.faraday && s.block?.side) {
    const side = s.block.side;
    const field = readInspectedField(s, li, p, end, side);
    if (field < 0) s.faraday = false;
    return field;
  }
  return -1;
}

/** Whether the line's content at p (its first character `ch`) starts as a Ruby Net::HTTP debug line: `<- "`, `-> "`. */
function rubyDebugAt(text: string, p: number, ch: number): boolean {
  return (
    (ch === 0x3c /* < */ || ch === 0x2d) /* - */ &&
    text.charCodeAt(p + 1) === (ch === 0x3c ? 0x2d : 0x3e) &&
    text.charCodeAt(p + 2) === 0x20 &&
    text.charCodeAt(p + 3) === 0x22
  );
}

function isTraceMarker(text: string, i: number, end: number): boolean {
  const ch = text.charCodeAt(i);
  return (ch === 0x3c || ch === 0x3e) && (i + 1 === end || text.charCodeAt(i + 1) === 0x20);
}

/**
 * curl -v output quoted in Slack or an e-mail (`> > GET … HTTP/2`, `> < HTTP/2 401`): the outer `> ` is
 * the quote; what follows is the trace. curl never writes a `>` or `<` line whose text starts with one.
 */
function skipQuoteOfTrace(text: string, p: number, end: number): number {
  let q = p;
  while (
    text.charCodeAt(q) === 0x3e &&
    q + 2 < end &&
    text.charCodeAt(q + 1) === 0x20 &&
    isTraceMarker(text, q + 2, end)
  )
    q += 2;
  return q;
}

/** The longest logcat tag read (Android's own limit was 23 characters; apps log longer ones since API 26). */
const MAX_LOGCAT_TAG = 64;

/**
 * Android logcat's "brief" prefix, `I/flutter (24000): ` (priority letter, `/`, tag, the pid in parentheses, `: `;
 * developer.android.com/tools/logcat, "brief"), which Flutter's print and dio's LogInterceptor lines carry: the rest is
 * the logged line (`statusCode: 400`, a response field), as if pasted alone (cfug/dio#668). Gated on the priority
 * letter and the `/` after it; the tag and pid are bounded, so a line costs at most their length.
 */
function skipLogcatPrefix(text: string, p: number, end: number): number {
  const level = text.charCodeAt(p);
  // V, D, I, W, E, F, A: logcat's priorities.
  if (
    text.charCodeAt(p + 1) !== 0x2f ||
    !(
      level === 0x56 ||
      level === 0x44 ||
      level === 0x49 ||
      level === 0x57 ||
      level === 0x45 ||
      level === 0x46 ||
      level === 0x41
    )
  )
    return p;
  let q = p + 2;
  const tagEnd = Math.min(end, q + MAX_LOGCAT_TAG);
  while (q < tagEnd && text.charCodeAt(q) !== 0x28 && text.charCodeAt(q) !== 0x3a) q++;
  if (q === p + 2 || text.charCodeAt(q) !== 0x28) return p;
  q++;
  while (q < end && text.charCodeAt(q) === 0x20) q++;
  const digits = q;
  while (q < end && q - digits < 10 && isDigit(text.charCodeAt(q))) q++;
  if (q === digits || text.charCodeAt(q) !== 0x29 || text.charCodeAt(q + 1) !== 0x3a) return p;
  return skipBlanks(text, q + 2, end);
}

/** `•`, `・`, `◦`, `▪`, `‣`, `-`, `–`: list markers people put in front of pasted lines. */
function isBulletChar(ch: number): boolean {
  return (
    ch === 0x2022 || ch === 0x30fb || ch === 0x25e6 || ch === 0x25aa || ch === 0x2023 || ch === 0x2d || ch === 0x2013
  );
}

/**
 * A list item holding a header field or a status line (`• WWW-Authenticate: Bearer …`, `- HTTP/1.1 401`,
 * `1. Authorization: Bearer …`): the marker is the list's, the rest is the field. Only when the rest starts
 * with `HTTP/` or a header name the scanner knows, so a bullet of prose stays prose.
 */
function skipBullet(text: string, p: number, end: number): number {
  let q = p;
  const ch = text.charCodeAt(q);
  if (isBulletChar(ch)) q++;
  else {
    while (q < end && q - p < 3 && isDigit(text.charCodeAt(q))) q++;
    // q < text.length: a read past the end would deoptimise the reader for good (round 28).
    if (q === p || q >= text.length || (text.charCodeAt(q) !== 0x2e && text.charCodeAt(q) !== 0x29)) return p;
    q++;
  }
  if (text.charCodeAt(q) !== 0x20) return p;
  q = skipBlanks(text, q, end);
  if (startsWithCI(text, q, end, 'http/')) return q;
  let n = q;
  while (n < end && n - q <= 40 && isTchar(text.charCodeAt(n))) n++;
  if (n === q || text.charCodeAt(n) !== 0x3a) return p;
  return knownHeaderSide(text.slice(q, n).toLowerCase()) === undefined ? p : q;
}

/** Any line not behind a `<`/`>` trace marker (or behind a quote marker): the readers in order. */
function readPlainLine(s: ScanState, li: number, p: number, end: number, indent: number): number {
  const c = s.c;
  const text = s.text;
  if (s.folds(li, 'raw', indent)) return s.fold(li, p, end);
  s.forgetFold();
  // Where the field name the line may start with ends: every field reader asks. The paste's last line, with no `:`
  // or tab, is no field of any form, and its first word is not walked (a JWT pasted alone: 15% of reading it).
  const ne = s.mayBeField(li, p, end) ? nameEnd(text, p, end) : -1;
  if (s.objectLiteral !== null) {
    const entry = readObjectEntry(s, li, p, end, ne);
    if (entry >= 0) return entry;
  }
  // Go's and Java's header maps, their values in brackets: `]]` or `]}` ends the line.
  if (text.charCodeAt(end - 2) === 0x5d && s.objectLiteral === null) {
    const map = readBracketedMap(s, li, p, end);
    if (map >= 0) {
      if (c.lines[li]?.kind === 'text') readProse(c, s.prose, p, end, li, false);
      return map;
    }
  }
  if (text.charCodeAt(end - 1) === 0x7d /* } */) {
    const mapping = readInlineObject(s, li, p, end);
    if (mapping >= 0) {
      // Words before the mapping stay prose, which may give the status (`401 from upstream, headers: {…}`).
      if (c.lines[li]?.kind === 'text') readProse(c, s.prose, p, end, li, false);
      return mapping;
    }
  }
  // A mapping util.inspect wrapped over lines: its first line holds `{` and ends in `,`.
  if (text.charCodeAt(end - 1) === 0x2c /* , */ && s.objectLiteral === null) {
    const wrapped = readWrappedObject(s, li, p, end);
    if (wrapped >= 0) return wrapped;
  }
  const initial = text.charCodeAt(p) | 0x20;
  if (initial === 0x6b /* k */ || initial === 0x6e /* n */) {
    const table = readPsTable(s, li, p, end);
    if (table >= 0) return table;
  }
  // A field line of any form has a name (`ne`) followed by its `:` or tab, or is the name alone.
  const nameThen = ne >= 0 && ne < end ? text.charCodeAt(ne) : -1;
  const known = nameThen === 0x3a ? readKnownField(s, li, p, end, indent, ne) : -1;
  if (known >= 0) return known;
  // The readers below that look at the line's first or last character first are called only when it is theirs, and
  // the field and label readers only on a line shaped like theirs: called on every line, each call cost more than its
  // test. Gated so, reading the examples took ~5% less, and a paste of 200 prose lines ~20% less.
  const first = text.charCodeAt(p);
  if (mayBeCurlInfo(first) && readCurlInfo(s, li, p, end)) return li;
  const command = s.commands.mayFind(p, end) ? s.commands.find(p, end) : null;
  if (command) {
    noteRequestLine(c, li);
    s.reset(false);
    const last =
      command.name === 'curl'
        ? readCurl(c, command, li)
        : command.name === 'wget'
          ? readWget(c, command, li)
          : readHttpie(c, command, li);
    // `curl -H "…" https://… → 401`: what the command got, written after it on its line (an arrow; a shell never
    // sees one there, so it is the writer's).
    if (last === li && s.hasArrow(command.start, end)) readArrow(c, command.start, end, li);
    return last;
  }
  if (mayBeFetch(text, p, end) && readFetch(s, li, p, end)) return li;
  if ((first | 0x20) === 0x68 /* h */ && readStatusLine(c, p, end, li)) {
    setKind(c, li, 'status');
    s.openBlock('response', false, true);
    return li;
  }
  if (first >= 0x41 && first <= 0x5a && readRequestLine(s, li, p, end)) {
    s.openBlock('request', false, true);
    return li;
  }
  // A label is short, or has its colon early.
  const label =
    mayStartLabelWith(first) && (end - p <= MAX_LABEL_LENGTH || s.colonWithin(p, p + MAX_LABEL_LENGTH) >= 0)
      ? readLabel(s, li, p, end)
      : -1;
  if (label >= 0) return label;
  // A labelled, arrow or bare status is three digits in a row: a line without them skips those readers.
  const digits = s.prose.digits.within(p, end);
  if (digits && readLabelledStatus(s, li, p, end)) return li;
  const field =
    nameThen === 0x3a || nameThen === 0x09 || ne === end || isArrowAfterName(text, ne, nameThen)
      ? readField(s, li, p, end, indent, ne)
      : -1;
  if (field >= 0) return field;
  if (digits && s.hasArrow(p, end) && readArrow(c, p, end, li)) {
    setKind(c, li, 'status');
    s.openBlock('response', false, true);
    // Faraday's response hash states its status as `:status=>401` and its headers after it, on the same line.
    const hash = s.rubyHashWithin(p, end);
    if (hash >= 0 && readRubyHeaderHash(s, li, p, hash, end) >= 0) setKind(c, li, 'status');
    return li;
  }
  if (digits && readBare(c, p, end, li)) {
    setKind(c, li, 'status');
    return li;
  }
  return readTextLine(s, li, p, end);
}

/** Old Postman's `Name →value`: the arrow right after the name, or after one space. */
function isArrowAfterName(text: string, ne: number, nameThen: number): boolean {
  return nameThen === 0x2192 || (nameThen === 0x20 && text.charCodeAt(ne + 1) === 0x2192);
}

/** `Status: 401`, `"statusCode": 401,`; in a header block `Status: 401` is also a field (CGI, some devtools). */
function readLabelledStatus(s: ScanState, li: number, p: number, end: number): boolean {
  // The key and the code are joined by a `:`, `：` or `=`: a line without one is none.
  if (!s.hasSeparator(p, end)) return false;
  const status = readStatusLabel(s.c, p, end, li);
  if (!status) return false;
  if (s.block && status.keyIsToken) {
    const name = s.text.slice(p, status.keyEnd).trim().toLowerCase();
    s.pushField({ li, name, known: 'response', form: 'raw', start: p, end, valueStart: status.valueStart });
  }
  setKind(s.c, li, 'status');
  return true;
}

/**
 * Python http.client's trace of the request it sent, the repr of its bytes on one line: `send: b'GET /v1/orders
 * HTTP/1.1\r\nHost: api.example.com\r\nAuthorization: Bearer …\r\n\r\n'` (CPython Lib/http/client.py, HTTPConnection.send).
 * The pieces between the printed `\r\n`s are the request line and its fields, up to the blank line. Returns the line,
 * or -1 when the first piece is no request line (the line is then read as any other).
 */
function readHttpClientSend(s: ScanState, li: number, from: number, end: number): number {
  let stop = s.text.lastIndexOf("'", end - 1);
  if (stop <= from) stop = end;
  return readPrintedRequest(s, li, from, stop, null);
}

/** A line of plain text: ends a header block, may mention a status, may open or close an object literal. */
function readTextLine(s: ScanState, li: number, p: number, end: number): number {
  s.textLine();
  s.noteObjectLiteral(p, end);
  readProse(s.c, s.prose, p, end, li, false);
  const hash = s.rubyHashWithin(p, end);
  if (hash >= 0) readRubyHeaderHash(s, li, p, hash, end);
  const dict = s.multiDictWithin(p, end);
  if (dict >= 0) readMultiDicts(s, li, p, dict, end);
  const name = s.challengeNameWithin(p, end);
  if (name >= 0) readChallengeInProse(s.c, name, end, li);
  else if (s.namesChallengeBefore(p) && s.c.text.charCodeAt(skipBlanks(s.c.text, p, end)) === 0x7c)
    readChallengeInTable(s, p, end, li);
  return li;
}

function isQuoteChar(c: number): boolean {
  return c === 0x22 || c === 0x27 || c === 0x60;
}

/** `Bearer ` or `DPoP ` and a first auth-param: where a challenge quoted in a sentence starts. */
const CHALLENGE_START = /\b(?:Bearer|DPoP) +(?=[A-Za-z_][\w-]*\s*=)/;
/** One auth-param, with the comma after it: a token or a quoted string (escapes allowed) as its value. */
const AUTH_PARAM = /^\s*[A-Za-z_][\w-]*\s*=\s*(?:"(?:[^"\\\n]|\\.)*"|[^\s,"]+)\s*,?/;
/** The most parameters read from a sentence: a challenge has a handful. */
const MAX_PROSE_PARAMS = 12;

/**
 * A challenge quoted in a sentence: "the WWW-Authenticate says Bearer error="invalid_token", …",
 * `WWW-Authenticate は Bearer error="invalid_token" です`. After the field's name on the line, the challenge runs from
 * its scheme through its auth-params, and the prose after them is not part of it. Recorded as a response field; the
 * line stays text for the other readers.
 */
function readChallengeInProse(c: Collector, nameAt: number, end: number, li: number): void {
  const text = c.text;
  // Inside a string of code (`'WWW-Authenticate: Bearer …'`, `{ 'www-authenticate': … }`) the value is the code's,
  // and the readers of headers objects and HAR have their own say.
  if (
    (nameAt > 0 && isQuoteChar(text.charCodeAt(nameAt - 1))) ||
    (nameAt + 16 < text.length && isQuoteChar(text.charCodeAt(nameAt + 16)))
  )
    return;
  readChallengeAfter(c, nameAt + 16, Math.min(end, nameAt + 16 + 2000), nameAt, li);
}

/**
 * A markdown table's cell under a `WWW-Authenticate` header (`| GET /v1/orders | 401 | Bearer error="invalid_token" |`,
 * as an incident doc or an issue lays out what each call answered): the challenge in the cell, read as in a sentence.
 */
function readChallengeInTable(s: ScanState, p: number, end: number, li: number): void {
  const text = s.c.text;
  let column = 0;
  for (let bar = text.indexOf('|', p); bar >= 0 && bar < end; column++) {
    const next = text.indexOf('|', bar + 1);
    const cellEnd = next < 0 || next > end ? end : next;
    const cell = skipBlanks(text, bar + 1, cellEnd);
    if (
      (text.startsWith('Bearer ', cell) || text.startsWith('DPoP ', cell)) &&
      tableHeaderName(s.c, s.prose.tables, li, column) === 'www-authenticate'
    )
      readChallengeAfter(s.c, cell, cellEnd, cell, li);
    if (cellEnd === end) return;
    bar = cellEnd;
  }
}

/** The challenge starting within 40 characters of `from` and ending by `limit`, recorded as a response field from `start`. */
function readChallengeAfter(c: Collector, from: number, limit: number, start: number, li: number): void {
  const text = c.text;
  const rest = text.slice(from, limit);
  const m = CHALLENGE_START.exec(rest);
  if (m === null || m.index > 40) return;
  let at = m.index + m[0].length;
  let params = 0;
  for (let pm = AUTH_PARAM.exec(rest.slice(at)); pm !== null && params < MAX_PROSE_PARAMS; ) {
    at += pm[0].length;
    params++;
    if (!pm[0].trimEnd().endsWith(',')) break;
    pm = AUTH_PARAM.exec(rest.slice(at));
  }
  if (params === 0) return;
  const valueStart = from + m.index;
  const value = text
    .slice(valueStart, from + at)
    .trim()
    .replace(/,$/, '');
  addField(
    c,
    {
      name: 'www-authenticate',
      value,
      side: 'response',
      quoted: false,
      form: 'raw',
      start,
      end: valueStart + value.length,
      line: li,
    },
    false,
  );
}

/** A line inside a JSON object: body text (the JSON reader reads the object later). */
function readJsonLine(s: ScanState, li: number, p: number, end: number): number {
  s.textLine();
  s.curlRequest = false;
  if (!(s.hasArrow(p, end) && readArrow(s.c, p, end, li))) readProse(s.c, s.prose, p, end, li, true);
  return li;
}
