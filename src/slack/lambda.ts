/**
 * The AWS Lambda entry: `handler` (two arguments; Lambda's Node 24 runtime refuses three-argument
 * callback handlers, §1.1). Put it behind API Gateway (REST or HTTP API) or a function URL, with
 * SLACK_SIGNING_SECRET and SLACK_BOT_TOKEN in the function's environment.
 *
 * AwsLambdaReceiver answers only after the listener returns, so each reply is posted inside the 3 s
 * Slack gives us (LAMBDA_POST_POLICY). It has no custom routes, throws on a body-less GET, and checks
 * timestamps one way only (§1.3, §1.9): the checks below run before it.
 */

import { type Env, loadEnv } from '../config/env.js';
import { ConfigError } from '../errors.js';
import { createLogger, type Logger } from '../log.js';
import { createSlackApp, type SlackAppOptions } from './app.js';
import { HEALTH_PATH } from './receivers.js';
import { checkSlackRequest, MAX_BODY_BYTES } from './verify.js';

/** The parts of an API Gateway v1/v2 or function-URL event this entry reads. */
export interface LambdaEvent {
  body?: string | null;
  headers?: Record<string, string | undefined> | null;
  isBase64Encoded?: boolean;
  /** REST API (v1). */
  httpMethod?: string;
  path?: string;
  /** HTTP API / function URL (v2). */
  rawPath?: string;
  requestContext?: { http?: { method?: string } } | null;
  [key: string]: unknown;
}

export interface LambdaResult {
  statusCode: number;
  headers?: Record<string, string>;
  body: string;
}

export type LambdaHandler = (event: LambdaEvent, context: unknown) => Promise<LambdaResult>;

/** Builds a handler from a loaded configuration; `handler` below does it once per cold start. */
export function createLambdaHandler(
  options: Omit<SlackAppOptions, 'mode' | 'host'> & { now?: () => number },
): LambdaHandler {
  const slack = createSlackApp({ ...options, mode: 'lambda' });
  const receiver = slack.receiver as { toHandler(): (event: unknown, context: unknown) => Promise<LambdaResult> };
  const bolt = receiver.toHandler();
  const now = options.now ?? Date.now;
  const log = options.log.child({ component: 'verify' });
  return async (event, context) => {
    const early = precheck(event, now(), log);
    return early ?? bolt(event, context);
  };
}

/** Health checks and the extra verification; null: hand the event to Bolt. */
function precheck(event: LambdaEvent, nowMs: number, log: Logger): LambdaResult | null {
  const method = (event.httpMethod ?? event.requestContext?.http?.method ?? 'POST').toUpperCase();
  const path = event.path ?? event.rawPath ?? '/';
  if (method === 'GET' || method === 'HEAD') {
    return path.endsWith(HEALTH_PATH)
      ? { statusCode: 200, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: 'ok\n' }
      : { statusCode: 404, body: '' };
  }
  const headers = lowerCaseKeys(event.headers ?? {});
  const raw = event.body ?? '';
  const size = event.isBase64Encoded === true ? Math.floor((raw.length * 3) / 4) : Buffer.byteLength(raw);
  const rejection = checkSlackRequest(
    { timestamp: headers['x-slack-request-timestamp'], contentLength: String(size) },
    nowMs,
    MAX_BODY_BYTES,
  );
  if (rejection === null) return null;
  log.warn({ status: rejection.status, reason: rejection.reason }, 'request refused');
  return { statusCode: rejection.status, body: '' };
}

function lowerCaseKeys(h: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(h).map(([k, v]) => [k.toLowerCase(), v]));
}

let ready: Promise<LambdaHandler> | undefined;

async function init(): Promise<LambdaHandler> {
  const env: Env = loadEnv(undefined, { lambda: true });
  return createLambdaHandler({ env, log: createLogger({ level: env.LOG_LEVEL }) });
}

/**
 * The Lambda handler. Configuration is read on the first invocation; a bad one answers 500 with one
 * line in the function's log, and is read again on the next invocation (after the env is fixed and the
 * function redeployed, a new cold start does this anyway).
 */
export const handler: LambdaHandler = async (event, context) => {
  ready ??= init();
  try {
    return await (await ready)(event, context);
  } catch (e) {
    ready = undefined;
    if (!(e instanceof ConfigError)) throw e;
    createLogger({ level: 'error' }).error({ err: e }, 'configuration invalid');
    return { statusCode: 500, body: '' };
  }
};
