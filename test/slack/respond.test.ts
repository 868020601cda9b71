import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { type Block, serialised } from '../../src/render/blocks.js';
import { deliver, type PostPolicy } from '../../src/slack/respond.js';
import {
  commandBody,
  type FakeHook,
  LogCapture,
  offline,
  paste401,
  send,
  settle,
  startApp,
  startHook,
  TEST_POLICY,
  type TestApp,
  tokenWith,
  until,
} from './helpers/slack.js';

const now = () => Math.floor(Date.now() / 1000);

describe('deliver: bounded retries', () => {
  const policy: PostPolicy = { ...TEST_POLICY, attempts: 3 };

  it('gives up after the policy’s tries with SlackPostError, and says why', async () => {
    const hook = await startHook((_n, _req, res) => {
      res.writeHead(503).end();
    });
    const logs = new LogCapture();
    try {
      const attempt = deliver(
        { text: 'x', blocks: [] },
        { responseUrl: hook.url, channel: null, user: 'U1', threadTs: null, visibility: 'ephemeral' },
        { log: createLogger({ level: 'info', destination: logs }), policy, receivedAt: Date.now(), client: null },
      );
      await expect(attempt).rejects.toMatchObject({ code: 'ERR_SLACK_POST_FAILED' });
      await expect(attempt).rejects.toThrow(/gave up after 3 tries.*HTTP 503/);
      expect(hook.received).toHaveLength(3);
      expect(logs.find('post failed; retrying').map((l) => l.attempt)).toEqual([1, 2]);
    } finally {
      await hook.close();
    }
  });

  it('stops at the deadline even with tries left', async () => {
    const hook = await startHook((_n, _req, res) => {
      res.writeHead(500).end();
    });
    try {
      const started = Date.now();
      const attempt = deliver(
        { text: 'x', blocks: [] },
        { responseUrl: hook.url, channel: null, user: 'U1', threadTs: null, visibility: 'ephemeral' },
        {
          log: createLogger({ level: 'silent' }),
          policy: { ...policy, attempts: 10, baseDelayMs: 300, deadlineMs: 500 },
          receivedAt: started,
          client: null,
        },
      );
      await expect(attempt).rejects.toMatchObject({ code: 'ERR_SLACK_POST_FAILED' });
      expect(Date.now() - started).toBeLessThan(2000);
      expect(hook.received.length).toBeLessThan(10);
    } finally {
      await hook.close();
    }
  });
});

describe('deliver: the response_url body', () => {
  it('is the JSON it always was, the blocks sent as the renderer serialised them', async () => {
    const hook = await startHook((_n, _req, res) => {
      res.writeHead(200).end('ok');
    });
    try {
      const blocks: Block[] = [
        { type: 'section', text: { type: 'mrkdwn', text: 'a "quoted" \\ ✓ <b>', verbatim: true } },
      ];
      const ctx = { log: createLogger({ level: 'silent' }), policy: TEST_POLICY, receivedAt: Date.now(), client: null };
      const to = { responseUrl: hook.url, channel: null, user: 'U1' } as const;
      await deliver(serialised({ text: 'x "y"', blocks }), { ...to, threadTs: '1.2', visibility: 'in_channel' }, ctx);
      await deliver(
        { text: 'z', blocks },
        { ...to, threadTs: null, visibility: 'ephemeral', replaceOriginal: true },
        ctx,
      );
      expect(hook.raw).toEqual([
        JSON.stringify({
          response_type: 'in_channel',
          replace_original: false,
          text: 'x "y"',
          blocks,
          thread_ts: '1.2',
        }),
        JSON.stringify({ response_type: 'ephemeral', replace_original: true, text: 'z', blocks }),
      ]);
    } finally {
      await hook.close();
    }
  });
});

describe('posting the report through a response_url that misbehaves', () => {
  let app: TestApp;
  let hook: FakeHook | undefined;
  beforeAll(async () => {
    offline();
    app = await startApp({ policy: { ...TEST_POLICY, attemptTimeoutMs: 500 } });
  });
  afterAll(async () => {
    await app.stop();
    nock.cleanAll();
    nock.enableNetConnect();
  });
  afterEach(async () => {
    await settle(app);
    await hook?.close();
    hook = undefined;
    app.logs.lines.length = 0;
  });

  async function command(url: string): Promise<void> {
    const { token } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
    const res = await send(app, commandBody(`lang=en ${paste401(token)}`, { response_url: url }));
    expect(res.status).toBe(200);
  }

  it('retries after a 500 and delivers on the second try', async () => {
    hook = await startHook((n, _req, res) => {
      res.writeHead(n === 1 ? 500 : 200).end(n === 1 ? '' : 'ok');
    });
    await command(hook.url);
    await until(() => app.logs.find('diagnosed').length === 1);
    expect(hook.received).toHaveLength(2);
    expect(hook.received[1]).toEqual(hook.received[0]);
    expect(app.logs.find('post failed; retrying')[0]).toMatchObject({
      target: 'response_url',
      attempt: 1,
      reason: 'HTTP 500',
    });
    expect(app.logs.find('posted after retrying')[0]).toMatchObject({ attempts: 2 });
    expect(app.logs.find('diagnosed')[0]).toMatchObject({ delivered: 'response_url' });
  });

  it('waits as long as a 429’s Retry-After asks', async () => {
    const at: number[] = [];
    hook = await startHook((n, _req, res) => {
      at.push(Date.now());
      if (n === 1) res.writeHead(429, { 'retry-after': '1' }).end();
      else res.writeHead(200).end('ok');
    });
    await command(hook.url);
    await until(() => app.logs.find('diagnosed').length === 1);
    expect(hook.received).toHaveLength(2);
    expect((at[1] ?? 0) - (at[0] ?? 0)).toBeGreaterThanOrEqual(950);
    expect(app.logs.find('post failed; retrying')[0]).toMatchObject({ reason: 'HTTP 429' });
    expect(Number(app.logs.find('post failed; retrying')[0]?.retryInMs)).toBeGreaterThanOrEqual(1000);
  });

  it('abandons a try that hangs and delivers on the next', async () => {
    hook = await startHook((n, _req, res) => {
      if (n === 1) return; // never answers: the 500 ms attempt timeout fires
      res.writeHead(200).end('ok');
    });
    await command(hook.url);
    await until(() => app.logs.find('diagnosed').length === 1);
    expect(hook.received).toHaveLength(2);
    expect(app.logs.find('post failed; retrying')[0]).toMatchObject({ reason: 'timed out' });
  });

  it('retries a reset connection', async () => {
    hook = await startHook((n, req, res) => {
      if (n === 1) req.socket.destroy();
      else res.writeHead(200).end('ok');
    });
    await command(hook.url);
    await until(() => app.logs.find('diagnosed').length === 1);
    expect(hook.received).toHaveLength(2);
    expect(String(app.logs.find('post failed; retrying')[0]?.reason)).toMatch(/^connection failed/);
  });

  it('logs a post that never succeeds, and keeps serving', async () => {
    hook = await startHook((_n, _req, res) => {
      res.writeHead(502).end();
    });
    await command(hook.url);
    await until(() => app.logs.find('diagnosed').length === 1);
    expect(hook.received).toHaveLength(TEST_POLICY.attempts);
    expect(app.logs.find('reply not delivered')[0]?.err).toMatchObject({ code: 'ERR_SLACK_POST_FAILED' });
    expect(app.logs.find('diagnosed')[0]).toMatchObject({ delivered: 'failed' });
    await hook.close();

    hook = await startHook((_n, _req, res) => {
      res.writeHead(200).end('ok');
    });
    await command(hook.url);
    await until(() => app.logs.find('diagnosed').length === 2);
    expect(hook.received).toHaveLength(1);
    expect(app.logs.find('diagnosed')[1]).toMatchObject({ delivered: 'response_url' });
  });
});
