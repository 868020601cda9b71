import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../../helpers/catches.js';
import { b64url, CLAIMS, rs256, unsigned } from '../../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const MASKED = unsigned(HEADER, CLAIMS);
const rand = (bytes: number): string => randomBytes(bytes).toString('base64url');

/** The request's Authorization header and the API's 401, as a colleague pastes them. */
function sent(authorization: string, challenge = 'Bearer error="invalid_token"'): string {
  return [
    'GET /v1/orders HTTP/1.1',
    'Host: api.acme-corp.com',
    `Authorization: ${authorization}`,
    'Accept: application/json',
    '',
    'HTTP/1.1 401 Unauthorized',
    `WWW-Authenticate: ${challenge}`,
    'Content-Length: 0',
  ].join('\n');
}

describe('token.missing: an authentication failure and no token anywhere in the input', () => {
  it('catches a 401 with an error-less Bearer challenge and no token', async () => {
    const f = await catches(
      'token.missing',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api.acme-corp.com"\nContent-Length: 0',
    );
    // No request in the paste: that none was sent is the likely reading, and the words say it is not shown.
    expect(f.args).toEqual({ requestUnseen: true });
    expect(f.title).toBe('No token was sent, or it is not in the paste');
    expect(f).toMatchObject({ severity: 'error', source: 'status', evidence: 'HTTP/1.1 401 Unauthorized' });
  });

  it('leaves the request seen without Authorization to authz-header.missing, which says it was not sent', async () => {
    const report = await run('GET /v1/orders HTTP/1.1\nHost: api.acme-corp.com\n\nHTTP/1.1 401 Unauthorized');
    expect(report.findings[0]?.code).toBe('authz-header.missing');
    expect(report.findings.some((f) => f.args.requestUnseen === true)).toBe(false);
  });

  it.each([
    ['Bearer undefined', 'Bearer undefined'],
    ['Bearer null', 'Bearer null'],
    ['Bearer [object Object]', 'Bearer [object Object]'],
    ['a scheme with nothing after it', 'Bearer'],
  ])('catches a request that sent %s: the client had no token', async (_name, value) => {
    const f = await catches('token.missing', sent(value));
    expect(f).toMatchObject({ severity: 'error', source: 'request-header' });
  });

  it('catches `Bearer undefined` as the cause, not as an opaque token or a bad scheme', async () => {
    const report = await run(sent('Bearer'));
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('token.opaque');
    expect(codes).not.toContain('authz-header.scheme');
    expect(report.findings[0]?.code).toBe('token.missing');
  });

  // build-context.ts registers the whole header value ("Bearer undefined") as a secret, so the evidence
  // reads `Authorization: Bearer ‹token sha256:…›` and hides the one word that explains the failure.
  it('quotes the placeholder in the evidence', async () => {
    const f = await catches('token.missing', sent('Bearer undefined'));
    expect(f.evidence).toContain('undefined');
  });

  it('names the placeholder in its args, so the words say what was sent instead of "no token anywhere"', async () => {
    expect((await catches('token.missing', sent('Bearer undefined'))).args).toEqual({ placeholder: 'undefined' });
    expect((await catches('token.missing', sent('Bearer'))).args).toEqual({ placeholder: '' });
    const report = await run(sent('Bearer null'));
    const detail = report.findings.find((f) => f.code === 'token.missing')?.detail ?? '';
    expect(detail).toContain('"null"');
    expect(detail).not.toContain('anywhere');
    // With no Authorization header at all, the finding is about the whole paste, as before.
    expect((await catches('token.missing', 'HTTP/1.1 401 Unauthorized')).args).toEqual({ requestUnseen: true });
  });

  it('says the token did not reach the verifier when the request carried one and a verifier says it got none', async () => {
    const input = `${sent(`Bearer ${MASKED}`, 'Bearer realm="api"')}\n\napi log: UnauthorizedError: No authorization token was found`;
    const f = await catches('token.missing', input);
    expect(f.args).toEqual({ via: 'express-jwt', sent: true });
    expect(f.title).toBe('The token did not reach the verifier');
    const ja = (await run(input, { locale: 'ja' })).findings.find((x) => x.code === 'token.missing');
    expect(ja?.title).toBe('トークンが検証器に届いていません');
    // The same log with no token in the paste is the plain "no token" finding.
    expect(
      (await catches('token.missing', 'HTTP/1.1 401\n\nUnauthorizedError: No authorization token was found')).args,
    ).toEqual({
      via: 'express-jwt',
      requestUnseen: true,
    });
  });

  it.each([
    [
      'Chrome’s console',
      "Access to fetch at 'https://api.acme-corp.com/v1/orders' from origin 'https://app.acme-corp.com' has been blocked by CORS policy: Response to preflight request doesn't pass access control check: It does not have HTTP ok status.\nOPTIONS https://api.acme-corp.com/v1/orders 401 (Unauthorized)",
    ],
    [
      'the console’s line alone, after its VM prefix',
      'VM663:1 OPTIONS https://api.acme-corp.com/v1/orders 401 (Unauthorized)',
    ],
  ])('names a refused CORS preflight (%s): browsers send none there', async (_name, input) => {
    const f = await catches('token.missing', input);
    expect(f.args).toEqual({ preflight: true });
    expect(f.title).toBe('The CORS preflight was refused for carrying no token');
  });

  it.each([
    [
      'an invalid_token challenge: a token was sent, just not pasted',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    ],
    ['a verifier log naming a token problem', 'HTTP/1.1 401 Unauthorized\n\nTokenExpiredError: jwt expired'],
    ['a 403', 'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"message":"Forbidden"}'],
    [
      'a token sent in the query string',
      '$ curl -i "https://api.acme-corp.com/v1/orders?access_token=Zk9xY2hqT3BxZ0RtVnJ3dA"\nHTTP/1.1 401 Unauthorized',
    ],
    [
      'a bare payload JSON pasted instead of the token',
      `HTTP/1.1 401 Unauthorized\n\npayload: ${JSON.stringify(CLAIMS)}`,
    ],
    ['a masked token', sent(`Bearer ${MASKED}`, 'Bearer realm="api"')],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('token.missing', input);
  });
});

describe('token.malformed: not three base64url parts of JSON', () => {
  const signature = rand(32);
  it.each([
    ['a header with no alg', `${b64url({ typ: 'JWT' })}.${b64url(CLAIMS)}.${signature}`, 'header-no-alg', 3],
    ['a header that is not JSON', `${b64url('{alg: RS256}')}.${b64url(CLAIMS)}.${signature}`, 'header-json', 3],
    [
      'a payload that is not JSON',
      `${b64url(HEADER)}.${b64url('sub=alice;exp=1779979200')}.${signature}`,
      'payload-json',
      3,
    ],
    [
      'standard base64 (+ and /) instead of base64url',
      `${Buffer.from(JSON.stringify({ ...HEADER, kid: 'k?>' })).toString('base64')}.${Buffer.from(JSON.stringify(CLAIMS)).toString('base64')}.ab+cd/efghijklmnop`,
      'standard-base64',
      3,
    ],
    ['four parts', `${b64url(HEADER)}.${b64url(CLAIMS)}.${signature}.${rand(8)}`, 'segments', 4],
    [
      'a token cut mid-payload by a copy (whole base64 quanta, broken JSON)',
      `${b64url(HEADER)}.${b64url(CLAIMS).slice(0, 36)}`,
      'payload-json',
      2,
    ],
  ])('catches %s', async (_name, token, reason, parts) => {
    const f = await catches('token.malformed', sent(`Bearer ${token}`));
    expect(f.args).toEqual({ reason, parts });
    expect(f).toMatchObject({ severity: 'error', source: 'request-header' });
  });

  it('catches a malformed token found in a log line, with source token', async () => {
    const f = await catches(
      'token.malformed',
      `WARN rejected token=${b64url({ typ: 'JWT' })}.${b64url(CLAIMS)}.${signature}`,
    );
    expect(f.source).toBe('token');
  });

  it.each([
    ['***', unsigned(HEADER, CLAIMS, '***')],
    ['[REDACTED]', unsigned(HEADER, CLAIMS, '[REDACTED]')],
    ['xxxx', unsigned(HEADER, CLAIMS, 'xxxx')],
    ['…', unsigned(HEADER, CLAIMS, '…')],
    ['header.payload.', unsigned(HEADER, CLAIMS, '')],
    ['header.payload', `${b64url(HEADER)}.${b64url(CLAIMS)}`],
  ])('does not catch a signature masked as %s ("Masked is not malformed")', async (_name, token) => {
    const report = await catchesNot('token.malformed', sent(`Bearer ${token}`));
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('input.masked');
    expect(codes).toContain('signature.unchecked');
  });

  it.each([
    ['a complete signed token', rs256(CLAIMS)],
    ['an opaque token', rand(24)],
  ])('does not catch %s', async (_name, token) => {
    await catchesNot('token.malformed', sent(`Bearer ${token}`));
  });
});

describe('token.jwe: five parts, an encrypted token', () => {
  const jwe = (header: Record<string, unknown>) => [b64url(header), rand(256), rand(12), rand(96), rand(16)].join('.');

  it('catches an RSA-OAEP-256 / A256GCM token and names both algorithms', async () => {
    const f = await catches(
      'token.jwe',
      sent(`Bearer ${jwe({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'enc-2026' })}`),
    );
    expect(f.args).toEqual({ alg: 'RSA-OAEP-256', enc: 'A256GCM' });
    expect(f).toMatchObject({ severity: 'warning', source: 'request-header' });
  });

  it('catches a direct-encryption token (alg dir)', async () => {
    const f = await catches('token.jwe', sent(`Bearer ${jwe({ alg: 'dir', enc: 'A128CBC-HS256' })}`));
    expect(f.args).toEqual({ alg: 'dir', enc: 'A128CBC-HS256' });
  });

  it('catches it without reporting it malformed, unsigned or live', async () => {
    const report = await run(sent(`Bearer ${jwe({ alg: 'RSA-OAEP', enc: 'A256GCM' })}`));
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('token.malformed');
    expect(codes).not.toContain('input.live-token');
    expect(report.token?.kind).toBe('jwe');
  });

  it.each([
    ['a three-part JWS', MASKED],
    ['five parts whose header has no enc', [b64url(HEADER), rand(8), rand(8), rand(8), rand(8)].join('.')],
  ])('does not catch %s', async (_name, token) => {
    await catchesNot('token.jwe', sent(`Bearer ${token}`));
  });
});

describe('token.opaque: a credential with no decodable JOSE header', () => {
  it.each([
    ['an RFC 6749 example-style reference token', rand(16)],
    ['a GitHub-style prefixed token', `gho_${rand(27)}`],
    ['a long random token', rand(48)],
  ])('catches %s', async (_name, token) => {
    const f = await catches('token.opaque', sent(`Bearer ${token}`));
    // A product's prefix names the key (round left-l, token/product-key.ts).
    expect(f.args).toEqual(
      token.startsWith('gho_')
        ? { length: token.length, form: 'api-key', key: 'github-token' }
        : { length: token.length },
    );
    expect(f).toMatchObject({ severity: 'warning', source: 'request-header' });
  });

  it('does not take a random token holding xXxX for a masked one', async () => {
    const token = 'Zk9xY2hq1XxXXoT3BxZ0RtVnJ3dAb2c';
    const f = await catches(
      'token.opaque',
      `HTTP/1.1 401 Unauthorized\n\n${JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600 })}`,
    );
    expect(f.args).toEqual({ length: token.length });
  });

  it('catches the access_token of an OAuth token response', async () => {
    const token = rand(24);
    const f = await catches(
      'token.opaque',
      `HTTP/1.1 401 Unauthorized\n\n${JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 3600 })}`,
    );
    expect(f.args).toEqual({ length: token.length });
    expect(f.source).toBe('token');
  });

  it.each([
    ['a JWT', rs256(CLAIMS)],
    ['a masked JWT', MASKED],
  ])('does not catch %s', async (_name, token) => {
    await catchesNot('token.opaque', sent(`Bearer ${token}`));
  });

  it.each([
    ['a fully masked credential (input.masked says so)', 'Bearer ***'],
    ['Basic credentials (a user:password pair, not a token)', 'Basic YXBpLWNsaWVudDpodW50ZXIy'],
  ])('does not catch %s', async (_name, value) => {
    await catchesNot('token.opaque', sent(value));
  });
});

describe('token.id-token: an OpenID Connect ID token sent as an access token', () => {
  const idClaims = { ...CLAIMS, aud: 'Qm8Jx2LcR4vT9wYz1bN6', azp: 'Qm8Jx2LcR4vT9wYz1bN6' };

  it.each([
    ['nonce and at_hash', { ...idClaims, nonce: 'n-0S6_WzA2Mj', at_hash: rand(16) }, ['nonce', 'at_hash']],
    ['c_hash (hybrid flow)', { ...idClaims, c_hash: rand(16) }, ['c_hash']],
    ['Cognito token_use: id', { ...idClaims, token_use: 'id', 'cognito:username': 'alice' }, ['token_use: id']],
  ])('catches %s', async (_name, claims, indicators) => {
    const f = await catches('token.id-token', sent(`Bearer ${unsigned(HEADER, claims)}`));
    expect(f.args).toEqual({ indicators });
    expect(f).toMatchObject({ severity: 'error', source: 'token' });
  });

  it('catches it in a bare payload JSON pasted from a decoder', async () => {
    const payload = {
      iss: 'https://accounts.google.com',
      aud: '1234567890-abc.apps.googleusercontent.com',
      sub: '110169484474386276334',
      nonce: 'n-0S6_WzA2Mj',
      iat: CLAIMS.iat,
      exp: CLAIMS.exp,
    };
    const f = await catches(
      'token.id-token',
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\ndecoded payload:\n${JSON.stringify(payload, null, 2)}`,
    );
    expect(f.args).toEqual({ indicators: ['nonce'] });
  });

  it.each([
    ['an access token', CLAIMS],
    ['a payload typ "ID" alone (Keycloak-style; typ is not enough)', { ...CLAIMS, typ: 'ID' }],
    [
      'an aud that looks like a client id (Okta, Auth0 M2M) alone',
      { ...CLAIMS, aud: '0oa1b2c3d4e5f6g7h8i9', azp: '0oa1b2c3d4e5f6g7h8i9' },
    ],
    ['Cognito token_use: access', { ...CLAIMS, token_use: 'access', client_id: '3n4b5urk1ft4fl3mg5e62d9ado' }],
  ])('does not catch %s', async (_name, claims) => {
    await catchesNot('token.id-token', sent(`Bearer ${unsigned(HEADER, claims)}`));
  });

  it('does not catch a header typ of "JWT" with access-token claims', async () => {
    await catchesNot('token.id-token', sent(`Bearer ${unsigned({ ...HEADER, typ: 'JWT' }, idClaims)}`));
  });
});
