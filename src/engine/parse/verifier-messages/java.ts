/**
 * Java verifiers: Nimbus JOSE+JWT (DefaultJWTProcessor, DefaultJWTClaimsVerifier), Spring Security's
 * resource server (NimbusJwtDecoder, Jwt*Validator, DefaultBearerTokenResolver), jjwt (io.jsonwebtoken)
 * auth0 java-jwt (JWTVerifier) and jose4j (JwtConsumer, which Quarkus' SmallRye JWT and OIDC, Dropwizard and
 * Keycloak's adapters run).
 *
 * Spring wraps Nimbus: "An error occurred while attempting to decode the Jwt: Signed JWT rejected: …".
 * The wrapper has no row; the inner text is matched.
 */
import { gitlabNear } from './gitlab-near.js';
import type { Fragment, Matcher, Reading } from './matcher.js';
import {
  ALONE,
  CLASS,
  CODE,
  capture,
  claimMissing,
  claimViolated,
  compact,
  family,
  leadingValue,
  list,
  messageRest,
  printedAt,
} from './matcher.js';

const nimbus = family('nimbus');
const spring = family('spring-security');
const springOauth = family('spring-security-oauth2');
const jjwt = family('jjwt');
const auth0 = family('java-jwt');
const jose4j = family('jose4j');
const smallrye = family('smallrye-jwt');

/** jose4j prints a NumericDate as `NumericDate{1676357992 -> Feb 14, 2023, 2:59:52 PM CST}`: the seconds are kept. */
const JOSE4J_EXP = /^ NumericDate\{\d+ -> [^}]{1,60}\} is on or after the Expiration Time \(exp=NumericDate\{(\d+)/;

/** jjwt: `JWT expired at 2023-09-09T13:16:05Z. Current time: …` (older) or `JWT expired 1573 milliseconds ago at …`. */
const JJWT_AT = /^(?: \d+ milliseconds ago)? (?:at|before) (\S+?)\.?(?:\s|$)/;
/** The clock jjwt printed beside it: `. Current time: 2017-12-09T21:26:44Z, a difference of …`. */
const JJWT_NOW = /^ at \S{1,40}\.? Current time: (\S{1,40}?),/;

/**
 * Rows whose message carries the credential itself right after the matched words (DefaultTokenServices'
 * "Invalid access token: " + the token): build-context.ts registers what follows them as a secret before any evidence
 * is quoted, so an opaque token no other reader recognises is masked too.
 */
export const ECHOED_CREDENTIAL_ROWS: ReadonlySet<string> = new Set([
  'spring-security-oauth2.invalid',
  'spring-security-oauth2.expired',
]);

/** Nimbus's exception class on the line before its words (`com.nimbusds.jwt.proc.BadJWTException: Expired JWT`). */
function afterBadJwtException(f: Fragment): Reading | null {
  const before = f.before(200);
  return before.includes('BadJWTException') || before.includes('nimbusds') ? {} : null;
}

/** A credential right after the words (a JWT, a UUID, an opaque string), or no match. */
function tokenAfter(f: Fragment): Reading | null {
  return /^[A-Za-z0-9._~+/=-]{8}/.test(f.after(8)) ? {} : null;
}

export const JAVA: readonly Matcher[] = [
  // Nimbus's DefaultJWTClaimsVerifier: `throw new BadJWTException("Expired JWT")`. The words alone are anyone's
  // (unattributed.ts): Nimbus's only with its exception class before them on the line.
  nimbus('expired', 'time.expired', 'Expired JWT', { ...ALONE, read: afterBadJwtException }),
  nimbus('before-use', 'time.not-yet-valid', 'JWT before use time'),
  nimbus('audience-rejected', 'claim.aud-mismatch', 'JWT audience rejected:', {
    read: (f) => {
      const rest = messageRest(f.after(300));
      const set = capture(rest, /^\s*\[([^\]]*)\]/);
      return {
        args: compact({ actual: set === undefined ? undefined : list(set, ',').join(', ') }),
        extend: rest.length,
      };
    },
  }),
  nimbus('audience-missing', 'claim.aud-missing', 'JWT missing required audience', { args: { claim: 'aud' } }),
  nimbus('claims-missing', 'claim.required-missing', 'JWT missing required claims:', {
    read: (f) => {
      const claims = list(capture(f.after(200), /^\s*\[([^\]]*)\]/), ',');
      const [first] = claims;
      if (first === undefined) return {};
      if (claims.length === 1) return claimMissing(first);
      return { args: { claim: claims.join(', ') } };
    },
  }),
  // One message for two causes (no key with that kid, or keys exist but not for this alg).
  nimbus('key-or-alg', 'key.kid-unknown', 'Another algorithm expected, or no matching key(s) found', {
    args: { reason: 'key-or-alg' },
  }),
  nimbus('no-matching-key', 'key.kid-unknown', 'Signed JWT rejected: No matching key(s) found'),
  // DefaultJWTProcessor given a JWE with no decryption set up: the API takes signed tokens only (token.jwe's meaning).
  nimbus('no-jwe-key-selector', 'token.jwe', 'Encrypted JWT rejected: No JWE key selector is configured'),
  // DefaultJOSEObjectTypeVerifier: `"JOSE header typ (type) " + type + " not allowed"` (at+jwt against its default
  // JWT-or-none), and the missing typ.
  // `JOSE header typ (type) ` holds no scanner trigger, so the row is its tail, and the head is read before it.
  nimbus('typ-not-allowed', 'token.type-mismatch', 'not allowed', {
    read: (f) => {
      const typ = capture(f.before(140), /JOSE header typ \(type\) (\S{1,60}) $/);
      return typ === undefined ? null : { args: { actual: typ } };
    },
  }),
  nimbus('typ-missing', 'token.type-mismatch', 'Required JOSE header typ (type) parameter is missing', {
    args: { reason: 'missing' },
  }),
  nimbus('invalid-signature', 'signature.invalid', 'Signed JWT rejected: Invalid signature'),
  nimbus('unsecured', 'alg.none', 'Unsecured (plain) JWTs are rejected'),
  // JWTParser on a credential that is not three dot-separated parts, as Spring wraps it: "An error occurred while
  // attempting to decode the Jwt: Invalid JWT serialization: Missing dot delimiter(s)" (eclipse-hawkbit/hawkbit#1087).
  // Without its "(s)" as Micronaut's log quotes it: "Cannot decrypt / verify JWT: Invalid JWT serialization: Missing dot
  // delimiter" (micronaut-projects/micronaut-security#75, a Basic credential read as a JWT).
  nimbus('missing-dot', 'token.malformed', 'Invalid JWT serialization: Missing dot delimiter'),
  // The JWK set cache (RemoteJWKSet / JWKSourceBuilder) could not be refreshed in time: "An error occurred while
  // attempting to decode the Jwt: Timeout while waiting for cache refresh" (spring-projects/spring-security#17794).
  nimbus('cache-refresh-timeout', 'key.jwks-unavailable', 'Timeout while waiting for cache refresh'),
  // No verifier could be built for the header's alg and the key's type.
  nimbus('no-verifier', 'alg.not-allowed', 'JWS object rejected: No matching verifier(s) found', {
    args: { reason: 'key-or-alg' },
  }),

  // jjwt writes "JWT expired at"; the case tells the two apart.
  spring('expired', 'time.expired', 'Jwt expired at', {
    exactCase: true,
    read: printedAt,
  }),
  spring('used-before', 'time.not-yet-valid', 'Jwt used before', {
    read: printedAt,
  }),
  spring('exp-required', 'time.no-exp', 'exp is required', { ...ALONE, args: { claim: 'exp' } }),
  spring('nbf-required', 'claim.required-missing', 'nbf is required', { ...ALONE, args: { claim: 'nbf' } }),
  // JwtClaimValidator: "The " + claim + " claim is not valid" (iss from JwtIssuerValidator, aud from JwtAudienceValidator).
  spring('claim-not-valid', 'claim.required-missing', ' claim is not valid', {
    read: (f) => {
      const claim = capture(f.before(40), /\bThe ([A-Za-z0-9_:.-]+)$/i);
      return claim === undefined ? null : claimViolated(claim);
    },
  }),
  // JwtAuthenticationProvider.getJwt logs this (debug) when the decoder throws BadJwtException, then throws
  // InvalidBearerTokenException with the decoder's message: a rejected token whose cause is the next line, if pasted
  // (the validator's "The iss claim is not valid", Nimbus' "Signed JWT rejected: …"), as a bare invalid_token is.
  spring('jwt-invalid', 'challenge.invalid-token', 'Failed to authenticate since the JWT was invalid', {
    refinable: true,
  }),
  spring('InvalidBearerTokenException', 'challenge.invalid-token', 'InvalidBearerTokenException', {
    ...CLASS,
    refinable: true,
  }),
  // An opaque token the introspection endpoint calls inactive (RFC 7662 §2.2 `"active": false`: revoked, expired or
  // unknown to it): SpringOpaqueTokenIntrospector / NimbusOpaqueTokenIntrospector throw BadOpaqueTokenException
  // "Provided token isn't active", which OpaqueTokenAuthenticationProvider rethrows as InvalidBearerTokenException, and
  // BearerTokenAuthenticationEntryPoint writes `error_description="Provided token isn't active",
  // error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"` (spring-projects/spring-security,
  // oauth2-resource-server introspection/*OpaqueTokenIntrospector.java and its OAuth2ResourceServerBeanDefinitionParserTests).
  // The words hold no scanner trigger, so each row takes the text around them that does: the exception's name, or the
  // error_uri that follows in the challenge.
  spring('opaque-inactive', 'token.revoked', "BadOpaqueTokenException: Provided token isn't active"),
  spring('opaque-inactive-bearer', 'token.revoked', "InvalidBearerTokenException: Provided token isn't active"),
  spring('opaque-inactive-challenge', 'token.revoked', 'Provided token isn\'t active", error_uri'),
  spring('issuer-not-equal', 'claim.iss-mismatch', 'iss claim is not equal to the configured issuer'),
  spring('iat-required', 'claim.required-missing', 'iat claim is required', { args: { claim: 'iat' } }),
  // JwtIssuedAtValidator rejects an iat outside now ± skew in either direction; a token issued more than
  // the skew ago is the usual case, and the decoded iat tells the rest.
  spring('iat-invalid', 'time.expired', 'iat claim is invalid', { args: { claim: 'iat', reason: 'iat-window' } }),
  // Thrown only for a PlainJWT (alg none).
  spring('unsupported-algorithm', 'alg.none', 'Unsupported algorithm of', {
    read: (f) => ({ args: compact({ alg: capture(f.after(40), /^ ([A-Za-z0-9]+)/) }) }),
  }),
  spring('malformed-jwk-set', 'key.jwks-unavailable', 'Malformed Jwk set'),
  spring('malformed-payload', 'token.malformed', 'Malformed payload', ALONE),
  // NimbusJwtDecoder's words when Nimbus' JWTParser throws ParseException (a value with no dots, an opaque token),
  // after its "An error occurred while attempting to decode the Jwt: " prefix, as InvalidBearerTokenException carries
  // them (spring-projects/spring-security#14788, a Keycloak client-credentials token).
  spring('malformed-token', 'token.malformed', 'decode the Jwt: Malformed token'),
  spring('malformed-bearer', 'authz-header.format', 'Bearer token is malformed'),
  // Duplicate credentials (header and parameter, or two headers) are a request-format problem. The
  // response's error="invalid_request" is `challenge.invalid-request`, reported from WWW-Authenticate
  // by its own check; the log line says what was wrong with the request itself.
  spring('multiple-tokens', 'authz-header.format', 'Found multiple bearer tokens in the request'),
  spring('empty-token-parameter', 'authz-header.format', 'The requested token parameter is an empty string'),
  // The request reached a protected resource unauthenticated (anonymous): ExceptionTranslationFilter's
  // InsufficientAuthenticationException, "Full authentication is required to access this resource", in the body of
  // Spring Boot's 401 (`"message": "Full authentication is required to access this resource"`) or the log; and
  // Http403ForbiddenEntryPoint's debug line "Pre-authenticated entry point called. Rejecting access", the entry point
  // Spring falls back to when none is configured, answering 403 (Http403ForbiddenEntryPoint.java; JHipster's
  // Http401UnauthorizedEntryPoint logs the same words with a 401). No credential the filter chain accepted arrived.
  // JwtTypeValidator (Spring Security 6.5+, in every default chain from 7): `"the given typ value needs to be one of " +
  // validTypes`, a Java list `[JWT]` or `[at+jwt, application/at+jwt]`.
  spring('typ', 'token.type-mismatch', 'the given typ value needs to be one of ', {
    read: (f) => {
      const m = /^\[([^\]]{0,200})\]/.exec(f.after(210));
      return m === null ? {} : { args: { expected: list(m[1], ', ') }, extend: m[0].length };
    },
  }),
  spring('insufficient-authentication', 'token.missing', 'Full authentication is required to access this resource'),
  spring('entry-point', 'token.missing', 'Pre-authenticated entry point called. Rejecting access'),
  // RFC 6750 §3.1's own words, which GitLab's API answers with too (identity.ts's gitlab row): with GitLab named near
  // them, GitLab said them.
  spring(
    'higher-privileges',
    'scope.insufficient',
    'The request requires higher privileges than provided by the access token',
    { read: (f) => (gitlabNear(f) ? null : {}) },
  ),

  // The legacy Spring Security OAuth 2 resource server (spring-security-oauth2, DefaultTokenServices.loadAuthentication):
  // the token store has no such token, or could not decode it ("Invalid access token: " + the token), or holds it
  // expired ("Access token expired: " + the token), logged by OAuth2AuthenticationProcessingFilter as `Authentication
  // request failed: error="invalid_token", error_description="Invalid access token: eyJ…"`
  // (spring-projects/spring-security#8372). The token follows the words, so they count only before one.
  springOauth('invalid', 'challenge.invalid-token', 'Invalid access token: ', { read: tokenAfter }),
  springOauth('expired', 'time.expired', 'Access token expired: ', { read: tokenAfter }),
  jjwt('ExpiredJwtException', 'time.expired', 'ExpiredJwtException', CLASS),
  jjwt('PrematureJwtException', 'time.not-yet-valid', 'PrematureJwtException', CLASS),
  jjwt('MalformedJwtException', 'token.malformed', 'MalformedJwtException', CLASS),
  // Older jjwt also prints its own clock ("JWT expired at 2017-09-19T00:31:16Z. Current time: 2017-12-09T21:26:44Z, a
  // difference of …", DefaultJwtParser; szerhusenBC/jwt-spring-security-demo#69): how long before the verification
  // the token expired is measured from that, not from when the paste is read.
  // The words alone are anyone's (unattributed.ts): jjwt's only with its own continuation, the time it expired at.
  jjwt('expired', 'time.expired', 'JWT expired', {
    exactCase: true,
    read: (f) => {
      const after = f.after(160);
      const at = capture(after, JJWT_AT);
      return at === undefined ? null : { args: compact({ at, now: capture(after, JJWT_NOW) }) };
    },
  }),
  jjwt('premature', 'time.not-yet-valid', 'JWT must not be accepted before', {
    read: (f) => ({ args: compact({ at: capture(f.after(80), /^ (\S+?)\.?(?:\s|$)/) }) }),
  }),
  // jjwt 0.12's PrematureJwtException (DefaultJwtParser): "JWT early by " + ms + " milliseconds before " + nbf +
  // ". Current time: …" (the older words above were 0.11's; jwtk/jjwt#291 quotes them).
  jjwt('early', 'time.not-yet-valid', 'JWT early by ', {
    exactCase: true,
    read: (f) => {
      const at = capture(f.after(80), /^\d{1,15} milliseconds before (\S+?)\.?(?:\s|$)/);
      return at === undefined ? null : { args: { at } };
    },
  }),
  jjwt('signature', 'signature.invalid', 'JWT signature does not match locally computed signature'),
  // DefaultJwtParser's Assert.notNull(key, …) when the parser was given no key and its SigningKeyResolver returned none
  // for a signed token (an IllegalArgumentException): the verifier has no key to check with, whatever the token
  // (Gravitee's JWT policy without a key for the token's issuer in its gateway settings, gravitee-io/issues#1114).
  jjwt(
    'no-signing-key',
    'verifier.misconfigured',
    'A signing key must be specified if the specified JWT is digitally signed',
  ),

  auth0('TokenExpiredException', 'time.expired', 'TokenExpiredException', CLASS),
  auth0('SignatureVerificationException', 'signature.invalid', 'SignatureVerificationException', CLASS),
  auth0('AlgorithmMismatchException', 'alg.not-allowed', 'AlgorithmMismatchException', CLASS),
  auth0('JWTDecodeException', 'token.malformed', 'JWTDecodeException', CLASS),
  auth0('MissingClaimException', 'claim.required-missing', 'MissingClaimException', { ...CLASS, refinable: true }),
  auth0('expired', 'time.expired', 'The Token has expired on', {
    read: printedAt,
  }),
  // Used for both nbf and a future iat; nbf is the common one.
  auth0('not-before', 'time.not-yet-valid', "The Token can't be used before", {
    read: (f) => ({ args: compact({ at: leadingValue(f.after(80)), reason: 'nbf-or-iat' }) }),
  }),
  auth0('audience', 'claim.aud-mismatch', "value doesn't contain the required audience"),
  auth0('issuer', 'claim.iss-mismatch', "value doesn't match the required issuer"),
  auth0('claim-missing', 'claim.required-missing', "' is not present in the JWT", {
    read: (f) => {
      const claim = capture(f.before(60), /The Claim '([^']+)$/i);
      return claim === undefined ? null : claimMissing(claim);
    },
  }),
  auth0('signature', 'signature.invalid', "The Token's Signature resulted invalid when verified using the Algorithm:", {
    read: (f) => ({ args: compact({ alg: capture(f.after(40), /^ ?([A-Za-z0-9]+)/) }) }),
  }),
  auth0('algorithm', 'alg.not-allowed', "The provided Algorithm doesn't match the one defined in the JWT's Header"),
  auth0('parts', 'token.malformed', 'The token was expected to have 3 parts'),

  // jose4j's JwtConsumer: "JWT (claims->{…}) rejected due to invalid claims or other invalid content. Additional
  // details: [[1] The JWT is no longer valid - the evaluation time NumericDate{…} is on or after the Expiration Time
  // (exp=NumericDate{…}) claim value." (quarkusio/quarkus#31140; NumericDateValidator, AudValidator, IssValidator in
  // jose4j's org.jose4j.jwt.consumer). The wrapper names no cause; the bracketed details do.
  jose4j('expired', 'time.expired', 'The JWT is no longer valid - the evaluation time', {
    read: (f) => ({ args: compact({ at: capture(f.after(200), JOSE4J_EXP) }) }),
  }),
  // JsonWebStructure.fromCompactSerialization: "Invalid JOSE Compact Serialization. Expecting either 3 or 5 parts for JWS
  // or JWE respectively but was 2." (GoogleCloudPlatform/java-docs-samples#590, under Endpoints Frameworks'
  // EspAuthenticator, where the credential was Google's opaque access token, `ya29.…`, sent for a JWT).
  jose4j('compact-parts', 'token.malformed', 'Expecting either 3 or 5 parts for JWS or JWE respectively but was'),
  jose4j('not-yet-valid', 'time.not-yet-valid', 'The JWT is not yet valid as the evaluation time'),
  // "[[2] No Expiration Time (exp) claim present." (quarkusio/quarkus#6462).
  jose4j('no-exp', 'time.no-exp', 'No Expiration Time (exp) claim present'),
  // "[[3] No Issued At (iat) claim present." (jose4j's NumericDateValidator, MISSING_IAT; quarkusio/quarkus#17622, where
  // smallrye-jwt 2.0 began to require iat under "SRJWT07000: Failed to verify a token").
  jose4j('no-iat', 'claim.required-missing', 'No Issued At (iat) claim present', { args: { claim: 'iat' } }),
  jose4j('no-aud', 'claim.aud-missing', 'No Audience (aud) claim present'),
  jose4j('no-iss', 'claim.iss-missing', 'No Issuer (iss) claim present but was expecting'),
  // "[[12] Issuer (iss) claim value (https://tull.nav.no) doesn't match expected value of https://…" (navikt's
  // OIDC token validator tests assert jose4j's text).
  jose4j('issuer', 'claim.iss-mismatch', 'Issuer (iss) claim value (', {
    read: (f) => {
      const m = /^([^()\s]{1,300})\) doesn't match expected value of ([^\s\]"]{1,300})/.exec(f.after(700));
      return m ? { args: compact({ actual: m[1], expected: m[2] ? [m[2]] : [] }), extend: m[0].length } : null;
    },
  }),
  // "Audience (aud) claim [orders] doesn't contain an acceptable identifier. Expected payments as an aud value."
  jose4j('audience', 'claim.aud-mismatch', "] doesn't contain an acceptable identifier.", {
    read: (f) => {
      const actual = capture(f.before(320), /Audience \(aud\) claim \[([^\]]{0,300})$/);
      if (actual === undefined) return null;
      const m = /^ Expected (?:one of \[([^\]]{1,300})\]|(\S{1,300})) as an aud value/.exec(f.after(400));
      const expected = m === null ? [] : m[1] !== undefined ? list(m[1], ',') : list(m[2], ',');
      return { args: compact({ actual: list(actual, ',').join(', '), expected }), extend: m?.[0].length ?? 0 };
    },
  }),
  // "JWT rejected due to invalid signature. Additional details: [[9] Invalid JWS Signature: JsonWebSignature{…}"
  // (toastshaman/dropwizard-auth-jwt users' logs); older versions threw "JWS signature is invalid: " + the JWS.
  jose4j('signature', 'signature.invalid', 'JWT rejected due to invalid signature'),
  jose4j('signature-detail', 'signature.invalid', 'Invalid JWS Signature: JsonWebSignature{'),
  jose4j('signature-old', 'signature.invalid', 'JWS signature is invalid: '),
  // The key resolvers: "Unable to find a suitable verification key for JWS w/ header {…} from JWKs […]" (no key for
  // the token's kid and alg), or "… due to an unexpected exception (…) while obtaining or using keys from JWKS
  // endpoint at …" (the key set could not be had).
  jose4j('no-key', 'key.kid-unknown', 'Unable to find a suitable verification key for JWS w/ header', {
    read: (f) => {
      const after = f.after(600);
      if (after.includes(' due to an unexpected exception (')) return { code: 'key.jwks-unavailable' };
      return { args: compact({ kid: capture(after, /^ \{[^}]{0,300}?\\?"kid\\?"\s*:\s*\\?"([^"\\]{1,200})/) }) };
    },
  }),

  // SmallRye JWT (Quarkus' quarkus-smallrye-jwt) wraps jose4j in "SRJWT07000: Failed to verify a token", which names
  // no cause (a rejected token, as a bare invalid_token is); its own checks have codes (smallrye/smallrye-jwt PrincipalMessages.java): the token's kid is not the
  // configured key's (SRJWT07006 "Invalid token 'kid' header"), exp lies further from iat than the configured
  // maximum lifetime (SRJWT07009), a required claim is absent (SRJWT07010 "Required claims are not present in the JWT").
  // SRJWT07000 itself says only that a token was sent and rejected: jose4j's details, when pasted, name the cause.
  smallrye('SRJWT07000', 'challenge.invalid-token', 'SRJWT07000', { ...CODE, refinable: true }),
  // Before its SRJWT codes (smallrye-jwt 2.0), the same wrapper was io.smallrye.jwt.auth.principal.ParseException
  // "Failed to verify token", which Quarkus logged as such or inside Elytron's RealmUnavailableException
  // (quarkusio/quarkus#7502, an expired token; smallrye/smallrye-jwt#95). Only after one of those class names: the
  // sentence alone is everyone's (Argo CD's "Failed to verify token: …" names its cause itself).
  smallrye('ParseException', 'challenge.invalid-token', 'Failed to verify token', {
    refinable: true,
    read: (f) => (/(?:ParseException|RealmUnavailableException): $/.test(f.before(40)) ? {} : null),
  }),
  smallrye('SRJWT07006', 'key.kid-unknown', 'SRJWT07006', CODE),
  smallrye('SRJWT07009', 'time.long-lifetime', 'SRJWT07009', {
    ...CODE,
    args: { claim: 'exp', reason: 'max-expiration' },
  }),
  smallrye('SRJWT07010', 'claim.required-missing', 'SRJWT07010', CODE),
];
