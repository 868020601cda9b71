/**
 * The two codes this project added for what findings.md's "other" rows left unread (shared/reference/verifier-messages.md
 * lists jose's `unexpected "typ" JWT header value` and Spring's JwtTypeValidator as "other (typ)", jose's
 * ERR_JWE_DECRYPTION_FAILED as "other (JWE)"): `token.type-mismatch` and `token.jwe-undecryptable`. Product strings
 * are confirmed in the sources named beside their rows in parse/verifier-messages/ (node.ts, java.ts, dotnet.ts):
 * jose's errors.ts and jwt_claims_set.ts, Spring Security's JwtTypeValidator, Nimbus's DefaultJOSEObjectTypeVerifier
 * and DefaultJWTProcessor, Microsoft.IdentityModel's LogMessages (IDX10256, IDX10257, IDX10603, IDX10609, IDX10618),
 * next-auth's JWT_SESSION_ERROR log. Reading choices: docs/codes/token.type-mismatch.md and
 * token.jwe-undecryptable.md. Each group ends with the same words where they state nothing, which must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/index.js';
import { NOW } from '../helpers/catches.js';
import { A401, MISREAD, QUIET, REFUSED, S200, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256, unsigned } from '../helpers/tokens.js';

const TYP_MISSING_ABSENCES = ['claim.aud-missing', 'claim.iss-missing', 'claim.sub-missing', 'time.no-exp'] as const;

/** A DPoP proof (RFC 9449 §4.2): typ dpop+jwt, the public key in the header, htm/htu/iat/jti and nothing else. */
const PROOF = rs256(
  { jti: 'e1j3V_bKic8-LAEB', htm: 'GET', htu: 'https://api.acme-corp.com/v1/orders', iat: NOW - 2 },
  { typ: 'dpop+jwt', jwk: { kty: 'RSA', e: 'AQAB', n: 'sXchDaQebHnPiGvyDOAT4saGEUetSyo9MKLOoWFsueri23bOdgWp4Dy1Wl' } },
);
const PROOF_SIGNATURE = PROOF.split('.')[2] as string;
/** An RFC 9068 access token (typ at+jwt), its signature masked. */
const AT_JWT = `${rs256(CLAIMS, { kid: 'k1', typ: 'at+jwt' }).split('.').slice(0, 2).join('.')}.***`;

const TYP: Row[] = [
  {
    name: 'Spring Security 7: JwtTypeValidator in WWW-Authenticate, an at+jwt token in the request',
    input: [
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${AT_JWT}"`,
      S401,
      'WWW-Authenticate: Bearer error="invalid_token", error_description="the given typ value needs to be one of [JWT]", error_uri="https://datatracker.ietf.org/doc/html/rfc7515#section-4.1.9"',
      'Content-Length: 0',
    ].join('\n'),
    ...A401,
    top: 'token.type-mismatch',
    via: 'spring-security',
    includes: ['challenge.invalid-token'],
    excludes: MISREAD,
  },
  {
    name: 'Nimbus through Spring: BadJwtException "JOSE header typ (type) at+jwt not allowed"',
    input: [
      '2026-05-28T14:09:58.412Z DEBUG 1 --- [nio-8080-exec-3] o.s.s.o.s.r.a.JwtAuthenticationProvider  : Failed to authenticate since the JWT was invalid',
      'org.springframework.security.oauth2.jwt.BadJwtException: An error occurred while attempting to decode the Jwt: JOSE header typ (type) at+jwt not allowed',
    ].join('\n'),
    ...REFUSED,
    top: 'token.type-mismatch',
    via: 'nimbus',
  },
  {
    name: 'Nimbus: the token has no typ at all',
    input: 'com.nimbusds.jose.proc.BadJOSEException: Required JOSE header typ (type) parameter is missing',
    ...REFUSED,
    top: 'token.type-mismatch',
    via: 'nimbus',
  },
  {
    name: 'jose: jwtVerify with the typ option',
    input: `JWTClaimValidationFailed: unexpected "typ" JWT header value\n    at validateClaimsSet (file:///app/node_modules/jose/dist/webapi/lib/jwt_claims_set.js:81:15) {\n  code: 'ERR_JWT_CLAIM_VALIDATION_FAILED',\n  claim: 'typ',\n  reason: 'check_failed'\n}`,
    ...REFUSED,
    top: 'token.type-mismatch',
    via: 'jose',
  },
  {
    name: 'ASP.NET Core: IDX10257 with the token type and the valid ones',
    input: [
      'fail: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[3]',
      '      Exception occurred while processing message.',
      "      Microsoft.IdentityModel.Tokens.SecurityTokenInvalidTypeException: IDX10257: Token type validation failed. Type: 'JWT'. Did not match: validationParameters.TokenTypes: 'at+jwt'.",
    ].join('\n'),
    ...REFUSED,
    top: 'token.type-mismatch',
    via: 'identitymodel',
  },
  {
    name: 'ASP.NET Core: IDX10256, ValidTypes set and the token has no typ',
    input:
      "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidTypeException: IDX10256: Unable to validate the token type. TokenValidationParameters.ValidTypes is set, but the 'typ' header claim is null or empty.",
    ...REFUSED,
    top: 'token.type-mismatch',
    via: 'identitymodel',
  },
  {
    // The proof's typ is checked with jose's words too: under invalid_dpop_proof the proof is at fault.
    name: 'a DPoP proof refused for its typ: challenge.dpop-proof, not the access token',
    input: [
      S401,
      'WWW-Authenticate: DPoP error="invalid_dpop_proof", error_description="unexpected \\"typ\\" JWT header value", algs="ES256 PS256"',
    ].join('\n'),
    ...A401,
    top: 'challenge.dpop-proof',
    excludes: ['token.type-mismatch'],
  },
  {
    name: 'quiet: "typ" in a sentence about the header',
    input: 'the typ header of our access tokens is at+jwt since the migration, JWT before',
    ...QUIET,
    excludes: ['token.type-mismatch'],
  },
  {
    name: 'quiet: "not allowed" without Nimbus\'s head',
    input: [S200, '', '{"note":"the method is not allowed for guests"}'].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: ['token.type-mismatch'],
  },
];

const PROOFS: Row[] = [
  {
    name: 'a DPoP proof sent as the bearer token: the headers swapped',
    input: [
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${PROOF}"`,
      S401,
      'WWW-Authenticate: Bearer error="invalid_token", error_description="Invalid token"',
    ].join('\n'),
    ...A401,
    top: 'token.type-mismatch',
    // A proof has no iss, aud, sub or exp by design: their absence is no finding beside it.
    excludes: [...TYP_MISSING_ABSENCES],
  },
  {
    name: 'a back-channel logout token (application/logout+jwt) sent as the bearer token',
    input: [
      `Authorization: Bearer ${unsigned({ alg: 'RS256', typ: 'application/logout+jwt', kid: 'k1' }, { iss: CLAIMS.iss, aud: 'spa-client', iat: CLAIMS.iat, jti: 'bWJq', events: { 'http://schemas.openid.net/event/backchannel-logout': {} }, sid: '08a5019c' })}`,
      S401,
    ].join('\n'),
    ...A401,
    top: 'token.type-mismatch',
  },
  {
    name: 'quiet: the same proof in its own DPoP header, the access token in Authorization',
    input: [
      `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: DPoP ${AT_JWT}" -H "DPoP: ${PROOF}"`,
      S401,
      'WWW-Authenticate: DPoP error="invalid_token", algs="ES256 PS256"',
    ].join('\n'),
    ...A401,
    excludes: ['token.type-mismatch'],
  },
  {
    name: 'quiet: an at+jwt access token is an access token',
    input: [`Authorization: Bearer ${AT_JWT}`, S401].join('\n'),
    ...A401,
    excludes: ['token.type-mismatch'],
  },
];

const JWE: Row[] = [
  {
    name: 'next-auth: JWT_SESSION_ERROR, the session cookie sealed with another secret',
    input: [
      '[next-auth][error][JWT_SESSION_ERROR] ',
      'https://next-auth.js.org/errors#jwt_session_error decryption operation failed {',
      "  message: 'decryption operation failed',",
      "  stack: 'JWEDecryptionFailed: decryption operation failed\\n' +",
      "    '    at gcmDecrypt (/app/node_modules/jose/dist/node/cjs/runtime/decrypt.js:67:15)\\n',",
      "  name: 'JWEDecryptionFailed'",
      '}',
    ].join('\n'),
    ...REFUSED,
    top: 'token.jwe-undecryptable',
    via: 'jose',
  },
  {
    name: 'jose: the error code in a JSON log line',
    input:
      '{"level":50,"time":1779977398000,"err":{"type":"JWEDecryptionFailed","message":"decryption operation failed","code":"ERR_JWE_DECRYPTION_FAILED"},"msg":"token rejected"}',
    ...REFUSED,
    top: 'token.jwe-undecryptable',
    via: 'jose',
  },
  {
    name: 'ASP.NET Core: IDX10609, no decryption key configured, with the 401',
    input: [
      S401,
      'WWW-Authenticate: Bearer error="invalid_token"',
      '',
      "Microsoft.IdentityModel.Tokens.SecurityTokenDecryptionFailedException: IDX10609: Decryption failed. No Keys tried: token: '[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'.",
    ].join('\n'),
    ...A401,
    top: 'token.jwe-undecryptable',
    via: 'identitymodel',
    includes: ['challenge.invalid-token'],
  },
  {
    name: 'IdentityModel: IDX10603, the keys tried did not open it',
    input:
      "IDX10603: Decryption failed. Keys tried: '[PII of type 'System.Text.StringBuilder' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'.",
    ...REFUSED,
    top: 'token.jwe-undecryptable',
    via: 'identitymodel',
  },
  {
    name: 'Nimbus: an API with no JWE key selector takes signed tokens only (token.jwe)',
    input:
      'org.springframework.security.oauth2.jwt.BadJwtException: An error occurred while attempting to decode the Jwt: Encrypted JWT rejected: No JWE key selector is configured',
    ...REFUSED,
    top: 'token.jwe',
    via: 'nimbus',
    excludes: ['token.jwe-undecryptable'],
  },
  {
    name: 'quiet: decryption words in a success',
    input: [S200, '', '{"status":"ok","detail":"decryption operation succeeded"}'].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: ['token.jwe-undecryptable'],
  },
];

/** A JWE's five parts (RFC 7516 §3.1), its header RSA-OAEP-256 / A256GCM; the rest stand-ins of the right shape. */
const JWE_TOKEN = `${Buffer.from(JSON.stringify({ alg: 'RSA-OAEP-256', enc: 'A256GCM', kid: 'enc-1' })).toString('base64url')}.OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGeipsEdY3mx_etLbbWSrFr05kLzcSr4qKAq7YN7e9jwQRb23nfa6c9d-StnImGyFDbSv04uVuxIp5Zms1gNxKKK2Da14B8S4rzVRltdYwam_lDp5XnZAYpQdb76FdIKLaVmqgfwX7XWRxv2322i-vDxRfqNzo_tETKzpVLzfiwQyeyPGLBIO56YJ7eObdv0je81860ppamavo35UgoRdbYaBcoh9QcfylQr66oc6vFWXRcZ_ZT2LawVCWTIy3brGPi6UklfCpIMfIjf7iGdXKHzg.48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX_EFShS8iB7j6jiSdiwkIr3ajwQzaBtQD_A.XFBoMYUZodetZdvTiFvSkQ`;

const GO_JOSE: Row[] = [
  {
    // kube-apiserver over square/go-jose v2 (journald capture in a public runbook); v3 and v4 spell it go-jose/go-jose.
    name: 'kube-apiserver: a service-account token signed by another key (go-jose v2)',
    input:
      'May 14 09:34:02 k8s-master1 kube-apiserver[5208]: E0514 09:34:02.127885    5208 authentication.go:63] "Unable to authenticate the request" err="[invalid bearer token, square/go-jose: error in cryptographic primitive]"',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'go-jose',
  },
  {
    name: 'go-jose v3/v4: "failed to validate JWT: go-jose/go-jose: error in cryptographic primitive"',
    input:
      'level=error msg="token rejected" error="failed to validate JWT: go-jose/go-jose: error in cryptographic primitive"',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'go-jose',
  },
  {
    // The same error from Decrypt: with a JWE in the paste, the token did not decrypt.
    name: 'go-jose: the same error with a JWE in the request is a decryption failure',
    input: [
      `Authorization: Bearer ${JWE_TOKEN}`,
      'Error while decrypting token: go-jose/go-jose: error in cryptographic primitive',
    ].join('\n'),
    ...REFUSED,
    top: 'token.jwe-undecryptable',
    via: 'go-jose',
    excludes: ['signature.invalid'],
  },
  {
    name: 'quiet: "cryptographic primitive" in prose',
    input: 'we moved the signing to a cryptographic primitive the HSM supports, see the ADR',
    ...QUIET,
    excludes: ['signature.invalid'],
  },
];

describe("go-jose's ErrCryptoFailure: a signature, or a JWE that does not decrypt", () => {
  for (const row of GO_JOSE) it(row.name, () => expectPasteRow(row));
});

describe('token.type-mismatch: the verifier refuses the typ', () => {
  for (const row of TYP) it(row.name, () => expectPasteRow(row));
});

describe('token.type-mismatch: a JWT that is never an access token sent as one', () => {
  for (const row of PROOFS) it(row.name, () => expectPasteRow(row, [PROOF_SIGNATURE]));
});

describe('token.jwe-undecryptable: the verifier could not decrypt the token', () => {
  for (const row of JWE) it(row.name, () => expectPasteRow(row));
});

describe('the values the messages name reach the finding', () => {
  const args = async (input: string, code: string) =>
    (await diagnose(input, { now: NOW })).findings.find((f) => f.code === code)?.args;

  it('Spring names the types it accepts', async () => {
    expect(
      await args(
        'WWW-Authenticate: Bearer error="invalid_token", error_description="the given typ value needs to be one of [at+jwt, application/at+jwt]"',
        'token.type-mismatch',
      ),
    ).toMatchObject({ via: 'spring-security', expected: ['at+jwt', 'application/at+jwt'] });
  });

  it('Nimbus names the token type it refused', async () => {
    expect(
      await args('BadJOSEException: JOSE header typ (type) secevent+jwt not allowed', 'token.type-mismatch'),
    ).toEqual({
      via: 'nimbus',
      typ: 'secevent+jwt',
      expected: [],
    });
  });

  it('IDX10257 names both, and IDX10256 says the token has none', async () => {
    expect(
      await args(
        "IDX10257: Token type validation failed. Type: 'JWT'. Did not match: validationParameters.ValidTypes: 'at+jwt, application/at+jwt'.",
        'token.type-mismatch',
      ),
    ).toEqual({ via: 'identitymodel', typ: 'JWT', expected: ['at+jwt', 'application/at+jwt'] });
    expect(
      await args(
        "IDX10256: Unable to validate the token type. TokenValidationParameters.ValidTypes is set, but the 'typ' header claim is null or empty.",
        'token.type-mismatch',
      ),
    ).toEqual({ via: 'identitymodel', typ: null, missing: true, expected: [] });
  });

  it('a log that names no typ takes it from the pasted token', async () => {
    expect(
      await args(
        `Authorization: Bearer ${AT_JWT}\n\nJWTClaimValidationFailed: unexpected "typ" JWT header value`,
        'token.type-mismatch',
      ),
    ).toMatchObject({ via: 'jose', typ: 'at+jwt' });
  });

  it('a DPoP proof in Authorization is named as one, in English and in Japanese', async () => {
    const input = `Authorization: Bearer ${PROOF}\n${S401}`;
    const en = await diagnose(input, { now: NOW });
    expect(en.findings[0]).toMatchObject({
      code: 'token.type-mismatch',
      args: { typ: 'dpop+jwt', proof: 'dpop-proof' },
    });
    expect(en.findings[0]?.title).toBe('A DPoP proof was sent as the access token');
    expect(en.nextSteps[0]).toContain('"DPoP: <proof>"');
    const ja = await diagnose(input, { now: NOW, locale: 'ja' });
    expect(ja.findings[0]?.title).toBe('DPoP の証明（proof）がアクセストークンとして送られています');
    expect(JSON.stringify(ja)).not.toContain(PROOF_SIGNATURE);
  });
});
