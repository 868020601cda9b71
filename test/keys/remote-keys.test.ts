import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { diagnoseWithRemoteKeys, type RemoteKeys } from '../../src/keys/diagnose-with-remote-keys.js';
import { KeyFetcher, type KeyFetcherOptions } from '../../src/keys/remote-jwks.js';
import { NOW } from '../helpers/catches.js';
import { CLAIMS, hs256, jwksFor, otherRsa, rs256, unsigned } from '../helpers/tokens.js';
import { type KeyHost, localHost, nockHost } from './helpers/key-hosts.js';

/**
 * The issuer's published keys, fetched at the edge and judged by the engine, against the same replies
 * served by nock and by a real HTTP server on 127.0.0.1.
 */

const OIDC = '/.well-known/openid-configuration';
const KEYS = '/keys';
const BOTH_KEYS = { keys: [...jwksFor('k1').keys, ...jwksFor('k2', otherRsa.publicKey).keys] };

function paste(token: string): string {
  return `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${token}"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"`;
}

const codes = (r: Report) => r.findings.map((f) => f.code);
const get = (r: Report, code: string): Finding => {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `expected ${code}; got ${codes(r).join(', ')}`).toBeDefined();
  return f as Finding;
};

describe.each([
  ['nock', async () => nockHost()],
  ['local server', localHost],
] as const)('issuer keys served by %s', (_name, start) => {
  let host: KeyHost;
  beforeAll(async () => {
    host = await start();
  });
  afterAll(async () => {
    await host.close();
  });
  afterEach(() => host.reset());

  const issuer = () => `${host.origin}/`;
  const fetcher = (o: Partial<KeyFetcherOptions> = {}) =>
    new KeyFetcher({ timeoutMs: 1000, allowHttpHosts: host.allowHttpHosts, ...o });
  const remote = (f: KeyFetcher, o: Partial<RemoteKeys> = {}): RemoteKeys => ({
    fetcher: f,
    trusted: [{ issuer: issuer(), jwksUri: null }],
    jwksUrl: null,
    deadlineMs: 5000,
    ...o,
  });
  const token = (kid = 'k1', key = undefined as Parameters<typeof rs256>[2]) =>
    rs256({ ...CLAIMS, iss: issuer() }, { kid }, key);
  const run = (t: string, r: RemoteKeys) => diagnoseWithRemoteKeys(paste(t), { now: NOW }, r);
  const discovery = (extra: Record<string, unknown> = {}) =>
    host.serve(OIDC, { body: { issuer: issuer(), jwks_uri: `${host.origin}${KEYS}`, ...extra } });

  describe('discovery and the key set', () => {
    it('discovers jwks_uri and verifies a token signed by a published key', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1') });
      const report = await run(token(), remote(fetcher()));
      expect(get(report, 'signature.valid').args).toEqual({ kid: 'k1', alg: 'RS256' });
      expect(codes(report)).not.toContain('signature.unchecked');
      expect([host.hits(OIDC), host.hits(KEYS)]).toEqual([1, 1]);
    });

    it('falls back to OAuth authorization-server metadata (RFC 8414) when there is no OIDC document', async () => {
      host.serve(OIDC, { status: 404, body: 'not found', headers: { 'content-type': 'text/plain' } });
      host.serve('/.well-known/oauth-authorization-server', {
        body: { issuer: issuer(), jwks_uri: `${host.origin}${KEYS}` },
      });
      host.serve(KEYS, { body: jwksFor('k1') });
      const report = await run(token(), remote(fetcher()));
      expect(codes(report)).toContain('signature.valid');
    });

    it('uses the JWKS URL configured with the issuer without discovering', async () => {
      host.serve(KEYS, { body: jwksFor('k1') });
      const report = await run(
        token(),
        remote(fetcher(), { trusted: [{ issuer: issuer(), jwksUri: `${host.origin}${KEYS}` }] }),
      );
      expect(codes(report)).toContain('signature.valid');
      expect(host.hits(OIDC)).toBe(0);
    });

    it('matches the issuer up to a trailing slash', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1') });
      const report = await run(rs256({ ...CLAIMS, iss: host.origin }, { kid: 'k1' }), remote(fetcher()));
      expect(codes(report)).toContain('signature.valid');
    });

    it('serves a second diagnosis from the cache: no request', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1') });
      const f = fetcher();
      await run(token(), remote(f));
      const again = await run(token(), remote(f));
      expect(codes(again)).toContain('signature.valid');
      expect(host.hits()).toBe(2);
    });

    it('checks the kid of a masked token against the published keys', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1') });
      const masked = unsigned({ alg: 'RS256', kid: 'k7' }, { ...CLAIMS, iss: issuer() });
      const report = await run(masked, remote(fetcher()));
      expect(get(report, 'key.kid-unknown').args).toMatchObject({ kid: 'k7', available: ['k1'] });
    });
  });

  describe('kid rotation', () => {
    it('kid missing from the cached copy, then found after a refetch: rotated in (warning) and valid', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1') }, { body: BOTH_KEYS });
      const f = fetcher({ cooldownMs: 0 });
      await run(token('k1'), remote(f));
      const report = await run(token('k2', otherRsa.privateKey), remote(f));
      const rotated = get(report, 'key.kid-unknown');
      expect(rotated.args).toEqual({
        kid: 'k2',
        available: ['k1'],
        jwksUri: `${host.origin}${KEYS}`,
        refetch: 'refetched',
        rotatedIn: true,
      });
      expect(rotated.severity).toBe('warning');
      expect(get(report, 'signature.valid').args).toEqual({ kid: 'k2', alg: 'RS256' });
      expect(host.hits(KEYS)).toBe(2);
      expect(host.hits(OIDC)).toBe(1);
    });

    it('kid missing from a copy fetched for this diagnosis: missing for good, no second request', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1') });
      // Signed with a key the set does not hold: one it holds would be the same key renamed (args.verifiesWith).
      const report = await run(token('k9', otherRsa.privateKey), remote(fetcher({ cooldownMs: 0 })));
      const f = get(report, 'key.kid-unknown');
      expect(f.args).toEqual({ kid: 'k9', available: ['k1'], jwksUri: `${host.origin}${KEYS}`, refetch: 'none' });
      expect(f.severity).toBe('error');
      expect(host.hits(KEYS)).toBe(1);
    });

    it('kid missing from the cached copy and from the refetch: missing for good', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1') }, { body: jwksFor('k1') });
      const f = fetcher({ cooldownMs: 0 });
      await run(token('k1'), remote(f));
      const report = await run(token('k9'), remote(f));
      const unknown = get(report, 'key.kid-unknown');
      expect(unknown.args).toMatchObject({ kid: 'k9', available: ['k1'], refetch: 'refetched' });
      expect(unknown.args).not.toHaveProperty('rotatedIn');
      expect(unknown.severity).toBe('error');
      expect(host.hits(KEYS)).toBe(2);
    });

    it('does not refetch inside the cooldown', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1') });
      const f = fetcher({ cooldownMs: 60_000 });
      await run(token('k1'), remote(f));
      const report = await run(token('k9'), remote(f));
      expect(get(report, 'key.kid-unknown').args).toMatchObject({ refetch: 'cooling-down' });
      expect(host.hits(KEYS)).toBe(1);
    });
  });

  describe('what a verifier would say about the key', () => {
    it('a wrong key under the right kid: signature.invalid', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1', otherRsa.publicKey) });
      const report = await run(token('k1'), remote(fetcher()));
      expect(get(report, 'signature.invalid').args).toEqual({ kid: 'k1' });
      expect(codes(report)).not.toContain('signature.valid');
    });

    it('HS256 where the issuer publishes RSA keys: alg.not-allowed for the key type', async () => {
      discovery();
      host.serve(KEYS, { body: jwksFor('k1') });
      const hmac = hs256({ ...CLAIMS, iss: issuer() }, 'test-secret-test-secret-test-secret', { kid: 'k1' });
      const report = await run(hmac, remote(fetcher()));
      expect(get(report, 'alg.not-allowed').args).toMatchObject({ alg: 'HS256', reason: 'key-type' });
      expect(codes(report)).not.toContain('signature.valid');
    });
  });

  describe('a key endpoint that fails says so, in time', () => {
    const failure = (r: Report) => get(r, 'signature.unchecked').args;

    it('times out on a server that does not answer', async () => {
      discovery();
      host.serve(KEYS, { delayMs: 3000, body: jwksFor('k1') });
      const started = performance.now();
      const report = await run(token(), remote(fetcher({ timeoutMs: 200 })));
      expect(failure(report)).toMatchObject({ reason: 'key-fetch-failed', failure: 'timeout' });
      expect(performance.now() - started).toBeLessThan(2000);
    });

    it('times out on a server that sends headers and then stalls', async () => {
      discovery();
      host.serve(KEYS, { stallBodyMs: 3000, body: jwksFor('k1') });
      const started = performance.now();
      const report = await run(token(), remote(fetcher({ timeoutMs: 200 })));
      expect(failure(report)).toMatchObject({ reason: 'key-fetch-failed', failure: 'timeout' });
      expect(performance.now() - started).toBeLessThan(2000);
    });

    it('answers within the deadline even when the request timeout is longer', async () => {
      discovery();
      host.serve(KEYS, { delayMs: 1500, body: jwksFor('k1') });
      const started = performance.now();
      const report = await run(token(), remote(fetcher({ timeoutMs: 5000 }), { deadlineMs: 150 }));
      expect(failure(report)).toMatchObject({ reason: 'key-fetch-failed', failure: 'timeout' });
      expect(performance.now() - started).toBeLessThan(1000);
    });

    it.each([
      [
        'a 500 from the key set',
        KEYS,
        { status: 500, body: 'oops', headers: { 'content-type': 'text/plain' } },
        'http-status',
        500,
      ],
      [
        'a 500 from discovery',
        OIDC,
        { status: 500, body: 'oops', headers: { 'content-type': 'text/plain' } },
        'http-status',
        500,
      ],
      [
        'an HTML page',
        KEYS,
        { body: '<html><body>Sign in</body></html>', headers: { 'content-type': 'text/html; charset=utf-8' } },
        'not-json',
        null,
      ],
      ['garbage labelled JSON', KEYS, { body: '{"keys": [' }, 'not-json', null],
      ['a body over 256 KiB, streamed', KEYS, { streamBytes: 300_000 }, 'too-large', null],
      [
        'a body over 256 KiB, with its length',
        KEYS,
        { body: { keys: [], pad: 'x'.repeat(300_000) } },
        'too-large',
        null,
      ],
      ['JSON that is not a JWK Set', KEYS, { body: { keys: 'none' } }, 'invalid-jwks', null],
      ['a JWK Set without keys', KEYS, { body: { keys: [] } }, 'invalid-jwks', null],
    ] as const)('reports %s', async (_what, path, reply, expected, httpStatus) => {
      if (path === KEYS) discovery();
      host.serve(path, reply);
      const report = await run(token(), remote(fetcher()));
      expect(failure(report)).toMatchObject({
        reason: 'key-fetch-failed',
        failure: expected,
        httpStatus,
        url: `${host.origin}${path}`,
      });
      expect(codes(report)).not.toContain('signature.valid');
    });

    it('does not follow a redirect to another host', async () => {
      discovery();
      host.serve(KEYS, { status: 302, headers: { location: `${host.otherOrigin}/keys` } });
      const report = await run(token(), remote(fetcher()));
      expect(failure(report)).toMatchObject({ failure: 'redirect-blocked', httpStatus: 302 });
      expect(host.otherHits()).toBe(0);
    });

    it('follows a redirect on the same host', async () => {
      discovery();
      host.serve(KEYS, { status: 301, headers: { location: '/keys-v2' } });
      host.serve('/keys-v2', { body: jwksFor('k1') });
      const report = await run(token(), remote(fetcher()));
      expect(codes(report)).toContain('signature.valid');
    });

    it('refuses a discovery document for another issuer, and fetches no keys', async () => {
      discovery({ issuer: 'https://login.other-tenant.example/' });
      const report = await run(token(), remote(fetcher()));
      expect(failure(report)).toMatchObject({ failure: 'issuer-mismatch' });
      expect(host.hits(KEYS)).toBe(0);
    });

    it('reports a discovery document without jwks_uri', async () => {
      host.serve(OIDC, { body: { issuer: issuer() } });
      const report = await run(token(), remote(fetcher()));
      expect(failure(report)).toMatchObject({ failure: 'no-jwks-uri' });
    });

    it('remembers a failure for the cooldown instead of asking again', async () => {
      discovery();
      host.serve(KEYS, { status: 503, body: 'busy', headers: { 'content-type': 'text/plain' } });
      const f = fetcher();
      await run(token(), remote(f));
      const again = await run(token(), remote(f));
      expect(failure(again)).toMatchObject({ failure: 'http-status', httpStatus: 503 });
      expect(host.hits(KEYS)).toBe(1);
    });
  });
});
