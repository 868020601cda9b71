/**
 * How hard to try a post, and which failures are worth another try.
 *
 * Slack 5xx, 408, 429 (honouring Retry-After), timeouts and connection errors are retried with
 * exponential backoff and jitter, a bounded number of times, inside a deadline counted from when the
 * request arrived. Anything else (an expired response_url, invalid_blocks, not_in_channel) fails at once.
 * Failures are classified by HTTP status and by `@slack/web-api` error code, never by message text.
 */
import { SlackPostError } from '../errors.js';
import { type Logger, serializeError } from '../log.js';

/** How hard to try. Times in milliseconds. */
export interface PostPolicy {
  /** Tries per path, the first included. */
  attempts: number;
  /** Backoff before retry n is `baseDelayMs · 2^(n-1)`, ±20 % jitter, at most `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** One try is abandoned after this long. */
  attemptTimeoutMs: number;
  /** All tries of all paths end by `receivedAt + deadlineMs`. */
  deadlineMs: number;
  /** A Retry-After longer than this is not waited for. */
  maxRetryAfterMs: number;
}

/**
 * A long-running server: response_url stays valid for 30 minutes, so a minute of retries is cheap.
 * Four tries: 0 s, ~0.5 s, ~1 s, ~2 s (or what Retry-After asks).
 */
export const SERVER_POST_POLICY: PostPolicy = {
  attempts: 4,
  baseDelayMs: 500,
  maxDelayMs: 8000,
  attemptTimeoutMs: 5000,
  deadlineMs: 60_000,
  maxRetryAfterMs: 30_000,
};

/**
 * AWS Lambda holds Slack's HTTP answer until the listener returns (§1.7), so every post must end
 * inside Slack's 3 s window, with room for the diagnosis and the cold path.
 */
export const LAMBDA_POST_POLICY: PostPolicy = {
  attempts: 3,
  baseDelayMs: 150,
  maxDelayMs: 400,
  attemptTimeoutMs: 1000,
  deadlineMs: 2500,
  maxRetryAfterMs: 1000,
};

/** What a retry loop needs: where to log, how hard to try, and since when the clock runs. */
export interface RetryContext {
  log: Logger;
  policy: PostPolicy;
  /** When the request arrived (ms since the epoch); the deadline counts from here. */
  receivedAt: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

/** One try's outcome. */
export type Attempt =
  | { kind: 'ok' }
  | { kind: 'retry'; reason: string; afterMs?: number }
  | { kind: 'fail'; reason: string };

/** Runs `attempt` until it succeeds, fails for good, or the policy's tries or deadline run out. */
export async function withRetries(
  what: string,
  ctx: RetryContext,
  attempt: (timeoutMs: number) => Promise<Attempt>,
): Promise<void> {
  const now = ctx.now ?? Date.now;
  const sleep = ctx.sleep ?? defaultSleep;
  const random = ctx.random ?? Math.random;
  const { policy, log } = ctx;
  const deadline = ctx.receivedAt + policy.deadlineMs;
  let last = 'not tried';
  for (let n = 1; n <= policy.attempts; n++) {
    const left = deadline - now();
    if (left <= 0) break;
    const outcome = await attempt(Math.min(policy.attemptTimeoutMs, left));
    if (outcome.kind === 'ok') {
      if (n > 1) log.info({ target: what, attempts: n }, 'posted after retrying');
      return;
    }
    last = outcome.reason;
    if (outcome.kind === 'fail') {
      throw new SlackPostError(`${what}: ${outcome.reason} (not retried)`);
    }
    if (n === policy.attempts) break;
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (n - 1)) * (0.8 + 0.4 * random());
    const wait = outcome.afterMs === undefined ? backoff : Math.max(outcome.afterMs, backoff);
    if (outcome.afterMs !== undefined && outcome.afterMs > policy.maxRetryAfterMs) {
      throw new SlackPostError(`${what}: ${outcome.reason}; Retry-After ${outcome.afterMs} ms is beyond what we wait`);
    }
    if (now() + wait >= deadline) break;
    log.warn(
      { target: what, attempt: n, reason: outcome.reason, retryInMs: Math.round(wait) },
      'post failed; retrying',
    );
    await sleep(wait);
  }
  throw new SlackPostError(`${what}: gave up after ${policy.attempts} tries or the deadline: ${last}`);
}

/** response_url answers: 2xx is done unless the body says `ok: false`; 429, 408 and 5xx are worth another try. */
export function classifyHttp(status: number, retryAfter: string | null, body: string): Attempt {
  if (status >= 200 && status < 300) {
    const notOk = /"ok"\s*:\s*false/.test(body);
    return notOk ? { kind: 'fail', reason: `HTTP ${status} ${slackError(body)}` } : { kind: 'ok' };
  }
  const reason = `HTTP ${status}${slackError(body) === '' ? '' : ` ${slackError(body)}`}`;
  if (status === 429) {
    const afterMs = retryAfterMs(retryAfter);
    return afterMs === null ? { kind: 'retry', reason } : { kind: 'retry', reason, afterMs };
  }
  if (status === 408 || status >= 500) return { kind: 'retry', reason };
  return { kind: 'fail', reason };
}

/** Retry-After as seconds or an HTTP date (RFC 9110 §10.2.3). */
export function retryAfterMs(value: string | null, nowMs = Date.now()): number | null {
  if (value === null) return null;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const date = Date.parse(v);
  return Number.isFinite(date) ? Math.max(0, date - nowMs) : null;
}

/** Slack error names (`expired_url`, `invalid_blocks`) are safe to log; anything else in a body is not kept. */
function slackError(body: string): string {
  const json = /"error"\s*:\s*"([a-z_]{1,64})"/.exec(body);
  if (json?.[1] !== undefined) return json[1];
  return /^[a-z_]{1,64}$/.test(body.trim()) ? body.trim() : '';
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function settle<T>(fn: () => Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await fn() };
  } catch (error) {
    return { ok: false, error };
  }
}

/** Web API failures by `@slack/web-api` error code, never by message text. */
export function classifyWebApi(result: Settled<unknown>): Attempt {
  if (result.ok) return { kind: 'ok' };
  const e = result.error as { code?: unknown; statusCode?: unknown; retryAfter?: unknown; data?: { error?: unknown } };
  switch (e.code) {
    case 'slack_webapi_rate_limited_error': {
      const seconds = typeof e.retryAfter === 'number' ? e.retryAfter : 1;
      return { kind: 'retry', reason: 'rate limited', afterMs: seconds * 1000 };
    }
    case 'slack_webapi_http_error': {
      const status = typeof e.statusCode === 'number' ? e.statusCode : 0;
      return status >= 500 || status === 408
        ? { kind: 'retry', reason: `HTTP ${status}` }
        : { kind: 'fail', reason: `HTTP ${status}` };
    }
    case 'slack_webapi_request_error':
      // The client wraps the fetch failure as `original`. A try that timed out was logged as "connection
      // failed" (test/slack/faults.test.ts), which sends an operator looking for a network fault when
      // Slack was only slow: say which it was.
      return { kind: 'retry', reason: networkReason((e as { original?: unknown }).original) };
    case 'slack_webapi_platform_error': {
      const error = typeof e.data?.error === 'string' ? e.data.error : 'unknown';
      const transient = ['internal_error', 'fatal_error', 'service_unavailable', 'request_timeout', 'ratelimited'];
      return transient.includes(error) ? { kind: 'retry', reason: error } : { kind: 'fail', reason: error };
    }
    default:
      return { kind: 'fail', reason: String(serializeError(result.error).message ?? 'unknown error') };
  }
}

export function networkReason(e: unknown): string {
  const err = (e ?? {}) as { name?: unknown; code?: unknown; cause?: { code?: unknown } };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') return 'timed out';
  // fetch puts the socket's code on `cause`; other clients put it on the error itself.
  const code = err.cause?.code ?? err.code;
  return typeof code === 'string' ? `connection failed (${code})` : 'connection failed';
}

function defaultSleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
