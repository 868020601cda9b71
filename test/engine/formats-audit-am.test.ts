/**
 * Round audit-am: the JWT libraries of the less-read ecosystems, in the words their users paste: lua-resty-jwt's reasons
 * (OpenResty: Kong plugins, APISIX, lua-resty-openidc), Dart's dart_jsonwebtoken, C++'s jwt-cpp decode error, Swift's
 * jwt-kit 5, Haskell's jose printed through `Left`, Perl's Mojo::JWT. Pastes rebuilt from public issue threads and the
 * libraries' own tests (sources beside each case; /tmp/s30/audit-am/sources.md lists them all), tokens and hosts made
 * up. Each group ends with near misses that must not read as the library.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

const SIGNED = rs256({ ...CLAIMS, iat: NOW - 600, exp: NOW + 3000 }, { kid: 'k1' });
const SIGNATURE = SIGNED.split('.')[2] as string;

describe('lua-resty-jwt’s reasons, wherever OpenResty hands them on', () => {
  it.each([
    // apache/apisix t/plugin/jwt-auth.t TEST 9: the 401 body of an older jwt-auth.
    [
      'APISIX’s body for an expired token',
      'HTTP/1.1 401 Unauthorized\nServer: APISIX/2.15.0\n\n{"message":"\'exp\' claim expired at Tue, 23 Jul 2019 08:28:21 GMT"}',
      'time.expired',
    ],
    // apache/apisix jwt-auth.t TEST 14: the error log of an nbf ahead of the clock.
    [
      'APISIX’s error log for an nbf ahead',
      "2026/05/28 14:09:58 [warn] 49#49: *1811 [lua] jwt-auth.lua:397: phase_func(): failed to verify jwt: 'nbf' claim not valid until Mon, 27 Aug 2040 09:17:54 GMT",
      'time.not-yet-valid',
    ],
    // cdbattags/lua-resty-jwt#63: a Kong plugin's 401 with the verifier's object as its message.
    [
      'a Kong plugin’s body: the payload is not a claims set',
      '{"message":"{\\"reason\\":\\"invalid payload: ZGM3NzZmMGQ2MjZlNWQyYTI2NmM5YTIwNzQ4Njc1NmE4MjRmNWRh\\",\\"verified\\":false}"}',
      'token.malformed',
    ],
    [
      'load_jwt’s reason for a string that is no JWT',
      'jwt_obj: {"valid":false,"verified":false,"reason":"invalid jwt string"}',
      'token.malformed',
    ],
    [
      'the HMAC signature refused',
      `2026/05/28 14:09:58 [warn] 7#7: *3 [lua] access.lua:21: signature mismatch: ${SIGNATURE}, client: 10.0.0.7`,
      'signature.invalid',
    ],
    [
      'verify_with’s audience',
      "ngx.say: false 'aud' claim does not contain an allowed audience.",
      'claim.aud-mismatch',
    ],
  ])('catches: %s', async (_name, paste, code) => {
    const f = await catches(code as never, paste);
    expect(f.args.via).toBe('lua-resty-jwt');
  });

  // SkyLothar/lua-resty-jwt#4: verification threw (lua-resty-hmac missing), the object's reason is its fallback.
  it('reads a printed jwt_obj’s "internal error" as the verifier’s own set-up', async () => {
    const f = await catches(
      'verifier.misconfigured',
      '{\n    "reason":"internal error",\n    "valid":true,\n    "header":{"alg":"HS256","typ":"JWT"},\n    "verified":false\n}',
    );
    expect(f.args.via).toBe('lua-resty-jwt');
    await catchesNot('verifier.misconfigured', '{"status":500,"reason":"internal error"}');
  });

  it('reads the HTTP date the validator printed', async () => {
    const f = await catches('time.not-yet-valid', "reason: 'nbf' claim not valid until Mon, 27 Aug 2040 09:17:54 GMT");
    expect(f.args.nbf).toBe(Date.UTC(2040, 7, 27, 9, 17, 54) / 1000);
  });

  it('reads is_not_before on iat as a token issued ahead of the clock', async () => {
    await catches(
      'time.issued-in-future',
      '{"error": "Proxy: \'iat\' claim not valid until Thu, 14 Aug 2026 09:15:10 GMT"}',
    );
  });

  it('keeps the signature it quotes out of the report', async () => {
    const r = await run(`curl -H "Authorization: Bearer ${SIGNED}"\n[lua] signature mismatch: ${SIGNATURE}`);
    expect(JSON.stringify(r)).not.toContain(SIGNATURE.slice(0, 16));
  });

  it.each([
    [
      'another claim the spec checks with is_not_before',
      "'future' claim not valid until Wed, 21 Apr 2100 22:09:58 GMT",
    ],
    ['prose about a signature mismatch', 'I think there is a signature mismatch: the keys differ between envs'],
    ['the words in another case', 'Invalid JWT String passed to the parser'],
    ['an invalid payload with no base64 after it', 'Error: invalid payload: expected an object'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.via === 'lua-resty-jwt')).toEqual([]);
  });
});

describe('lua-resty-openidc’s ID token signature', () => {
  // zmartzone/lua-resty-openidc#135: the relying party's own check of the ID token it got at login.
  const LOG = [
    '2018/01/15 06:13:11 [debug] 256#256: *78 [lua] openidc.lua:737: openidc_load_jwt_and_verify_crypto(): jwt: {"reason":"too long","valid":true,"verified":false}',
    "2018/01/15 06:13:11 [error] 256#256: *78 [lua] openidc.lua:805: authenticate(): id_token 'RS256' signature verification failed, client: 203.0.113.7",
  ].join('\n');

  it('catches the relying party’s refusal, naming lua-resty-openidc', async () => {
    const f = await catches('signature.invalid', LOG);
    expect(f.args.via).toBe('lua-resty-openidc');
  });

  it('does not call the ID token it checked a token sent in an access token’s place', async () => {
    const idToken = rs256({ ...CLAIMS, nonce: 'n-0S6_WzA2Mj', exp: NOW + 600 }, { kid: 'k1' });
    await catchesNot('token.id-token', `${LOG}\njwt: ${idToken.split('.').slice(0, 2).join('.')}.***`);
    await catches('token.id-token', `Authorization: Bearer ${idToken.split('.').slice(0, 2).join('.')}.***`);
  });

  it('leaves the words after another program’s quote to others', async () => {
    const r = await run("Cookie 'session' signature verification failed");
    expect(r.findings.filter((f) => f.args.via === 'lua-resty-openidc')).toEqual([]);
  });
});

describe('dart_jsonwebtoken’s exceptions', () => {
  it.each([
    ['JWTExpiredException: jwt expired', 'time.expired'],
    ['JWTNotActiveException: jwt not active', 'time.not-yet-valid'],
    ['JWTInvalidException: invalid signature', 'signature.invalid'],
    ['JWTInvalidException: invalid audience', 'claim.aud-mismatch'],
    ['JWTInvalidException: invalid issuer', 'claim.iss-mismatch'],
    ['JWTInvalidException: token does not use JWS Compact Serialization', 'token.malformed'],
    // jonasroussel/dart_jsonwebtoken#56.
    ['JWTUndefinedException: FormatException: Invalid encoding before padding (at character 11)', 'token.malformed'],
  ])('catches: %s', async (paste, code) => {
    const f = await catches(code as never, `flutter: ${paste}`);
    expect(f.args.via).toBe('dart_jsonwebtoken');
  });

  it.each([
    ['an app’s own sentence', 'The JWT expired exception is handled by the interceptor'],
    ['FusionAuth’s class with its own words', 'io.fusionauth.jwt.JWTExpiredException: The JWT is expired.'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.via === 'dart_jsonwebtoken')).toEqual([]);
  });
});

describe('jwt-cpp’s decode error', () => {
  it.each([
    // Thalhammer/jwt-cpp#33: e.what() printed after the exception's name.
    ['run into the exception’s name', 'std::bad_castinvalid token supplied'],
    [
      'what() on its own',
      "terminate called after throwing an instance of 'std::invalid_argument'\n  what():  invalid token supplied",
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('token.malformed', paste);
    expect(f.args.via).toBe('jwt-cpp');
  });

  it('catches not: the words in prose', async () => {
    const r = await run('The API returns 401 when an invalid token supplied by the client is expired.');
    expect(r.findings.filter((f) => f.args.via === 'jwt-cpp')).toEqual([]);
  });
});

describe('jwt-kit 5 under Vapor', () => {
  // vapor/jwt-kit Tests/JWTKitTests/JWTKitTests.swift jwtErrorDescription: the error's description.
  const body = (claim: string) =>
    `HTTP/1.1 401 Unauthorized\ncontent-type: application/json\n\n{"error":true,"reason":"JWTKitError(errorType: claimVerificationFailure, failedClaim: JWTKit.${claim}(value: 2026-05-28 13:02:11 +0000), reason: \\"expired\\")"}`;

  it.each([
    ['ExpirationClaim', 'time.expired'],
    ['NotBeforeClaim', 'time.not-yet-valid'],
    ['AudienceClaim', 'claim.aud-mismatch'],
    ['IssuerClaim', 'claim.iss-mismatch'],
  ])('catches the failed claim by its type: %s', async (claim, code) => {
    const f = await catches(code as never, body(claim));
    expect(f.args.via).toBe('jwt-kit');
  });

  it('catches a signature its keys do not verify', async () => {
    await catches('signature.invalid', '{"error":true,"reason":"JWTKitError(errorType: signatureVerificationFailed)"}');
  });

  it('catches not: an application’s own claim type', async () => {
    const r = await run(body('TenantClaim'));
    expect(r.findings.filter((f) => f.args.via === 'jwt-kit')).toEqual([]);
  });
});

describe('Haskell’s jose, printed through Either', () => {
  it.each([
    ['Left JWTExpired', 'time.expired'],
    ['Left JWTNotYetValid', 'time.not-yet-valid'],
    ['Left JWTNotInAudience', 'claim.aud-mismatch'],
    ['Left JWTNotInIssuer', 'claim.iss-mismatch'],
    ['Left JWTIssuedAtFuture', 'time.issued-in-future'],
    ['Left (JWSError JWSInvalidSignature)', 'signature.invalid'],
  ])('catches: %s', async (paste, code) => {
    const f = await catches(code as never, `[Warn] token rejected: ${paste}`);
    expect(f.args.via).toBe('hs-jose');
  });

  it('catches not: the constructor in another case, as prose', async () => {
    const r = await run('when left jwtexpired we refresh');
    expect(r.findings.filter((f) => f.args.via === 'hs-jose')).toEqual([]);
  });
});

describe('Mojo::JWT’s croak', () => {
  it.each([
    [
      'HS',
      '[2026-05-28 14:09:58.41235] [81234] [error] Failed HS validation at /app/lib/Orders/Controller/Auth.pm line 27.',
    ],
    ['RS', 'Failed RS validation at /usr/local/share/perl5/Mojo/JWT.pm line 61.'],
  ])('catches the %s signature refused', async (_name, paste) => {
    const f = await catches('signature.invalid', paste);
    expect(f.args.via).toBe('mojo-jwt');
  });

  it('catches not: another product’s lower-case words', async () => {
    const r = await run('health check: failed hs validation of the config file');
    expect(r.findings.filter((f) => f.args.via === 'mojo-jwt')).toEqual([]);
  });
});

describe('an HTTP client of R, Scala or Julia printing the status: the request was sent by code', () => {
  it.each([
    // r-lib/httr2#484.
    [
      'httr2',
      'request("http://agviewer.com/api/v1") |>\n    req_perform()\nError in `req_perform()`:\n! HTTP 401 Unauthorized.',
    ],
    // JBGruber/askgpt#5.
    [
      'httr2 under a package',
      'Caused by error in `resp_abort(resp, error_body(req, resp))`:\n! HTTP 401 Unauthorized.\nRun `rlang::last_error()` to see where the error occurred.',
    ],
    // scala-steward-org/scala-steward#684.
    [
      'http4s’ client',
      'scala.MatchError: org.http4s.client.UnexpectedStatus: unexpected HTTP status: 401 Unauthorized (of class org.http4s.client.UnexpectedStatus)',
    ],
    // graphprotocol/allocation-optimizer#35's shape, the status a 401.
    [
      'HTTP.jl',
      'ERROR: HTTP.Exceptions.StatusError(401, "POST", "/", HTTP.Messages.Response:\n"""\nHTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nUnauthorized""")',
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ clientCode: true });
  });

  it('catches not: the status line alone says nothing of who sent the request', async () => {
    const f = await catches('token.missing', '! HTTP 401 Unauthorized.');
    expect(f.args.clientCode).toBeUndefined();
  });

  it('reads HTTP.jl’s 404 as no refusal of a credential', async () => {
    await catchesNot(
      'token.missing',
      'ERROR: HTTP.Exceptions.StatusError(404, "POST", "/", HTTP.Messages.Response:\n"""\nHTTP/1.1 404 Not Found\n\nNot found""")',
    );
  });
});

describe('pac4j’s JWT authenticator', () => {
  // pac4j/pac4j#686: JwtAuthenticator's log line for an exp in the past.
  it('catches its expiry line, naming pac4j', async () => {
    const f = await catches(
      'time.expired',
      '2016-09-22 10:41:07,118 ERROR [qtp1313953385-17] o.p.j.c.a.JwtAuthenticator - The JWT is expired: no profile is built',
    );
    expect(f.args.via).toBe('pac4j');
  });

  it('catches not: an application’s own sentence about an expired JWT', async () => {
    const r = await run('The JWT is expired, so no profile is shown to the user');
    expect(r.findings.filter((f) => f.args.via === 'pac4j')).toEqual([]);
  });
});

describe('buddy-sign’s refusals (Clojure)', () => {
  it.each([
    ['clojure.lang.ExceptionInfo: Token is expired (1779970000) {:type :validation, :cause :exp}', 'time.expired'],
    [
      'clojure.lang.ExceptionInfo: Token is not yet valid (1779990000) {:type :validation, :cause :nbf}',
      'time.not-yet-valid',
    ],
    [
      'clojure.lang.ExceptionInfo: Issuer does not match https://auth.acme-corp.com/ {:type :validation, :cause :iss}',
      'claim.iss-mismatch',
    ],
    [
      'clojure.lang.ExceptionInfo: Audience does not match orders-api {:type :validation, :cause :aud}',
      'claim.aud-mismatch',
    ],
    [
      'clojure.lang.ExceptionInfo: Message seems corrupt or manipulated {:type :validation, :cause :signature}',
      'signature.invalid',
    ],
    // A test's own map, printed without the comma (ring-jwt-session's test of the same ex-data).
    ['(is (= cause {:type :validation :cause :exp}))', 'time.expired'],
  ])('catches: %s', async (paste, code) => {
    const f = await catches(code as never, paste);
    expect(f.args.via).toBe('buddy-sign');
  });

  // funcool/buddy-core#6: a JWE encrypted under a secret regenerated at restart.
  it('catches a JWE its key no longer opens', async () => {
    const f = await catches(
      'token.jwe-undecryptable',
      'Uncaught exception in buddy.core.keys when a token is invalid\nException is org.bouncycastle.crypto.InvalidCipherTextException: checksum failed',
    );
    expect(f.args.via).toBe('buddy-sign');
  });

  it.each([
    ['another validation cause', '{:type :validation, :cause :max-age}'],
    ['a form library’s validation', '{:type :validation, :field :email}'],
    ['BouncyCastle’s words with buddy nowhere', 'org.bouncycastle.crypto.InvalidCipherTextException: checksum failed'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.via === 'buddy-sign')).toEqual([]);
  });
});
