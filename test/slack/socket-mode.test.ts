import type { AddressInfo } from 'node:net';
import { SocketModeReceiver } from '@slack/bolt';
import nock from 'nock';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv, runModeOf } from '../../src/config/env.js';
import { createLogger } from '../../src/log.js';
import { createSlackApp } from '../../src/slack/app.js';
import { BOT_TOKEN, LogCapture, offline } from './helpers/slack.js';

describe('Socket Mode (SLACK_APP_TOKEN set)', () => {
  beforeAll(() => offline());
  afterAll(() => {
    nock.cleanAll();
    nock.enableNetConnect();
  });

  it('is chosen without a signing secret, connects through apps.connections.open, and serves /healthz on PORT', async () => {
    const env = loadEnv({ SLACK_BOT_TOKEN: BOT_TOKEN, SLACK_APP_TOKEN: 'xapp-1-A0JWTDIAG-1-abcdef', PORT: '0' });
    expect(runModeOf(env)).toBe('socket');
    const logs = new LogCapture();
    const slack = createSlackApp({ env, log: createLogger({ level: 'debug', destination: logs }), mode: 'socket' });
    expect(slack.receiver).toBeInstanceOf(SocketModeReceiver);
    // Slack refuses the app token here, so the WebSocket never opens; the attempt is the point.
    const open = nock('https://slack.com')
      .post('/api/apps.connections.open')
      .reply(200, { ok: false, error: 'invalid_auth' });
    await expect(slack.start()).rejects.toThrow();
    expect(open.isDone()).toBe(true);
    const server = (slack.receiver as unknown as { httpServer: { address(): AddressInfo; close(): void } }).httpServer;
    const res = await fetch(`http://127.0.0.1:${server.address().port}/healthz`);
    expect(res.status).toBe(200);
    server.close();
    expect(logs.lines.join('\n')).not.toContain('xapp-1-A0JWTDIAG-1-abcdef');
  });
});
