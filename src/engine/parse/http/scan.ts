/**
 * The line scanner behind `extractHttp`: one pass over the lines with a little state (the header block
 * we are in, if any, and which side it belongs to), then the JSON spans, then the choice of status.
 *
 * A header block starts at a status line, a request line, a `<`/`>` trace line, a section label
 * ("Request Headers", "レスポンス ヘッダー") or a known header name, and ends at a blank line or at a
 * line that is not a field. Inside a block any field-shaped line is a field; outside, only known names
 * are; after a message's blank line (its body) only names that tell their side (Authorization,
 * WWW-Authenticate…), which is how people paste the request header under the response.
 */
import type { HeaderField, HeaderForm, HttpObservations, Side } from '../http.js';
import type { JsonObjectSpan } from '../json-spans.js';
import { isBlankChar, isDigit, skipBlanks, startsWithCI, trimBlanksEnd } from './chars.js';
import { addField, addStatus, type Collector, createCollector, lineAt, noteMethod, noteUrl, setKind } from './collect.js';
import { findCommand } from './command.js';
import { readCurl } from './curl.js';
import { readHttpie } from './httpie.js';
import { bareNameEnd, type FieldSyntax, parseColonField, parseTabField } from './fields.js';
import { readJsonSpans } from './json.js';
import { knownHeaderSide, looksLikeLogName } from './names.js';
import {
  chooseStatus,
  codeAtValueStart,
  matchReason,
  readArrow,
  readBare,
  readProse,
  readStatusLabel,
  readStatusLine,
} from './status.js';
import {
  type GeneralKey,
  generalKeyOf,
  isMethod,
  MAX_LABEL_LENGTH,
  normaliseLabel,
  type SectionKind,
  sectionOf,
} from './vocabulary.js';

/** Runs the extractor; may throw only on a bug (`extractHttp` guards it). */
export function scanHttp(text: string, json: readonly JsonObjectSpan[]): HttpObservations {
  const c = createCollector(text);
  const spans = orderedSpans(json, text.length);
  const scanner = new LineScanner(c, spans);
  scanner.run();
  readJsonSpans(c, spans, (span) => scanner.admitsJson(span));
  scanner.finish();
  sortByStart(c.headers);
  sortByStart(c.statuses);
  return {
    status: chooseStatus(c.statuses),
    statuses: c.statuses,
    request: { method: c.method?.value ?? null, url: c.url?.value ?? null, host: c.host?.value ?? null },
    headers: c.headers,
    requestShown: c.requestShown,
    responseShown: c.responseShown,
    lines: c.lines,
  };
}

/** The spans as given by findJsonObjects (ordered, disjoint), defensively re-checked. */
function orderedSpans(json: readonly JsonObjectSpan[], length: number): JsonObjectSpan[] {
  const spans = json.filter(
    (s) => s !== null && typeof s === 'object' && s.start >= 0 && s.end <= length && s.start < s.end && s.value !== null && typeof s.value === 'object',
  );
  spans.sort((a, b) => a.start - b.start);
  return spans.filter((s, i) => i === 0 || s.start >= (spans[i - 1] as JsonObjectSpan).end);
}

function sortByStart<T extends { start: number }>(items: T[]): void {
  for (let i = 1; i < items.length; i++) {
    if ((items[i - 1] as T).start > (items[i] as T).start) {
      items.sort((a, b) => a.start - b.start);
      return;
    }
  }
}

interface Block {
  side: Side | null;
  /** The side comes from the paste's structure (a `<`/`>` trace, a section label), so names do not override it. */
  authoritative: boolean;
  /** A status, request or arrow line opened it: after its blank line comes the message body. */
  message: boolean;
  fields: number;
}

class LineScanner {
  private readonly c: Collector;
  private readonly spans: readonly JsonObjectSpan[];
  private readonly text: string;
  private block: Block | null = null;
  /** In a body: only field lines whose name tells their side are fields. */
  private body = false;
  /** The field an obs-fold continuation line would extend, its line and indentation. */
  private last: HeaderField | null = null;
  private lastLine = -1;
  private lastIndent = 0;
  /** Inside the `> ` lines of a curl -v request (after `> GET … HTTP/1.1`). */
  private curlRequest = false;
  private spanIndex = 0;
  private readonly bullets: number[] = [];
  private readonly fetchLines = new Set<number>();
  private readonly syntax: FieldSyntax = { nameEnd: 0, valueStart: 0, valueEnd: 0 };

  constructor(c: Collector, spans: readonly JsonObjectSpan[]) {
    this.c = c;
    this.spans = spans;
    this.text = c.text;
  }

  run(): void {
    for (let li = 0; li < this.c.lines.length; li++) li = this.line(li);
  }

  /** JSON is read unless it sits in a header value or a curl command's body (a fetch() call is read). */
  admitsJson(span: JsonObjectSpan): boolean {
    const li = lineAt(this.c, span.start);
    const kind = this.c.lines[li]?.kind;
    return kind === 'text' || (kind === 'command' && this.fetchLines.has(li));
  }

  /** `* ` lines are curl's info lines only when the paste holds curl -v output; otherwise they are bullets. */
  finish(): void {
    if (this.c.curlVerbose) return;
    for (const li of this.bullets) {
      const rec = this.c.lines[li];
      if (!rec) continue;
      rec.kind = 'text';
      const p = skipBlanks(this.text, rec.start, rec.end);
      if (!readArrow(this.c, p, rec.end, li)) readProse(this.c, p, rec.end, li, false);
    }
  }

  /** Classifies line `li`; returns the last line it consumed. */
  private line(li: number): number {
    const rec = this.c.lines[li] as { start: number; end: number };
    const text = this.text;
    const p = skipBlanks(text, rec.start, rec.end);
    const end = trimBlanksEnd(text, p, rec.end);
    if (p === end) return this.blank(li);
    if (this.inJson(p)) return this.jsonLine(li, p, end);
    const ch = text.charCodeAt(p);
    if ((ch === 0x3c || ch === 0x3e) && (p + 1 === end || text.charCodeAt(p + 1) === 0x20)) {
      return ch === 0x3c ? this.responseTrace(li, p, end) : this.requestTrace(li, p, end);
    }
    this.curlRequest = false;
    return this.plain(li, p, end, p - rec.start);
  }

  private inJson(p: number): boolean {
    while (this.spanIndex < this.spans.length && (this.spans[this.spanIndex] as JsonObjectSpan).end <= p) this.spanIndex++;
    const span = this.spans[this.spanIndex];
    return span !== undefined && span.start <= p;
  }

  private blank(li: number): number {
    setKind(this.c, li, 'blank');
    this.curlRequest = false;
    this.last = null;
    const block = this.block;
    // A label followed by a blank line still introduces what comes after it.
    if (block && (block.fields > 0 || block.message)) this.reset(block.message);
    return li;
  }

  /** Leaves any header block; `intoBody`: what follows is a message body. */
  private reset(intoBody: boolean): void {
    this.block = null;
    this.body = intoBody;
    this.last = null;
  }

  private openBlock(side: Side | null, authoritative: boolean, message: boolean): void {
    this.block = { side, authoritative, message, fields: 0 };
    this.body = false;
    this.last = null;
  }

  /** A line inside a JSON object: body text, read later by the JSON reader. */
  private jsonLine(li: number, p: number, end: number): number {
    if (this.block) this.reset(this.block.message || this.body);
    this.curlRequest = false;
    if (!readArrow(this.c, p, end, li)) readProse(this.c, p, end, li, true);
    return li;
  }

  /** A line of plain text: ends a header block, may mention a status. */
  private textLine(li: number, p: number, end: number): number {
    if (this.block) this.reset(this.block.message || this.body);
    readProse(this.c, p, end, li, false);
    return li;
  }

  /** curl -v's `< ` lines: the response's status line and fields. */
  private responseTrace(li: number, p: number, end: number): number {
    const text = this.text;
    this.curlRequest = false;
    this.c.curlVerbose = true;
    const rest = p + 1 === end ? end : p + 2;
    if (rest >= end) {
      setKind(this.c, li, 'blank');
      this.reset(true);
      return li;
    }
    if (this.canFold(li, 'curl-verbose') && isBlankChar(text.charCodeAt(rest))) return this.fold(li, rest, end);
    const r = skipBlanks(text, rest, end);
    if (readStatusLine(this.c, r, end, li)) {
      setKind(this.c, li, 'status');
      this.openBlock('response', true, true);
      return li;
    }
    if (parseColonField(text, r, end, this.syntax)) return this.traceField(li, r, end, 'response');
    return this.textLine(li, r, end);
  }

  /** curl -v's `> ` lines, or a quote marker (Slack, e-mail) in front of an ordinary line. */
  private requestTrace(li: number, p: number, end: number): number {
    const text = this.text;
    const rest = p + 1 === end ? end : p + 2;
    const r = skipBlanks(text, rest, end);
    if (rest < end && this.readRequestLine(li, r, end)) {
      this.curlRequest = true;
      this.c.curlVerbose = true;
      this.openBlock('request', true, true);
      return li;
    }
    if (this.curlRequest) {
      if (rest >= end) {
        setKind(this.c, li, 'blank');
        this.curlRequest = false;
        this.reset(true);
        return li;
      }
      if (this.canFold(li, 'curl-verbose') && isBlankChar(text.charCodeAt(rest))) return this.fold(li, rest, end);
      if (parseColonField(text, r, end, this.syntax)) return this.traceField(li, r, end, 'request');
      this.curlRequest = false;
    }
    if (rest >= end) return this.blank(li);
    return this.plain(li, r, end, r - rest);
  }

  private traceField(li: number, p: number, end: number, side: Side): number {
    const lower = this.text.slice(p, this.syntax.nameEnd).toLowerCase();
    if (!this.block) this.openBlock(side, true, true);
    const field = this.pushField(li, lower, side, 'curl-verbose', p, end);
    this.afterField(li, field, end, 0);
    return li;
  }

  /** Any line not behind a `<`/`>` trace marker (or behind a quote marker). */
  private plain(li: number, p: number, end: number, indent: number): number {
    const text = this.text;
    if (indent > this.lastIndent && this.canFold(li, 'raw')) return this.fold(li, p, end);
    this.last = null;
    // Fast path for most lines of most pastes: `Known-Name: value` is a field whatever else the line could be.
    if (parseColonField(text, p, end, this.syntax) && this.syntax.valueStart < end) {
      const field = this.lineField(li, p, end, indent, 'raw', true);
      if (field >= 0) return field;
    }
    if (this.curlInfo(li, p, end)) return li;
    const command = findCommand(text, p, end);
    if (command) {
      this.reset(false);
      return command.name === 'curl' ? readCurl(this.c, command, li) : readHttpie(this.c, command, li);
    }
    if (this.readFetch(li, p, end)) return li;
    if (readStatusLine(this.c, p, end, li)) {
      setKind(this.c, li, 'status');
      this.openBlock('response', false, true);
      return li;
    }
    if (this.readRequestLine(li, p, end)) {
      this.openBlock('request', false, true);
      return li;
    }
    const labelled = this.readLabel(li, p, end);
    if (labelled >= 0) return labelled;
    const status = readStatusLabel(this.c, p, end, li);
    if (status) {
      // In a header block `Status: 401` is also a field (CGI, some HTTP/2 devtools views).
      if (this.block && status.keyIsToken) {
        const name = text.slice(p, status.keyEnd).trim().toLowerCase();
        this.pushField(li, name, 'response', 'raw', p, end, status.valueStart);
      }
      setKind(this.c, li, 'status');
      return li;
    }
    const field = this.readField(li, p, end, indent);
    if (field >= 0) return field;
    if (readArrow(this.c, p, end, li)) {
      setKind(this.c, li, 'status');
      this.openBlock('response', false, true);
      return li;
    }
    if (readBare(this.c, p, end, li)) {
      setKind(this.c, li, 'status');
      return li;
    }
    return this.textLine(li, p, end);
  }

  /** curl's `* ` info lines (provisionally: they may be markdown bullets), `{ [5 bytes data]`, progress meter. */
  private curlInfo(li: number, p: number, end: number): boolean {
    const text = this.text;
    const ch = text.charCodeAt(p);
    const next = text.charCodeAt(p + 1);
    if (ch === 0x2a && (p + 1 === end || next === 0x20)) {
      setKind(this.c, li, 'curl-info');
      this.bullets.push(li);
      return true;
    }
    const progress =
      ((ch === 0x7b || ch === 0x7d) && next === 0x20 && text.charCodeAt(p + 2) === 0x5b) ||
      (ch === 0x25 && text.startsWith('% Total', p)) ||
      (ch === 0x44 && text.startsWith('Dload', p)) ||
      (isDigit(ch) && end - p < 160 && text.slice(p, end).includes('--:--:--'));
    if (progress) setKind(this.c, li, 'curl-info');
    return progress;
  }

  /** `fetch("https://…", {` (Chrome) or `await fetch(…` (Firefox): the URL; the options are JSON. */
  private readFetch(li: number, p: number, end: number): boolean {
    const text = this.text;
    let i = p;
    if (text.startsWith('await ', i)) i = skipBlanks(text, i + 6, end);
    if (!text.startsWith('fetch(', i)) return false;
    i = skipBlanks(text, i + 6, end);
    const quote = text.charCodeAt(i);
    if (quote !== 0x22 && quote !== 0x27 && quote !== 0x60) return false;
    let close = i + 1;
    while (close < end && text.charCodeAt(close) !== quote) close++;
    if (close >= end) return false;
    setKind(this.c, li, 'command');
    this.fetchLines.add(li);
    this.reset(false);
    noteUrl(this.c, text.slice(i + 1, close), i + 1);
    return true;
  }

  /** `GET /v1/x HTTP/1.1`, `GET https://host/path`, `POST /oauth/token`. */
  private readRequestLine(li: number, p: number, end: number): boolean {
    const text = this.text;
    let i = p;
    while (i < end && text.charCodeAt(i) >= 0x41 && text.charCodeAt(i) <= 0x5a) i++;
    if (i === p || i >= end || text.charCodeAt(i) !== 0x20) return false;
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
    setKind(this.c, li, 'request-line');
    noteMethod(this.c, method, p);
    noteUrl(this.c, text.slice(t, te), t);
    return true;
  }

  /**
   * Section labels ("Request Headers", "Response:", "リクエスト ヘッダー"), a label in front of a status
   * line (`Response: HTTP/1.1 401`), and the browser's "General" entries, on one line (`Request URL: …`)
   * or two (`Request URL` then the URL). Returns the last line consumed, or -1.
   */
  private readLabel(li: number, p: number, end: number): number {
    const text = this.text;
    const colon = labelColon(text, p, end);
    if (colon >= 0 && colon + 1 < end) {
      if (colon === p) return -1;
      const v = skipBlanks(text, colon + 1, end);
      if (!hasBlankOrWide(text, p, colon) && !startsWithCI(text, v, end, 'http/')) return -1;
      const label = normaliseLabel(text, p, colon);
      const key = generalKeyOf(label);
      if (key !== undefined) return this.generalEntry(li, li, key, v, end);
      const section = sectionOf(label);
      if (section === 'response' && readStatusLine(this.c, v, end, li)) {
        setKind(this.c, li, 'status');
        this.openBlock('response', true, true);
        return li;
      }
      if (section === 'request' && this.readRequestLine(li, v, end)) {
        this.openBlock('request', true, true);
        return li;
      }
      return -1;
    }
    // No colon, or only a trailing one: the whole line may be a label.
    if (end - p > MAX_LABEL_LENGTH) return -1;
    const label = normaliseLabel(text, p, end);
    const section = sectionOf(label);
    if (section !== undefined) {
      setKind(this.c, li, 'label');
      this.section(section);
      return li;
    }
    const key = generalKeyOf(label);
    if (key === undefined) return -1;
    const next = this.c.lines[li + 1];
    if (next === undefined) return -1;
    const vs = skipBlanks(text, next.start, next.end);
    const ve = trimBlanksEnd(text, vs, next.end);
    if (vs === ve) return -1;
    return this.generalEntry(li, li + 1, key, vs, ve);
  }

  private section(kind: SectionKind): void {
    if (kind === 'filler') return;
    if (kind === 'request' || kind === 'response') this.openBlock(kind, true, false);
    else if (kind === 'headers') this.openBlock(null, false, false);
    else this.reset(kind === 'body');
  }

  /** One "General" entry whose label is on `labelLine` and value at [v, end) on `valueLine`. */
  private generalEntry(labelLine: number, valueLine: number, key: GeneralKey, v: number, end: number): number {
    const text = this.text;
    setKind(this.c, labelLine, 'label');
    setKind(this.c, valueLine, 'label');
    if (key === 'url') noteUrl(this.c, text.slice(v, end), v);
    else if (key === 'method') noteMethod(this.c, text.slice(v, end).toUpperCase(), v);
    else if (key === 'status') {
      const code = codeAtValueStart(text, v, end);
      if (code >= 0) {
        const reasonStart = skipBlanks(text, v + 3, end);
        const reasonEnd = matchReason(text, reasonStart, end);
        const reason = reasonEnd >= 0 ? text.slice(reasonStart, reasonEnd) : null;
        addStatus(this.c, code, reason, 'labelled', v, reasonEnd >= 0 ? reasonEnd : v + 3, valueLine);
        setKind(this.c, valueLine, 'status');
      }
    }
    return valueLine;
  }

  /** A field line in any of the plain forms: `Name: value`, `Name<TAB>value`, or a name line then a value line. */
  private readField(li: number, p: number, end: number, indent: number): number {
    const text = this.text;
    const s = this.syntax;
    if (parseColonField(text, p, end, s)) {
      // `Authorization:` with the value on the next line (devtools, or a chat client wrapped it).
      if (s.valueStart >= end) return this.twoLine(li, p, s.nameEnd);
      return this.lineField(li, p, end, indent, 'raw');
    }
    if (parseTabField(text, p, end, s)) return this.lineField(li, p, end, indent, 'tab-separated');
    const nameEnd = bareNameEnd(text, p, end);
    return nameEnd === end ? this.twoLine(li, p, nameEnd) : -1;
  }

  /** Whether a field-shaped line with this name is a field here (see the file comment). */
  private accepts(name: string, lower: string, known: Side | null | undefined): boolean {
    if (this.block) return known !== undefined || !looksLikeLogName(name, lower);
    if (this.body) return known === 'request' || known === 'response';
    return known !== undefined;
  }

  /** A `Name: value` or `Name<TAB>value` line, if a field here; `knownOnly` for the fast path. */
  private lineField(li: number, p: number, end: number, indent: number, form: HeaderForm, knownOnly = false): number {
    const name = this.text.slice(p, this.syntax.nameEnd);
    const lower = name.toLowerCase();
    const known = knownHeaderSide(lower);
    if (knownOnly && known === undefined) return -1;
    if (!this.accepts(name, lower, known)) return -1;
    const field = this.pushField(li, lower, known, form, p, end);
    this.afterField(li, field, end, indent);
    return li;
  }

  /** Chrome's two-line copy: `authorization` on one line, `Bearer …` on the next. */
  private twoLine(li: number, p: number, nameEnd: number): number {
    const text = this.text;
    const next = this.c.lines[li + 1];
    if (next === undefined) return -1;
    const lower = text.slice(p, nameEnd).toLowerCase();
    const known = knownHeaderSide(lower);
    if (known === undefined && lower.charCodeAt(0) !== 0x3a) return -1;
    if (!this.block && this.body && known !== 'request' && known !== 'response') return -1;
    const vs = skipBlanks(text, next.start, next.end);
    const ve = trimBlanksEnd(text, vs, next.end);
    if (vs === ve || !this.isValueLine(vs, ve)) return -1;
    const field = this.pushField(li, lower, known, 'devtools-two-line', p, ve, vs);
    setKind(this.c, li + 1, 'header');
    if (lower === ':status') this.pseudoStatus(li + 1, vs, ve);
    this.last = null;
    field.end = ve;
    return li + 1;
  }

  /** The line after a lone name is its value unless it is a line of its own: a known field, a name, a status line. */
  private isValueLine(vs: number, ve: number): boolean {
    const text = this.text;
    if (this.inJsonAt(vs) || startsWithCI(text, vs, ve, 'http/')) return false;
    const probe: FieldSyntax = { nameEnd: 0, valueStart: 0, valueEnd: 0 };
    if (parseColonField(text, vs, ve, probe) && knownHeaderSide(text.slice(vs, probe.nameEnd).toLowerCase()) !== undefined) {
      return false;
    }
    const nameEnd = bareNameEnd(text, vs, ve);
    return !(nameEnd === ve && knownHeaderSide(text.slice(vs, nameEnd).toLowerCase()) !== undefined);
  }

  private inJsonAt(offset: number): boolean {
    const span = this.spans[this.spanIndex];
    return span !== undefined && span.start <= offset && offset < span.end;
  }

  /** Records a field of the current (or a new, inferred) block; the value runs from `valueStart` (default: the syntax's) to `end`. */
  private pushField(
    li: number,
    lower: string,
    known: Side | null | undefined,
    form: HeaderForm,
    start: number,
    end: number,
    valueStart = this.syntax.valueStart,
  ): HeaderField {
    if (!this.block) this.openBlock(known === 'request' || known === 'response' ? known : null, false, false);
    const block = this.block as Block;
    let side: Side | null;
    if (block.authoritative) side = block.side;
    else if (known === 'request' || known === 'response') side = known; // a response never carries Authorization
    else side = block.side;
    // A block opened by a known name follows the last name that tells its side (devtools copies without labels).
    if (!block.authoritative && !block.message && side !== null) block.side = side;
    block.fields++;
    setKind(this.c, li, 'header');
    const value = valueStart < end ? this.text.slice(valueStart, end) : '';
    return addField(this.c, { name: lower, value, side, quoted: false, form, start, end, line: li });
  }

  private afterField(li: number, field: HeaderField, end: number, indent: number): void {
    if (field.name === ':status') this.pseudoStatus(li, this.syntax.valueStart, end);
    this.last = field;
    this.lastLine = li;
    this.lastIndent = indent;
  }

  /** `:status: 401`: HTTP/2's status line. */
  private pseudoStatus(li: number, v: number, end: number): void {
    const code = codeAtValueStart(this.text, v, end);
    if (code < 0) return;
    addStatus(this.c, code, null, 'status-line', v, v + 3, li);
    setKind(this.c, li, 'status');
  }

  private canFold(li: number, form: HeaderForm): boolean {
    return this.last !== null && this.lastLine === li - 1 && this.last.form === form && this.block !== null;
  }

  /** Obsolete line folding: the continuation joins the field's value with one SP. */
  private fold(li: number, p: number, end: number): number {
    const field = this.last as HeaderField;
    const from = skipBlanks(this.text, p, end);
    const more = this.text.slice(from, end);
    field.value = field.value === '' ? more : `${field.value} ${more}`;
    field.end = end;
    this.lastLine = li;
    setKind(this.c, li, 'header');
    return li;
  }
}

/** The first ASCII or full-width colon within a label's length of p, or -1. */
function labelColon(text: string, p: number, end: number): number {
  const limit = Math.min(end, p + MAX_LABEL_LENGTH);
  for (let i = p; i < limit; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x3a || ch === 0xff1a) return i;
  }
  return -1;
}

/** Labels have spaces or are Japanese; header names have neither. */
function hasBlankOrWide(text: string, p: number, end: number): boolean {
  for (let i = p; i < end; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 0x20 || ch > 0x7f) return true;
  }
  return false;
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
