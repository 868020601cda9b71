/**
 * Round "real-i": the Java/Jakarta servers no round had reached, rebuilt with our own hosts and tokens, the software's
 * own words kept; each group cites where the words come from. Helidon's security providers, WildFly Elytron's token
 * realm and Payara's MicroProfile JWT were not read at all (every line below read as an empty paste); Micronaut's
 * token resolver's "no token found." was credited to go-chi's jwtauth. Dropwizard's
 * and Spring Boot's and Javalin's default 401 replies already read right: one row each pins the subtle part.
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import { A401, EXPIRED, MISREAD, NOT_MISSING, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

const SIGNED = rs256({ ...CLAIMS, iat: NOW - 600, exp: NOW + 3000 }, { kid: 'k1' });
const SECRETS = [SIGNED, EXPIRED].flatMap((t) => {
  const signature = t.split('.')[2] as string;
  return [signature, signature.slice(0, 16)];
});
const curl = (token: string | null, scheme = 'Bearer') =>
  `$ curl -i ${token === null ? '' : `-H "Authorization: ${scheme} ${token}" `}https://api.acme-corp.com/v1/orders`;

/** Helidon's answer: `Provider <class>. Message: ` and its Errors, each `FATAL: <message> at <source>`. */
const helidonMp = (message: string) =>
  `Provider io.helidon.microprofile.jwt.auth.JwtAuthProvider. Message: FATAL: ${message} at io.helidon.security.jwt.Jwt@4b492de8`;

// helidon-io/helidon security/jwt/src/main/java/io/helidon/security/jwt/ (ExpirationValidator, NotBeforeValidator,
// IssueTimeValidator, AudienceValidator, FieldValidator, OptionalValidator, SignedJwt) and common/common Errors.java
// (ErrorMessage#toString); the audit line is helidon-io/helidon#10257's; "Audience is invalid or missing" for an
// expired token is helidon-io/helidon#3912 (2.x JwtProvider).
const HELIDON: Row[] = [
  {
    name: "Helidon MP's audit line for an expired token (was: nothing read)",
    input: `2026.05.28 14:09:58 FINER AUDIT VirtualThread[#102]/runnable@ForkJoinPool-1-worker-1: FAILURE authn.authenticate d567273b-f2db-4d36-a004-ed843d6b2467:2  io.helidon.microprofile.security.SecurityFilterCommon processAuthentication SecurityFilterCommon.java 243 :: "${helidonMp('Token no longer valid, expiration: 2026-05-28T14:01:58Z')}"`,
    ...REFUSED,
    top: 'time.expired',
    via: 'helidon-security',
  },
  {
    name: '2.x JwtProvider\'s "Audience is invalid or missing" beside an expired token: the expiry, not the audience',
    input: [
      curl(EXPIRED),
      S401,
      'Content-Length: 0',
      '',
      'Provider io.helidon.security.providers.jwt.JwtProvider. Message: Audience is invalid or missing: orders-api',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['claim.aud-mismatch', 'claim.aud-missing', ...NOT_MISSING],
  },
  {
    name: '"Audience is invalid or missing" alone: a refused token, its cause unsaid (was: nothing read)',
    input:
      'Provider io.helidon.security.providers.jwt.JwtProvider. Message: Audience is invalid or missing: orders-api',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'helidon-security',
    excludes: ['claim.aud-mismatch'],
  },
  {
    name: "4.x's audit line with an empty message, beside the expired token: the token says why (was: nothing read)",
    input: [
      curl(EXPIRED),
      S401,
      'Content-Length: 0',
      '',
      '2026.05.28 14:09:58 FINER AUDIT VirtualThread[#102,[0x4b492de8 0x3246856c] WebServer socket]/runnable@ForkJoinPool-1-worker-1: FAILURE authn.authenticate d567273b-f2db-4d36-a004-ed843d6b2467:2  io.helidon.microprofile.security.SecurityFilterCommon processAuthentication SecurityFilterCommon.java 243 :: "Provider io.helidon.microprofile.jwt.auth.JwtAuthProvider. Message: "',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: "the OIDC provider's 'Fatal issues found:' log of the audience check (helidon-io/helidon#5861)",
    input: [
      '2026.05.28 14:09:58 SEVERE io.helidon.security.providers.oidc.TenantAuthenticationHandler Thread[helidon-client-0,5,security-thread-pool]: Fatal issues found:',
      'FATAL: Audience must contain [https://api.acme-corp.com/], yet it is: Optional[[orders-realm, master-realm, account]] at io.helidon.security.jwt.Jwt@218aec4b',
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'helidon-security',
  },
  {
    name: 'AudienceValidator names both sides (was: nothing read)',
    input: helidonMp('Audience must contain [orders-api], yet it is: Optional[[account]]'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'helidon-security',
  },
  {
    name: 'the issuer FieldValidator (was: nothing read)',
    input: helidonMp(
      'Expected value of field "Issuer" was "https://auth.acme-corp.com/", but actual value is: "https://auth.staging.acme-corp.com/"',
    ),
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'helidon-security',
  },
  {
    name: 'a mandatory aud the token lacks (was: nothing read)',
    input: helidonMp('Field aud is mandatory, yet not defined in JWT'),
    ...REFUSED,
    top: 'claim.aud-missing',
    via: 'helidon-security',
  },
  {
    name: "the kid is not in Helidon's key set (was: nothing read)",
    input: helidonMp('Key for key id: acme-2026-06 not found'),
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'helidon-security',
  },
  {
    name: 'a signature that does not verify (was: nothing read)',
    input: helidonMp('Signature of JWT token is not valid, based on alg: RS256, kid: k1'),
    ...REFUSED,
    top: 'signature.invalid',
    via: 'helidon-security',
  },
  {
    name: "the key's algorithm is not the token's (was: nothing read)",
    input: helidonMp('Algorithm of JWK (RS256) does not match algorithm of this JWT (HS256) for kid: k1'),
    ...REFUSED,
    top: 'alg.not-allowed',
    via: 'helidon-security',
  },
  {
    name: 'not yet valid (was: nothing read)',
    input: helidonMp('Token not yet valid, not before: 2026-05-28T14:30:00Z'),
    ...REFUSED,
    top: 'time.not-yet-valid',
    via: 'helidon-security',
  },
  {
    name: 'issued in the future (was: nothing read)',
    input: helidonMp('Token was not issued in the past: 2026-05-28T14:30:00Z'),
    ...REFUSED,
    top: 'time.issued-in-future',
    via: 'helidon-security',
  },
  {
    name: 'no kid and no default key (was: nothing read)',
    input: helidonMp('Algorithm is RS256, yet no kid is defined in JWT header, cannot validate'),
    ...REFUSED,
    top: 'key.kid-missing',
    via: 'helidon-security',
  },
  {
    name: 'no bearer token reached the provider, though the client sent one: it was lost on the way',
    input: [
      curl(SIGNED),
      S401,
      'Content-Length: 0',
      '',
      'Provider io.helidon.microprofile.jwt.auth.JwtAuthProvider. Message: JWT header not available or in a wrong format',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'helidon-security',
  },
  {
    name: "a scheme other than Bearer is what Helidon's header reader could not take",
    input: [
      curl(SIGNED, 'Token'),
      S401,
      'Content-Length: 0',
      '',
      'Provider io.helidon.microprofile.jwt.auth.JwtAuthProvider. Message: JWT header not available or in a wrong format',
    ].join('\n'),
    ...A401,
    top: 'authz-header.scheme',
  },
  {
    name: "near-miss: another field's FieldValidator is not the issuer's",
    input: helidonMp('Expected value of field "Subject" was "svc-orders", but actual value is: "user-42"'),
    ...QUIET,
    excludes: ['claim.iss-mismatch'],
  },
  {
    name: 'near-miss: "no longer valid" in prose is no expiry',
    input: 'the staging token no longer valid after the rotation, expiration policy changed',
    ...QUIET,
    excludes: ['time.expired'],
  },
];

/** Elytron's DEBUG line, as WildFly's console handler prints it (wildfly/wildfly#11444's log). */
const elytronDebug = (message: string) => `14:09:58,808 DEBUG [org.wildfly.security] (default task-1) ${message}`;

// wildfly-security/wildfly-elytron auth/realm/token .../validator/JwtValidator.java (its DEBUG lines) and
// ElytronMessages (ELY01114-ELY01118, "ELY01119: …" as its own tests print one).
const ELYTRON: Row[] = [
  {
    name: "JwtValidator's expiry line, after its logger (was: nothing read)",
    input: elytronDebug('Token expired'),
    ...REFUSED,
    top: 'time.expired',
    via: 'wildfly-elytron',
  },
  {
    name: 'the audience check: the expected set is read, the printed Object[] is not the aud (was: nothing read)',
    input: elytronDebug(
      'Audience check failed. Provided [[Ljava.lang.Object;@1d2e3f4a] but was expected [[orders-api]].',
    ),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'wildfly-elytron',
  },
  {
    name: 'the issuer check (was: nothing read)',
    input: elytronDebug(
      'Issuer check failed. Provided [https://auth.staging.acme-corp.com/] but was expected [[https://auth.acme-corp.com/]].',
    ),
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'wildfly-elytron',
  },
  {
    name: 'no aud claim (was: nothing read)',
    input: elytronDebug('Token does not contain an audience claim'),
    ...REFUSED,
    top: 'claim.aud-missing',
    via: 'wildfly-elytron',
  },
  {
    name: 'an unknown kid, after the logger (was: nothing read)',
    input: elytronDebug('Unknown kid.'),
    ...REFUSED,
    top: 'key.kid-unknown',
    via: 'wildfly-elytron',
  },
  {
    name: 'ELY01117: an algorithm the realm does not map (was: nothing read)',
    input: 'java.lang.IllegalArgumentException: ELY01117: Invalid signature algorithm [HS256]',
    ...REFUSED,
    top: 'alg.not-allowed',
    via: 'wildfly-elytron',
  },
  {
    name: 'ELY01114: no signature part (was: nothing read)',
    input:
      'java.lang.IllegalArgumentException: ELY01114: Invalid token format. Tokens must have a signature part accordingly with JWS specification',
    ...REFUSED,
    top: 'token.malformed',
    via: 'wildfly-elytron',
  },
  {
    name: 'ELY01118: the configured public key is no PEM (was: nothing read)',
    input:
      'java.lang.IllegalArgumentException: ELY01118: Public key could not be obtained. Probably due to an invalid PEM format.',
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'wildfly-elytron',
  },
  {
    name: 'near-miss: "Token expired" from another logger is not Elytron\'s',
    input: '14:09:58,808 DEBUG [com.acme.orders.SessionCache] (default task-1) Token expired',
    ...QUIET,
    excludes: ['time.expired'],
  },
  {
    name: 'near-miss: "Unknown kid." in prose',
    input: 'Unknown kid. Ask the platform team which keys rotated.',
    ...QUIET,
    excludes: ['key.kid-unknown'],
  },
];

// payara/Payara appserver/payara-appserver-modules/microprofile/jwt-auth .../jwtauth/jwt/JwtTokenParser.java; the
// doubly wrapped exception is payara/Payara#5746's.
const payaraCause = (message: string) =>
  `Caused by: fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: ${message}`;

const PAYARA: Row[] = [
  {
    name: 'Payara: JWT token expired (was: nothing read)',
    input: payaraCause('JWT token expired'),
    ...REFUSED,
    top: 'time.expired',
    via: 'payara-mp-jwt',
  },
  {
    name: 'Payara: Bad issuer, beside the token, names its iss (was: nothing read)',
    input: [curl(SIGNED), S401, '', payaraCause('Bad issuer')].join('\n'),
    ...A401,
    top: 'claim.iss-mismatch',
    via: 'payara-mp-jwt',
    excludes: NOT_MISSING,
  },
  {
    name: 'Payara: an invalid signature (was: nothing read)',
    input: payaraCause('Signature of the JWT token is invalid'),
    ...REFUSED,
    top: 'signature.invalid',
    via: 'payara-mp-jwt',
  },
  {
    name: 'Payara: RS256 or ES256 only (was: nothing read)',
    input: payaraCause('Only RS256 or ES256 algorithms supported for JWT signing, used HS256'),
    ...REFUSED,
    top: 'alg.not-allowed',
    via: 'payara-mp-jwt',
  },
  {
    name: 'Payara: required claims missing (was: nothing read)',
    input: payaraCause('Not all required claims present'),
    ...REFUSED,
    top: 'claim.required-missing',
    via: 'payara-mp-jwt',
  },
  {
    name: 'Payara: a typ other than JWT (was: nothing read)',
    input: payaraCause("Not signed JWT, typ must be 'JWT'"),
    ...REFUSED,
    top: 'token.type-mismatch',
    via: 'payara-mp-jwt',
  },
  {
    name: "near-miss: the words without Payara's exception are not Payara's",
    input: 'the JWT token expired while the batch ran',
    ...QUIET,
    excludes: ['time.expired'],
  },
];

// micronaut-projects/micronaut-security DefaultTokenResolver's DEBUG line, as micronaut-projects/micronaut-security#983
// logged it.
const MICRONAUT: Row[] = [
  {
    name: "Micronaut's 'no token found.' after its resolver is Micronaut's (was: credited to go-chi's jwtauth)",
    input: [
      '23:09:58.844 [default-nioEventLoopGroup-1-3] DEBUG i.m.s.t.reader.HttpHeaderTokenReader - Looking for bearer token in Authorization header',
      '23:09:58.844 [default-nioEventLoopGroup-1-3] DEBUG i.m.s.t.reader.DefaultTokenResolver - Request GET, /v1/orders, no token found.',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    via: 'micronaut-security',
  },
  {
    name: "near-miss: jwtauth's own 'no token found' stays jwtauth's",
    input: 'level=info msg="auth failed" err="no token found."',
    ...REFUSED,
    top: 'token.missing',
    via: 'jwtauth',
  },
];

// Already read right; pinned where the reading is subtle. dropwizard/dropwizard dropwizard-auth
// DefaultUnauthorizedHandler: 401, `WWW-Authenticate: <prefix> realm="<realm>"`, text/plain "Credentials are required
// to access this resource." for a missing token and a refused one alike. Spring Boot's BasicErrorController body
// ({"timestamp","status","error","path"}) and Javalin's UnauthorizedResponse ({"title","status","type","details"}, as
// NAV's pam-stilling-feed runbook shows it) name no cause either.
const DEFAULTS: Row[] = [
  {
    name: "Dropwizard's 401 beside a sent token: the server withholds its reason (info), not 'no token'",
    input: [
      curl(SIGNED),
      S401,
      'WWW-Authenticate: Bearer realm="realm"',
      'Content-Type: text/plain',
      '',
      'Credentials are required to access this resource.',
    ].join('\n'),
    ...A401,
    includes: ['challenge.no-error'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "Spring Boot's default error JSON beside a sent token: no 'token missing'",
    input: [
      curl(SIGNED),
      'HTTP/1.1 401',
      'WWW-Authenticate: Bearer',
      'Content-Type: application/json',
      '',
      '{"timestamp":"2026-05-28T14:09:58.123+00:00","status":401,"error":"Unauthorized","path":"/v1/orders"}',
    ].join('\n'),
    ...A401,
    includes: ['challenge.no-error'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: "Javalin's UnauthorizedResponse to a request shown without Authorization",
    input: [
      '$ curl -s "https://api.acme-corp.com/v1/feed?size=1" -H "Accept: application/json"',
      '{',
      '  "title": "Unauthorized",',
      '  "status": 401,',
      '  "type": "https://javalin.io/documentation#unauthorizedresponse",',
      '  "details": {}',
      '}',
    ].join('\n'),
    ...A401,
    top: 'authz-header.missing',
    excludes: MISREAD,
  },
];

describe('formats, round real-i: Helidon, WildFly Elytron, Payara, Micronaut; Dropwizard, Spring Boot, Javalin defaults', () => {
  it.each([...HELIDON, ...ELYTRON, ...PAYARA, ...MICRONAUT, ...DEFAULTS])('$name', async (row) => {
    await expectPasteRow(row, SECRETS);
  });
});
