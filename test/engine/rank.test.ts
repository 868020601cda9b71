import { describe, expect, it } from 'vitest';
import { finding } from '../../src/engine/checks/define.js';
import { note } from '../../src/engine/evidence.js';
import { rankFindings } from '../../src/engine/rank.js';
import type { FindingData } from '../../src/engine/types.js';
import { NOW, run } from '../helpers/catches.js';
import { CLAIMS, unsigned } from '../helpers/tokens.js';

const order = (findings: FindingData[]) => rankFindings(findings).map((r) => r.data.code);

const EXPIRED_FROM_TOKEN = finding(
  'time.expired',
  { exp: NOW - 480, agoSeconds: 480, skewSeconds: 60, maxAge: false },
  `exp: ${NOW - 480}`,
  'token',
);
const EXPIRED_FROM_LOG = finding(
  'time.expired',
  { via: 'jsonwebtoken', exp: null, agoSeconds: null, skewSeconds: 60, maxAge: false },
  'TokenExpiredError: jwt expired',
  'log',
);
const INVALID_TOKEN = finding(
  'challenge.invalid-token',
  { description: null, tokenShown: false },
  'WWW-Authenticate: Bearer error="invalid_token"',
  'response-header',
);
const AUD_MISMATCH = finding(
  'claim.aud-mismatch',
  { aud: ['https://api.acme-corp.com'], expected: ['https://billing.acme-corp.com'] },
  'aud: "https://api.acme-corp.com"',
  'token',
);
const MASKED = finding(
  'input.masked',
  { markers: ['***'], what: 'signature' },
  '‹token› signature replaced by ***',
  'token',
);
const UNCHECKED = finding('signature.unchecked', { reason: 'masked' }, '‹token› signature masked', 'token');
const NO_EXP = finding('time.no-exp', {}, 'no exp claim', 'token');
const ALG_NONE = finding('alg.none', {}, 'alg: none', 'token');

describe('rankFindings: severity first', () => {
  it('puts errors before warnings before infos, whatever the order found', () => {
    expect(order([MASKED, NO_EXP, EXPIRED_FROM_TOKEN])).toEqual(['time.expired', 'time.no-exp', 'input.masked']);
  });

  it('uses a severity the check raised over the catalogue’s (a verifier rejecting for a missing exp)', () => {
    const stated = finding(
      'time.no-exp',
      { via: 'identitymodel' },
      'IDX10225: Lifetime validation failed. The token is missing an Expiration Time.',
      'log',
      'error',
    );
    const ranked = rankFindings([MASKED, stated]);
    expect(ranked.map((r) => [r.data.code, r.severity])).toEqual([
      ['time.no-exp', 'error'],
      ['input.masked', 'info'],
    ]);
  });

  it('does not let a warning outrank an error because a server said it', () => {
    const gateway = finding(
      'proxy.gateway-response',
      { product: 'AWS API Gateway', signals: ['x-amzn-requestid'], apiKey: false },
      'x-amzn-RequestId: 5d1c',
      'response-header',
    );
    expect(order([gateway, AUD_MISMATCH])).toEqual(['claim.aud-mismatch', 'proxy.gateway-response']);
  });
});

describe('rankFindings: server-stated before inferred', () => {
  it('puts a cause a log states before an inferred one of the same severity, against the diagnostic order', () => {
    // claim comes before time in the diagnostic order; the log's word beats it.
    expect(order([AUD_MISMATCH, EXPIRED_FROM_LOG])).toEqual(['time.expired', 'claim.aud-mismatch']);
  });

  it('counts a token finding a log corroborates as stated', () => {
    expect(order([AUD_MISMATCH, EXPIRED_FROM_TOKEN, EXPIRED_FROM_LOG])).toEqual(['time.expired', 'claim.aud-mismatch']);
  });

  it('does not reorder two inferred findings: the diagnostic order decides', () => {
    expect(order([EXPIRED_FROM_TOKEN, AUD_MISMATCH])).toEqual(['claim.aud-mismatch', 'time.expired']);
  });
});

describe('rankFindings: specific causes before envelopes', () => {
  it('puts time.expired before challenge.invalid-token, though the challenge is server-stated', () => {
    expect(order([INVALID_TOKEN, EXPIRED_FROM_TOKEN])).toEqual(['time.expired', 'challenge.invalid-token']);
  });

  it('puts alg.none before challenge.invalid-token (case 07)', () => {
    expect(order([INVALID_TOKEN, ALG_NONE])).toEqual(['alg.none', 'challenge.invalid-token']);
  });

  it('puts challenge.invalid-token before a warning: the envelope is still an error', () => {
    expect(order([NO_EXP, INVALID_TOKEN])).toEqual(['challenge.invalid-token', 'time.no-exp']);
  });

  it('still puts an envelope first when it is the only error', () => {
    expect(order([MASKED, INVALID_TOKEN, UNCHECKED])[0]).toBe('challenge.invalid-token');
  });
});

describe('rankFindings: the diagnostic order breaks ties', () => {
  it.each([
    ['alg before claim', ALG_NONE, AUD_MISMATCH],
    ['claim before time', AUD_MISMATCH, EXPIRED_FROM_TOKEN],
    ['token before alg', finding('token.id-token', { indicators: ['nonce'] }, 'claims: nonce', 'token'), ALG_NONE],
    [
      'signature before scope',
      finding('signature.invalid', { kid: 'k1' }, 'kid: k1', 'key'),
      finding('scope.insufficient', { required: ['a'], missing: ['a'], granted: [] }, 'scope: ""', 'token'),
    ],
  ])('%s', (_name, first, second) => {
    expect(order([second, first])).toEqual([first.code, second.code]);
    expect(order([first, second])).toEqual([first.code, second.code]);
  });

  it('orders codes of one group by the catalogue: time.expired before time.not-yet-valid', () => {
    const nyv = finding(
      'time.not-yet-valid',
      { nbf: NOW + 600, inSeconds: 600, skewSeconds: 60 },
      `nbf: ${NOW + 600}`,
      'token',
    );
    expect(order([nyv, EXPIRED_FROM_TOKEN])).toEqual(['time.expired', 'time.not-yet-valid']);
  });
});

describe('rankFindings: one cause seen twice is one finding', () => {
  it('merges a log line and the decoded exp into one time.expired, the log as primary, the token as corroboration', () => {
    const ranked = rankFindings([EXPIRED_FROM_TOKEN, EXPIRED_FROM_LOG]);
    expect(ranked).toHaveLength(1);
    expect(ranked[0]?.data.source).toBe('log');
    expect(ranked[0]?.data.evidence).toBe('TokenExpiredError: jwt expired');
    expect(ranked[0]?.corroboration).toEqual([{ evidence: `exp: ${NOW - 480}`, source: 'token' }]);
  });

  it('takes the figures the log lacks from the token', () => {
    const ranked = rankFindings([EXPIRED_FROM_LOG, EXPIRED_FROM_TOKEN]);
    expect(ranked[0]?.data.args).toEqual({
      via: 'jsonwebtoken',
      exp: NOW - 480,
      agoSeconds: 480,
      skewSeconds: 60,
      maxAge: false,
    });
  });

  it('does not repeat identical evidence as corroboration', () => {
    const ranked = rankFindings([EXPIRED_FROM_LOG, { ...EXPIRED_FROM_LOG }]);
    expect(ranked[0]?.corroboration).toEqual([]);
  });

  it('does not repeat an equal note as corroboration, but keeps a different one', () => {
    const missing = (keyCount: number) =>
      finding(
        'key.kid-missing',
        { keyCount },
        note('kid-missing', { token: '‹token sha256:1a2b3c4d›', keyCount }),
        'token',
      );
    expect(rankFindings([missing(3), missing(3)])[0]?.corroboration).toEqual([]);
    expect(rankFindings([missing(3), missing(2)])[0]?.corroboration).toEqual([
      { evidence: note('kid-missing', { token: '‹token sha256:1a2b3c4d›', keyCount: 2 }), source: 'token' },
    ]);
  });

  it('keeps at most four pieces of corroboration', () => {
    const many = Array.from({ length: 8 }, (_, i) =>
      finding('time.expired', { exp: null, agoSeconds: null, skewSeconds: 60, maxAge: false }, `log line ${i}`, 'log'),
    );
    expect(rankFindings(many)[0]?.corroboration).toHaveLength(4);
  });
});

describe('rankFindings: the specific replaces the general', () => {
  it.each([
    ['claim.iss-trailing-slash', 'claim.iss-mismatch', true],
    ['time.expired', 'time.borderline', true],
    ['signature.invalid', 'signature.unchecked', false],
    ['authz-header.missing', 'token.missing', true],
  ] as const)('drops %s’s general form %s (keeping its evidence: %s)', (specific, general, keeps) => {
    const data = {
      'claim.iss-trailing-slash': finding(
        'claim.iss-trailing-slash',
        { iss: 'https://a', expected: 'https://a/', difference: 'trailing-slash' },
        'iss: "https://a"',
        'token',
      ),
      'claim.iss-mismatch': finding(
        'claim.iss-mismatch',
        { via: 'jsonwebtoken', iss: 'https://a', expected: ['https://a/'] },
        'jwt issuer invalid. expected: https://a/',
        'log',
      ),
      'time.expired': EXPIRED_FROM_LOG,
      'time.borderline': finding(
        'time.borderline',
        { exp: NOW - 30, pastSeconds: 30, skewSeconds: 60 },
        `exp: ${NOW - 30}`,
        'token',
      ),
      'signature.invalid': finding('signature.invalid', { kid: 'k1' }, 'kid: k1', 'key'),
      'signature.unchecked': UNCHECKED,
      'authz-header.missing': finding(
        'authz-header.missing',
        { otherCredentials: null },
        'GET /v1/profile HTTP/1.1',
        'request-header',
      ),
      'token.missing': finding('token.missing', {}, 'HTTP/1.1 401 Unauthorized', 'status'),
    } as const;
    const ranked = rankFindings([data[general], data[specific]]);
    expect(ranked.map((r) => r.data.code)).toEqual([specific]);
    // Evidence of the same cause seen less precisely stays; "signature masked" supports no verdict on it.
    const evidence = ranked[0]?.corroboration.map((c) => c.evidence);
    if (keeps) expect(evidence).toContain(data[general].evidence);
    else expect(evidence).not.toContain(data[general].evidence);
  });

  it('does not drop codes about different things: claim.environment with claim.iss-mismatch', () => {
    const env = finding(
      'claim.environment',
      {
        claim: 'iss',
        value: 'https://auth.staging.acme-corp.com/',
        environment: 'staging',
        against: 'https://auth.acme-corp.com/',
      },
      'iss',
      'token',
    );
    const mismatch = finding(
      'claim.iss-mismatch',
      { iss: 'https://auth.staging.acme-corp.com/', expected: ['https://auth.acme-corp.com/'] },
      'iss',
      'token',
    );
    expect(order([env, mismatch]).sort()).toEqual(['claim.environment', 'claim.iss-mismatch']);
  });

  it('does not drop a general code on its own', () => {
    expect(order([finding('claim.iss-mismatch', { iss: 'x', expected: ['y'] }, 'iss: "x"', 'token')])).toEqual([
      'claim.iss-mismatch',
    ]);
  });
});

describe('ranking end to end', () => {
  const expiredToken = unsigned({ alg: 'RS256', typ: 'JWT' }, { ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 });

  it('leads a 401 invalid_token with the expired exp that explains it (case 01)', async () => {
    const report = await run(
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${expiredToken}`,
    );
    expect(report.findings.map((f) => f.code).slice(0, 2)).toEqual(['time.expired', 'challenge.invalid-token']);
  });

  it('merges the server’s error_description, the log and the token into one time.expired', async () => {
    const report = await run(
      [
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'05/28/2026 14:02:00\'"',
        '',
        'TokenExpiredError: jwt expired',
        '',
        `token: ${expiredToken}`,
      ].join('\n'),
    );
    const expired = report.findings.filter((f) => f.code === 'time.expired');
    expect(expired).toHaveLength(1);
    expect(expired[0]?.source).toBe('response-header');
    expect(expired[0]?.corroboration.map((c) => c.source)).toEqual(['log', 'token']);
    expect(report.findings[0]?.code).toBe('time.expired');
  });

  it('ranks a log’s stated cause over an inferred audience mismatch', async () => {
    const report = await run(
      `TokenExpiredError: jwt expired\n\ntoken: ${unsigned({ alg: 'RS256' }, { ...CLAIMS, aud: 'https://other' })}`,
      {
        expectedAudiences: ['https://api.acme-corp.com'],
      },
    );
    expect(report.findings.map((f) => f.code).slice(0, 2)).toEqual(['time.expired', 'claim.aud-mismatch']);
  });
});
