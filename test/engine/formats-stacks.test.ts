/**
 * Round 6 of real-world pastes: the stacks the first five rounds did not cover — Ruby (ruby-jwt), PHP
 * (firebase/php-jwt, tymon/jwt-auth on Laravel), Rust (the jsonwebtoken crate behind axum and actix handlers),
 * Go web middleware (labstack/echo-jwt, appleboy/gin-jwt, go-chi/jwtauth), Node middleware (@fastify/jwt,
 * passport-jwt under NestJS), and Google's and Tyk's gateways (Identity-Aware Proxy, Cloud Run's IAM check, Tyk) —
 * as an on-call engineer pastes them: a status line and the reply body, a Rails or Laravel log line, an uncaught
 * exception, a handler's log. Every product string is confirmed in the product's source or in public captures
 * (the matcher rows and body readers name where); the surroundings are the products' own shapes. Each row asserts
 * the status, the classification, the top finding with `via` (who said it), the codes that must come and those a
 * misreading would add. The last group names a product but reports no failure, and must stay quiet. Reading
 * choices: docs/findings.md, "Reading the rules".
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import {
  A401,
  EXPIRED_MASKED,
  FRESH_MASKED,
  JSON_CT,
  MISREAD,
  NOT_MISSING,
  S200,
  S401,
  S403,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

/** A log or an exception with no status line: the verifier's statement decides. */
const LOG = { status: null, classification: 'authentication' } as const;

/** A request the client sent, with the (masked) token it carried. */
const request = (token: string | null, path = '/api/v1/orders') =>
  [
    `GET ${path} HTTP/1.1`,
    'Host: api.acme-corp.com',
    ...(token === null ? [] : [`Authorization: Bearer ${token}`]),
    '',
  ].join('\n');

// jwt/ruby-jwt lib/jwt/error.rb, lib/jwt/decode.rb, lib/jwt/verify.rb (and lib/jwt/claims/*.rb in 3.x).
const RUBY: Row[] = [
  {
    name: 'ruby-jwt: an uncaught ExpiredSignature in a Rails log',
    input:
      "/usr/local/bundle/gems/jwt-2.7.1/lib/jwt/verify.rb:40:in `verify_expiration': Signature has expired (JWT::ExpiredSignature)",
    ...LOG,
    top: 'time.expired',
    via: 'ruby-jwt',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'ruby-jwt: a Rails API rendering the exception, beside the expired token the client sent',
    input: [
      request(EXPIRED_MASKED),
      S401,
      JSON_CT,
      '',
      '{"error":"JWT::ExpiredSignature","message":"Signature has expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['input.masked'],
    excludes: [...NOT_MISSING, ...MISREAD],
    tokenExp: NOW - 480,
  },
  {
    name: 'ruby-jwt: VerificationError (a wrong HMAC secret) in a Rails log',
    input: [
      'Started GET "/api/v1/orders" for 10.0.3.17 at 2026-05-28 14:09:58 +0000',
      'Processing by Api::V1::OrdersController#index as JSON',
      'Completed 500 Internal Server Error in 4ms (ActiveRecord: 0.0ms | Allocations: 812)',
      '',
      'JWT::VerificationError (Signature verification failed):',
      '',
      "app/controllers/concerns/authenticable.rb:12:in `decoded_token'",
    ].join('\n'),
    status: 500,
    classification: 'authentication',
    top: 'signature.invalid',
    via: 'ruby-jwt',
    includes: ['status.not-auth'],
    excludes: NOT_MISSING,
  },
  {
    name: 'ruby-jwt: an issuer from staging',
    input:
      'E, [2026-05-28T14:09:58.114 #1] ERROR -- : JWT::InvalidIssuerError: Invalid issuer. Expected ["https://auth.acme-corp.com/"], received https://auth.staging.acme-corp.com/',
    ...LOG,
    top: 'claim.iss-mismatch',
    via: 'ruby-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: 'ruby-jwt: the wrong audience, rendered by the app as a 401',
    input: `${S401}\n${JSON_CT}\n\n{"errors":["JWT::InvalidAudError: Invalid audience. Expected https://api.acme-corp.com, received https://admin.acme-corp.com"]}`,
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'ruby-jwt',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'ruby-jwt: DecodeError for a token that is not three segments',
    input: `${S401}\n${JSON_CT}\n\n{"error":"JWT::DecodeError","message":"Not enough or too many segments"}`,
    ...A401,
    top: 'token.malformed',
    via: 'ruby-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: 'ruby-jwt: ImmatureSignature (nbf ahead of the server clock)',
    input: 'JWT::ImmatureSignature: Signature nbf has not been reached',
    ...LOG,
    top: 'time.not-yet-valid',
    via: 'ruby-jwt',
    excludes: ['time.expired', ...NOT_MISSING],
  },
  {
    name: 'ruby-jwt: IncorrectAlgorithm (an HS256 token where RS256 is configured)',
    input: 'JWT::IncorrectAlgorithm (Expected a different algorithm)',
    ...LOG,
    top: 'alg.not-allowed',
    via: 'ruby-jwt',
    excludes: NOT_MISSING,
  },
];

// firebase/php-jwt src/JWT.php and its exception classes; tymon/jwt-auth (Laravel).
const PHP: Row[] = [
  {
    name: 'php-jwt: an uncaught ExpiredException in the PHP error log',
    input:
      "PHP Fatal error:  Uncaught Firebase\\JWT\\ExpiredException: Expired token in /var/www/vendor/firebase/php-jwt/src/JWT.php:163\nStack trace:\n#0 /var/www/src/Middleware/Auth.php(41): Firebase\\JWT\\JWT::decode('eyJhbGciOiJSUzI...', Array)",
    ...LOG,
    top: 'time.expired',
    via: 'php-jwt',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "php-jwt: Laravel's debug JSON for a bad signature (the class JSON-escaped)",
    input: `HTTP/1.1 500 Internal Server Error\n${JSON_CT}\n\n{"message":"Signature verification failed","exception":"Firebase\\\\JWT\\\\SignatureInvalidException","file":"/var/www/vendor/firebase/php-jwt/src/JWT.php","line":153}`,
    status: 500,
    classification: 'authentication',
    top: 'signature.invalid',
    via: 'php-jwt',
    includes: ['status.not-auth'],
    excludes: NOT_MISSING,
  },
  {
    name: 'php-jwt: BeforeValidException for an nbf in the future',
    input:
      'Firebase\\JWT\\BeforeValidException: Cannot handle token with nbf prior to 2026-05-28T15:00:00+0000 in /var/www/vendor/firebase/php-jwt/src/JWT.php:139',
    ...LOG,
    top: 'time.not-yet-valid',
    via: 'php-jwt',
    excludes: ['time.expired', ...NOT_MISSING],
  },
  {
    name: 'php-jwt: BeforeValidException for an iat in the future (no nbf)',
    input: 'Firebase\\JWT\\BeforeValidException: Cannot handle token with iat prior to 2026-05-28T14:15:00+0000',
    ...LOG,
    top: 'time.issued-in-future',
    via: 'php-jwt',
    excludes: ['time.not-yet-valid', ...NOT_MISSING],
  },
  {
    name: 'php-jwt: a token cut short, rendered as a 401',
    input: `${S401}\n${JSON_CT}\n\n{"status":"error","message":"Wrong number of segments"}`,
    ...A401,
    top: 'token.malformed',
    via: 'php-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: 'tymon/jwt-auth: the Laravel log of an expired token',
    input:
      '[2026-05-28 14:09:58] production.ERROR: Token has expired {"exception":"[object] (Tymon\\\\JWTAuth\\\\Exceptions\\\\TokenExpiredException(code: 0): Token has expired at /var/www/vendor/tymon/jwt-auth/src/Claims/Expiration.php:31)',
    ...LOG,
    top: 'time.expired',
    via: 'tymon-jwt-auth',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "tymon/jwt-auth: the middleware's 401 for a token signed with another secret",
    input: [
      request(FRESH_MASKED),
      S401,
      'WWW-Authenticate: jwt-auth',
      JSON_CT,
      '',
      '{"message":"Token Signature could not be verified."}',
    ].join('\n'),
    ...A401,
    top: 'signature.invalid',
    via: 'tymon-jwt-auth',
    excludes: [...NOT_MISSING, 'time.expired'],
  },
  {
    name: 'tymon/jwt-auth: a token used after logout (blacklisted)',
    input: `${S401}\n${JSON_CT}\n\n{"message":"The token has been blacklisted"}`,
    ...A401,
    top: 'token.revoked',
    via: 'tymon-jwt-auth',
    excludes: NOT_MISSING,
  },
  {
    name: "Laravel Sanctum's bare Unauthenticated. beside a token: no product, no missing token",
    input: [request(FRESH_MASKED), S401, JSON_CT, '', '{"message":"Unauthenticated."}'].join('\n'),
    ...A401,
    product: null,
    excludes: [...NOT_MISSING, 'time.expired', 'signature.invalid', 'challenge.invalid-token'],
  },
  {
    name: "Laravel Sanctum's Unauthenticated. with no token anywhere stays a missing token",
    input: `${S401}\n${JSON_CT}\n\n{"message":"Unauthenticated."}`,
    ...A401,
    top: 'token.missing',
    product: null,
    excludes: ['challenge.invalid-token'],
  },
];

// Keats/jsonwebtoken src/errors.rs: Display of ErrorKind is the variant's name; {:?} is Error(Kind).
const RUST: Row[] = [
  {
    name: 'Rust jsonwebtoken: an axum extractor logging Error(ExpiredSignature)',
    input: '2026-05-28T14:09:58.412Z  WARN api::auth: rejecting bearer token: Error(ExpiredSignature)',
    ...LOG,
    top: 'time.expired',
    via: 'jsonwebtoken-rs',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Rust jsonwebtoken: an actix handler answering the Display text',
    input: [request(FRESH_MASKED), S401, 'content-type: text/plain', '', 'invalid token: InvalidSignature'].join('\n'),
    ...A401,
    top: 'signature.invalid',
    via: 'jsonwebtoken-rs',
    excludes: [...NOT_MISSING, 'token.malformed'],
  },
  {
    name: 'Rust jsonwebtoken: InvalidAudience in a JSON log',
    input:
      '{"timestamp":"2026-05-28T14:09:58.412Z","level":"WARN","fields":{"message":"jwt validation failed","error":"InvalidAudience"},"target":"orders_api::auth"}',
    ...LOG,
    top: 'claim.aud-mismatch',
    via: 'jsonwebtoken-rs',
    excludes: NOT_MISSING,
  },
  {
    name: 'Rust jsonwebtoken: ImmatureSignature',
    input: 'Err(Error(ImmatureSignature))',
    ...LOG,
    top: 'time.not-yet-valid',
    via: 'jsonwebtoken-rs',
    excludes: ['time.expired'],
  },
  {
    name: 'Rust jsonwebtoken: InvalidAlgorithm',
    input: 'ERROR orders_api::auth: decode failed: Error(InvalidAlgorithm)',
    ...LOG,
    top: 'alg.not-allowed',
    via: 'jsonwebtoken-rs',
  },
  {
    name: 'Rust jsonwebtoken: a required claim absent',
    input: 'WARN auth: token rejected: Missing required claim: exp',
    ...LOG,
    top: 'time.no-exp',
    via: 'jsonwebtoken-rs',
    excludes: ['claim.required-missing'],
  },
  {
    name: 'Rust jsonwebtoken: InvalidToken (not a JWT) in its Error(…) spelling',
    input: 'WARN auth: token rejected: Error(InvalidToken)',
    ...LOG,
    top: 'token.malformed',
    via: 'jsonwebtoken-rs',
  },
];

// labstack/echo-jwt jwt.go; appleboy/gin-jwt auth_jwt.go; go-chi/jwtauth jwtauth.go.
const GO_WEB: Row[] = [
  {
    name: 'echo-jwt: missing or malformed jwt, with the request that carried no Authorization',
    input: [
      request(null),
      S401,
      'Content-Type: application/json; charset=UTF-8',
      '',
      '{"message":"missing or malformed jwt"}',
    ].join('\n'),
    ...A401,
    top: 'authz-header.missing',
    excludes: ['challenge.invalid-token', 'token.malformed'],
  },
  {
    name: 'echo-jwt: invalid or expired jwt names no cause, but a token was judged',
    input: `${S401}\nContent-Type: application/json; charset=UTF-8\n\n{"message":"invalid or expired jwt"}`,
    ...A401,
    top: 'challenge.invalid-token',
    via: 'echo-jwt',
    excludes: [...NOT_MISSING, 'time.expired'],
  },
  {
    name: 'echo-jwt: invalid or expired jwt beside the expired token: the token says which',
    input: [
      request(EXPIRED_MASKED),
      S401,
      'Content-Type: application/json; charset=UTF-8',
      '',
      '{"message":"invalid or expired jwt"}',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token', 'time.expired'],
    excludes: NOT_MISSING,
    tokenExp: NOW - 480,
  },
  {
    name: 'gin-jwt: auth header is empty',
    input: `${S401}\nContent-Type: application/json; charset=utf-8\nWww-Authenticate: JWT realm=gin jwt\n\n{"code":401,"message":"auth header is empty"}`,
    ...A401,
    top: 'token.missing',
    via: 'gin-jwt',
    excludes: ['challenge.invalid-token', 'token.malformed'],
  },
  {
    name: 'gin-jwt: token is expired, beside the expired token',
    input: [
      request(EXPIRED_MASKED),
      S401,
      'Content-Type: application/json; charset=utf-8',
      '',
      '{"code":401,"message":"token is expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: [...NOT_MISSING, ...MISREAD],
    tokenExp: NOW - 480,
  },
  {
    name: 'gin-jwt: query token is empty (TokenLookup "query:token")',
    input: `${S401}\n{"code":401,"message":"query token is empty"}`,
    ...A401,
    top: 'token.missing',
    via: 'gin-jwt',
  },
  {
    name: 'go-chi/jwtauth: no token found (a text/plain body)',
    input: `${S401}\nContent-Type: text/plain; charset=utf-8\nX-Content-Type-Options: nosniff\n\nno token found`,
    ...A401,
    top: 'token.missing',
    via: 'jwtauth',
  },
  {
    name: 'go-chi/jwtauth: token nbf validation failed',
    input: `${S401}\nContent-Type: text/plain; charset=utf-8\n\ntoken nbf validation failed`,
    ...A401,
    top: 'time.not-yet-valid',
    via: 'jwtauth',
    excludes: NOT_MISSING,
  },
  {
    name: 'go-chi/jwtauth: token iat validation failed',
    input: `${S401}\nContent-Type: text/plain; charset=utf-8\n\ntoken iat validation failed`,
    ...A401,
    top: 'time.issued-in-future',
    via: 'jwtauth',
    excludes: NOT_MISSING,
  },
  {
    name: 'go-chi/jwtauth: token is expired, with the expired token',
    input: [request(EXPIRED_MASKED), S401, 'Content-Type: text/plain; charset=utf-8', '', 'token is expired'].join(
      '\n',
    ),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
];

const fastifyReply = (code: string, message: string, status = 401, error = 'Unauthorized') =>
  `{"statusCode":${status},"code":"${code}","error":"${error}","message":"${message}"}`;

// fastify/fastify-jwt jwt.js and test/jwt.test.js; mikenicholson/passport-jwt lib/strategy.js; NestJS.
const NODE_WEB: Row[] = [
  {
    name: '@fastify/jwt: no Authorization header, the request shown',
    input: [
      request(null),
      S401,
      'content-type: application/json; charset=utf-8',
      '',
      fastifyReply('FST_JWT_NO_AUTHORIZATION_IN_HEADER', 'No Authorization was found in request.headers'),
    ].join('\n'),
    ...A401,
    top: 'authz-header.missing',
    excludes: ['challenge.invalid-token', 'token.malformed'],
  },
  {
    name: '@fastify/jwt: the same reply alone',
    input: `${S401}\n${fastifyReply('FST_JWT_NO_AUTHORIZATION_IN_HEADER', 'No Authorization was found in request.headers')}`,
    ...A401,
    top: 'token.missing',
    via: 'fastify-jwt',
  },
  {
    name: '@fastify/jwt: Authorization token expired',
    input: `${S401}\ncontent-type: application/json; charset=utf-8\n\n${fastifyReply('FST_JWT_AUTHORIZATION_TOKEN_EXPIRED', 'Authorization token expired')}`,
    ...A401,
    top: 'time.expired',
    via: 'fastify-jwt',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "@fastify/jwt: fast-jwt's bad signature",
    input: `${S401}\n${fastifyReply('FST_JWT_AUTHORIZATION_TOKEN_INVALID', 'Authorization token is invalid: The token signature is invalid.')}`,
    ...A401,
    top: 'signature.invalid',
    via: 'fastify-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: "@fastify/jwt: fast-jwt's malformed token",
    input: `${S401}\n${fastifyReply('FST_JWT_AUTHORIZATION_TOKEN_INVALID', 'Authorization token is invalid: The token is malformed.')}`,
    ...A401,
    top: 'token.malformed',
    via: 'fastify-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: '@fastify/jwt: a wrong scheme answered 400 FST_JWT_BAD_REQUEST',
    input: [
      'GET /api/v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      `Authorization: JWT ${FRESH_MASKED}`,
      '',
      'HTTP/1.1 400 Bad Request',
      fastifyReply('FST_JWT_BAD_REQUEST', 'Format is Authorization: Bearer [token]', 400, 'Bad Request'),
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'authz-header.scheme',
    includes: ['status.not-auth'],
    excludes: ['token.missing', 'time.expired'],
  },
  {
    name: "passport-jwt: NestJS's guard logging the strategy's info",
    input: `${S401}\n{"statusCode":401,"message":"Unauthorized"}\n[Nest] 1  - 05/28/2026, 2:09:58 PM   DEBUG [JwtAuthGuard] Error: No auth token`,
    ...A401,
    top: 'token.missing',
    via: 'passport-jwt',
    product: null,
  },
  {
    name: "NestJS's generic 401 beside a token names no product and no missing token",
    input: [
      request(FRESH_MASKED),
      S401,
      'X-Powered-By: Express',
      'Content-Type: application/json; charset=utf-8',
      '',
      '{"statusCode":401,"message":"Unauthorized"}',
    ].join('\n'),
    ...A401,
    top: 'challenge.missing',
    product: null,
    excludes: [...NOT_MISSING, 'challenge.invalid-token', 'time.expired'],
  },
];

// Google Identity-Aware Proxy and Cloud Run's IAM check; Tyk.
const GATEWAYS: Row[] = [
  {
    name: 'Google IAP: a request with no token',
    input: `${S401}\ncontent-type: text/html; charset=utf-8\nx-goog-iap-generated-response: true\nserver: Google Frontend\n\nInvalid IAP credentials: empty token`,
    ...A401,
    top: 'token.missing',
    via: 'google-iap',
    product: 'Google IAP',
  },
  {
    name: 'Google IAP: an ID token minted for the wrong audience',
    input: [
      request(FRESH_MASKED, '/'),
      S401,
      'content-type: text/html; charset=utf-8',
      'x-goog-iap-generated-response: true',
      '',
      'Invalid IAP credentials: Invalid bearer token. Invalid JWT audience.',
    ].join('\n'),
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'google-iap',
    product: 'Google IAP',
    excludes: NOT_MISSING,
  },
  {
    name: 'Google IAP: an unsigned or re-signed token',
    input: `${S401}\nx-goog-iap-generated-response: true\n\nInvalid IAP credentials: JWT signature is invalid`,
    ...A401,
    top: 'signature.invalid',
    via: 'google-iap',
    product: 'Google IAP',
    excludes: NOT_MISSING,
  },
  {
    name: 'Google IAP: a garbage bearer value',
    input: `${S401}\nx-goog-iap-generated-response: true\n\nInvalid IAP credentials: Unable to parse JWT`,
    ...A401,
    top: 'token.malformed',
    via: 'google-iap',
    product: 'Google IAP',
    excludes: NOT_MISSING,
  },
  {
    name: 'Cloud Run: the IAM check with an empty Authorization header (the request log)',
    input:
      'W 2026-05-28T14:09:58.104Z POST 401 61 B 2 ms Google-Cloud-Tasks https://payments-acc-7xk2-uc.a.run.app/\nThe request was not authenticated. Either allow unauthenticated invocations or set the proper Authorization header. Empty Authorization header value.',
    ...A401,
    top: 'token.missing',
    via: 'cloud-run',
    product: 'Cloud Run',
    excludes: ['challenge.invalid-token', 'signature.invalid'],
  },
  {
    name: 'Cloud Run: the caller is identified but lacks run.invoker',
    input: `${S403}\nserver: Google Frontend\n\nThe request was not authorized to invoke this service.`,
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'cloud-run',
    excludes: NOT_MISSING,
  },
  {
    name: 'Tyk: no Authorization header (the Tyk docs sample)',
    input: `${S401}\n${JSON_CT}\nX-Generator: tyk.io\nDate: Thu, 28 May 2026 14:09:58 GMT\nContent-Length: 46\n\n{\n    "error": "Authorization field missing"\n}`,
    ...A401,
    top: 'token.missing',
    via: 'tyk',
    product: 'Tyk',
  },
];

const QUIET: Row[] = [
  {
    name: 'Tyk: a 200 passed through the gateway',
    input: `${S200}\n${JSON_CT}\nX-Generator: tyk.io\n\n{"orders":[]}`,
    status: 200,
    classification: 'undetermined',
    excludes: ['token.missing', 'proxy.gateway-response'],
  },
  {
    name: 'Google IAP: a 200 from an app behind it',
    input: `${S200}\ncontent-type: text/html\nserver: Google Frontend\n\n<html><body>Dashboard</body></html>`,
    status: 200,
    classification: 'undetermined',
    excludes: ['token.missing', 'proxy.gateway-response'],
  },
  {
    name: 'go-chi/jwtauth: "no token found" in a sentence of another job',
    input: 'INFO cache warmup: no token found in vault for tenant 42, skipping',
    status: null,
    classification: 'undetermined',
    excludes: ['token.missing'],
  },
  {
    name: 'echo-jwt: its reply quoted in documentation prose',
    input: 'The middleware returns {"message":"invalid or expired jwt"} when the token fails to parse.',
    status: null,
    classification: 'undetermined',
    excludes: ['challenge.invalid-token', 'time.expired'],
  },
  {
    name: "gin-jwt: the login handler's 200 with a fresh token",
    input: `${S200}\n{"code":200,"expire":"2026-05-28T15:10:00Z","token":"${FRESH_MASKED}"}`,
    status: 200,
    classification: 'undetermined',
    excludes: ['time.expired', 'token.missing', 'signature.invalid'],
  },
  {
    name: 'Rust: InvalidSignature as a word in an enum listing, lower case in prose',
    input: 'the decoder maps an invalidsignature result to a retry of the JWKS fetch',
    status: null,
    classification: 'undetermined',
    excludes: ['signature.invalid'],
  },
  {
    name: 'Cloud Run: a successful invocation log line',
    input: 'I 2026-05-28T14:09:58.104Z POST 200 61 B 12 ms Google-Cloud-Tasks https://payments-acc-7xk2-uc.a.run.app/',
    status: 200,
    classification: 'undetermined',
    excludes: ['token.missing', 'policy.deny'],
  },
];

describe('round 6: stacks and gateways the earlier rounds did not cover', () => {
  it.each(RUBY)('Ruby: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(PHP)('PHP: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(RUST)('Rust: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(GO_WEB)('Go web: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(NODE_WEB)('Node web: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(GATEWAYS)('gateways: $name', async (row) => {
    await expectPasteRow(row);
  });
  it.each(QUIET)('stays quiet on $name', async (row) => {
    await expectPasteRow(row);
  });
});
