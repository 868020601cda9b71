/**
 * Java verifiers: Nimbus JOSE+JWT (DefaultJWTProcessor, DefaultJWTClaimsVerifier), Spring Security's
 * resource server (NimbusJwtDecoder, Jwt*Validator, DefaultBearerTokenResolver), jjwt (io.jsonwebtoken)
 * and auth0 java-jwt (JWTVerifier).
 *
 * Spring wraps Nimbus: "An error occurred while attempting to decode the Jwt: Signed JWT rejected: …".
 * The wrapper has no row; the inner text is matched.
 */
import type { Matcher } from './matcher.js';
import {
  ALONE,
  CLASS,
  capture,
  claimMissing,
  claimViolated,
  compact,
  family,
  leadingValue,
  list,
  messageRest,
} from './matcher.js';

const nimbus = family('nimbus');
const spring = family('spring-security');
const jjwt = family('jjwt');
const auth0 = family('java-jwt');

/** jjwt: `JWT expired at 2023-09-09T13:16:05Z. Current time: …` (older) or `JWT expired 1573 milliseconds ago at …`. */
const JJWT_AT = /^(?: \d+ milliseconds ago)? (?:at|before) (\S+?)\.?(?:\s|$)/;

export const JAVA: readonly Matcher[] = [
  nimbus('expired', 'time.expired', 'Expired JWT', ALONE),
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
  nimbus('invalid-signature', 'signature.invalid', 'Signed JWT rejected: Invalid signature'),
  nimbus('unsecured', 'alg.none', 'Unsecured (plain) JWTs are rejected'),
  // No verifier could be built for the header's alg and the key's type.
  nimbus('no-verifier', 'alg.not-allowed', 'JWS object rejected: No matching verifier(s) found', {
    args: { reason: 'key-or-alg' },
  }),

  // jjwt writes "JWT expired at"; the case tells the two apart.
  spring('expired', 'time.expired', 'Jwt expired at', {
    exactCase: true,
    read: (f) => ({ args: compact({ at: leadingValue(f.after(80)) }) }),
  }),
  spring('used-before', 'time.not-yet-valid', 'Jwt used before', {
    read: (f) => ({ args: compact({ at: leadingValue(f.after(80)) }) }),
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
  spring('malformed-bearer', 'authz-header.format', 'Bearer token is malformed'),
  // Duplicate credentials (header and parameter, or two headers) are a request-format problem. The
  // response's error="invalid_request" is `challenge.invalid-request`, reported from WWW-Authenticate
  // by its own check; the log line says what was wrong with the request itself.
  spring('multiple-tokens', 'authz-header.format', 'Found multiple bearer tokens in the request'),
  spring('empty-token-parameter', 'authz-header.format', 'The requested token parameter is an empty string'),
  spring(
    'higher-privileges',
    'scope.insufficient',
    'The request requires higher privileges than provided by the access token',
  ),

  jjwt('ExpiredJwtException', 'time.expired', 'ExpiredJwtException', CLASS),
  jjwt('PrematureJwtException', 'time.not-yet-valid', 'PrematureJwtException', CLASS),
  jjwt('MalformedJwtException', 'token.malformed', 'MalformedJwtException', CLASS),
  jjwt('expired', 'time.expired', 'JWT expired', {
    exactCase: true,
    read: (f) => ({ args: compact({ at: capture(f.after(80), JJWT_AT) }) }),
  }),
  jjwt('premature', 'time.not-yet-valid', 'JWT must not be accepted before', {
    read: (f) => ({ args: compact({ at: capture(f.after(80), /^ (\S+?)\.?(?:\s|$)/) }) }),
  }),
  jjwt('signature', 'signature.invalid', 'JWT signature does not match locally computed signature'),

  auth0('TokenExpiredException', 'time.expired', 'TokenExpiredException', CLASS),
  auth0('SignatureVerificationException', 'signature.invalid', 'SignatureVerificationException', CLASS),
  auth0('AlgorithmMismatchException', 'alg.not-allowed', 'AlgorithmMismatchException', CLASS),
  auth0('JWTDecodeException', 'token.malformed', 'JWTDecodeException', CLASS),
  auth0('MissingClaimException', 'claim.required-missing', 'MissingClaimException', { ...CLASS, refinable: true }),
  auth0('expired', 'time.expired', 'The Token has expired on', {
    read: (f) => ({ args: compact({ at: leadingValue(f.after(80)) }) }),
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
];
