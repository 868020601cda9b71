import { describe, expect, it } from 'vitest';
import { diagnose } from '../../../src/engine/diagnose.js';
import { catches, catchesNot, NOW, run } from '../../helpers/catches.js';
import { CLAIMS, unsigned } from '../../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
const MINUTE = 60;
const HOUR = 3600;
const DAY = 86_400;

/** A 401 and the token (signature masked) on a line of its own: the claims are all the time checks read. */
function paste(claims: Record<string, unknown>): string {
  return `HTTP/1.1 401 Unauthorized\n\ntoken: ${unsigned(HEADER, claims)}`;
}

/** The reference claims with `over` applied; `undefined` removes a claim. */
function claims(over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...CLAIMS, ...over };
  for (const [k, v] of Object.entries(over)) if (v === undefined) delete out[k];
  return out;
}

const codesOf = async (input: string, options = {}) => (await run(input, options)).findings.map((f) => f.code);

describe('time.expired: the token has expired', () => {
  it('catches exp 8 minutes before now', async () => {
    const f = await catches('time.expired', paste(claims({ iat: NOW - HOUR, exp: NOW - 8 * MINUTE })));
    expect(f.args).toEqual({ exp: NOW - 480, agoSeconds: 480, skewSeconds: 60, maxAge: false });
    expect(f.severity).toBe('error');
    expect(f.source).toBe('token');
    expect(f.evidence).toBe(`exp: ${NOW - 480}`);
  });

  it.each([
    ['61 s before now, just outside the 60 s skew', NOW - 61],
    ['a day before now', NOW - DAY],
    ['at the epoch (exp: 0)', 0],
  ])('catches exp %s', async (_name, exp) => {
    await catches('time.expired', paste(claims({ iat: undefined, exp })));
  });

  it.each([
    ['60 s before now, on the edge of the skew', NOW - 60],
    ['30 s before now, inside the skew', NOW - 30],
    ['exactly now', NOW],
    ['30 minutes ahead', NOW + 30 * MINUTE],
  ])('does not catch exp %s', async (_name, exp) => {
    await catchesNot('time.expired', paste(claims({ exp })));
  });

  it('does not catch a token without exp', async () => {
    await catchesNot('time.expired', paste(claims({ exp: undefined })));
  });

  it('catches exp 10 s before now with no skew allowance (--skew 0)', async () => {
    const f = await catches('time.expired', paste(claims({ exp: NOW - 10 })), { skewSeconds: 0 });
    expect(f.args).toMatchObject({ agoSeconds: 10, skewSeconds: 0 });
  });

  it('does not catch exp 4 minutes before now with a 5-minute skew allowance (--skew 300)', async () => {
    await catchesNot('time.expired', paste(claims({ exp: NOW - 4 * MINUTE })), { skewSeconds: 300 });
  });

  it('catches exp 6 minutes before now with a 5-minute skew allowance', async () => {
    await catches('time.expired', paste(claims({ exp: NOW - 6 * MINUTE })), { skewSeconds: 300 });
  });

  it('does not catch without a reference time (no --now and no Date header)', async () => {
    const report = await diagnose(paste(claims({ exp: NOW - HOUR })));
    expect(report.findings.map((f) => f.code)).not.toContain('time.expired');
  });
});

describe('time.borderline: within the skew allowance of exp, on either side', () => {
  it('catches exp 30 s before now: accepted only thanks to the leeway', async () => {
    const f = await catches('time.borderline', paste(claims({ exp: NOW - 30 })));
    expect(f.args).toEqual({ exp: NOW - 30, pastSeconds: 30, skewSeconds: 60 });
    expect(f.severity).toBe('warning');
  });

  it('catches exp 45 s ahead: a request in flight can arrive after it (refresh race)', async () => {
    const f = await catches('time.borderline', paste(claims({ exp: NOW + 45 })));
    expect(f.args).toMatchObject({ pastSeconds: -45 });
  });

  it.each([
    ['60 s before now', NOW - 60, true],
    ['60 s ahead', NOW + 60, true],
    ['exactly now', NOW, true],
    ['61 s before now (expired instead)', NOW - 61, false],
    ['61 s ahead', NOW + 61, false],
  ])('on the edges of the 60 s skew, exp %s is borderline: %s', async (_name, exp, borderline) => {
    const codes = await codesOf(paste(claims({ exp })));
    expect(codes.includes('time.borderline')).toBe(borderline);
  });

  it('does not catch exp 10 minutes ahead', async () => {
    await catchesNot('time.borderline', paste(claims({ exp: NOW + 10 * MINUTE })));
  });

  it('does not catch an expired token: time.expired says it', async () => {
    await catchesNot('time.borderline', paste(claims({ exp: NOW - 2 * MINUTE })));
  });

  it('with --skew 300 catches exp 4 minutes ahead', async () => {
    await catches('time.borderline', paste(claims({ exp: NOW + 4 * MINUTE })), { skewSeconds: 300 });
  });

  it('with --skew 0 does not catch exp 30 s ahead', async () => {
    await catchesNot('time.borderline', paste(claims({ exp: NOW + 30 })), { skewSeconds: 0 });
  });
});

describe('time.not-yet-valid: nbf is after now', () => {
  it('catches nbf 10 minutes ahead', async () => {
    const f = await catches('time.not-yet-valid', paste(claims({ nbf: NOW + 10 * MINUTE })));
    // iat (30 minutes ago) was not ahead: the issuer dated nbf 40 minutes after it (formats-audit-h).
    expect(f.args).toEqual({ nbf: NOW + 600, inSeconds: 600, skewSeconds: 60, afterIatSeconds: 2400 });
    expect(f.evidence).toBe(`iat: ${NOW - 1800}, nbf: ${NOW + 600}`);
  });

  it('catches nbf 61 s ahead, just outside the skew', async () => {
    await catches('time.not-yet-valid', paste(claims({ nbf: NOW + 61 })));
  });

  it.each([
    ['60 s ahead, inside the skew', NOW + 60],
    ['equal to now', NOW],
    ['in the past', NOW - HOUR],
  ])('does not catch nbf %s', async (_name, nbf) => {
    await catchesNot('time.not-yet-valid', paste(claims({ nbf })));
  });

  it('with --skew 0 catches nbf 10 s ahead', async () => {
    await catches('time.not-yet-valid', paste(claims({ nbf: NOW + 10 })), { skewSeconds: 0 });
  });
});

describe("time.issued-in-future: iat is after now (the issuer's clock is ahead)", () => {
  it('catches iat 5 minutes ahead', async () => {
    const f = await catches('time.issued-in-future', paste(claims({ iat: NOW + 5 * MINUTE, exp: NOW + HOUR })));
    expect(f.args).toEqual({ iat: NOW + 300, aheadSeconds: 300, skewSeconds: 60 });
    expect(f.severity).toBe('error');
  });

  it('does not catch iat only 30 s ahead: ordinary clock drift inside the skew', async () => {
    await catchesNot('time.issued-in-future', paste(claims({ iat: NOW + 30 })));
  });

  it.each([
    ['60 s ahead', NOW + 60, false],
    ['61 s ahead', NOW + 61, true],
  ])('on the edge of the skew, iat %s is caught: %s', async (_name, iat, caught) => {
    const codes = await codesOf(paste(claims({ iat })));
    expect(codes.includes('time.issued-in-future')).toBe(caught);
  });

  it('with --skew 0 catches iat 30 s ahead', async () => {
    await catches('time.issued-in-future', paste(claims({ iat: NOW + 30 })), { skewSeconds: 0 });
  });

  it('does not catch iat in the past', async () => {
    await catchesNot('time.issued-in-future', paste(claims({})));
  });
});

describe('time.no-exp: the token never expires', () => {
  it('catches a payload without exp', async () => {
    const f = await catches('time.no-exp', paste(claims({ exp: undefined })));
    expect(f.severity).toBe('warning');
    expect(f.source).toBe('token');
  });

  it('does not catch a payload with exp', async () => {
    await catchesNot('time.no-exp', paste(claims({})));
  });

  it.each([
    ['a string', '2026-05-28T15:00:00Z'],
    ['milliseconds', (NOW + HOUR) * 1000],
  ])('does not catch an exp that is there but unusable (%s): it has its own code', async (_name, exp) => {
    await catchesNot('time.no-exp', paste(claims({ exp })));
  });

  it('does not catch without any claims to read', async () => {
    await catchesNot('time.no-exp', 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"');
  });
});

describe('time.milliseconds: a time claim is in milliseconds, not seconds', () => {
  it.each([
    ['exp', { exp: (NOW + HOUR) * 1000 }],
    ['nbf', { nbf: (NOW - MINUTE) * 1000 }],
    ['iat', { iat: (NOW - MINUTE) * 1000 }],
  ])('catches %s written with Date.now()', async (claim, over) => {
    const f = await catches('time.milliseconds', paste(claims(over)));
    expect(f.args).toEqual({ claim, value: Object.values(over)[0] });
    expect(f.severity).toBe('error');
  });

  it('catches every claim in milliseconds as one finding, the other claims as its corroboration', async () => {
    const report = await run(
      paste(claims({ iat: (NOW - MINUTE) * 1000, nbf: (NOW - MINUTE) * 1000, exp: (NOW + HOUR) * 1000 })),
    );
    const found = report.findings.filter((f) => f.code === 'time.milliseconds');
    expect(found).toHaveLength(1);
    expect(found[0]?.corroboration.map((c) => c.evidence).sort()).toEqual([
      `iat: ${(NOW - MINUTE) * 1000}`,
      `nbf: ${(NOW - MINUTE) * 1000}`,
    ]);
  });

  // Read as seconds, 1779975540000 is the year 58 000: exp "never expires", iat and nbf are "in the future"
  // and "after exp". The issuer meant milliseconds, so only the unit is reported.
  it.each([
    ['ms iat, seconds exp', { iat: (NOW - MINUTE) * 1000 }],
    ['ms nbf, seconds exp', { nbf: (NOW - MINUTE) * 1000 }],
    ['ms exp, seconds iat', { exp: (NOW + HOUR) * 1000 }],
    ['all three in ms', { iat: (NOW - MINUTE) * 1000, nbf: (NOW - MINUTE) * 1000, exp: (NOW + HOUR) * 1000 }],
  ])('does not also produce expired / in-future / inconsistent / lifetime nonsense: %s', async (_name, over) => {
    const codes = await codesOf(paste(claims(over)));
    expect(codes.filter((c) => c.startsWith('time.'))).toEqual(['time.milliseconds']);
  });

  it('still judges a millisecond exp as the issuer meant it: an hour ago is expired', async () => {
    const codes = await codesOf(paste(claims({ iat: (NOW - 2 * HOUR) * 1000, exp: (NOW - HOUR) * 1000 })));
    expect(codes).toEqual(expect.arrayContaining(['time.expired', 'time.milliseconds']));
    expect(codes).not.toContain('time.inconsistent');
  });

  it('does not catch NumericDate seconds (10 digits)', async () => {
    await catchesNot('time.milliseconds', paste(claims({})));
  });

  it('does not catch microseconds (16 digits): dividing by 1000 would still be nonsense, so it is time.invalid', async () => {
    const codes = await codesOf(paste(claims({ exp: (NOW + HOUR) * 1_000_000 })));
    expect(codes).toContain('time.invalid');
    expect(codes).not.toContain('time.milliseconds');
    expect(codes).not.toContain('time.long-lifetime');
  });
});

describe('time.invalid: a time claim is not a number', () => {
  it.each([
    ['a string date', 'exp', '2026-05-28T15:00:00Z', '"2026-05-28T15:00:00Z"'],
    ['a number in a string', 'exp', '1779979200', '"1779979200"'],
    ['negative', 'exp', -5, '-5'],
    ['"NaN"', 'exp', 'NaN', '"NaN"'],
    ['null', 'nbf', null, 'null'],
    ['a boolean', 'iat', true, 'true'],
    ['an object', 'exp', { $date: 1779979200 }, '{"$date":1779979200}'],
    ['an array', 'iat', [1779975600], '[1779975600]'],
    ['absurdly large (1e20)', 'exp', 1e20, '100000000000000000000'],
  ])('catches %s', async (_name, claim, value, shown) => {
    const f = await catches('time.invalid', paste(claims({ [claim]: value })));
    expect(f.args).toEqual({ claim, value: shown });
    expect(f.evidence).toBe(`${claim}: ${shown}`);
  });

  it.each([
    ['an integer', NOW + HOUR],
    ['a fraction (NumericDate allows one)', NOW + HOUR + 0.5],
    ['zero', 0],
  ])('does not catch %s', async (_name, exp) => {
    await catchesNot('time.invalid', paste(claims({ exp })));
  });

  it('an invalid exp yields no other exp verdict (no-exp, expired, borderline)', async () => {
    const codes = await codesOf(paste(claims({ exp: '2026-05-28T14:00:00Z' })));
    expect(codes.filter((c) => c.startsWith('time.'))).toEqual(['time.invalid']);
  });
});

describe('time.inconsistent: nbf or iat after exp', () => {
  it('catches nbf after exp', async () => {
    const f = await catches('time.inconsistent', paste(claims({ nbf: CLAIMS.exp + 10 })));
    expect(f.args).toEqual({ claim: 'nbf', value: CLAIMS.exp + 10, exp: CLAIMS.exp });
    expect(f.severity).toBe('warning');
  });

  it('catches iat after exp', async () => {
    const f = await catches('time.inconsistent', paste(claims({ iat: NOW - HOUR, exp: NOW - 2 * HOUR })));
    expect(f.args).toEqual({ claim: 'iat', value: NOW - HOUR, exp: NOW - 2 * HOUR });
  });

  it.each([
    ['nbf before exp', { nbf: NOW - MINUTE }],
    ['iat equal to exp', { iat: CLAIMS.exp }],
    ['no exp', { exp: undefined, nbf: NOW + DAY }],
  ])('does not catch %s', async (_name, over) => {
    await catchesNot('time.inconsistent', paste(claims(over)));
  });
});

describe('time.short-lifetime: exp − iat under 5 minutes', () => {
  it('catches a 3-minute token', async () => {
    const f = await catches('time.short-lifetime', paste(claims({ iat: NOW - MINUTE, exp: NOW + 2 * MINUTE })));
    expect(f.args).toEqual({ ttlSeconds: 180 });
    expect(f.evidence).toBe(`iat: ${NOW - 60}, exp: ${NOW + 120}`);
  });

  it.each([
    [299, true],
    [300, false],
  ])('on the edge, a lifetime of %i s is caught: %s', async (ttl, caught) => {
    const codes = await codesOf(paste(claims({ iat: NOW - MINUTE, exp: NOW - MINUTE + ttl })));
    expect(codes.includes('time.short-lifetime')).toBe(caught);
  });

  it.each([
    ['a 1-hour token', {}],
    ['no iat', { iat: undefined, exp: NOW + MINUTE }],
    ['iat after exp (inconsistent, not short)', { iat: NOW + 2 * MINUTE, exp: NOW + MINUTE }],
  ])('does not catch %s', async (_name, over) => {
    await catchesNot('time.short-lifetime', paste(claims(over)));
  });
});

describe('time.long-lifetime: exp − iat over 24 hours for an access token', () => {
  it('catches a 48-hour access token', async () => {
    const f = await catches('time.long-lifetime', paste(claims({ iat: NOW - HOUR, exp: NOW - HOUR + 2 * DAY })));
    expect(f.args).toEqual({ ttlSeconds: 2 * DAY });
  });

  it.each([
    [DAY, false],
    [DAY + 1, true],
  ])('on the edge, a lifetime of %i s is caught: %s', async (ttl, caught) => {
    const codes = await codesOf(paste(claims({ iat: NOW - HOUR, exp: NOW - HOUR + ttl })));
    expect(codes.includes('time.long-lifetime')).toBe(caught);
  });

  it.each([
    ['nonce', { nonce: 'n-0S6_WzA2Mj' }],
    ['at_hash', { at_hash: 'HK6E_P6Dh8Y93mRNtsDB1Q' }],
    ['c_hash', { c_hash: 'LDktKdoQak3Pk0cnXxCltA' }],
    ['token_use: id (Cognito)', { token_use: 'id' }],
  ])('does not catch an ID token (%s), which may live longer', async (_name, over) => {
    await catchesNot('time.long-lifetime', paste(claims({ ...over, iat: NOW - HOUR, exp: NOW + 7 * DAY })));
  });

  it('does not catch a 1-hour token', async () => {
    await catchesNot('time.long-lifetime', paste(claims({})));
  });
});

describe('report.timeClaims: value, ISO time, verdict and relative time per claim', () => {
  it('reports an expired exp and an ok iat, and null for an absent nbf (cli.md)', async () => {
    const report = await run(paste(claims({ iat: NOW - HOUR, exp: NOW - 8 * MINUTE })));
    expect(report.timeClaims).toEqual({
      exp: { value: NOW - 480, iso: '2026-05-28T14:02:00Z', verdict: 'expired', relative: '8m ago' },
      nbf: null,
      iat: { value: NOW - HOUR, iso: '2026-05-28T13:10:00Z', verdict: 'ok', relative: '1h ago' },
    });
  });

  it.each([
    ['exp', { exp: NOW + 30 * MINUTE }, 'ok', 'in 30m'],
    ['exp', { exp: NOW - 30 }, 'borderline', '30s ago'],
    ['exp', { exp: NOW + 45 }, 'borderline', 'in 45s'],
    ['exp', { exp: NOW - DAY }, 'expired', '1d ago'],
    ['nbf', { nbf: NOW + 10 * MINUTE }, 'not-yet-valid', 'in 10m'],
    ['nbf', { nbf: NOW + 30 }, 'ok', 'in 30s'],
    ['iat', { iat: NOW + 5 * MINUTE }, 'in-future', 'in 5m'],
    ['iat', { iat: NOW + 30 }, 'ok', 'in 30s'],
  ] as const)('gives %s %o the verdict %s (%s)', async (claim, over, verdict, relative) => {
    const report = await run(paste(claims(over)));
    expect(report.timeClaims[claim]).toMatchObject({ verdict, relative });
  });

  it('keeps an invalid value as pasted, with no ISO time and no relative time', async () => {
    const report = await run(paste(claims({ exp: '2026-05-28T15:00:00Z' })));
    expect(report.timeClaims.exp).toEqual({
      value: '2026-05-28T15:00:00Z',
      iso: null,
      verdict: 'invalid',
      relative: null,
    });
  });

  it('keeps a millisecond value as pasted, with the time the issuer meant, and the verdict invalid', async () => {
    const report = await run(paste(claims({ exp: (NOW + HOUR) * 1000 })));
    expect(report.timeClaims.exp).toEqual({
      value: (NOW + HOUR) * 1000,
      iso: '2026-05-28T15:10:00Z',
      verdict: 'invalid',
      relative: 'in 1h',
    });
  });

  it('is all null without claims', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"');
    expect(report.timeClaims).toEqual({ exp: null, nbf: null, iat: null });
  });

  it('has no relative times without a reference time', async () => {
    const report = await diagnose(paste(claims({})));
    expect(report.timeClaims.exp).toMatchObject({ value: CLAIMS.exp, iso: '2026-05-28T14:40:00Z', relative: null });
    expect(report.reference).toEqual({ now: null, nowSource: 'none', skewSeconds: 60 });
  });
});

describe('report.lifetime: ttl, remaining time and the clock-skew estimate', () => {
  it('reports exp − iat and exp − now, negative once expired', async () => {
    const report = await run(paste(claims({ iat: NOW - HOUR, exp: NOW - 8 * MINUTE })));
    expect(report.lifetime).toEqual({ ttlSeconds: HOUR - 480, remainingSeconds: -480, clockSkewEstimateSeconds: null });
  });

  it('estimates the skew as iat − now when iat is in the future', async () => {
    const report = await run(paste(claims({ iat: NOW + 5 * MINUTE, exp: NOW + 65 * MINUTE })));
    expect(report.lifetime).toEqual({ ttlSeconds: HOUR, remainingSeconds: 65 * MINUTE, clockSkewEstimateSeconds: 300 });
  });

  it("estimates the skew from the response's Date header when iat is after it", async () => {
    const input = `HTTP/1.1 401 Unauthorized\nDate: Thu, 28 May 2026 14:00:00 GMT\n\ntoken: ${unsigned(HEADER, claims({ iat: NOW - 5 * MINUTE, exp: NOW + 55 * MINUTE }))}`;
    const report = await run(input);
    expect(report.lifetime?.clockSkewEstimateSeconds).toBe(300);
  });

  it('has a null ttl without iat', async () => {
    const report = await run(paste(claims({ iat: undefined })));
    expect(report.lifetime).toEqual({
      ttlSeconds: null,
      remainingSeconds: CLAIMS.exp - NOW,
      clockSkewEstimateSeconds: null,
    });
  });

  it('is null without exp and iat', async () => {
    const report = await run(paste(claims({ iat: undefined, exp: undefined })));
    expect(report.lifetime).toBeNull();
  });

  it('reads milliseconds as the seconds the issuer meant', async () => {
    const report = await run(paste(claims({ iat: (NOW - HOUR) * 1000, exp: (NOW + HOUR) * 1000 })));
    expect(report.lifetime).toMatchObject({ ttlSeconds: 2 * HOUR, remainingSeconds: HOUR });
  });
});

describe("reference.nowSource: the caller's time, or the pasted response's Date header", () => {
  /** A token valid until 14:15, and a response dated 14:20: expired when the failure happened. */
  const dated = (date: string) =>
    `HTTP/1.1 401 Unauthorized\nDate: ${date}\nWWW-Authenticate: Bearer error="invalid_token"\n\ntoken: ${unsigned(HEADER, claims({ exp: NOW + 5 * MINUTE }))}`;
  const AT_1420 = 'Thu, 28 May 2026 14:20:00 GMT';

  it('judges at --now by default, even with a Date header', async () => {
    const report = await run(dated(AT_1420));
    expect(report.reference).toEqual({ now: '2026-05-28T14:10:00Z', nowSource: 'options', skewSeconds: 60 });
    expect(report.findings.map((f) => f.code)).not.toContain('time.expired');
  });

  it('judges at the Date header with preferPastedDate', async () => {
    const report = await run(dated(AT_1420), { preferPastedDate: true });
    expect(report.reference).toEqual({ now: '2026-05-28T14:20:00Z', nowSource: 'date-header', skewSeconds: 60 });
    const f = report.findings.find((x) => x.code === 'time.expired');
    expect(f?.args).toMatchObject({ agoSeconds: 300 });
    expect(report.timeClaims.exp).toMatchObject({ verdict: 'expired', relative: '5m ago' });
  });

  it('judges at the Date header when no time is given', async () => {
    const report = await diagnose(dated(AT_1420));
    expect(report.reference.nowSource).toBe('date-header');
    expect(report.findings.map((f) => f.code)).toContain('time.expired');
  });

  it('reads a lower-case HTTP/2 date field in a curl -v trace', async () => {
    const input = `< HTTP/2 401\n< date: ${AT_1420}\n<\ntoken: ${unsigned(HEADER, claims({ exp: NOW + 5 * MINUTE }))}`;
    const report = await run(input, { preferPastedDate: true });
    expect(report.reference.nowSource).toBe('date-header');
  });

  it('keeps --now when preferPastedDate is false', async () => {
    const report = await run(dated(AT_1420), { preferPastedDate: false });
    expect(report.reference.nowSource).toBe('options');
  });

  it('keeps --now when the Date header does not parse', async () => {
    const report = await run(dated('yesterday, around lunch'), { preferPastedDate: true });
    expect(report.reference.nowSource).toBe('options');
  });

  it("does not take the request's Date header for the server's clock", async () => {
    const input = `GET /v1/orders HTTP/1.1\nHost: api.acme-corp.com\nDate: ${AT_1420}\n\nHTTP/1.1 401 Unauthorized\n\ntoken: ${unsigned(HEADER, claims({}))}`;
    const report = await run(input, { preferPastedDate: true });
    expect(report.reference.nowSource).toBe('options');
  });

  it('is none without --now and without a Date header', async () => {
    const report = await diagnose(paste(claims({})));
    expect(report.reference.nowSource).toBe('none');
  });
});

describe('time checks read every place claims come from', () => {
  it('catches an expired bare payload JSON pasted on its own', async () => {
    const payload = JSON.stringify(claims({ iat: NOW - HOUR, exp: NOW - 8 * MINUTE }), null, 2);
    const f = await catches('time.expired', `HTTP/1.1 401 Unauthorized\n\n${payload}`);
    expect(f.args).toMatchObject({ agoSeconds: 480 });
  });

  it('merges a verifier log line and the decoded exp into one time.expired with both pieces of evidence', async () => {
    const input = `TokenExpiredError: jwt expired\n    at /srv/api/node_modules/jsonwebtoken/verify.js:190:21\n\n${paste(claims({ iat: NOW - HOUR, exp: NOW - 8 * MINUTE }))}`;
    const report = await run(input);
    const expired = report.findings.filter((f) => f.code === 'time.expired');
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({
      source: 'log',
      evidence: 'TokenExpiredError: jwt expired',
      corroboration: [{ evidence: `exp: ${NOW - 480}`, source: 'token' }],
    });
    expect(expired[0]?.args).toMatchObject({ via: 'jsonwebtoken', exp: NOW - 480, agoSeconds: 480 });
  });
});
