/**
 * The real process (`node dist/slack/main.js`, as `npm start` runs it) at LOG_LEVEL=trace: pino writes to
 * stdout, Bolt's and Node's warnings go to stderr, and neither may hold any part of a pasted token, the
 * bot token or the signing secret, whatever arrives: good requests, forged and stale ones, an oversized
 * body, malformed payloads. What the process posts back is checked too. Needs `npm run build`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoLeak, secretOf } from '../helpers/leaks.js';
import { rs256 } from '../helpers/tokens.js';
import {
  BOT_TOKEN,
  commandBody,
  type FakeHook,
  paste401,
  payloadBody,
  postRefused,
  SIGNING_SECRET,
  sign,
  startHook,
  tokenWith,
  until,
} from '../slack/helpers/slack.js';

const ROOT = join(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/slack/main.js');
const GUARD = join(ROOT, 'test/slack/fixtures/no-network.mjs');
const now = () => Math.floor(Date.now() / 1000);

const LIVE_RS = rs256({ aud: 'https://api.acme-corp.com', sub: 'u1', iat: now() - 60, exp: now() + 3600 });
const LIVE_HS = tokenWith({ aud: 'https://api.acme-corp.com', sub: 'u2', iat: now() - 60, exp: now() + 3600 }).token;
const SECRETS = [LIVE_RS, LIVE_HS].map(secretOf);

describe('the real process at LOG_LEVEL=trace', () => {
  let child: ChildProcess;
  let base = '';
  let stdout = '';
  let stderr = '';
  let hook: FakeHook;

  beforeAll(async () => {
    if (!existsSync(MAIN)) throw new Error('dist/slack/main.js is missing: run `npm run build` first');
    hook = await startHook((n, _req, res) => {
      // Every third post fails, so retry lines are logged too.
      res.writeHead(n % 3 === 0 ? 503 : 200).end(n % 3 === 0 ? '' : 'ok');
    });
    child = spawn(process.execPath, ['--import', GUARD, MAIN], {
      env: {
        PATH: process.env.PATH ?? '',
        PORT: '0',
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_BOT_TOKEN: BOT_TOKEN,
        LOG_LEVEL: 'trace',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
    });
    child.stderr?.on('data', (c: Buffer) => {
      stderr += c.toString('utf8');
    });
    await until(() => /"msg":"listening for Slack/.test(stdout), 50_000);
    const line = stdout.split('\n').find((l) => l.includes('listening for Slack')) ?? '{}';
    base = `http://127.0.0.1:${(JSON.parse(line) as { port: number }).port}`;
  }, 60_000);

  afterAll(async () => {
    await hook.close();
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
  });

  async function post(body: string, headers: Record<string, string> = sign(body)): Promise<number> {
    const res = await fetch(`${base}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
      body,
    });
    await res.text();
    return res.status;
  }

  it('serves every kind of request, and no output of the process holds a token part', { timeout: 30_000 }, async () => {
    const good = [
      commandBody(`lang=en ${paste401(LIVE_RS)}`, { response_url: hook.url }),
      commandBody(`lang=ja Authorization: Bearer ${LIVE_HS}\nHTTP/1.1 401 Unauthorized`, { response_url: hook.url }),
      // No lang=: users.info is tried, refused by the network guard, and the failure is logged.
      commandBody(paste401(LIVE_HS), { response_url: hook.url }),
      commandBody(`lang=en ${paste401(LIVE_HS)}`, { response_url: hook.url }),
    ];
    for (const body of good) expect(await post(body)).toBe(200);
    const forged = good[0] as string;
    expect(await post(forged, sign(forged, now(), 'not-the-signing-secret'))).toBe(401);
    expect(await post(forged, sign(forged, now() - 900))).toBe(401);
    expect(await postRefused(base, commandBody(`${paste401(LIVE_RS)}${'y'.repeat(600 * 1024)}`))).toBe(413);
    expect(await post(`payload=${encodeURIComponent(`{"type":"message_action","text":${LIVE_RS}}`)}`)).toBe(400);
    expect(await post(`payload=null&t=${LIVE_HS}`)).toBe(400);
    expect(await post(payloadBody({ type: 'message_action', callback_id: 'diagnose_message', token: LIVE_RS }))).toBe(
      500,
    );
    await until(() => (stdout.match(/"msg":"diagnosed"/g) ?? []).length === good.length, 20_000);
    // The app still answers after all that.
    expect((await fetch(`${base}/healthz`)).status).toBe(200);

    expect(hook.received.length).toBeGreaterThanOrEqual(good.length);
    expect(stdout).toMatch(/"msg":"post failed; retrying"/);
    expectNoLeak('stdout (pino)', stdout, SECRETS);
    expectNoLeak('stderr', stderr, SECRETS);
    expectNoLeak('response_url bodies', JSON.stringify(hook.received), SECRETS);
    for (const secret of [BOT_TOKEN, SIGNING_SECRET]) {
      expect(stdout).not.toContain(secret);
      expect(stderr).not.toContain(secret);
    }
  });
});
