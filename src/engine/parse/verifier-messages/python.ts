/**
 * PyJWT (jpadilla/pyjwt: jwt/api_jwt.py, api_jws.py, jwks_client.py, exceptions.py), 1.x and 2.x wording; Authlib
 * (authlib/jose/errors.py), whose errors print as `error: description`; jwcrypto (latchset/jwcrypto jwcrypto/jwt.py,
 * jws.py), whose exceptions a traceback prints with their module (`jwcrypto.jwt.JWTExpired: Expired at …`).
 */

import { underElytronLogger } from './java-servers.js';
import type { Fragment, Matcher, Reading } from './matcher.js';
import { ALONE, CLASS, capture, claimMissing, claimViolated, compact, family, textBefore } from './matcher.js';

const py = family('pyjwt');

/** PyJWT's "Invalid audience": jwt.decode() was given no audience (claim.aud-mismatch's noAudiencePassed). */
export const NO_AUDIENCE = 'no-audience-passed';
/** PyJWT 2.10's "Subject must be a string" / "JWT ID must be a string": the claim's JSON type, not its value. */
export const NOT_STRING = 'not-string';

/**
 * PyJWT 2.10 (jpadilla/pyjwt#1005, jwt/api_jwt.py _validate_sub and _validate_jti): `InvalidSubjectError("Subject must
 * be a string")`, `InvalidSubjectError("Invalid subject")` for a sub other than the one passed to decode(), and
 * `InvalidJTIError("JWT ID must be a string")`. A numeric sub is what broke logins on upgrade (MolSSI/QCFractal#858,
 * mediawiki-utilities/python-mwoauth#51; flask-jwt-extended answers it as `{"msg": "Subject must be a string"}`,
 * vimalloc/flask-jwt-extended#557).
 */
function notString(claim: string): Reading {
  return { code: 'claim.required-missing', args: { claim, reason: NOT_STRING } };
}

/** InvalidSubjectError's two messages after the class. */
function invalidSubject(f: Fragment): Reading {
  return /^:? ?Subject must be a string/.test(f.after(30))
    ? notString('sub')
    : { code: 'claim.required-missing', args: { claim: 'sub', reason: 'mismatch' } };
}

/**
 * "Subject must be a string" is also a form's validation message (an email's subject field): PyJWT's only after its
 * class, in flask-jwt-extended's `"msg"` reply, or with a JWT named on the lines before it.
 */
function pyjwtNotString(claim: string) {
  return (f: Fragment): Reading | null =>
    /(?:Invalid(?:Subject|JTI)Error|"msg"\s*:\s*)["':\s]{0,3}$/.test(f.before(40)) ||
    /\bjwt\b|pyjwt/i.test(textBefore(f, 400))
      ? notString(claim)
      : null;
}
const authlib = family('authlib');
const pythonJose = family('python-jose');
const jwcrypto = family('jwcrypto');

/** The claim and the two quoted values of `Invalid 'iss' value. Expected 'X' got 'Y'` (one line, bounded). */
const JWCRYPTO_VALUE =
  /^: Invalid '([A-Za-z0-9_:.-]{1,64})' value\. Expected '([^'\n]{0,300})' (got|to be in) '([^'\n]{0,300})'/;

/**
 * JWTInvalidClaimValue's message (JWT._check_provided_claims): `Expected '<wanted>' got '<token's>'` for iss, sub, jti
 * and the rest, but for aud the other way round, `Expected '<token's aud>' to be in '<wanted>'` (its arguments are
 * `claims[name], value`).
 */
function jwcryptoValue(f: Fragment): Reading | null {
  const m = JWCRYPTO_VALUE.exec(f.after(700));
  if (m === null) return null;
  const [, claim = '', first, how, second] = m;
  const [expected, actual] = how === 'got' ? [first, second] : [second, first];
  if (claim === 'iss')
    return { code: 'claim.iss-mismatch', args: compact({ claim, actual, expected: [expected ?? ''] }) };
  if (claim === 'aud')
    return { code: 'claim.aud-mismatch', args: compact({ claim, actual, expected: [expected ?? ''] }) };
  return claimViolated(claim);
}

/** JWT._check_exp's message after the class: `Expired at <exp>, time: <the verifier's now>(leeway: <s>)`, epoch seconds. */
const JWCRYPTO_EXPIRED = /^: Expired at (\d{1,12}), time: (\d{1,12})\(/;

/** The token's exp and the verifier's clock as JWTExpired states them (stated-time.ts reads epoch seconds from it). */
function jwcryptoExpired(f: Fragment): Reading {
  const m = JWCRYPTO_EXPIRED.exec(f.after(60));
  return m === null ? {} : { args: { at: m[1] as string, now: m[2] as string }, extend: m[0].length - 1 };
}

export const PYTHON: readonly Matcher[] = [
  py('ExpiredSignatureError', 'time.expired', 'ExpiredSignatureError', CLASS),
  // Raised for nbf, and since 2.x also for an iat in the future: the message says which.
  py('ImmatureSignatureError', 'time.not-yet-valid', 'ImmatureSignatureError', { ...CLASS, refinable: true }),
  // 1.x raised it for a future iat, 2.x for a non-integer iat: the message decides.
  py('InvalidIssuedAtError', 'time.issued-in-future', 'InvalidIssuedAtError', { ...CLASS, refinable: true }),
  // Its "Invalid audience" is raised when jwt.decode() was given no audience and the token has aud (_validate_aud:
  // "Application did not specify an audience, but the token has the 'aud' claim"); 2.x says "Audience doesn't match"
  // for a mismatch.
  py('InvalidAudienceError', 'claim.aud-mismatch', 'InvalidAudienceError', {
    ...CLASS,
    read: (f) => (/^:? ?Invalid audience(?:["')]|\s*$)/.test(f.after(24)) ? { args: { reason: NO_AUDIENCE } } : {}),
  }),
  py('InvalidIssuerError', 'claim.iss-mismatch', 'InvalidIssuerError', CLASS),
  py('InvalidSignatureError', 'signature.invalid', 'InvalidSignatureError', CLASS),
  py('InvalidAlgorithmError', 'alg.not-allowed', 'InvalidAlgorithmError', CLASS),
  py('MissingRequiredClaimError', 'claim.required-missing', 'MissingRequiredClaimError', { ...CLASS, refinable: true }),
  py('InvalidSubjectError', 'claim.required-missing', 'InvalidSubjectError', { ...CLASS, read: invalidSubject }),
  py('InvalidJTIError', 'claim.required-missing', 'InvalidJTIError', { ...CLASS, read: () => notString('jti') }),
  py('sub-not-string', 'claim.required-missing', 'Subject must be a string', {
    exactCase: true,
    read: pyjwtNotString('sub'),
  }),
  py('jti-not-string', 'claim.required-missing', 'JWT ID must be a string', {
    exactCase: true,
    read: pyjwtNotString('jti'),
  }),
  py('PyJWKClientConnectionError', 'key.jwks-unavailable', 'PyJWKClientConnectionError', CLASS),
  py('PyJWKClientError', 'key.kid-unknown', 'PyJWKClientError', { ...CLASS, refinable: true }),

  // python-jose (mpdavis/python-jose jose/jwt.py, jose/exceptions.py), which FastAPI's tutorial used: PyJWT's words
  // ("Signature has expired.", "Invalid audience", "The token is not yet valid (nbf)") under its own classes; the
  // module path tells it from PyJWT's. JWTClaimsError and JWTError are generic: the message beside them decides.
  // The words beside its module path are python-jose's (`jose.exceptions.JWTClaimsError: Invalid audience` is
  // jose/jwt.py's `raise JWTClaimsError('Invalid audience')`), so its rows own the hit (Matcher.owns) while PyJWT's
  // row for the same words still decides the code (round left-ii, sample-31's S97). Only the module path owns: a
  // traceback always prints it, and PyJWT's own (`jwt.exceptions.InvalidAudienceError`) stays PyJWT's.
  pythonJose('ExpiredSignatureError', 'time.expired', 'jose.exceptions.ExpiredSignatureError', {
    ...CLASS,
    owns: true,
  }),
  pythonJose('JWTClaimsError', 'challenge.invalid-token', 'jose.exceptions.JWTClaimsError', {
    ...CLASS,
    refinable: true,
    owns: true,
  }),
  pythonJose('JWTError', 'challenge.invalid-token', 'jose.exceptions.JWTError', {
    ...CLASS,
    refinable: true,
    owns: true,
  }),
  // Its words hold no trigger letter (scan.ts): with its class only, as one identifier.
  pythonJose('header-decode', 'token.malformed', 'JWTError: Error decoding token headers', CLASS),
  pythonJose('claims-decode', 'token.malformed', 'JWTError: Error decoding token claims', CLASS),
  py('expired', 'time.expired', 'Signature has expired'),
  py('not-yet-valid', 'time.not-yet-valid', 'The token is not yet valid (', {
    read: (f) => {
      const claim = capture(f.after(8), /^(nbf|iat)\)/);
      if (claim === 'iat') return { code: 'time.issued-in-future', args: { claim }, extend: 4 };
      return claim === 'nbf' ? { args: { claim }, extend: 4 } : null;
    },
  }),
  py('iat-future', 'time.issued-in-future', 'Issued At claim (iat) cannot be in the future', {
    args: { claim: 'iat' },
  }),
  // "Expiration Time claim (exp) must be an integer." and its siblings.
  py('exp-not-integer', 'time.invalid', 'claim (exp) must be an integer', { args: { claim: 'exp' } }),
  py('nbf-not-integer', 'time.invalid', 'claim (nbf) must be an integer', { args: { claim: 'nbf' } }),
  py('iat-not-integer', 'time.invalid', 'claim (iat) must be an integer', { args: { claim: 'iat' } }),
  // Its words end there; other verifiers' "Invalid audience. Expected X, received Y" or "invalid audience (aud) claim"
  // go on, and are a mismatch.
  py('invalid-audience', 'claim.aud-mismatch', 'Invalid audience', {
    ...ALONE,
    read: (f) => (/^(?:["')]|\s*$)/.test(f.after(4)) ? { args: { reason: NO_AUDIENCE } } : {}),
  }),
  py('audience-mismatch', 'claim.aud-mismatch', "Audience doesn't match"),
  py('audience-format', 'claim.aud-mismatch', 'Invalid claim format in token'),
  py('invalid-issuer', 'claim.iss-mismatch', 'Invalid issuer', ALONE),
  // 'Token is missing the "x" claim': the row is the closing quote and the word; the reader checks the rest.
  py('missing-claim', 'claim.required-missing', '" claim', {
    read: (f) => {
      const claim = capture(f.before(80), /Token is missing the \\?"([A-Za-z0-9_:.-]+)\\?$/i);
      return claim === undefined ? null : claimMissing(claim);
    },
  }),
  // jose says the same in lower case; the capital S is PyJWT's, but for WildFly Elytron's JwtValidator, whose DEBUG
  // line says it to the letter under its logger's category (java-servers.ts).
  py('signature-failed', 'signature.invalid', 'Signature verification failed', {
    exactCase: true,
    read: (f) => (underElytronLogger(f) ? null : {}),
  }),
  py('alg-not-allowed', 'alg.not-allowed', 'The specified alg value is not allowed'),
  py('alg-not-supported', 'alg.not-allowed', 'Algorithm not supported', ALONE),
  py('alg-not-specified', 'alg.not-allowed', 'Algorithm not specified', ALONE),
  py('not-enough-segments', 'token.malformed', 'Not enough segments', ALONE),
  py('header-padding', 'token.malformed', 'Invalid header padding'),
  py('payload-padding', 'token.malformed', 'Invalid payload padding'),
  py('crypto-padding', 'token.malformed', 'Invalid crypto padding'),
  py('header-string', 'token.malformed', 'Invalid header string'),
  py('algorithms-required', 'verifier.misconfigured', 'It is required that you pass in a value for the'),
  // Raised after one refresh of the key set, so the kid really is not there.
  py('kid-not-found', 'key.kid-unknown', 'Unable to find a signing key that matches', {
    read: (f) => {
      const kid = capture(f.after(200), /^: \\?"([^"\\]*)\\?"/);
      return kid === undefined ? null : { args: compact({ kid }) };
    },
  }),
  py('jwks-fetch', 'key.jwks-unavailable', 'Fail to fetch data from the url'),
  // jwks-rsa (node) words its empty-set error identically; the name given is the reference's.
  py('jwks-empty', 'key.jwks-unavailable', 'The JWKS endpoint did not contain any signing keys'),
  // JWTClaims.validate(): ExpiredTokenError, InvalidTokenError (nbf).
  authlib('ExpiredTokenError', 'time.expired', 'expired_token: The token is expired'),
  authlib('InvalidTokenError', 'time.not-yet-valid', 'invalid_token: The token is not valid yet'),
  // InvalidClaimError(claim) and MissingClaimError(claim), printed `error: description` (authlib/common/errors.py
  // AuthlibBaseError): `invalid_claim: Invalid claim "iss"`, `missing_claim: Missing "aud" claim`; BadSignatureError
  // has no description, so it prints `bad_signature: ` (authlib/jose/errors.py).
  // authlib/joserfc (src/joserfc/errors.py) words them `Invalid claim: '<claim>'` and `Missing claim: '<claim>'`, and
  // servers built on it log `invalid_claim: Invalid claim 'aud'` (i-am-bee/agentstack#2139): either quote, with or
  // without the colon.
  authlib('InvalidClaimError', 'claim.required-missing', 'invalid_claim: Invalid claim', {
    read: (f) => {
      const claim = /^:? (["'])([A-Za-z0-9_:.-]{1,64})\1/.exec(f.after(72))?.[2];
      return claim === undefined ? null : claimViolated(claim);
    },
  }),
  authlib('MissingClaimError', 'claim.required-missing', 'missing_claim: Missing ', {
    read: (f) => {
      const m = /^(?:"([A-Za-z0-9_:.-]{1,64})" claim|claim: ["']([A-Za-z0-9_:.-]{1,64})["'])/.exec(f.after(90));
      const claim = m?.[1] ?? m?.[2];
      return claim === undefined ? null : claimMissing(claim);
    },
  }),
  authlib('BadSignatureError', 'signature.invalid', 'bad_signature:', { exactCase: true }),

  // jwcrypto: the classes with their module, as a traceback's last line prints them. JWTExpired's bare name is also
  // jose's (node.ts); the module tells them apart.
  jwcrypto('JWTExpired', 'time.expired', 'jwcrypto.jwt.JWTExpired', { ...CLASS, read: jwcryptoExpired }),
  jwcrypto('JWTNotYetValid', 'time.not-yet-valid', 'jwcrypto.jwt.JWTNotYetValid', CLASS),
  // "Claim %s is missing", for a claim check_claims requires.
  jwcrypto('JWTMissingClaim', 'claim.required-missing', 'jwcrypto.jwt.JWTMissingClaim', {
    ...CLASS,
    read: (f) => {
      const claim = capture(f.after(90), /^: Claim ([A-Za-z0-9_:.-]{1,64}) is missing/);
      return claim === undefined ? {} : claimMissing(claim);
    },
  }),
  jwcrypto('JWTInvalidClaimValue', 'claim.required-missing', 'jwcrypto.jwt.JWTInvalidClaimValue', {
    ...CLASS,
    read: jwcryptoValue,
  }),
  // "Key ID %s not in key set": the token's kid is not in the JWKSet it was given.
  jwcrypto('JWTMissingKey', 'key.kid-unknown', 'jwcrypto.jwt.JWTMissingKey', {
    ...CLASS,
    read: (f) => ({ args: compact({ kid: capture(f.after(140), /^: Key ID (\S{1,100}) not in key set/) }) }),
  }),
  jwcrypto('InvalidJWSSignature', 'signature.invalid', 'jwcrypto.jws.InvalidJWSSignature', CLASS),
];
