import { execFile } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type CliIo, runCli } from '../../src/cli/main.js';
import { CLAIMS, hs256, jwksFor, otherRsa, rs256 } from '../helpers/tokens.js';

/** The command fetches keys only when its user asks: `--jwks <URL>`, or `--issuer` for a token from that issuer. */

const NOW = '2026-05-28T14:10:00Z';
let server: Server;
let origin = '';
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    const json = (body: unknown) =>
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    if (req.url === '/jwks.json') json(jwksFor('k1'));
    else if (req.url === '/.well-known/openid-configuration')
      json({ issuer: `${origin}/`, jwks_uri: `${origin}/jwks.json` });
    else res.writeHead(404).end();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});
beforeEach(() => {
  requests = [];
});

function io(stdin: string): CliIo & { out: string; err: string } {
  const state = { out: '', err: '' };
  return Object.assign(state, {
    stdout: { write: (s: string) => (state.out += s) },
    stderr: { write: (s: string) => (state.err += s) },
    readStdin: async () => stdin,
    now: () => Date.parse(NOW),
    env: {},
    version: '0.0.0-test',
  });
}

const sent = (token: string) => `Authorization: Bearer ${token}\nHTTP/1.1 401 Unauthorized\n`;
type Json = { findings: Array<{ code: string; args: Record<string, unknown>; severity: string }> };
async function report(args: string[], token: string): Promise<Json> {
  const t = io(sent(token));
  expect(await runCli(['--format', 'json', '--now', NOW, ...args], t)).toBe(0);
  return JSON.parse(t.out) as Json;
}
const codes = (r: Json) => r.findings.map((f) => f.code);

describe('jwt-diagnose --jwks <URL>', () => {
  it('verifies a token signed by a key in the set at http://127.0.0.1:PORT/jwks.json', async () => {
    const r = await report(['--jwks', `${origin}/jwks.json`], rs256(CLAIMS, { kid: 'k1' }));
    expect(r.findings.find((f) => f.code === 'signature.valid')?.args).toEqual({ kid: 'k1', alg: 'RS256' });
    expect(requests).toEqual(['/jwks.json']);
  });

  it('reports key.kid-unknown for a token whose kid is not in that set', async () => {
    // Signed with a key the set does not hold: one it holds would be the same key renamed (args.verifiesWith).
    const r = await report(['--jwks', `${origin}/jwks.json`], rs256(CLAIMS, { kid: 'k9' }, otherRsa.privateKey));
    expect(r.findings.find((f) => f.code === 'key.kid-unknown')?.args).toEqual({
      kid: 'k9',
      available: ['k1'],
      jwksUri: `${origin}/jwks.json`,
      refetch: 'none',
    });
  });

  it('reports an unreachable URL in the report, not as a usage error', async () => {
    const r = await report(['--jwks', `${origin}/missing.json`], rs256(CLAIMS, { kid: 'k1' }));
    expect(r.findings.find((f) => f.code === 'signature.unchecked')?.args).toMatchObject({
      reason: 'key-fetch-failed',
      failure: 'http-status',
      httpStatus: 404,
    });
  });

  it('does the same from the built command', async () => {
    const bin = join(import.meta.dirname, '../../dist/cli/bin.js');
    // Asynchronously: this process serves the key set, so it must not block on the child.
    const child = promisify(execFile)(process.execPath, [
      bin,
      '--format',
      'json',
      '--now',
      NOW,
      '--jwks',
      `${origin}/jwks.json`,
    ]);
    child.child.stdin?.end(sent(rs256(CLAIMS, { kid: 'k1' })));
    const { stdout } = await child;
    expect(codes(JSON.parse(stdout) as Json)).toContain('signature.valid');
  });
});

describe('jwt-diagnose --issuer <iss>', () => {
  const issuer = () => `${origin}/`;

  it('discovers and fetches the keys of a token from that issuer (http allowed with --allow-http)', async () => {
    const host = new URL(origin).host;
    const r = await report(
      ['--issuer', issuer(), '--allow-http', host],
      rs256({ ...CLAIMS, iss: issuer() }, { kid: 'k1' }),
    );
    expect(codes(r)).toContain('signature.valid');
    expect(requests).toEqual(['/.well-known/openid-configuration', '/jwks.json']);
  });

  it('fetches nothing for a token from another issuer', async () => {
    const r = await report(['--issuer', issuer(), '--allow-http', new URL(origin).host], rs256(CLAIMS, { kid: 'k1' }));
    expect(r.findings.find((f) => f.code === 'signature.unchecked')?.args).toEqual({
      reason: 'issuer-not-trusted',
      iss: CLAIMS.iss,
    });
    expect(requests).toEqual([]);
  });

  it('refuses http for a host not allowed, before any request', async () => {
    const r = await report(['--issuer', issuer()], rs256({ ...CLAIMS, iss: issuer() }, { kid: 'k1' }));
    expect(r.findings.find((f) => f.code === 'signature.unchecked')?.args).toMatchObject({
      reason: 'key-fetch-failed',
      failure: 'not-https',
    });
    expect(requests).toEqual([]);
  });

  it('reports HS256 against the issuer’s RSA keys as alg.not-allowed', async () => {
    const hmac = hs256({ ...CLAIMS, iss: issuer() }, 'test-secret-test-secret-test-secret', { kid: 'k1' });
    const r = await report(['--issuer', issuer(), '--allow-http', new URL(origin).host], hmac);
    expect(r.findings.find((f) => f.code === 'alg.not-allowed')?.args).toMatchObject({
      alg: 'HS256',
      reason: 'key-type',
    });
  });
});

describe('bad key-fetch options are usage errors (exit 2, one line)', () => {
  it.each([
    [['--jwks', 'https://'], /--jwks: must be an http\(s\) URL/],
    [['--issuer', 'auth.acme-corp.com'], /--issuer: must be an issuer URL/],
    [['--allow-http', 'http://keys.internal/'], /--allow-http: must be a host name/],
    [['--locale', 'ja', '--issuer', 'auth.acme-corp.com'], /--issuer: 発行元の URL/],
  ])('%j', async (args, message) => {
    const t = io('HTTP/1.1 401\n');
    expect(await runCli(args, t)).toBe(2);
    expect(t.err).toMatch(message);
    expect(t.err.trim().split('\n')).toHaveLength(1);
    expect(requests).toEqual([]);
  });
});
