/**
 * A verifier that states a time failure the pasted token does not show at the reference time (checks/stated-time.ts):
 * "expired" beside a token still valid, "not yet valid" or "issued in the future" beside one valid for a while. The
 * words say that the request carried another token or the verifier's clock is off, instead of the plain reading.
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

  it('reads a challenge’s stated expiry the same way', async () => {
    const challenge =
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"';
    const f = await expired(withToken({ exp: NOW + 900 }, challenge));
    expect(f.args).toMatchObject({ exp: null, validForSeconds: 900 });
    expect(f.source).toBe('response-header');
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
    // The log line without its time: with it, the line's time is the reference (round "time-ref", below).
    const report = await diagnose(withToken({ exp: NOW + 3540 }, LOG.slice('2026-05-28T14:09:58.120Z '.length)));
    const f = report.findings.find((x) => x.code === 'time.expired');
    expect(f?.args.validForSeconds).toBeUndefined();
  });

  it("is judged at the log line's time when no time is given", async () => {
    const report = await diagnose(withToken({ iat: NOW - 60, exp: NOW + 3540 }));
    expect(report.reference).toMatchObject({ now: '2026-05-28T14:09:58Z', nowSource: 'log-time' });
    expect(report.findings.find((x) => x.code === 'time.expired')?.args.validForSeconds).toBe(3542);
  });
});

describe('time.not-yet-valid and time.issued-in-future stated beside a token valid for a while', () => {
  // The response's Date says when the server refused the token (NOW here).
  const ANSWERED = 'HTTP/1.1 401 Unauthorized\nDate: Thu, 28 May 2026 14:10:00 GMT\n\n';
  const NBF = `${ANSWERED}jwt.exceptions.ImmatureSignatureError: The token is not yet valid (nbf)`;
  const IAT = `${ANSWERED}jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)`;

  it('says how long the pasted token has been valid: the verifier’s clock is behind', async () => {
    const report = await run(withToken({ nbf: NOW - 300, iat: NOW - 300, exp: NOW + 3300 }, NBF));
    const f = report.findings.find((x) => x.code === 'time.not-yet-valid');
    expect(f?.args).toMatchObject({ via: 'pyjwt', nbf: null, validSinceSeconds: 300 });
    expect(f?.title).toBe('The verifier says not yet valid, but this token had been valid for 5m');
    expect(report.nextSteps[0]).toContain('it is behind');
  });

  it('says how long ago the pasted token was issued', async () => {
    const report = await run(withToken({ iat: NOW - 600, exp: NOW + 3000 }, IAT), { locale: 'ja' });
    const f = report.findings.find((x) => x.code === 'time.issued-in-future');
    expect(f?.args).toMatchObject({ via: 'pyjwt', iat: null, issuedAgoSeconds: 600 });
    expect(f?.title).toBe('検証器は発行時刻が未来だと判断していますが、このトークンは10分前に発行されています');
  });

  it('needs the server’s Date: a reference time after the failure shows any nbf as passed', async () => {
    const log = 'jwt.exceptions.ImmatureSignatureError: The token is not yet valid (nbf)';
    const report = await run(withToken({ nbf: NOW - 300, exp: NOW + 3300 }, log));
    const f = report.findings.find((x) => x.code === 'time.not-yet-valid');
    expect(f?.args).not.toHaveProperty('validSinceSeconds');
    // The same Date an hour before the reference time: the nbf had not passed when the server answered.
    const earlier = log.replace('jwt.', 'HTTP/1.1 401 Unauthorized\nDate: Thu, 28 May 2026 13:10:00 GMT\n\njwt.');
    const later = await run(withToken({ nbf: NOW - 300, exp: NOW + 3300 }, earlier));
    expect(later.findings.find((x) => x.code === 'time.not-yet-valid')?.args).not.toHaveProperty('validSinceSeconds');
  });

  it.each([
    ['the pasted nbf is in the future too', NBF, { nbf: NOW + 600 }, 'time.not-yet-valid', 'validSinceSeconds'],
    ['the pasted nbf is within the skew', NBF, { nbf: NOW - 30 }, 'time.not-yet-valid', 'validSinceSeconds'],
    ['the pasted token has no nbf', NBF, { nbf: undefined }, 'time.not-yet-valid', 'validSinceSeconds'],
    ['the pasted iat is within the skew', IAT, { iat: NOW - 30 }, 'time.issued-in-future', 'issuedAgoSeconds'],
    ['the pasted iat is in the future too', IAT, { iat: NOW + 600 }, 'time.issued-in-future', 'issuedAgoSeconds'],
  ] as const)('stays plain when %s', async (_name, log, claims, code, arg) => {
    const report = await run(withToken(claims, log));
    const found = report.findings.filter((f) => f.code === code);
    expect(found.length).toBeGreaterThan(0);
    for (const f of found) expect((f.args as Record<string, unknown>)[arg]).toBeUndefined();
  });
});

describe('time.expired with the expiry the verifier printed and no token pasted', () => {
  it.each([
    [
      'Spring Security',
      'InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z',
      'spring-security',
    ],
    [
      'jjwt',
      'io.jsonwebtoken.ExpiredJwtException: JWT expired at 2026-05-28T14:02:00Z. Current time: 2026-05-28T14:10:00Z, a difference of 480000 milliseconds.',
      'jjwt',
    ],
    [
      'jsonwebtoken’s expiredAt',
      'TokenExpiredError: jwt expired\n  expiredAt: 2026-05-28T14:02:00.000Z',
      'jsonwebtoken',
    ],
  ])('%s: says how long ago, from the printed time', async (_name, input, via) => {
    const f = await expired(input);
    expect(f.args).toMatchObject({ via, exp: NOW - 480, agoSeconds: 480 });
    expect(f.title).toBe('The token expired 8m ago');
  });

  it('the pasted token’s own exp wins over the printed one', async () => {
    const f = await expired(
      `Jwt expired at 2026-05-28T14:02:00Z\nAuthorization: Bearer ${token({ iat: NOW - 3600, exp: NOW - 60 * 30 })}`,
    );
    expect(f.args.exp).toBe(NOW - 1800);
  });

  it.each([
    ['a local time without a zone', 'Jwt expired at 2026-05-28 14:02:00'],
    ['a time within the skew of the reference time', 'Jwt expired at 2026-05-28T14:09:30Z'],
    ['a time after the reference time', 'Jwt expired at 2026-05-28T15:00:00Z'],
  ])('reads no time from %s', async (_name, input) => {
    const f = await expired(input);
    expect(f.args).toMatchObject({ exp: null, agoSeconds: null });
  });
});

describe('.NET verifiers print times in the invariant culture, in UTC', () => {
  it.each([
    [
      'IdentityModel IDX10223',
      "IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '05/28/2026 14:02:00', Current time (UTC): '05/28/2026 14:10:00'.",
      'identitymodel',
    ],
    [
      'ASP.NET Core’s challenge',
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at '05/28/2026 14:02:00'"`,
      'aspnetcore',
    ],
  ])('%s: says how long ago', async (_name, input, via) => {
    const f = await expired(input);
    expect(f.args).toMatchObject({ via, exp: NOW - 480, agoSeconds: 480 });
    expect(f.title).toBe('The token expired 8m ago');
  });

  it('IDX10223’s printed current time is the reference, as jjwt’s is', async () => {
    const f = await expired(
      "IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '05/28/2026 14:02:00', Current time (UTC): '05/28/2026 14:05:00'.",
    );
    expect(f.args).toMatchObject({ exp: NOW - 480, agoSeconds: 180 });
  });

  it.each([
    [
      'a month past 12 (a day-first locale)',
      "IDX10223: Lifetime validation failed. ValidTo (UTC): '28/05/2026 14:02:00'.",
    ],
    ['a day past the month’s end', "IDX10223: Lifetime validation failed. ValidTo (UTC): '02/30/2026 14:02:00'."],
    ['an hour past 23', "IDX10223: Lifetime validation failed. ValidTo (UTC): '05/28/2026 24:02:00'."],
    ['the same format from a verifier that prints local time', 'The Token has expired on 05/28/2026 14:02:00.'],
  ])('reads no time from %s', async (_name, input) => {
    const f = await expired(input);
    expect(f.args).toMatchObject({ exp: null, agoSeconds: null });
  });
});

describe('time.not-yet-valid and time.issued-in-future with the time the verifier printed', () => {
  async function stated(input: string, code: 'time.not-yet-valid' | 'time.issued-in-future') {
    const report = await run(input);
    const f = report.findings.find((x) => x.code === code);
    expect(f, report.findings.map((x) => x.code).join(', ')).toBeDefined();
    return f as NonNullable<typeof f>;
  }

  it.each([
    [
      'Spring Security',
      'JwtValidationException: An error occurred while attempting to decode the Jwt: Jwt used before 2026-05-28T14:30:00Z',
    ],
    [
      'php-jwt (an offset without a colon)',
      'Firebase\\JWT\\BeforeValidException: Cannot handle token with nbf prior to 2026-05-28T14:30:00+0000',
    ],
    [
      'php-jwt before 6.x',
      'Firebase\\JWT\\BeforeValidException: Cannot handle token prior to 2026-05-28T16:30:00+0200',
    ],
    [
      'IdentityModel IDX10222',
      "IDX10222: Lifetime validation failed. The token is not yet valid. ValidFrom (UTC): '05/28/2026 14:30:00', Current time (UTC): '05/28/2026 14:09:58'.",
    ],
    [
      'ASP.NET Core’s challenge',
      `WWW-Authenticate: Bearer error="invalid_token", error_description="The token is not valid before '05/28/2026 14:30:00'"`,
    ],
  ])('%s: says for how long it is not valid yet', async (_name, input) => {
    const f = await stated(input, 'time.not-yet-valid');
    expect(f.args).toMatchObject({ nbf: NOW + 1200, inSeconds: 1200 });
    expect(f.title).toBe('The token is not valid for another 20m');
  });

  it('php-jwt’s iat: says how far in the future it was issued', async () => {
    const f = await stated(
      'Firebase\\JWT\\BeforeValidException: Cannot handle token with iat prior to 2026-05-28T14:30:00+0000',
      'time.issued-in-future',
    );
    expect(f.args).toMatchObject({ iat: NOW + 1200, aheadSeconds: 1200 });
  });

  it.each([
    ['a printed nbf within the skew', 'Jwt used before 2026-05-28T14:10:30Z'],
    ['a printed nbf already passed at the reference time', 'Jwt used before 2026-05-28T14:00:00Z'],
    ['a local time without a zone', 'Cannot handle token with nbf prior to 2026-05-28 14:30:00'],
  ])('reads no nbf from %s', async (_name, input) => {
    const f = await stated(input, 'time.not-yet-valid');
    expect(f.args).toMatchObject({ nbf: null, inSeconds: null });
  });

  it('the pasted token’s own nbf wins over the printed one', async () => {
    const f = await stated(
      `Jwt used before 2026-05-28T14:30:00Z\nAuthorization: Bearer ${token({ iat: NOW, nbf: NOW + 600, exp: NOW + 3600 })}`,
      'time.not-yet-valid',
    );
    expect(f.args.nbf).toBe(NOW + 600);
  });
});
