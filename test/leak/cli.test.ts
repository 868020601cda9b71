/**
 * No part of a pasted token comes out of the CLI, in any format or language, with or without a key,
 * nor in a usage error whose bad value was a token; LOG_LEVEL=trace in its environment changes nothing
 * (the CLI logs nothing; the variable is set so that would be caught if it ever did). The shipped
 * examples are used with real signatures in place of their masks (as in test/fuzz/).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import { CORPUS } from '../fuzz/fuzz.js';
import { expectNoLeak, secretOf, secretsIn } from '../helpers/leaks.js';
import { CLAIMS, jwksFor, otherRsa, rs256 } from '../helpers/tokens.js';

const ROOT = join(import.meta.dirname, '../..');
const BIN = join(ROOT, 'dist/cli/bin.js');
const NOW = '2026-05-28T14:10:00Z';

/** Valid at NOW and signed with the test key, so --jwks can verify it. */
const LIVE = rs256(CLAIMS);
const PASTES = [...CORPUS.map((p) => p.text), `HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${LIVE}`];
const SECRETS = [...secretsIn(PASTES.join('\n')), secretOf(LIVE)];

function io(stdin: string): CliIo & { out: string; err: string } {
  const state = { out: '', err: '' };
  return Object.assign(state, {
    stdout: { write: (s: string) => (state.out += s), isTTY: false },
    stderr: { write: (s: string) => (state.err += s) },
    readStdin: async () => stdin,
    now: () => Date.parse(NOW),
    env: { LOG_LEVEL: 'trace' },
    version: '0.0.0-test',
  });
}

let dir: string;
// The directory holds signed test tokens and keys: remove it, so runs do not pile up credential-shaped files in /tmp.
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let goodKey: string;
let wrongKey: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'jwt-diagnose-leak-'));
  goodKey = join(dir, 'good.jwks.json');
  wrongKey = join(dir, 'wrong.jwks.json');
  writeFileSync(goodKey, JSON.stringify(jwksFor('k1')));
  writeFileSync(wrongKey, JSON.stringify(jwksFor('k1', otherRsa.publicKey)));
});

describe('the CLI shows no part of a pasted token', () => {
  it('in every format and language, with no key, the right key and a wrong one', async () => {
    expect(SECRETS.length).toBeGreaterThanOrEqual(6);
    let runs = 0;
    for (const paste of PASTES) {
      for (const format of ['text', 'json', 'blocks']) {
        for (const locale of ['en', 'ja']) {
          for (const key of [[], ['--jwks', goodKey], ['--jwks', wrongKey]]) {
            const t = io(paste);
            const code = await runCli(['--format', format, '--locale', locale, '--now', NOW, ...key], t);
            expect(code).toBe(0);
            expectNoLeak(`--format ${format} --locale ${locale} ${key.join(' ')}`, t.out + t.err, SECRETS);
            runs++;
          }
        }
      }
    }
    expect(runs).toBe(PASTES.length * 18);
  });

  it('in usage errors whose bad value is a token', async () => {
    for (const args of [
      ['--now', LIVE],
      ['--skew', LIVE],
      ['--format', LIVE],
      ['--locale', LIVE],
      ['--expect-iss'],
      ['--allow-http', LIVE],
    ]) {
      const t = io(PASTES.at(-1) as string);
      const code = await runCli(args, t);
      expect(code, args.join(' ')).toBe(2);
      expectNoLeak(`usage error for ${args[0]}`, t.out + t.err, SECRETS);
    }
  });

  /**
   * Found by this file: an unknown option was quoted whole in the usage error (`unknown option --eyJ…`),
   * so a token typed where an option name goes (`--$TOKEN`) was printed back, signature included. The
   * quoted name is now cut to its first characters (src/cli/args.ts).
   */
  /**
   * Found while fixing the same leak in the Slack app: a token given as an expected value (`--expect-iss
   * "$TOKEN"`) was quoted back by the report (claim.iss-mismatch: expected "…"), and one given as FILE or
   * to --jwks (`jwt-diagnose "$TOKEN"` for `echo "$TOKEN" | jwt-diagnose`) by "cannot read <it>: no such
   * file". src/cli/args.ts now refuses a token as any option's value or as FILE, with a line that names
   * the option only (exit 2), before anything reads or quotes it.
   */
  it.each([
    ['--expect-iss', ['--expect-iss', LIVE]],
    ['--expect-aud', ['--expect-aud', 'https://api.acme-corp.com', '--expect-aud', LIVE]],
    ['--require-scope', ['--require-scope', LIVE]],
    ['--expect-alg', ['--expect-alg', LIVE]],
    ['--issuer', ['--issuer', LIVE]],
    ['--jwks', ['--jwks', LIVE]],
    ['FILE', [LIVE]],
  ])('in the refusal of a token given as %s', async (option, args) => {
    for (const locale of ['en', 'ja']) {
      const t = io(PASTES.at(-1) as string);
      expect(await runCli(['--locale', locale, ...args], t)).toBe(2);
      expect(t.out).toBe('');
      if (option !== 'FILE' || locale === 'en') expect(t.err).toContain(option);
      expect(t.err).toMatch(locale === 'en' ? /token \(a JWT\)/ : /トークン（JWT）/);
      expectNoLeak(`refusal of a token as ${option}`, t.out + t.err, SECRETS);
    }
  });

  it('in the usage error for an unknown option that is a token', async () => {
    const t = io('');
    expect(await runCli([`--${LIVE}`], t)).toBe(2);
    expectNoLeak('usage error for --<token>', t.out + t.err, SECRETS);
  });

  it('as a real process (bin) reading standard input, at LOG_LEVEL=trace', () => {
    if (!existsSync(BIN)) throw new Error('dist/cli/bin.js is missing: run `npm run build` first');
    for (const format of ['text', 'json']) {
      const r = spawnSync(process.execPath, [BIN, '--format', format, '--now', NOW, '--jwks', goodKey], {
        input: PASTES.join('\n\n'),
        env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'trace', NO_COLOR: '1' },
        encoding: 'utf8',
        timeout: 20_000,
      });
      expect(r.status).toBe(0);
      expect(r.stdout.length).toBeGreaterThan(100);
      expectNoLeak(`bin --format ${format} stdout`, r.stdout, SECRETS);
      expectNoLeak(`bin --format ${format} stderr`, r.stderr, SECRETS);
    }
  });
});
