/**
 * What a paste says about the HTTP exchange behind a 401/403: the status, the request and response
 * header fields (from raw messages, curl commands and `-v` traces, browser devtools copies, HAR and
 * fetch() JSON), the request's method/URL/host, whether each side's headers were shown at all, and
 * what every line was taken for so later stages scan only the prose, bodies and logs.
 *
 * The work happens in `http/scan.ts` (the line scanner) and its helpers; this file is the contract.
 */

import { scanHttp } from './http/scan.js';
import type { JsonObjectSpan } from './json-spans.js';

/** Which message of the exchange a field belongs to. */
export type Side = 'request' | 'response';

/** How a header field was written in the paste. */
export type HeaderForm =
  | 'raw'
  | 'curl-verbose'
  | 'curl-arg'
  | 'devtools-two-line'
  | 'tab-separated'
  | 'har'
  | 'fetch-json';

/** One header field the paste shows. */
export interface HeaderField {
  /** Lower-cased field name (HTTP/2 pseudo-headers keep their colon: ':status'). */
  name: string;
  /**
   * The field value. Leading/trailing whitespace removed as HTTP parsers do, EXCEPT when `quoted` (the
   * value came from inside quotes: curl -H "…", a JSON/HAR string), where it is kept exactly (a trailing
   * space there was really sent). Obsolete line folding (a continuation line starting with SP/HTAB inside
   * a header block) is joined with one SP.
   */
  value: string;
  /** Which message it belongs to, or null when the paste does not tell. */
  side: Side | null;
  quoted: boolean;
  form: HeaderForm;
  /** 0-based index of the (first) line it came from, and its character offsets in the text. */
  line: number;
  start: number;
  end: number;
  /** Index of the exchange it belongs to (`HttpObservations.exchanges`); absent: the first. */
  exchange?: number;
}

/** How a status was written: a status line (incl. `:status`), a HAR response, a labelled value, an arrow, a bare number, prose. */
export type StatusForm = 'status-line' | 'har' | 'labelled' | 'arrow' | 'bare' | 'prose';

/** One status code the paste mentions. */
export interface StatusObservation {
  code: number;
  reason: string | null;
  form: StatusForm;
  line: number;
  start: number;
  end: number;
  /** Index of the exchange it belongs to (`HttpObservations.exchanges`); absent: the first. */
  exchange?: number;
}

/**
 * One request/response exchange of a paste that shows several: `curl -L` following a redirect, a CONNECT
 * through a proxy, a CORS preflight, a retry after a refresh. A new one begins where a request begins
 * after a response; a response pasted above its own request is one exchange with it.
 */
export interface Exchange {
  /** Offset where it begins (it runs to where the next one begins). */
  start: number;
  /** Offset of its first status (a status line, a HAR, labelled or bare status), or -1. */
  statusAt: number;
}

/** What the extractor took a line for. */
export type LineKind = 'blank' | 'status' | 'request-line' | 'header' | 'label' | 'command' | 'curl-info' | 'text';

/** Everything `extractHttp` found. */
/** What kept a curl command's Authorization header out of its request (HttpObservations.authorizationCutBy). */
export type AuthorizationCut = '&' | 'argument';

export interface HttpObservations {
  /** The status the paste is about (see rules), or null. */
  status: StatusObservation | null;
  statuses: StatusObservation[];
  request: { method: string | null; url: string | null; host: string | null };
  /**
   * Where a lone unquoted `&` in a curl command's URL ended the command before an `Authorization` header option
   * (`curl https://host/x?a=1&b=2 -H "Authorization: …"`): the shell sent the request without it. -1: none.
   */
  authorizationCutAt: number;
  /** What kept it out: the shell's `&`, or curl taking a bare `"Authorization: …"` argument, with no -H, as a URL. */
  authorizationCutBy: AuthorizationCut;
  headers: HeaderField[];
  /**
   * The paste shows the request's header section (a curl command, `> ` lines, a request line with
   * headers, a "Request Headers" block, a HAR request, an Authorization line), so the absence of a
   * request header is meaningful.
   */
  requestShown: boolean;
  /** The paste shows response header fields (not only a status line). */
  responseShown: boolean;
  /** The exchanges, in order; one when the paste shows a single exchange (or none). */
  exchanges: Exchange[];
  /**
   * The exchange the chosen status belongs to, when there are several; null otherwise. With a focus,
   * `requestShown` and `responseShown` are about that exchange, and the other exchanges' fields are
   * history (a redirect, an earlier attempt), not the failure.
   */
  focus: number | null;
  /**
   * Per line of the text: what the extractor took it for. Lines of kind 'text' (bodies, logs, prose) are
   * what later stages scan for verifier messages and tokens.
   */
  lines: Array<{ start: number; end: number; kind: LineKind }>;
}

/**
 * Reads the HTTP exchange out of a normalised paste in one linear pass over its lines.
 *
 * `json` are the objects `findJsonObjects(text)` found; HAR logs, fetch() options and JSON bodies among
 * them contribute headers and statuses. Never throws: should a bug surface on some input, the paste is
 * reported as all text rather than failing the whole diagnosis.
 *
 * @example
 * const text = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"';
 * const http = extractHttp(text, findJsonObjects(text));
 * http.status?.code; // 401
 * http.headers[0]?.name; // 'www-authenticate'
 */
export function extractHttp(text: string, json: readonly JsonObjectSpan[]): HttpObservations {
  try {
    return scanHttp(text, json);
  } catch {
    // Last line of defence for a 3 a.m. paste: the rest of the diagnosis still runs on the text.
    // The tests call scanHttp directly (fuzzed), so a bug here does not go unnoticed.
    return emptyObservations(text);
  }
}

function emptyObservations(text: string): HttpObservations {
  const lines: HttpObservations['lines'] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, kind: text.slice(start, end).trim() === '' ? 'blank' : 'text' });
    if (nl < 0) break;
    start = nl + 1;
  }
  return {
    status: null,
    statuses: [],
    request: { method: null, url: null, host: null },
    authorizationCutAt: -1,
    authorizationCutBy: '&',
    headers: [],
    requestShown: false,
    responseShown: false,
    exchanges: [{ start: 0, statusAt: -1 }],
    focus: null,
    lines,
  };
}

/** Finds the reader's line holding an offset (a binary search over `http.lines`); for build-context and the checks. */
export function lineLocator(http: HttpObservations): (offset: number) => HttpObservations['lines'][number] | undefined {
  const lines = http.lines;
  return (offset) => {
    let lo = 0;
    let hi = lines.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const l = lines[mid];
      if (l === undefined) return undefined;
      if (offset < l.start) hi = mid - 1;
      else if (offset > l.end) lo = mid + 1;
      else return l;
    }
    return undefined;
  };
}
