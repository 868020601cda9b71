/**
 * An audit of the engine against ../shared/spec/findings.md and cli.md's JSON report, rule by rule. Each
 * test quotes the sentence it checks; the per-check suites (test/engine/checks/*) hold the detail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, FINDING_CODES, type FindingCode, PROJECT_CODES } from '../../src/engine/codes.js';
import type { Classification, Report } from '../../src/engine/types.js';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { b64url, CLAIMS, hs256, jwksFor, rs256, unsigned } from '../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'k1' };
const codesOf = (r: Report): FindingCode[] => r.findings.map((f) => f.code);

/** A header-only paste: the token is in the request, nothing is said about the response. */
const bearer = (token: string) => `Authorization: Bearer ${token}`;
/** A 401 with invalid_token and the token in the request. */
const rejected = (token: string) =>
  `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${token}"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n`;

describe('findings.md: every code has the severity of its table row', () => {
  // The `sev` column of findings.md (project codes from docs/findings.md), copied here so a change to either fails.
  const SPEC: Record<FindingCode, 'error' | 'warning' | 'info'> = {
    'input.empty': 'info',
    'input.live-token': 'warning',
    'input.masked': 'info',
    'input.cut-payload': 'info',
    'status.mismatch': 'warning',
    'status.not-auth': 'info',
    'authz-header.missing': 'error',
    'authz-header.scheme': 'error',
    'authz-header.double-prefix': 'error',
    'authz-header.format': 'error',
    'authz-header.url-encoded': 'error',
    'challenge.missing': 'warning',
    'challenge.no-error': 'error',
    'challenge.invalid-request': 'error',
    'challenge.invalid-token': 'error',
    'challenge.dpop-proof': 'error',
    'token.crit': 'warning',
    'challenge.step-up': 'error',
    'challenge.insufficient-scope': 'error',
    'challenge.scheme-mismatch': 'error',
    'challenge.malformed': 'warning',
    'token.missing': 'error',
    'token.malformed': 'error',
    'token.jwe': 'warning',
    'token.opaque': 'warning',
    'token.id-token': 'error',
    'token.for-other-api': 'error',
    'token.revoked': 'error',
    'token.type-mismatch': 'error',
    'token.sender-constrained': 'error',
    'token.jwe-undecryptable': 'error',
    'alg.none': 'error',
    'alg.not-allowed': 'error',
    'key.kid-missing': 'warning',
    'key.kid-unknown': 'error',
    'key.jwks-unavailable': 'error',
    'signature.invalid': 'error',
    'signature.valid': 'info',
    'signature.unchecked': 'info',
    'time.expired': 'error',
    'time.borderline': 'warning',
    'time.not-yet-valid': 'error',
    'time.issued-in-future': 'error',
    'time.no-exp': 'warning',
    'time.milliseconds': 'error',
    'time.invalid': 'error',
    'time.inconsistent': 'warning',
    'time.short-lifetime': 'warning',
    'time.long-lifetime': 'warning',
    'claim.aud-mismatch': 'error',
    'claim.aud-missing': 'warning',
    'claim.iss-mismatch': 'error',
    'claim.iss-trailing-slash': 'error',
    'claim.iss-missing': 'warning',
    'claim.environment': 'error',
    'claim.sub-missing': 'info',
    'claim.required-missing': 'error',
    'claim.pii': 'info',
    'scope.insufficient': 'error',
    'scope.format': 'warning',
    'proxy.gateway-response': 'warning',
    'proxy.waf-block': 'error',
    'proxy.authorizer-deny': 'error',
    'proxy.route-not-found': 'error',
    'policy.deny': 'warning',
    'verifier.misconfigured': 'error',
    'oauth.invalid-client': 'error',
    'token.differs-from-working': 'warning',
    'oauth.unauthorized-client': 'error',
    'oauth.invalid-scope': 'error',
    'oauth.unsupported-grant': 'error',
    'oauth.invalid-code': 'error',
    'oauth.interaction-required': 'error',
    'oauth.discovery-failed': 'error',
    'federation.no-match': 'error',
    'request.csrf-rejected': 'error',
    'request.cors-rejected': 'error',
    'policy.service-not-enabled': 'error',
  };
  it.each(Object.entries(SPEC))('%s is %s', (code, severity) => {
    expect(codes[code as FindingCode].severity).toBe(severity);
  });
});

describe('findings.md, time: "compared with the reference time and the skew allowance (default 60 s)"', () => {
  const at = (claims: Record<string, unknown>, skewSeconds?: number) =>
    run(bearer(unsigned(HEADER, { ...CLAIMS, ...claims })), skewSeconds === undefined ? {} : { skewSeconds });

  it.each([
    // "time.expired: exp + skew is before now"; "time.borderline: now is within the skew allowance of exp, on either side"
    ['exp + skew one second before now', NOW - 61, 'time.expired', 'expired'],
    ['exp + skew exactly now', NOW - 60, 'time.borderline', 'borderline'],
    ['exp exactly now', NOW, 'time.borderline', 'borderline'],
    ['exp − skew exactly now (about to expire)', NOW + 60, 'time.borderline', 'borderline'],
    ['exp − skew one second after now', NOW + 61, null, 'ok'],
  ] as const)('exp: %s', async (_name, exp, code, verdict) => {
    const r = await at({ iat: exp - 3600, exp });
    const time = codesOf(r).filter((c) => c === 'time.expired' || c === 'time.borderline');
    expect(time).toEqual(code === null ? [] : [code]);
    expect(r.timeClaims.exp?.verdict).toBe(verdict);
  });

  it.each([
    // "time.not-yet-valid: nbf − skew is after now"
    ['nbf − skew exactly now', NOW + 60, false, 'ok'],
    ['nbf − skew one second after now', NOW + 61, true, 'not-yet-valid'],
  ] as const)('nbf: %s', async (_name, nbf, fires, verdict) => {
    const r = await at({ nbf });
    expect(codesOf(r).includes('time.not-yet-valid')).toBe(fires);
    expect(r.timeClaims.nbf?.verdict).toBe(verdict);
  });

  it.each([
    // "time.issued-in-future: iat − skew is after now"
    ['iat − skew exactly now', NOW + 60, false, 'ok'],
    ['iat − skew one second after now', NOW + 61, true, 'in-future'],
  ] as const)('iat: %s', async (_name, iat, fires, verdict) => {
    const r = await at({ iat, exp: iat + 3600 });
    expect(codesOf(r).includes('time.issued-in-future')).toBe(fires);
    expect(r.timeClaims.iat?.verdict).toBe(verdict);
  });

  it('takes the skew from the options ("--skew"), not a constant', async () => {
    expect(codesOf(await at({ exp: NOW - 100 }, 120))).toContain('time.borderline');
    expect(codesOf(await at({ exp: NOW - 100 }, 0))).toContain('time.expired');
    expect(codesOf(await at({ nbf: NOW + 30 }, 0))).toContain('time.not-yet-valid');
  });

  it('"time.milliseconds: 13 digits"; "time.invalid: a string date, negative, NaN"', async () => {
    await catches('time.milliseconds', bearer(unsigned(HEADER, { ...CLAIMS, exp: CLAIMS.exp * 1000 })));
    for (const exp of ['2026-05-28T15:00:00Z', -1, '1779979200']) {
      await catches('time.invalid', bearer(unsigned(HEADER, { ...CLAIMS, exp })));
    }
  });

  it('"time.inconsistent: nbf or iat after exp"; lifetimes under 5 minutes and over 24 hours', async () => {
    await catches('time.inconsistent', bearer(unsigned(HEADER, { ...CLAIMS, iat: CLAIMS.exp + 1 })));
    await catches('time.short-lifetime', bearer(unsigned(HEADER, { ...CLAIMS, iat: NOW, exp: NOW + 299 })));
    await catchesNot('time.short-lifetime', bearer(unsigned(HEADER, { ...CLAIMS, iat: NOW, exp: NOW + 300 })));
    await catches('time.long-lifetime', bearer(unsigned(HEADER, { ...CLAIMS, iat: NOW, exp: NOW + 86_401 })));
    await catchesNot('time.long-lifetime', bearer(unsigned(HEADER, { ...CLAIMS, iat: NOW, exp: NOW + 86_400 })));
  });

  it('cli.md: "timeClaims.{exp,nbf,iat}: null when absent"', async () => {
    const { nbf: _n, ...claims } = { ...CLAIMS, nbf: 1 };
    const r = await run(bearer(unsigned(HEADER, claims)));
    expect(r.timeClaims.nbf).toBeNull();
    expect(r.timeClaims.exp).toMatchObject({ value: CLAIMS.exp, iso: '2026-05-28T14:40:00Z', verdict: 'ok' });
    expect(typeof r.timeClaims.exp?.relative).toBe('string');
  });
});

describe('findings.md, "Masked is not malformed"', () => {
  const PAYLOAD = b64url(CLAIMS);
  const HEAD = b64url(HEADER);
  it.each([
    ['header.payload', `${HEAD}.${PAYLOAD}`],
    ['header.payload.', `${HEAD}.${PAYLOAD}.`],
    ['***', `${HEAD}.${PAYLOAD}.***`],
    ['[REDACTED]', `${HEAD}.${PAYLOAD}.[REDACTED]`],
    ['xxxx', `${HEAD}.${PAYLOAD}.xxxx`],
    ['…', `${HEAD}.${PAYLOAD}.…`],
    ['<redacted>', `${HEAD}.${PAYLOAD}.<redacted>`],
  ])(
    '"signature missing or replaced (%s): report input.masked and signature.unchecked, not token.malformed"',
    async (_name, token) => {
      const r = await run(rejected(token));
      expect(codesOf(r)).toEqual(expect.arrayContaining(['input.masked', 'signature.unchecked']));
      expect(codesOf(r)).not.toContain('token.malformed');
      expect(codesOf(r)).not.toContain('input.live-token');
    },
  );

  it('"token.opaque is a credential with no decodable JOSE header at all"', async () => {
    await catches('token.opaque', rejected('3f2504e0-4f89-11d3-9a0c-0305e82c3301'));
    await catchesNot('token.malformed', rejected('3f2504e0-4f89-11d3-9a0c-0305e82c3301'));
  });

  it('"token.malformed: bad base64url": a signature in standard base64 (+ and /) is not a mask', async () => {
    // The signature of a standard-base64 encoder: `+` and `/` where base64url has `-` and `_`.
    const signature = 'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV/adQssw5c+Rz0GhT1a9Q/2';
    const r = await run(rejected(`${HEAD}.${PAYLOAD}.${signature}`));
    expect(codesOf(r)).toContain('token.malformed');
    expect(r.findings.find((f) => f.code === 'token.malformed')?.args).toMatchObject({ reason: 'standard-base64' });
    // Not the same token cut at its first `+` and judged again as a live one.
    expect(codesOf(r)).not.toContain('input.live-token');
    expect(codesOf(r)).not.toContain('input.masked');
  });

  it('"header/payload not JSON objects" is malformed', async () => {
    await catches('token.malformed', rejected(`${HEAD}.${b64url('not json')}.${'A'.repeat(43)}`));
    await catches('token.malformed', rejected(`${HEAD}.${b64url([1, 2])}.${'A'.repeat(43)}`));
  });
});

describe('findings.md, "Paste artefacts are undone, not reported"', () => {
  const clean = `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api", error="invalid_token"\n`;
  it.each([
    [
      'Slack escapes',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=&quot;api&quot;, error=&quot;invalid_token&quot;\n',
    ],
    ['smart quotes', 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=“api”, error=“invalid_token”\n'],
    ['a code fence', `\`\`\`\n${clean}\`\`\``],
  ])('%s produce the findings of the clean paste, no more', async (_name, paste) => {
    expect(codesOf(await run(paste))).toEqual(codesOf(await run(clean)));
  });

  it('a line break a chat client put inside a token is undone', async () => {
    const token = unsigned(HEADER, CLAIMS);
    const broken = rejected(`${token.slice(0, 50)}\n${token.slice(50)}`);
    expect(codesOf(await run(broken))).toEqual(codesOf(await run(rejected(token))));
  });
});

describe('findings.md, "Specific replaces general"', () => {
  it('"claim.iss-trailing-slash instead of claim.iss-mismatch"', async () => {
    const r = await run(rejected(unsigned(HEADER, CLAIMS)), { expectedIssuers: ['https://auth.acme-corp.com'] });
    expect(codesOf(r)).toContain('claim.iss-trailing-slash');
    expect(codesOf(r)).not.toContain('claim.iss-mismatch');
  });

  it('"Codes about different things can both fire: claim.environment with claim.iss-mismatch"', async () => {
    const token = unsigned(HEADER, { ...CLAIMS, iss: 'https://auth.staging.acme-corp.com/' });
    const r = await run(rejected(token), { expectedIssuers: ['https://auth.acme-corp.com/'] });
    expect(codesOf(r)).toEqual(expect.arrayContaining(['claim.environment', 'claim.iss-mismatch']));
  });

  it('"a log line `jwt expired` and a decoded exp in the past are the same cause, time.expired, seen twice"', async () => {
    const expired = unsigned(HEADER, { ...CLAIMS, iat: NOW - 4000, exp: NOW - 600 });
    const r = await run(`${rejected(expired)}\nTokenExpiredError: jwt expired`);
    expect(codesOf(r).filter((c) => c === 'time.expired')).toHaveLength(1);
    expect(r.findings.find((f) => f.code === 'time.expired')?.corroboration.length).toBeGreaterThan(0);
  });
});

describe('findings.md, "Absent is not missing"', () => {
  it('"authz-header.missing needs the request\'s headers"', async () => {
    await catchesNot('authz-header.missing', 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\n');
    await catches(
      'authz-header.missing',
      'GET /v1/orders HTTP/1.1\nHost: api.acme-corp.com\n\nHTTP/1.1 401 Unauthorized\n',
    );
  });

  it('"challenge.missing needs the response\'s headers (a log line alone says nothing about them)"', async () => {
    await catchesNot('challenge.missing', 'HTTP 401\nTokenExpiredError: jwt expired');
    await catches(
      'challenge.missing',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"message":"Unauthorized"}',
    );
  });
});

describe('findings.md, challenge.no-error: error or info by what the paste shows', () => {
  it('"an error when the paste shows no credential was sent (or does not show the request)"', async () => {
    const noRequest = await catches(
      'challenge.no-error',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"',
    );
    expect(noRequest.severity).toBe('error');
    const noHeader = await catches(
      'challenge.no-error',
      'GET /x HTTP/1.1\nHost: api.acme-corp.com\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"',
    );
    expect(noHeader.severity).toBe('error');
  });

  it('"when the request visibly carried a token ... the finding is info"', async () => {
    const f = await catches(
      'challenge.no-error',
      `GET /x HTTP/1.1\nAuthorization: Bearer ${unsigned(HEADER, CLAIMS)}\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"`,
    );
    expect(f.severity).toBe('info');
  });
});

describe('findings.md, "alg.not-allowed needs something to compare with"', () => {
  const token = hs256(CLAIMS);
  it('nothing to compare with: not reported', async () => {
    await catchesNot('alg.not-allowed', rejected(token));
  });
  it('"an expected algorithm list"', async () => {
    await catches('alg.not-allowed', rejected(token), { allowedAlgorithms: ['RS256'] });
    await catchesNot('alg.not-allowed', rejected(token), { allowedAlgorithms: ['HS256'] });
  });
  it('"a key whose type cannot verify the token\'s alg (an HS256 token against an RSA key set)"', async () => {
    await catches('alg.not-allowed', rejected(token), { keys: [JSON.stringify(jwksFor('k1'))] });
  });
});

describe('findings.md, input.live-token: "a JWS whose signature part is present and unmasked"', () => {
  it('a signed token valid at now is live; an expired one, a masked one, a JWE and an opaque token are not', async () => {
    await catches('input.live-token', rejected(rs256(CLAIMS)));
    await catches('input.live-token', rejected(rs256({ ...CLAIMS, exp: undefined })));
    await catchesNot('input.live-token', rejected(rs256({ ...CLAIMS, iat: NOW - 4000, exp: NOW - 600 })));
    await catchesNot('input.live-token', rejected(unsigned(HEADER, CLAIMS)));
    const jwe = [
      b64url({ alg: 'RSA-OAEP', enc: 'A256GCM' }),
      'A'.repeat(342),
      'B'.repeat(16),
      'C'.repeat(80),
      'D'.repeat(22),
    ];
    await catchesNot('input.live-token', rejected(jwe.join('.')));
    await catchesNot('input.live-token', rejected('3f2504e0-4f89-11d3-9a0c-0305e82c3301'));
  });
});

describe('findings.md, Classification', () => {
  const rows: Array<[string, string, Classification, boolean]> = [
    [
      '"A 401 carrying insufficient_scope is authorization"',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="insufficient_scope"',
      'authorization',
      true,
    ],
    [
      'a 401 whose verifier log says insufficient scope (the same error code, in the log)',
      'HTTP/1.1 401 Unauthorized\n\nInsufficientScopeError: Insufficient scope',
      'authorization',
      true,
    ],
    [
      'a 403 with invalid_token',
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="invalid_token"',
      'authentication',
      true,
    ],
    [
      'a 403 with a log line saying the token expired',
      'HTTP/1.1 403 Forbidden\n\nTokenExpiredError: jwt expired',
      'authentication',
      true,
    ],
    [
      'a 403 with a token decoded as expired',
      `GET /x HTTP/1.1\nAuthorization: Bearer ${unsigned(HEADER, { ...CLAIMS, iat: NOW - 4000, exp: NOW - 600 })}\n\nHTTP/1.1 403 Forbidden\n`,
      'authentication',
      true,
    ],
    [
      '"A 403 from a WAF is authorization (the status stands)"',
      'HTTP/2 403\nserver: cloudflare\n\nerror code: 1020',
      'authorization',
      false,
    ],
    [
      '"a 400 whose challenge says invalid_request about the credentials is authentication"',
      'HTTP/1.1 400 Bad Request\nWWW-Authenticate: Bearer error="invalid_request"',
      'authentication',
      false,
    ],
    ['a 500 with no evidence', 'HTTP/1.1 500 Internal Server Error\n', 'undetermined', false],
    ['"no status and no decisive evidence"', bearer(unsigned(HEADER, CLAIMS)), 'undetermined', false],
    ['a bare 401', 'HTTP/1.1 401 Unauthorized', 'authentication', false],
    ['a bare 403', 'HTTP/1.1 403 Forbidden', 'authorization', false],
  ];
  it.each(rows)('%s', async (_name, paste, classification, mismatch) => {
    const r = await run(paste);
    expect(r.classification).toBe(classification);
    // "It follows the status unless the evidence says otherwise; when it does, status.mismatch is reported."
    expect(codesOf(r).includes('status.mismatch')).toBe(mismatch);
  });
});

describe('findings.md, ordering: "most likely cause first"', () => {
  it('"Evidence the server gave about itself outranks inference from the token"', async () => {
    // A verifier's log says the signature is bad; the token, read alone, is expired: the log leads.
    const expired = unsigned(HEADER, { ...CLAIMS, iat: NOW - 4000, exp: NOW - 600 });
    const r = await run(`HTTP/1.1 401 Unauthorized\n${bearer(expired)}\nJsonWebTokenError: invalid signature`);
    expect(codesOf(r)[0]).toBe('signature.invalid');
    expect(codesOf(r)).toContain('time.expired');
  });

  it('ties between inferred errors follow the diagnostic order: format, alg, kid, iss/aud, time, signature', async () => {
    const token = rs256(
      { ...CLAIMS, iss: 'https://other.example.com/', aud: 'https://other-api', iat: NOW - 4000, exp: NOW - 600 },
      { kid: 'k9' },
    );
    const r = await run(bearer(token), {
      allowedAlgorithms: ['ES256'],
      expectedIssuers: ['https://auth.acme-corp.com/'],
      expectedAudiences: ['https://api.acme-corp.com'],
      keys: [JSON.stringify(jwksFor('k1'))],
    });
    const errors = r.findings.filter((f) => f.severity === 'error').map((f) => f.code);
    const order = ['alg.not-allowed', 'key.kid-unknown', 'claim.aud-mismatch', 'claim.iss-mismatch', 'time.expired'];
    expect(errors.filter((c) => order.includes(c))).toEqual(order.filter((c) => errors.includes(c as FindingCode)));
    expect(errors.indexOf('alg.not-allowed')).toBe(0);
  });

  it('severity first: an error outranks warnings and infos', async () => {
    const r = await run(rejected(unsigned(HEADER, { ...CLAIMS, iat: NOW - 4000, exp: NOW - 600, aud: undefined })));
    const ranks = r.findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });
});

describe('cli.md, the JSON report', () => {
  it("has the contract's fields in order, with their types", async () => {
    const r = await run(rejected(unsigned(HEADER, CLAIMS)));
    expect(Object.keys(r).slice(0, 6)).toEqual([
      'status',
      'classification',
      'findings',
      'timeClaims',
      'challenges',
      'token',
    ]);
    expect(Object.keys(r)).toContain('nextSteps');
    expect(Object.keys(r.findings[0] ?? {}).slice(0, 6)).toEqual([
      'code',
      'severity',
      'title',
      'detail',
      'evidence',
      'source',
    ]);
    expect(Object.keys(r.timeClaims)).toEqual(['exp', 'nbf', 'iat']);
    expect(r.challenges).toEqual([{ scheme: 'Bearer', params: { error: 'invalid_token' }, token68: null }]);
    expect(r.token).toMatchObject({ header: HEADER, payload: CLAIMS });
    expect(r.token?.fingerprint).toMatch(/^sha256:[0-9a-f]{8}$/);
    for (const f of r.findings) {
      expect(['status', 'request-header', 'response-header', 'token', 'log', 'key', 'options']).toContain(f.source);
      expect(typeof f.evidence).toBe('string');
    }
  });

  it('"status: ... or null"; "challenges: [] when none"; "token: null otherwise"', async () => {
    const r = await run('TokenExpiredError: jwt expired');
    expect(r.status).toBeNull();
    expect(r.challenges).toEqual([]);
    expect(r.token).toBeNull();
    expect(r.timeClaims).toEqual({ exp: null, nbf: null, iat: null });
    expect((await run(rejected('3f2504e0-4f89-11d3-9a0c-0305e82c3301'))).token).toBeNull();
  });

  it('"parameter names lower-cased", "escapes undone", several challenges per header, token68', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Newauth realm="apps", title="Login to \\"apps\\"", Basic realm="simple"\nWWW-Authenticate: Bearer ERROR="invalid_token"\nWWW-Authenticate: Negotiate abc123==',
    );
    expect(r.challenges).toEqual([
      { scheme: 'Newauth', params: { realm: 'apps', title: 'Login to "apps"' }, token68: null },
      { scheme: 'Basic', params: { realm: 'simple' }, token68: null },
      { scheme: 'Bearer', params: { error: 'invalid_token' }, token68: null },
      { scheme: 'Negotiate', params: {}, token68: 'abc123==' },
    ]);
  });

  it('"A header that does not parse yields challenge.malformed and the challenges that could be read before the error"', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Basic realm="x", Bearer error="invalid_token", =oops',
    );
    expect(codesOf(r)).toContain('challenge.malformed');
    expect(r.challenges.map((c) => c.scheme)).toEqual(['Basic', 'Bearer']);
  });

  it('"The raw token and its signature never appear in any output"', async () => {
    const token = rs256(CLAIMS);
    const json = JSON.stringify(await run(rejected(token)));
    expect(json).not.toContain(token);
    expect(json).not.toContain(token.split('.')[2]);
  });

  it('"any text gives a report (at worst input.empty)"', async () => {
    expect(codesOf(await run(''))).toEqual(['input.empty']);
    expect(codesOf(await run('the API says no, help'))).toEqual(['input.empty']);
  });
});

describe('README.md and docs/findings.md agree with the implementation', () => {
  const root = join(import.meta.dirname, '../..');
  const docs = readFileSync(join(root, 'docs/findings.md'), 'utf8');
  const readme = readFileSync(join(root, 'README.md'), 'utf8');

  it('docs/findings.md lists every code once, with its severity', () => {
    const rows = [...docs.matchAll(/^\| `([a-z-]+\.[a-z-]+)` \| (error|warning|info) \|/gm)];
    expect(rows.map((m) => m[1]).sort()).toEqual([...FINDING_CODES].sort());
    for (const [, code, severity] of rows) expect(codes[code as FindingCode].severity, code).toBe(severity);
  });

  it("the README's code table matches the catalogue", () => {
    const rows = [...readme.matchAll(/^\| \[`([a-z-]+\.[a-z-]+)`\]\([^)]*\) \| (error|warning|info) \|/gm)];
    expect(rows.map((m) => m[1]).sort()).toEqual([...FINDING_CODES].sort());
    for (const [, code, severity] of rows) expect(codes[code as FindingCode].severity, code).toBe(severity);
  });

  it('PROJECT_CODES are exactly the rows docs/findings.md marks "(project addition)", and the README names them', () => {
    const added = [...docs.matchAll(/^\| `([a-z-]+\.[a-z-]+)` \| [a-z]+ \| \(project addition\)/gm)].map((m) => m[1]);
    expect([...PROJECT_CODES].sort()).toEqual(added.sort());
    const sentence = /including the (\w+) codes this project added \(([^)]*)\)/.exec(readme.replace(/\n/g, ' '));
    expect(
      sentence?.[2]
        ?.match(/`[^`]+`/g)
        ?.map((c) => c.slice(1, -1))
        .sort(),
    ).toEqual([...PROJECT_CODES].sort());
  });
});
