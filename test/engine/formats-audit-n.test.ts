/**
 * Round audit-n: reports read against what the operator expected (issuers, audiences, algorithms, scopes, keys, skew).
 * A token whose kid is not in the key set, but whose signature verifies with a key the set names otherwise, is the same
 * key under another name: not a rotation, and not fixed by refreshing a cache. A token whose header says alg none is
 * named unsigned, not "signed JWT", beside alg.none.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { DiagnoseOptions } from '../../src/engine/options.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderText } from '../../src/render/text.js';
import { catches, run } from '../helpers/catches.js';
import { CLAIMS, hs256, jwksFor, otherRsa, rs256, unsigned } from '../helpers/tokens.js';

/** A key no set here holds: what a token signed before a rotation was signed with. */
const retired = generateKeyPairSync('rsa', { modulusLength: 2048 });

function sent(token: string): string {
  return `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${token}"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"`;
}

const RENAME_STEP = 'Make the kid the issuer writes in the token’s header';
const REFRESH_STEP = 'Fetch the issuer’s current JWKS and look for the kid';

async function kidUnknown(input: string, options: DiagnoseOptions) {
  const f = await catches('key.kid-unknown', input, options);
  const report = await run(input, options);
  return { f, report, codes: report.findings.map((x) => x.code) };
}

describe('key.kid-unknown when another key of the set verifies the signature: renamed, not rotated', () => {
  it('names the key that verifies, says it is not a rotation, and asks to make the names agree', async () => {
    const { f, report, codes } = await kidUnknown(sent(rs256(CLAIMS, { kid: 'k9' })), { keys: [jwksFor('k1')] });
    expect(f.args).toEqual({ kid: 'k9', available: ['k1'], verifiesWith: 'k1' });
    expect(f.severity).toBe('error');
    expect(f.detail).toContain('The signature does verify with "k1"');
    expect(f.detail).toContain('Not a rotation');
    expect(report.nextSteps[0]).toContain(RENAME_STEP);
    expect(report.nextSteps[0]).toContain('the token says "k9", the set "k1"');
    expect(report.nextSteps.some((s) => s.startsWith(REFRESH_STEP))).toBe(false);
    // One verdict on the key: not "verifies" beside "not in the set", nor "does not verify".
    expect(codes).not.toContain('signature.valid');
    expect(codes).not.toContain('signature.invalid');
  });

  it('finds the key among several, not only the first', async () => {
    const set = { keys: [...jwksFor('acme-2026-04', otherRsa.publicKey).keys, ...jwksFor('acme-2026-05').keys] };
    const { f } = await kidUnknown(sent(rs256(CLAIMS, { kid: 'acme-2026-03' })), { keys: [set] });
    expect(f.args).toMatchObject({ available: ['acme-2026-04', 'acme-2026-05'], verifiesWith: 'acme-2026-05' });
  });

  it('adds it to a kid that differs only in case', async () => {
    const { f, report } = await kidUnknown(sent(rs256(CLAIMS, { kid: 'K1' })), { keys: [jwksFor('k1')] });
    expect(f.args).toEqual({ kid: 'K1', available: ['k1'], caseOf: 'k1', verifiesWith: 'k1' });
    expect(f.detail).toContain('differs only in case');
    expect(f.detail).toContain('The signature verifies with "k1": only the name differs.');
    expect(report.nextSteps[0]).toContain(RENAME_STEP);
  });

  it('says so of the issuer’s published set, without asking to compare a copy with it', async () => {
    const options: DiagnoseOptions = {
      keyFetch: {
        status: 'fetched',
        issuer: 'https://auth.acme-corp.com/',
        jwksUri: 'https://auth.acme-corp.com/.well-known/jwks.json',
        jwks: jwksFor('acme-2026-05'),
        refetch: 'none',
        kidsBefore: [],
      },
    };
    const { f, report } = await kidUnknown(sent(rs256(CLAIMS, { kid: 'acme-2026-03' })), options);
    expect(f.args).toMatchObject({
      verifiesWith: 'acme-2026-05',
      jwksUri: options.keyFetch?.status === 'fetched' ? options.keyFetch.jwksUri : '',
    });
    expect(f.detail).toContain('the key set the issuer publishes at https://auth.acme-corp.com/.well-known/jwks.json');
    expect(report.nextSteps.filter((s) => s.includes('jwks_uri'))).toEqual([]);
  });

  it('says it in Japanese', async () => {
    const { f, report } = await kidUnknown(sent(rs256(CLAIMS, { kid: 'k9' })), { keys: [jwksFor('k1')], locale: 'ja' });
    expect(f.detail).toContain('署名は "k1" で検証できます');
    expect(f.detail).toContain('ローテーションではありません');
    expect(report.nextSteps[0]).toContain('トークンは "k9"、鍵セットは "k1" です');
  });
});

describe('key.kid-unknown keeps the rotation reading when no key of the set verifies (or none can be tried)', () => {
  it.each<[string, string, DiagnoseOptions]>([
    [
      'a token signed with a key the set does not hold',
      sent(rs256(CLAIMS, { kid: 'k9' }, retired.privateKey)),
      { keys: [jwksFor('k1')] },
    ],
    ['a masked signature', sent(unsigned({ alg: 'RS256', kid: 'k9' }, CLAIMS)), { keys: [jwksFor('k1')] }],
    [
      'an HS256 token against an RSA set',
      sent(hs256(CLAIMS, 'a-secret-a-secret-a-secret-a-secret', { kid: 'k9' })),
      { keys: [jwksFor('k1')] },
    ],
    [
      'a key published for encryption only',
      sent(rs256(CLAIMS, { kid: 'k9' })),
      { keys: [{ keys: [{ ...(jwksFor('k1').keys[0] as Record<string, unknown>), use: 'enc' }] }] },
    ],
  ])('%s', async (_name, input, options) => {
    const { f, report } = await kidUnknown(input, options);
    expect(f.args).not.toHaveProperty('verifiesWith');
    expect(f.detail).not.toContain('does verify with');
    expect(f.detail).toContain('rotated');
    expect(report.nextSteps.some((s) => s.includes(RENAME_STEP))).toBe(false);
  });

  it('does not fire at all when the token’s kid is in the set: the signature verdict is its own', async () => {
    const report = await run(sent(rs256(CLAIMS, { kid: 'k1' })), { keys: [jwksFor('k1')] });
    expect(report.findings.map((f) => f.code)).toContain('signature.valid');
    expect(report.findings.map((f) => f.code)).not.toContain('key.kid-unknown');
  });
});

describe('the token’s kind as the report names it agrees with alg.none', () => {
  const NONE = sent(unsigned({ alg: 'none' }, CLAIMS, ''));
  // The Token section's line: its fingerprint, then its kind.
  const ts = (s: string) => s.split('\n').find((l) => /^ {2}sha256:/.test(l)) ?? '';

  it.each<['en' | 'ja', string, string]>([
    ['en', 'unsigned JWT', 'signed JWT'],
    ['ja', '署名なし JWT', '署名付き JWT'],
  ])('names an alg-none token unsigned (%s), in text and in Slack blocks', async (locale, unsignedName, signedName) => {
    const report = await run(NONE, { locale });
    expect(report.findings.map((f) => f.code)).toContain('alg.none');
    const line = ts(renderText(report, { color: false }));
    expect(line).toContain(unsignedName);
    expect(line.replace(unsignedName, '')).not.toContain(signedName);
    expect(JSON.stringify(renderBlocks(report))).toContain(unsignedName);
  });

  it('still names a signed token signed', async () => {
    const report = await run(sent(rs256(CLAIMS, { kid: 'k1' })), { keys: [jwksFor('k1')] });
    expect(ts(renderText(report, { color: false }))).toContain('signed JWT');
    expect(ts(renderText(report, { color: false }))).not.toContain('unsigned');
  });
});

describe('claim.aud-mismatch against an expected audience the token’s aud differs from only cosmetically', () => {
  const withAud = (aud: unknown) => sent(unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, aud }));

  it.each<[string, unknown, string[], { aud: string; expected: string; difference: string }, string]>([
    [
      'a trailing slash',
      'https://api.acme-corp.com/',
      ['https://api.acme-corp.com'],
      { aud: 'https://api.acme-corp.com/', expected: 'https://api.acme-corp.com', difference: 'trailing-slash' },
      'only by a trailing slash',
    ],
    [
      'letter case, one of several in an aud array',
      ['https://other', 'API://orders'],
      ['z', 'api://orders'],
      { aud: 'API://orders', expected: 'api://orders', difference: 'case' },
      'only by letter case',
    ],
    [
      'the scheme',
      'http://api.acme-corp.com',
      ['https://api.acme-corp.com'],
      { aud: 'http://api.acme-corp.com', expected: 'https://api.acme-corp.com', difference: 'scheme' },
      'only by its scheme',
    ],
  ])('names %s, with both values, and asks to make them the same', async (_name, aud, expected, near, title) => {
    const input = withAud(aud);
    const f = await catches('claim.aud-mismatch', input, { expectedAudiences: expected });
    expect(f.args).toMatchObject({ near });
    expect(f.title).toContain(title);
    expect(f.detail).toContain(`"${near.aud}" and "${near.expected}" name the same API two ways`);
    const report = await run(input, { expectedAudiences: expected });
    expect(report.nextSteps[0]).toContain(`the token has "${near.aud}", the API expects "${near.expected}"`);
  });

  it('says it in Japanese', async () => {
    const f = await catches('claim.aud-mismatch', withAud('https://api.acme-corp.com/'), {
      expectedAudiences: ['https://api.acme-corp.com'],
      locale: 'ja',
    });
    expect(f.title).toBe('aud が期待値と末尾のスラッシュだけ違います');
  });

  it.each<[string, unknown, string[]]>([
    ['another API altogether', 'https://billing.acme-corp.com', ['https://api.acme-corp.com']],
    ['a longer path on the same host', 'https://api.acme-corp.com/v2', ['https://api.acme-corp.com']],
    ['a client id that differs in case only', 'Client-1', ['client-1x']],
  ])('keeps the general reading for %s', async (_name, aud, expected) => {
    const f = await catches('claim.aud-mismatch', withAud(aud), { expectedAudiences: expected });
    expect(f.args).not.toHaveProperty('near');
    expect(f.title).toBe('The token is for another audience');
  });

  it('does not fire when one of the token’s audiences is exactly the expected one', async () => {
    const report = await run(withAud(['https://api.acme-corp.com/', 'https://api.acme-corp.com']), {
      expectedAudiences: ['https://api.acme-corp.com'],
    });
    expect(report.findings.map((f) => f.code)).not.toContain('claim.aud-mismatch');
  });
});

describe('a 403 whose only grant of a required scope is an array-shaped scope: the shape, not a policy', () => {
  const forbidden = (claims: Record<string, unknown>) =>
    `HTTP/1.1 403 Forbidden\n\nAuthorization: Bearer ${unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, ...claims })}`;
  const codesOf = async (input: string, options: DiagnoseOptions = {}) =>
    (await run(input, options)).findings.map((f) => f.code);

  it.each<[string, Record<string, unknown>, DiagnoseOptions]>([
    ['the required scope', { scope: ['read:orders', 'write:orders'] }, { requiredScopes: ['write:orders'] }],
    ['no requirement given', { scope: ['read:orders', 'write:orders'] }, {}],
  ])('leads with scope.format and says no policy "carries what is required" (%s)', async (_name, claims, options) => {
    const report = await run(forbidden(claims), options);
    const codes = report.findings.map((f) => f.code);
    expect(codes[0]).toBe('scope.format');
    expect(codes).not.toContain('policy.deny');
    expect(codes).not.toContain('scope.insufficient');
  });

  it.each<[string, Record<string, unknown>, DiagnoseOptions]>([
    [
      'granted as a string in scp as well',
      { scope: ['write:orders'], scp: 'write:orders' },
      { requiredScopes: ['write:orders'] },
    ],
    [
      'granted as an Azure role as well',
      { scope: ['write:orders'], roles: ['write:orders'] },
      { requiredScopes: ['write:orders'] },
    ],
    ['a space-separated scope string', { scope: 'read:orders write:orders' }, { requiredScopes: ['write:orders'] }],
  ])('leaves the 403 to policy when %s', async (_name, claims, options) => {
    expect(await codesOf(forbidden(claims), options)).toContain('policy.deny');
  });
});

describe('claim.iss-trailing-slash by scheme: an http iss against an expected https one is fixed at the issuer', () => {
  const withIss = (iss: string) => sent(unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, iss }));

  it.each<['en' | 'ja', string, string]>([
    [
      'en',
      'Make the issuer name itself by its public https URL ("https://auth.acme-corp.com/")',
      'Do not make the API expect the http issuer',
    ],
    [
      'ja',
      '発行元が公開用の https の URL（"https://auth.acme-corp.com/"）で自身を名乗るようにしてください',
      'http の発行元を期待するようにはしないでください',
    ],
  ])('asks for the issuer’s public URL, not an API that expects http (%s)', async (locale, first, not) => {
    const options: DiagnoseOptions = { expectedIssuers: ['https://auth.acme-corp.com/'], locale };
    const f = await catches('claim.iss-trailing-slash', withIss('http://auth.acme-corp.com/'), options);
    expect(f.args).toMatchObject({ difference: 'scheme' });
    const report = await run(withIss('http://auth.acme-corp.com/'), options);
    expect(report.nextSteps[0]).toContain(first);
    expect(report.nextSteps[0]).toContain(not);
    expect(report.nextSteps.join(' ')).not.toContain('"http://auth.acme-corp.com/" (copy it');
  });

  it.each<[string, string, string]>([
    ['an https iss against an expected http one', 'https://auth.acme-corp.com/', 'http://auth.acme-corp.com/'],
    ['a trailing slash', 'https://auth.acme-corp.com', 'https://auth.acme-corp.com/'],
  ])('keeps "set the API’s expected issuer" for %s', async (_name, iss, expected) => {
    const report = await run(withIss(iss), { expectedIssuers: [expected] });
    expect(report.nextSteps[0]).toContain(`Set the API’s expected issuer to exactly "${iss}"`);
  });
});
