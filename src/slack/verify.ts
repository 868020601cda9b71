/**
 * Request checks that run before Bolt's signature verification.
 *
 * Bolt rejects timestamps more than five minutes old but accepts any future one (slack-platform.md §1.9:
 * `now + 3600` was answered 200), and buffers bodies up to 4 MiB. Slack's own Python SDK rejects both
 * directions (`abs(now - ts) > 300`); so do we, and we cap the body far lower. These checks read only
 * headers, so a stale, post-dated or oversized request is refused before its body is read. The
 * signature itself is still Bolt's to check.
 */
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import type { Logger } from '../log.js';

/** Slack's replay window, both directions. */
export const TIMESTAMP_TOLERANCE_SECONDS = 300;

/**
 * The largest request accepted, in bytes. Slack documents no size for these payloads; the largest we
 * expect is a message shortcut on the longest message Slack keeps (40,000 characters, sent twice: as
 * `text` and again inside `blocks`). Measured as Slack encodes it (JSON inside a URL-encoded form), that
 * is 81 KB of plain ASCII and 157 KB of header-and-JSON text full of characters that need escaping; a
 * Japanese message takes ~18 bytes per character and fits up to ~28,000 characters. Commands and modal
 * submissions stay under 25 KB. 512 KiB keeps that headroom, is 8× below Bolt's default, and a
 * diagnosis of that much text still takes well under a second (npm run bench: ~190 ms per MB).
 */
export const MAX_BODY_BYTES = 512 * 1024;

/** Why a request was refused before Bolt saw it. */
export type Rejection =
  | { status: 401; reason: 'timestamp-missing' | 'timestamp-stale' | 'timestamp-future' }
  | { status: 413; reason: 'body-too-large' };

/** The headers the checks read (lower-case names, as Node gives them). */
export interface SlackRequestHeaders {
  timestamp: string | undefined;
  contentLength: string | undefined;
}

/** Checks the timestamp window and the declared size; `null` means "let Bolt verify the signature". */
export function checkSlackRequest(h: SlackRequestHeaders, nowMs: number, bodyLimit = MAX_BODY_BYTES): Rejection | null {
  if (h.contentLength !== undefined && /^\d+$/.test(h.contentLength) && Number(h.contentLength) > bodyLimit) {
    return { status: 413, reason: 'body-too-large' };
  }
  if (h.timestamp === undefined || !/^\d{1,12}$/.test(h.timestamp.trim()))
    return { status: 401, reason: 'timestamp-missing' };
  const skew = Number(h.timestamp) - Math.floor(nowMs / 1000);
  if (skew < -TIMESTAMP_TOLERANCE_SECONDS) return { status: 401, reason: 'timestamp-stale' };
  if (skew > TIMESTAMP_TOLERANCE_SECONDS) return { status: 401, reason: 'timestamp-future' };
  return null;
}

/** Options of `guardRequestListener`. */
export interface GuardOptions {
  /** Paths Bolt answers Slack on (POST only); other requests (e.g. /healthz) pass untouched. */
  endpoints: readonly string[];
  bodyLimit: number;
  log: Logger;
  now?: () => number;
}

/**
 * Wraps Bolt's HTTP request listener with `checkSlackRequest`. Requests with no Content-Length
 * (chunked) are still capped: Bolt's own `bodyLimit` (set to the same number) answers 413 for them.
 */
export function guardRequestListener(inner: RequestListener, options: GuardOptions): RequestListener {
  const now = options.now ?? Date.now;
  return (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method !== 'POST' || !options.endpoints.includes(path)) {
      inner(req, res);
      return;
    }
    const rejection = checkSlackRequest(
      { timestamp: header(req, 'x-slack-request-timestamp'), contentLength: header(req, 'content-length') },
      now(),
      options.bodyLimit,
    );
    if (rejection === null) {
      inner(req, res);
      return;
    }
    options.log.warn({ status: rejection.status, reason: rejection.reason }, 'request refused before verification');
    refuse(req, res, rejection.status);
  };
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Answers without reading the body into memory. The body is drained (discarded) so the client gets the
 * status instead of a reset connection, and the connection is closed after the answer.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: 401 | 413): void {
  res.writeHead(status, { connection: 'close', 'content-length': '0' });
  res.end();
  req.resume();
}
