/**
 * Round 17a of real-world pastes: web frameworks and JWT libraries in ecosystems earlier rounds did not cover, as an
 * on-call engineer pastes them (a status line and the reply, a log line, an uncaught exception): Elixir (Guardian's
 * error tuples and its ErrorHandler's reply, Joken), Scala (jwt-scala, play-silhouette), Kotlin (Ktor's JWT provider, Micronaut
 * Security's claim validators), Swift (vapor/jwt-kit under Vapor), Node (Hono's hono/jwt, koa-jwt, next-auth / Auth.js
 * over jose, tRPC, NestJS over jsonwebtoken), Ruby (warden-jwt_auth behind devise-jwt), PHP (league/oauth2-server behind
 * Laravel Passport), Rust (jwt-simple) and Python (Litestar, fastapi-users). Every product string is confirmed in the
 * product's source or a public capture named beside its row or in the matcher/body signal that reads it
 * (parse/verifier-messages/more-stacks.ts, web.ts, node.ts, php.ts, rust.ts, parse/error-bodies.ts). Reading choices:
 * docs/findings.md, "Reading the rules" and the project readings. The last group puts the same words in prose or in
 * other shapes, and must stay quiet.
 */
import { describe, it } from 'vitest';
import {
  A401,
  EXPIRED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  JSON_CT,
  MISREAD,
  NOT_MISSING,
  QUIET,
  REFUSED,
  S401,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const request = (token: string | null, path = '/api/orders') =>
  [`GET ${path} HTTP/1.1`, 'Host: api.example.com', ...(token ? [`Authorization: Bearer ${token}`] : [])].join('\n');

const ELIXIR: Row[] = [
  // ueberauth/guardian: the ErrorHandler Phoenix apps copy from its guide, `Jason.encode!(%{message: to_string(type)})`
  // (dozens of public apps' auth_error_handler.ex), a 401 whose whole body is the failure's type.
  {
    name: 'Guardian: the ErrorHandler\'s {"message":"invalid_token"} for a token that is still valid',
    input: [
      request(FRESH_MASKED),
      '',
      S401,
      'content-type: application/json; charset=utf-8',
      '',
      '{"message":"invalid_token"}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'guardian',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Guardian: invalid_token with an expired token in the request (the token says why)',
    input: [request(EXPIRED_MASKED), '', S401, JSON_CT, '', '{"message":"invalid_token"}'].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'Guardian: {"message":"unauthenticated"} with no token anywhere is a missing token',
    input: [S401, JSON_CT, '', '{"message":"unauthenticated"}'].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  // lib/guardian/token/jwt/verify.ex: {:error, :token_expired}, {:error, :token_not_yet_valid}, {:error, :invalid_issuer};
  // the plugs pass {:invalid_token, reason} to auth_error, which apps log with inspect.
  {
    name: "Guardian: the app's auth_error logging {:invalid_token, :token_expired}",
    input: '14:09:58.412 request_id=F8xQ2c [warning] Auth error: :invalid_token, reason: :token_expired',
    ...REFUSED,
    top: 'time.expired',
    via: 'guardian',
    excludes: MISREAD,
  },
  {
    name: 'Guardian: {:error, :token_not_yet_valid} from Guardian.decode_and_verify in iex',
    input: 'iex(3)> Orders.Guardian.decode_and_verify(token)\n{:error, :token_not_yet_valid}',
    ...REFUSED,
    top: 'time.not-yet-valid',
    via: 'guardian',
  },
  {
    name: 'Guardian: {:error, :invalid_issuer}',
    input: '14:09:58.412 [warning] socket connect refused: {:error, :invalid_issuer}',
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'guardian',
  },
  // joken-elixir/joken: verify_and_validate's {:error, [message: "Invalid token", claim: "exp", claim_val: …]} (its
  // tests; OpenFn Lightning's and other apps' tests match on it), Joken.verify's {:error, :signature_error}.
  {
    name: 'Joken: the exp claim failed validation, as a Plug logs the tuple',
    input:
      '14:09:58.412 request_id=F8xQ2c [warning] Cannot access \'/api/orders\': {:error, [message: "Invalid token", claim: "exp", claim_val: 1779976920]}',
    ...REFUSED,
    top: 'time.expired',
    via: 'joken',
    excludes: MISREAD,
  },
  {
    name: 'Joken: the iss claim failed validation',
    input: '{:error, [message: "Invalid token", claim: "iss", claim_val: "https://auth.staging.acme-corp.com/"]}',
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'joken',
  },
  {
    name: 'Joken: {:error, :signature_error} for a token signed with another key',
    input: '14:09:58.412 [info] rejecting session token: {:error, :signature_error}',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'joken',
  },
];

// jwt-scala/jwt-scala core/shared/src/main/scala/JwtException.scala; its README prints a Try's Failure as
// `Failure(pdi.jwt.exceptions.JwtExpirationException: The token is expired since 2016-04-20T12:53:48Z)`.
const SCALA: Row[] = [
  {
    name: "jwt-scala: a Play controller logging the Try's Failure (expired)",
    input:
      '2026-05-28 14:09:58,412 [WARN] from controllers.AuthAction in application-akka.actor.default-dispatcher-7 - token rejected: Failure(pdi.jwt.exceptions.JwtExpirationException: The token is expired since 2026-05-28T14:02:00Z)',
    ...REFUSED,
    top: 'time.expired',
    via: 'jwt-scala',
    excludes: MISREAD,
  },
  {
    name: 'jwt-scala: JwtNotBeforeException',
    input:
      'pdi.jwt.exceptions.JwtNotBeforeException: The token will only be valid after 2026-05-28T15:00:00Z\n\tat pdi.jwt.JwtCore.validateTiming(Jwt.scala:512)',
    ...REFUSED,
    top: 'time.not-yet-valid',
    via: 'jwt-scala',
  },
  // mohiva/play-silhouette JWTAuthenticator.scala (unserialize; JWTAuthenticatorService.InvalidJWTToken), logged at INFO.
  {
    name: "play-silhouette: Fraudulent JWT token under the authenticator's parse error",
    input: [
      `[info] c.m.p.s.i.a.JWTAuthenticatorService - [Silhouette][jwt-authenticator] Error on parsing JWT token: ${FRESH_MASKED}`,
      `java.lang.IllegalArgumentException: Fraudulent JWT token: ${FRESH_MASKED}`,
      '\tat com.mohiva.play.silhouette.impl.authenticators.JWTAuthenticatorService.$anonfun$unserialize$1(JWTAuthenticator.scala:330)',
    ].join('\n'),
    ...REFUSED,
    top: 'signature.invalid',
    via: 'play-silhouette',
    excludes: [...MISREAD, 'time.expired'],
  },
];

const KOTLIN: Row[] = [
  // ktorio/ktor ktor-server-auth-jwt JWTAuth.kt: the default challenge responds UnauthorizedResponse with a Bearer
  // challenge naming only the realm ("Ktor Server" by default), whatever the reason.
  {
    name: "Ktor: the JWT provider's default challenge carries no error, though a token was sent",
    input: [request(FRESH_MASKED), '', S401, 'WWW-Authenticate: Bearer realm="Ktor Server"', 'Content-Length: 0'].join(
      '\n',
    ),
    ...A401,
    top: 'challenge.no-error',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // JWTUtils.kt verifyAndValidate: JWTLogger.trace("Token verification failed", cause), the logger io.ktor.auth.jwt;
  // the cause is java-jwt's (auth0/java-jwt), whose rows read it.
  {
    name: "Ktor: the provider's TRACE line and java-jwt's exception under it",
    input: [
      '2026-05-28 14:09:58.412 [eventLoopGroupProxy-4-1] TRACE io.ktor.auth.jwt - Token verification failed',
      'com.auth0.jwt.exceptions.TokenExpiredException: The Token has expired on 2026-05-28T14:02:00Z.',
      '\tat com.auth0.jwt.JWTVerifier.assertInstantIsFuture(JWTVerifier.java:327)',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'java-jwt',
  },
  // micronaut-projects/micronaut-security security-jwt …/validator/*JwtClaimsValidator.java (logback's default pattern).
  {
    name: "Micronaut Security: ExpirationJwtClaimsValidator's DEBUG line",
    input:
      '14:09:58.412 [default-nioEventLoopGroup-1-3] DEBUG i.m.s.t.j.v.ExpirationJwtClaimsValidator - JWT token has expired',
    ...REFUSED,
    top: 'time.expired',
    via: 'micronaut-security',
  },
  {
    name: "Micronaut Security: IssuerJwtClaimsValidator's TRACE line names both issuers",
    input:
      "14:09:58.412 [default-nioEventLoopGroup-1-3] TRACE i.m.s.t.j.v.IssuerJwtClaimsValidator - Expected JWT issuer claim of 'https://auth.acme-corp.com/', but found 'https://auth.staging.acme-corp.com/' instead.",
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'micronaut-security',
  },
  {
    name: 'Micronaut Security: a token with no iss',
    input:
      "TRACE i.m.s.t.j.v.IssuerJwtClaimsValidator - Expected JWT issuer claim of 'https://auth.acme-corp.com/', but the token did not include an issuer.",
    ...REFUSED,
    top: 'claim.iss-missing',
    via: 'micronaut-security',
  },
  {
    name: "Micronaut Security: AudienceJwtClaimsValidator's TRACE line",
    input:
      "TRACE i.m.s.t.j.v.AudienceJwtClaimsValidator - Expected JWT audience claim to include 'orders-api', but audience list (billing-api) did not.",
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'micronaut-security',
  },
  {
    name: 'Micronaut Security: NotBeforeJwtClaimsValidator',
    input:
      'TRACE i.m.s.t.j.v.NotBeforeJwtClaimsValidator - Invalidating JWT not-before Claim because current time (Thu May 28 14:09:58 UTC 2026) is before (Thu May 28 15:00:00 UTC 2026).',
    ...REFUSED,
    top: 'time.not-yet-valid',
    via: 'micronaut-security',
  },
];

// vapor/jwt-kit 4.x (JWTError.claimVerificationFailure, Claims/*.swift); Vapor's ErrorMiddleware answers
// {"error":true,"reason":…} (a Vapor API's documented 401 "exp claim verification failed: expired", and an app's
// XCTest asserting that body).
const SWIFT: Row[] = [
  {
    name: 'Vapor jwt-kit: exp claim verification failed, no token in the paste (not a missing token)',
    input: [
      S401,
      'content-type: application/json; charset=utf-8',
      '',
      '{"error":true,"reason":"exp claim verification failed: expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'jwt-kit',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Vapor jwt-kit: aud not intended for this API',
    input: [
      S401,
      JSON_CT,
      '',
      '{"error":true,"reason":"aud claim verification failed: not intended for com.example.orders"}',
    ].join('\n'),
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'jwt-kit',
    excludes: NOT_MISSING,
  },
  {
    name: 'Vapor jwt-kit: nbf too soon',
    input: [S401, JSON_CT, '', '{"reason":"nbf claim verification failed: too soon","error":true}'].join('\n'),
    ...A401,
    top: 'time.not-yet-valid',
    via: 'jwt-kit',
  },
];

const HONO_CHALLENGE = (error: string, description: string) =>
  `WWW-Authenticate: Bearer realm="http://localhost:8787/auth/page",error="${error}",error_description="${description}"`;

const NODE: Row[] = [
  // honojs/hono src/middleware/jwt/jwt.ts: one 401 for every token Jwt.verify refuses, a text body "Unauthorized" and
  // a challenge whose parameters are joined by bare commas.
  {
    name: 'Hono hono/jwt: token verification failure names no cause',
    input: [
      request(FRESH_MASKED, '/auth/page'),
      '',
      S401,
      HONO_CHALLENGE('invalid_token', 'token verification failure'),
      'content-type: text/plain;charset=UTF-8',
      '',
      'Unauthorized',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    excludes: [...NOT_MISSING, ...MISREAD, 'challenge.malformed'],
  },
  {
    name: 'Hono hono/jwt: no authorization included in request (its invalid_request is a missing token)',
    input: [S401, HONO_CHALLENGE('invalid_request', 'no authorization included in request'), '', 'Unauthorized'].join(
      '\n',
    ),
    ...A401,
    top: 'token.missing',
    via: 'hono-jwt',
    excludes: MISREAD,
  },
  {
    name: 'Hono hono/jwt: invalid credentials structure, a header that is not two parts',
    input: [
      `GET /auth/page HTTP/1.1\nAuthorization: Bearer ${FRESH_MASKED} extra`,
      '',
      S401,
      HONO_CHALLENGE('invalid_request', 'invalid credentials structure'),
      '',
      'Unauthorized',
    ].join('\n'),
    ...A401,
    top: 'authz-header.format',
    via: 'hono-jwt',
    excludes: NOT_MISSING,
  },
  // src/utils/jwt/types.ts: JwtTokenExpired's message is `token (${token}) expired`, the whole token quoted.
  {
    name: "Hono: a Worker's log of JwtTokenExpired (its message quotes the token)",
    input: `[wrangler:err] JwtTokenExpired: token (${EXPIRED_MASKED}) expired\n    at Module.verify (file:///app/node_modules/hono/dist/utils/jwt/jwt.js:77:11)`,
    ...REFUSED,
    top: 'time.expired',
    via: 'hono-jwt',
    excludes: MISREAD,
  },
  {
    name: 'Hono: JwtTokenSignatureMismatched',
    input: `✘ [ERROR] JwtTokenSignatureMismatched: token(${FRESH_MASKED}) signature mismatched`,
    ...REFUSED,
    top: 'signature.invalid',
    via: 'hono-jwt',
    excludes: MISREAD,
  },
  // koajs/jwt lib/resolvers/auth-header.js; lib/index.js with debug: the verifier's message (jsonwebtoken's).
  {
    name: 'koa-jwt: Bad Authorization header format for a Token-scheme header',
    input: [
      `GET /api/orders HTTP/1.1\nAuthorization: Token ${FRESH_MASKED}`,
      '',
      S401,
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Bad Authorization header format. Format is "Authorization: Bearer <token>"',
    ].join('\n'),
    ...A401,
    top: 'authz-header.scheme',
    via: 'koa-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: "koa-jwt with debug: jsonwebtoken's jwt expired as the body",
    input: [request(EXPIRED_MASKED), '', S401, 'Content-Type: text/plain; charset=utf-8', '', 'jwt expired'].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'jsonwebtoken',
  },
  {
    name: 'NestJS @nestjs/jwt: JsonWebTokenError from verifyAsync in the ExceptionsHandler log',
    input:
      '[Nest] 1  - 05/28/2026, 2:09:58 PM   ERROR [ExceptionsHandler] invalid signature\nJsonWebTokenError: invalid signature\n    at /app/node_modules/jsonwebtoken/verify.js:171:19',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'jsonwebtoken',
  },
  // nextauthjs/next-auth#8368 and vercel/next-learn#295: the session JWE no longer decrypts (the secret changed).
  {
    name: 'next-auth v4: JWT_SESSION_ERROR, jose could not decrypt the session token',
    input: [
      '[next-auth][error][JWT_SESSION_ERROR] ',
      'https://next-auth.js.org/errors#jwt_session_error decryption operation failed {',
      "  message: 'decryption operation failed',",
      "  stack: 'JWEDecryptionFailed: decryption operation failed\\n' +",
      "    '    at gcmDecrypt (/srv/app/node_modules/jose/dist/node/cjs/runtime/decrypt.js:67:15)\\n' +",
    ].join('\n'),
    ...REFUSED,
    top: 'token.jwe-undecryptable',
    via: 'jose',
    excludes: MISREAD,
  },
  {
    name: 'Auth.js v5: [auth][cause] JWEDecryptionFailed',
    input:
      '[auth][error][JWTSessionError]: Read more at https://errors.authjs.dev#jwtsessionerror\n[auth][cause]: JWEDecryptionFailed: decryption operation failed\n    at gcmDecrypt (webpack-internal:///(middleware)/./node_modules/jose/dist/browser/runtime/decrypt.js:76:15)',
    ...REFUSED,
    top: 'token.jwe-undecryptable',
    via: 'jose',
  },
  // tRPC's error envelope for TRPCError UNAUTHORIZED (captures in public tests and transcripts): the code names no cause.
  {
    name: 'tRPC: UNAUTHORIZED beside a token that was sent names no missing token',
    input: [
      request(FRESH_MASKED, '/api/trpc/post.create'),
      '',
      S401,
      JSON_CT,
      '',
      '{"error":{"json":{"message":"UNAUTHORIZED","code":-32001,"data":{"code":"UNAUTHORIZED","httpStatus":401,"path":"post.create"}}}}',
    ].join('\n'),
    ...A401,
    excludes: [...NOT_MISSING, ...MISREAD, 'time.expired'],
  },
  {
    name: 'tRPC: the bare UNAUTHORIZED envelope (its httpStatus is the status), no token anywhere',
    input:
      '{"error":{"json":{"message":"UNAUTHORIZED","code":-32001,"data":{"code":"UNAUTHORIZED","httpStatus":401,"path":"teams.listMyTeams"}}}}',
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
];

const RUBY_PHP: Row[] = [
  // waiting-for-dev/warden-jwt_auth lib/warden/jwt_auth/errors.rb; Rails prints `Class (message):`.
  {
    name: 'warden-jwt_auth: RevokedToken raised in an ActionCable connection',
    input:
      "Warden::JWTAuth::Errors::RevokedToken (Warden::JWTAuth::Errors::RevokedToken):\n  app/channels/application_cable/connection.rb:14:in `find_verified_user'",
    ...REFUSED,
    top: 'token.revoked',
    via: 'warden-jwt_auth',
    excludes: ['token.malformed'],
  },
  // thephpleague/oauth2-server BearerTokenValidator.php: OAuthServerException::accessDenied (401, access_denied) with a
  // hint; the body with its BC `message` member as a Laravel Passport API's log quotes it.
  {
    name: 'Laravel Passport: access_denied, hint "Access token has been revoked"',
    input: [
      S401,
      JSON_CT,
      '',
      '{"error":"access_denied","error_description":"The resource owner or authorization server denied the request.","hint":"Access token has been revoked","message":"The resource owner or authorization server denied the request."}',
    ].join('\n'),
    ...A401,
    top: 'token.revoked',
    via: 'league-oauth2-server',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Laravel Passport: "Access token could not be verified" for a token still in date',
    input: [
      request(FRESH_MASKED),
      '',
      S401,
      JSON_CT,
      '',
      '{"error":"access_denied","error_description":"The resource owner or authorization server denied the request.","hint":"Access token could not be verified","message":"The resource owner or authorization server denied the request."}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'league-oauth2-server',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Laravel Passport: "could not be verified" with an expired token (the token says why)',
    input: [
      request(EXPIRED_MASKED),
      '',
      S401,
      JSON_CT,
      '',
      '{"error":"access_denied","error_description":"The resource owner or authorization server denied the request.","hint":"Access token could not be verified","message":"The resource owner or authorization server denied the request."}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'Laravel Passport: Missing "Authorization" header',
    input: [
      S401,
      JSON_CT,
      '',
      '{"error":"access_denied","error_description":"The resource owner or authorization server denied the request.","hint":"Missing \\"Authorization\\" header","message":"The resource owner or authorization server denied the request."}',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: ['token.revoked', 'challenge.invalid-token'],
  },
];

// jedisct1/rust-jwt-simple src/error.rs (JWTError's Display), as an axum / actix handler logs it (env_logger's format).
const RUST: Row[] = [
  {
    name: "jwt-simple: Signature tag didn't verify",
    input: "[2026-05-28T14:09:58Z WARN  orders_api::auth] rejecting bearer token: Signature tag didn't verify",
    ...REFUSED,
    top: 'signature.invalid',
    via: 'jwt-simple',
  },
  {
    name: 'jwt-simple: JWT algorithm mismatch',
    input: '[2026-05-28T14:09:58Z WARN  orders_api::auth] rejecting bearer token: JWT algorithm mismatch',
    ...REFUSED,
    top: 'alg.not-allowed',
    via: 'jwt-simple',
  },
  {
    name: 'jwt-simple: Required audience mismatch',
    input:
      '{"timestamp":"2026-05-28T14:09:58.412Z","level":"WARN","fields":{"message":"auth failed","error":"Required audience mismatch"}}',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'jwt-simple',
  },
  {
    name: 'jwt-simple: Token is too old (max_validity)',
    input: '[2026-05-28T14:09:58Z WARN  orders_api::auth] rejecting bearer token: Token is too old',
    ...REFUSED,
    top: 'time.expired',
    via: 'jwt-simple',
  },
  {
    name: 'jwt-simple: Clock drift detected (an iat in the future)',
    input: '[2026-05-28T14:09:58Z WARN  orders_api::auth] rejecting bearer token: Clock drift detected',
    ...REFUSED,
    top: 'time.issued-in-future',
    via: 'jwt-simple',
  },
];

// litestar-org/litestar litestar/security/jwt/middleware.py and token.py (NotAuthorizedException, answered as
// {"status_code":401,"detail":…}: a public repro's curl output); fastapi-users answers a bare {"detail":"Unauthorized"}.
const PYTHON: Row[] = [
  {
    name: 'Litestar: No JWT token found in request header',
    input: [S401, JSON_CT, '', '{"status_code":401,"detail":"No JWT token found in request header"}'].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    name: 'Litestar: Invalid token with an expired token in the request',
    input: [request(EXPIRED_MASKED), '', S401, JSON_CT, '', '{"status_code":401,"detail":"Invalid token"}'].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
  {
    name: 'fastapi-users: a bare {"detail":"Unauthorized"} beside a token names no missing token',
    input: [request(FRESH_MASKED, '/users/me'), '', S401, JSON_CT, '', '{"detail":"Unauthorized"}'].join('\n'),
    ...A401,
    excludes: [...NOT_MISSING, ...MISREAD, 'time.expired'],
  },
];

const QUIET_ROWS: Row[] = [
  {
    name: "Micronaut's expiry sentence in prose, without its logger, stays quiet",
    input: 'Heads up: the mobile app shows "JWT token has expired" when you come back after lunch, that\'s expected.',
    ...QUIET,
  },
  {
    name: "jwt-simple's Clock drift detected inside a monitoring line is not its error",
    input: 'Clock drift detected on node-3 (+4.2s), chronyd resyncing',
    ...QUIET,
  },
  {
    name: "jwt-simple's Token is too old in lower case prose is not its error",
    input: 'the refresh endpoint says the token is too old to refresh, is that on purpose?',
    ...QUIET,
  },
  {
    name: 'An atom that only begins like Guardian’s (:token_expired_grace) stays quiet',
    input: 'config :orders, Orders.Guardian, refresh_policy: :token_expired_grace',
    ...QUIET,
  },
  {
    name: "An app's own message that begins with invalid_token is not Guardian's reply",
    input: [S401, JSON_CT, '', '{"message":"invalid_token: please sign in again"}'].join('\n'),
    ...A401,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'Vapor prose about the exp claim names no failure',
    input: 'if the exp claim verification fails, Vapor rejects the call and the app refreshes first',
    ...QUIET,
  },
  {
    name: 'Another product\'s "JWT claim verification failed:" is not jwt-kit naming a claim JWT',
    input: 'JWT claim verification failed: see logs',
    ...QUIET,
  },
  {
    name: "League's revoked hint in lower-case prose stays quiet",
    input: 'note: access token has been revoked is what we log on logout, not an error',
    ...QUIET,
  },
];

describe('formats, round 17a: Elixir (Guardian, Joken)', () => {
  it.each(ELIXIR)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17a: Scala (jwt-scala, play-silhouette)', () => {
  it.each(SCALA)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17a: Kotlin (Ktor, Micronaut Security)', () => {
  it.each(KOTLIN)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17a: Swift (Vapor jwt-kit)', () => {
  it.each(SWIFT)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17a: Node (Hono, koa-jwt, NestJS, next-auth, tRPC)', () => {
  it.each(NODE)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17a: Ruby and PHP (warden-jwt_auth, Laravel Passport)', () => {
  it.each(RUBY_PHP)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17a: Rust (jwt-simple)', () => {
  it.each(RUST)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17a: Python (Litestar, fastapi-users)', () => {
  it.each(PYTHON)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17a: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17a: a signed token in the paste is never echoed', () => {
  it("Hono's JwtTokenExpired message quotes the whole token", async () => {
    const signature = EXPIRED.split('.')[2] as string;
    await expectPasteRow(
      {
        name: 'signed token in the message',
        input: `[wrangler:err] JwtTokenExpired: token (${EXPIRED}) expired\n    at Module.verify (file:///app/node_modules/hono/dist/utils/jwt/jwt.js:77:11)`,
        ...REFUSED,
        top: 'time.expired',
        via: 'hono-jwt',
      },
      [signature],
    );
  });
  it("play-silhouette's Fraudulent JWT token message quotes the whole token", async () => {
    const signature = EXPIRED.split('.')[2] as string;
    await expectPasteRow(
      {
        name: 'signed token in the message',
        input: `java.lang.IllegalArgumentException: Fraudulent JWT token: ${EXPIRED}`,
        ...REFUSED,
        top: 'signature.invalid',
        via: 'play-silhouette',
      },
      [signature],
    );
  });
  it('a Guardian invalid_token reply with the full expired token in the request', async () => {
    const signature = EXPIRED.split('.')[2] as string;
    await expectPasteRow(
      {
        name: 'signed token in the request',
        input: [request(EXPIRED), '', S401, JSON_CT, '', '{"message":"invalid_token"}'].join('\n'),
        ...A401,
        top: 'time.expired',
        excludes: NOT_MISSING,
      },
      [signature],
    );
  });
});
