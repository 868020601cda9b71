import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../../helpers/catches.js';
import { CLAIMS, hs256, jwksFor, otherRsa, rs256, rsa, unsigned } from '../../helpers/tokens.js';

const SECRET = 'test-secret-test-secret-test-secret';
const OCT_JWKS = { keys: [{ kty: 'oct', k: Buffer.from(SECRET).toString('base64url'), kid: 'hmac-1' }] };
const pemOf = (key: typeof rsa.publicKey): string => key.export({ type: 'spki', format: 'pem' }).toString();
const TWO_KEYS = { keys: [...jwksFor('acme-2026-04', otherRsa.publicKey).keys, ...jwksFor('acme-2026-05').keys] };
/** A key the sets here do not hold: a token it signed names a kid that was rotated out, not one renamed. */
const retired = generateKeyPairSync('rsa', { modulusLength: 2048 });

function sent(token: string): string {
  return `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${token}"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"`;
}

/** The same paste with the issuer's JWKS fetched and pasted below it. */
function withPastedJwks(token: string, jwks: unknown, pretty = false): string {
  return `${sent(token)}\n\n$ curl -s https://auth.acme-corp.com/.well-known/jwks.json\n${JSON.stringify(jwks, null, pretty ? 2 : undefined)}`;
}

describe('key.kid-missing: no kid while the key set holds several keys', () => {
  it('catches a kid-less token against a two-key JWKS', async () => {
    const f = await catches('key.kid-missing', sent(rs256(CLAIMS, {})), { keys: [TWO_KEYS] });
    expect(f.args).toEqual({ keyCount: 2 });
    expect(f).toMatchObject({ severity: 'warning', source: 'token' });
  });

  it('catches it and still finds the key that verifies', async () => {
    const report = await run(sent(rs256(CLAIMS, {})), { keys: [TWO_KEYS] });
    expect(report.findings.find((f) => f.code === 'signature.valid')?.args).toEqual({
      kid: 'acme-2026-05',
      alg: 'RS256',
    });
  });

  it.each([
    ['a single key', sent(rs256(CLAIMS, {})), { keys: [jwksFor('acme-2026-05')] }],
    ['a token that names its kid', sent(rs256(CLAIMS, { kid: 'acme-2026-05' })), { keys: [TWO_KEYS] }],
    ['no key set at all', sent(rs256(CLAIMS, {})), {}],
  ])('does not catch %s', async (_name, input, options) => {
    await catchesNot('key.kid-missing', input, options);
  });
});

describe('key.kid-unknown: the kid is not in the key set', () => {
  it('catches a rotated-out kid against the JWKS given in options, listing the kids available', async () => {
    const token = rs256(CLAIMS, { kid: 'acme-2026-03' }, retired.privateKey);
    const f = await catches('key.kid-unknown', sent(token), { keys: [TWO_KEYS] });
    expect(f.args).toEqual({ kid: 'acme-2026-03', available: ['acme-2026-04', 'acme-2026-05'] });
    expect(f).toMatchObject({ severity: 'error', source: 'key' });
  });

  it('catches it against a JWKS pasted in the input (pretty-printed)', async () => {
    const f = await catches(
      'key.kid-unknown',
      withPastedJwks(rs256(CLAIMS, { kid: 'staging-2026-05' }, otherRsa.privateKey), jwksFor('acme-2026-05'), true),
    );
    expect(f.args).toEqual({ kid: 'staging-2026-05', available: ['acme-2026-05'] });
  });

  it('catches it for a masked token too: the kid is in the readable header', async () => {
    const f = await catches('key.kid-unknown', sent(unsigned({ alg: 'RS256', kid: 'acme-2026-03' }, CLAIMS)), {
      keys: [TWO_KEYS],
    });
    expect(f.args).toMatchObject({ kid: 'acme-2026-03' });
  });

  it('catches it instead of signature.unchecked: the specific explains the general', async () => {
    const report = await run(sent(rs256(CLAIMS, { kid: 'acme-2026-03' })), { keys: [TWO_KEYS] });
    expect(report.findings.map((f) => f.code)).not.toContain('signature.unchecked');
  });

  it.each([
    ['a kid in the set', sent(rs256(CLAIMS, { kid: 'acme-2026-05' })), { keys: [TWO_KEYS] }],
    [
      'keys without kids (nothing to compare with)',
      sent(rs256(CLAIMS, { kid: 'acme-2026-05' })),
      { keys: [pemOf(rsa.publicKey)] },
    ],
    ['no key set at all', sent(rs256(CLAIMS, { kid: 'acme-2026-03' })), {}],
  ])('does not catch %s', async (_name, input, options) => {
    await catchesNot('key.kid-unknown', input, options);
  });
});

describe('signature.valid: the signature verifies with the key given', () => {
  const token = rs256(CLAIMS, { kid: 'acme-2026-05' });
  it.each([
    ['a JWKS object in options', { keys: [jwksFor('acme-2026-05')] }, 'acme-2026-05'],
    ['JWKS JSON text in options', { keys: [JSON.stringify(jwksFor('acme-2026-05'))] }, 'acme-2026-05'],
    ['a single JWK in options', { keys: [jwksFor('acme-2026-05').keys[0] ?? {}] }, 'acme-2026-05'],
    ['a PEM public key in options', { keys: [pemOf(rsa.publicKey)] }, null],
  ])('catches an RS256 token verified with %s', async (_name, options, kid) => {
    const f = await catches('signature.valid', sent(token), options);
    expect(f.args).toEqual({ kid, alg: 'RS256' });
    expect(f).toMatchObject({ severity: 'info', source: 'key' });
  });

  it('catches it with a JWKS pasted below the exchange', async () => {
    const f = await catches('signature.valid', withPastedJwks(token, jwksFor('acme-2026-05')));
    expect(f.args).toEqual({ kid: 'acme-2026-05', alg: 'RS256' });
  });

  it('catches it with a PEM public key pasted in the input', async () => {
    const f = await catches('signature.valid', `${sent(token)}\n\nour public key:\n${pemOf(rsa.publicKey)}`);
    expect(f.args).toEqual({ kid: null, alg: 'RS256' });
  });

  it('catches an HS256 token verified with its oct key', async () => {
    const f = await catches('signature.valid', sent(hs256(CLAIMS, SECRET, { kid: 'hmac-1' })), { keys: [OCT_JWKS] });
    expect(f.args).toEqual({ kid: 'hmac-1', alg: 'HS256' });
  });

  it.each([
    [
      'another key',
      sent(rs256(CLAIMS, { kid: 'acme-2026-05' }, otherRsa.privateKey)),
      { keys: [jwksFor('acme-2026-05')] },
    ],
    [
      'a masked signature',
      sent(unsigned({ alg: 'RS256', kid: 'acme-2026-05' }, CLAIMS)),
      { keys: [jwksFor('acme-2026-05')] },
    ],
    ['no key', sent(token), {}],
  ])('does not catch a token with %s', async (_name, input, options) => {
    await catchesNot('signature.valid', input, options);
  });
});

describe('signature.invalid: the signature does not verify with the key given', () => {
  it('catches a token signed by another key than the JWKS holds under its kid', async () => {
    const f = await catches('signature.invalid', sent(rs256(CLAIMS, { kid: 'acme-2026-05' }, otherRsa.privateKey)), {
      keys: [jwksFor('acme-2026-05')],
    });
    expect(f.args).toEqual({ kid: 'acme-2026-05' });
    expect(f).toMatchObject({ severity: 'error', source: 'key' });
  });

  it('catches a payload edited after signing', async () => {
    const [h, , s] = rs256(CLAIMS, { kid: 'acme-2026-05' }).split('.');
    const tampered = `${h}.${Buffer.from(JSON.stringify({ ...CLAIMS, scope: 'admin' })).toString('base64url')}.${s}`;
    await catches('signature.invalid', sent(tampered), { keys: [jwksFor('acme-2026-05')] });
  });

  it('catches a token checked against the wrong PEM', async () => {
    const f = await catches('signature.invalid', sent(rs256(CLAIMS, {})), { keys: [pemOf(otherRsa.publicKey)] });
    expect(f.args).toEqual({ kid: null });
  });

  it('catches an HS256 token signed with another secret', async () => {
    await catches('signature.invalid', sent(hs256(CLAIMS, 'not-the-secret-not-the-secret-not', { kid: 'hmac-1' })), {
      keys: [OCT_JWKS],
    });
  });

  it('catches it against a pasted JWKS and leads the report with it', async () => {
    const report = await run(
      withPastedJwks(rs256(CLAIMS, { kid: 'acme-2026-05' }, otherRsa.privateKey), jwksFor('acme-2026-05')),
    );
    expect(report.findings[0]?.code).toBe('signature.invalid');
  });

  it.each([
    ['a token that verifies', sent(rs256(CLAIMS, { kid: 'acme-2026-05' })), { keys: [jwksFor('acme-2026-05')] }],
    [
      'a masked signature',
      sent(unsigned({ alg: 'RS256', kid: 'acme-2026-05' }, CLAIMS)),
      { keys: [jwksFor('acme-2026-05')] },
    ],
    ['no key', sent(rs256(CLAIMS, {}, otherRsa.privateKey)), {}],
  ])('does not catch %s', async (_name, input, options) => {
    await catchesNot('signature.invalid', input, options);
  });
});

describe('signature.unchecked: no key was given, or the signature is masked', () => {
  it.each([
    ['a complete token and no key', sent(rs256(CLAIMS)), {}, 'no-key'],
    ['a masked signature and no key', sent(unsigned({ alg: 'RS256' }, CLAIMS)), {}, 'masked'],
    [
      'a masked signature and a key',
      sent(unsigned({ alg: 'RS256', kid: 'k1' }, CLAIMS)),
      { keys: [jwksFor('k1')] },
      'masked',
    ],
    ['a signature cut off (header.payload.)', sent(unsigned({ alg: 'RS256' }, CLAIMS, '')), {}, 'masked'],
  ])('catches %s', async (_name, input, options, reason) => {
    const f = await catches('signature.unchecked', input, options);
    expect(f.args).toEqual({ reason });
    expect(f.severity).toBe('info');
  });

  it.each([
    ['a key that verifies it', sent(rs256(CLAIMS)), { keys: [jwksFor('k1')] }],
    ['a key that rejects it', sent(rs256(CLAIMS, { kid: 'k1' }, otherRsa.privateKey)), { keys: [jwksFor('k1')] }],
    ['an unsigned alg none token', sent(unsigned({ alg: 'none' }, CLAIMS, '')), {}],
    ['an opaque token', sent('Zk9xY2hqT3BxZ0RtVnJ3dEx1bWJh'), {}],
  ])('does not catch %s', async (_name, input, options) => {
    await catchesNot('signature.unchecked', input, options);
  });
});

/** What the edge (src/keys/) tells the engine about the issuer's published keys: plain data, no network here. */
describe('keys published by a trusted issuer (options.keyFetch)', () => {
  const URI = 'https://auth.acme-corp.com/.well-known/jwks.json';
  const published = (
    jwks: { keys: Record<string, unknown>[] },
    refetch: 'none' | 'refetched' | 'cooling-down' | 'failed' = 'none',
    kidsBefore: string[] = [],
  ) => ({
    keyFetch: { status: 'fetched' as const, issuer: CLAIMS.iss, jwksUri: URI, jwks, refetch, kidsBefore },
  });

  it('catches signature.valid against the published set', async () => {
    const f = await catches(
      'signature.valid',
      sent(rs256(CLAIMS, { kid: 'acme-2026-05' })),
      published(jwksFor('acme-2026-05')),
    );
    expect(f.args).toEqual({ kid: 'acme-2026-05', alg: 'RS256' });
  });

  it('catches key.kid-unknown with where the set came from', async () => {
    const f = await catches(
      'key.kid-unknown',
      sent(rs256(CLAIMS, { kid: 'acme-2026-03' }, otherRsa.privateKey)),
      published(jwksFor('acme-2026-05'), 'refetched', ['acme-2026-05']),
    );
    expect(f.args).toEqual({ kid: 'acme-2026-03', available: ['acme-2026-05'], jwksUri: URI, refetch: 'refetched' });
    expect(f.severity).toBe('error');
    expect(f.evidence).toContain(URI);
  });

  it('catches a kid rotated in since the cached copy: a warning beside signature.valid', async () => {
    const both = { keys: [...jwksFor('acme-2026-05', otherRsa.publicKey).keys, ...jwksFor('acme-2026-06').keys] };
    const report = await run(
      sent(rs256(CLAIMS, { kid: 'acme-2026-06' })),
      published(both, 'refetched', ['acme-2026-05']),
    );
    const rotated = report.findings.find((f) => f.code === 'key.kid-unknown');
    expect(rotated?.args).toEqual({
      kid: 'acme-2026-06',
      available: ['acme-2026-05'],
      jwksUri: URI,
      refetch: 'refetched',
      rotatedIn: true,
    });
    expect(rotated?.severity).toBe('warning');
    expect(report.findings.find((f) => f.code === 'signature.valid')?.args).toEqual({
      kid: 'acme-2026-06',
      alg: 'RS256',
    });
  });

  it('makes the rotated-in kid an error when the server says it found no key', async () => {
    const both = { keys: [...jwksFor('acme-2026-05', otherRsa.publicKey).keys, ...jwksFor('acme-2026-06').keys] };
    const input = `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${rs256(CLAIMS, { kid: 'acme-2026-06' })}"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The signature key was not found"`;
    const f = await catches('key.kid-unknown', input, published(both, 'refetched', ['acme-2026-05']));
    expect(f.severity).toBe('error');
    expect(f.args).toMatchObject({ kid: 'acme-2026-06', rotatedIn: true, available: ['acme-2026-05'] });
  });

  it('does not call a kid rotated in when the copy before the refetch already had it', async () => {
    await catchesNot(
      'key.kid-unknown',
      sent(rs256(CLAIMS, { kid: 'acme-2026-05' })),
      published(jwksFor('acme-2026-05'), 'none'),
    );
  });

  it('catches signature.unchecked for an issuer that is not trusted, naming its iss', async () => {
    const f = await catches('signature.unchecked', sent(rs256(CLAIMS)), {
      keyFetch: { status: 'skipped', reason: 'issuer-not-trusted', iss: CLAIMS.iss },
    });
    expect(f.args).toEqual({ reason: 'issuer-not-trusted', iss: CLAIMS.iss });
  });

  it('catches signature.unchecked for a failed fetch, with why and where', async () => {
    const keyFetch = {
      status: 'failed' as const,
      issuer: CLAIMS.iss,
      url: URI,
      failure: 'http-status' as const,
      httpStatus: 502,
    };
    const f = await catches('signature.unchecked', sent(unsigned({ alg: 'RS256', kid: 'k1' }, CLAIMS)), { keyFetch });
    expect(f.args).toEqual({ reason: 'key-fetch-failed', failure: 'http-status', url: URI, httpStatus: 502 });
    expect(f.severity).toBe('info');
  });

  it('does not let a failed fetch hide a key pasted with the report', async () => {
    const keyFetch = {
      status: 'failed' as const,
      issuer: CLAIMS.iss,
      url: URI,
      failure: 'timeout' as const,
      httpStatus: null,
    };
    await catches('signature.valid', sent(rs256(CLAIMS, { kid: 'k1' })), { keyFetch, keys: [jwksFor('k1')] });
  });

  it('refuses a keyFetch option of the wrong shape', async () => {
    await expect(run('x', { keyFetch: { status: 'fetched' } as never })).rejects.toMatchObject({
      code: 'ERR_OPTIONS_INVALID',
    });
  });
});
