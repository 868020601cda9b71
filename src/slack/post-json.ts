/**
 * One JSON POST to a response_url, on node:http(s) with keep-alive agents.
 *
 * Why not `fetch`: under load (bench/http.mjs) undici's fetch was a quarter of the app's CPU per request:
 * a WHATWG Request, a cloned ReadableStream body and a Response per post, for a 200 `ok` we read 2 bytes
 * of. A plain request on a pooled socket does the same job (and keeps TLS sessions to hooks.slack.com
 * warm across replies).
 *
 * The outcome is data, never an exception: an answer (status, Retry-After, the first KB of the body),
 * or a network failure with the reason retry.ts logs.
 */
import { Agent as HttpAgent, request as httpRequest, type IncomingMessage } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

/** At most this much of an answer is read: enough for Slack's error name, never a whole page. */
const MAX_ANSWER_BYTES = 1024;

/**
 * Sockets kept per host. Slack answers a response_url in tens of milliseconds; 64 sockets carry
 * thousands of replies a second, and a burst beyond that queues in the agent rather than opening
 * hundreds of TLS connections at once.
 */
const AGENT_OPTIONS = { keepAlive: true, maxSockets: 64, maxFreeSockets: 16, scheduling: 'lifo' as const };
const httpAgent = new HttpAgent(AGENT_OPTIONS);
const httpsAgent = new HttpsAgent(AGENT_OPTIONS);

export type PostOutcome =
  | { kind: 'answer'; status: number; retryAfter: string | null; body: string }
  | { kind: 'network'; reason: string };

/** POSTs `payload` (JSON text) to `url` and settles within `timeoutMs`, however the peer behaves. */
export function postJson(url: URL, payload: string, timeoutMs: number): Promise<PostOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: PostOutcome): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const https = url.protocol === 'https:';
    const req = (https ? httpsRequest : httpRequest)(url, {
      method: 'POST',
      agent: https ? httpsAgent : httpAgent,
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(payload),
      },
    });
    // One deadline for the whole exchange (connect, send, answer), as AbortSignal.timeout gave fetch.
    const timer = setTimeout(() => {
      req.destroy();
      done({ kind: 'network', reason: 'timed out' });
    }, timeoutMs);
    req.once('error', (e) => done({ kind: 'network', reason: connectionReason(e) }));
    req.once('response', (res) => {
      readAnswer(res).then(
        (body) =>
          done({
            kind: 'answer',
            status: res.statusCode ?? 0,
            retryAfter: headerValue(res.headers['retry-after']),
            body,
          }),
        (e: unknown) => done({ kind: 'network', reason: connectionReason(e) }),
      );
    });
    req.end(payload);
  });
}

/** The first KB of the answer; the rest is drained so the socket goes back to the pool. */
function readAnswer(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (chunk: Buffer) => {
      if (size < MAX_ANSWER_BYTES) {
        chunks.push(chunk);
        size += chunk.length;
      }
    });
    res.once('end', () => resolve(Buffer.concat(chunks).toString('utf8', 0, Math.min(size, MAX_ANSWER_BYTES))));
    res.once('error', reject);
    res.once('aborted', () => reject(Object.assign(new Error('answer aborted'), { code: 'ECONNRESET' })));
  });
}

function headerValue(v: string | string[] | undefined): string | null {
  if (v === undefined) return null;
  return Array.isArray(v) ? (v[0] ?? null) : v;
}

/** The socket's error code (ECONNRESET, ECONNREFUSED, ENOTFOUND…), never the message (it may hold the URL). */
function connectionReason(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? `connection failed (${code})` : 'connection failed';
}
