/**
 * Round 3 of real-world pastes: verifier rejections and intermediaries as they appear in context, wrapped
 * in the logging around them (JSON log lines with the message escaped, logfmt, stack traces and their
 * first line, framework debug lines) and in gateways' own replies and access logs. Every message is one
 * of the strings in shared/reference/verifier-messages.md; the surroundings are the loggers' own shapes.
 * Each row asserts the status, the classification, the top finding (with `via`, the software that said
 * it, and the intermediary named), the codes that must come and those a misreading would add.
 */
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../src/engine/codes.js';
import { NOW, run } from '../helpers/catches.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

/** Signed, and expired 8 minutes before NOW. */
const EXPIRED = rs256({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, { kid: 'k1' });
const [HEAD, BODY] = EXPIRED.split('.') as [string, string, string];
/** Valid at NOW, its signature masked (a paste that follows the advice). */
const FRESH_MASKED = `${rs256(CLAIMS, { kid: 'k1' }).split('.').slice(0, 2).join('.')}.***`;
const PII = "[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]";
const PII_DATE = "[PII of type 'System.DateTime' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]";

const NONE = { status: null, classification: 'authentication' } as const;
/** What a misread log adds: a token, a header or a challenge read where there is none. */
const MISREAD: FindingCode[] = [
  'token.malformed',
  'authz-header.format',
  'challenge.malformed',
  'time.invalid',
  'claim.aud-missing',
  'claim.iss-missing',
];

const NODE: Row[] = [
  {
    name: 'jsonwebtoken: JsonWebTokenError with its at-frames',
    input: [
      'JsonWebTokenError: invalid signature',
      '    at /app/node_modules/jsonwebtoken/verify.js:171:19',
      '    at getSecret (/app/node_modules/jsonwebtoken/verify.js:97:14)',
      '    at authenticate (/app/src/middleware/auth.js:22:9)',
    ].join('\n'),
    ...NONE,
    top: 'signature.invalid',
    via: 'jsonwebtoken',
    excludes: MISREAD,
  },
  {
    name: 'pino: err serialised with type, message, an escaped stack and expiredAt',
    input:
      '{"level":50,"time":1779977398123,"pid":7,"hostname":"orders-7d9f","reqId":"req-1f","err":{"type":"TokenExpiredError","message":"jwt expired","stack":"TokenExpiredError: jwt expired\\n    at /app/node_modules/jsonwebtoken/verify.js:190:21","expiredAt":"2026-05-28T14:02:00.000Z"},"msg":"jwt expired"}',
    ...NONE,
    top: 'time.expired',
    via: 'jsonwebtoken',
    excludes: MISREAD,
  },
  {
    name: "express-jwt: UnauthorizedError wrapping jsonwebtoken's audience message, util.inspect fields",
    input: [
      'UnauthorizedError: jwt audience invalid. expected: https://api.acme-corp.com',
      '    at /app/node_modules/express-jwt/dist/index.js:133:23',
      "  code: 'invalid_token',",
      '  status: 401,',
      '  inner: JsonWebTokenError: jwt audience invalid. expected: https://api.acme-corp.com',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'claim.aud-mismatch',
    via: 'jsonwebtoken',
    excludes: MISREAD,
  },
  {
    name: 'express-jwt: credentials_required after a log prefix',
    input: [
      '[2026-05-28T14:09:58.123Z] ERROR: UnauthorizedError: No authorization token was found',
      "    at /app/node_modules/express-jwt/dist/index.js:116:27 { code: 'credentials_required', status: 401 }",
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    via: 'express-jwt',
  },
  {
    name: 'jose: a JSON log whose error carries code, claim and the escaped message',
    input:
      '{"level":"error","ts":"2026-05-28T14:09:58.123Z","msg":"token verification failed","error":{"name":"JWTClaimValidationFailed","code":"ERR_JWT_CLAIM_VALIDATION_FAILED","claim":"aud","reason":"check_failed","message":"unexpected \\"aud\\" claim value"}}',
    ...NONE,
    top: 'claim.aud-mismatch',
    via: 'jose',
    excludes: MISREAD,
  },
  {
    name: 'jose: util.inspect of JWTExpired with its payload (a claims object that is not a pasted token)',
    input: [
      'JWTExpired: "exp" claim timestamp check failed',
      '    at validateClaimsSet (file:///app/node_modules/jose/dist/node/esm/lib/jwt_claims_set.js:101:15)',
      '    at async jwtVerify (file:///app/node_modules/jose/dist/node/esm/jwt/verify.js:11:12) {',
      "  code: 'ERR_JWT_EXPIRED',",
      "  claim: 'exp',",
      "  reason: 'check_failed',",
      "  payload: { iss: 'https://login.acme-corp.com/', exp: 1779976920 }",
      '}',
    ].join('\n'),
    ...NONE,
    top: 'time.expired',
    via: 'jose',
    excludes: MISREAD,
  },
  {
    name: 'jose: ERR_JWKS_NO_MATCHING_KEY after a level and a tag',
    input:
      "2026-05-28T14:09:58.123Z WARN [auth] JWKSNoMatchingKey: no applicable key found in the JSON Web Key Set { code: 'ERR_JWKS_NO_MATCHING_KEY' }",
    ...NONE,
    top: 'key.kid-unknown',
    via: 'jose',
  },
];

const PYTHON: Row[] = [
  {
    name: 'PyJWT: InvalidAudienceError as the last line of a traceback',
    input: [
      'Traceback (most recent call last):',
      '  File "/app/.venv/lib/python3.12/site-packages/jwt/api_jwt.py", line 222, in decode',
      '    decoded = self.decode_complete(',
      '  File "/app/.venv/lib/python3.12/site-packages/jwt/api_jwt.py", line 363, in _validate_aud',
      '    raise InvalidAudienceError("Audience doesn\'t match")',
      "jwt.exceptions.InvalidAudienceError: Audience doesn't match",
    ].join('\n'),
    ...NONE,
    top: 'claim.aud-mismatch',
    via: 'pyjwt',
    excludes: MISREAD,
  },
  {
    name: "PyJWT: the logging module's line, then werkzeug's access line with the 401",
    input: [
      '2026-05-28 14:09:58,123 WARNING [app.auth] token rejected: Signature has expired',
      '127.0.0.1 - - [28/May/2026 14:09:58] "GET /v1/orders HTTP/1.1" 401 -',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'pyjwt',
    product: null,
  },
  {
    name: 'PyJWKClientError: the kid quoted, root logger prefix and traceback',
    input: [
      'ERROR:root:auth failed: Unable to find a signing key that matches: "2024-rotated"',
      'Traceback (most recent call last):',
      '  File "/app/auth.py", line 41, in verify',
      '    key = jwks_client.get_signing_key_from_jwt(token)',
      'jwt.exceptions.PyJWKClientError: Unable to find a signing key that matches: "2024-rotated"',
    ].join('\n'),
    ...NONE,
    top: 'key.kid-unknown',
    via: 'pyjwt',
  },
  {
    name: 'python-json-logger: exc_info with the traceback escaped in one string',
    input:
      '{"asctime": "2026-05-28 14:09:58,123", "levelname": "WARNING", "name": "api.auth", "message": "rejecting token", "exc_info": "Traceback (most recent call last):\\n  File \\"/app/auth.py\\", line 30, in verify\\n    jwt.decode(token, key, algorithms=[\\"RS256\\"], issuer=ISS)\\njwt.exceptions.InvalidIssuerError: Invalid issuer"}',
    ...NONE,
    top: 'claim.iss-mismatch',
    via: 'pyjwt',
    excludes: MISREAD,
  },
];

const GO: Row[] = [
  {
    name: 'slog text: golang-jwt wrapped by the app, status as a field',
    input:
      'time=2026-05-28T14:09:58.123Z level=WARN msg="request rejected" path=/v1/orders status=401 err="failed to authenticate: token has invalid claims: token is expired"',
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'golang-jwt',
  },
  {
    name: 'slog JSON: "token is expired by 8m0s"',
    input:
      '{"time":"2026-05-28T14:09:58Z","level":"WARN","msg":"unauthorized","error":"token has invalid claims: token is expired by 8m0s","status":401}',
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'golang-jwt',
  },
  {
    name: "zap: keyfunc's error with an escaped quoted kid",
    input:
      '{"level":"warn","ts":1779977398.123,"caller":"auth/middleware.go:57","msg":"invalid token","error":"token is unverifiable: error while executing keyfunc: kid \\"k9\\" not found in jwks"}',
    ...NONE,
    top: 'key.kid-unknown',
    via: 'golang-jwt',
  },
  {
    name: 'logrus: the RSA verification error, status field after it',
    input:
      'time="2026-05-28T14:09:58Z" level=error msg="jwt validation failed" error="token signature is invalid: crypto/rsa: verification error" path=/v1/orders status=401',
    status: 401,
    classification: 'authentication',
    top: 'signature.invalid',
    via: 'golang-jwt',
  },
  {
    name: 'go-kit logfmt: jwx\'s "exp" not satisfied with escaped quotes',
    input: 'level=error ts=2026-05-28T14:09:58.123Z caller=auth.go:88 msg="parse token" err="\\"exp\\" not satisfied"',
    ...NONE,
    top: 'time.expired',
    via: 'jwx',
  },
  {
    name: "the standard log package: go-oidc's audience error, %q values",
    input: '2026/05/28 14:09:58 verify id token: oidc: expected audience "orders-api" got ["web-client"]',
    ...NONE,
    top: 'claim.aud-mismatch',
    via: 'go-oidc',
  },
];

const JAVA: Row[] = [
  {
    name: "jjwt: ExpiredJwtException's first line with its times, then frames",
    input: [
      'io.jsonwebtoken.ExpiredJwtException: JWT expired 480000 milliseconds ago at 2026-05-28T14:02:00.000Z. Current time: 2026-05-28T14:10:00.000Z. Allowed clock skew: 0 milliseconds.',
      '\tat io.jsonwebtoken.impl.DefaultJwtParser.parse(DefaultJwtParser.java:682)',
      '\tat com.acme.orders.security.JwtFilter.doFilterInternal(JwtFilter.java:48)',
    ].join('\n'),
    ...NONE,
    top: 'time.expired',
    via: 'jjwt',
    excludes: MISREAD,
  },
  {
    name: 'Spring: JwtAuthenticationProvider and BearerTokenAuthenticationEntryPoint debug lines',
    input: [
      '2026-05-28T14:09:58.123Z DEBUG 1 --- [nio-8080-exec-7] o.s.s.o.s.r.a.JwtAuthenticationProvider  : Failed to authenticate since the JWT was invalid',
      '2026-05-28T14:09:58.124Z DEBUG 1 --- [nio-8080-exec-7] .s.r.w.a.BearerTokenAuthenticationEntryPoint : An error occurred while attempting to decode the Jwt: The aud claim is not valid',
    ].join('\n'),
    ...NONE,
    top: 'claim.aud-mismatch',
    via: 'spring-security',
  },
  {
    name: 'Spring + logstash JSON: Nimbus "Another algorithm expected" inside an escaped stack_trace',
    input:
      '{"@timestamp":"2026-05-28T14:09:58.123Z","level":"DEBUG","logger_name":"org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter","message":"Failed to process authentication request","stack_trace":"org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Signed JWT rejected: Another algorithm expected, or no matching key(s) found\\n\\tat org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.getJwt(JwtAuthenticationProvider.java:103)\\n"}',
    ...NONE,
    top: 'key.kid-unknown',
    via: 'nimbus',
    excludes: MISREAD,
  },
  {
    name: 'Spring + logstash JSON: "Jwt expired at" in the stack_trace',
    input:
      '{"@timestamp":"2026-05-28T14:09:58.123Z","level":"DEBUG","logger_name":"o.s.s.o.s.r.w.BearerTokenAuthenticationEntryPoint","message":"Bearer token authentication failed","stack_trace":"org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:00Z\\n\\tat org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider.getJwt(JwtAuthenticationProvider.java:103)\\n"}',
    ...NONE,
    top: 'time.expired',
    via: 'spring-security',
    excludes: MISREAD,
  },
  {
    name: "auth0 java-jwt: TokenExpiredException's first line and a frame",
    input: [
      'com.auth0.jwt.exceptions.TokenExpiredException: The Token has expired on 2026-05-28T14:02:00Z.',
      '\tat com.auth0.jwt.JWTVerifier.assertDateIsFuture(JWTVerifier.java:441)',
    ].join('\n'),
    ...NONE,
    top: 'time.expired',
    via: 'java-jwt',
  },
];

const DOTNET: Row[] = [
  {
    name: 'IdentityModel: SecurityTokenExpiredException with PII-hidden dates and a frame',
    input: [
      `Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '${PII_DATE}', Current time (UTC): '${PII_DATE}'.`,
      '   at Microsoft.IdentityModel.Tokens.Validators.ValidateLifetime(Nullable`1 notBefore, Nullable`1 expires, SecurityToken securityToken, TokenValidationParameters validationParameters)',
    ].join('\n'),
    ...NONE,
    top: 'time.expired',
    via: 'identitymodel',
    excludes: MISREAD,
  },
  {
    name: 'ASP.NET console logger: "Failed to validate the token." then "Bearer was not authenticated"',
    input: [
      'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]',
      '      Failed to validate the token.',
      `      Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: '${PII}'. Did not match: validationParameters.ValidAudience: '${PII}' or validationParameters.ValidAudiences: '${PII}'.`,
      'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[7]',
      '      Bearer was not authenticated. Failure message: IDX10214: Audience validation failed.',
    ].join('\n'),
    ...NONE,
    top: 'claim.aud-mismatch',
    via: 'identitymodel',
    excludes: MISREAD,
  },
  {
    name: 'ASP.NET JSON console: quotes escaped as \\u0027 around the IDX10223 dates',
    input:
      '{"EventId":7,"LogLevel":"Information","Category":"Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler","Message":"Bearer was not authenticated. Failure message: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): \\u00272026-05-28T14:02:00.0000000Z\\u0027, Current time (UTC): \\u00272026-05-28T14:09:58.1234567Z\\u0027.","State":{"AuthenticationScheme":"Bearer"}}',
    ...NONE,
    top: 'time.expired',
    via: 'identitymodel',
    excludes: MISREAD,
  },
  {
    name: 'Serilog compact JSON: the FailureMessage property holds IDX10503 with the kid',
    input:
      '{"Timestamp":"2026-05-28T14:09:58.123Z","Level":"Information","MessageTemplate":"{AuthenticationScheme} was not authenticated. Failure message: {FailureMessage}","Properties":{"AuthenticationScheme":"Bearer","FailureMessage":"IDX10503: Signature validation failed. The token\'s kid is: \'k9\', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: \'k1\'.","EventId":{"Id":7},"SourceContext":"Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler"}}',
    ...NONE,
    top: 'key.kid-unknown',
    via: 'identitymodel',
    excludes: MISREAD,
  },
  {
    name: 'IDX10205 with PII placeholders and a trailing space before the frame',
    input: [
      'fail: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]',
      '      Failed to validate the token.',
      `      Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX10205: Issuer validation failed. Issuer: '${PII}'. Did not match: validationParameters.ValidIssuer: '${PII}' or validationParameters.ValidIssuers: '${PII}' or validationParameters.ConfigurationManager.CurrentConfiguration.Issuer: 'Null'. For more details, see https://aka.ms/IdentityModel/issuer-validation. `,
      '         at Microsoft.IdentityModel.Tokens.Validators.ValidateIssuer(String issuer, SecurityToken securityToken, TokenValidationParameters validationParameters, BaseConfiguration configuration)',
    ].join('\n'),
    ...NONE,
    top: 'claim.iss-mismatch',
    via: 'identitymodel',
    excludes: MISREAD,
  },
  {
    name: 'Kestrel: the JwtBearer challenge with its error_description, the expired token sent',
    input: [
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      `Authorization: Bearer ${EXPIRED}`,
      '',
      'HTTP/1.1 401 Unauthorized',
      'Content-Length: 0',
      'Server: Kestrel',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'05/28/2026 14:02:00\'"',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    product: null,
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.missing', 'token.malformed'],
  },
  {
    name: 'ASP.NET: AuthorizationService failure then "Bearer was forbidden"',
    input: [
      'info: Microsoft.AspNetCore.Authorization.DefaultAuthorizationService[2]',
      '      Authorization failed. These requirements were not met:',
      'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[13]',
      '      AuthenticationScheme: Bearer was forbidden.',
    ].join('\n'),
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'aspnetcore',
  },
];

const ENVOY: Row[] = [
  {
    name: 'Envoy jwt_authn: the 401 with its realm challenge and the status text as the body',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'www-authenticate: Bearer realm="https://api.acme-corp.com/v1/orders", error="invalid_token"',
      'content-length: 14',
      'content-type: text/plain',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      'server: envoy',
      '',
      'Jwt is expired',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'envoy',
    product: 'Envoy',
    includes: ['challenge.invalid-token'],
  },
  {
    name: 'Istio: curl -v of the 403 for the audience (Envoy answers 403 for that one status)',
    input: [
      '< HTTP/2 403',
      '< www-authenticate: Bearer realm="https://api.acme-corp.com/v1/orders", error="invalid_token"',
      '< content-type: text/plain',
      '< server: istio-envoy',
      '<',
      'Audiences in Jwt are not allowed',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'claim.aud-mismatch',
    via: 'envoy',
    product: 'Envoy',
    includes: ['status.mismatch'],
  },
  {
    name: 'Envoy: the jwt debug line and the access log line of a JWKS fetch failure',
    input: [
      '[2026-05-28 14:09:58.123][27][debug][jwt] [source/extensions/filters/http/jwt_authn/authenticator.cc:260] Jwks remote fetch is failed',
      '[2026-05-28T14:09:58.123Z] "GET /v1/orders HTTP/1.1" 401 - jwt_authn_access_denied{Jwks_remote_fetch_is_failed} - "-" 0 26 1 - "-" "curl/8.7.1" "8f3c" "api.acme-corp.com" "-" - -',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'key.jwks-unavailable',
    via: 'envoy',
    product: 'Envoy',
  },
  {
    name: 'Istio sidecar access log: the issuer matches no provider',
    input:
      '[2026-05-28T14:09:58.123Z] "GET /v1/orders HTTP/2" 401 - jwt_authn_access_denied{Jwt_issuer_is_not_configured} - "-" 0 28 0 - "10.0.0.5" "okhttp/4.12.0" "c1d2" "orders.default.svc" "-" inbound|8080|| 10.0.3.17:8080',
    status: 401,
    classification: 'authentication',
    top: 'claim.iss-mismatch',
    via: 'envoy',
    product: 'Envoy',
  },
  {
    name: "Envoy's JSON access log: 403 for the audience in response_code_details",
    input:
      '{"start_time":"2026-05-28T14:09:58.123Z","method":"GET","path":"/v1/orders","protocol":"HTTP/2","response_code":403,"response_flags":"-","response_code_details":"jwt_authn_access_denied{Audiences_in_Jwt_are_not_allowed}","upstream_host":null,"authority":"api.acme-corp.com"}',
    status: 403,
    // Envoy's own 403 for a token it rejected: the evidence contradicts the status (docs/findings.md).
    classification: 'authentication',
    top: 'claim.aud-mismatch',
    via: 'envoy',
    product: 'Envoy',
    includes: ['status.mismatch'],
  },
  {
    name: 'Istio proxy\'s tab-separated debug log: the status after "completed with:", a field after it',
    input:
      '2026-05-28T14:09:58.123456Z\tdebug\tenvoy jwt\texternal/envoy/source/extensions/filters/http/jwt_authn/filter.cc:118\tJwt authentication completed with: Jwt verification fails\tthread=22',
    ...NONE,
    top: 'signature.invalid',
    via: 'envoy',
  },
  {
    name: "Envoy: the kid/alg status as the body, a fresh token's signature masked",
    input: [
      `Authorization: Bearer ${FRESH_MASKED}`,
      'HTTP/2 401',
      'www-authenticate: Bearer realm="https://api.acme-corp.com/v1/orders", error="invalid_token"',
      'content-type: text/plain',
      'server: envoy',
      '',
      "Jwks doesn't have key to match kid or alg from Jwt",
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'key.kid-unknown',
    via: 'envoy',
    product: 'Envoy',
    excludes: ['time.expired', 'input.live-token'],
  },
  {
    name: 'Istio: RBAC denies a valid token (x-envoy header, no challenge)',
    input: [
      `authorization: Bearer ${FRESH_MASKED}`,
      'HTTP/1.1 403 Forbidden',
      'content-length: 19',
      'content-type: text/plain',
      'server: istio-envoy',
      'x-envoy-upstream-service-time: 1',
      '',
      'RBAC: access denied',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'envoy',
    product: 'Envoy',
    excludes: ['status.mismatch', 'time.expired'],
  },
];

const KONG: Row[] = [
  {
    name: 'Kong jwt plugin: the claim object, X-Kong-Response-Latency, the expired token sent',
    input: [
      `> Authorization: Bearer ${EXPIRED}`,
      '< HTTP/1.1 401 Unauthorized',
      '< Content-Type: application/json; charset=utf-8',
      '< Content-Length: 23',
      '< X-Kong-Response-Latency: 1',
      '< Server: kong/3.6.1',
      '<',
      '{"exp":"token expired"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'kong',
    product: 'Kong',
    excludes: ['time.invalid', 'token.missing'],
  },
  {
    name: 'Kong: "token not valid yet" keyed by nbf is its answer, not a claims set',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json; charset=utf-8',
      'X-Kong-Response-Latency: 0',
      'Server: kong/3.6.1',
      '',
      '{"nbf":"token not valid yet","exp":"token expired"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'kong',
    product: 'Kong',
    includes: ['time.not-yet-valid'],
    excludes: MISREAD,
  },
  {
    name: 'Kong: no consumer credential for the iss',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json; charset=utf-8',
      'Server: kong/3.6.1',
      'X-Kong-Response-Latency: 0',
      '',
      '{"message":"No credentials found for given \'iss\'"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'key.kid-unknown',
    via: 'kong',
    product: 'Kong',
  },
  {
    name: 'Kong: "Bad token; invalid JSON"',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json; charset=utf-8',
      'X-Kong-Response-Latency: 1',
      'Server: kong/3.6.1',
      '',
      '{"message":"Bad token; invalid JSON"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'token.malformed',
    via: 'kong',
    product: 'Kong',
  },
  {
    name: 'an old Kong (403 for a bad signature): only its Server header, Kong named from its message',
    input: [
      'HTTP/1.1 403 Forbidden',
      'Content-Type: application/json; charset=utf-8',
      'Server: kong/0.10.1',
      '',
      '{"message":"Invalid signature"}',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'signature.invalid',
    via: 'kong',
    product: 'Kong',
    includes: ['status.mismatch'],
  },
  {
    name: "Kong's error log line and its access log line, no headers",
    input: [
      '2026/05/28 14:09:58 [info] 1234#0: *5678 [kong] handler.lua:180 [jwt] Invalid signature, client: 10.0.0.7, server: kong, request: "GET /v1/orders HTTP/1.1", host: "api.acme-corp.com"',
      '10.0.0.7 - - [28/May/2026:14:09:58 +0000] "GET /v1/orders HTTP/1.1" 401 29 "-" "curl/8.7.1"',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'signature.invalid',
    via: 'kong',
    product: 'Kong',
  },
];

const AWS: Row[] = [
  {
    name: 'API Gateway REST: a Lambda authorizer\'s explicit deny ("Message", capital M)',
    input: [
      'HTTP/2 403',
      'content-type: application/json',
      'x-amzn-requestid: 1f2e3d4c-5b6a-7980-a1b2-c3d4e5f60718',
      'x-amzn-errortype: AccessDeniedException',
      'x-amz-apigw-id: Yk3jHgW1IAMEbVw=',
      '',
      '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'proxy.authorizer-deny',
    via: 'aws-apigateway',
    product: 'AWS API Gateway',
  },
  {
    name: 'API Gateway REST: {"message":"Unauthorized"} with no token in sight',
    input: [
      'HTTP/2 401',
      'content-type: application/json',
      'x-amzn-errortype: UnauthorizedException',
      'x-amz-apigw-id: Yk3jHgW1IAMEbVw=',
      '',
      '{"message":"Unauthorized"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    product: 'AWS API Gateway',
    includes: ['challenge.missing'],
    excludes: ['proxy.authorizer-deny'],
  },
  {
    name: 'API Gateway REST: Missing Authentication Token for a wrong path, a token sent',
    input: [
      `$ curl -i -H "Authorization: Bearer ${FRESH_MASKED}" https://a1b2c3d4e5.execute-api.eu-west-1.amazonaws.com/prod/v1/order`,
      'HTTP/2 403',
      'content-type: application/json',
      'x-amzn-errortype: MissingAuthenticationTokenException',
      'x-amz-apigw-id: Yk3jHgW1IAMEbVw=',
      '',
      '{"message":"Missing Authentication Token"}',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'proxy.route-not-found',
    via: 'aws-apigateway',
    product: 'AWS API Gateway',
    excludes: ['token.missing', 'policy.deny'],
  },
  {
    name: 'API Gateway: a resource policy denying anonymous',
    input: [
      'HTTP/1.1 403 Forbidden',
      'x-amzn-ErrorType: AccessDeniedException',
      'x-amz-apigw-id: Yk3jHgW1IAMEbVw=',
      '',
      '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:eu-west-1:********7890:a1b2c3d4e5/prod/GET/v1/orders"}',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'proxy.authorizer-deny',
    via: 'aws-apigateway',
    product: 'AWS API Gateway',
  },
  {
    name: "API Gateway HTTP API: the JWT authorizer's challenge without commas (audience)",
    input: [
      'HTTP/2 401',
      'date: Thu, 28 May 2026 14:09:58 GMT',
      'content-type: application/json',
      'www-authenticate: Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
      'apigw-requestid: Yk3jHgW1IAMEbVw=',
      '',
      '{"message":"Unauthorized"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'claim.aud-mismatch',
    via: 'aws-apigateway',
    product: 'AWS API Gateway',
    includes: ['challenge.invalid-token'],
    excludes: ['challenge.no-error', 'token.missing'],
  },
  {
    name: 'API Gateway access log (JSON format) with $context.authorizer.error',
    input:
      '{"requestId":"1f2e3d4c","ip":"203.0.113.7","requestTime":"28/May/2026:14:09:58 +0000","httpMethod":"GET","resourcePath":"/v1/orders","status":"403","protocol":"HTTP/1.1","responseLength":"82","authorizerError":"User is not authorized to access this resource with an explicit deny"}',
    status: 403,
    classification: 'authorization',
    top: 'proxy.authorizer-deny',
    via: 'aws-apigateway',
    product: 'AWS API Gateway',
  },
  {
    name: 'ALB: a bare 401 from awselb, no challenge',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Server: awselb/2.0',
      'Date: Thu, 28 May 2026 14:09:58 GMT',
      'Content-Type: text/html',
      'Content-Length: 0',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    product: 'AWS ALB',
    includes: ['challenge.missing'],
  },
];

const EDGE: Row[] = [
  {
    name: 'Cloudflare: a WAF rule (1020) refusing a request that carried a valid token',
    input: [
      `authorization: Bearer ${FRESH_MASKED}`,
      'HTTP/2 403',
      'server: cloudflare',
      'cf-ray: 88a1b2c3d4e5f607-FRA',
      'content-type: text/plain; charset=UTF-8',
      '',
      'error code: 1020',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'proxy.waf-block',
    product: 'Cloudflare',
    excludes: ['policy.deny', 'status.mismatch'],
  },
  {
    name: "nginx auth_request: nginx's own 401 page, no challenge",
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Server: nginx/1.25.3',
      'Content-Type: text/html',
      'Content-Length: 179',
      '',
      '<html>',
      '<head><title>401 Authorization Required</title></head>',
      '<body>',
      '<center><h1>401 Authorization Required</h1></center>',
      '<hr><center>nginx/1.25.3</center>',
      '</body>',
      '</html>',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    product: 'nginx',
    includes: ['challenge.missing'],
  },
];

/** The same ecosystems once more, each in a second surrounding. */
const MORE: Row[] = [
  {
    name: 'go-oidc in a JSON log: the %q values escaped, expected and actual audience read',
    input: '{"level":"error","msg":"verify","error":"oidc: expected audience \\"orders-api\\" got [\\"web-client\\"]"}',
    ...NONE,
    top: 'claim.aud-mismatch',
    via: 'go-oidc',
  },
  {
    name: 'golang-jwt in logfmt: the audience sentinel wrapped, status after it',
    input: 'level=warn msg="auth" err="token has invalid claims: token has invalid audience" status=401',
    status: 401,
    classification: 'authentication',
    top: 'claim.aud-mismatch',
    via: 'golang-jwt',
  },
  {
    name: "Nimbus's BadJWTException in an escaped stack_trace",
    input:
      '{"level":"DEBUG","message":"auth failed","stack_trace":"com.nimbusds.jwt.proc.BadJWTException: Expired JWT\\n\\tat com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier.verify(DefaultJWTClaimsVerifier.java:386)\\n"}',
    ...NONE,
    top: 'time.expired',
    via: 'nimbus',
    excludes: MISREAD,
  },
  {
    name: "Spring's own 401 challenge quoting Nimbus, with error_uri",
    input: [
      'HTTP/1.1 401',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
      'Content-Length: 0',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'signature.invalid',
    via: 'nimbus',
    product: null,
    includes: ['challenge.invalid-token'],
  },
  {
    name: "Spring's 403 for a scope: BearerTokenAccessDeniedHandler's challenge",
    input: [
      'HTTP/1.1 403',
      'WWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    excludes: ['status.mismatch', 'policy.deny'],
  },
  {
    name: 'express-oauth2-jwt-bearer: InvalidTokenError inspected, the challenge in its headers',
    input: [
      'InvalidTokenError: signature verification failed',
      '    at verify (/app/node_modules/express-oauth2-jwt-bearer/dist/index.js:301:19) {',
      '  status: 401,',
      "  code: 'invalid_token',",
      '  headers: { \'WWW-Authenticate\': \'Bearer realm="api", error="invalid_token", error_description="signature verification failed"\' }',
      '}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'signature.invalid',
    excludes: MISREAD,
  },
  {
    name: "uvicorn's access line, then PyJWT's exception",
    input: [
      'INFO:     10.0.0.7:51234 - "GET /v1/orders HTTP/1.1" 401 Unauthorized',
      'ERROR:    token check failed',
      'jwt.exceptions.ExpiredSignatureError: Signature has expired',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'pyjwt',
  },
  {
    name: 'ASP.NET: "not authenticated" with IDX10511 (the kid matched, the signature did not)',
    input:
      "      Bearer was not authenticated. Failure message: IDX10511: Signature validation failed. Keys tried: 'Microsoft.IdentityModel.Tokens.RsaSecurityKey, KeyId: 'k1', InternalId: 'abc'. , KeyId: k1'. Number of keys in TokenValidationParameters: '1'. Number of keys in Configuration: '0'. Matched key was in 'TokenValidationParameters'. kid: 'k1'.",
    ...NONE,
    top: 'signature.invalid',
    via: 'identitymodel',
    excludes: ['key.kid-unknown'],
  },
  {
    name: "Envoy's JSON access log: Jwt_is_missing (absent is not missing: no request headers shown)",
    input:
      '{"response_code":401,"response_code_details":"jwt_authn_access_denied{Jwt_is_missing}","path":"/v1/orders","authority":"api.acme-corp.com"}',
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    via: 'envoy',
    product: 'Envoy',
    excludes: ['authz-header.missing', 'challenge.missing'],
  },
  {
    name: 'Kong: the bare {"message":"Unauthorized"} of a request with no token',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json; charset=utf-8',
      'X-Kong-Response-Latency: 0',
      'Server: kong/3.6.1',
      '',
      '{"message":"Unauthorized"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    product: 'Kong',
  },
];

const ALL = [...NODE, ...PYTHON, ...GO, ...JAVA, ...DOTNET, ...ENVOY, ...KONG, ...AWS, ...EDGE, ...MORE];

describe('verifier and gateway messages in their logs and replies', () => {
  it.each(ALL)('reads $name', async (row) => {
    // The token's signature never reaches the report.
    await expectPasteRow(row, [EXPIRED.split('.')[2] as string]);
  });
});

/** Logs and replies that mention the words without being a rejection. */
const QUIET: Array<{ name: string; input: string; absent: FindingCode[] }> = [
  {
    name: 'an Envoy config naming jwt_authn and rbac filters',
    input: [
      'http_filters:',
      '- name: envoy.filters.http.jwt_authn',
      '  typed_config:',
      '    providers:',
      '      acme:',
      '        issuer: https://login.acme-corp.com/',
      '        audiences: [orders-api]',
      '- name: envoy.filters.http.rbac',
    ].join('\n'),
    absent: ['policy.deny', 'claim.aud-mismatch', 'claim.iss-mismatch', 'proxy.gateway-response'],
  },
  {
    name: "Envoy's stats with jwt_authn and rbac counters",
    input: [
      'http.ingress_http.jwt_authn.allowed: 4311',
      'http.ingress_http.jwt_authn.denied: 0',
      'http.ingress_http.rbac.denied: 0',
    ].join('\n'),
    absent: ['policy.deny', 'token.missing', 'signature.invalid'],
  },
  {
    name: 'a Spring debug line of a successful authentication',
    input:
      '2026-05-28T14:09:58.123Z DEBUG 1 --- [nio-8080-exec-3] o.s.s.o.s.r.w.a.BearerTokenAuthenticationFilter : Set SecurityContextHolder to JwtAuthenticationToken [Principal=org.springframework.security.oauth2.jwt.Jwt@8f3c1a2e, Credentials=[PROTECTED], Authenticated=true]',
    absent: ['token.malformed', 'signature.invalid', 'time.expired', 'policy.deny'],
  },
  {
    name: "jjwt's frames under an unrelated NullPointerException",
    input: [
      '\tat io.jsonwebtoken.impl.DefaultJwtParser.parse(DefaultJwtParser.java:682)',
      '\tat com.acme.orders.OrdersController.list(OrdersController.java:48)',
      'java.lang.NullPointerException: Cannot invoke "String.length()" because "name" is null',
    ].join('\n'),
    absent: ['token.malformed', 'time.expired', 'signature.invalid'],
  },
  {
    name: 'prose about Kong\'s {"message":"Unauthorized"}, ending in a 200',
    input:
      'FYI Kong answers {"message":"Unauthorized"} when no token is sent; that is expected for the health check, all good now (200).',
    absent: ['token.missing', 'proxy.gateway-response', 'challenge.missing'],
  },
  {
    name: 'a question quoting "jwt expired" in prose',
    input:
      'Question: our docs say "if the jwt expired, refresh it" - how long before a token is expired do you refresh? We get 200s now.',
    absent: ['time.expired'],
  },
  {
    name: 'a 200 JSON access log',
    input: '{"level":"info","msg":"request completed","status":200,"path":"/v1/orders","latency_ms":12}',
    absent: ['token.missing', 'proxy.gateway-response'],
  },
  {
    name: 'a Cloudflare-proxied 403 from the app itself (no WAF page): not a WAF block',
    input: [
      'HTTP/2 403',
      'server: cloudflare',
      'cf-ray: 88a1b2c3d4e5f607-FRA',
      'content-type: application/json',
      '',
      '{"error":"forbidden","detail":"tenant mismatch"}',
    ].join('\n'),
    absent: ['proxy.waf-block', 'proxy.gateway-response'],
  },
  {
    name: "an Envoy-proxied 401 from the app (server: envoy, upstream time, the app's own body)",
    input: [
      'HTTP/1.1 401 Unauthorized',
      'www-authenticate: Bearer error="invalid_token", error_description="jwt expired"',
      'server: envoy',
      'x-envoy-upstream-service-time: 12',
      '',
      '{"error":"invalid_token"}',
    ].join('\n'),
    absent: ['proxy.gateway-response', 'challenge.missing'],
  },
  {
    name: 'a JWT payload in a log line is still read as claims next to a message elsewhere',
    input: [
      'WARN jwt expired',
      `claims: {"iss":"https://auth.acme-corp.com/","aud":"https://api.acme-corp.com","exp":${NOW - 480},"iat":${NOW - 3600}}`,
    ].join('\n'),
    absent: ['time.invalid', 'claim.aud-missing', 'claim.iss-missing'],
  },
];

describe('mentions that are not rejections', () => {
  it.each(QUIET)('stays quiet on $name', async ({ input, absent }) => {
    const report = await run(input);
    const codes = report.findings.map((f) => f.code);
    for (const code of absent) expect(codes, `${code} in ${codes.join(', ')}`).not.toContain(code);
  });
});

it('keeps the expired token and the claims the log quotes for it apart from a Kong answer (masked)', async () => {
  const report = await run(
    [
      `Authorization: Bearer ${HEAD}.${BODY}.<redacted>`,
      'HTTP/1.1 401 Unauthorized',
      'Server: kong/3.6.1',
      '',
      '{"exp":"token expired"}',
    ].join('\n'),
  );
  const expired = report.findings.filter((f) => f.code === 'time.expired');
  expect(expired.length).toBeGreaterThan(0);
  expect(report.findings.map((f) => f.code)).toContain('input.masked');
  expect(report.findings.map((f) => f.code)).not.toContain('time.invalid');
});
