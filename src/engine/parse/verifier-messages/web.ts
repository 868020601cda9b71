/**
 * Web frameworks' own JWT middleware, in the words they answer or log: appleboy/gin-jwt, go-chi/jwtauth,
 * @fastify/jwt, passport-jwt (the strategy behind NestJS's AuthGuard('jwt')), Hono's hono/jwt, koa-jwt and GoFiber's
 * contrib/jwt. The verifier underneath
 * (golang-jwt, jwx, fast-jwt, jsonwebtoken) keeps its own rows; these are the middleware's.
 *
 * Short phrases count only as whole messages (a JSON string, a plain-text body, a log message), never in prose.
 */
import type { Matcher } from './matcher.js';
import { ALONE, CLASS, CODE, family } from './matcher.js';

const gin = family('gin-jwt');
const chi = family('jwtauth');
const fastify = family('fastify-jwt');
const passport = family('passport-jwt');
const hono = family('hono-jwt');
const koa = family('koa-jwt');
const fiber = family('gofiber-jwt');
const echo = family('echo-jwt');

/** caddy-security's token error line: its message, then its session_id, before the error's words. */
const CADDY_SECURITY_TOKEN_ERROR = /token validation error\W{1,12}session_id/;

/** No token found, or an Authorization header not starting "Bearer ": one message for both (verifier-log.ts). */
const MISSING_OR_MALFORMED = { reason: 'missing-or-malformed' };

export const WEB: readonly Matcher[] = [
  // appleboy/gin-jwt auth_jwt.go: ErrEmptyAuthHeader, ErrEmptyQueryToken, answered as {"code":401,"message":…}.
  // (ErrEmptyCookieToken, "cookie token is empty", holds none of scan.ts's trigger letters and has no row.)
  gin('ErrEmptyAuthHeader', 'token.missing', 'auth header is empty', ALONE),
  gin('ErrEmptyQueryToken', 'token.missing', 'query token is empty', ALONE),

  // go-chi/jwtauth jwtauth.go: ErrNoTokenFound, ErrNBFInvalid, ErrIATInvalid, written by Authenticator with
  // http.Error (a text/plain body). ErrExpired ("token is expired") is golang-jwt's sentinel's words.
  // caddy-security logs the same words as its "token validation error" (its session_id beside them, caddyserver/caddy#5023)
  // before its authorizer's own line, "… reason: no token found", which names it (gateways.ts).
  chi('ErrNoTokenFound', 'token.missing', 'no token found', {
    ...ALONE,
    read: (f) => (CADDY_SECURITY_TOKEN_ERROR.test(f.before(400)) ? null : {}),
  }),
  chi('ErrNBFInvalid', 'time.not-yet-valid', 'token nbf validation failed', ALONE),
  chi('ErrIATInvalid', 'time.issued-in-future', 'token iat validation failed', ALONE),

  // fastify/fastify-jwt jwt.js (messages) and its tests: {"statusCode":401,"code":"FST_JWT_…","error":…,"message":…}.
  // "Authorization token is invalid: " + fast-jwt's TokenError message names the cause.
  fastify('FST_JWT_NO_AUTHORIZATION_IN_HEADER', 'token.missing', 'FST_JWT_NO_AUTHORIZATION_IN_HEADER', CODE),
  fastify('FST_JWT_NO_AUTHORIZATION_IN_COOKIE', 'token.missing', 'FST_JWT_NO_AUTHORIZATION_IN_COOKIE', CODE),
  fastify('FST_JWT_AUTHORIZATION_TOKEN_EXPIRED', 'time.expired', 'FST_JWT_AUTHORIZATION_TOKEN_EXPIRED', CODE),
  // Bad scheme or not two space-separated parts (checks/verifier-log.ts asks the request's header which); the
  // message is express-jwt's words, the code Fastify's.
  fastify('FST_JWT_BAD_REQUEST', 'authz-header.format', 'FST_JWT_BAD_REQUEST', {
    ...CODE,
    args: { reason: 'scheme-or-format' },
  }),
  fastify('no-header', 'token.missing', 'No Authorization was found in request.headers'),
  fastify('no-cookie', 'token.missing', 'No Authorization was found in request.cookies'),
  fastify('expired', 'time.expired', 'Authorization token expired', { exactCase: true }),
  fastify('signature', 'signature.invalid', 'Authorization token is invalid: The token signature is invalid'),
  fastify('malformed', 'token.malformed', 'Authorization token is invalid: The token is malformed'),
  fastify(
    'header-json',
    'token.malformed',
    'Authorization token is invalid: The token header is not a valid base64url serialized JSON',
  ),

  // mikenicholson/passport-jwt lib/strategy.js: self.fail(new Error("No auth token")), logged by guards.
  passport('no-token', 'token.missing', 'No auth token', { ...ALONE, exactCase: true }),

  // honojs/hono src/utils/jwt/types.ts: the errors Jwt.verify throws, whose names a Workers / Bun log prints before the
  // message (`JwtTokenExpired: token (<the token>) expired`). The middleware (src/middleware/jwt/jwt.ts) answers every
  // one with the same 401 and error="invalid_token", error_description="token verification failure", so the log is
  // where the cause is.
  hono('JwtTokenExpired', 'time.expired', 'JwtTokenExpired', CLASS),
  hono('JwtTokenNotBefore', 'time.not-yet-valid', 'JwtTokenNotBefore', CLASS),
  hono('JwtTokenIssuedAt', 'time.issued-in-future', 'JwtTokenIssuedAt', CLASS),
  hono('JwtTokenSignatureMismatched', 'signature.invalid', 'JwtTokenSignatureMismatched', CLASS),
  hono('JwtTokenInvalid', 'token.malformed', 'JwtTokenInvalid', CLASS),
  hono('JwtAlgorithmNotImplemented', 'alg.not-allowed', 'JwtAlgorithmNotImplemented', CLASS),
  // The middleware's own error_description values, with error="invalid_request": no token in the header (or the
  // cookie it was told to read), and an Authorization header that is not two space-separated parts.
  hono('no-authorization', 'token.missing', 'no authorization included in request'),
  hono('credentials-structure', 'authz-header.format', 'invalid credentials structure'),

  // koajs/jwt lib/resolvers/auth-header.js (an Authorization header that is not `Bearer <token>`; which of the two,
  // checks/verifier-log.ts asks the request's header) and lib/index.js before 4.0 (no token found).
  koa(
    'bad-format',
    'authz-header.format',
    'Bad Authorization header format. Format is "Authorization: Bearer <token>"',
    {
      args: { reason: 'scheme-or-format' },
    },
  ),
  koa('no-token', 'token.missing', 'No authentication token found'),

  // gofiber/contrib jwt/config.go: the default ErrorHandler answers every token it extracted and then refused with a
  // text/plain 401 "Invalid or expired JWT" (gofiber/recipes' auth-jwt copies it into {"message":…}); the disjunction
  // names no cause, the token beside it may. Its 400 "Missing or malformed JWT" (ErrJWTMissingOrMalformed: no header,
  // or one not starting "Bearer ") is left to the request's own header, as echo-jwt's is.
  fiber('ErrorHandler', 'challenge.invalid-token', 'Invalid or expired JWT', { ...ALONE, exactCase: true }),
  // ErrJWTMissingOrMalformed: "Missing or malformed JWT" in gofiber/jwt and contrib's v1/v2 jwt (config.go's default
  // ErrorHandler answers it as a text/plain 400), "missing or malformed JWT" in contrib's v3 (jwt/utils.go), returned by
  // jwtFromHeader when the header is absent or does not start with its AuthScheme ("Bearer ") and by the query, param
  // and cookie extractors when they find nothing. checks/verifier-log.ts asks the request's header which.
  fiber('ErrJWTMissingOrMalformed', 'token.missing', 'Missing or malformed JWT', {
    ...ALONE,
    exactCase: true,
    args: MISSING_OR_MALFORMED,
  }),
  fiber('ErrJWTMissingOrMalformed-v3', 'token.missing', 'missing or malformed JWT', {
    ...ALONE,
    exactCase: true,
    args: MISSING_OR_MALFORMED,
  }),
  // labstack/echo-jwt jwt.go: ErrJWTMissing, "missing or malformed jwt" (a 401; Echo's older middleware/jwt.go answered
  // it as a 400), for a request none of its TokenLookup extractors ("header:Authorization:Bearer " by default) took a
  // token from.
  echo('ErrJWTMissing', 'token.missing', 'missing or malformed jwt', {
    ...ALONE,
    exactCase: true,
    args: MISSING_OR_MALFORMED,
  }),
];
