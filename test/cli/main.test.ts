import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import module from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, getExitCode, runCli } from '../../src/cli/main.js';
import { KeyInputError, UsageError } from '../../src/errors.js';
import { CLAIMS, hs256, jwksFor, rs256, unsigned } from '../helpers/tokens.js';

const NOW = '2026-05-28T14:10:00Z';

function io(stdin = '', isTTY = false): CliIo & { out: string; err: string } {
  const state = { out: '', err: '' };
  return Object.assign(state, {
    stdout: { write: (s: string) => (state.out += s), isTTY },
    stderr: { write: (s: string) => (state.err += s) },
    readStdin: async () => stdin,
    now: () => Date.parse(NOW),
    env: {},
    version: '0.0.0-test',
  });
}

let dir: string;
// The directory holds signed test tokens and keys: remove it, so runs do not pile up credential-shaped files in /tmp.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jwt-diagnose-cli-'));
});

function file(name: string, text: string): string {
  const p = join(dir, name);
  writeFileSync(p, text);
  return p;
}

describe('jwt-diagnose: the command', () => {
  it('prints the JSON report of cli.md for a file', async () => {
    const t = io();
    const paste = `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${unsigned({ alg: 'RS256' }, { ...CLAIMS, exp: 1779976931 })}\n`;
    const code = await runCli(['--format', 'json', '--now', NOW, file('a.txt', paste)], t);
    expect(code).toBe(0);
    const report = JSON.parse(t.out);
    expect(report.status).toBe(401);
    expect(report.classification).toBe('authentication');
    expect(report.findings[0].code).toBe('time.expired');
    expect(report.timeClaims.exp).toMatchObject({ value: 1779976931, iso: '2026-05-28T14:02:11Z', verdict: 'expired' });
    expect(report.challenges).toEqual([{ scheme: 'Bearer', params: { error: 'invalid_token' }, token68: null }]);
    expect(report.token.fingerprint).toMatch(/^sha256:[0-9a-f]{8}$/);
    expect(report.nextSteps.length).toBeGreaterThan(0);
  });

  it('reads standard input when no file or "-" is given', async () => {
    for (const args of [[], ['-']]) {
      const t = io('HTTP/2 403\n');
      expect(await runCli(['--format', 'json', '--now', NOW, ...args], t)).toBe(0);
      expect(JSON.parse(t.out).status).toBe(403);
    }
  });

  it('accepts epoch seconds for --now', async () => {
    const t = io('HTTP/1.1 401 Unauthorized\n');
    await runCli(['--format', 'json', '--now', '1779977400'], t);
    expect(JSON.parse(t.out).reference.now).toBe(NOW);
  });

  it('accepts epoch seconds with a fraction for --now (date +%s.%N)', async () => {
    const t = io('HTTP/1.1 401 Unauthorized\n');
    expect(await runCli(['--format', 'json', '--now', '1779977400.123456789'], t)).toBe(0);
    expect(JSON.parse(t.out).reference.now).toBe(NOW);
  });

  it('prints a text report without colour when not a terminal, with colour on a terminal', async () => {
    const plain = io('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\n');
    await runCli(['--now', NOW], plain);
    expect(plain.out).toContain('401');
    expect(plain.out).not.toContain('\u001b[');
    const tty = io('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\n', true);
    await runCli(['--now', NOW], tty);
    expect(tty.out).toContain('\u001b[');
  });

  it('prints a Block Kit message for --format blocks', async () => {
    const t = io('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n');
    await runCli(['--format', 'blocks', '--now', NOW], t);
    const msg = JSON.parse(t.out);
    expect(typeof msg.text).toBe('string');
    expect(Array.isArray(msg.blocks)).toBe(true);
  });

  it('checks kid and signature with --jwks', async () => {
    const jwks = file('jwks.json', JSON.stringify(jwksFor('k1')));
    const good = io(`Authorization: Bearer ${rs256(CLAIMS, { kid: 'k1' })}`);
    await runCli(['--format', 'json', '--now', NOW, '--jwks', jwks], good);
    expect(JSON.parse(good.out).findings.map((f: { code: string }) => f.code)).toContain('signature.valid');
    const unknown = io(`Authorization: Bearer ${rs256(CLAIMS, { kid: 'k9' })}`);
    await runCli(['--format', 'json', '--now', NOW, '--jwks', jwks], unknown);
    expect(JSON.parse(unknown.out).findings.map((f: { code: string }) => f.code)).toContain('key.kid-unknown');
  });

  it('passes expectations through (--expect-iss, --expect-aud, --expect-alg, --require-scope, --skew)', async () => {
    const t = io(`token: ${unsigned({ alg: 'HS256' }, { ...CLAIMS, exp: 1779977350 })}`);
    await runCli(
      [
        '--format',
        'json',
        '--now',
        NOW,
        '--expect-iss',
        'https://other/',
        '--expect-aud',
        'billing',
        '--expect-alg',
        'RS256',
        '--require-scope',
        'delete:orders',
        '--skew',
        '120',
      ],
      t,
    );
    const codes = JSON.parse(t.out).findings.map((f: { code: string }) => f.code);
    expect(codes).toEqual(
      expect.arrayContaining([
        'claim.iss-mismatch',
        'claim.aud-mismatch',
        'alg.not-allowed',
        'scope.insufficient',
        'time.borderline',
      ]),
    );
  });

  it('writes Japanese with --locale ja and keeps the codes', async () => {
    const t = io('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n');
    await runCli(['--format', 'json', '--now', NOW, '--locale', 'ja'], t);
    const report = JSON.parse(t.out);
    expect(report.locale).toBe('ja');
    expect(report.findings[0].code).toBe('challenge.invalid-token');
    expect(report.findings[0].title).toMatch(/[\u3040-\u30ff\u4e00-\u9fff]/);
  });

  it('never echoes a live token or its signature, in any format', async () => {
    const token = hs256({ ...CLAIMS });
    const signature = token.split('.')[2] as string;
    for (const format of ['text', 'json', 'blocks']) {
      const t = io(`curl -H "Authorization: Bearer ${token}" https://api.acme-corp.com\nHTTP/1.1 401 Unauthorized\n`);
      await runCli(['--format', format, '--now', NOW], t);
      expect(t.out).not.toContain(signature);
      expect(t.out).not.toContain(token);
    }
  });

  it.each([
    [['--format', 'yaml'], /--format: must be text, json or blocks/],
    [['--now', 'yesterday'], /--now: must be an ISO-8601 time/],
    [['--skew', '-5'], /--skew: must be a whole number of seconds from 0 to 86400/],
    [['--expect-alg', 'HS999'], /--expect-alg: must be a JWS algorithm name/],
    [['--expect-alg', 'rs256'], /--expect-alg: must be a JWS algorithm name, as registered, case included/],
    [['--bogus'], /bogus/],
    [['--locale', 'fr'], /--locale: must be en or ja/],
    [['a.txt', 'b.txt'], /one input file at most/],
    [['/nonexistent/paste.txt'], /cannot read \/nonexistent\/paste.txt: no such file/],
    [['--jwks', '/nonexistent/jwks.json'], /cannot read --jwks/],
  ])('answers bad usage %j with one line and exit 2', async (args, message) => {
    const t = io('HTTP/1.1 401\n');
    expect(await runCli(args, t)).toBe(2);
    expect(t.err).toMatch(message);
    expect(t.err.trim().split('\n')).toHaveLength(1);
    expect(t.out).toBe('');
  });

  it.each([
    [['--format', 'yaml', '--locale', 'ja'], /--format: text、json、blocks のいずれか/],
    [['--bogus', '--locale=ja'], /不明なオプションです: --bogus/],
    [['--locale', 'ja', '/nonexistent/paste.txt'], /読み込めません: ファイルがありません/],
    [['--locale', 'ja', '--now'], /--now には値が必要です/],
    [['--expect-alg', 'HS999', '--locale', 'ja'], /--expect-alg: 登録どおりの JWS アルゴリズム名/],
  ])('words bad usage %j in Japanese with --locale ja', async (args, message) => {
    const t = io('HTTP/1.1 401\n');
    expect(await runCli(args, t)).toBe(2);
    expect(t.err).toMatch(message);
    expect(t.err.trim().split('\n')).toHaveLength(1);
  });

  it('answers an unreadable key file with exit 2', async () => {
    const t = io('HTTP/1.1 401\n');
    expect(await runCli(['--jwks', file('bad.json', 'not json at all')], t)).toBe(2);
    expect(t.err).toMatch(/neither JSON/);
  });

  it('prints --help and --version', async () => {
    const h = io();
    expect(await runCli(['--help'], h)).toBe(0);
    expect(h.out).toContain('Usage: jwt-diagnose');
    const v = io();
    expect(await runCli(['--version'], v)).toBe(0);
    expect(v.out).toBe('0.0.0-test\n');
  });

  it('maps errors to exit codes', () => {
    expect(getExitCode(null)).toBe(0);
    expect(getExitCode(new UsageError('x'))).toBe(2);
    expect(getExitCode(new KeyInputError('x'))).toBe(2);
  });
});

describe('the built bin, as npx runs it', () => {
  const bin = join(import.meta.dirname, '../../dist/cli/bin.js');
  it('runs on a file and exits 0', () => {
    const out = execFileSync(
      process.execPath,
      [bin, '--format', 'json', '--now', NOW, file('b.txt', 'HTTP/1.1 401 Unauthorized\n')],
      { encoding: 'utf8' },
    );
    expect(JSON.parse(out).status).toBe(401);
  });
  it('exits 2 with one line on bad usage', () => {
    const r = spawnSync(process.execPath, [bin, '--format', 'nope'], { encoding: 'utf8', input: '' });
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
  it('keeps compiled code in a compile cache where Node has one (22.1+), and runs without one on Node 20', () => {
    const tmp = mkdtempSync(join(tmpdir(), 'jwt-diagnose-cc-'));
    try {
      const env: NodeJS.ProcessEnv = { ...process.env, TMPDIR: tmp };
      delete env.NODE_COMPILE_CACHE;
      delete env.NODE_DISABLE_COMPILE_CACHE;
      const r = spawnSync(process.execPath, [bin, '--format', 'json', '--now', NOW], {
        encoding: 'utf8',
        input: 'HTTP/2 401\n',
        env,
      });
      expect(r.status).toBe(0);
      expect(JSON.parse(r.stdout).status).toBe(401);
      const hasApi = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === 'function';
      expect(existsSync(join(tmp, 'node-compile-cache'))).toBe(hasApi);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
  it('reads standard input', () => {
    const r = spawnSync(process.execPath, [bin, '--format', 'json', '--now', NOW], {
      encoding: 'utf8',
      input: 'HTTP/2 403\n',
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).status).toBe(403);
  });
});
