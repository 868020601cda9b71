/**
 * Node verifiers: jsonwebtoken (auth0/node-jsonwebtoken verify.js), express-jwt, express-oauth2-jwt-bearer
 * (auth0/node-oauth2-jwt-bearer), jwks-rsa, and jose (panva/jose, read from the installed 6.x dist).
 */

import { underKindeSdk } from './identity-servers.js';
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
  list,
  messageRest,
} from './matcher.js';

const jwt = family('jsonwebtoken');
const xjwt = family('express-jwt');
const bearer = family('express-oauth2-jwt-bearer');
const jwksRsa = family('jwks-rsa');
const jose = family('jose');
const onelogin = family('onelogin-oidc');
const authjs = family('authjs');
const didJwt = family('did-jwt');

/** did-jwt's expiry, `exp: <seconds> < now: <seconds>` after its words: the token's exp. */
const DID_JWT_EXP = /^ ?(\d{9,11}) < now: \d{9,11}/;

/**
 * Auth.js's logger (nextauthjs/next-auth packages/core/src/lib/utils/logger.ts): `[auth][error] ${type}: ${message}`,
 * the message of JWTSessionError being "Read more at https://errors.authjs.dev#jwtsessionerror", then
 * `[auth][cause]: ${err.stack}` on the next line.
 */
const AUTHJS_HEAD = '[auth][error] ';
const AUTHJS_READ_MORE = ': Read more at https://errors.authjs.dev#jwtsessionerror';
/** The cause line Auth.js prints after it, its first words bounded. */
const AUTHJS_CAUSE = /^[^\n]{0,120}\n[ \t]{0,8}(?:\S{0,12})?\[auth\]\[cause\][^:\n]{0,12}:[ \t]{0,4}([^\n]{0,160})/;
/** A cause that is the cookie's decryption (jose's errors): jose's own rows read it, with the secret's step. */
const DECRYPTION_CAUSE =
  /^(?:JWEDecryptionFailed|JWEInvalid|JWTInvalid|ERR_JWE_DECRYPTION_FAILED)\b|decryption operation failed|Invalid Compact JWE|no matching decryption secret/i;

/**
 * Auth.js's JWTSessionError (nextauthjs/next-auth packages/core/src/lib/actions/session.ts): one try around decoding the
 * session cookie (jwt.decode) and the app's jwt and session callbacks; whatever throws is logged as JWTSessionError
 * and the session cookie is deleted (packages/core/src/errors.ts: "a misconfigured `secret` or a malformed JWT or
 * `encode/decode` methods"). Only Auth.js's own line (its `[auth][error]` head or its read-more link). A decryption
 * cause is left to jose's rows; another cause (a TypeError) is the app's callback (`callback`); none shown, `unknown`.
 */
function authjsSession(f: Fragment): Reading | null {
  const after = f.after(340, true);
  if (!f.before(AUTHJS_HEAD.length).endsWith(AUTHJS_HEAD) && !after.startsWith(AUTHJS_READ_MORE)) return null;
  const cause = AUTHJS_CAUSE.exec(after)?.[1]?.trim();
  if (cause === undefined || cause === '') return { args: { reason: 'unknown' } };
  if (DECRYPTION_CAUSE.test(cause)) return null;
  return { args: { reason: 'callback' } };
}

/** ` - expected: <issuer> | from: <the token's iss>` after onelogin-oidc's sentence (one line, bounded). */
const EXPECTED_FROM = /^ - expected: ([^\s|]{1,300}) \| from: ([^\s*]{1,300})/;

/** `jwt audience invalid. expected: a or b`: the values the verifier wanted (not the token's). */
function expectedAfter(separator: string | RegExp) {
  return (f: Fragment): Reading => {
    const rest = messageRest(f.after(400));
    return { args: compact({ expected: list(rest, separator) }), extend: rest.length };
  };
}

/** A jsonwebtoken error object printed by a logger carries the moment in a property. */
function propertyTime(property: string) {
  const re = new RegExp(`${property}\\\\?["']?\\s*[:=]\\s*\\\\?["']?([0-9][0-9T:.+\\-]*Z?)`);
  return (f: Fragment): Reading => ({ args: compact({ at: capture(f.after(400, true), re) }) });
}

function algAfter(f: Fragment): Reading {
  const alg = capture(f.after(40), /^ ([A-Za-z0-9]+)/);
  return { args: compact({ alg }), extend: alg === undefined ? 0 : alg.length + 1 };
}

/** `"exp" claim timestamp check failed`, with `\"` when the line is JSON. */
/** The rest of jose's crit refusal: the parameter's name, closed, then its verdict. */
const JOSE_CRIT_REST = /^([^"\n]{1,60})" is not recognized/;

function joseTimestamp(f: Fragment): Reading | null {
  const claim = capture(f.before(16), /\\?"?(exp|nbf|iat)\\?"? ?$/);
  if (claim === 'exp' || claim === 'nbf') return claimViolated(claim);
  if (claim !== 'iat') return null;
  return /^ ?\(too far in the past\)/.test(f.after(32))
    ? { code: 'time.expired', args: { claim, reason: 'max-age' } }
    : { code: 'time.issued-in-future', args: { claim } };
}

/** `unexpected "aud" claim value`: the anchor starts at the closing quote. */
function joseUnexpected(f: Fragment): Reading | null {
  const claim = capture(f.before(40), /unexpected \\?"([A-Za-z0-9_:.-]+)\\?$/);
  return claim === undefined ? null : claimViolated(claim);
}

/** `"exp" claim must be a number`: the anchor starts at the closing quote. */
function joseNotNumber(f: Fragment): Reading | null {
  const claim = capture(f.before(40), /\\?"([A-Za-z0-9_:.-]+)\\?$/);
  return claim === undefined ? null : { args: { claim } };
}

/** `missing required "x" claim`; golang-jwt's and Nimbus' "missing required claim(s)" do not fit and are rejected. */
function joseMissing(f: Fragment): Reading | null {
  const claim = capture(f.after(60), /^\\?"([A-Za-z0-9_:.-]+)\\?" claim/);
  return claim === undefined ? null : claimMissing(claim);
}

export const NODE: readonly Matcher[] = [
  // onelogin/onelogin-oidc-node's strategy.js, whose check its issue #12 quotes: `'id token not issued by correct OpenID
  // provider - ' + 'expected: ' + meta.issuer + ' | from: ' + jwtClaims.iss`.
  onelogin('issuer', 'claim.iss-mismatch', 'id token not issued by correct OpenID provider', {
    read: (f) => {
      const m = EXPECTED_FROM.exec(f.after(640));
      if (m === null) return {};
      return { args: compact({ expected: [m[1] ?? ''], actual: m[2] }), extend: m[0].length };
    },
  }),
  // jsonwebtoken: classes (the stable part), then its messages. The short ones only count as whole
  // messages ("my jwt expired" in prose is not a verifier speaking).
  jwt('TokenExpiredError', 'time.expired', 'TokenExpiredError', { ...CLASS, read: propertyTime('expiredAt') }),
  jwt('NotBeforeError', 'time.not-yet-valid', 'NotBeforeError', { ...CLASS, read: propertyTime('date') }),
  jwt('expired', 'time.expired', 'jwt expired', ALONE),
  // decentralized-identity/did-jwt's verifyJWT (src/JWT.ts): `${JWT_ERROR.INVALID_JWT}: JWT has expired: exp: ${payload.exp}
  // < now: ${now}` (find_string ids 4965183261, 18912050), as EBSI's APIs answer it in a problem+json detail ("Invalid
  // JWT: JWT has expired: exp: 1623244001 < now: 1623245358", id 12624569671). Only with its `exp: … < now:` after it.
  didJwt('expired', 'time.expired', 'JWT has expired: exp:', {
    read: (f) => {
      const exp = capture(f.after(40), DID_JWT_EXP);
      return exp === undefined ? null : { args: { at: exp } };
    },
  }),
  jwt('not-active', 'time.not-yet-valid', 'jwt not active', ALONE),
  jwt('max-age', 'time.expired', 'maxAge exceeded', { ...ALONE, args: { claim: 'iat', reason: 'max-age' } }),
  jwt('must-be-provided', 'token.missing', 'jwt must be provided'),
  jwt('must-be-string', 'token.malformed', 'jwt must be a string'),
  jwt('malformed', 'token.malformed', 'jwt malformed', ALONE),
  // "invalid token" is everyone's words; only jsonwebtoken's error class makes it a decode failure.
  jwt('invalid-token', 'token.malformed', 'invalid token', {
    ...ALONE,
    read: (f) => (/jsonwebtokenerror/i.test(f.before(160) + f.after(160)) ? {} : null),
  }),
  jwt('signature-required', 'alg.none', 'jwt signature is required'),
  jwt('none-not-allowed', 'alg.none', 'to verify unsigned tokens'),
  jwt('no-key', 'verifier.misconfigured', 'secret or public key must be provided'),
  // The callback usually fetches from a JWKS; its own error (jwks-rsa's) follows and refines this.
  jwt('key-callback', 'key.kid-unknown', 'error in secret or public key callback', { refinable: true }),
  // The configured secret or key could not be made into a key object: the verifier's setup, not the token.
  jwt('bad-key-material', 'verifier.misconfigured', 'secretOrPublicKey is not valid key material'),
  // The key's type does not fit the token's alg (an HS256 token against an RSA key, or the reverse).
  jwt('symmetric-key', 'alg.not-allowed', 'secretOrPublicKey must be a symmetric key when using', { read: algAfter }),
  jwt('asymmetric-key', 'alg.not-allowed', 'secretOrPublicKey must be an asymmetric key when using', {
    read: algAfter,
  }),
  jwt('invalid-algorithm', 'alg.not-allowed', 'invalid algorithm', ALONE),
  jwt('invalid-signature', 'signature.invalid', 'invalid signature', ALONE),
  jwt('invalid-exp', 'time.invalid', 'invalid exp value', { args: { claim: 'exp' } }),
  jwt('invalid-nbf', 'time.invalid', 'invalid nbf value', { args: { claim: 'nbf' } }),
  jwt('audience', 'claim.aud-mismatch', 'jwt audience invalid. expected:', { read: expectedAfter(' or ') }),
  jwt('issuer', 'claim.iss-mismatch', 'jwt issuer invalid. expected:', { read: expectedAfter(',') }),
  // The same two messages quoted without their values (the expected ones are the service's configuration, which
  // people leave out of a chat message): the row with the values, being longer, wins where they are there.
  jwt('audience-unquoted', 'claim.aud-mismatch', 'jwt audience invalid'),
  jwt('issuer-unquoted', 'claim.iss-mismatch', 'jwt issuer invalid'),
  jwt('subject', 'claim.required-missing', 'jwt subject invalid. expected:', { read: mismatch('sub') }),
  jwt('jwtid', 'claim.required-missing', 'jwt jwtid invalid. expected:', { read: mismatch('jti') }),
  jwt('nonce', 'claim.required-missing', 'jwt nonce invalid. expected:', { read: mismatch('nonce') }),
  jwt('iat-required', 'claim.required-missing', 'iat required when maxAge is specified', { args: { claim: 'iat' } }),

  // express-jwt: UnauthorizedError is generic; its `code` says which case it was.
  xjwt('credentials_required', 'token.missing', 'credentials_required', CODE),
  xjwt('credentials_bad_scheme', 'authz-header.scheme', 'credentials_bad_scheme', CODE),
  xjwt('credentials_bad_format', 'authz-header.format', 'credentials_bad_format', CODE),
  xjwt('revoked_token', 'token.revoked', 'revoked_token', CODE),
  xjwt('no-token', 'token.missing', 'No authorization token was found'),
  // One message for two codes: the `code` beside it (bad scheme vs bad format) decides.
  xjwt('format', 'authz-header.format', 'Format is Authorization: Bearer [token]', { refinable: true }),
  xjwt('revoked', 'token.revoked', 'The token has been revoked'),

  bearer('InsufficientScopeError', 'scope.insufficient', 'InsufficientScopeError', CLASS),
  // "Missing '<claim>' claim": the row is the quote and the word, the reader checks what precedes.
  bearer('missing-claim', 'claim.required-missing', "' claim", {
    read: (f) => {
      const claim = capture(f.before(80), /(?:^|[^A-Za-z])Missing '([A-Za-z0-9_:.-]{1,64})$/);
      return claim === undefined ? null : claimMissing(claim);
    },
  }),
  // claimEquals / claimIncludes (and the aud/iss checks of its validators): `Unexpected '<claim>' value`
  // (auth0/node-oauth2-jwt-bearer packages/access-token-jwt src/claim-check.ts), also inside the HTML page of
  // Express's default error handler, whose &#39; the paste's normalization reads as a quote (openwhyd/openwhyd#807).
  bearer('unexpected-claim', 'claim.required-missing', "' value", {
    read: (f) => {
      const claim = capture(f.before(80), /(?:^|[^A-Za-z])Unexpected '([A-Za-z0-9_:.-]{1,64})$/);
      return claim === undefined ? null : claimViolated(claim);
    },
  }),
  bearer('iss-missing', 'claim.iss-missing', "Token missing required 'iss' claim", { args: { claim: 'iss' } }),
  bearer('alg-header', 'alg.not-allowed', 'Token header missing or invalid'),
  bearer('no-key-source', 'verifier.misconfigured', 'No JWKS URI, public key, or secret available for verification'),
  // A DPoP-bound token sent under the Bearer scheme: the scheme is wrong, not the token's characters.
  bearer('dpop-scheme', 'authz-header.scheme', 'DPoP proof requires the DPoP authentication scheme, not Bearer', {
    args: { reason: 'dpop' },
  }),

  jwksRsa('SigningKeyNotFoundError', 'key.kid-unknown', 'SigningKeyNotFoundError', CLASS),
  // PyJWT words it the same way with `: "kid"`; the quoting tells them apart.
  jwksRsa('kid-not-found', 'key.kid-unknown', 'Unable to find a signing key that matches', {
    read: (f) => {
      const kid = capture(f.after(200), /^ '([^']*)'/);
      return kid === undefined ? null : { args: compact({ kid }), extend: kid.length + 3 };
    },
  }),

  // jose: error codes and class names are its contract; ERR_JWT_CLAIM_VALIDATION_FAILED is a wrapper
  // whose message names the claim, so it has no row of its own.
  jose('ERR_JWT_EXPIRED', 'time.expired', 'ERR_JWT_EXPIRED', CODE),
  // A Python traceback quotes the line that raised jwcrypto's class of the same name (`raise JWTExpired('Expired at …`,
  // python.ts): that source line is not jose's.
  jose('JWTExpired', 'time.expired', 'JWTExpired', { ...CLASS, read: (f) => (f.before(6) === 'raise ' ? null : {}) }),
  jose('ERR_JWS_SIGNATURE_VERIFICATION_FAILED', 'signature.invalid', 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED', CODE),
  jose('JWSSignatureVerificationFailed', 'signature.invalid', 'JWSSignatureVerificationFailed', CLASS),
  jose('ERR_JOSE_ALG_NOT_ALLOWED', 'alg.not-allowed', 'ERR_JOSE_ALG_NOT_ALLOWED', CODE),
  jose('JOSEAlgNotAllowed', 'alg.not-allowed', 'JOSEAlgNotAllowed', CLASS),
  jose('ERR_JWS_INVALID', 'token.malformed', 'ERR_JWS_INVALID', { ...CODE, refinable: true }),
  jose('JWSInvalid', 'token.malformed', 'JWSInvalid', { ...CLASS, refinable: true }),
  jose('ERR_JWT_INVALID', 'token.malformed', 'ERR_JWT_INVALID', { ...CODE, refinable: true }),
  jose('JWTInvalid', 'token.malformed', 'JWTInvalid', { ...CLASS, refinable: true }),
  jose('ERR_JWKS_NO_MATCHING_KEY', 'key.kid-unknown', 'ERR_JWKS_NO_MATCHING_KEY', CODE),
  jose('JWKSNoMatchingKey', 'key.kid-unknown', 'JWKSNoMatchingKey', CLASS),
  // Several keys fit the header: the token names no kid while the set holds more than one key.
  jose('ERR_JWKS_MULTIPLE_MATCHING_KEYS', 'key.kid-missing', 'ERR_JWKS_MULTIPLE_MATCHING_KEYS', CODE),
  jose('JWKSMultipleMatchingKeys', 'key.kid-missing', 'JWKSMultipleMatchingKeys', CLASS),
  jose('ERR_JWKS_TIMEOUT', 'key.jwks-unavailable', 'ERR_JWKS_TIMEOUT', CODE),
  jose('JWKSTimeout', 'key.jwks-unavailable', 'JWKSTimeout', CLASS),
  jose('ERR_JWKS_INVALID', 'key.jwks-unavailable', 'ERR_JWKS_INVALID', CODE),
  jose('JWKSInvalid', 'key.jwks-unavailable', 'JWKSInvalid', CLASS),
  jose('timestamp', 'time.expired', 'claim timestamp check failed', { read: joseTimestamp }),
  jose('unexpected-claim', 'claim.required-missing', '" claim value', { read: joseUnexpected }),
  jose('missing-claim', 'claim.required-missing', 'missing required ', { read: joseMissing }),
  jose('claim-not-number', 'time.invalid', '" claim must be a number', { read: joseNotNumber }),
  jose('alg-not-allowed', 'alg.not-allowed', '(Algorithm) Header Parameter value not allowed'),
  jose('alg-missing', 'token.malformed', '(Algorithm) Header Parameter missing or invalid'),
  jose('signature-failed', 'signature.invalid', 'signature verification failed'),
  jose('invalid-compact-jws', 'token.malformed', 'Invalid Compact JWS'),
  // compactVerify given something that is not a string (src/jws/compact/verify.ts: "Compact JWS must be a string or
  // Uint8Array"): the caller passed undefined or null, no token at all (nuxt-modules/kinde#123, under the Kinde SDK with
  // no session: round audit-al).
  jose('compact-not-string', 'token.missing', 'Compact JWS must be a string or Uint8Array', {
    exactCase: true,
    read: (f) => (underKindeSdk(f) ? null : {}),
  }),
  jose('base64url', 'token.malformed', 'Failed to base64url decode the'),
  jose('claims-not-object', 'token.malformed', 'JWT Claims Set must be a top-level JSON object'),
  jose('no-payload', 'token.malformed', 'JWTs must contain a payload'),
  jose('payload-json', 'token.malformed', 'Failed to parse the decoded payload as JSON'),
  // decodeJwt throws this for exactly five segments: an encrypted token where a signed one was expected.
  jose('jwe-given', 'token.jwe', 'Only JWTs using Compact JWS serialization can be decoded'),
  // JOSENotSupported for the token itself (jose's lib/validate_crit.js, lib/check_key_type and the runtimes' verify):
  // a `crit` header naming an extension the verifier does not know, which RFC 7515 §4.1.11 makes the JWS invalid (the
  // server's invalid_token, its reason in the message), and an alg the runtime cannot verify with, which the verifier
  // does not accept (alg.not-allowed).
  jose('crit-unrecognized', 'challenge.invalid-token', 'Extension Header Parameter "', {
    read: (f) => {
      const rest = JOSE_CRIT_REST.exec(f.after(80));
      return rest === null ? null : { args: { reason: 'crit', claim: rest[1] as string }, extend: rest[0].length };
    },
  }),
  jose('alg-unsupported', 'alg.not-allowed', ' is not supported either by JOSE or your javascript runtime', {
    read: (f) => {
      const alg = capture(f.before(40), /\balg ([A-Za-z0-9+-]{2,20})$/);
      return alg === undefined ? null : { args: compact({ alg }) };
    },
  }),
  // JWEDecryptionFailed: a JWE encrypted to another key, or a secret that changed since (next-auth logs it under
  // JWT_SESSION_ERROR for a session cookie sealed with an old NEXTAUTH_SECRET). jose's errors.ts.
  jose('ERR_JWE_DECRYPTION_FAILED', 'token.jwe-undecryptable', 'ERR_JWE_DECRYPTION_FAILED', CODE),
  jose('JWEDecryptionFailed', 'token.jwe-undecryptable', 'JWEDecryptionFailed', CLASS),
  jose('decryption-failed', 'token.jwe-undecryptable', 'decryption operation failed'),
  authjs('jwt-session-error', 'verifier.misconfigured', 'JWTSessionError', { ...CLASS, read: authjsSession }),
  // jwtVerify's `typ` option (jwt_claims_set.ts); the same words check a DPoP proof (see checks/verifier-log.ts).
  jose('unexpected-typ', 'token.type-mismatch', 'unexpected "typ" JWT header value'),
  jose('no-applicable-key', 'key.kid-unknown', 'no applicable key found in the JSON Web Key Set'),
  jose('multiple-keys', 'key.kid-missing', 'multiple matching keys found in the JSON Web Key Set'),
  jose('jwks-status', 'key.jwks-unavailable', 'Expected 200 OK from the JSON Web Key Set HTTP response'),
  jose('jwks-json', 'key.jwks-unavailable', 'Failed to parse the JSON Web Key Set HTTP response as JSON'),
  jose('jwks-malformed', 'key.jwks-unavailable', 'JSON Web Key Set malformed'),
];

/** jsonwebtoken's sub/jti/nonce checks: a value mismatch, for which `claimViolated` picks the code. */
function mismatch(claim: string) {
  return (f: Fragment): Reading => {
    const rest = messageRest(f.after(400));
    return {
      ...claimViolated(claim),
      args: compact({ claim, reason: 'mismatch', expected: list(rest, ',') }),
      extend: rest.length,
    };
  };
}
