/**
 * Round left-r: what audit-mm and fuzz18 left — gRPC refusals that are not about a bearer token, messages that give a
 * generic reason, Mailgun's key shape, and Auth.js's JWTSessionError.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

const steps = async (paste: string, locale?: 'ja') =>
  (await run(paste, locale === undefined ? {} : { locale })).nextSteps.join('\n');

describe('a gRPC UNAUTHENTICATED about a client certificate or a component’s own login', () => {
  const CERT = [
    // corpus #1761 (grpc-js).
    '{"level":"error","stack":"Error: 16 UNAUTHENTICATED: mTLS client certificate not presented\\n    at callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:32:19)"}',
    'rpc error: code = Unauthenticated desc = client certificate required',
    'io.grpc.StatusRuntimeException: UNAUTHENTICATED: mutual TLS required',
  ];
  for (const paste of CERT)
    it(`catches: ${paste.slice(0, 60)}`, async () => {
      const f = await catches('token.missing', paste);
      expect(f.args).toMatchObject({ client: 'grpc', grpcReason: 'client-certificate' });
      const en = await steps(paste);
      expect(en).toContain('credentials.createSsl(rootCerts, privateKey, certChain)');
      expect(en).not.toContain('"authorization" (lower-case)');
      expect(await steps(paste, 'ja')).toContain('クライアント証明書');
    });
  it('catches: IBM’s block CSI driver’s credential error (corpus #1759, #8553)', async () => {
    for (const paste of [
      'Warning  ProvisioningFailed  3s  block.csi.ibm.com  failed to provision volume: rpc error: code = Unauthenticated desc = Credential error has occurred while connecting to endpoint 10.0.0.7',
      'Warning  ProvisioningFailed  3s  block.csi.ibm.com  failed to provision volume: rpc error: code = Unauthenticated desc = Credential error has occurred while connecting to endpoint ',
    ]) {
      const f = await catches('token.missing', paste);
      expect(f.args).toMatchObject({ client: 'grpc', grpcReason: 'component-credential' });
      const en = await steps(paste);
      expect(en).toContain('csi.storage.k8s.io/provisioner-secret-name');
      expect(en).not.toContain('"authorization" (lower-case)');
      expect(await steps(paste, 'ja')).toContain('Secret');
    }
  });
  it('catches not: a bare status or a token’s words keep the metadata steps', async () => {
    for (const paste of [
      'Error: 16 UNAUTHENTICATED: ',
      'rpc error: code = Unauthenticated desc = invalid token',
      'rpc error: code = Unauthenticated desc = no certificate found for kid k1',
    ]) {
      const f = await catches('token.missing', paste);
      expect(f.args).not.toMatchObject({ grpcReason: 'client-certificate' });
      expect(f.args).not.toMatchObject({ grpcReason: 'component-credential' });
      expect(await steps(paste)).toContain('"authorization" (lower-case)');
    }
  });
});

describe('a message that gives a generic reason is not said to give none', () => {
  it('catches: a gRPC status whose details name no cause (corpus #5491, #9331)', async () => {
    for (const paste of [
      'io.grpc.StatusRuntimeException: UNAUTHENTICATED: invalid token',
      '{"level":"fatal","msg":"rpc error: code = Unauthenticated desc = invalid session: token has invalid claims: ',
    ]) {
      const f = await catches('token.missing', paste);
      expect(f.args).toMatchObject({ client: 'grpc', grpcReason: 'generic' });
      const r = await run(paste);
      // audit-oo: gRPC details are the server's own words, quoted, not judged generic (formats-audit-oo).
      expect(r.findings[0]?.detail).toContain('with a reason in the server’s own words');
      expect(r.findings[0]?.detail).not.toContain('no reason');
    }
  });
  it('catches: Azure PostgreSQL’s "error occurred while validating the access token" (audit-jj paste 18)', async () => {
    const paste =
      'Error: Error initializing PostgreSQL client: error detecting capabilities: error PostgreSQL version: pq: An error occurred while validating the access token. Please acquire a new token and retry';
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'azure-postgresql', genericReason: true });
    expect(f.detail).toContain('with only a generic reason');
    expect(f.detail).not.toContain('no description');
    expect((await catches('challenge.invalid-token', paste, { locale: 'ja' })).detail).toContain('一般的な理由');
  });
  it('catches not: a bare status or a challenge with no description keeps saying so', async () => {
    const r = await run('Error: 16 UNAUTHENTICATED: ');
    expect(r.findings[0]?.detail).toContain('with no reason');
    const c = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    );
    expect(c.args).not.toMatchObject({ genericReason: true });
    expect(c.detail).toContain('with no description');
  });
});

describe('Mailgun’s private key is named', () => {
  it('catches: key- and 32 letters and digits sent as a bearer token', async () => {
    const f = await catches(
      'token.opaque',
      'Authorization: Bearer key-b107ce88544a397cab5cd3db1ce9a4ec\nHTTP/1.1 401 Unauthorized',
    );
    expect(f.args).toMatchObject({ form: 'api-key', key: 'mailgun-api-key' });
    expect(
      await steps('Authorization: Bearer key-b107ce88544a397cab5cd3db1ce9a4ec\nHTTP/1.1 401 Unauthorized'),
    ).toContain('user name "api"');
  });
  it('catches not: a key- word or a run with no digit', async () => {
    for (const t of ['key-abcdefghijklmnopqrstuvwxyzabcdef', 'key-b107ce88544a397cab5cd3db1ce9a4ec9f']) {
      const r = await run(`Authorization: Bearer ${t}\nHTTP/1.1 401 Unauthorized`);
      expect(JSON.stringify(r.findings.map((x) => x.args))).not.toContain('mailgun-api-key');
    }
  });
});

describe('Auth.js’s JWTSessionError', () => {
  const HEAD = '[auth][error] JWTSessionError: Read more at https://errors.authjs.dev#jwtsessionerror';
  it('catches: with no cause line, the session secret', async () => {
    const f = await catches('verifier.misconfigured', HEAD);
    expect(f.args).toMatchObject({ via: 'authjs', setup: 'authjs-session' });
    expect(await steps(HEAD)).toContain('AUTH_SECRET (NEXTAUTH_SECRET in next-auth v4)');
    expect(await steps(HEAD, 'ja')).toContain('AUTH_SECRET');
  });
  it('catches: a TypeError cause is the app’s callback (audit-ll paste 16)', async () => {
    const paste = `${HEAD}\n[auth][cause]: TypeError: Cannot read properties of undefined (reading 'username')`;
    const f = await catches('verifier.misconfigured', paste);
    expect(f.args).toMatchObject({ via: 'authjs', setup: 'authjs-session-callback' });
    expect(await steps(paste)).toContain('callbacks.jwt or callbacks.session');
    expect(await steps(paste, 'ja')).toContain('callbacks.jwt');
  });
  it('catches not: a decryption cause stays jose’s, prose naming the error is not Auth.js’s line', async () => {
    const r = await run(`${HEAD}\n[auth][cause]: JWEDecryptionFailed: decryption operation failed`);
    expect(r.findings.map((x) => x.code)).toContain('token.jwe-undecryptable');
    expect(r.findings.map((x) => x.code)).not.toContain('verifier.misconfigured');
    const prose = await run('we keep seeing JWTSessionError in the logs since Tuesday');
    expect(prose.findings.map((x) => x.code)).not.toContain('verifier.misconfigured');
  });
});
