/**
 * Request checks that run before Bolt's signature verification.
 *
 * Bolt rejects timestamps more than five minutes old but accepts any future one (slack-platform.md §1.9:
 * `now + 3600` was answered 200), and buffers bodies up to 4 MiB. Slack's own Python SDK rejects both
 * directions (`abs(now - ts) > 300`); so do we, and we cap the body far lower. The header checks run
 * first, so a stale, post-dated or declared-oversized request is refused before its body is read.
 *
 * The body is then read here (capped), its signature checked, and it is handed to Bolt already buffered,
 * so that an authentic body Bolt cannot handle is refused with 400 instead of reaching it (see
 * `decodesToObject`). Bolt's own signature check is turned off (receivers.ts): it compares with `tsscmp`,
 * which draws random bytes and computes two more HMACs per request, and under load (bench/http.mjs) that
 * was the app's largest single cost before the diagnosis. Checking here once, with
 * `crypto.timingSafeEqual`, is the comparison Slack's own SDKs make.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { parse as parseForm } from 'node:querystring';
import type { BufferedIncomingMessage } from '@slack/bolt';
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
  | { status: 400; reason: 'body-not-an-object' }
  | { status: 401; reason: 'timestamp-missing' | 'timestamp-stale' | 'timestamp-future' | 'signature-mismatch' }
  | { status: 413; reason: 'body-too-large' };

/** The headers the checks read (lower-case names, as Node gives them). */
export interface SlackRequestHeaders {
  timestamp: string | undefined;
  contentLength: string | undefined;
}

/** Checks the timestamp window and the declared size; `null` means "read the body and check its signature". */
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

/**
 * Whether Bolt's HTTP receiver can take this body: it must decode to a JSON object, as every Slack
 * payload does.
 *
 * Bolt reads a form body's `payload` field, or a non-form body whole, with `JSON.parse` and then reads
 * `body.ssl_check` outside any try/catch. A payload of `null` (or a JSON body `null`) therefore threw
 * inside Bolt's request handler: an unhandled rejection, and a request never answered, held open until
 * Node's request timeout (found by test/slack/faults.test.ts). Arrays, strings and numbers did not throw
 * but found no listener and were answered 404 only after Bolt's 3 s ack timeout. Invalid JSON that
 * starts like an object is left to Bolt, which answers 400 ("Malformed request body").
 */
export function decodesToObject(raw: string, contentType: string | undefined): boolean {
  let json = raw;
  // Bolt matches the content type exactly, so does this; any other type is parsed as JSON, whole.
  if (contentType === 'application/x-www-form-urlencoded') {
    // Commands carry no `payload` field: skip the parse for them (a `payload=` typed in a command's
    // text arrives percent-encoded, `payload%3D`, so it never matches).
    if (!/(?:^|&)payload=/.test(raw)) return true;
    const form = parseForm(raw);
    // Bolt replaces an ssl_check body with `ssl_check=1` before parsing it; two `payload` fields make
    // an array, which Bolt reads as a plain form. Both decode to objects.
    if (form.ssl_check === '1' || typeof form.payload !== 'string') return true;
    json = form.payload;
  }
  // JSON whitespace, then `{`: an object, or invalid JSON that Bolt refuses itself.
  return /^[\t\n\r ]*\{/.test(json);
}

/** Options of `guardRequestListener`. */
export interface GuardOptions {
  /** Paths Bolt answers Slack on (POST only); other requests (e.g. /healthz) pass untouched. */
  endpoints: readonly string[];
  bodyLimit: number;
  /** Every request to an endpoint must carry this secret's v0 signature of its body. */
  signingSecret: string;
  log: Logger;
  now?: () => number;
}

/**
 * Wraps Bolt's HTTP request listener with `checkSlackRequest`, then reads the body (at most
 * `bodyLimit` bytes, whatever Content-Length said or did not say) and hands it to Bolt buffered: Bolt
 * reuses a request's `rawBody` instead of reading the stream again.
 */
export function guardRequestListener(inner: RequestListener, options: GuardOptions): RequestListener {
  const now = options.now ?? Date.now;
  const refuseWith = (req: IncomingMessage, res: ServerResponse, rejection: Rejection): void => {
    options.log.warn({ status: rejection.status, reason: rejection.reason }, 'request refused');
    refuse(req, res, rejection.status);
  };
  return (req: IncomingMessage, res: ServerResponse) => {
    if (req.method?.toUpperCase() !== 'POST' || !options.endpoints.includes(routedPath(req))) {
      inner(req, res);
      return;
    }
    const rejection = checkSlackRequest(
      { timestamp: header(req, 'x-slack-request-timestamp'), contentLength: header(req, 'content-length') },
      now(),
      options.bodyLimit,
    );
    if (rejection !== null) {
      refuseWith(req, res, rejection);
      return;
    }
    readCapped(req, options.bodyLimit, (body) => {
      if (body === 'too-large') {
        // Chunked (no Content-Length) or a Content-Length that understated the body.
        refuseWith(req, res, { status: 413, reason: 'body-too-large' });
        return;
      }
      if (!isAuthentic(req, body, options.signingSecret)) {
        refuseWith(req, res, { status: 401, reason: 'signature-mismatch' });
        return;
      }
      if (!decodesToObject(body.toString('utf8'), header(req, 'content-type'))) {
        refuseWith(req, res, { status: 400, reason: 'body-not-an-object' });
        return;
      }
      (req as BufferedIncomingMessage).rawBody = body;
      inner(req, res);
    });
  };
}

/**
 * Collects the body, stopping at `limit` bytes. An aborted request (the client went away) is dropped
 * without an answer: there is no one to answer.
 */
function readCapped(req: IncomingMessage, limit: number, done: (body: Buffer | 'too-large') => void): void {
  const chunks: Buffer[] = [];
  let size = 0;
  let over = false;
  const onData = (chunk: Buffer): void => {
    size += chunk.length;
    if (size > limit) {
      over = true;
      req.off('data', onData);
      req.off('end', onEnd);
      done('too-large');
      return;
    }
    chunks.push(chunk);
  };
  const onEnd = (): void => {
    if (!over) done(Buffer.concat(chunks, size));
  };
  req.on('data', onData);
  req.on('end', onEnd);
  req.on('error', () => {
    req.off('data', onData);
    req.off('end', onEnd);
  });
}

/**
 * Slack's v0 signature: `v0=` + hex HMAC-SHA256 of `v0:<timestamp>:<body>` under the signing secret
 * (api.slack.com/authentication/verifying-requests-from-slack). The timestamp window was checked before
 * the body was read. The HMAC runs over the body's bytes as they arrived, so no decoding can change what
 * was signed.
 */
function isAuthentic(req: IncomingMessage, body: Buffer, signingSecret: string): boolean {
  const signature = header(req, 'x-slack-signature');
  const timestamp = header(req, 'x-slack-request-timestamp')?.trim();
  if (signature === undefined || timestamp === undefined || signingSecret === '') return false;
  const expected = Buffer.from(
    `v0=${createHmac('sha256', signingSecret).update(`v0:${timestamp}:`).update(body).digest('hex')}`,
  );
  const given = Buffer.from(signature);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * The path exactly as Bolt's HTTPReceiver routes it (`new URL(req.url, 'http://localhost').pathname`).
 * Bolt's signature check is off, so a request Bolt would route to an endpoint must never slip past this
 * guard: `/slack/x/../events`, `http://host/slack/events` (absolute form) or `/slack\\events` all reach the
 * endpoint there, so they must match here too. A URL Bolt cannot parse reaches no listener there either.
 */
function routedPath(req: IncomingMessage): string {
  try {
    return new URL(req.url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

function header(req: IncomingMessage, name: string): string | undefined {
  const v = req.headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * Answers without reading the body into memory. The body is drained (discarded) so the client gets the
 * status instead of a reset connection, and the connection is closed after the answer.
 */
function refuse(req: IncomingMessage, res: ServerResponse, status: Rejection['status']): void {
  res.writeHead(status, { connection: 'close', 'content-length': '0' });
  res.end();
  req.resume();
}
