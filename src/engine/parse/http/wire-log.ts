/**
 * HTTP clients' debug logs that print the exchange line by line behind a marker of their own, each line of the
 * request or the response a log line:
 * - Apache HttpClient's `org.apache.http.headers` and `org.apache.http.wire` loggers (4.x; 5.x's
 *   `org.apache.hc.client5.http.headers`/`.wire` print the same): `http-outgoing-0 >> Authorization: Bearer …` for what
 *   was sent, `http-outgoing-0 << HTTP/1.1 401 Unauthorized` for what came back, the wire logger's lines quoted with
 *   their line ends spelled out (`<< "WWW-Authenticate: Bearer …[\r][\n]"`), after whatever the log layout puts first;
 * - Ruby's Net::HTTP `set_debug_output` (HTTParty's `debug_output`, Faraday's net_http adapter): the request as sent
 *   in one `<- "GET /x HTTP/1.1\r\nAuthorization: Bearer …\r\n\r\n"` line, each response line as `-> "…\r\n"`, both
 *   Ruby's `String#inspect` (a `"` inside written `\"`);
 * - Faraday's logger middleware: `INFO -- request: GET https://…`, `INFO -- request: Authorization: "Bearer …"` with the
 *   other fields on the lines after it (no prefix), `INFO -- response: Status 401`, `INFO -- response: www-authenticate:
 *   "Bearer …"`, each value inspected (quoted, `\"` inside).
 * - Ktor's client Logging plugin: `REQUEST: https://…`, `COMMON HEADERS`, `-> Authorization: Bearer …`, then
 *   `RESPONSE: 401 Unauthorized` and the response's `-> www-authenticate: …`, each line maybe behind its logger's
 *   prefix (`INFO io.ktor.client.HttpClient - -> Accept: …`); the side is the last REQUEST/RESPONSE line's.
 * - Apple's NSHTTPURLResponse as `print` shows it (`<NSHTTPURLResponse: 0x…> { URL: … } { Status Code: 401, Headers {`):
 *   each field a property-list entry, `"Www-Authenticate" = "Bearer realm=\"api\"";` (older systems) or the value in
 *   parentheses on the lines after it (`"Www-Authenticate" =     (` / `"Bearer …"` / `);`), all of them the response's.
 * - Ruby's inspect of a response's header hash (Net::HTTP's `to_hash`, as HTTParty's `@headers=` and SDK errors print it):
 *   `{"date"=>["…"], "www-authenticate"=>["Bearer realm=\"api\""]}`, each value an array of strings.
 * The arrows' direction is the client's: Apache's `>>` and Ruby's `<-` are the request, `<<` and `->` the response.
 */
import { isDigit } from './chars.js';
import { setKind } from './collect.js';
import { parseColonField } from './fields.js';
import { readRequestLine } from './message-lines.js';
import { knownHeaderSide } from './names.js';
import type { ScanState } from './state.js';
import { readStatusLine } from './status.js';

/** Apache HttpClient's connection id before the direction marker. */
export const APACHE_CONNECTION = 'http-outgoing-';

/**
 * An Apache HttpClient log line, `http-outgoing-N >> …` or `<< …`, whose connection id starts at `at`: its request line,
 * status line or field recorded on its side. Returns the line, or -1 when it is none of those (a body, the wire log's
 * bytes), to be read as any other.
 */
export function readApacheLine(s: ScanState, li: number, at: number, end: number): number {
  const text = s.text;
  let k = at + APACHE_CONNECTION.length;
  const digits = k;
  while (k < end && isDigit(text.charCodeAt(k))) k++;
  if (k === digits || text.charCodeAt(k) !== 0x20) return -1;
  const marker = text.charCodeAt(k + 1);
  if ((marker !== 0x3e && marker !== 0x3c) || text.charCodeAt(k + 2) !== marker || text.charCodeAt(k + 3) !== 0x20)
    return -1;
  let p = k + 4;
  let e = end;
  // The wire logger quotes each line and spells its line end out: `"…[\r][\n]"`.
  if (text.charCodeAt(p) === 0x22 && text.charCodeAt(e - 1) === 0x22 && e - 1 > p) {
    p++;
    e--;
    if (text.endsWith('[\\r][\\n]', e)) e -= 8;
    else if (text.endsWith('[\\n]', e)) e -= 4;
    else return -1;
  }
  return readMessageLine(s, li, p, e, marker === 0x3e ? 'request' : 'response', null);
}

/**
 * A Ruby Net::HTTP debug line starting at `p` with `<- "` (the request as written, its lines joined by `\r\n`) or
 * `-> "` (one line of the response). Returns the line, or -1 when it is none (the body's bytes).
 */
export function readRubyDebugLine(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  if (text.charCodeAt(end - 1) !== 0x22 || end - 1 <= p + 3) return -1;
  const from = p + 4;
  const stop = end - 1;
  if (text.charCodeAt(p) === 0x2d) {
    // `-> "…\r\n"`: one response line; `-> "\r\n"` ends the fields.
    const e = text.endsWith('\\r\\n', stop) ? stop - 4 : -1;
    if (e < 0) return -1;
    if (e === from) {
      setKind(s.c, li, 'blank');
      s.blankLine();
      return li;
    }
    return readMessageLine(s, li, from, e, 'response', unescapeRuby);
  }
  // `<- "…"`: the request line and its fields, up to the blank line (the body follows in the same string or the next).
  return readPrintedRequest(s, li, from, stop, unescapeRuby);
}

/**
 * A request printed on one line with its line breaks written `\r\n` (Ruby Net::HTTP's `<- "…"`, Python http.client's
 * `send: b'…'`): the request line and its fields, from `from` up to the blank line or `stop`, each field's value with
 * `undo`'s escapes undone (and trimmed), or as written when there are none to undo. Returns the line, or -1 when the first piece is no request line (the line is then read as
 * any other).
 */
export function readPrintedRequest(
  s: ScanState,
  li: number,
  from: number,
  stop: number,
  undo: ((value: string) => string) | null,
): number {
  const text = s.text;
  let at = from;
  for (let n = 0; at < stop && n <= MAX_SENT_FIELDS; n++) {
    let next = text.indexOf('\\r\\n', at);
    if (next < 0 || next > stop) next = stop;
    // The blank line: the body follows.
    if (next === at) break;
    if (n === 0) {
      if (!readRequestLine(s, li, at, next)) return -1;
      s.openBlock('request', true, true);
    } else if (parseColonField(text, at, next, s.syntax)) {
      if (undo !== null) pushField(s, li, at, next, 'request', undo);
      // Bytes printed as they were sent (Python's repr): the value as written, trailing blanks and all, which
      // authz-header.format judges.
      else
        s.pushField({
          li,
          name: text.slice(at, s.syntax.nameEnd).toLowerCase(),
          known: 'request',
          form: 'raw',
          start: at,
          end: next,
        });
    }
    at = next + 4;
  }
  s.reset(false);
  return li;
}

/** The field readers' markers of Faraday's logger (Ruby's Logger prints `-- progname: message`). */
export const FARADAY_REQUEST = ' -- request: ';
export const FARADAY_RESPONSE = ' -- response: ';

/**
 * A Faraday logger line whose message starts at `p` (after ` -- request: ` or ` -- response: `): the request's method
 * and URL, `Status 401`, or a field with its inspected value. Returns the line, or -1 when it is none of those.
 */
export function readFaradayLine(
  s: ScanState,
  li: number,
  p: number,
  end: number,
  side: 'request' | 'response',
): number {
  const text = s.text;
  if (side === 'response' && text.startsWith('Status ', p)) {
    const code = p + 7;
    if (end - code !== 3 || !isDigit(text.charCodeAt(code))) return -1;
    if (!readStatusLine(s.c, code, end, li)) return -1;
    setKind(s.c, li, 'status');
    s.openBlock('response', true, true);
    return li;
  }
  if (side === 'request' && readRequestLine(s, li, p, end)) {
    s.openBlock('request', true, true);
    return li;
  }
  if (!parseColonField(text, p, end, s.syntax)) return -1;
  // The fields after the first follow on lines of their own, without the logger's prefix: the block takes them.
  s.openBlock(side, true, false);
  s.faraday = true;
  return readInspectedField(s, li, p, end, side);
}

/** A field line under Faraday's logger, `Name: "value"`: the value is inspected (quoted). -1 when it is not one. */
export function readInspectedField(
  s: ScanState,
  li: number,
  p: number,
  end: number,
  side: 'request' | 'response',
): number {
  const text = s.text;
  if (!parseColonField(text, p, end, s.syntax)) return -1;
  const vs = s.syntax.valueStart;
  if (text.charCodeAt(vs) !== 0x22 || text.charCodeAt(end - 1) !== 0x22 || end - 1 <= vs) return -1;
  return pushField(s, li, p, end, side, unescapeRuby, vs + 1, end - 1);
}

/** Ktor prints this line before each message's fields: a paste without it holds no Ktor log. */
export const KTOR_SECTION = 'COMMON HEADERS';
/** How far into a line Ktor's `REQUEST: `/`RESPONSE: `/`-> ` is looked for behind a logger's prefix. */
const KTOR_REACH = 200;

/**
 * A line of Ktor's Logging plugin (in a paste that holds its `COMMON HEADERS`): `REQUEST: `/`RESPONSE: ` set the side
 * of the fields after them (the line is left to the other readers: `RESPONSE: 401 Unauthorized` is a labelled status);
 * `-> Name: value` is a field of that side. Returns the line, or -1.
 */
export function readKtorLine(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  const reach = Math.min(end, p + KTOR_REACH);
  const line = text.slice(p, reach);
  const request = line.indexOf('REQUEST: ');
  const response = line.indexOf('RESPONSE: ');
  if (request >= 0 || response >= 0) {
    s.ktorSide = request >= 0 && (response < 0 || request < response) ? 'request' : 'response';
    return -1;
  }
  if (s.ktorSide === null) return -1;
  // `-> ` opening the line, or after the logger's prefix (its last word then a blank: `HttpClient - -> `).
  const at = line.indexOf('-> ');
  if (at < 0 || (at > 0 && line.charCodeAt(at - 1) !== 0x20)) return -1;
  const arrow = at;
  const from = p + arrow + 3;
  if (!parseColonField(text, from, end, s.syntax)) return -1;
  const side = s.ktorSide;
  if (!s.block || s.block.side !== side) s.openBlock(side, true, true);
  return pushField(s, li, from, end, side, null);
}

/** How a printed NSHTTPURLResponse starts: a paste without it holds none. */
export const NS_RESPONSE = 'NSHTTPURLResponse';

/**
 * A header entry of a printed NSHTTPURLResponse (in a paste that holds one): `Name = value;` with the name and the
 * value each quoted or bare, or `Name =     (` with the value on the next line and `);` after it. Recorded as a
 * response field; returns the last line it took, or -1 when the line is no such entry.
 */
export function readNsHeaderLine(s: ScanState, li: number, p: number, end: number): number {
  const text = s.text;
  let k = p;
  let nameStart = p;
  let nameEnd: number;
  if (text.charCodeAt(k) === 0x22) {
    nameStart = k + 1;
    nameEnd = text.indexOf('"', nameStart);
    if (nameEnd < 0 || nameEnd >= end) return -1;
    k = nameEnd + 1;
  } else {
    while (k < end && isNameChar(text.charCodeAt(k))) k++;
    nameEnd = k;
  }
  if (nameEnd === nameStart) return -1;
  while (k < end && text.charCodeAt(k) === 0x20) k++;
  if (text.charCodeAt(k) !== 0x3d || text.charCodeAt(k + 1) !== 0x20) return -1;
  k = skipSpaces(text, k + 1, end);
  const name = text.slice(nameStart, nameEnd).toLowerCase();
  if (knownHeaderSide(name) === undefined && !inNsHeaders(s, li)) return -1;
  if (text.charCodeAt(k) === 0x28 && k + 1 === end) {
    // `Name =     (`: the value on the next line, `);` on the one after.
    const next = s.c.lines[li + 1];
    const close = s.c.lines[li + 2];
    if (next === undefined || close === undefined) return -1;
    const vs = skipSpaces(text, next.start, next.end);
    let ve = next.end;
    while (ve > vs && text.charCodeAt(ve - 1) === 0x20) ve--;
    if (text.charCodeAt(ve - 1) === 0x2c) ve--;
    const cs = skipSpaces(text, close.start, close.end);
    if (!text.startsWith(');', cs) || vs >= ve) return -1;
    pushNsField(s, li, nameStart - (nameStart > p ? 1 : 0), name, vs, ve);
    setKind(s.c, li + 1, 'header');
    setKind(s.c, li + 2, 'header');
    return li + 2;
  }
  let ve = end;
  if (text.charCodeAt(ve - 1) !== 0x3b) return -1;
  ve--;
  if (ve <= k) return -1;
  pushNsField(s, li, nameStart - (nameStart > p ? 1 : 0), name, k, ve);
  return li;
}

/** Lines looked back from an entry for the `Headers {` that opens its dictionary. */
const NS_HEADERS_BACK = 80;

/**
 * Whether line `li` stands inside a printed NSHTTPURLResponse's header dictionary: a line ending in `Headers {` (or
 * `headers {`, older systems) above it, with no line closing a dictionary (`}`) between. The same property-list shape
 * prints the rest of an NSError's userInfo (AFNetworking's `NSLocalizedDescription = "Request failed: unauthorized
 * (401)";`, `"com.alamofire.serialization.response.error.response" = "<NSHTTPURLResponse: …> { status code: 401, …";`,
 * pasted in AFNetworking captures): those entries are the error's words, not the response's fields, and reading them
 * as fields hid the status they state. Asked only for a name the scanner does not know as a header's.
 */
function inNsHeaders(s: ScanState, li: number): boolean {
  const text = s.text;
  for (let i = li - 1; i >= 0 && i >= li - NS_HEADERS_BACK; i--) {
    const line = s.c.lines[i];
    if (line === undefined) return false;
    let e = line.end;
    while (e > line.start && text.charCodeAt(e - 1) === 0x20) e--;
    if (text.endsWith('eaders {', e) && e - line.start >= 9) {
      const h = text.charCodeAt(e - 9);
      return h === 0x48 || h === 0x68;
    }
    if (text.charCodeAt(skipSpaces(text, line.start, e)) === 0x7d) return false;
  }
  return false;
}

function pushNsField(s: ScanState, li: number, start: number, name: string, vs: number, ve: number): void {
  const text = s.text;
  const quoted = text.charCodeAt(vs) === 0x22 && text.charCodeAt(ve - 1) === 0x22 && ve - vs >= 2;
  const from = quoted ? vs + 1 : vs;
  const to = quoted ? ve - 1 : ve;
  const raw = text.slice(from, to);
  const value = raw.indexOf('\\') >= 0 ? unescapeRuby(raw) : raw;
  if (s.block?.side !== 'response') s.openBlock('response', true, false);
  s.pushField({ li, name, known: 'response', form: 'raw', start, end: ve, valueStart: from, valueEnd: to, value });
}

function isNameChar(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x5f;
}

function skipSpaces(text: string, from: number, end: number): number {
  let k = from;
  while (k < end && (text.charCodeAt(k) === 0x20 || text.charCodeAt(k) === 0x09)) k++;
  return k;
}

/** What every entry of Ruby's inspect of a hash holds between its key and its value. */
export const RUBY_HASH_ENTRY = '=>';
/** Entries of one header hash read, at most. */
const MAX_HASH_ENTRIES = 100;

/**
 * The entries of Ruby's inspect of a header hash on the line [p, end) whose first `=>` is at `at`: `"name"=>["value",
 * …]` (Net::HTTP's `to_hash`, each value an array of strings), `"name"=>"value"` (Faraday's headers in the response
 * hash its errors carry: `{:status=>401, :headers=>{"www-authenticate"=>"Basic realm=\"Application\"", …}, :body=>…}`,
 * as imagine-it/fakturan-nu-gem's README prints one), and Ruby 3.4's `"name" => "value"`. Only names the scanner knows as header
 * names are taken (a hash of anything else is no headers), each on the side its name tells, the first value unescaped.
 * Returns the line when one was taken, else -1; the line stays text for the other readers either way (a body hash may
 * sit beside the headers).
 */
export function readRubyHeaderHash(s: ScanState, li: number, p: number, at: number, end: number): number {
  const text = s.text;
  let taken = 0;
  for (let k = at, n = 0; k >= 0 && k < end && n < MAX_HASH_ENTRIES; k = text.indexOf(RUBY_HASH_ENTRY, k + 2), n++) {
    if (k >= end) break;
    // The key's closing quote right before the arrow, or one blank before it (Ruby 3.4).
    const close =
      text.charCodeAt(k - 1) === 0x22
        ? k - 1
        : text.charCodeAt(k - 1) === 0x20 && text.charCodeAt(k - 2) === 0x22
          ? k - 2
          : -1;
    if (close < 0) continue;
    const open = text.lastIndexOf('"', close - 1);
    if (open < p) continue;
    const name = text.slice(open + 1, close).toLowerCase();
    const known = knownHeaderSide(name);
    if (known === undefined || name.length === 0) continue;
    let vs = k + 2;
    if (text.charCodeAt(vs) === 0x20) vs++;
    if (text.charCodeAt(vs) === 0x5b) vs++;
    if (text.charCodeAt(vs) !== 0x22) continue;
    vs++;
    let ve = vs;
    while (ve < end && text.charCodeAt(ve) !== 0x22) ve += text.charCodeAt(ve) === 0x5c ? 2 : 1;
    if (ve >= end) break;
    const raw = text.slice(vs, ve);
    const value = raw.indexOf('\\') >= 0 ? unescapeRuby(raw) : raw;
    s.pushField({
      li,
      name,
      known,
      form: 'fetch-json',
      start: open,
      end: ve + 1,
      valueStart: vs,
      valueEnd: ve,
      value,
      quoted: true,
    });
    taken++;
  }
  if (taken === 0) return -1;
  s.reset(false);
  setKind(s.c, li, 'text');
  return li;
}

/** How many fields of a printed request are read: a request has a few dozen at most. */
const MAX_SENT_FIELDS = 100;

/** A request line, a status line or a field on [p, e), on `side`; -1 when the piece is none of them. */
function readMessageLine(
  s: ScanState,
  li: number,
  p: number,
  e: number,
  side: 'request' | 'response',
  undo: ((value: string) => string) | null,
): number {
  if (p >= e) {
    setKind(s.c, li, 'blank');
    s.blankLine();
    return li;
  }
  if (side === 'request' && readRequestLine(s, li, p, e)) {
    s.openBlock('request', true, true);
    return li;
  }
  if (side === 'response' && readStatusLine(s.c, p, e, li)) {
    setKind(s.c, li, 'status');
    s.openBlock('response', true, true);
    return li;
  }
  if (!parseColonField(s.text, p, e, s.syntax)) return -1;
  if (!s.block || s.block.side !== side) s.openBlock(side, true, true);
  return pushField(s, li, p, e, side, undo);
}

function pushField(
  s: ScanState,
  li: number,
  p: number,
  e: number,
  side: 'request' | 'response',
  undo: ((value: string) => string) | null,
  valueStart = s.syntax.valueStart,
  valueEnd = e,
): number {
  const name = s.text.slice(p, s.syntax.nameEnd).toLowerCase();
  const raw = s.text.slice(valueStart, valueEnd).trim();
  const value = undo !== null && raw.indexOf('\\') >= 0 ? undo(raw) : raw;
  s.pushField({ li, name, known: side, form: 'raw', start: p, end: e, valueStart, valueEnd, value });
  return li;
}

/** Ruby's `String#inspect` escapes undone where a header value may hold them: `\"` and `\\`. */
function unescapeRuby(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value.charCodeAt(i);
    if (ch === 0x5c && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next === 0x22 || next === 0x5c) {
        out += value[i + 1];
        i++;
        continue;
      }
    }
    out += value[i];
  }
  return out;
}
