/**
 * A verifier that says "expired" while the pasted token is still valid (checks/stated-expiry.ts): the words say that the
 * request carried another token or the verifier's clock is ahead, instead of "get a new token".
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/engine/diagnose.js';
import { NOW, run } from '../../helpers/catches.js';
import { CLAIMS, unsigned } from '../../helpers/tokens.js';

const token = (claims: Record<string, unknown>) => unsigned({ alg: 'RS256', kid: 'k1' }, { ...CLAIMS, ...claims });
const LOG = '2026-05-28T14:09:58.120Z WARN [orders-api] request rejected: TokenExpiredError: jwt expired';
const withToken = (claims: Record<string, unknown>, log = LOG) => `${log}\nAuthorization: Bearer ${token(claims)}`;

async function expired(input: string, options = {}) {
  const report = await run(input, options);
  const found = report.findings.find((f) => f.code === 'time.expired');
  expect(found, report.findings.map((f) => f.code).join(', ')).toBeDefined();
  return found as NonNullable<typeof found>;
}

describe('time.expired stated by a verifier while the pasted token is valid', () => {
  it('says for how long the pasted token is still valid, and what that means', async () => {
    const report = await run(withToken({ iat: NOW - 60, exp: NOW + 3540 }));
    expect(report.nextSteps[0]).toContain('carries the token pasted here');
    const f = await expired(withToken({ iat: NOW - 60, exp: NOW + 3540 }));
    expect(f.args).toMatchObject({ via: 'jsonwebtoken', exp: null, validForSeconds: 3540 });
    expect(f.title).toBe('The verifier says expired, but this token is valid for another 59m');
    expect(f.detail).toContain('the request carried another token');
  });

  it('words it in Japanese too', async () => {
    const f = await expired(withToken({ iat: NOW - 60, exp: NOW + 3540 }), { locale: 'ja' });
    expect(f.title).toBe('検証器は期限切れと判断していますが、このトークンはあと59分有効です');
  });

  it('reads a challenge body’s stated expiry the same way', async () => {
    const body = '{"error":"invalid_token","error_description":"The access token expired"}';
    const f = await expired(withToken({ exp: NOW + 600 }, `HTTP/1.1 401 Unauthorized\n\n${body}`));
    expect(f.args.validForSeconds).toBe(600);
  });

  it.each([
    ['the pasted token is expired too (one cause, the token’s exp)', { exp: NOW - 480 }],
    ['the pasted token expires within the skew (borderline, absorbed)', { exp: NOW + 30 }],
    ['the pasted exp is in milliseconds (time.milliseconds says so)', { exp: (NOW + 3600) * 1000 }],
    ['the pasted token has no exp', { exp: undefined }],
  ])('stays the plain stated expiry when %s', async (_name, claims) => {
    const report = await run(withToken(claims));
    const found = report.findings.filter((f) => f.code === 'time.expired');
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect(f.args.validForSeconds).toBeUndefined();
  });

  it('stays plain for a max-age refusal (the token is too old, not expired)', async () => {
    const f = await expired(withToken({ iat: NOW - 7200, exp: NOW + 3600 }, 'TokenExpiredError: maxAge exceeded'));
    expect(f.args).toMatchObject({ maxAge: true });
    expect(f.args.validForSeconds).toBeUndefined();
  });

  it('stays plain without a reference time', async () => {
    const report = await diagnose(withToken({ exp: NOW + 3540 }));
    const f = report.findings.find((x) => x.code === 'time.expired');
    expect(f?.args.validForSeconds).toBeUndefined();
  });
});
