/**
 * Drives the real app over real HTTP, signed the way Slack signs (bolt-js's own receiver tests:
 * HMAC-SHA256 of `v0:${timestamp}:${body}`), with Slack's side (Web API, response_url) played by nock
 * or by a local HTTP server. No Bolt internals are mocked.
 */
import { createHmac } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { Writable } from 'node:stream';
import nock from 'nock';
import { type Env, loadEnv } from '../../../src/config/env.js';
import { createLogger, type LogLevelName } from '../../../src/log.js';
import { createSlackApp, type SlackApp, type SlackAppOptions } from '../../../src/slack/app.js';
import type { PostPolicy } from '../../../src/slack/respond.js';
import { b64url, hs256 } from '../../helpers/tokens.js';

export const SIGNING_SECRET = '8f742231b10e8888abcd99yyyzzz85a5';
export const BOT_TOKEN = 'xoxb-17653672481-19874698323-pdFZKVeTuE8sk7oOcBrzbqgy';
export const TEAM = 'T0ACME001';
export const USER = 'U0ONCALL1';
export const CHANNEL = 'C0INCIDNT';
export const RESPONSE_URL = 'https://hooks.slack.com/commands/T0ACME001/1111/abcDEF123';
export const HOOKS = 'https://hooks.slack.com';

/** Short enough for tests, same shape as production. */
export const TEST_POLICY: PostPolicy = {
  attempts: 3,
  baseDelayMs: 50,
  maxDelayMs: 200,
  attemptTimeoutMs: 1000,
  deadlineMs: 20_000,
  maxRetryAfterMs: 5000,
};

/** Collects every log line the app writes, parsed. */
export class LogCapture extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _enc: BufferEncoding, done: () => void): void {
    for (const line of chunk.toString('utf8').split('\n')) if (line.trim() !== '') this.lines.push(line);
    done();
  }
  records(): Array<Record<string, unknown>> {
    return this.lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  }
  find(msg: string): Array<Record<string, unknown>> {
    return this.records().filter((r) => r.msg === msg);
  }
}

export interface TestApp {
  url: string;
  logs: LogCapture;
  slack: SlackApp;
  stop(): Promise<void>;
}

/** Starts the app in HTTP mode on 127.0.0.1 and an ephemeral port, logging at debug (or `level`) into a capture. */
export async function startApp(
  options: {
    env?: Record<string, string>;
    policy?: PostPolicy;
    level?: LogLevelName;
    localeLookup?: SlackAppOptions['localeLookup'];
    httpTimeouts?: SlackAppOptions['httpTimeouts'];
  } = {},
): Promise<TestApp> {
  const env: Env = loadEnv({
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    PORT: '0',
    ...options.env,
  });
  const logs = new LogCapture();
  // debug on purpose: even at the most verbose level nothing secret may appear.
  const log = createLogger({ level: options.level ?? 'debug', destination: logs });
  const slack = createSlackApp({
    env,
    log,
    mode: 'http',
    host: '127.0.0.1',
    policy: options.policy ?? TEST_POLICY,
    ...(options.localeLookup === undefined ? {} : { localeLookup: options.localeLookup }),
    ...(options.httpTimeouts === undefined ? {} : { httpTimeouts: options.httpTimeouts }),
  });
  const { port } = await slack.start();
  return { url: `http://127.0.0.1:${port}`, logs, slack, stop: () => slack.stop() };
}

/** Slack's request signature headers for a body at a timestamp (seconds). */
export function sign(
  body: string,
  timestamp = Math.floor(Date.now() / 1000),
  secret = SIGNING_SECRET,
): Record<string, string> {
  const signature = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex');
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': `v0=${signature}` };
}

export interface SlackResponse {
  status: number;
  body: string;
  /** Time to Slack's HTTP answer: the ack. */
  ms: number;
}

/** POSTs a form body to /slack/events, signed unless headers say otherwise. */
export async function send(
  app: TestApp,
  body: string,
  headers: Record<string, string> = sign(body),
): Promise<SlackResponse> {
  const started = performance.now();
  const res = await fetch(`${app.url}/slack/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body,
  });
  const text = await res.text();
  return { status: res.status, body: text, ms: performance.now() - started };
}

/**
 * POSTs a body the app refuses on its Content-Length, before reading it (413), and resolves with the status it
 * answers. The app answers and closes at once, so a client still writing the body gets EPIPE or ECONNRESET, and
 * fetch reported that as a failure (flaky on a busy machine). Here the head goes first and the body only if no
 * answer came within a second, as a client waiting on `Expect: 100-continue` would.
 */
export function postRefused(base: string, body: string, headers: Record<string, string> = sign(body)): Promise<number> {
  return new Promise((resolve, reject) => {
    const { hostname, port } = new URL(base);
    let data = '';
    let status: number | null = null;
    let timer: NodeJS.Timeout | undefined;
    const socket = connect(Number(port), hostname, () => {
      const head = Object.entries({ ...headers, 'content-length': String(Buffer.byteLength(body)) })
        .map(([k, v]) => `${k}: ${v}\r\n`)
        .join('');
      socket.write(
        `POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n${head}\r\n`,
      );
      timer = setTimeout(() => socket.write(body), 1000);
    });
    socket.on('data', (d: Buffer) => {
      data += d.toString('latin1');
      const m = /^HTTP\/1\.1 (\d{3})/.exec(data);
      if (m && status === null) {
        status = Number(m[1]);
        clearTimeout(timer);
        socket.destroy();
        resolve(status);
      }
    });
    socket.on('error', (e) => {
      clearTimeout(timer);
      if (status === null) reject(e);
    });
  });
}

/** A slash command as Slack sends it (URL-encoded form). */
export function commandBody(text: string, extra: Record<string, string> = {}): string {
  return new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: TEAM,
    team_domain: 'acme',
    channel_id: CHANNEL,
    channel_name: 'incident-42',
    user_id: USER,
    user_name: 'oncall',
    command: '/jwt-diagnose',
    text,
    api_app_id: 'A0JWTDIAG',
    is_enterprise_install: 'false',
    response_url: RESPONSE_URL,
    trigger_id: '1337.42.abcdef',
    ...extra,
  }).toString();
}

/** An interaction payload (shortcut, view submission, block action) as Slack sends it. */
export function payloadBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** Waits for a condition set by asynchronous posts; fails after `ms`. */
export async function until(check: () => boolean, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 10));
  }
}

/** Waits until every request the app took has finished (replies posted, lines logged). */
export async function settle(app: TestApp): Promise<void> {
  await until(() => app.slack.inFlight() === 0, 20_000);
}

/** Records what was posted to a response_url path (nock), answering `status`. */
export function captureResponseUrl(
  path = new URL(RESPONSE_URL).pathname,
  status = 200,
): Array<Record<string, unknown>> {
  const posted: Array<Record<string, unknown>> = [];
  nock(HOOKS)
    .post(path, (body: Record<string, unknown>) => {
      posted.push(body);
      return true;
    })
    .reply(status, status === 200 ? 'ok' : 'expired_url');
  return posted;
}

/** Records calls to a Web API method (nock), answering `ok: true`. */
export function captureWebApi(method: string, reply: Record<string, unknown> = {}): Array<Record<string, string>> {
  const calls: Array<Record<string, string>> = [];
  nock('https://slack.com')
    .post(`/api/${method}`, (body: Record<string, string>) => {
      calls.push(body);
      return true;
    })
    .reply(200, { ok: true, ...reply });
  return calls;
}

/** Blocks out anything but the local app and test servers. */
export function offline(): void {
  nock.disableNetConnect();
  nock.enableNetConnect(/^(127\.0\.0\.1|localhost)(:\d+)?$/);
}

/** A signed HS256 token and its signature part: the signature must never leave the app. */
export function tokenWith(claims: Record<string, unknown>): { token: string; signature: string } {
  const token = hs256(claims);
  return { token, signature: token.split('.')[2] ?? '' };
}

/** An unsigned-looking masked token (signature `***`), as people are told to paste. */
export function maskedToken(claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT', kid: 'k1' })}.${b64url(claims)}.***`;
}

/** A paste: a 401 with a Bearer challenge and the request's Authorization header. */
export function paste401(token: string): string {
  return [
    `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${token}"`,
    'HTTP/1.1 401 Unauthorized',
    'WWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    'Content-Type: application/json',
    '',
    '{"error":"invalid_token"}',
  ].join('\n');
}

/** A local HTTP server standing in for a response_url, answering from a script. */
export interface FakeHook {
  url: string;
  received: Array<Record<string, unknown>>;
  /** The same bodies as sent, byte for byte. */
  raw: string[];
  close(): Promise<void>;
}

export async function startHook(
  answer: (n: number, req: IncomingMessage, res: ServerResponse) => void,
): Promise<FakeHook> {
  const received: Array<Record<string, unknown>> = [];
  const raw: string[] = [];
  let n = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      n += 1;
      raw.push(Buffer.concat(chunks).toString('utf8'));
      received.push(JSON.parse(raw.at(-1) || '{}') as Record<string, unknown>);
      answer(n, req, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    raw,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

/** Every string the app sent anywhere, for "this never leaves" assertions. */
export function allText(...values: unknown[]): string {
  return values.map((v) => (typeof v === 'string' ? v : JSON.stringify(v))).join('\n');
}
