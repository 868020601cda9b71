import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../../src/engine/codes.js';
import { catches, catchesNot, NOW, run } from '../../helpers/catches.js';
import { CLAIMS, hs256, jwksFor, otherRsa, rs256, unsigned } from '../../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' };
/** Expired 10 minutes before NOW: the token alone infers time.expired. */
const EXPIRED = unsigned(HEADER, { ...CLAIMS, iat: NOW - 4200, exp: NOW - 600 });

/** A log excerpt and the token of the failing request, as they get pasted together. */
function logAndToken(log: string, token = EXPIRED): string {
  return `orders-api log:\n${log}\n\ntoken (signature removed): ${token}`;
}

/**
 * One rejection per library family, each naming another cause than the token's expiry. The server's
 * word must come first: it is evidence the server gave about itself, the expiry is our inference.
 */
const STATED: Array<[string, string, FindingCode, Record<string, unknown>]> = [
  ['jsonwebtoken', 'JsonWebTokenError: invalid signature', 'signature.invalid', {}],
  ['express-jwt', "UnauthorizedError: The token has been revoked.\n  code: 'revoked_token',", 'token.revoked', {}],
  [
    'express-oauth2-jwt-bearer',
    "InvalidTokenError: Missing 'org_id' claim",
    'claim.required-missing',
    { claim: 'org_id' },
  ],
  [
    'jwks-rsa',
    "SigningKeyNotFoundError: Unable to find a signing key that matches 'acme-2026-03'",
    'key.kid-unknown',
    { kid: 'acme-2026-03' },
  ],
  [
    'jose',
    'JWTClaimValidationFailed: unexpected "aud" claim value',
    'claim.aud-mismatch',
    { aud: ['https://api.acme-corp.com'] },
  ],
  ['pyjwt', 'jwt.exceptions.InvalidSignatureError: Signature verification failed', 'signature.invalid', {}],
  [
    'golang-jwt',
    'level=error msg="token rejected" err="token signature is invalid: crypto/rsa: verification error"',
    'signature.invalid',
    {},
  ],
  [
    'go-oidc',
    'oidc: expected audience "https://billing.acme-corp.com" got ["https://api.acme-corp.com"]',
    'claim.aud-mismatch',
    { aud: ['https://api.acme-corp.com'], expected: ['https://billing.acme-corp.com'] },
  ],
  [
    'jwx',
    'failed to validate token: "iss" not satisfied: values do not match',
    'claim.iss-mismatch',
    { iss: 'https://auth.acme-corp.com/' },
  ],
  [
    'nimbus',
    'com.nimbusds.jose.proc.BadJOSEException: Signed JWT rejected: Invalid signature',
    'signature.invalid',
    {},
  ],
  [
    'spring-security',
    'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: The iss claim is not valid',
    'claim.iss-mismatch',
    {},
  ],
  [
    'jjwt',
    'io.jsonwebtoken.security.SignatureException: JWT signature does not match locally computed signature.',
    'signature.invalid',
    {},
  ],
  [
    'java-jwt',
    "com.auth0.jwt.exceptions.InvalidClaimException: The Claim 'aud' value doesn't contain the required audience.",
    'claim.aud-mismatch',
    {},
  ],
  [
    'identitymodel',
    "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'https://api.acme-corp.com'. Did not match: validationParameters.ValidAudience: 'https://billing.acme-corp.com' or validationParameters.ValidAudiences: 'null'.",
    'claim.aud-mismatch',
    { aud: ['https://api.acme-corp.com'], expected: ['https://billing.acme-corp.com'] },
  ],
  [
    'aspnetcore',
    "info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]\n      Failed to validate the token.\n      The audience 'https://api.acme-corp.com' is invalid",
    'claim.aud-mismatch',
    { aud: ['https://api.acme-corp.com'] },
  ],
  [
    'envoy',
    '[2026-05-28 14:09:58.120][31][debug][jwt] [source/extensions/filters/http/jwt_authn/authenticator.cc:255] Jwt verification fails',
    'signature.invalid',
    {},
  ],
  ['kong', 'Server: kong/3.4.2\n\n{"message":"Invalid signature"}', 'signature.invalid', {}],
];

describe('verifier log lines: what the verifier said, as the finding of its cause', () => {
  it.each(STATED)('reads %s and ranks its word before the inferred expiry', async (library, log, code, args) => {
    const report = await run(logAndToken(log));
    const f = report.findings.find((x) => x.code === code);
    expect(f?.source).toBe('log');
    expect(f?.severity).toBe('error');
    expect(f?.args).toMatchObject({ via: library, ...args });
    expect(report.findings[0]?.code).toBe(code);
    expect(report.findings.map((x) => x.code)).toContain('time.expired');
  });

  it("takes the value the verifier says it got over a pasted token's claim (the paste may hold another token)", async () => {
    const log =
      'oidc: id token issued by a different provider, expected "https://auth.acme-corp.com/" got "https://auth.staging.acme-corp.com/"';
    const f = await catches('claim.iss-mismatch', logAndToken(log));
    expect(f.args).toEqual({
      via: 'go-oidc',
      iss: 'https://auth.staging.acme-corp.com/',
      expected: ['https://auth.acme-corp.com/'],
    });
  });

  it.each([
    ['a chat message quoting the words', 'the client says "invalid token" but I am not sure which one'],
    ['prose about an expiry', 'I think my jwt expired yesterday, or the cache did'],
    [
      'a stack frame naming a verifier file',
      '    at Object.verify (/srv/api/node_modules/jsonwebtoken/verify.js:110:19)',
    ],
  ])('does not read %s as a verifier speaking', async (_name, input) => {
    const report = await run(input);
    expect(report.findings.filter((f) => f.source === 'log' && f.code !== 'input.empty')).toEqual([]);
  });
});

describe('time.expired stated by each library family: one finding with the token as corroboration', () => {
  it.each([
    ['jsonwebtoken', 'TokenExpiredError: jwt expired\n    at /srv/api/node_modules/jsonwebtoken/verify.js:190:21'],
    [
      'jose',
      '{"level":50,"err":{"type":"JWTExpired","code":"ERR_JWT_EXPIRED","message":"\\"exp\\" claim timestamp check failed"},"msg":"token rejected"}',
    ],
    [
      'pyjwt',
      'Traceback (most recent call last):\n  File "/app/auth.py", line 42, in verify\njwt.exceptions.ExpiredSignatureError: Signature has expired',
    ],
    ['golang-jwt', '2026/05/28 14:09:58 auth: token has invalid claims: token is expired'],
    [
      'spring-security',
      'org.springframework.security.oauth2.jwt.JwtValidationException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:00:00Z',
    ],
    [
      'jjwt',
      'io.jsonwebtoken.ExpiredJwtException: JWT expired 600000 milliseconds ago at 2026-05-28T14:00:00.000Z. Current time: 2026-05-28T14:10:00.000Z.',
    ],
    ['java-jwt', 'com.auth0.jwt.exceptions.TokenExpiredException: The Token has expired on 2026-05-28T14:00:00Z.'],
    [
      'identitymodel',
      "Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '5/28/2026 2:00:00 PM', Current time (UTC): '5/28/2026 2:09:58 PM'.",
    ],
    [
      'envoy',
      '[2026-05-28T14:09:58.120Z] "GET /v1/orders HTTP/1.1" 401 - jwt_authn_access_denied{Jwt_is_expired} - "-" 0 14 0 - "10.0.3.7"',
    ],
    ['kong', '{"exp":"token expired"}'],
  ])('merges %s with the decoded exp', async (library, log) => {
    const report = await run(logAndToken(log));
    const expired = report.findings.filter((f) => f.code === 'time.expired');
    expect(expired).toHaveLength(1);
    const f = expired[0];
    expect(f?.source).toBe('log');
    // The log says "expired"; the token says when: its figures fill the finding.
    expect(f?.args).toMatchObject({ via: library, exp: NOW - 600, agoSeconds: 600 });
    expect(f?.corroboration).toContainEqual({ evidence: `exp: ${NOW - 600}`, source: 'token' });
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(report.classification).toBe('authentication');
  });

  it('merges the challenge, the log and the token: three witnesses, one cause', async () => {
    const input = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'05/28/2026 14:00:00\'"',
      '',
      'TokenExpiredError: jwt expired',
      '',
      `Authorization: Bearer ${EXPIRED}`,
    ].join('\n');
    const f = (await run(input)).findings.find((x) => x.code === 'time.expired');
    expect(f?.source).toBe('response-header');
    expect(f?.corroboration.map((c) => c.source)).toEqual(['log', 'token']);
  });
});

describe('stated and checked evidence for the same cause merge into one finding', () => {
  it('merges "invalid signature" in the log with a signature that fails against the JWKS', async () => {
    const token = rs256(CLAIMS, { kid: 'acme-2026-05' }, otherRsa.privateKey);
    const report = await run(`JsonWebTokenError: invalid signature\n\nAuthorization: Bearer ${token}`, {
      keys: [jwksFor('acme-2026-05')],
    });
    const invalid = report.findings.filter((f) => f.code === 'signature.invalid');
    expect(invalid).toHaveLength(1);
    expect(invalid[0]).toMatchObject({ source: 'log', args: { via: 'jsonwebtoken', kid: 'acme-2026-05' } });
    expect(invalid[0]?.corroboration.map((c) => c.source)).toContain('key');
  });

  it('merges an unknown kid in the log with the kid missing from the pasted JWKS', async () => {
    const input = `SigningKeyNotFoundError: Unable to find a signing key that matches 'acme-2026-03'\n\nAuthorization: Bearer ${rs256(CLAIMS, { kid: 'acme-2026-03' })}\n\njwks: ${JSON.stringify(jwksFor('acme-2026-05'))}`;
    const report = await run(input);
    const unknown = report.findings.filter((f) => f.code === 'key.kid-unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0]?.args).toMatchObject({ via: 'jwks-rsa', kid: 'acme-2026-03', available: ['acme-2026-05'] });
    expect(unknown[0]?.corroboration.map((c) => c.source)).toContain('key');
  });

  it("merges golang-jwt's signing-method error with an HS256 token against an RSA key set", async () => {
    const report = await run(
      `token signature is invalid: signing method HS256 is invalid\n\nAuthorization: Bearer ${hs256(CLAIMS)}`,
      { keys: [jwksFor('k1')] },
    );
    const f = report.findings.filter((x) => x.code === 'alg.not-allowed');
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ source: 'log', args: { via: 'golang-jwt', alg: 'HS256', reason: 'log' } });
    expect(report.findings[0]?.code).toBe('alg.not-allowed');
  });

  // rank.ts absorbs the general finding a specific one replaces as corroboration; for signature.unchecked
  // that evidence is "signature masked", which says nothing for (or against) an invalid signature.
  it('does not cite a masked signature as corroboration of a stated invalid signature', async () => {
    const f = await catches('signature.invalid', logAndToken('JsonWebTokenError: invalid signature'));
    expect(f.corroboration).toEqual([]);
  });
});

describe('token.revoked: the verifier or an introspection endpoint says the token is inactive', () => {
  it.each([
    [
      'express-jwt code revoked_token',
      "UnauthorizedError: The token has been revoked.\n    at /srv/api/node_modules/express-jwt/dist/index.js:137:31 {\n  code: 'revoked_token',\n  status: 401\n}",
      'express-jwt',
    ],
    ["express-jwt's message alone", 'UnauthorizedError: The token has been revoked.', 'express-jwt'],
  ])('catches %s', async (_name, input, via) => {
    const f = await catches('token.revoked', input);
    expect(f.args).toEqual({ via });
    expect(f).toMatchObject({ severity: 'error', source: 'log' });
  });

  it.each([
    [
      'a bare {"active": false}',
      '$ curl -s -u orders-api:**** https://auth.acme-corp.com/oauth2/introspect -d token=***\n{"active": false}',
    ],
    ['a pretty-printed answer', 'introspection says:\n{\n  "active": false\n}'],
    ['an answer with RFC 7662 members', '{"active": false, "client_id": "orders-web", "token_type": "access_token"}'],
  ])('catches an RFC 7662 introspection answer: %s', async (_name, input) => {
    const f = await catches('token.revoked', input);
    expect(f.args).toEqual({ via: 'introspection' });
    expect(f).toMatchObject({ severity: 'error', source: 'log' });
  });

  it.each([
    [
      'an active introspection answer',
      '{"active": true, "scope": "read:orders", "client_id": "orders-web", "exp": 1779979200}',
    ],
    [
      'a user record that is inactive',
      'GET /v1/users/42 -> {"id": 42, "email": "dana@acme-corp.com", "active": false}',
    ],
    ['a feature flag', '{"flag": "new-checkout", "active": false}'],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('token.revoked', input);
  });
});

describe('key.jwks-unavailable: the verifier could not fetch or parse its key set', () => {
  it.each([
    ['envoy', '[2026-05-28 14:09:58.121][31][warning][jwt] Jwks remote fetch is failed'],
    ['envoy', '[2026-05-28 14:09:58.121][31][warning][jwt] Jwks is an invalid JSON'],
    [
      'identitymodel',
      "System.InvalidOperationException: IDX20803: Unable to obtain configuration from: 'https://auth.acme-corp.com/.well-known/openid-configuration'.",
    ],
    [
      'pyjwt',
      'jwt.exceptions.PyJWKClientConnectionError: Fail to fetch data from the url, err: "<urlopen error [Errno 110] Connection timed out>"',
    ],
    ['jose', "JWKSTimeout: request timed out\n  code: 'ERR_JWKS_TIMEOUT'"],
    [
      'spring-security',
      'org.springframework.security.oauth2.jwt.JwtException: An error occurred while attempting to decode the Jwt: Malformed Jwk set',
    ],
  ])('catches %s: %s', async (via, input) => {
    const f = await catches('key.jwks-unavailable', input);
    expect(f.args).toEqual({ via });
    expect(f).toMatchObject({ severity: 'error', source: 'log' });
  });

  it.each([
    [
      'a kid missing from a key set that was fetched',
      "SigningKeyNotFoundError: Unable to find a signing key that matches 'acme-2026-03'",
    ],
    ['a signature failure', 'JsonWebTokenError: invalid signature'],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('key.jwks-unavailable', input);
  });
});

describe('claim.required-missing: the verifier requires a claim the token lacks', () => {
  it.each([
    ['jose', 'JWTClaimValidationFailed: missing required "tenant_id" claim', 'tenant_id'],
    ['pyjwt', 'jwt.exceptions.MissingRequiredClaimError: Token is missing the "jti" claim', 'jti'],
    ['golang-jwt', 'token has invalid claims: token is missing required claim: nbf claim is required', 'nbf'],
    ['nimbus', 'com.nimbusds.jwt.proc.BadJWTException: JWT missing required claims: [tid]', 'tid'],
    ['express-oauth2-jwt-bearer', "InvalidTokenError: Missing 'org_id' claim", 'org_id'],
  ])('catches %s naming the claim', async (via, input, claim) => {
    const f = await catches('claim.required-missing', input);
    expect(f.args).toEqual({ via, claim });
    expect(f).toMatchObject({ severity: 'error', source: 'log' });
  });

  it.each([
    ['exp', 'jwt.exceptions.MissingRequiredClaimError: Token is missing the "exp" claim', 'time.no-exp'],
    ['aud', 'JWTClaimValidationFailed: missing required "aud" claim', 'claim.aud-missing'],
    ['iss', "InvalidTokenError: Missing 'iss' claim", 'claim.iss-missing'],
    ['sub', 'com.nimbusds.jwt.proc.BadJWTException: JWT missing required claims: [sub]', 'claim.sub-missing'],
  ])(
    'does not catch a missing %s, which has its own code (raised to error: the verifier rejected for it)',
    async (_claim, input, own) => {
      await catchesNot('claim.required-missing', input);
      const f = await catches(own as FindingCode, input);
      expect(f).toMatchObject({ severity: 'error', source: 'log' });
    },
  );
});

describe("verifier.misconfigured: the verifier's own configuration is wrong", () => {
  it.each([
    [
      'jsonwebtoken',
      'Error: secret or public key must be provided\n    at module.exports [as verify] (/srv/api/node_modules/jsonwebtoken/verify.js:110:19)',
    ],
    ['express-oauth2-jwt-bearer', 'InvalidRequestError: No JWKS URI, public key, or secret available for verification'],
    [
      'identitymodel',
      'Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10500: Signature validation failed. No security keys were provided to validate the signature.',
    ],
    [
      'identitymodel',
      'IDX10208: Unable to validate audience. validationParameters.ValidAudience is null or whitespace and validationParameters.ValidAudiences is null.',
    ],
    [
      'identitymodel',
      'IDX10204: Unable to validate issuer. validationParameters.ValidIssuer is null or whitespace AND validationParameters.ValidIssuers is null or empty.',
    ],
    [
      'pyjwt',
      'jwt.exceptions.DecodeError: It is required that you pass in a value for the "algorithms" argument when calling decode().',
    ],
  ])('catches %s: %s', async (via, input) => {
    const f = await catches('verifier.misconfigured', input);
    expect(f.args).toEqual({ via });
    expect(f).toMatchObject({ severity: 'error', source: 'log' });
  });

  it('catches it first, ahead of an inferred problem with the token', async () => {
    const report = await run(logAndToken('Error: secret or public key must be provided'));
    expect(report.findings[0]?.code).toBe('verifier.misconfigured');
  });

  it.each([
    ['a bad signature', 'JsonWebTokenError: invalid signature'],
    [
      'an unknown kid',
      "Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. The token's kid is: 'acme-2026-03', but did not match any keys in TokenValidationParameters or Configuration.",
    ],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('verifier.misconfigured', input);
  });
});

describe('scope.insufficient from a log line that names the scopes', () => {
  it('takes what Slack needed as missing and what it provided as granted', async () => {
    const f = await catches(
      'scope.insufficient',
      "The server responded with: {'ok': False, 'error': 'missing_scope', 'needed': 'chat:write:bot', 'provided': 'admin,identify'}",
    );
    expect(f.args).toMatchObject({
      via: 'slack',
      required: ['chat:write:bot'],
      missing: ['chat:write:bot'],
      granted: ['admin', 'identify'],
    });
    expect(f.title).toBe('The token lacks chat:write:bot');
  });

  it('names no scope when the message names none', async () => {
    const f = await catches('scope.insufficient', 'InsufficientScopeError: Insufficient Scope');
    expect(f.args).toMatchObject({ required: [], missing: [], granted: [] });
  });
});
