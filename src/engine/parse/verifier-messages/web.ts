/**
 * Web frameworks' own JWT middleware, in the words they answer or log: appleboy/gin-jwt, go-chi/jwtauth,
 * @fastify/jwt and passport-jwt (the strategy behind NestJS's AuthGuard('jwt')). The verifier underneath
 * (golang-jwt, jwx, fast-jwt, jsonwebtoken) keeps its own rows; these are the middleware's.
 *
 * Short phrases count only as whole messages (a JSON string, a plain-text body, a log message), never in prose.
 */
import type { Matcher } from './matcher.js';
import { ALONE, CODE, family } from './matcher.js';

const gin = family('gin-jwt');
const chi = family('jwtauth');
const fastify = family('fastify-jwt');
const passport = family('passport-jwt');

export const WEB: readonly Matcher[] = [
  // appleboy/gin-jwt auth_jwt.go: ErrEmptyAuthHeader, ErrEmptyQueryToken, answered as {"code":401,"message":…}.
  // (ErrEmptyCookieToken, "cookie token is empty", holds none of scan.ts's trigger letters and has no row.)
  gin('ErrEmptyAuthHeader', 'token.missing', 'auth header is empty', ALONE),
  gin('ErrEmptyQueryToken', 'token.missing', 'query token is empty', ALONE),

  // go-chi/jwtauth jwtauth.go: ErrNoTokenFound, ErrNBFInvalid, ErrIATInvalid, written by Authenticator with
  // http.Error (a text/plain body). ErrExpired ("token is expired") is golang-jwt's sentinel's words.
  chi('ErrNoTokenFound', 'token.missing', 'no token found', ALONE),
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
];
