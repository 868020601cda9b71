/**
 * The state every part of the extractor writes into: lines with their kinds, the fields and statuses
 * found so far, and the request's method/URL/host (the earliest mention in the paste wins).
 */
import type {
  AuthorizationCut,
  HeaderField,
  HeaderForm,
  LineKind,
  Side,
  StatusForm,
  StatusObservation,
} from '../http.js';
import { hostOf } from './url.js';

export interface LineRecord {
  start: number;
  end: number;
  kind: LineKind;
}

interface Mention {
  value: string;
  at: number;
}

export interface Collector {
  readonly text: string;
  readonly lines: LineRecord[];
  readonly headers: HeaderField[];
  readonly statuses: StatusObservation[];
  method: Mention | null;
  url: Mention | null;
  host: Mention | null;
  requestShown: boolean;
  responseShown: boolean;
  /** The paste holds curl -v output, so `* ` lines are curl's info lines rather than bullets. */
  curlVerbose: boolean;
  /** Offsets where a request begins (a command, a request line, devtools' `Request URL`, a HAR entry). */
  requestStarts: number[];
  /** Where each side was shown (a field, a command), at -1 for JSON (fetch) that shows it without a place. */
  shown: Array<{ side: Side; at: number }>;
  /** Where an unquoted `&` cut a curl command before its Authorization header option (HttpObservations). */
  authorizationCutAt: number;
  /** What kept that header out of the request (HttpObservations). */
  authorizationCutBy: AuthorizationCut;
  /** Where an OPTIONS request's method was read: a preflight, whose answer is not the call's. */
  preflights: number[];
  /** The end of the last preflight's HAR entry read whole with its response (json.ts), or -1. */
  answeredPreflightEnd: number;
}

export function createCollector(text: string): Collector {
  const lines: LineRecord[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, kind: 'text' });
    if (nl < 0) break;
    start = nl + 1;
  }
  return {
    text,
    lines,
    headers: [],
    statuses: [],
    method: null,
    url: null,
    host: null,
    requestShown: false,
    responseShown: false,
    curlVerbose: false,
    requestStarts: [],
    shown: [],
    authorizationCutAt: -1,
    authorizationCutBy: '&',
    preflights: [],
    answeredPreflightEnd: -1,
  };
}

/** Index of the line holding `offset` (binary search; lines are in order). */
export function lineAt(c: Collector, offset: number): number {
  let lo = 0;
  let hi = c.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((c.lines[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function setKind(c: Collector, line: number, kind: LineKind): void {
  const record = c.lines[line];
  if (record) record.kind = kind;
}

/** Pseudo-header and `Status:` lines are the status line in another form, not "response headers shown". */
function showsHeaders(name: string): boolean {
  return name !== ':status' && name !== 'status';
}

export interface FieldInit {
  name: string;
  value: string;
  side: Side | null;
  quoted: boolean;
  form: HeaderForm;
  start: number;
  end: number;
  line?: number;
}

/**
 * Records a header field. `counts` is false for fields that do not make their side "shown" (a curl
 * command whose headers partly come from a file or netrc).
 */
export function addField(c: Collector, init: FieldInit, counts = true): HeaderField {
  const field: HeaderField = {
    name: init.name,
    value: init.value,
    side: init.side,
    quoted: init.quoted,
    form: init.form,
    line: init.line ?? lineAt(c, init.start),
    start: init.start,
    end: init.end,
  };
  c.headers.push(field);
  if (counts && showsHeaders(field.name) && field.side !== null) markShown(c, field.side, field.start);
  if (field.side !== 'response' && (field.name === 'host' || field.name === ':authority')) {
    noteHost(c, field.value, field.start);
  }
  return field;
}

/** Records that the paste shows `side`'s headers, at offset `at` (-1: somewhere it cannot place). */
export function markShown(c: Collector, side: Side, at: number): void {
  if (side === 'request') c.requestShown = true;
  else c.responseShown = true;
  // The length is tested before the last element is read: `[length - 1]` of an empty array reads the property "-1",
  // which is no index: V8 looks it up as a name, through the prototype chain, on its slow path (noteRequestStart's
  // one line was ~0.4% of a diagnosis on the examples; testing the length here and there made extractHttp ~0.92x).
  const n = c.shown.length;
  const last = n === 0 ? undefined : c.shown[n - 1];
  if (last === undefined || last.side !== side || last.at !== at) c.shown.push({ side, at });
}

/** A request begins at offset `at`: after a response, a new exchange (curl -L, a retry, a preflight then the call). */
export function noteRequestStart(c: Collector, at: number): void {
  // The length first, as in markShown.
  const n = c.requestStarts.length;
  if (n === 0 || c.requestStarts[n - 1] !== at) c.requestStarts.push(at);
}

/** Line `li` begins a request. */
export function noteRequestLine(c: Collector, li: number): void {
  noteRequestStart(c, c.lines[li]?.start ?? 0);
}

/**
 * Words a proxy logs before the status of its own subrequest, which is not the one the client got: nginx's
 * ngx_http_auth_request_module logs "auth request unexpected status: %ui" when the auth service answered anything but
 * 2xx, 401 or 403 (a login redirect's 302: vouch/vouch-proxy#300, authelia/authelia#394), and answers the client 500.
 */
const SUBREQUEST_STATUS = ['auth request unexpected status: '] as const;

function subrequestStatus(text: string, start: number): boolean {
  for (const words of SUBREQUEST_STATUS) if (text.startsWith(words, start - words.length)) return true;
  return false;
}

export function addStatus(
  c: Collector,
  code: number,
  reason: string | null,
  form: StatusForm,
  start: number,
  end: number,
  line?: number,
): void {
  if (form === 'prose' && subrequestStatus(c.text, start)) return;
  c.statuses.push({ code, reason, form, line: line ?? lineAt(c, start), start, end });
}

function earlier(current: Mention | null, value: string, at: number): Mention {
  return current !== null && current.at <= at ? current : { value, at };
}

export function noteMethod(c: Collector, method: string, at: number): void {
  if (method === '') return;
  c.method = earlier(c.method, method, at);
  if (method === 'OPTIONS') c.preflights.push(at);
}

/** Records a request URL and, when it is absolute (or scheme-less `host/path`), its host. */
export function noteUrl(c: Collector, url: string, at: number): void {
  if (url === '') return;
  c.url = earlier(c.url, url, at);
  if (url.startsWith('/') || url === '*') return;
  noteHost(c, url, at);
}

function noteHost(c: Collector, hostOrUrl: string, at: number): void {
  const host = hostOf(hostOrUrl);
  if (host !== null) c.host = earlier(c.host, host, at);
}
