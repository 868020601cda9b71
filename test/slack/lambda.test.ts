import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../../src/config/env.js';
import { createLogger } from '../../src/log.js';
import { validateMessage } from '../../src/render/block-limits.js';
import { createLambdaHandler, handler, type LambdaEvent, type LambdaHandler } from '../../src/slack/lambda.js';
import {
  allText,
  BOT_TOKEN,
  captureResponseUrl,
  commandBody,
  LogCapture,
  offline,
  paste401,
  SIGNING_SECRET,
  sign,
  tokenWith,
} from './helpers/slack.js';

const now = () => Math.floor(Date.now() / 1000);

/** An API Gateway REST (v1) event as Lambda receives it. */
function apiGatewayEvent(
  body: string,
  headers: Record<string, string>,
  options: { base64?: boolean; method?: string; path?: string } = {},
): LambdaEvent {
  return {
    resource: '/slack/events',
    path: options.path ?? '/slack/events',
    httpMethod: options.method ?? 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    multiValueHeaders: {},
    queryStringParameters: null,
    multiValueQueryStringParameters: null,
    pathParameters: null,
    stageVariables: null,
    requestContext: {},
    body: options.base64 === true ? Buffer.from(body).toString('base64') : body,
    isBase64Encoded: options.base64 === true,
  };
}

describe('the AWS Lambda handler', () => {
  let lambda: LambdaHandler;
  const logs = new LogCapture();
  beforeAll(() => {
    offline();
    const env = loadEnv({ SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_BOT_TOKEN: BOT_TOKEN }, { lambda: true });
    lambda = createLambdaHandler({ env, log: createLogger({ level: 'debug', destination: logs }) });
  });
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });
  afterEach(() => {
    nock.cleanAll();
  });

  it('exports a two-argument handler (Lambda’s Node 24 runtime refuses three)', () => {
    expect(typeof handler).toBe('function');
    expect(handler.length).toBe(2);
  });

  it('answers a signed command within Slack’s 3 s, with the report already posted to the response_url', async () => {
    const { token, signature } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
    const posted = captureResponseUrl();
    const body = commandBody(`lang=ja ${paste401(token)}`);
    const started = performance.now();
    const res = await lambda(apiGatewayEvent(body, sign(body), { base64: true }), {});
    const ms = performance.now() - started;
    expect(res.statusCode).toBe(200);
    expect(ms).toBeLessThan(3000);
    // processBeforeResponse semantics: the post happened before the handler returned.
    expect(posted).toHaveLength(1);
    const msg = posted[0] as { text: string; blocks: unknown[] };
    expect(validateMessage(msg)).toEqual([]);
    expect(allText(msg.blocks)).toContain('401 · 認証エラー');
    expect(allText(msg, logs.lines)).not.toContain(signature);
    expect(logs.lines.join('\n')).not.toContain('AWS event');
  });

  it('serves /healthz before Bolt (which would throw on a body-less GET)', async () => {
    const res = await lambda(apiGatewayEvent('', {}, { method: 'GET', path: '/healthz' }), {});
    expect(res).toMatchObject({ statusCode: 200, body: 'ok\n' });
  });

  it.each([
    ['an hour in the future', 3600, 401],
    ['ten minutes old', -600, 401],
  ])('rejects a signed request %s', async (_label, offset, status) => {
    const body = commandBody('HTTP/1.1 401');
    const res = await lambda(apiGatewayEvent(body, sign(body, now() + offset)), {});
    expect(res.statusCode).toBe(status);
  });

  it('rejects a forged signature', async () => {
    const body = commandBody('HTTP/1.1 401');
    expect((await lambda(apiGatewayEvent(body, sign(body, now(), 'wrong-secret-value')), {})).statusCode).toBe(401);
  });

  it('rejects an oversized body with 413', async () => {
    const body = commandBody('x'.repeat(600 * 1024));
    expect((await lambda(apiGatewayEvent(body, sign(body)), {})).statusCode).toBe(413);
  });
});
