import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../../helpers/catches.js';
import { CLAIMS, hs256, jwksFor, rs256, rsa, unsigned } from '../../helpers/tokens.js';

const SECRET = 'test-secret-test-secret-test-secret';
const OCT_JWKS = { keys: [{ kty: 'oct', k: Buffer.from(SECRET).toString('base64url'), kid: 'k1', alg: 'HS256' }] };
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const EC_JWKS = { keys: [{ ...ec.publicKey.export({ format: 'jwk' }), kid: 'k1', use: 'sig' }] };
const RSA_PEM = rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString();

function sent(token: string): string {
  return `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${token}"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"`;
}

describe('alg.none: an unsigned token', () => {
  it.each(['none', 'None', 'NONE', 'nOnE'])('catches alg %s', async (alg) => {
    const f = await catches('alg.none', sent(unsigned({ alg, typ: 'JWT' }, { ...CLAIMS, role: 'admin' }, '')));
    expect(f.args).toEqual({});
    expect(f).toMatchObject({ severity: 'error', source: 'token' });
  });

  it('catches it first, and neither verifies it nor calls it live or masked, even with keys and an allow-list', async () => {
    const report = await run(sent(unsigned({ alg: 'none' }, CLAIMS, '')), {
      keys: [jwksFor('k1')],
      allowedAlgorithms: ['RS256'],
    });
    const codes = report.findings.map((f) => f.code);
    expect(report.findings[0]?.code).toBe('alg.none');
    for (const code of [
      'signature.valid',
      'signature.invalid',
      'input.live-token',
      'input.masked',
      'alg.not-allowed',
    ] as const) {
      expect(codes).not.toContain(code);
    }
  });

  it('catches it in a log line with the token beside it', async () => {
    await catches('alg.none', `rejected token=${unsigned({ alg: 'none' }, CLAIMS, '')}`);
  });

  it.each([
    ['RS256', rs256(CLAIMS)],
    ['HS256', hs256(CLAIMS)],
    ['a masked RS256', unsigned({ alg: 'RS256' }, CLAIMS)],
  ])('does not catch %s', async (_name, token) => {
    await catchesNot('alg.none', sent(token));
  });
});

describe('alg.not-allowed: alg is not in the expected allow-list', () => {
  it('catches HS256 where only RS256 is expected (--expect-alg)', async () => {
    const f = await catches('alg.not-allowed', sent(hs256(CLAIMS)), { allowedAlgorithms: ['RS256'] });
    expect(f.args).toEqual({ alg: 'HS256', allowed: ['RS256'], reason: 'expected-list' });
    expect(f).toMatchObject({ severity: 'error', source: 'token' });
  });

  it('catches RS256 against an ES256/PS256 list, even with a masked signature (the header is readable)', async () => {
    const f = await catches('alg.not-allowed', sent(unsigned({ alg: 'RS256', kid: 'k1' }, CLAIMS)), {
      allowedAlgorithms: ['ES256', 'PS256'],
    });
    expect(f.args).toEqual({ alg: 'RS256', allowed: ['ES256', 'PS256'], reason: 'expected-list' });
  });

  it('catches an HS256 token against an RSA key set: the key type cannot verify it', async () => {
    const f = await catches('alg.not-allowed', sent(hs256(CLAIMS, SECRET, { kid: 'k1' })), { keys: [jwksFor('k1')] });
    expect(f.args).toEqual({ alg: 'HS256', allowed: ['RSA/RS256/use=sig'], reason: 'key-type' });
    expect(f).toMatchObject({ severity: 'error', source: 'key' });
  });

  it('catches an HS256 token with no kid against a pasted RSA JWKS', async () => {
    const input = `${sent(hs256(CLAIMS))}\n\n$ curl -s https://auth.acme-corp.com/.well-known/jwks.json\n${JSON.stringify(jwksFor('k1'))}`;
    const f = await catches('alg.not-allowed', input);
    expect(f.args).toMatchObject({ alg: 'HS256', reason: 'key-type' });
  });

  it('catches an HS256 token against an RSA PEM public key', async () => {
    const f = await catches('alg.not-allowed', sent(hs256(CLAIMS)), { keys: [RSA_PEM] });
    // The PEM is named as a JWK's type would be, not in words: the JSON report carries no English.
    expect(f.args).toEqual({ alg: 'HS256', allowed: ['RSA/PEM'], reason: 'key-type' });
  });

  it('catches an RS256 token against an oct (shared-secret) key', async () => {
    const f = await catches('alg.not-allowed', sent(rs256(CLAIMS)), { keys: [OCT_JWKS] });
    expect(f.args).toEqual({ alg: 'RS256', allowed: ['oct/HS256'], reason: 'key-type' });
  });

  it('catches an RS256 token against an EC key set', async () => {
    const f = await catches('alg.not-allowed', sent(rs256(CLAIMS)), { keys: [EC_JWKS] });
    expect(f.args).toEqual({ alg: 'RS256', allowed: ['EC/use=sig'], reason: 'key-type' });
  });

  it('catches it as the cause, ahead of the checks that could not run', async () => {
    const report = await run(sent(hs256(CLAIMS, SECRET, { kid: 'k1' })), { keys: [jwksFor('k1')] });
    const codes = report.findings.map((f) => f.code);
    expect(codes.indexOf('alg.not-allowed')).toBeLessThan(codes.indexOf('input.live-token'));
    expect(codes).not.toContain('signature.invalid');
    expect(codes).not.toContain('signature.valid');
  });

  it.each([
    ['RS256 in an RS256/ES256 list', rs256(CLAIMS), { allowedAlgorithms: ['RS256', 'ES256'] }],
    ['HS256 against a matching oct key', hs256(CLAIMS, SECRET, { kid: 'k1' }), { keys: [OCT_JWKS] }],
    ['RS256 against an RSA key set', rs256(CLAIMS), { keys: [jwksFor('k1')] }],
    ['RS256 against an RSA PEM', rs256(CLAIMS), { keys: [RSA_PEM] }],
    ['HS256 with nothing to compare it with (no list, no key)', hs256(CLAIMS), {}],
  ])('does not catch %s', async (_name, token, options) => {
    await catchesNot('alg.not-allowed', sent(token), options);
  });
});

describe('a header pasted as JSON beside a bare payload (jwt.io’s decoded panels, a decoder’s output)', () => {
  const PAYLOAD = JSON.stringify(CLAIMS, null, 2);
  const panels = (header: Record<string, unknown>) =>
    `HTTP/1.1 401 Unauthorized\n\nHEADER: ALGORITHM & TOKEN TYPE\n${JSON.stringify(header, null, 2)}\nPAYLOAD: DATA\n${PAYLOAD}`;

  it('catches alg none, quoting the header’s alg line, and reports the header with the payload', async () => {
    const report = await run(panels({ alg: 'none', typ: 'JWT' }));
    expect(report.findings[0]).toMatchObject({ code: 'alg.none', source: 'token', evidence: '"alg": "none",' });
    expect(report.token).toMatchObject({ kind: 'payload-only', header: { alg: 'none', typ: 'JWT' } });
  });

  it('catches an alg outside the allow-list', async () => {
    const f = await catches('alg.not-allowed', panels({ alg: 'HS256', typ: 'JWT' }), { allowedAlgorithms: ['RS256'] });
    expect(f.args).toMatchObject({ alg: 'HS256', allowed: ['RS256'] });
  });

  it('reads the header of a decoder’s output (step crypto jwt inspect)', async () => {
    const input = `403 on GET /v1/orders\n${JSON.stringify({ header: { alg: 'none', kid: 'k1' }, payload: CLAIMS }, null, 2)}`;
    await catches('alg.none', input);
  });

  it.each([
    [
      'a JWK beside the payload (key material, not a header)',
      { kty: 'RSA', kid: 'k1', alg: 'RS256', n: 'AQAB', e: 'AQAB' },
    ],
  ])('does not read %s as the header', async (_name, header) => {
    const report = await run(panels(header));
    expect(report.findings.map((f) => f.code)).not.toContain('alg.none');
    expect(report.token?.header ?? null).toBeNull();
  });

  // Round fix-c: under the pane's own label, an object with alg and a private parameter is the header (RFC 7515 §4.3);
  // without the label it is not read as one.
  it('does not read an object with alg but neither typ nor kid as the header, without the pane’s label', async () => {
    const report = await run(
      `HTTP/1.1 401 Unauthorized\n\n${JSON.stringify({ alg: 'none', note: 'x' }, null, 2)}\n${PAYLOAD}`,
    );
    expect(report.findings.map((f) => f.code)).not.toContain('alg.none');
    expect(report.token?.header ?? null).toBeNull();
  });

  // Round left: the header pane copied alone still says what it says. Its `alg: none` is an unsigned token's, whatever
  // its payload; no token was sent, so token.missing stays beside it.
  it('reads a header JSON alone: alg none is alg.none, beside token.missing', async () => {
    const report = await run(`HTTP/1.1 401 Unauthorized\n${JSON.stringify({ alg: 'none', typ: 'JWT' })}`);
    const codes = report.findings.map((f) => f.code);
    expect(codes).toEqual(expect.arrayContaining(['token.missing', 'alg.none']));
    expect(report.token).toBeNull();
  });

  it('does not read a header JSON alone whose alg is in order as a finding', async () => {
    await catchesNot('alg.none', `HTTP/1.1 401 Unauthorized\n${JSON.stringify({ alg: 'RS256', typ: 'JWT' })}`);
  });
});
