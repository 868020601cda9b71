/**
 * The command against ../shared/spec/cli.md, sentence by sentence: options, exit status, the JSON report.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const NOW = '2026-05-28T14:10:00Z';
const NOW_SECONDS = 1779977400;

function io(stdin = '', clock = NOW): CliIo & { out: string; err: string } {
  const state = { out: '', err: '' };
  return Object.assign(state, {
    stdout: { write: (s: string) => (state.out += s), isTTY: false },
    stderr: { write: (s: string) => (state.err += s) },
    readStdin: async () => stdin,
    now: () => Date.parse(clock),
    env: {},
    version: '0.0.0-test',
  });
}

let dir: string;
// The directory holds signed test tokens and keys: remove it, so runs do not pile up credential-shaped files in /tmp.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jwt-diagnose-spec-'));
});

async function json(args: string[], stdin: string, clock = NOW) {
  const t = io(stdin, clock);
  const code = await runCli(['--format', 'json', ...args], t);
  expect(code).toBe(0);
  return JSON.parse(t.out);
}

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'k1' };

describe('cli.md, exit status', () => {
  it.each([
    ['an empty paste', ''],
    ['prose', 'it says 401, no idea why'],
    ['binary noise', '\u0000\u00ff\ufffe\u0001garbage'],
    ['a 401', 'HTTP/1.1 401 Unauthorized\n'],
  ])('"0 a report was produced, whatever it found": %s', async (_name, stdin) => {
    const t = io(stdin);
    expect(await runCli(['--format', 'json', '--now', NOW], t)).toBe(0);
    expect(JSON.parse(t.out).findings.length).toBeGreaterThan(0);
    expect(t.err).toBe('');
  });

  it.each([
    ['an unknown option', ['--nope']],
    ['an unreadable file', ['/nonexistent/paste.txt']],
    ['a bad --now', ['--now', 'yesterday']],
    ['--now without a zone', ['--now', '2026-05-28T14:10:00']],
    ['a bad --format', ['--format', 'xml']],
    ['a bad --skew', ['--skew', 'lots']],
    ['a bad --locale', ['--locale', 'fr']],
    ['an unreadable --jwks', ['--jwks', '/nonexistent/jwks.json']],
  ])('"2 bad usage ... with a one-line message on standard error": %s', async (_name, args) => {
    const t = io('HTTP/1.1 401 Unauthorized\n');
    expect(await runCli(args, t)).toBe(2);
    expect(t.out).toBe('');
    expect(t.err.trim().split('\n')).toHaveLength(1);
  });
});

describe('cli.md, options', () => {
  const paste = `HTTP/1.1 401 Unauthorized\nDate: Thu, 28 May 2026 15:30:00 GMT\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${unsigned(HEADER, CLAIMS)}\n`;

  it('"--now <time>: ISO-8601 or epoch seconds" give the same reference time', async () => {
    const iso = await json(['--now', NOW], paste);
    const epoch = await json(['--now', String(NOW_SECONDS)], paste);
    expect(epoch.timeClaims).toEqual(iso.timeClaims);
    expect(iso.reference).toMatchObject({ now: NOW, nowSource: 'options' });
  });

  it('--now is the reference time even when the paste has a Date header', async () => {
    // The Date header (15:30) is after exp (14:40); --now (14:10) is before it: --now decides.
    const r = await json(['--now', NOW], paste);
    expect(r.timeClaims.exp.verdict).toBe('ok');
    expect(r.findings.map((f: { code: string }) => f.code)).not.toContain('time.expired');
  });

  it('without --now, the pasted Date header (the moment it failed) is the reference, else the clock (README)', async () => {
    const atDate = await json([], paste, '2026-05-28T14:10:00Z');
    expect(atDate.reference).toMatchObject({ now: '2026-05-28T15:30:00Z', nowSource: 'date-header' });
    expect(atDate.timeClaims.exp.verdict).toBe('expired');
    const noDate = paste.replace(/^Date:.*\n/m, '');
    const atClock = await json([], noDate, '2026-05-28T14:10:00Z');
    expect(atClock.reference).toMatchObject({ now: NOW, nowSource: 'options' });
    expect(atClock.timeClaims.exp.verdict).toBe('ok');
  });

  it('"--skew <seconds>: clock skew allowance, default 60"', async () => {
    const expired90 = `Authorization: Bearer ${unsigned(HEADER, { ...CLAIMS, exp: NOW_SECONDS - 90 })}`;
    const byDefault = await json(['--now', NOW], expired90);
    expect(byDefault.reference.skewSeconds).toBe(60);
    expect(byDefault.timeClaims.exp.verdict).toBe('expired');
    expect((await json(['--now', NOW, '--skew', '120'], expired90)).timeClaims.exp.verdict).toBe('borderline');
  });

  it('"--expect-iss, --expect-aud, --expect-alg, --require-scope (repeatable)"', async () => {
    const r = await json(
      [
        '--now',
        NOW,
        '--expect-iss',
        'https://a.example/',
        '--expect-iss',
        'https://auth.acme-corp.com/',
        '--expect-aud',
        'x',
        '--expect-aud',
        'https://api.acme-corp.com',
        '--expect-alg',
        'ES256',
        '--expect-alg',
        'RS256',
        '--require-scope',
        'read:orders',
        '--require-scope',
        'write:orders',
      ],
      paste,
    );
    const codes = r.findings.map((f: { code: string }) => f.code);
    for (const c of ['claim.iss-mismatch', 'claim.aud-mismatch', 'alg.not-allowed', 'scope.insufficient'])
      expect(codes).not.toContain(c);
  });

  it('"FILE, or standard input when absent or -"', async () => {
    const p = join(dir, 'paste.txt');
    writeFileSync(p, 'HTTP/2 403\n');
    expect((await json(['--now', NOW, p], '')).status).toBe(403);
    expect((await json(['--now', NOW, '-'], 'HTTP/2 403\n')).status).toBe(403);
    expect((await json(['--now', NOW], 'HTTP/2 403\n')).status).toBe(403);
  });

  it('"--locale ja: language of the report\'s words (codes never change)"', async () => {
    const en = await json(['--now', NOW], paste);
    const ja = await json(['--now', NOW, '--locale', 'ja'], paste);
    expect(ja.findings.map((f: { code: string }) => f.code)).toEqual(en.findings.map((f: { code: string }) => f.code));
    expect(ja.findings[0].title).not.toBe(en.findings[0].title);
  });
});

describe('cli.md, "--format json: one JSON object on standard output"', () => {
  it("prints exactly one JSON object with the contract's fields", async () => {
    const t = io(`HTTP/1.1 401 Unauthorized\n\nAuthorization: Bearer ${unsigned(HEADER, CLAIMS)}\n`);
    await runCli(['--format', 'json', '--now', NOW], t);
    const report = JSON.parse(t.out);
    expect(typeof report).toBe('object');
    for (const key of ['status', 'classification', 'findings', 'timeClaims', 'challenges', 'token', 'nextSteps'])
      expect(report).toHaveProperty(key);
    expect(Array.isArray(report.nextSteps)).toBe(true);
  });
});
