import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Report } from '../../src/engine/types.js';
import { diagnoseWithRemoteKeys, type RemoteKeys } from '../../src/keys/diagnose-with-remote-keys.js';
import { KeyFetcher } from '../../src/keys/remote-jwks.js';
import { NOW } from '../helpers/catches.js';
import { CLAIMS, rs256, unsigned } from '../helpers/tokens.js';

/**
 * A pasted token never decides what is fetched: an iss that is not a trusted issuer makes no request at
 * all, whatever it names. Proven three ways: a counting server on 127.0.0.1 that the token points at,
 * nock interceptors for the hosts it names that are never used, and a spy on fetch that is never called.
 */

const TRUSTED = 'https://auth.acme-corp.test/';

let server: Server;
let port = 0;
let requests: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    requests.push(req.url ?? '');
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"issuer":"x","jwks_uri":"http://127.0.0.1/keys"}');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
});

let fetchSpy: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  requests = [];
  nock.disableNetConnect();
  // The local server is reachable, so that a request to it would be counted rather than refused.
  nock.enableNetConnect(/^127\.0\.0\.1(:\d+)?$/);
  fetchSpy = vi.spyOn(globalThis, 'fetch');
});
afterEach(() => {
  fetchSpy.mockRestore();
  nock.cleanAll();
  nock.enableNetConnect();
});

function remote(): RemoteKeys {
  return {
    // Everything a request could need is allowed, so that only the trust check stands in the way.
    fetcher: new KeyFetcher({
      timeoutMs: 1000,
      allowHttpHosts: [`127.0.0.1:${port}`, '127.0.0.1', '169.254.169.254', 'localhost'],
    }),
    trusted: [{ issuer: TRUSTED, jwksUri: null }],
    jwksUrl: null,
    deadlineMs: 2000,
  };
}

const paste = (token: string) =>
  `Authorization: Bearer ${token}\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"`;
const unchecked = (r: Report) => r.findings.find((f) => f.code === 'signature.unchecked')?.args;

describe('an untrusted iss makes no request at all', () => {
  it('an iss on 127.0.0.1 (the counting server): nothing reaches it', async () => {
    const iss = `http://127.0.0.1:${port}/`;
    const report = await diagnoseWithRemoteKeys(
      paste(rs256({ ...CLAIMS, iss }, { kid: 'k1' })),
      { now: NOW },
      remote(),
    );
    expect(unchecked(report)).toEqual({ reason: 'issuer-not-trusted', iss });
    expect(requests).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('an iss at the cloud metadata address 169.254.169.254: not fetched', async () => {
    const metadata = nock('http://169.254.169.254')
      .get(() => true)
      .reply(200, '{}');
    const iss = 'http://169.254.169.254/latest/meta-data/iam/security-credentials/';
    const report = await diagnoseWithRemoteKeys(
      paste(rs256({ ...CLAIMS, iss }, { kid: 'k1' })),
      { now: NOW },
      remote(),
    );
    expect(unchecked(report)).toEqual({ reason: 'issuer-not-trusted', iss });
    expect(metadata.isDone()).toBe(false);
    expect(nock.pendingMocks()).toHaveLength(1);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('an iss on a host that is not configured: not fetched, even masked', async () => {
    const other = nock('https://login.attacker.example')
      .get(() => true)
      .reply(200, '{}');
    const iss = 'https://login.attacker.example/';
    for (const token of [
      rs256({ ...CLAIMS, iss }, { kid: 'k1' }),
      unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, iss }),
    ]) {
      const report = await diagnoseWithRemoteKeys(paste(token), { now: NOW }, remote());
      expect(unchecked(report)).toEqual({ reason: 'issuer-not-trusted', iss });
    }
    expect(other.isDone()).toBe(false);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('an iss that only looks like the trusted one (another path, a suffix, a userinfo trick): not fetched', async () => {
    for (const iss of [
      'https://auth.acme-corp.test/other/',
      'https://auth.acme-corp.test.attacker.example/',
      'https://auth.acme-corp.test@127.0.0.1/',
      'HTTPS://AUTH.ACME-CORP.TEST/',
    ]) {
      const report = await diagnoseWithRemoteKeys(
        paste(rs256({ ...CLAIMS, iss }, { kid: 'k1' })),
        { now: NOW },
        remote(),
      );
      expect(unchecked(report)).toEqual({ reason: 'issuer-not-trusted', iss });
    }
    expect(requests).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('a token without iss: nothing to match, nothing fetched', async () => {
    const { iss: _, ...claims } = CLAIMS;
    const report = await diagnoseWithRemoteKeys(paste(rs256(claims, { kid: 'k1' })), { now: NOW }, remote());
    expect(unchecked(report)).toEqual({ reason: 'issuer-not-trusted', iss: null });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('with no trusted issuer configured, nothing is fetched and the report is the plain one', async () => {
    const report = await diagnoseWithRemoteKeys(
      paste(rs256({ ...CLAIMS, iss: `http://127.0.0.1:${port}/` }, { kid: 'k1' })),
      { now: NOW },
      { ...remote(), trusted: [] },
    );
    expect(unchecked(report)).toEqual({ reason: 'no-key' });
    expect(requests).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('a trusted issuer whose key set redirects to the metadata address: the redirect is not followed', async () => {
    nock('https://auth.acme-corp.test')
      .get('/.well-known/openid-configuration')
      .reply(200, { issuer: TRUSTED, jwks_uri: 'https://auth.acme-corp.test/keys' })
      .get('/keys')
      .reply(302, '', { location: 'http://169.254.169.254/latest/meta-data/' });
    const metadata = nock('http://169.254.169.254')
      .get(() => true)
      .reply(200, '{}');
    const report = await diagnoseWithRemoteKeys(
      paste(rs256({ ...CLAIMS, iss: TRUSTED }, { kid: 'k1' })),
      { now: NOW },
      remote(),
    );
    expect(unchecked(report)).toMatchObject({ reason: 'key-fetch-failed', failure: 'redirect-blocked' });
    expect(metadata.isDone()).toBe(false);
    expect(fetchSpy).toHaveBeenCalledTimes(2);
  });

  it('an http issuer whose host is not allowed: refused before any request', async () => {
    const r = remote();
    const report = await diagnoseWithRemoteKeys(
      paste(rs256({ ...CLAIMS, iss: 'http://auth.acme-corp.test/' }, { kid: 'k1' })),
      { now: NOW },
      { ...r, trusted: [{ issuer: 'http://auth.acme-corp.test/', jwksUri: null }] },
    );
    expect(unchecked(report)).toMatchObject({ reason: 'key-fetch-failed', failure: 'not-https' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});
