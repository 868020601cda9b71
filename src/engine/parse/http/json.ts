/**
 * HTTP exchanges pasted as JSON: HAR (a whole log, one entry, a lone request or response, or the
 * `{name, value}` objects of a HAR cut short), fetch() options from "Copy as fetch", logged request and
 * response objects (`req`/`res`, Lambda events, axios errors), Firefox's "Copy All" and error bodies
 * that carry a status (`{"status":403}`, `{"error":{"code":401,"message":…}}`).
 *
 * Offsets are found by searching the span's text for each JSON-encoded name in document order; when a
 * name was written with escapes and cannot be found, the field points at the start of its object.
 */
import type { HeaderForm, Side, StatusForm } from '../http.js';
import type { JsonObjectSpan } from '../json-spans.js';
import { isTchar } from './chars.js';
import { addField, addStatus, type Collector, markShown, noteMethod, noteRequestStart, noteUrl } from './collect.js';
import { knownHeaderSide } from './names.js';
import { isKnownCode, normaliseLabel, sectionOf } from './vocabulary.js';

const MAX_NODES = 5000;
const MAX_DEPTH = 10;
const MAX_SEARCH_MISSES = 16;

type Json = Record<string, unknown>;

/** A HAR `{name, value}` item naming Authorization or Cookie. */
function isCredentialHeader(item: unknown): boolean {
  if (!isObject(item) || typeof item.name !== 'string') return false;
  const lower = item.name.toLowerCase();
  return lower === 'authorization' || lower === 'cookie';
}

function isObject(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

const REQUEST_KEYS = new Set(['request', 'req']);
const RESPONSE_KEYS = new Set(['response', 'res', 'resp']);
// `response_code`: Envoy's and Istio's JSON access logs; `http.status_code`, `http.response.status_code`:
// OpenTelemetry attributes as flat keys (Datadog, Elastic, Grafana exports); `DownstreamStatus`: Traefik's JSON access
// log, the status Traefik sent the client (its `OriginStatus` is the server's, 0 when none answered; traefik/traefik#13609).
// biome-ignore format: a word list reads best packed
const STATUS_KEYS = new Set([
  'status', 'statuscode', 'status_code', 'httpstatus', 'http_status', 'httpstatuscode', 'response_code',
  'responsecode', 'http.status_code', 'http.response.status_code', 'downstreamstatus',
]);
const MESSAGE_KEYS = ['message', 'msg', 'error', 'error_description', 'detail', 'title', 'reason'];

/** Reads every span whose line `accept` admits (not a header value or a curl -d body). */
export function readJsonSpans(
  c: Collector,
  spans: readonly JsonObjectSpan[],
  accept: (span: JsonObjectSpan) => boolean,
): void {
  for (const span of spans) if (accept(span)) new JsonReader(c, span).read();
  if (c.answeredPreflightEnd >= 0) noteBrokenRequest(c);
}

/** A HAR entry whose request is an OPTIONS (a CORS preflight), with its response. */
function isPreflightEntry(o: Json): boolean {
  const request = o.request;
  return isObject(request) && isObject(o.response) && request.method === 'OPTIONS';
}

/** What a HAR entry's request begins with, as JSON writes it (its `method` member). */
const METHOD_MEMBER = '"method":';

/**
 * A request after a whole HAR entry that no span holds (its JSON broken: a value cut or joined to the next member) still
 * begins an exchange: its `"method":"GET"` is where. Only a request after the last one read, so a call read whole is
 * not counted twice.
 */
function noteBrokenRequest(c: Collector): void {
  const starts = c.requestStarts;
  const last = starts.length === 0 ? -1 : (starts[starts.length - 1] as number);
  if (last >= c.answeredPreflightEnd) return;
  const at = c.text.indexOf(METHOD_MEMBER, c.answeredPreflightEnd);
  if (at < 0) return;
  const method = /^\s{0,4}"([A-Z]{3,7})"/.exec(c.text.slice(at + METHOD_MEMBER.length, at + METHOD_MEMBER.length + 16));
  if (method === null || method[1] === 'OPTIONS') return;
  noteRequestStart(c, at);
}

class JsonReader {
  private readonly c: Collector;
  private readonly span: JsonObjectSpan;
  private readonly src: string;
  private cursor = 0;
  private misses = 0;
  private nodes = 0;
  /**
   * The span is Chrome's HAR (an entry's `_initiator`, `_resourceType` or `_priority`): its default export, "Export
   * HAR (sanitized)" / "Copy all as HAR (sanitized)", drops the request's `authorization` and `cookie` headers
   * (devtools-frontend front_end/models/har/Log.ts, `options.sanitize`).
   */
  private chromeHar = false;

  constructor(c: Collector, span: JsonObjectSpan) {
    this.c = c;
    this.span = span;
    this.src = c.text.slice(span.start, span.end);
  }

  read(): void {
    const root = this.span.value;
    if (isNameValue(root)) this.loneNameValue(root);
    else if (isPreflightEntry(root)) {
      // A preflight's HAR entry whole, in a log cut short after it: an exchange of its own, before the call's.
      noteRequestStart(this.c, this.span.start);
      const statuses = this.c.statuses.length;
      this.visit(root, null, 0);
      if (this.c.statuses.length > statuses) this.c.answeredPreflightEnd = this.span.end;
    } else {
      // After a preflight's whole entry and its answer (in a log cut short), a request is the call's.
      if (this.followsAnsweredPreflight() && messageSide(root) === 'request') noteRequestStart(this.c, this.span.start);
      this.visit(root, null, 0);
    }
  }

  private followsAnsweredPreflight(): boolean {
    return this.c.answeredPreflightEnd >= 0 && this.span.start >= this.c.answeredPreflightEnd;
  }

  /** Offset in the text of `needle` at or after the cursor (then moved past it), or -1. */
  private find(needle: string): number {
    if (this.misses >= MAX_SEARCH_MISSES) return -1;
    const at = this.src.indexOf(needle, this.cursor);
    if (at < 0) {
      this.misses++;
      return -1;
    }
    this.cursor = at + needle.length;
    return this.span.start + at;
  }

  /** The extent of `"key"` and the JSON text `value` after it, searched in order. */
  private locate(key: string, value: string): { start: number; end: number } {
    const keyAt = this.find(JSON.stringify(key));
    if (keyAt < 0) return { start: this.span.start, end: this.span.start };
    const valueAt = this.find(value);
    if (valueAt >= 0) return { start: keyAt, end: valueAt + value.length };
    // A value the paste escapes otherwise than JSON.stringify (`\/`, `\u00e9`, a lone surrogate stringify escapes):
    // found by its part before the first escape, so the field still reaches the line that holds its value (the
    // Authorization item's token, not its `"name"` line).
    const prefix = unescapedPrefix(value);
    const prefixAt = prefix === null ? -1 : this.find(prefix);
    return { start: keyAt, end: prefixAt >= 0 ? prefixAt + (prefix as string).length : keyAt };
  }

  /**
   * A `{name, value}` object on its own: a HAR cut short. Only known header names count. A request's field shows its
   * headers unless an Authorization item just before it did not parse: a chat or a page cut its value's line (the
   * token, unterminated), and the request did carry one.
   */
  private loneNameValue(o: Json): void {
    const name = String(o.name);
    const lower = name.toLowerCase();
    const side = knownHeaderSide(lower);
    if (side === undefined || !isFieldName(lower)) return;
    if (side === 'request' && this.followsAnsweredPreflight()) noteRequestStart(this.c, this.span.start);
    const shows = side !== 'request' || isCredentialHeader(o) || !followsCutAuthorization(this.c.text, this.span.start);
    this.field(lower, String(o.value), side, 'har', this.span.start, this.span.end, shows);
  }

  private field(
    name: string,
    value: string,
    side: Side | null,
    form: HeaderForm,
    start: number,
    end: number,
    shows = true,
  ): void {
    addField(this.c, { name, value, side, quoted: true, form, start, end }, shows);
  }

  private visit(o: Json, hint: Side | null, depth: number): void {
    if (++this.nodes > MAX_NODES || depth > MAX_DEPTH) return;
    const side = hint ?? messageSide(o);
    const har = Array.isArray(o.headers);
    for (const key of Object.keys(o)) this.member(o, key, side, har, depth);
  }

  /** One member of a visited object, in document order (so that offsets are found in order). */
  private member(o: Json, key: string, side: Side | null, har: boolean, depth: number): void {
    const v = o[key];
    const lower = key.toLowerCase();
    if (lower === '_initiator' || lower === '_resourcetype' || lower === '_priority') this.chromeHar = true;
    if (lower === 'headers' || lower === 'multivalueheaders')
      this.headers(v, side, side !== 'request' || !clientAddsCredentials(o));
    else if (STATUS_KEYS.has(lower)) this.status(o, key, v, har && side === 'response' ? 'har' : 'labelled');
    else if (lower === 'code') {
      // `{"error":{"code":401,"message":…}}` (Google and many others); a bare `code` is too vague.
      if (typeof v === 'number' && MESSAGE_KEYS.some((k) => k in o)) this.status(o, key, v, 'labelled');
    } else if (lower === 'resultcode') {
      // Application Insights' request rows (the `requests` table's `resultCode`, Log Analytics' AppRequests
      // `ResultCode`, a string: learn.microsoft.com/azure/azure-monitor/reference/tables/apprequests) as a query's
      // JSON export gives them: the status the application answered. Other APIs' `resultCode` (a payment's
      // "Authorised", a 0) is no HTTP status and is left, as status() reads only a known one.
      this.status(o, key, v, 'labelled');
    } else if (side === 'request' && (lower === 'method' || lower === 'httpmethod')) {
      if (typeof v === 'string') noteMethod(this.c, v.toUpperCase(), this.span.start);
    } else if (side === 'request' && lower === 'url') {
      if (typeof v === 'string') noteUrl(this.c, v, this.span.start);
    } else if (typeof v === 'string') {
      if (v.length > MIN_MESSAGE && startLineEnd(v) > 0) this.rawMessage(v);
    } else this.descend(key, lower, v, depth);
  }

  private descend(key: string, lower: string, v: unknown, depth: number): void {
    let hint: Side | null = REQUEST_KEYS.has(lower) ? 'request' : RESPONSE_KEYS.has(lower) ? 'response' : null;
    // Firefox "Copy All": {"Request headers (456 B)": {"headers": […]}}
    const section =
      hint === null && key.length <= 48 && key.includes(' ')
        ? sectionOf(normaliseLabel(key, 0, key.length))
        : undefined;
    if (section === 'request' || section === 'response') hint = section;
    if (Array.isArray(v)) {
      if (section === 'request' || section === 'response') this.headers(v, hint, true);
      else {
        for (const item of v) {
          if (this.nodes > MAX_NODES) break;
          if (isObject(item)) this.visit(item, hint, depth + 1);
        }
      }
    } else if (isObject(v)) {
      if (lower === 'log' && Array.isArray(v.entries)) {
        for (const entry of v.entries) {
          if (this.nodes > MAX_NODES) break;
          if (!isObject(entry)) continue;
          // Each entry is an exchange; it begins after what the previous one's fields were found at.
          noteRequestStart(this.c, this.span.start + this.cursor);
          this.visit(entry, null, depth + 2);
        }
      } else this.visit(v, hint, depth + 1);
    }
  }

  /**
   * A HAR `[{name, value}]` array or a fetch/Lambda `{name: value | [values]}` map. `listed` is false when the list is
   * not all the request sent (an API client adds its auth tab's Authorization itself).
   */
  private headers(v: unknown, side: Side | null, listed: boolean): void {
    if (Array.isArray(v)) {
      // Chrome's request headers with neither Authorization nor Cookie may be its sanitized export: they do not
      // show whether the request carried a token.
      const shows = listed && !(side === 'request' && this.chromeHar && !v.some(isCredentialHeader));
      if (shows) this.container(side);
      for (const item of v) {
        if (!isObject(item) || item.name === undefined || item.value === undefined) continue;
        const name = String(item.name);
        const value = String(item.value);
        const at = this.locate(name, JSON.stringify(value));
        this.add(name, value, side, 'har', at, shows);
      }
    } else if (isObject(v)) {
      if (listed) this.container(side);
      for (const name of Object.keys(v)) {
        const raw = v[name];
        const values = Array.isArray(raw) ? raw : [raw];
        for (const one of values) {
          if (one === null || one === undefined || typeof one === 'object') continue;
          const value = String(one);
          const at = this.locate(name, JSON.stringify(value));
          this.add(name, value, side, 'fetch-json', at, listed);
        }
      }
    }
  }

  /**
   * A whole HTTP message logged as one string value, its line breaks escaped (`"dump":"HTTP/1.1 401
   * Unauthorized\r\nWww-Authenticate: Bearer error=\"invalid_token\"\r\n\r\n"`: Go's httputil.DumpResponse or
   * DumpRequestOut under a JSON logger): its start line and its header fields, up to the blank line. Each line is
   * found in the span as JSON escapes it; one that is not (other escapes) points at the span's start.
   */
  private rawMessage(v: string): void {
    const first = startLineEnd(v);
    const startLine = v.slice(0, first).trimEnd();
    const status = STATUS_LINE.exec(startLine);
    const side: Side = status === null ? 'request' : 'response';
    const at = this.locateLine(startLine);
    if (status !== null) addStatus(this.c, Number(status[1]), status[2] || null, 'status-line', at.start, at.end);
    else {
      noteRequestStart(this.c, at.start);
      const sp = startLine.indexOf(' ');
      noteMethod(this.c, startLine.slice(0, sp), at.start);
      noteUrl(this.c, startLine.slice(sp + 1, startLine.lastIndexOf(' ')), at.start);
    }
    let from = first + 1;
    for (let k = 0; k < MAX_RAW_FIELDS && from < v.length; k++) {
      let nl = v.indexOf('\n', from);
      if (nl < 0) nl = v.length;
      const line = v.slice(from, v.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl);
      from = nl + 1;
      if (line === '') break;
      const colon = line.indexOf(':');
      if (colon <= 0) break;
      const lower = line.slice(0, colon).toLowerCase();
      if (!isFieldName(lower)) break;
      const fieldAt = this.locateLine(line);
      this.field(lower, line.slice(colon + 1).trim(), side, 'raw', fieldAt.start, fieldAt.end);
    }
  }

  /** The extent in the text of one line of a string value, as JSON escapes it. */
  private locateLine(line: string): { start: number; end: number } {
    const escaped = JSON.stringify(line).slice(1, -1);
    const at = this.find(escaped);
    return at < 0 ? { start: this.span.start, end: this.span.start } : { start: at, end: at + escaped.length };
  }

  /** A request's or response's header list, even an empty one, shows that side's headers. */
  private container(side: Side | null): void {
    if (side !== null) markShown(this.c, side, this.span.start + this.cursor);
  }

  private add(
    name: string,
    value: string,
    side: Side | null,
    form: HeaderForm,
    at: { start: number; end: number },
    shows = true,
  ): void {
    const lower = name.toLowerCase();
    if (!isFieldName(lower)) return;
    const fieldSide = side ?? knownHeaderSide(lower) ?? null;
    this.field(lower, value, fieldSide, form, at.start, at.end, shows);
  }

  private status(o: Json, key: string, v: unknown, form: StatusForm): void {
    const parsed = statusValue(v);
    if (parsed === null) return;
    const lowerKey = key.toLowerCase();
    // An interim 1xx never carries an error body: a `code` of 100 is the API's own (Meta's Graph API's "(#100) …").
    if ((lowerKey === 'code' || lowerKey === 'resultcode') && (parsed.code < 200 || !isKnownCode(parsed.code))) return;
    const text = typeof v === 'string' ? JSON.stringify(v) : String(v);
    const at = this.locate(key, text);
    const reason = parsed.reason ?? reasonOf(o);
    addStatus(this.c, parsed.code, reason, form, at.start, at.end);
  }
}

/** The shortest part of a value found before its first escape (`"Bearer x` is too common to point at one field). */
const MIN_PREFIX = 12;

/**
 * A JSON string's text up to the first character a writer may escape otherwise than JSON.stringify (a `\\`, a `/`
 * written `\\/`, a non-ASCII one written `\\u00e9`), or null when that is short or the whole string.
 */
function unescapedPrefix(json: string): string | null {
  let end = 1;
  while (end < json.length) {
    const c = json.charCodeAt(end);
    if (c === 0x5c || c === 0x2f || c > 0x7e) break;
    end++;
  }
  if (end >= json.length - 1 || end < MIN_PREFIX) return null;
  return json.slice(0, end);
}

/** The shortest string value read as a whole HTTP message (`HTTP/1.1 401 X\n`). */
const MIN_MESSAGE = 14;
/** Header fields read from one such message at most. */
const MAX_RAW_FIELDS = 64;
/** A response's status line: `HTTP/1.1 401 Unauthorized`, `HTTP/2 403`. */
const STATUS_LINE = /^HTTP\/\d(?:\.\d)? ([1-5]\d\d)(?: (.*))?$/;
/** A request line: `GET /v1/orders HTTP/1.1`. */
const REQUEST_LINE = /^[A-Z]{3,7} [^ ]+ HTTP\/\d(?:\.\d)?$/;

/**
 * Where the start line of a string holding a whole HTTP message ends (its first line break), or -1: the string
 * starts with a status line or a request line and goes on to another line.
 */
function startLineEnd(v: string): number {
  const c = v.charCodeAt(0);
  if (c < 0x41 || c > 0x5a) return -1;
  const nl = v.indexOf('\n');
  if (nl < 0 || nl > 2048) return -1;
  const line = v.slice(0, v.charCodeAt(nl - 1) === 0x0d ? nl - 1 : nl);
  return STATUS_LINE.test(line) || REQUEST_LINE.test(line) ? nl : -1;
}

function isFieldName(lower: string): boolean {
  if (lower === '') return false;
  for (let i = lower.charCodeAt(0) === 0x3a ? 1 : 0; i < lower.length; i++)
    if (!isTchar(lower.charCodeAt(i))) return false;
  return true;
}

/** How far before a lone HAR item an unparsed Authorization item is looked for: its name, a cut token, a few lines. */
const CUT_ITEM_REACH = 4096;

/**
 * Whether an Authorization item's name (`"name": "Authorization"`, any case a HAR writes) sits within CUT_ITEM_REACH
 * before `at`. Only that window is searched: a long truncated HAR pays it per lone request item, never the whole text.
 */
function followsCutAuthorization(text: string, at: number): boolean {
  const window = text.slice(Math.max(0, at - CUT_ITEM_REACH), at);
  return window.indexOf('"Authorization"') >= 0 || window.indexOf('"authorization"') >= 0;
}

function isNameValue(o: Json): boolean {
  const keys = Object.keys(o);
  return (keys.length === 2 || (keys.length === 3 && 'comment' in o)) && typeof o.name === 'string' && 'value' in o;
}

/** Which message an object is: a request has a method, a response a status (and maybe a URL), else a URL means a request. */
/**
 * The members under which API clients keep a saved request's auth tab, beside its own header list: Postman's and
 * Thunder Client's `auth` (`{"type": "bearer", "bearer": …}`; Thunder Client's export as MicroFish91/portfolio-instruments-api
 * sanitizes it), Hoppscotch's `auth` (`{"authType": "bearer", "authActive": true, "token": …}`, hoppscotch-data's
 * HoppRESTAuth.ts), Insomnia's `authentication` (`{"type": "bearer", "token": "{{token}}"}`, its export's `_type:
 * "request"` resources), Bruno's `auth` (`{"mode": "bearer", …}`).
 */
const CLIENT_AUTH_KEYS = ['auth', 'authentication'] as const;
/** Auth types that add no credential: the header list is then all the request carried. */
const NO_CLIENT_AUTH = new Set(['', 'none', 'noauth', 'no auth']);

/**
 * Whether a saved request's auth tab adds a credential its header list does not show: the client sends the
 * Authorization (or its API key) itself, so a list without one is no request without one. Off (Hoppscotch's
 * `authActive: false`), "none" (Postman's "noauth") or no type at all (Insomnia's `{}`) adds none.
 */
function clientAddsCredentials(o: Json): boolean {
  for (const key of CLIENT_AUTH_KEYS) {
    const auth = o[key];
    if (!isObject(auth) || auth.authActive === false) continue;
    const type = auth.type ?? auth.authType ?? auth.mode;
    if (typeof type === 'string' && !NO_CLIENT_AUTH.has(type.toLowerCase())) return true;
  }
  return false;
}

function messageSide(o: Json): Side | null {
  if ('method' in o || 'httpMethod' in o) return 'request';
  if ('status' in o || 'statusCode' in o || 'statusText' in o) return 'response';
  return 'url' in o ? 'request' : null;
}

/** 401, "401", "401 Unauthorized", "401Unauthorized" (Firefox): the code and any reason after it. */
function statusValue(v: unknown): { code: number; reason: string | null } | null {
  if (typeof v === 'number') return Number.isInteger(v) && v >= 100 && v <= 599 ? { code: v, reason: null } : null;
  if (typeof v !== 'string' || !/^[1-5]\d\d(?!\d)/.test(v)) return null;
  const reason = v.slice(3).trim();
  return { code: Number(v.slice(0, 3)), reason: reason === '' ? null : reason };
}

function reasonOf(o: Json): string | null {
  const r = o.statusText ?? o.reasonPhrase ?? o.statusMessage;
  return typeof r === 'string' && r !== '' ? r : null;
}
