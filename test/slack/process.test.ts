/**
 * The real process, as `npm start` runs it (`node dist/slack/main.js`), with a guard that fails every
 * connection leaving this machine. Needs a build (`npm run build`; `npm test` builds first).
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateMessage } from '../../src/render/block-limits.js';
import {
  allText,
  BOT_TOKEN,
  commandBody,
  type FakeHook,
  paste401,
  SIGNING_SECRET,
  sign,
  startHook,
  tokenWith,
  until,
} from './helpers/slack.js';

const ROOT = join(import.meta.dirname, '../..');
const MAIN = join(ROOT, 'dist/slack/main.js');
const GUARD = join(import.meta.dirname, 'fixtures/no-network.mjs');
const now = () => Math.floor(Date.now() / 1000);

/** Only what the app needs: nothing of the developer's own environment (a real token) leaks in. */
const BASE_ENV = { PATH: process.env.PATH ?? '', NODE_ENV: 'production' };

function runToExit(env: Record<string, string>): { status: number | null; stderr: string; stdout: string } {
  const r = spawnSync(process.execPath, ['--import', GUARD, MAIN], {
    env: { ...BASE_ENV, ...env },
    encoding: 'utf8',
    timeout: 50_000,
  });
  return { status: r.status, stderr: r.stderr, stdout: r.stdout };
}

describe('npm start (node dist/slack/main.js)', () => {
  beforeAll(() => {
    if (!existsSync(MAIN)) throw new Error('dist/slack/main.js is missing: run `npm run build` first');
  });

  it('without any Slack variable, prints what to set and the CLI, and exits 2', { timeout: 60_000 }, () => {
    const r = runToExit({ PORT: '0' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SLACK_BOT_TOKEN');
    expect(r.stderr).toContain('SLACK_SIGNING_SECRET');
    expect(r.stderr).toContain('SLACK_APP_TOKEN');
    expect(r.stderr).toContain('npx jwt-diagnose');
    expect(r.stdout).toBe('');
  });

  it('with a wrong value, prints one line naming the variable and exits 2', { timeout: 60_000 }, () => {
    const r = runToExit({ SLACK_BOT_TOKEN: 'xoxp-1-user-token', SLACK_SIGNING_SECRET: SIGNING_SECRET });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^jwt-diagnose: SLACK_BOT_TOKEN must be a bot token starting with xoxb-/);
    expect(r.stderr).not.toContain('xoxp-1-user-token');
  });

  describe('serving, with no network', () => {
    let child: ChildProcess;
    let base = '';
    let stdout = '';
    let stderr = '';
    let hook: FakeHook;

    beforeAll(async () => {
      hook = await startHook((_n, _req, res) => {
        res.writeHead(200).end('ok');
      });
      child = spawn(process.execPath, ['--import', GUARD, MAIN], {
        env: {
          ...BASE_ENV,
          PORT: '0',
          SLACK_SIGNING_SECRET: SIGNING_SECRET,
          SLACK_BOT_TOKEN: BOT_TOKEN,
          LOG_LEVEL: 'info',
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

    async function command(text: string): Promise<{ status: number; ms: number }> {
      const body = commandBody(text, { response_url: hook.url });
      const started = performance.now();
      const res = await fetch(`${base}/slack/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...sign(body) },
        body,
      });
      await res.text();
      return { status: res.status, ms: performance.now() - started };
    }

    it('serves /healthz', async () => {
      const res = await fetch(`${base}/healthz`);
      expect(res.status).toBe(200);
    });

    it('answers a signed slash command: the report arrives at the response_url', async () => {
      const { token, signature } = tokenWith({
        iss: 'https://auth.acme-corp.com/',
        aud: 'https://api.acme-corp.com',
        sub: 'u1',
        iat: now() - 4200,
        exp: now() - 600,
      });
      const before = hook.received.length;
      const res = await command(`lang=en ${paste401(token)}`);
      expect(res.status).toBe(200);
      await until(() => hook.received.length === before + 1);
      const msg = hook.received[before] as { response_type: string; text: string; blocks: unknown[] };
      expect(msg.response_type).toBe('ephemeral');
      expect(validateMessage(msg)).toEqual([]);
      expect(allText(msg.blocks)).toContain('401 · authentication failure');
      expect(allText(msg.blocks)).toContain('time.expired');
      await until(() => stdout.includes('"msg":"diagnosed"'));
      expect(allText(msg, stdout, stderr)).not.toContain(signature);
      expect(stdout).not.toContain(BOT_TOKEN);
      expect(stderr).not.toContain('NETWORK BLOCKED');
    });

    it('falls back to the default language when users.info cannot be reached', async () => {
      const { token } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
      const before = hook.received.length;
      expect((await command(paste401(token))).status).toBe(200);
      await until(() => hook.received.length === before + 1);
      expect(allText(hook.received[before])).toContain('authentication failure');
      // The only connection the app tried to make off this machine: the locale lookup, which failed fast.
      expect(stderr).toMatch(/NETWORK BLOCKED: slack\.com/);
      expect(stderr.match(/NETWORK BLOCKED: (\S+)/g)?.every((l) => l.endsWith('slack.com'))).toBe(true);
    });

    it('acks fast (measured over 10 commands)', async () => {
      const { token } = tokenWith({ sub: 'u1', aud: 'x', iat: now() - 4200, exp: now() - 600 });
      const times: number[] = [];
      for (let i = 0; i < 10; i++) times.push((await command(`lang=en ${paste401(token)}`)).ms);
      times.sort((a, b) => a - b);
      await until(() => (stdout.match(/"msg":"diagnosed"/g) ?? []).length >= 12);
      const server = stdout
        .split('\n')
        .filter((l) => l.includes('"msg":"diagnosed"'))
        .slice(-10)
        .map((l) => (JSON.parse(l) as { ackMs: number }).ackMs)
        .sort((a, b) => a - b);
      console.log(
        `real process, 10 commands: round trip to the ack p50 ${(times[5] ?? 0).toFixed(1)} ms, max ${(times[9] ?? 0).toFixed(1)} ms;` +
          ` server-side ackMs p50 ${server[5]} ms, max ${server[9]} ms`,
      );
      expect(times[9]).toBeLessThan(3000);
    });

    it('stops cleanly on SIGTERM', async () => {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    });
  });
});
