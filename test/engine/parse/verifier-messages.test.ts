import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../../src/engine/codes.js';
import { MATCHERS } from '../../../src/engine/parse/verifier-messages/index.js';
import {
  countVerifierMatchers,
  matchVerifierMessages,
  type VerifierArgs,
} from '../../../src/engine/parse/verifier-messages.js';

/** A pasted line, the matcher that must name it, its code, and exactly the values it carries. */
type Case = [line: string, id: string, code: FindingCode, args?: VerifierArgs];

const NODE: Case[] = [
  [
    'TokenExpiredError: jwt expired\n    at /app/node_modules/jsonwebtoken/verify.js:190:21\n    at getSecret (/app/node_modules/jsonwebtoken/verify.js:97:14) {\n  expiredAt: 2026-05-28T14:02:11.000Z\n}',
    'jsonwebtoken.TokenExpiredError',
    'time.expired',
    { at: '2026-05-28T14:02:11.000Z' },
  ],
  [
    '{"level":"error","name":"NotBeforeError","message":"jwt not active","date":"2026-05-28T15:00:00.000Z"}',
    'jsonwebtoken.NotBeforeError',
    'time.not-yet-valid',
    { at: '2026-05-28T15:00:00.000Z' },
  ],
  ['{"level":"error","msg":"jwt expired"}', 'jsonwebtoken.expired', 'time.expired'],
  [
    'Error: invalid_jwt: JWT has expired: exp: 1626215411 < now: 1626316738',
    'did-jwt.expired',
    'time.expired',
    { at: '1626215411' },
  ],
  ['[warn] jwt not active', 'jsonwebtoken.not-active', 'time.not-yet-valid'],
  ['UnauthorizedError: maxAge exceeded', 'jsonwebtoken.max-age', 'time.expired', { claim: 'iat', reason: 'max-age' }],
  ['JsonWebTokenError: jwt must be provided', 'jsonwebtoken.must-be-provided', 'token.missing'],
  ['JsonWebTokenError: jwt must be a string', 'jsonwebtoken.must-be-string', 'token.malformed'],
  ['2026-05-28T14:10:00.123Z ERROR auth: jwt malformed', 'jsonwebtoken.malformed', 'token.malformed'],
  ['JsonWebTokenError: invalid token', 'jsonwebtoken.invalid-token', 'token.malformed'],
  ['JsonWebTokenError: jwt signature is required', 'jsonwebtoken.signature-required', 'alg.none'],
  [
    'JsonWebTokenError: please specify "none" in "algorithms" to verify unsigned tokens',
    'jsonwebtoken.none-not-allowed',
    'alg.none',
  ],
  ['JsonWebTokenError: secret or public key must be provided', 'jsonwebtoken.no-key', 'verifier.misconfigured'],
  [
    'JsonWebTokenError: error in secret or public key callback: getaddrinfo ENOTFOUND auth.acme-corp.com',
    'jsonwebtoken.key-callback',
    'key.kid-unknown',
  ],
  [
    'JsonWebTokenError: secretOrPublicKey is not valid key material',
    'jsonwebtoken.bad-key-material',
    'verifier.misconfigured',
  ],
  [
    'JsonWebTokenError: secretOrPublicKey must be an asymmetric key when using RS256',
    'jsonwebtoken.asymmetric-key',
    'alg.not-allowed',
    { alg: 'RS256' },
  ],
  [
    'JsonWebTokenError: secretOrPublicKey must be a symmetric key when using HS256',
    'jsonwebtoken.symmetric-key',
    'alg.not-allowed',
    { alg: 'HS256' },
  ],
  ['JsonWebTokenError: invalid algorithm', 'jsonwebtoken.invalid-algorithm', 'alg.not-allowed'],
  ['JsonWebTokenError: invalid signature', 'jsonwebtoken.invalid-signature', 'signature.invalid'],
  ['JsonWebTokenError: invalid exp value', 'jsonwebtoken.invalid-exp', 'time.invalid', { claim: 'exp' }],
  ['JsonWebTokenError: invalid nbf value', 'jsonwebtoken.invalid-nbf', 'time.invalid', { claim: 'nbf' }],
  ['JsonWebTokenError: jwt audience invalid', 'jsonwebtoken.audience-unquoted', 'claim.aud-mismatch'],
  ['jwt issuer invalid (from the orders service)', 'jsonwebtoken.issuer-unquoted', 'claim.iss-mismatch'],
  [
    'JsonWebTokenError: jwt audience invalid. expected: api://orders or https://api.acme-corp.com',
    'jsonwebtoken.audience',
    'claim.aud-mismatch',
    { expected: ['api://orders', 'https://api.acme-corp.com'] },
  ],
  [
    '{"msg":"jwt issuer invalid. expected: https://auth.acme-corp.com/","level":50}',
    'jsonwebtoken.issuer',
    'claim.iss-mismatch',
    { expected: ['https://auth.acme-corp.com/'] },
  ],
  [
    'JsonWebTokenError: jwt subject invalid. expected: auth0|6650f1c2',
    'jsonwebtoken.subject',
    'claim.required-missing',
    { claim: 'sub', reason: 'mismatch', expected: ['auth0|6650f1c2'] },
  ],
  [
    'JsonWebTokenError: jwt jwtid invalid. expected: 4f1c',
    'jsonwebtoken.jwtid',
    'claim.required-missing',
    { claim: 'jti', reason: 'mismatch', expected: ['4f1c'] },
  ],
  [
    'JsonWebTokenError: jwt nonce invalid. expected: n-0S6_WzA2Mj',
    'jsonwebtoken.nonce',
    'claim.required-missing',
    { claim: 'nonce', reason: 'mismatch', expected: ['n-0S6_WzA2Mj'] },
  ],
  [
    'JsonWebTokenError: iat required when maxAge is specified',
    'jsonwebtoken.iat-required',
    'claim.required-missing',
    { claim: 'iat' },
  ],

  [
    '{"name":"UnauthorizedError","code":"credentials_required","message":"No authorization token was found","status":401}',
    'express-jwt.credentials_required',
    'token.missing',
  ],
  [
    '{"code":"credentials_bad_scheme","message":"Format is Authorization: Bearer [token]","status":401}',
    'express-jwt.credentials_bad_scheme',
    'authz-header.scheme',
  ],
  ['{"code":"credentials_bad_format","status":401}', 'express-jwt.credentials_bad_format', 'authz-header.format'],
  ['{"code":"revoked_token","message":"The token has been revoked."}', 'express-jwt.revoked_token', 'token.revoked'],
  ['UnauthorizedError: No authorization token was found', 'express-jwt.no-token', 'token.missing'],
  ['UnauthorizedError: Format is Authorization: Bearer [token]', 'express-jwt.format', 'authz-header.format'],
  ['UnauthorizedError: The token has been revoked.', 'express-jwt.revoked', 'token.revoked'],

  [
    'InsufficientScopeError: Insufficient Scope\n    at /app/node_modules/express-oauth2-jwt-bearer/dist/index.js:3:1',
    'express-oauth2-jwt-bearer.InsufficientScopeError',
    'scope.insufficient',
  ],
  [
    "InvalidTokenError: Missing 'org_id' claim",
    'express-oauth2-jwt-bearer.missing-claim',
    'claim.required-missing',
    { claim: 'org_id' },
  ],
  [
    "InvalidTokenError: Token missing required 'iss' claim",
    'express-oauth2-jwt-bearer.iss-missing',
    'claim.iss-missing',
    { claim: 'iss' },
  ],
  [
    'InvalidTokenError: Token header missing or invalid "alg" claim',
    'express-oauth2-jwt-bearer.alg-header',
    'alg.not-allowed',
  ],
  [
    'Error: No JWKS URI, public key, or secret available for verification',
    'express-oauth2-jwt-bearer.no-key-source',
    'verifier.misconfigured',
  ],
  [
    'InvalidRequestError: DPoP proof requires the DPoP authentication scheme, not Bearer',
    'express-oauth2-jwt-bearer.dpop-scheme',
    'authz-header.scheme',
    { reason: 'dpop' },
  ],

  [
    "SigningKeyNotFoundError: Unable to find a signing key that matches 'k1'",
    'jwks-rsa.SigningKeyNotFoundError',
    'key.kid-unknown',
    { kid: 'k1' },
  ],
  [
    "JsonWebTokenError: error in secret or public key callback: Unable to find a signing key that matches 'NjVBRjY5MDlCMUIw'",
    'jwks-rsa.kid-not-found',
    'key.kid-unknown',
    { kid: 'NjVBRjY5MDlCMUIw' },
  ],

  [
    '{"code":"ERR_JWT_EXPIRED","name":"JWTExpired","message":"\\"exp\\" claim timestamp check failed","claim":"exp","reason":"check_failed"}',
    'jose.ERR_JWT_EXPIRED',
    'time.expired',
    { claim: 'exp' },
  ],
  [
    "{ code: 'ERR_JWT_EXPIRED', message: '\"iat\" claim timestamp check failed (too far in the past)' }",
    'jose.ERR_JWT_EXPIRED',
    'time.expired',
    { claim: 'iat', reason: 'max-age' },
  ],
  ['JWTExpired: "exp" claim timestamp check failed', 'jose.JWTExpired', 'time.expired', { claim: 'exp' }],
  ['"nbf" claim timestamp check failed', 'jose.timestamp', 'time.not-yet-valid', { claim: 'nbf' }],
  [
    'JWTClaimValidationFailed: "iat" claim timestamp check failed (it should be in the past)',
    'jose.timestamp',
    'time.issued-in-future',
    { claim: 'iat' },
  ],
  [
    '{"code":"ERR_JWS_SIGNATURE_VERIFICATION_FAILED","message":"signature verification failed"}',
    'jose.ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
    'signature.invalid',
  ],
  [
    'JWSSignatureVerificationFailed: signature verification failed',
    'jose.JWSSignatureVerificationFailed',
    'signature.invalid',
  ],
  ['Error: signature verification failed', 'jose.signature-failed', 'signature.invalid'],
  [
    '{"code":"ERR_JOSE_ALG_NOT_ALLOWED","message":"\\"alg\\" (Algorithm) Header Parameter value not allowed"}',
    'jose.ERR_JOSE_ALG_NOT_ALLOWED',
    'alg.not-allowed',
  ],
  [
    'JOSEAlgNotAllowed: "alg" (Algorithm) Header Parameter value not allowed',
    'jose.JOSEAlgNotAllowed',
    'alg.not-allowed',
  ],
  ['verify failed: "alg" (Algorithm) Header Parameter value not allowed', 'jose.alg-not-allowed', 'alg.not-allowed'],
  ['{"code":"ERR_JWS_INVALID","message":"Invalid Compact JWS"}', 'jose.ERR_JWS_INVALID', 'token.malformed'],
  ['JWSInvalid: JWS "alg" (Algorithm) Header Parameter missing or invalid', 'jose.JWSInvalid', 'token.malformed'],
  ['JWS "alg" (Algorithm) Header Parameter missing or invalid', 'jose.alg-missing', 'token.malformed'],
  ['Error verifying token: Invalid Compact JWS', 'jose.invalid-compact-jws', 'token.malformed'],
  ['JWSInvalid: Compact JWS must be a string or Uint8Array', 'jose.compact-not-string', 'token.missing'],
  [
    'Compact JWS must be a string or Uint8Array\n  at node_modules/@kinde-oss/kinde-typescript-sdk/dist/sdk/utilities/token-utils.js:142:45',
    'kinde.no-token-for-jose',
    'token.missing',
  ],
  ['{"code":"ERR_JWT_INVALID","message":"JWTs must contain a payload"}', 'jose.ERR_JWT_INVALID', 'token.malformed'],
  ['JWTInvalid: JWT Claims Set must be a top-level JSON object', 'jose.JWTInvalid', 'token.malformed'],
  ['JWT Claims Set must be a top-level JSON object', 'jose.claims-not-object', 'token.malformed'],
  ['decodeJwt failed: JWTs must contain a payload', 'jose.no-payload', 'token.malformed'],
  ['Failed to parse the decoded payload as JSON', 'jose.payload-json', 'token.malformed'],
  ['Failed to base64url decode the signature', 'jose.base64url', 'token.malformed'],
  ['JWTInvalid: Only JWTs using Compact JWS serialization can be decoded', 'jose.jwe-given', 'token.jwe'],
  [
    '{"code":"ERR_JWKS_NO_MATCHING_KEY","message":"no applicable key found in the JSON Web Key Set"}',
    'jose.ERR_JWKS_NO_MATCHING_KEY',
    'key.kid-unknown',
  ],
  ['JWKSNoMatchingKey: no applicable key found in the JSON Web Key Set', 'jose.JWKSNoMatchingKey', 'key.kid-unknown'],
  ['auth failed: no applicable key found in the JSON Web Key Set', 'jose.no-applicable-key', 'key.kid-unknown'],
  ["{ code: 'ERR_JWKS_MULTIPLE_MATCHING_KEYS' }", 'jose.ERR_JWKS_MULTIPLE_MATCHING_KEYS', 'key.kid-missing'],
  [
    'JWKSMultipleMatchingKeys: multiple matching keys found in the JSON Web Key Set',
    'jose.JWKSMultipleMatchingKeys',
    'key.kid-missing',
  ],
  ['multiple matching keys found in the JSON Web Key Set', 'jose.multiple-keys', 'key.kid-missing'],
  ['{"code":"ERR_JWKS_TIMEOUT","message":"request timed out"}', 'jose.ERR_JWKS_TIMEOUT', 'key.jwks-unavailable'],
  ['JWKSTimeout: request timed out', 'jose.JWKSTimeout', 'key.jwks-unavailable'],
  [
    '{"code":"ERR_JWKS_INVALID","message":"JSON Web Key Set malformed"}',
    'jose.ERR_JWKS_INVALID',
    'key.jwks-unavailable',
  ],
  ['JWKSInvalid: JSON Web Key Set malformed', 'jose.JWKSInvalid', 'key.jwks-unavailable'],
  ['JSON Web Key Set malformed', 'jose.jwks-malformed', 'key.jwks-unavailable'],
  ['JOSEError: Expected 200 OK from the JSON Web Key Set HTTP response', 'jose.jwks-status', 'key.jwks-unavailable'],
  ['Failed to parse the JSON Web Key Set HTTP response as JSON', 'jose.jwks-json', 'key.jwks-unavailable'],
  [
    'JWTClaimValidationFailed: unexpected "aud" claim value',
    'jose.unexpected-claim',
    'claim.aud-mismatch',
    { claim: 'aud' },
  ],
  [
    '{"code":"ERR_JWT_CLAIM_VALIDATION_FAILED","claim":"iss","message":"unexpected \\"iss\\" claim value"}',
    'jose.unexpected-claim',
    'claim.iss-mismatch',
    { claim: 'iss' },
  ],
  [
    'JWTClaimValidationFailed: missing required "sub" claim',
    'jose.missing-claim',
    'claim.sub-missing',
    { claim: 'sub' },
  ],
  ['JWTClaimValidationFailed: "exp" claim must be a number', 'jose.claim-not-number', 'time.invalid', { claim: 'exp' }],
  // token.jwe-undecryptable and token.type-mismatch (project codes): jose's errors.ts and jwt_claims_set.ts.
  ['{"code":"ERR_JWE_DECRYPTION_FAILED"}', 'jose.ERR_JWE_DECRYPTION_FAILED', 'token.jwe-undecryptable'],
  ['JWEDecryptionFailed', 'jose.JWEDecryptionFailed', 'token.jwe-undecryptable'],
  [
    'https://next-auth.js.org/errors#jwt_session_error decryption operation failed',
    'jose.decryption-failed',
    'token.jwe-undecryptable',
  ],
  // Auth.js's logger (next-auth packages/core lib/utils/logger.ts) for its JWTSessionError, with no cause line.
  [
    '[auth][error] JWTSessionError: Read more at https://errors.authjs.dev#jwtsessionerror',
    'authjs.jwt-session-error',
    'verifier.misconfigured',
    { reason: 'unknown' },
  ],
  ['unexpected "typ" JWT header value', 'jose.unexpected-typ', 'token.type-mismatch'],
];

const PYTHON: Case[] = [
  ['jwt.exceptions.ExpiredSignatureError: Signature has expired', 'pyjwt.ExpiredSignatureError', 'time.expired'],
  [
    'jose.exceptions.ExpiredSignatureError: Signature has expired.',
    'python-jose.ExpiredSignatureError',
    'time.expired',
  ],
  // The generic classes yield their code to the message beside them (PyJWT's words, which python-jose shares), and own
  // the hit: the module path says python-jose said them (round left-ii).
  [
    'jose.exceptions.JWTClaimsError: Invalid audience',
    'python-jose.JWTClaimsError',
    'claim.aud-mismatch',
    { reason: 'no-audience-passed' },
  ],
  [
    'jose.exceptions.JWTClaimsError: Subject must be a string.',
    'python-jose.JWTClaimsError',
    'challenge.invalid-token',
  ],
  ['jose.exceptions.JWTError', 'python-jose.JWTError', 'challenge.invalid-token'],
  ['jose.exceptions.JWTError: Error decoding token headers.', 'python-jose.header-decode', 'token.malformed'],
  ['jose.exceptions.JWTError: Error decoding token claims.', 'python-jose.claims-decode', 'token.malformed'],
  ['WARNING:root:token rejected: Signature has expired', 'pyjwt.expired', 'time.expired'],
  [
    'jwt.exceptions.ImmatureSignatureError: The token is not yet valid (nbf)',
    'pyjwt.ImmatureSignatureError',
    'time.not-yet-valid',
    { claim: 'nbf' },
  ],
  [
    'jwt.exceptions.ImmatureSignatureError: The token is not yet valid (iat)',
    'pyjwt.not-yet-valid',
    'time.issued-in-future',
    { claim: 'iat' },
  ],
  [
    'jwt.exceptions.InvalidIssuedAtError: Issued At claim (iat) cannot be in the future.',
    'pyjwt.InvalidIssuedAtError',
    'time.issued-in-future',
    { claim: 'iat' },
  ],
  ['Issued At claim (iat) cannot be in the future', 'pyjwt.iat-future', 'time.issued-in-future', { claim: 'iat' }],
  [
    'jwt.exceptions.DecodeError: Expiration Time claim (exp) must be an integer.',
    'pyjwt.exp-not-integer',
    'time.invalid',
    { claim: 'exp' },
  ],
  [
    'jwt.exceptions.DecodeError: Not Before claim (nbf) must be an integer.',
    'pyjwt.nbf-not-integer',
    'time.invalid',
    { claim: 'nbf' },
  ],
  [
    'jwt.exceptions.InvalidIssuedAtError: Issued At claim (iat) must be an integer.',
    'pyjwt.iat-not-integer',
    'time.invalid',
    { claim: 'iat' },
  ],
  [
    'jwt.exceptions.InvalidAudienceError: Invalid audience',
    'pyjwt.InvalidAudienceError',
    'claim.aud-mismatch',
    { reason: 'no-audience-passed' },
  ],
  ['401: Invalid audience', 'pyjwt.invalid-audience', 'claim.aud-mismatch', { reason: 'no-audience-passed' }],
  ["Token rejected: Audience doesn't match (strict)", 'pyjwt.audience-mismatch', 'claim.aud-mismatch'],
  ['error: Invalid claim format in token', 'pyjwt.audience-format', 'claim.aud-mismatch'],
  ['jwt.exceptions.InvalidIssuerError: Invalid issuer', 'pyjwt.InvalidIssuerError', 'claim.iss-mismatch'],
  ['{"detail":"Invalid issuer"}', 'pyjwt.invalid-issuer', 'claim.iss-mismatch'],
  [
    'jwt.exceptions.InvalidSignatureError: Signature verification failed',
    'pyjwt.InvalidSignatureError',
    'signature.invalid',
  ],
  ['Signature verification failed', 'pyjwt.signature-failed', 'signature.invalid'],
  // Another logger's category before them leaves them PyJWT's (WildFly Elytron's takes them: round left6).
  [
    '2026-05-28 14:09:58,808 ERROR [app.auth] (worker-1) Signature verification failed',
    'pyjwt.signature-failed',
    'signature.invalid',
  ],
  ['[org.wildfly.security] said earlier; Signature verification failed', 'pyjwt.signature-failed', 'signature.invalid'],
  [
    'jwt.exceptions.InvalidAlgorithmError: The specified alg value is not allowed',
    'pyjwt.InvalidAlgorithmError',
    'alg.not-allowed',
  ],
  ['The specified alg value is not allowed', 'pyjwt.alg-not-allowed', 'alg.not-allowed'],
  ['NotImplementedError: Algorithm not supported', 'pyjwt.alg-not-supported', 'alg.not-allowed'],
  ['Algorithm not specified', 'pyjwt.alg-not-specified', 'alg.not-allowed'],
  [
    'jwt.exceptions.MissingRequiredClaimError: Token is missing the "tenant" claim',
    'pyjwt.MissingRequiredClaimError',
    'claim.required-missing',
    { claim: 'tenant' },
  ],
  [
    'jwt.exceptions.MissingRequiredClaimError: Token is missing the "exp" claim',
    'pyjwt.missing-claim',
    'time.no-exp',
    { claim: 'exp' },
  ],
  ['Token is missing the "iss" claim', 'pyjwt.missing-claim', 'claim.iss-missing', { claim: 'iss' }],
  [
    'jwt.exceptions.PyJWKClientConnectionError: Fail to fetch data from the url, err: "<urlopen error [Errno 111] Connection refused>"',
    'pyjwt.PyJWKClientConnectionError',
    'key.jwks-unavailable',
  ],
  ['Fail to fetch data from the url, err: "HTTP Error 404: Not Found"', 'pyjwt.jwks-fetch', 'key.jwks-unavailable'],
  [
    'jwt.exceptions.PyJWKClientError: Unable to find a signing key that matches: "k2"',
    'pyjwt.PyJWKClientError',
    'key.kid-unknown',
    { kid: 'k2' },
  ],
  ['Unable to find a signing key that matches: "k2"', 'pyjwt.kid-not-found', 'key.kid-unknown', { kid: 'k2' }],
  [
    'jwt.exceptions.PyJWKClientError: The JWKS endpoint did not contain any signing keys',
    'pyjwt.jwks-empty',
    'key.jwks-unavailable',
  ],
  ['jwt.exceptions.DecodeError: Not enough segments', 'pyjwt.not-enough-segments', 'token.malformed'],
  [
    'authlib.jose.errors.ExpiredTokenError: expired_token: The token is expired',
    'authlib.ExpiredTokenError',
    'time.expired',
  ],
  [
    'authlib.jose.errors.InvalidTokenError: invalid_token: The token is not valid yet',
    'authlib.InvalidTokenError',
    'time.not-yet-valid',
  ],
  [
    'authlib.jose.errors.InvalidClaimError: invalid_claim: Invalid claim "iss"',
    'authlib.InvalidClaimError',
    'claim.iss-mismatch',
    { claim: 'iss' },
  ],
  [
    'authlib.jose.errors.InvalidClaimError: invalid_claim: Invalid claim "jti"',
    'authlib.InvalidClaimError',
    'claim.required-missing',
    { claim: 'jti', reason: 'mismatch' },
  ],
  [
    'authlib.jose.errors.MissingClaimError: missing_claim: Missing "aud" claim',
    'authlib.MissingClaimError',
    'claim.aud-missing',
    { claim: 'aud' },
  ],
  ['authlib.jose.errors.BadSignatureError: bad_signature: ', 'authlib.BadSignatureError', 'signature.invalid'],
  ['DecodeError: Invalid header padding', 'pyjwt.header-padding', 'token.malformed'],
  ['DecodeError: Invalid payload padding', 'pyjwt.payload-padding', 'token.malformed'],
  ['DecodeError: Invalid crypto padding', 'pyjwt.crypto-padding', 'token.malformed'],
  [
    'DecodeError: Invalid header string: Expecting value: line 1 column 1 (char 0)',
    'pyjwt.header-string',
    'token.malformed',
  ],
  [
    'jwt.exceptions.DecodeError: It is required that you pass in a value for the "algorithms" argument when calling decode().',
    'pyjwt.algorithms-required',
    'verifier.misconfigured',
  ],
];

const GO: Case[] = [
  ['token has invalid claims: token is expired', 'golang-jwt.ErrTokenExpired', 'time.expired'],
  ['token has invalid claims: token is not valid yet', 'golang-jwt.ErrTokenNotValidYet', 'time.not-yet-valid'],
  [
    'level=warn msg="auth failed" err="token has invalid claims: token used before issued"',
    'golang-jwt.ErrTokenUsedBeforeIssued',
    'time.issued-in-future',
  ],
  ['token has invalid claims: token has invalid audience', 'golang-jwt.ErrTokenInvalidAudience', 'claim.aud-mismatch'],
  ['token has invalid claims: token has invalid issuer', 'golang-jwt.ErrTokenInvalidIssuer', 'claim.iss-mismatch'],
  [
    'token has invalid claims: token has invalid subject',
    'golang-jwt.ErrTokenInvalidSubject',
    'claim.required-missing',
    { claim: 'sub', reason: 'mismatch' },
  ],
  [
    'token has invalid claims: token is missing required claim: exp claim is required',
    'golang-jwt.ErrTokenRequiredClaimMissing',
    'time.no-exp',
    { claim: 'exp' },
  ],
  [
    'token is missing required claim: iat claim is required',
    'golang-jwt.ErrTokenRequiredClaimMissing',
    'claim.required-missing',
    { claim: 'iat' },
  ],
  [
    'token signature is invalid: signing method HS256 is invalid',
    'golang-jwt.ErrTokenSignatureInvalid',
    'alg.not-allowed',
    { alg: 'HS256' },
  ],
  [
    'token signature is invalid: crypto/rsa: verification error',
    'golang-jwt.ErrTokenSignatureInvalid',
    'signature.invalid',
  ],
  ['crypto/rsa: verification error', 'golang-jwt.rsa-verification', 'signature.invalid'],
  ['crypto/ecdsa: verification error', 'golang-jwt.ecdsa-verification', 'signature.invalid'],
  ['ed25519: verification error', 'golang-jwt.ed25519-verification', 'signature.invalid'],
  ['error: signature is invalid', 'golang-jwt.ErrSignatureInvalid', 'signature.invalid'],
  [
    'token is unverifiable: error while executing keyfunc: kid "k9" not found in JWKS',
    'golang-jwt.ErrTokenUnverifiable',
    'key.kid-unknown',
  ],
  [
    'error while executing keyfunc: the JWK Set does not contain the key ID',
    'golang-jwt.keyfunc-error',
    'key.kid-unknown',
  ],
  ['keyfunc returned empty verification key set', 'golang-jwt.empty-key-set', 'key.kid-unknown'],
  ['token is unverifiable: signing method (alg) is unavailable', 'golang-jwt.alg-unavailable', 'alg.not-allowed'],
  ['token is unverifiable: signing method (alg) is unspecified', 'golang-jwt.alg-unspecified', 'alg.not-allowed'],
  ["token signature is invalid: 'none' signature type is not allowed", 'golang-jwt.none-not-allowed', 'alg.none'],
  [
    'token is malformed: token contains an invalid number of segments',
    'golang-jwt.ErrTokenMalformed',
    'token.malformed',
  ],
  ['token contains an invalid number of segments', 'golang-jwt.segments', 'token.malformed'],
  ["tokenstring should not contain 'bearer '", 'golang-jwt.bearer-prefix', 'authz-header.double-prefix'],
  [
    "email in id_token (jane@example.com) isn't verified",
    'oauth2-proxy.unverified-email',
    'claim.required-missing',
    { claim: 'email_verified', reason: 'mismatch' },
  ],
  ['Error parsing token: key is of invalid type', 'golang-jwt.ErrInvalidKeyType', 'verifier.misconfigured'],

  [
    'oidc: token is expired (Token Expiry: 2026-05-28 14:02:11 +0000 UTC)',
    'go-oidc.expired',
    'time.expired',
    { at: '2026-05-28 14:02:11 +0000 UTC' },
  ],
  [
    'oidc: current time 2026-05-28 14:10:00 +0000 UTC before the nbf (not before) time: 2026-05-28 15:00:00 +0000 UTC',
    'go-oidc.nbf',
    'time.not-yet-valid',
  ],
  [
    'oidc: id token issued by a different provider, expected "https://accounts.google.com" got "https://evil.example.com"',
    'go-oidc.issuer',
    'claim.iss-mismatch',
    { expected: ['https://accounts.google.com'], actual: 'https://evil.example.com' },
  ],
  [
    'failed to verify ID token: oidc: expected audience "my-client" got ["other-client" "second"]',
    'go-oidc.audience',
    'claim.aud-mismatch',
    { expected: ['my-client'], actual: 'other-client, second' },
  ],
  [
    '{"level":"error","error":"oidc: id token signed with unsupported algorithm, expected [\\"RS256\\"] got \\"HS256\\""}',
    'go-oidc.algorithm',
    'alg.not-allowed',
    { expected: ['RS256'], actual: 'HS256', alg: 'HS256' },
  ],
  [
    'oidc: verify token: failed to verify signature: failed to verify id token signature',
    'go-oidc.signature',
    'signature.invalid',
    { reason: 'key-or-signature' },
  ],
  ['oidc: id token not signed', 'go-oidc.not-signed', 'alg.none'],
  [
    'oidc: malformed jwt: go-jose/go-jose: compact JWS format must have three parts',
    'go-oidc.malformed',
    'token.malformed',
  ],
  [
    'oidc: get keys failed Get "https://login.example.com/keys": dial tcp: i/o timeout',
    'go-oidc.jwks-fetch',
    'key.jwks-unavailable',
  ],
  [
    "oidc: failed to decode keys: invalid character '<' looking for beginning of value <html>",
    'go-oidc.jwks-decode',
    'key.jwks-unavailable',
  ],

  ['failed to validate token: "exp" not satisfied', 'jwx.claim', 'time.expired', { claim: 'exp' }],
  ['"aud" not satisfied: required claim not found', 'jwx.claim', 'claim.aud-missing', { claim: 'aud' }],
  ['Failed to verify token exp not satisfied', 'jwx.claim-v1', 'time.expired', { claim: 'exp' }],
  [
    'could not verify message using any of the signatures or keys',
    'jwx.no-key-verified',
    'signature.invalid',
    { reason: 'key-or-signature' },
  ],
  ['failed to find key with key ID "k3" in key set', 'jwx.kid-not-found', 'key.kid-unknown', { kid: 'k3' }],
];

const JAVA: Case[] = [
  ['com.nimbusds.jwt.proc.BadJWTException: Expired JWT', 'nimbus.expired', 'time.expired'],
  // The words alone, or jjwt's with no continuation: no library can be told by them.
  ['Expired JWT', 'unattributed.expired-jwt', 'time.expired'],
  ['2026-05-28 14:00:01 ERROR AuthFilter - JWT expired', 'unattributed.jwt-expired', 'time.expired'],
  // round audit-u: a service's own error value (unattributed.ts).
  [
    '{"msg":"request rejected","error":"invalid bearer token"}',
    'unattributed.invalid-bearer-token',
    'challenge.invalid-token',
  ],
  ['com.nimbusds.jwt.proc.BadJWTException: JWT before use time', 'nimbus.before-use', 'time.not-yet-valid'],
  [
    'BadJWTException: JWT audience rejected: [api://other]',
    'nimbus.audience-rejected',
    'claim.aud-mismatch',
    { actual: 'api://other' },
  ],
  ['BadJWTException: JWT missing required audience', 'nimbus.audience-missing', 'claim.aud-missing', { claim: 'aud' }],
  ['BadJWTException: JWT missing required claims: [exp]', 'nimbus.claims-missing', 'time.no-exp', { claim: 'exp' }],
  [
    'BadJWTException: JWT missing required claims: [sub, tenant]',
    'nimbus.claims-missing',
    'claim.required-missing',
    { claim: 'sub, tenant' },
  ],
  [
    'com.nimbusds.jose.proc.BadJOSEException: Signed JWT rejected: Another algorithm expected, or no matching key(s) found',
    'nimbus.key-or-alg',
    'key.kid-unknown',
    { reason: 'key-or-alg' },
  ],
  ['BadJOSEException: Signed JWT rejected: No matching key(s) found', 'nimbus.no-matching-key', 'key.kid-unknown'],
  [
    'An error occurred while attempting to decode the Jwt: Signed JWT rejected: Invalid signature',
    'nimbus.invalid-signature',
    'signature.invalid',
  ],
  ['BadJOSEException: Unsecured (plain) JWTs are rejected, extend class to handle', 'nimbus.unsecured', 'alg.none'],
  [
    'BadJOSEException: JWS object rejected: No matching verifier(s) found',
    'nimbus.no-verifier',
    'alg.not-allowed',
    { reason: 'key-or-alg' },
  ],

  [
    'org.springframework.security.oauth2.jwt.JwtValidationException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:02:11Z',
    'spring-security.expired',
    'time.expired',
    { at: '2026-05-28T14:02:11Z' },
  ],
  [
    'WWW-Authenticate: Bearer error="invalid_token", error_description="An error occurred while attempting to decode the Jwt: Jwt used before 2026-05-28T15:00:00Z", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
    'spring-security.used-before',
    'time.not-yet-valid',
    { at: '2026-05-28T15:00:00Z' },
  ],
  ['JwtValidationException: exp is required', 'spring-security.exp-required', 'time.no-exp', { claim: 'exp' }],
  [
    'JwtValidationException: nbf is required',
    'spring-security.nbf-required',
    'claim.required-missing',
    { claim: 'nbf' },
  ],
  [
    'An error occurred while attempting to decode the Jwt: The iss claim is not valid',
    'spring-security.claim-not-valid',
    'claim.iss-mismatch',
    { claim: 'iss' },
  ],
  ['The aud claim is not valid', 'spring-security.claim-not-valid', 'claim.aud-mismatch', { claim: 'aud' }],
  [
    'JwtValidationException: This iss claim is not equal to the configured issuer',
    'spring-security.issuer-not-equal',
    'claim.iss-mismatch',
  ],
  [
    'DEBUG o.s.s.o.s.r.a.JwtAuthenticationProvider  : Failed to authenticate since the JWT was invalid',
    'spring-security.jwt-invalid',
    'challenge.invalid-token',
  ],
  [
    // (The decoder's words after it, here cut, refine it: "Malformed token" is spring-security.malformed-token.)
    'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt',
    'spring-security.InvalidBearerTokenException',
    'challenge.invalid-token',
  ],
  // The class is a refinable head: the decoder's message beside it names the cause.
  [
    'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Jwt expired at 2026-05-28T14:00:00Z',
    'spring-security.expired',
    'time.expired',
    { at: '2026-05-28T14:00:00Z' },
  ],
  // The class alone says the bearer token was refused, as a bare invalid_token does (it was input.empty).
  [
    'org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: Unable to validate Jwt',
    'spring-security.InvalidBearerTokenException',
    'challenge.invalid-token',
  ],
  ['iat claim is required.', 'spring-security.iat-required', 'claim.required-missing', { claim: 'iat' }],
  ['iat claim is invalid.', 'spring-security.iat-invalid', 'time.expired', { claim: 'iat', reason: 'iat-window' }],
  [
    'BadJwtException: Unsupported algorithm of none',
    'spring-security.unsupported-algorithm',
    'alg.none',
    { alg: 'none' },
  ],
  [
    'An error occurred while attempting to decode the Jwt: Malformed Jwk set',
    'spring-security.malformed-jwk-set',
    'key.jwks-unavailable',
  ],
  [
    'An error occurred while attempting to decode the Jwt: Malformed payload',
    'spring-security.malformed-payload',
    'token.malformed',
  ],
  [
    'WWW-Authenticate: Bearer error="invalid_request", error_description="Bearer token is malformed"',
    'spring-security.malformed-bearer',
    'authz-header.format',
  ],
  [
    'OAuth2AuthenticationException: Found multiple bearer tokens in the request',
    'spring-security.multiple-tokens',
    'authz-header.format',
  ],
  ['The requested token parameter is an empty string', 'spring-security.empty-token-parameter', 'authz-header.format'],
  [
    '"message": "Full authentication is required to access this resource",',
    'spring-security.insufficient-authentication',
    'token.missing',
  ],
  [
    'o.s.s.w.a.Http403ForbiddenEntryPoint     : Pre-authenticated entry point called. Rejecting access',
    'spring-security.entry-point',
    'token.missing',
  ],
  [
    'WWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
    'spring-security.higher-privileges',
    'scope.insufficient',
  ],

  [
    'io.jsonwebtoken.ExpiredJwtException: JWT expired at 2023-09-09T13:16:05Z. Current time: 2023-09-09T13:18:13Z, a difference of 128631 milliseconds.  Allowed clock skew: 0 milliseconds.',
    'jjwt.ExpiredJwtException',
    'time.expired',
    { at: '2023-09-09T13:16:05Z', now: '2023-09-09T13:18:13Z' },
  ],
  [
    'JWT expired 1573 milliseconds ago at 2022-07-11T15:15:36.000Z. Current time: 2022-07-11T15:15:37.573Z. Allowed clock skew: 0 milliseconds.',
    'jjwt.expired',
    'time.expired',
    { at: '2022-07-11T15:15:36.000Z' },
  ],
  [
    'io.jsonwebtoken.PrematureJwtException: JWT must not be accepted before 2026-05-28T15:00:00Z. Current time: 2026-05-28T14:10:00Z, a difference of 3000000 milliseconds.',
    'jjwt.PrematureJwtException',
    'time.not-yet-valid',
    { at: '2026-05-28T15:00:00Z' },
  ],
  [
    'JWT must not be accepted before 2026-05-28T15:00:00Z. Current time: 2026-05-28T14:10:00Z',
    'jjwt.premature',
    'time.not-yet-valid',
    { at: '2026-05-28T15:00:00Z' },
  ],
  [
    'io.jsonwebtoken.MalformedJwtException: Invalid compact JWT string: Compact JWSs must contain exactly 2 period characters, and compact JWEs must contain exactly 4.  Found: 0',
    'jjwt.MalformedJwtException',
    'token.malformed',
  ],
  [
    'io.jsonwebtoken.security.SignatureException: JWT signature does not match locally computed signature. JWT validity cannot be asserted and should not be trusted.',
    'jjwt.signature',
    'signature.invalid',
  ],
  // Round real-a: the legacy spring-security-oauth2 DefaultTokenServices, the token after its words.
  [
    'error_description="Invalid access token: 9ea7d2dc-eb01-40b2-a29f-bb33ef11c6c9"',
    'spring-security-oauth2.invalid',
    'challenge.invalid-token',
  ],
  [
    'error_description="Access token expired: 9ea7d2dc-eb01-40b2-a29f-bb33ef11c6c9"',
    'spring-security-oauth2.expired',
    'time.expired',
  ],

  [
    'com.auth0.jwt.exceptions.TokenExpiredException: The Token has expired on 2026-05-28T14:02:11Z.',
    'java-jwt.TokenExpiredException',
    'time.expired',
    { at: '2026-05-28T14:02:11Z' },
  ],
  [
    'The Token has expired on 2026-05-28T14:02:11Z.',
    'java-jwt.expired',
    'time.expired',
    { at: '2026-05-28T14:02:11Z' },
  ],
  [
    "com.auth0.jwt.exceptions.SignatureVerificationException: The Token's Signature resulted invalid when verified using the Algorithm: SHA256withRSA",
    'java-jwt.SignatureVerificationException',
    'signature.invalid',
    { alg: 'SHA256withRSA' },
  ],
  [
    "The Token's Signature resulted invalid when verified using the Algorithm: HmacSHA256",
    'java-jwt.signature',
    'signature.invalid',
    { alg: 'HmacSHA256' },
  ],
  [
    "com.auth0.jwt.exceptions.AlgorithmMismatchException: The provided Algorithm doesn't match the one defined in the JWT's Header.",
    'java-jwt.AlgorithmMismatchException',
    'alg.not-allowed',
  ],
  [
    "The provided Algorithm doesn't match the one defined in the JWT's Header.",
    'java-jwt.algorithm',
    'alg.not-allowed',
  ],
  [
    'com.auth0.jwt.exceptions.JWTDecodeException: The token was expected to have 3 parts, but got 1.',
    'java-jwt.JWTDecodeException',
    'token.malformed',
  ],
  ['The token was expected to have 3 parts, but got 0.', 'java-jwt.parts', 'token.malformed'],
  [
    "com.auth0.jwt.exceptions.MissingClaimException: The Claim 'tenant' is not present in the JWT.",
    'java-jwt.MissingClaimException',
    'claim.required-missing',
    { claim: 'tenant' },
  ],
  ["The Claim 'iss' is not present in the JWT.", 'java-jwt.claim-missing', 'claim.iss-missing', { claim: 'iss' }],
  [
    "com.auth0.jwt.exceptions.InvalidClaimException: The Token can't be used before 2026-05-28T15:00:00Z.",
    'java-jwt.not-before',
    'time.not-yet-valid',
    { at: '2026-05-28T15:00:00Z', reason: 'nbf-or-iat' },
  ],
  [
    "InvalidClaimException: The Claim 'aud' value doesn't contain the required audience.",
    'java-jwt.audience',
    'claim.aud-mismatch',
  ],
  [
    "InvalidClaimException: The Claim 'iss' value doesn't match the required issuer.",
    'java-jwt.issuer',
    'claim.iss-mismatch',
  ],
  // token.type-mismatch (project code): Nimbus's DefaultJOSEObjectTypeVerifier, Spring's JwtTypeValidator; token.jwe
  // from DefaultJWTProcessor with no JWE key selector.
  [
    'An error occurred while attempting to decode the Jwt: JOSE header typ (type) at+jwt not allowed',
    'nimbus.typ-not-allowed',
    'token.type-mismatch',
    { actual: 'at+jwt' },
  ],
  [
    'BadJOSEException: Required JOSE header typ (type) parameter is missing',
    'nimbus.typ-missing',
    'token.type-mismatch',
    { reason: 'missing' },
  ],
  ['Encrypted JWT rejected: No JWE key selector is configured', 'nimbus.no-jwe-key-selector', 'token.jwe'],
  [
    'error_description="the given typ value needs to be one of [at+jwt, application/at+jwt]"',
    'spring-security.typ',
    'token.type-mismatch',
    { expected: ['at+jwt', 'application/at+jwt'] },
  ],
  // round 26b: Spring Security's inactive opaque token (java.ts).
  [
    "Caused by: org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException: Provided token isn't active",
    'spring-security.opaque-inactive',
    'token.revoked',
  ],
  [
    "org.springframework.security.oauth2.server.resource.InvalidBearerTokenException: Provided token isn't active",
    'spring-security.opaque-inactive-bearer',
    'token.revoked',
  ],
  [
    'WWW-Authenticate: Bearer error="invalid_token", error_description="Provided token isn\'t active", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"',
    'spring-security.opaque-inactive-challenge',
    'token.revoked',
  ],
];

const PII = "[PII of type 'System.String' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]";

const DOTNET: Case[] = [
  [
    "Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '28/05/2026 14:02:11', Current time (UTC): '28/05/2026 14:10:00'.",
    'identitymodel.IDX10223',
    'time.expired',
    { at: '28/05/2026 14:02:11', now: '28/05/2026 14:10:00' },
  ],
  [
    "IDX10222: Lifetime validation failed. The token is not yet valid. ValidFrom (UTC): '05/28/2026 15:00:00', Current time (UTC): '05/28/2026 14:10:00'.",
    'identitymodel.IDX10222',
    'time.not-yet-valid',
    { at: '05/28/2026 15:00:00' },
  ],
  [
    "IDX10224: Lifetime validation failed. The NotBefore (UTC): '05/28/2026 15:00:00' is after Expires (UTC): '05/28/2026 14:00:00'.",
    'identitymodel.IDX10224',
    'time.inconsistent',
  ],
  [
    "IDX10225: Lifetime validation failed. The token is missing an Expiration Time. Tokentype: 'System.IdentityModel.Tokens.Jwt.JwtSecurityToken'.",
    'identitymodel.IDX10225',
    'time.no-exp',
    { claim: 'exp' },
  ],
  [
    `IDX10214: Audience validation failed. Audiences: '${PII}'. Did not match: validationParameters.ValidAudience: 'api://orders' or validationParameters.ValidAudiences: 'null'.`,
    'identitymodel.IDX10214',
    'claim.aud-mismatch',
    { expected: ['api://orders'] },
  ],
  [
    "fail: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1] Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed. Audiences: 'api://payments'. Did not match: validationParameters.ValidAudience: 'null' or validationParameters.ValidAudiences: 'api://orders, https://orders.acme-corp.com'.",
    'identitymodel.IDX10214',
    'claim.aud-mismatch',
    { actual: 'api://payments', expected: ['api://orders', 'https://orders.acme-corp.com'] },
  ],
  [
    "IDX10215: Audience validation failed. Audiences: 'api://a'. Did not match: validationParameters.ValidAudiences: 'api://b'.",
    'identitymodel.IDX10215',
    'claim.aud-mismatch',
    { actual: 'api://a', expected: ['api://b'] },
  ],
  [
    "IDX10206: Unable to validate audience. The 'audiences' parameter is empty.",
    'identitymodel.IDX10206',
    'claim.aud-missing',
    { claim: 'aud' },
  ],
  [
    "IDX10207: Unable to validate audience. The 'audiences' parameter is null.",
    'identitymodel.IDX10207',
    'claim.aud-missing',
    { claim: 'aud' },
  ],
  [
    'IDX10208: Unable to validate audience. validationParameters.ValidAudience is null or whitespace and validationParameters.ValidAudiences is null.',
    'identitymodel.IDX10208',
    'verifier.misconfigured',
  ],
  [
    "SecurityTokenInvalidIssuerException: IDX10205: Issuer validation failed. Issuer: 'https://sts.windows.net/9188040d-6c67-4c5b-b112-36a304b66dad/'. Did not match: validationParameters.ValidIssuer: 'https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0' or validationParameters.ValidIssuers: 'null' or validationParameters.ConfigurationManager.CurrentConfiguration.Issuer: 'Empty'. For more details, see https://aka.ms/IdentityModel/issuer-validation. ",
    'identitymodel.IDX10205',
    'claim.iss-mismatch',
    {
      actual: 'https://sts.windows.net/9188040d-6c67-4c5b-b112-36a304b66dad/',
      expected: ['https://login.microsoftonline.com/9188040d-6c67-4c5b-b112-36a304b66dad/v2.0'],
    },
  ],
  [
    "IDX10211: Unable to validate issuer. The 'issuer' parameter is null or whitespace",
    'identitymodel.IDX10211',
    'claim.iss-missing',
    { claim: 'iss' },
  ],
  [
    'IDX10204: Unable to validate issuer. validationParameters.ValidIssuer is null or whitespace AND validationParameters.ValidIssuers is null or empty.',
    'identitymodel.IDX10204',
    'verifier.misconfigured',
  ],
  [
    'Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10500: Signature validation failed. No security keys were provided to validate the signature.',
    'identitymodel.IDX10500',
    'verifier.misconfigured',
  ],
  [
    "IDX10501: Signature validation failed. Unable to match key: \nkid: 'kR2x'.\nExceptions caught:\n ''. \ntoken: '[PII is hidden]'.",
    'identitymodel.IDX10501',
    'key.kid-unknown',
    { kid: 'kR2x' },
  ],
  [
    "Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException: IDX10503: Signature validation failed. The token's kid is: '7bf6236f-4437-43fe-bf1d-756e6476998a', but did not match any keys in TokenValidationParameters or Configuration. Keys tried: 'Microsoft.IdentityModel.Tokens.SymmetricSecurityKey, KeyId: '', InternalId: 'x'. '. Number of keys in TokenValidationParameters: '1'.",
    'identitymodel.IDX10503',
    'key.kid-unknown',
    { kid: '7bf6236f-4437-43fe-bf1d-756e6476998a' },
  ],
  [
    "IDX10503: Signature validation failed. Token does not have a kid. Keys tried: 'System.Text.StringBuilder'.",
    'identitymodel.IDX10503',
    'key.kid-unknown',
    { reason: 'key-or-signature' },
  ],
  [
    "IDX10511: Signature validation failed. Keys tried: 'Microsoft.IdentityModel.Tokens.RsaSecurityKey, KeyId: 'k1''. \nNumber of keys in TokenValidationParameters: '0'. \nNumber of keys in Configuration: '1'. \nMatched key was in 'Configuration'. \nkid: 'k1'. \nExceptions caught:\n ''.",
    'identitymodel.IDX10511',
    'signature.invalid',
    { kid: 'k1', keysTried: ['k1'] },
  ],
  [
    "IDX10516: Signature validation failed. Unable to match key: \nkid: 'k5'. \nNumber of keys in TokenValidationParameters: '0'.",
    'identitymodel.IDX10516',
    'key.kid-unknown',
    { kid: 'k5' },
  ],
  [
    "[WARNING] 07/06/2026 12:46:17 : JWT failed: IDX10517: Signature validation failed. The token's kid is missing. Keys tried: 'Microsoft.IdentityModel.Tokens.SymmetricSecurityKey'.",
    'identitymodel.IDX10517',
    'key.kid-missing',
  ],
  [
    "IDX10504: Unable to validate signature, token does not have a signature: 'eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIn0.'",
    'identitymodel.IDX10504',
    'alg.none',
  ],
  [
    'IDX10508: Signature validation failed. Signature is improperly formatted.',
    'identitymodel.IDX10508',
    'token.malformed',
  ],
  [
    "IDX10696: The algorithm 'HS256' is not in the user-defined accepted list of algorithms.",
    'identitymodel.IDX10696',
    'alg.not-allowed',
    { alg: 'HS256' },
  ],
  [
    "IDX10634: Unable to create the SignatureProvider.\nAlgorithm: 'ES512', SecurityKey: 'Microsoft.IdentityModel.Tokens.RsaSecurityKey'\n is not supported.",
    'identitymodel.IDX10634',
    'alg.not-allowed',
    { alg: 'ES512' },
  ],
  [
    'IDX14100: JWT is not well formed, there are no dots (.).\nThe token needs to be in JWS or JWE Compact Serialization Format.',
    'identitymodel.IDX14100',
    'token.malformed',
  ],
  ['IDX14120: JWT is not well formed, there is only one dot (.).', 'identitymodel.IDX14120', 'token.malformed'],
  ['IDX12741: JWT must have three segments (JWS) or five segments (JWE).', 'identitymodel.IDX12741', 'token.malformed'],
  [
    "IDX12709: CanReadToken() returned false. JWT is not well formed: '[PII is hidden]'.",
    'identitymodel.IDX12709',
    'token.malformed',
  ],
  [
    "System.InvalidOperationException: IDX20803: Unable to obtain configuration from: 'https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'. Will retry at '5/28/2026 2:15:00 PM +00:00'.",
    'identitymodel.IDX20803',
    'key.jwks-unavailable',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException',
    'identitymodel.SecurityTokenExpiredException',
    'time.expired',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenNotYetValidException',
    'identitymodel.SecurityTokenNotYetValidException',
    'time.not-yet-valid',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenInvalidLifetimeException',
    'identitymodel.SecurityTokenInvalidLifetimeException',
    'time.inconsistent',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenNoExpirationException',
    'identitymodel.SecurityTokenNoExpirationException',
    'time.no-exp',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException',
    'identitymodel.SecurityTokenInvalidAudienceException',
    'claim.aud-mismatch',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException',
    'identitymodel.SecurityTokenInvalidIssuerException',
    'claim.iss-mismatch',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenInvalidSignatureException',
    'identitymodel.SecurityTokenInvalidSignatureException',
    'signature.invalid',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenSignatureKeyNotFoundException',
    'identitymodel.SecurityTokenSignatureKeyNotFoundException',
    'key.kid-unknown',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAlgorithmException',
    'identitymodel.SecurityTokenInvalidAlgorithmException',
    'alg.not-allowed',
  ],
  [
    'Exception type: Microsoft.IdentityModel.Tokens.SecurityTokenMalformedException',
    'identitymodel.SecurityTokenMalformedException',
    'token.malformed',
  ],

  [
    'WWW-Authenticate: Bearer error="invalid_token", error_description="The audience \'api://other\' is invalid"',
    'aspnetcore.audience',
    'claim.aud-mismatch',
    { actual: 'api://other' },
  ],
  ['error_description="The audience \'(null)\' is invalid"', 'aspnetcore.audience', 'claim.aud-mismatch'],
  [
    'Bearer error="invalid_token", error_description="The audience is invalid"',
    'aspnetcore.audience-legacy',
    'claim.aud-mismatch',
  ],
  [
    'Bearer error="invalid_token", error_description="The issuer \'https://evil.example.com/\' is invalid"',
    'aspnetcore.issuer',
    'claim.iss-mismatch',
    { actual: 'https://evil.example.com/' },
  ],
  [
    'Bearer error="invalid_token", error_description="The issuer is invalid"',
    'aspnetcore.issuer-legacy',
    'claim.iss-mismatch',
  ],
  [
    'Bearer error="invalid_token", error_description="The token has no expiration"',
    'aspnetcore.no-expiration',
    'time.no-exp',
    { claim: 'exp' },
  ],
  [
    'Bearer error="invalid_token", error_description="The token lifetime is invalid; NotBefore: \'05/28/2026 15:00:00\', Expires: \'05/28/2026 14:00:00\'"',
    'aspnetcore.lifetime',
    'time.inconsistent',
  ],
  [
    'Bearer error="invalid_token", error_description="The token is not valid before \'05/28/2026 15:00:00\'"',
    'aspnetcore.not-valid-before',
    'time.not-yet-valid',
    { at: '05/28/2026 15:00:00' },
  ],
  [
    'Bearer error="invalid_token", error_description="The token is not valid yet"',
    'aspnetcore.not-valid-yet',
    'time.not-yet-valid',
  ],
  [
    'www-authenticate: Bearer error="invalid_token", error_description="The token expired at \'05/28/2026 14:02:11\'"',
    'aspnetcore.expired-at',
    'time.expired',
    { at: '05/28/2026 14:02:11' },
  ],
  ['Bearer error="invalid_token", error_description="The token is expired"', 'aspnetcore.expired', 'time.expired'],
  [
    'Bearer error="invalid_token", error_description="The signature key was not found"',
    'aspnetcore.key-not-found',
    'key.kid-unknown',
  ],
  [
    'Bearer error="invalid_token", error_description="The signature is invalid"',
    'aspnetcore.signature',
    'signature.invalid',
  ],
  [
    'info: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[13]\n      AuthenticationScheme: Bearer was forbidden.',
    'aspnetcore.forbidden',
    'policy.deny',
  ],
  // token.type-mismatch and token.jwe-undecryptable (project codes): Microsoft.IdentityModel's LogMessages.
  [
    "IDX10256: Unable to validate the token type. TokenValidationParameters.ValidTypes is set, but the 'typ' header claim is null or empty.",
    'identitymodel.IDX10256',
    'token.type-mismatch',
    { reason: 'missing' },
  ],
  [
    "IDX10257: Token type validation failed. Type: 'JWT'. Did not match: validationParameters.TokenTypes: 'at+jwt'.",
    'identitymodel.IDX10257',
    'token.type-mismatch',
    { actual: 'JWT', expected: ['at+jwt'] },
  ],
  ['SecurityTokenInvalidTypeException', 'identitymodel.SecurityTokenInvalidTypeException', 'token.type-mismatch'],
  [
    "IDX10603: Decryption failed. Keys tried: '[PII of type 'System.Text.StringBuilder' is hidden. For more details, see https://aka.ms/IdentityModel/PII.]'.",
    'identitymodel.IDX10603',
    'token.jwe-undecryptable',
  ],
  [
    "IDX10609: Decryption failed. No Keys tried: token: 'eyJhbGciOiJSU0EtT0FFUCJ9'.",
    'identitymodel.IDX10609',
    'token.jwe-undecryptable',
  ],
  [
    "IDX10618: Key unwrap failed using decryption Keys: '[PII of type 'System.String' is hidden.]'.",
    'identitymodel.IDX10618',
    'token.jwe-undecryptable',
  ],
  [
    'SecurityTokenDecryptionFailedException',
    'identitymodel.SecurityTokenDecryptionFailedException',
    'token.jwe-undecryptable',
  ],
];

const GATEWAYS: Case[] = [
  [
    'HTTP/1.1 401 Unauthorized\r\nwww-authenticate: Bearer realm="https://api.acme-corp.com/orders", error="invalid_token"\r\ncontent-length: 14\r\n\r\nJwt is expired',
    'envoy.JwtExpired',
    'time.expired',
  ],
  [
    '{"response_code":401,"response_code_details":"jwt_authn_access_denied{Jwt_is_missing}","path":"/v1/orders"}',
    'envoy.JwtMissed',
    'token.missing',
  ],
  ['Jwt not yet valid', 'envoy.JwtNotYetValid', 'time.not-yet-valid'],
  ['HTTP/1.1 403 Forbidden\n\nAudiences in Jwt are not allowed', 'envoy.JwtAudienceNotAllowed', 'claim.aud-mismatch'],
  ['Jwt issuer is not configured', 'envoy.JwtUnknownIssuer', 'claim.iss-mismatch'],
  ['jwt_authn_access_denied{Jwt_verification_fails}', 'envoy.JwtVerificationFail', 'signature.invalid'],
  [
    "jwt_authn_access_denied{Jwks_doesn't_have_key_to_match_kid_or_alg_from_Jwt}",
    'envoy.JwksKidAlgMismatch',
    'key.kid-unknown',
    { reason: 'key-or-alg' },
  ],
  ['Jwks remote fetch is failed', 'envoy.JwksFetchFail', 'key.jwks-unavailable'],
  ['Jwks is an invalid JSON', 'envoy.JwksParseError', 'key.jwks-unavailable'],
  ["Jwks doesn't have any valid public key", 'envoy.JwksNoValidKeys', 'key.jwks-unavailable'],
  ['Jwks does not have [keys] field', 'envoy.JwksNoKeys', 'key.jwks-unavailable'],
  ['[keys] in Jwks is not an array', 'envoy.JwksBadKeys', 'key.jwks-unavailable'],
  [
    'Jwt is not in the form of Header.Payload.Signature with two dots and 3 sections',
    'envoy.JwtBadFormat',
    'token.malformed',
  ],
  ['Jwt header is an invalid Base64url encoded', 'envoy.JwtHeaderParseError', 'token.malformed'],
  ['Jwt payload is an invalid JSON', 'envoy.JwtPayloadParseError', 'token.malformed'],
  ['Jwt signature is an invalid Base64url encoded', 'envoy.JwtSignatureParseError', 'token.malformed'],
  ['Jwt header [kid] field is not a string', 'envoy.JwtHeaderBadKid', 'token.malformed'],
  ['Jwt header [alg] is not supported', 'envoy.JwtHeaderBadAlg', 'alg.not-allowed'],
  ['Jwt payload [exp] field is not an integer', 'envoy.JwtPayloadClaimType', 'time.invalid', { claim: 'exp' }],
  [
    'jwt_authn_access_denied{Jwt_payload_[aud]_field_is_not_a_string_or_string_list}',
    'envoy.JwtPayloadClaimType',
    'token.malformed',
    { claim: 'aud' },
  ],
  ['Found multiple Jwt tokens', 'envoy.JwtMultipleTokens', 'authz-header.format'],
  ['HTTP/1.1 403 Forbidden\ncontent-length: 19\nserver: envoy\n\nRBAC: access denied', 'envoy.rbac', 'policy.deny'],
  [
    '[2026-10-09T07:54:53.132Z] "GET /reviews/0 HTTP/1.1" 403 - rbac_access_denied_matched_policy[none] - "-" 0 19 0 - "-" "curl/8.11.1"',
    'envoy.rbac-details',
    'policy.deny',
  ],

  [
    '[2024-09-26 11:41:28.955][3492043][debug][rbac] [source/extensions/filters/http/rbac/rbac_filter.cc:194] enforced denied, matched policy none',
    'envoy.rbac-enforced',
    'policy.deny',
  ],
  ['HTTP/1.1 403 Forbidden\ncontent-length: 15\nserver: envoy\n\nAccess denied', 'cilium.l7-deny', 'policy.deny'],
  [
    'Failed JWT authentication: Wrong requirement_name: sprout_jwt. It should be one of []',
    'envoy.WrongRequirementName',
    'verifier.misconfigured',
  ],
  [
    '2026-05-28 14:00:59.294\t[2026-05-28 14:00:59.294][22][debug][http] [source/common/http/filter_manager.cc:1065] [Tags: "ConnectionId":"291883","StreamId":"10440038835343958989"] Sending local reply with details ext_authz_error',
    'envoy.ext-authz-error',
    'verifier.misconfigured',
  ],
  [
    '[2026-05-28 14:00:59.294][22][trace][ext_authz] [source/extensions/filters/http/ext_authz/ext_authz.cc:468] ext_authz filter rejected the request with an error. Response status code: 500',
    'envoy.ext-authz-error-trace',
    'verifier.misconfigured',
  ],
  [
    'reverse-proxy_1  | time="2026-05-28T14:07:00Z" level=debug msg="Error calling . Cause: Get : unsupported protocol scheme \\"\\"" middlewareName=svc1-forwardauth-headers@docker middlewareType=ForwardedAuthType',
    'traefik.forward-auth-error',
    'verifier.misconfigured',
  ],
  [
    '[2026/05/28 14:09:11] [oauthproxy.go:901] Error retrieving session from token in Authorization header: unable to verify jwt token Bearer eyJhbGciOiJS...',
    'oauth2-proxy.session-from-header',
    'challenge.invalid-token',
    { actual: 'unable to verify jwt token' },
  ],
  [
    'Failed to fetch jwt public key from issuer "jan-sa@first-gaming-dev.iam.gserviceaccount.com", jwks uri "https://www.googleapis.com/service_accounts/v1/metadata/jwk/jan-sa@first-gaming-dev.iam.gserviceaccount.com": empty public key found in cache"',
    'envoy.istiod-fetch-failed',
    'key.jwks-unavailable',
    { reason: 'istiod' },
  ],
  [
    '{\\"keys\\":[ {\\"e\\":\\"AQAB\\",\\"kid\\":\\"abc\\",\\"kty\\":\\"RSA\\",\\"n\\":\\"RXJyb3ItSXN0aW9kRmFpbGVkVG9GZXRjaEp3a3NVcmkt\\"}]}',
    'envoy.istiod-fake-jwks',
    'key.jwks-unavailable',
    { reason: 'istiod' },
  ],
  [
    '"n": "Error-IstiodFailedToFetchJwksUri-https://idp.example.com/jwks.json"',
    'envoy.istiod-fake-jwks-decoded',
    'key.jwks-unavailable',
    { reason: 'istiod' },
  ],
  ['2018/08/01 13:18:32 MSG_TOKEN_EXPIRED_ERROR', 'kubernetes-dashboard.token-expired', 'time.expired'],
  [
    '{"status":401,"errors":[{"ErrStatus":{"status":"Failure","message":"MSG_LOGIN_UNAUTHORIZED_ERROR","reason":"Unauthorized","code":401}}]}',
    'kubernetes-dashboard.login-unauthorized',
    'token.missing',
  ],

  ['{"message":"Multiple tokens provided"}', 'kong.multiple-tokens', 'authz-header.format'],
  ['{"message":"Unrecognizable token"}', 'kong.unrecognizable', 'authz-header.format'],
  ['{"message":"Bad token; invalid JSON"}', 'kong.bad-token', 'token.malformed', { reason: 'json' }],
  ['{"message":"Bad token; invalid alg"}', 'kong.bad-token', 'alg.not-allowed'],
  ['{"message":"Bad token; invalid signature"}', 'kong.bad-token', 'token.malformed', { reason: 'signature' }],
  ['{"message":"No mandatory \'iss\' in claims"}', 'kong.key-claim', 'claim.iss-missing', { claim: 'iss' }],
  ['{"message":"Invalid \'iss\' in claims"}', 'kong.key-claim', 'claim.iss-missing', { claim: 'iss', reason: 'empty' }],
  ['{"message":"No credentials found for given \'iss\'"}', 'kong.no-credentials', 'key.kid-unknown', { claim: 'iss' }],
  ['Server: kong/3.4.2\n\n{"message":"Invalid algorithm"}', 'kong.invalid-algorithm', 'alg.not-allowed'],
  ['{"message":"Invalid key/secret"}', 'kong.invalid-key', 'verifier.misconfigured'],
  ['Server: kong/3.4.2\n\n{"message":"Invalid signature"}', 'kong.invalid-signature', 'signature.invalid'],
  // guzzle/guzzle#1066: an OAuth 1 API's words, with no Kong near
  [
    '[status code] 401 [reason phrase] Unauthorized : Invalid signature',
    'unattributed.invalid-signature',
    'signature.invalid',
  ],
  ['{"exp":"token expired"}', 'kong.exp', 'time.expired', { claim: 'exp' }],
  ['{"nbf":"token not valid yet"}', 'kong.nbf', 'time.not-yet-valid', { claim: 'nbf' }],
  ['{"exp":"must be a number"}', 'kong.not-a-number', 'time.invalid', { claim: 'exp' }],
  [
    '{"exp":"exceeds maximum allowed expiration"}',
    'kong.max-expiration',
    'time.long-lifetime',
    { claim: 'exp', reason: 'max-expiration' },
  ],

  [
    '{"Message":"User is not authorized to access this resource with an explicit deny"}',
    'aws-apigateway.not-authorized',
    'proxy.authorizer-deny',
    { reason: 'explicit-deny' },
  ],
  [
    '{"message":"User is not authorized to access this resource"}',
    'aws-apigateway.not-authorized',
    'proxy.authorizer-deny',
  ],
  [
    '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/GET/orders"}',
    'aws-apigateway.resource-policy',
    'proxy.authorizer-deny',
    { actual: 'anonymous', reason: 'resource-policy' },
  ],
  [
    'HTTP/1.1 403 Forbidden\n{"message":"Missing Authentication Token"}',
    'aws-apigateway.missing-auth-token',
    'proxy.route-not-found',
  ],
  [
    '{"message":"\'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln\' not a valid key=value pair (missing equal-sign) in Authorization header: \'Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln\'."}',
    'aws-apigateway.not-key-value',
    'proxy.route-not-found',
  ],
  [
    'www-authenticate: Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"',
    'aws-apigateway.http-api-audience',
    'claim.aud-mismatch',
  ],
  ['{"message":"The incoming token has expired"}', 'aws-apigateway.cognito-authorizer-expired', 'time.expired'],
  ['{"message":"Missing JWT token in request"}', 'apisix.missing-token', 'token.missing'],
  ['Jwt authentication completed with: Unknown issuer', 'envoy.unknown-issuer-legacy', 'claim.iss-mismatch'],
  [
    '{"fault":{"faultstring":"Access Token expired","detail":{"errorcode":"keymanagement.service.access_token_expired"}}}',
    'apigee.access_token_expired',
    'time.expired',
  ],
  [
    '{"fault":{"faultstring":"Invalid access token","detail":{"errorcode":"oauth.v2.InvalidAccessToken"}}}',
    'apigee.InvalidAccessToken',
    'token.missing',
  ],
  // Round 16 (gateways): Kong's ACL plugin, Apigee's JWT policies, WSO2 API Manager, KrakenD.
  ['{"message":"You cannot consume this service"}', 'kong.acl', 'policy.deny'],
  // Round real-a: kong-plugin-jwt-keycloak (gbbirkisson/kong-plugin-jwt-keycloak src/handler.lua).
  [
    "error: KongProxyController request error { message: 'No credentials found for given \\'iss\\'' }",
    'kong.no-credentials-inspected',
    'key.kid-unknown',
    { claim: 'iss' },
  ],
  ['{"message":"Token issuer not allowed"}', 'kong-jwt-keycloak.issuer', 'claim.iss-mismatch'],
  ['{"message":"Unable to get public key for issuer"}', 'kong-jwt-keycloak.keys', 'key.jwks-unavailable'],
  ['{"message":"Access token does not have the required scope/role"}', 'kong-jwt-keycloak.scope', 'scope.insufficient'],
  [
    '{"fault":{"faultstring":"The Token has expired: policy(JWT-Verify-RS256)","detail":{"errorcode":"steps.jwt.TokenExpired"}}}',
    'apigee.jwt-TokenExpired',
    'time.expired',
  ],
  ['{"detail":{"errorcode":"steps.jwt.TokenNotYetValid"}}', 'apigee.jwt-TokenNotYetValid', 'time.not-yet-valid'],
  ['{"detail":{"errorcode":"steps.jwt.NoMatchingPublicKey"}}', 'apigee.jwt-NoMatchingPublicKey', 'key.kid-unknown'],
  ['{"detail":{"errorcode":"steps.jwt.JwtAudienceMismatch"}}', 'apigee.jwt-JwtAudienceMismatch', 'claim.aud-mismatch'],
  ['{"detail":{"errorcode":"steps.jwt.JwtIssuerMismatch"}}', 'apigee.jwt-JwtIssuerMismatch', 'claim.iss-mismatch'],
  ['{"detail":{"errorcode":"steps.jwt.InvalidToken"}}', 'apigee.jwt-InvalidToken', 'signature.invalid'],
  [
    '{"fault":{"faultstring":"Failed to Decode Token: policy(JWT-Decode-HS256)","detail":{"errorcode":"steps.jwt.FailedToDecode"}}}',
    'apigee.jwt-FailedToDecode',
    'token.malformed',
  ],
  ['{"detail":{"errorcode":"steps.jwt.InvalidJsonFormat"}}', 'apigee.jwt-InvalidJsonFormat', 'token.malformed'],
  // Round gw: Apigee's other JWT and OAuthV2 fault codes, Tyk's handler_error.go constants.
  ['{"detail":{"errorcode":"steps.jwt.InvalidClaim"}}', 'apigee.jwt-other', 'challenge.invalid-token'],
  ['<errorcode>steps.jwt.InvalidPublicKey</errorcode>', 'apigee.jwt-other', 'verifier.misconfigured'],
  [
    '{"fault":{"faultstring":"Access Token not approved","detail":{"errorcode":"keymanagement.service.access_token_not_approved"}}}',
    'apigee.access_token_not_approved',
    'token.revoked',
  ],
  [
    '{"fault":{"faultstring":"Invalid API call as no apiproduct match found","detail":{"errorcode":"keymanagement.service.InvalidAPICallAsNoApiProductMatchFound"}}}',
    'apigee.NoApiProductMatchFound',
    'policy.deny',
  ],
  ['{"error": "Access to this API has been disallowed"}', 'tyk.api-access-disallowed', 'policy.deny'],
  ['{"error": "Key not authorised. OAuth client access was revoked"}', 'tyk.oauth-client-revoked', 'token.revoked'],
  [
    '{"code":"900901","message":"Invalid Credentials","description":"Access failure for API: /v3/1.0.11, version: 1.0.11 status: (900901) - Invalid Credentials. Make sure you have provided the correct security credentials"}',
    'wso2.900901',
    'challenge.invalid-token',
  ],
  [
    '{"fault":{"code":900902,"message":"Missing Credentials","description":"Authentication Error. Make sure your API invocation call has a header: test-key is missing"}}',
    'wso2.900902',
    'token.missing',
  ],
  [
    '{"code":"900910","message":"The access token does not allow you to access the requested resource","description":"User is NOT authorized to access the Resource: /schedules. Scope validation failed."}',
    'wso2.900910',
    'scope.insufficient',
  ],
  [
    'WARN {org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler} -  API authentication failure due to Invalid Credentials {org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler}',
    'wso2.log-invalid',
    'challenge.invalid-token',
  ],
  [
    'WARN {org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler} -  API authentication failure due to Missing Credentials {org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler}',
    'wso2.log-missing',
    'token.missing',
  ],
  [
    '{"fault":{"code":900900,"message":"Unclassified Authentication Failure","description":"Error while accessing backend services for API key validation"}}',
    'wso2.900900',
    'verifier.misconfigured',
  ],
  ['[JWTValidator] Unable to validate the token: no Keys have been found', 'krakend.no-key', 'key.kid-unknown'],
  ['{"error":"Key not authorized: token has expired"}', 'tyk.jwt-refused', 'time.expired'],
  ['{"error": "Key not authorized: no matching policy"}', 'tyk.jwt-refused', 'policy.deny'],
  ['{"detail":{"errorcode":"steps.jwt.AlgorithmMismatch"}}', 'apigee.jwt-AlgorithmMismatch', 'alg.not-allowed'],
  [
    '{"detail":{"errorcode":"steps.jwt.AlgorithmInTokenNotPresentInConfiguration"}}',
    'apigee.jwt-AlgorithmInTokenNotPresent',
    'alg.not-allowed',
  ],
  [
    '{"detail":{"errorcode":"steps.jwt.NoAlgorithmFoundInHeader"}}',
    'apigee.jwt-NoAlgorithmFoundInHeader',
    'token.malformed',
  ],
  ['{"detail":{"errorcode":"steps.jwt.KeyIdMissing"}}', 'apigee.jwt-KeyIdMissing', 'key.kid-missing'],
  ['{"detail":{"errorcode":"steps.jwt.WrongKeyType"}}', 'apigee.jwt-WrongKeyType', 'verifier.misconfigured'],
  [
    'user authorization failed: src_ip=10.0.2.2, src_conn_ip=10.0.2.2, reason: user role is valid, but not allowed by access list',
    'caddy-security.access-list',
    'policy.deny',
  ],
  [
    '"error":"token validator: invalid token: keystore: failed to parse token"',
    'caddy-security.keystore',
    'challenge.invalid-token',
  ],
  ['user authorization failed: src_ip=10.0.2.2, reason: no token found', 'caddy-security.no-token', 'token.missing'],
];

/** Round 5's frameworks and services (parse/verifier-messages/frameworks.ts), each line as the product writes it. */
/** go-jose's jwt validation errors and its v2 crypto failure, as programs print them. */
const GO_JOSE: Case[] = [
  [
    'nodeattestor(azure_msi): unable to validate token claims: square/go-jose/jwt: validation failed, token is expired (exp)',
    'go-jose.ErrExpired',
    'time.expired',
  ],
  ['go-jose/go-jose/jwt: validation failed, token not valid yet (nbf)', 'go-jose.ErrNotValidYet', 'time.not-yet-valid'],
  [
    'square/go-jose/jwt: validation failed, invalid audience claim (aud)',
    'go-jose.ErrInvalidAudience',
    'claim.aud-mismatch',
  ],
  [
    'go-jose/go-jose/jwt: validation field, token issued in the future (iat)',
    'go-jose.ErrIssuedInTheFuture',
    'time.issued-in-future',
  ],
  ['Invalid JWT :square/go-jose: error in cryptographic primitive', 'go-jose.ErrCryptoFailure', 'signature.invalid'],
  ['{"error": "Key not authorised"}', 'tyk.key-not-authorised', 'challenge.invalid-token'],
  // oauth.invalid-client (a project code): Entra ID's client-secret refusals (federation.ts).
  [
    '"error_description":"AADSTS7000215: Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID."',
    'entra-id.AADSTS7000215',
    'oauth.invalid-client',
  ],
  [
    "AADSTS7000222: The provided client secret keys for app '6b2d1d92-7018-4182-b70e-821127bec509' are expired.",
    'entra-id.AADSTS7000222',
    'oauth.invalid-client',
    { reason: 'expired' },
  ],
  [
    'err="[invalid bearer token, go-jose/go-jose: error in cryptographic primitive]"',
    'go-jose.ErrCryptoFailure',
    'signature.invalid',
  ],
];

const FRAMEWORKS: Case[] = [
  [
    '{"detail":"Authentication credentials were not provided."}',
    'django-rest-framework.NotAuthenticated',
    'token.missing',
  ],
  [
    '{"detail":"Invalid token header. No credentials provided."}',
    'django-rest-framework.no-credentials',
    'authz-header.format',
    { reason: 'no-credentials' },
  ],
  // encode/django-rest-framework rest_framework/authentication.py (TokenAuthentication.authenticate).
  [
    '{"detail":"Invalid token header. Token string should not contain spaces."}',
    'django-rest-framework.spaces',
    'authz-header.format',
    { reason: 'extra-space' },
  ],
  [
    '{"detail":"Invalid token header. Token string should not contain invalid characters."}',
    'django-rest-framework.invalid-characters',
    'authz-header.format',
    { reason: 'bad-characters' },
  ],
  [
    '{"detail":"Authorization header must contain two space-delimited values","code":"bad_authorization_header"}',
    'simplejwt.two-values',
    'authz-header.format',
  ],
  [
    '{"detail":"Token contained no recognizable user identification"}',
    'simplejwt.no-user-id',
    'claim.required-missing',
    { claim: 'user_id' },
  ],
  ['{"msg":"Token has expired"}', 'flask-jwt-extended.expired', 'time.expired'],
  ['{"msg":"Token has been revoked"}', 'flask-jwt-extended.revoked', 'token.revoked'],
  ['{"detail":"Not authenticated"}', 'fastapi.not-authenticated', 'token.missing'],
  ['{"detail":"Invalid authentication credentials"}', 'fastapi.bad-scheme', 'authz-header.scheme'],
  ['{"detail":"Could not validate credentials"}', 'fastapi.could-not-validate', 'challenge.invalid-token'],
  [
    '{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWTExpired"}]}',
    'hasura.JWTExpired',
    'time.expired',
  ],
  [
    '{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWSError JWSInvalidSignature"}]}',
    'hasura.JWSInvalidSignature',
    'signature.invalid',
  ],
  [
    'Could not verify JWT: JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)',
    'hasura.CompactDecodeError',
    'token.malformed',
  ],
  ['{"code":"PGRST303","details":null,"hint":null,"message":"JWT expired"}', 'postgrest.expired', 'time.expired'],
  [
    '{"code":"PGRST302","details":null,"hint":null,"message":"Anonymous access is disabled"}',
    'postgrest.anonymous',
    'token.missing',
  ],
  ['{"code":"PGRST303","message":"JWT not yet valid"}', 'postgrest.not-yet-valid', 'time.not-yet-valid'],
  [
    '{"code":"42501","details":null,"hint":null,"message":"permission denied for table user_role"}',
    'postgrest.permission-denied-table',
    'policy.deny',
  ],
  [
    '{"code":"42501","message":"permission denied for function get_orders"}',
    'postgrest.permission-denied-function',
    'policy.deny',
  ],
  [
    'io.github.jan.supabase.exceptions.UnknownRestException: permission denied for schema public',
    'postgrest.permission-denied-kt',
    'policy.deny',
  ],
  [
    '{"server_error_msg":"4400: Connection initialization failed: x-hasura-admin-secret/x-hasura-access-key required, but not found"}',
    'hasura.admin-secret-missing',
    'token.missing',
    { reason: 'admin-secret' },
  ],
  [
    'GraphQL error: Missing Authorization header in JWT authentication mode',
    'hasura.jwt-mode-no-header',
    'token.missing',
  ],
  [
    `{"message":"Missing 'Authorization' or 'Cookie' header in JWT authentication mode"}`,
    'hasura.jwt-mode-no-header-or-cookie',
    'token.missing',
  ],
  ['{"code":"PGRST303","message":"JWT issued at future"}', 'postgrest.iat-future', 'time.issued-in-future'],
  ['{"code":"PGRST303","message":"JWT not in audience"}', 'postgrest.audience', 'claim.aud-mismatch'],
  ['{"code":"PGRST301","message":"JWT cryptographic operation failed"}', 'postgrest.crypto', 'signature.invalid'],
  [
    '{"code":"PGRST301","details":null,"hint":null,"message":"JWSError JWSInvalidSignature"}',
    'postgrest.jws-invalid-signature',
    'signature.invalid',
  ],
  [
    '{"code":"PGRST301","message":"JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 1)"}',
    'postgrest.compact-decode',
    'token.malformed',
  ],
  ['{"code":"PGRST301","message":"No suitable key or wrong key type"}', 'postgrest.no-key', 'key.kid-unknown'],
  ['{"code":"PGRST301","message":"Wrong or unsupported encoding algorithm"}', 'postgrest.bad-alg', 'alg.not-allowed'],
  ['{"code":"PGRST301","message":"Expected 3 parts in JWT; got 1"}', 'postgrest.parts', 'token.malformed'],
  ['{"code":"PGRST301","message":"Empty JWT is sent in Authorization header"}', 'postgrest.empty', 'token.missing'],
  [
    '{"code":"PGRST303","message":"The JWT \'exp\' claim must be a number"}',
    'postgrest.exp-not-number',
    'time.invalid',
    { claim: 'exp' },
  ],
  [
    'Error: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired).',
    'firebase-admin.id-token-expired',
    'time.expired',
  ],
  [
    'Error: Firebase session cookie has expired. Get a fresh session cookie from your client app and try again (auth/session-cookie-expired).',
    'firebase-admin.session-cookie-expired',
    'time.expired',
  ],
  ['Error: Firebase ID token has invalid signature.', 'firebase-admin.id-token-signature', 'signature.invalid'],
  [
    'Error: Firebase session cookie has invalid signature.',
    'firebase-admin.session-cookie-signature',
    'signature.invalid',
  ],
  [
    'Error: Firebase ID token has "kid" claim which does not correspond to a known public key. Most likely the ID token is expired, so get a fresh token from your client app and try again.',
    'firebase-admin.kid-unknown',
    'key.kid-unknown',
  ],
  [
    'Error: Firebase ID token has incorrect "aud" (audience) claim. Expected "acme-prod" but got "acme-staging".',
    'firebase-admin.audience',
    'claim.aud-mismatch',
    { expected: ['acme-prod'], actual: 'acme-staging' },
  ],
  [
    'Error: Firebase ID token has incorrect "iss" (issuer) claim. Expected "https://securetoken.google.com/acme-prod" but got "https://securetoken.google.com/acme-staging".',
    'firebase-admin.issuer',
    'claim.iss-mismatch',
    { expected: ['https://securetoken.google.com/acme-prod'], actual: 'https://securetoken.google.com/acme-staging' },
  ],
  [
    'Error: Firebase ID token has incorrect algorithm. Expected "RS256" but got "HS256".',
    'firebase-admin.algorithm',
    'alg.not-allowed',
    { alg: 'HS256' },
  ],
  ['Error: Firebase ID token has no "kid" claim.', 'firebase-admin.no-kid', 'key.kid-missing'],
  // Round real-a: firebase-admin-go's words (auth/token_verifier.go).
  ['ID token has expired at: 1634752738', 'firebase-admin.go-expired', 'time.expired'],
  // Round audit-ax: its claim checks (firebase/firebase-admin-go#723), and the earlier sentence form.
  [
    `ID token has invalid 'aud' (audience) claim; expected "acme-prod" but got "1084-web.apps.googleusercontent.com"; make sure the ID token comes from the same Firebase project as the credential used to authenticate this SDK`,
    'firebase-admin.go-audience',
    'claim.aud-mismatch',
    { expected: ['acme-prod'], actual: '1084-web.apps.googleusercontent.com' },
  ],
  [
    `ID token has invalid 'iss' (issuer) claim. Expected "https://securetoken.google.com/acme-prod" but got "https://securetoken.google.com/acme-staging". Make sure the ID token comes from the same Firebase project`,
    'firebase-admin.go-issuer',
    'claim.iss-mismatch',
    { expected: ['https://securetoken.google.com/acme-prod'], actual: 'https://securetoken.google.com/acme-staging' },
  ],
  ['ID token issued at future timestamp: 1779977999', 'firebase-admin.go-issued-in-future', 'time.issued-in-future'],
  [
    'Error: Decoding Firebase ID token failed. Make sure you passed the entire string JWT which represents an ID token.',
    'firebase-admin.decode',
    'token.malformed',
  ],
  [
    'Error: verifyIdToken() expects an ID token, but was given a custom token. See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.',
    'firebase-admin.custom-token',
    'token.type-mismatch',
    { reason: 'firebase-custom-token' },
  ],
  [
    'Error: verifyIdToken() expects an ID token, but was given a legacy custom token. See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.',
    'firebase-admin.legacy-custom-token',
    'token.type-mismatch',
    { reason: 'firebase-custom-token' },
  ],
  // Round audit-bb: the Admin SDK's error codes alone (firebase.google.com/docs/auth/admin/errors).
  ['auth/id-token-expired', 'firebase-admin.code-id-token-expired', 'time.expired'],
  ['code: auth/session-cookie-expired', 'firebase-admin.code-session-cookie-expired', 'time.expired'],
  ['{"code":"auth/id-token-revoked"}', 'firebase-admin.code-id-token-revoked', 'token.revoked'],
  ['auth/session-cookie-revoked', 'firebase-admin.code-session-cookie-revoked', 'token.revoked'],
  [
    'An error occurred (NotAuthorizedException) when calling the GetUser operation: Access Token has expired',
    'cognito.expired',
    'time.expired',
  ],
  ['NotAuthorizedException: Access Token has been revoked', 'cognito.revoked', 'token.revoked'],
  [
    'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:ci:deployer" cannot list resource "pods" in API group "" in the namespace "prod"',
    'kubernetes.forbidden',
    'policy.deny',
  ],
  // Round 22: Flask-JWT-Extended's NoAuthorizationError / InvalidHeaderError messages (view_decorators.py).
  ['{"msg":"Missing Authorization Header"}', 'flask-jwt-extended.missing-header', 'token.missing'],
  [
    'flask_jwt_extended.exceptions.NoAuthorizationError: Missing Authorization Header',
    'flask-jwt-extended.NoAuthorizationError',
    'token.missing',
  ],
  [
    '{"msg":"Missing JWT in headers or cookies (Missing Authorization Header; Missing cookie \\"access_token_cookie\\")"}',
    'flask-jwt-extended.missing-locations',
    'token.missing',
  ],
  [
    `{"msg":"Missing 'Bearer' type in 'Authorization' header. Expected 'Authorization: Bearer <JWT>'"}`,
    'flask-jwt-extended.missing-type',
    'authz-header.scheme',
  ],
  [
    '{"msg":"Only non-refresh tokens are allowed"}',
    'flask-jwt-extended.refresh-as-access',
    'token.type-mismatch',
    { actual: 'refresh', expected: ['access'] },
  ],
  [
    'flask_jwt_extended.exceptions.WrongTokenError: Only refresh tokens are allowed',
    'flask-jwt-extended.access-as-refresh',
    'token.type-mismatch',
    { actual: 'access', expected: ['refresh'] },
  ],
  [
    `{"msg":"Bad Authorization header. Expected 'Authorization: Bearer <JWT>'"}`,
    'flask-jwt-extended.bad-header',
    'authz-header.format',
  ],
  // Round 22: golang.org/x/oauth2's RetrieveError for a refused refresh.
  // Round audit-p: Google's words are its refusal of a refresh token.
  [
    'oauth2: "invalid_grant" "Token has been expired or revoked."',
    'golang-oauth2.invalid-grant',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  [
    'oauth2: "invalid_grant" "Invalid JWT Signature."',
    'golang-oauth2.invalid-grant',
    'token.revoked',
    { reason: 'jwt-assertion:signature' },
  ],
  // Round audit-p: Keycloak's words cut at the paste's end, before the plural's "s".
  [
    '"{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credential',
    'keycloak.invalid-client-credential-cut',
    'oauth.invalid-client',
  ],
  // Round 22: tymon/jwt-auth's everyday words after its own challenge (BaseMiddleware's UnauthorizedHttpException).
  ['WWW-Authenticate: jwt-auth\n\n{"message":"Token has expired"}', 'tymon-jwt-auth.expired', 'time.expired'],
];

/**
 * Round 10's identity-aware proxies and platforms: jose4j (Quarkus, Dropwizard), SmallRye JWT's codes, the Docker
 * registry's token auth and the Kubernetes API server's authenticator.
 */
const ROUND10: Case[] = [
  [
    'org.jose4j.jwt.consumer.InvalidJwtException: JWT (claims->{"exp":1676357992}) rejected due to invalid claims or other invalid content. Additional details: [[1] The JWT is no longer valid - the evaluation time NumericDate{1676359301 -> Feb 14, 2023, 3:21:41 PM CST} is on or after the Expiration Time (exp=NumericDate{1676357992 -> Feb 14, 2023, 2:59:52 PM CST}) claim value.]',
    'jose4j.expired',
    'time.expired',
    { at: '1676357992' },
  ],
  [
    'Additional details: [[2] The JWT is not yet valid as the evaluation time NumericDate{1676359301 -> Feb 14, 2023, 3:21:41 PM CST} is before the Not Before (nbf=NumericDate{1676359901 -> Feb 14, 2023, 3:31:41 PM CST}) claim time.]',
    'jose4j.not-yet-valid',
    'time.not-yet-valid',
  ],
  [
    'Token is invalid: JWT (....) rejected due to invalid claims or other invalid content. Additional details: [[2] No Expiration Time (exp) claim present.]',
    'jose4j.no-exp',
    'time.no-exp',
  ],
  ['Additional details: [[8] No Audience (aud) claim present.]', 'jose4j.no-aud', 'claim.aud-missing'],
  [
    'Additional details: [[11] No Issuer (iss) claim present but was expecting https://idp.example.com/realms/main]',
    'jose4j.no-iss',
    'claim.iss-missing',
  ],
  [
    "rejected due to invalid claims or other invalid content. Additional details: [[12] Issuer (iss) claim value (https://tull.nav.no) doesn't match expected value of https://foo.bar.adeo.no/openam/oauth2]",
    'jose4j.issuer',
    'claim.iss-mismatch',
    { actual: 'https://tull.nav.no', expected: ['https://foo.bar.adeo.no/openam/oauth2'] },
  ],
  [
    "Additional details: [[8] Audience (aud) claim [orders, billing] doesn't contain an acceptable identifier. Expected one of [payments, ledger] as an aud value.]",
    'jose4j.audience',
    'claim.aud-mismatch',
    { actual: 'orders, billing', expected: ['payments', 'ledger'] },
  ],
  ['Error decoding credentials: JWT rejected due to invalid signature.', 'jose4j.signature', 'signature.invalid'],
  [
    'Additional details: [[9] Invalid JWS Signature: JsonWebSignature{"alg":"HS256"}->eyJhbGciOiJIUzI1NiJ9]',
    'jose4j.signature-detail',
    'signature.invalid',
  ],
  [
    'org.jose4j.jwt.consumer.InvalidJwtSignatureException: JWS signature is invalid: JsonWebSignature{"alg":"RS256"}',
    'jose4j.signature-old',
    'signature.invalid',
  ],
  [
    'org.jose4j.lang.UnresolvableKeyException: Unable to find a suitable verification key for JWS w/ header {"alg":"RS256","kid":"2024-rot"} from JWKs [] obtained from https://idp.example.com/jwks',
    'jose4j.no-key',
    'key.kid-unknown',
    { kid: '2024-rot' },
  ],
  [
    "io.smallrye.jwt.auth.principal.ParseException: SRJWT07006: Invalid token 'kid' header",
    'smallrye-jwt.SRJWT07006',
    'key.kid-unknown',
  ],
  [
    'SRJWT07009: The Expiration Time (exp=1780063800) claim value cannot be more than 300 seconds in the future relative to Issued At (iat=1779977400)',
    'smallrye-jwt.SRJWT07009',
    'time.long-lifetime',
    { claim: 'exp', reason: 'max-expiration' },
  ],
  [
    'org.jose4j.jwt.consumer.InvalidJwtException: SRJWT07010: Required claims are not present in the JWT',
    'smallrye-jwt.SRJWT07010',
    'claim.required-missing',
  ],
  [
    'time="2026-05-28T14:09:58Z" level=info msg="token from untrusted issuer: \\"https://auth.staging.example.com\\""',
    'docker-registry.untrusted-issuer',
    'claim.iss-mismatch',
    { actual: 'https://auth.staging.example.com' },
  ],
  [
    'level=info msg="token intended for another audience: \\"registry.staging.example.com\\""',
    'docker-registry.audience',
    'claim.aud-mismatch',
    { actual: 'registry.staging.example.com' },
  ],
  [
    'level=info msg="token not to be used after 2026-05-28 14:03:00 +0000 UTC - currently 2026-05-28 14:09:58 +0000 UTC"',
    'docker-registry.expired',
    'time.expired',
  ],
  [
    'level=info msg="token not to be used before 2026-05-28 14:20:00 +0000 UTC - currently 2026-05-28 14:09:58 +0000 UTC"',
    'docker-registry.not-yet-valid',
    'time.not-yet-valid',
  ],
  [
    'level=info msg="token signed by untrusted key with ID: \\"QH3H:2ZXS:ABCD\\""',
    'docker-registry.untrusted-key',
    'key.kid-unknown',
    { kid: 'QH3H:2ZXS:ABCD' },
  ],
  [
    'level=info msg="unable to verify token signature: crypto/rsa: verification error"',
    'docker-registry.signature',
    'signature.invalid',
  ],
  ['denied: requested access to the resource is denied', 'docker-registry.denied', 'policy.deny'],
  // Round audit-bb: distribution/distribution registry/client/auth/session.go (ErrNoBasicAuthCredentials).
  [
    'Get https://763104351884.dkr.ecr.us-east-1.amazonaws.com/v2/pytorch-training/manifests/latest: no basic auth credentials',
    'docker.no-basic-auth-credentials',
    'token.missing',
    { reason: 'unobtained', actual: 'docker-config' },
  ],
  [
    'Error: push access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed',
    'docker-registry.insufficient-scope',
    'scope.insufficient',
    { reason: 'push' },
  ],
  [
    'E0528 14:09:58.123456       1 authentication.go:73] "Unable to authenticate the request" err="[invalid bearer token, service account token has expired]"',
    'kubernetes.sa-expired',
    'time.expired',
  ],
  [
    '"Unable to authenticate the request" err="[invalid bearer token, service account token is not valid yet]"',
    'kubernetes.sa-not-yet-valid',
    'time.not-yet-valid',
  ],
  [
    '"Unable to authenticate the request" err="[invalid bearer token, service account token is issued in the future]"',
    'kubernetes.sa-issued-in-future',
    'time.issued-in-future',
  ],
  [
    'E0928 03:03:43.261346       1 authentication.go:75] "Unable to authenticate the request" err="[invalid bearer token, Token has been invalidated]"',
    'kubernetes.invalidated',
    'token.revoked',
  ],
  [
    '2026-05-28 14:09:58,753 WARN  [org.keycloak.events] (executor-thread-433) type="INTROSPECT_TOKEN_ERROR", realmName="main", clientId="orders-api", userId="null", ipAddress="10.0.0.13", error="invalid_token", reason="Client \'orders-api\' is not in the token audience", client_auth_method="client-secret"',
    'keycloak.introspection-audience',
    'claim.aud-mismatch',
    { expected: ['orders-api'] },
  ],
  [
    'Jan 30 01:38:41 master-1 kube-apiserver[4817]: E0130 01:38:41.469791    4817 authentication.go:63] "Unable to authenticate the request" err="invalid bearer token"',
    'kubernetes.invalid-bearer-token',
    'challenge.invalid-token',
  ],
  [
    // kubernetes/minikube#11960
    'E0712 18:20:34.334620       1 authentication.go:63] "Unable to authenticate the request" err="[x509: certificate has expired or is not yet valid: current time 2021-07-12T18:20:34Z is after 2021-03-29T22:00:18Z, verifying certificate SN=2, SKID=, AKID= failed: x509: certificate has expired or is not yet valid: current time 2021-07-12T18:20:34Z is after 2021-03-29T22:00:18Z]"',
    'kubernetes.client-cert-expired',
    'time.expired',
    { reason: 'client-certificate', at: '2021-03-29T22:00:18Z', now: '2021-07-12T18:20:34Z' },
  ],
  [
    // GoogleCloudPlatform/k8s-stackdriver#673
    'E0321 07:24:07.744583       1 authentication.go:63] "Unable to authenticate the request" err="verifying certificate SN=23850158042506833490065535935480109479, SKID=, AKID=53:D7:E6:89:D7:7D:31:34:C7:C2:64:E4:50:89:76:08:7E:53:17:A9 failed: x509: certificate signed by unknown authority"',
    'kubernetes.client-cert-unknown-authority',
    'signature.invalid',
    { reason: 'client-certificate' },
  ],
  [
    'E0526 11:46:11.267368       1 authentication.go:63] "Unable to authenticate the request" err="[invalid bearer token, oidc: authenticator not initialized]"',
    'kubernetes.oidc-not-initialized',
    'key.jwks-unavailable',
  ],
  [
    '2024-02-10 14:44:13,811 WARN  [org.keycloak.events] (executor-thread-44) type="USER_INFO_REQUEST_ERROR", realmId="64376e3a-8e9e-44a1-9adb-6fbe5e0c23fb", clientId="null" , userId="null", ipAddress="172.23.0.4", error="invalid_token", auth_method="validate_access_token"',
    'keycloak.event-invalid-token',
    'challenge.invalid-token',
  ],
  [
    '[jwt_session.go:51] Error retrieving session from token in Authorization header: [unable to verify bearer token, not implemented]',
    'oauth2-proxy.unable-to-verify',
    'challenge.invalid-token',
    { actual: 'not implemented' },
  ],
  [
    'io.smallrye.jwt.auth.principal.ParseException: SRJWT07000: Failed to verify a token',
    'smallrye-jwt.SRJWT07000',
    'challenge.invalid-token',
  ],
  [
    'OAuth2AuthenticationException: An error occurred while attempting to decode the Jwt: Invalid JWT serialization: Missing dot delimiter(s)',
    'nimbus.missing-dot',
    'token.malformed',
  ],
  [
    'Error : An error occurred while attempting to decode the Jwt: Timeout while waiting for cache refresh',
    'nimbus.cache-refresh-timeout',
    'key.jwks-unavailable',
  ],
];

/** Round 6's stacks (ruby.ts, php.ts, rust.ts, web.ts, and gateways.ts' Google IAP, Cloud Run and Tyk rows). */
const STACKS: Case[] = [
  [
    "/usr/local/bundle/gems/jwt-2.7.1/lib/jwt/verify.rb:40:in `verify_expiration': Signature has expired (JWT::ExpiredSignature)",
    'ruby-jwt.ExpiredSignature',
    'time.expired',
  ],
  ['JWT::ImmatureSignature: Signature nbf has not been reached', 'ruby-jwt.ImmatureSignature', 'time.not-yet-valid'],
  ['{"error":"Signature nbf has not been reached"}', 'ruby-jwt.nbf', 'time.not-yet-valid'],
  ['JWT::VerificationError (Signature verification failed):', 'ruby-jwt.VerificationError', 'signature.invalid'],
  [
    'JWT::InvalidIssuerError: Invalid issuer. Expected ["https://auth.acme-corp.com/"], received https://auth.staging.acme-corp.com/',
    'ruby-jwt.InvalidIssuerError',
    'claim.iss-mismatch',
  ],
  [
    'JWT::InvalidAudError: Invalid audience. Expected https://api.acme-corp.com, received https://admin.acme-corp.com',
    'ruby-jwt.InvalidAudError',
    'claim.aud-mismatch',
  ],
  ['JWT::InvalidIatError: Invalid iat', 'ruby-jwt.InvalidIatError', 'time.issued-in-future'],
  ['JWT::IncorrectAlgorithm (Expected a different algorithm)', 'ruby-jwt.IncorrectAlgorithm', 'alg.not-allowed'],
  ['{"error":"Expected a different algorithm"}', 'ruby-jwt.different-algorithm', 'alg.not-allowed'],
  ['JWT::DecodeError: Not enough or too many segments', 'ruby-jwt.DecodeError', 'token.malformed'],
  ['{"message":"Not enough or too many segments"}', 'ruby-jwt.segments', 'token.malformed'],
  ['{"message":"Invalid segment encoding"}', 'ruby-jwt.segment-encoding', 'token.malformed'],
  ['{"message":"Nil JSON web token"}', 'ruby-jwt.nil-token', 'token.missing'],
  ['{"message":"No verification key available"}', 'ruby-jwt.no-key', 'verifier.misconfigured'],

  [
    'PHP Fatal error:  Uncaught Firebase\\JWT\\ExpiredException: Expired token in /var/www/vendor/firebase/php-jwt/src/JWT.php:163',
    'php-jwt.ExpiredException',
    'time.expired',
  ],
  [
    '{"message":"Signature verification failed","exception":"Firebase\\\\JWT\\\\SignatureInvalidException"}',
    'php-jwt.SignatureInvalidException',
    'signature.invalid',
  ],
  [
    'Firebase\\JWT\\BeforeValidException: Cannot handle token with nbf prior to 2026-05-28T15:00:00+0000',
    'php-jwt.BeforeValidException',
    'time.not-yet-valid',
    { at: '2026-05-28T15:00:00+0000' },
  ],
  [
    '{"message":"Cannot handle token with nbf prior to 2026-05-28T15:00:00+0000"}',
    'php-jwt.nbf',
    'time.not-yet-valid',
    { at: '2026-05-28T15:00:00+0000' },
  ],
  [
    'Firebase\\JWT\\BeforeValidException: Cannot handle token with iat prior to 2026-05-28T14:15:00+0000',
    'php-jwt.iat',
    'time.issued-in-future',
    { at: '2026-05-28T14:15:00+0000' },
  ],
  [
    '{"message":"Cannot handle token prior to 2026-05-28T15:00:00+0000"}',
    'php-jwt.before',
    'time.not-yet-valid',
    { at: '2026-05-28T15:00:00+0000' },
  ],
  ['UnexpectedValueException: Wrong number of segments', 'php-jwt.segments', 'token.malformed'],
  ['UnexpectedValueException: Incorrect key for this algorithm', 'php-jwt.incorrect-key', 'alg.not-allowed'],
  [
    '[2026-05-28 14:09:58] production.ERROR: Token has expired {"exception":"[object] (Tymon\\\\JWTAuth\\\\Exceptions\\\\TokenExpiredException(code: 0): Token has expired at /var/www/vendor/tymon/jwt-auth/src/Claims/Expiration.php:31)',
    'tymon-jwt-auth.TokenExpiredException',
    'time.expired',
  ],
  [
    'Tymon\\JWTAuth\\Exceptions\\TokenBlacklistedException: The token has been blacklisted',
    'tymon-jwt-auth.TokenBlacklistedException',
    'token.revoked',
  ],
  [
    '{"message":"Token Signature could not be verified: OpenSSL unable to verify data"}',
    'tymon-jwt-auth.signature',
    'signature.invalid',
  ],
  ['{"message":"The token has been blacklisted"}', 'tymon-jwt-auth.blacklisted', 'token.revoked'],
  // Stop 15: no token reached it, as PHP prints the exception and as Laravel's log line does.
  [
    'PHP Fatal error:  Uncaught Tymon\\JWTAuth\\Exceptions\\JWTException: Token not provided in /var/www/app/Http/Middleware/JwtMiddleware.php:24',
    'tymon-jwt-auth.not-provided',
    'token.missing',
  ],
  [
    '[2026-05-28 14:09:58] production.ERROR: Token not provided {"exception":"[object] (Tymon\\\\JWTAuth\\\\Exceptions\\\\JWTException(code: 0): Token not provided at /var/www/app/Http/Controllers/AuthController.php:41)',
    'tymon-jwt-auth.not-provided-laravel',
    'token.missing',
  ],
  [
    'The token violates some mandatory constraints, details:\n- The token was not issued by the given issuers',
    'lcobucci-jwt.issued-by',
    'claim.iss-mismatch',
  ],
  [
    "The value 'eyJhbGciOiJSUzI...' is not a verified ID token:\n- The token is not allowed to be used by this audience",
    'lcobucci-jwt.permitted-for',
    'claim.aud-mismatch',
  ],
  ['- Token signer mismatch', 'lcobucci-jwt.signer-mismatch', 'alg.not-allowed'],
  ['- The token cannot be used yet', 'lcobucci-jwt.cannot-be-used-yet', 'time.not-yet-valid'],
  ['- The token was issued in the future', 'lcobucci-jwt.issued-in-future', 'time.issued-in-future'],

  [
    'WARN api::auth: rejecting bearer token: Error(ExpiredSignature)',
    'jsonwebtoken-rs.ExpiredSignature',
    'time.expired',
  ],
  ['Err(Error(ImmatureSignature))', 'jsonwebtoken-rs.ImmatureSignature', 'time.not-yet-valid'],
  ['invalid token: InvalidSignature', 'jsonwebtoken-rs.InvalidSignature', 'signature.invalid'],
  ['{"error":"InvalidAudience"}', 'jsonwebtoken-rs.InvalidAudience', 'claim.aud-mismatch'],
  ['decode failed: Error(InvalidIssuer)', 'jsonwebtoken-rs.InvalidIssuer', 'claim.iss-mismatch'],
  ['decode failed: Error(InvalidAlgorithm)', 'jsonwebtoken-rs.InvalidAlgorithm', 'alg.not-allowed'],
  ['token rejected: Error(InvalidToken)', 'jsonwebtoken-rs.InvalidToken', 'token.malformed'],
  ['kind: ErrorKind::InvalidToken', 'jsonwebtoken-rs.ErrorKind::InvalidToken', 'token.malformed'],
  [
    'token rejected: Missing required claim: tenant_id',
    'jsonwebtoken-rs.MissingRequiredClaim',
    'claim.required-missing',
    { claim: 'tenant_id' },
  ],

  ['{"code":401,"message":"auth header is empty"}', 'gin-jwt.ErrEmptyAuthHeader', 'token.missing'],
  ['{"code":401,"message":"query token is empty"}', 'gin-jwt.ErrEmptyQueryToken', 'token.missing'],
  ['no token found', 'jwtauth.ErrNoTokenFound', 'token.missing'],
  ['token nbf validation failed', 'jwtauth.ErrNBFInvalid', 'time.not-yet-valid'],
  ['token iat validation failed', 'jwtauth.ErrIATInvalid', 'time.issued-in-future'],
  [
    '{"statusCode":401,"code":"FST_JWT_NO_AUTHORIZATION_IN_HEADER","error":"Unauthorized","message":"No Authorization was found in request.headers"}',
    'fastify-jwt.FST_JWT_NO_AUTHORIZATION_IN_HEADER',
    'token.missing',
  ],
  [
    '{"statusCode":401,"code":"FST_JWT_NO_AUTHORIZATION_IN_COOKIE","error":"Unauthorized","message":"No Authorization was found in request.cookies"}',
    'fastify-jwt.FST_JWT_NO_AUTHORIZATION_IN_COOKIE',
    'token.missing',
  ],
  [
    '{"statusCode":401,"code":"FST_JWT_AUTHORIZATION_TOKEN_EXPIRED","error":"Unauthorized","message":"Authorization token expired"}',
    'fastify-jwt.FST_JWT_AUTHORIZATION_TOKEN_EXPIRED',
    'time.expired',
  ],
  [
    '{"statusCode":400,"code":"FST_JWT_BAD_REQUEST","error":"Bad Request","message":"Format is Authorization: Bearer [token]"}',
    'fastify-jwt.FST_JWT_BAD_REQUEST',
    'authz-header.format',
    { reason: 'scheme-or-format' },
  ],
  ['{"message":"No Authorization was found in request.headers"}', 'fastify-jwt.no-header', 'token.missing'],
  ['{"message":"No Authorization was found in request.cookies"}', 'fastify-jwt.no-cookie', 'token.missing'],
  ['{"message":"Authorization token expired"}', 'fastify-jwt.expired', 'time.expired'],
  [
    '{"message":"Authorization token is invalid: The token signature is invalid."}',
    'fastify-jwt.signature',
    'signature.invalid',
  ],
  ['{"message":"Authorization token is invalid: The token is malformed."}', 'fastify-jwt.malformed', 'token.malformed'],
  [
    '{"message":"Authorization token is invalid: The token header is not a valid base64url serialized JSON."}',
    'fastify-jwt.header-json',
    'token.malformed',
  ],
  [
    '[Nest] 1  - 05/28/2026, 2:09:58 PM   DEBUG [JwtAuthGuard] Error: No auth token',
    'passport-jwt.no-token',
    'token.missing',
  ],

  ['Invalid IAP credentials: empty token', 'google-iap.empty-token', 'token.missing'],
  ['Invalid IAP credentials: Unable to parse JWT', 'google-iap.unparsable', 'token.malformed'],
  ['Invalid IAP credentials: JWT signature is invalid', 'google-iap.signature', 'signature.invalid'],
  ['Invalid IAP credentials: Invalid bearer token. Invalid JWT audience.', 'google-iap.audience', 'claim.aud-mismatch'],
  [
    "Invalid IAP credentials: JWT audience doesn't match this application ('aud' claim (111-a.apps.googleusercontent.com) doesn't match expected value (222-b.apps.googleusercontent.com))",
    'google-iap.audience-application',
    'claim.aud-mismatch',
    { actual: '111-a.apps.googleusercontent.com', expected: ['222-b.apps.googleusercontent.com'] },
  ],
  [
    '"message": "Access token validation failure. Invalid audience.",',
    'microsoft-graph.invalid-audience',
    'claim.aud-mismatch',
  ],
  // Round audit-ax: a bearer value Graph could not parse (microsoftgraph/msgraph-sdk-java-auth#61).
  [
    'Error message: CompactToken parsing failed with error code: 80049217',
    'microsoft-graph.compact-token',
    'challenge.invalid-token',
  ],
  [
    'A key with ID "3494b1e786cdad092e423766bbe37f54ed87b22d" could not be found.',
    'firebase-tokens-php.UnknownKey',
    'key.kid-unknown',
    { kid: '3494b1e786cdad092e423766bbe37f54ed87b22d' },
  ],
  [
    'id token not issued by correct OpenID provider - expected: https://acme.onelogin.com/oidc | from: https://openid-connect-eu.onelogin.com/oidc',
    'onelogin-oidc.issuer',
    'claim.iss-mismatch',
    { expected: ['https://acme.onelogin.com/oidc'], actual: 'https://openid-connect-eu.onelogin.com/oidc' },
  ],
  [
    'E0809 16:13:15.327109       1 authentication.go:53] Unable to authenticate the request due to an error: x509: certificate has expired or is not yet valid',
    'kubernetes.client-cert-expired-bare',
    'time.expired',
    { reason: 'client-certificate' },
  ],
  [
    'oidc: issuer did not match the issuer returned by provider, expected "https://login.microsoftonline.com/organizations/v2.0" got "https://login.microsoftonline.com/8f3e-tenant/v2.0"',
    'go-oidc.discovery-issuer',
    'verifier.misconfigured',
  ],
  [
    'The request was not authenticated. Either allow unauthenticated invocations or set the proper Authorization header. Empty Authorization header value.',
    'cloud-run.empty-header',
    'token.missing',
  ],
  ['The request was not authorized to invoke this service.', 'cloud-run.not-authorized', 'policy.deny'],
  ['{\n    "error": "Authorization field missing"\n}', 'tyk.no-key', 'token.missing', { reason: 'configured-header' }],
  // OpenIDC/mod_auth_openidc src/proto/jwt.c (and OpenIDC/mod_auth_openidc#73 for the line Apache writes).
  [
    'oidc_proto_validate_exp: "exp" validation failure (1779976920): JWT expired 480 seconds ago',
    'mod_auth_openidc.exp',
    'time.expired',
  ],
  [
    'oidc_proto_validate_iat: "iat" validation failure (1779973800): JWT was issued more than 600 seconds ago',
    'mod_auth_openidc.iat',
    'time.expired',
    { claim: 'iat', reason: 'iat-window' },
  ],
];

/** Round 8's identity providers and meshes (identity.ts). */
const IDENTITY: Case[] = [
  [
    '{"error":{"code":"ExpiredAuthenticationToken","message":"The access token expiry UTC time \'6/15/2026 8:22:51 AM\' is earlier than current UTC time \'6/15/2026 9:27:25 AM\'."}}',
    'azure-resource-manager.expired',
    'time.expired',
    { at: '6/15/2026 8:22:51 AM', now: '6/15/2026 9:27:25 AM' },
  ],
  [
    '{"error":{"code":"InvalidAuthenticationTokenAudience","message":"The access token has been obtained for wrong audience or resource \'https://datalake.azure.net/\'. It should exactly match with one of the allowed audiences \'https://management.core.windows.net/\',\'https://management.azure.com/\'."}}',
    'azure-resource-manager.audience',
    'claim.aud-mismatch',
    {
      actual: 'https://datalake.azure.net/',
      expected: ['https://management.core.windows.net/', 'https://management.azure.com/'],
    },
  ],
  [
    '{"error"{"code":"AuthenticationFailed","message":"The access token has been obtained from wrong audience or resource \'00000002-0000-0000-c000-000000000000\'. It should exactly match (including forward slash) with one of the allowed audiences \'https://management.core.windows.net/\',\'https://management.azure.com/\'."}}',
    'azure-resource-manager.audience-from',
    'claim.aud-mismatch',
    {
      actual: '00000002-0000-0000-c000-000000000000',
      expected: ['https://management.core.windows.net/', 'https://management.azure.com/'],
    },
  ],
  [
    "azure.core.exceptions.ClientAuthenticationError: (InvalidAuthenticationTokenTenant) The access token is from the wrong issuer 'https://sts.windows.net/975f013f-7f24-47e8-a7d3-abc4752bf346/'. It must match the tenant 'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/' associated with this subscription.",
    'azure-resource-manager.issuer',
    'claim.iss-mismatch',
    {
      actual: 'https://sts.windows.net/975f013f-7f24-47e8-a7d3-abc4752bf346/',
      expected: ['https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/'],
    },
  ],
  ['401: Expired token received for JSON Web Token validation', 'auth0.expired', 'time.expired'],
  // Round audit-ax: Auth0's server SDKs' AccessTokenError (auth0/nextjs-auth0#1865, #1841).
  [
    'Error: The access token has expired and a refresh token was not provided. The user needs to re-authenticate.',
    'auth0.missing-refresh-token',
    'time.expired',
    { reason: 'no-refresh-token' },
  ],
  [
    '{"type":"AccessTokenError","message":"The access token has expired and there was an error while trying to refresh it. Check the server logs for more information.","code":"failed_to_refresh_token"}',
    'auth0.failed-to-refresh',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  // Round audit-bb: auth0.js's HS256 ID token without an access token (auth0/auth0.js src/web-auth/index.js).
  [
    'The id_token cannot be validated because it was signed with the HS256 algorithm and public clients (like a browser) can’t store secrets. Please read the associated doc for possible ways to fix this.',
    'auth0-js.hs256-id-token',
    'alg.not-allowed',
    { alg: 'HS256' },
  ],
  [
    "2023-11-07 15:00:52,787 DEBUG [org.keycloak.services.managers.AuthenticationManager] (executor-thread-7) Failed to verify identity token: Invalid token issuer. Expected 'http://localhost:8180/realms/myrealm', but was 'http://mykeycloak-service.keycloak:8180/realms/myrealm'",
    'keycloak.issuer',
    'claim.iss-mismatch',
    {
      expected: ['http://localhost:8180/realms/myrealm'],
      actual: 'http://mykeycloak-service.keycloak:8180/realms/myrealm',
    },
  ],
  // Keycloak's TokenVerifier constants (keycloak/keycloak core/src/main/java/org/keycloak/TokenVerifier.java), as its
  // adapters log them under "Failed to verify token".
  [
    'WARN [org.keycloak.adapters.BearerTokenRequestAuthenticator] (default task-1) Failed to verify token: org.keycloak.exceptions.TokenNotActiveException: Token is not active',
    'keycloak.not-active',
    'time.expired',
    { reason: 'not-active' },
  ],
  [
    "Failed to verify token: org.keycloak.common.VerificationException: Token type is incorrect. Expected 'Bearer' but was 'ID'",
    'keycloak.token-type',
    'token.id-token',
    { reason: 'typ: ID' },
  ],
  [
    'Failed to verify token: org.keycloak.common.VerificationException: Expected audience not available in the token',
    'keycloak.audience',
    'claim.aud-mismatch',
  ],
  ['org.keycloak.common.VerificationException: No audience in the token', 'keycloak.no-audience', 'claim.aud-missing'],
  ['org.keycloak.common.VerificationException: Subject missing in token', 'keycloak.no-subject', 'claim.sub-missing'],
  // Round audit-ax: its adapters' key lookup (Activiti/activiti-cloud-examples#108).
  [
    "org.keycloak.common.VerificationException: Didn't find publicKey for specified kid",
    'keycloak.public-key-kid',
    'key.kid-unknown',
  ],
  [
    "02:21:41.943 ERROR [qtp826475652-459] Didn't find publicKey for kid: 2hsCFCFNFfTe8ZYxxLgzqdWPz-Y4AwCBDqFFEZMtf3o",
    'keycloak.public-key-kid-named',
    'key.kid-unknown',
    { kid: '2hsCFCFNFfTe8ZYxxLgzqdWPz-Y4AwCBDqFFEZMtf3o' },
  ],
  [
    '[  1289.245771s]  INFO ThreadId(02) daemon:admin{listen.addr=0.0.0.0:4191}:rescue{client.addr=10.0.3.252:52222}: linkerd_app_core::errors::respond: HTTP/1.1 request failed error=unauthorized request on route',
    'linkerd.route',
    'policy.deny',
  ],
  [
    '[ 522.431827s] INFO ThreadId(01) inbound:server{port=8085}:rescue{client.addr=192.168.1.253:37900}: linkerd_app_core::errors::respond: Request failed error=unauthorized connection on server metrics-api',
    'linkerd.server',
    'policy.deny',
  ],
  // Round 16 (identity providers' and cloud APIs' replies): the sources are named beside the rows in identity.ts.
  [
    '(node:20037) UnhandledPromiseRejectionWarning: Error: An API error occurred: invalid_auth',
    'slack.invalid-auth',
    'challenge.invalid-token',
  ],
  [
    "ERROR:notification.slack:The request to the Slack API failed. The server responded with: {'ok': False, 'error': 'not_authed'}",
    'slack.not-authed',
    'token.missing',
  ],
  ['{"ok":false,"error":"token_expired"}', 'slack.token-expired', 'time.expired'],
  ['Slack::Web::Api::Errors::SlackError: token_revoked', 'slack.token-revoked', 'token.revoked'],
  [
    "The server responded with: {'ok': False, 'error': 'missing_scope', 'needed': 'chat:write:bot', 'provided': 'admin,identify'}",
    'slack.missing-scope',
    'scope.insufficient',
    { expected: ['chat:write:bot'], actual: 'admin,identify' },
  ],
  // Round left-u: the SDKs' exceptions for a missing scope (identity.ts cites them).
  ['Error: An API error occurred: missing_scope', 'slack.missing-scope-web-api', 'scope.insufficient'],
  ['slacker.Error: missing_scope', 'slack.missing-scope-slacker', 'scope.insufficient'],
  ['Slack::Web::Api::Errors::SlackError: missing_scope', 'slack.missing-scope-ruby', 'scope.insufficient'],
  ['Slack::Web::Api::Errors::MissingScope: missing_scope', 'slack.missing-scope-ruby-class', 'scope.insufficient'],
  [
    "raise_error.rb:21:in `on_complete': missing_scope (Slack::Web::Api::Errors::MissingScope)",
    'slack.missing-scope-ruby-raised',
    'scope.insufficient',
  ],
  [
    'SalesforceRestError: INVALID_SESSION_ID: Session expired or invalid',
    'salesforce.invalid-session',
    'challenge.invalid-token',
  ],
  [
    '{"code":403,"error_code":"bad_jwt","msg":"invalid claim: missing sub claim"}',
    'supabase-auth.missing-sub',
    'claim.sub-missing',
    { claim: 'sub' },
  ],
  [
    'Status=401 Code="Unauthorized" Message="AKV10022: Invalid audience. Expected https://vault.azure.net or cfa8b339-82a2-471a-a3c9-0fc0be7a4093, found: spn:cfa8b339-82a2-471a-a3c9-0fc0be7a4093."',
    'azure-key-vault.AKV10022',
    'claim.aud-mismatch',
    {
      expected: ['https://vault.azure.net', 'cfa8b339-82a2-471a-a3c9-0fc0be7a4093'],
      actual: 'spn:cfa8b339-82a2-471a-a3c9-0fc0be7a4093',
    },
  ],
  [
    'ERROR: (Unauthorized) AKV10032: Invalid issuer. Expected one of https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/, https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/, found https://sts.windows.net/e594a530-0000-4000-8000-000000000001/.',
    'azure-key-vault.AKV10032',
    'claim.iss-mismatch',
    {
      expected: [
        'https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/',
        'https://sts.windows.net/f8cdef31-a31e-4b4a-93e4-5f571e91255a/',
      ],
      actual: 'https://sts.windows.net/e594a530-0000-4000-8000-000000000001/',
    },
  ],
  [
    '{"error":"invalid_token","error_description":"Token is expired. You can either do re-authorization or token refresh."}',
    'gitlab.expired',
    'time.expired',
  ],
  [
    '{"error":"invalid_token","error_description":"Token was revoked. You have to re-authorize from the user."}',
    'gitlab.revoked',
    'token.revoked',
  ],
  [
    '<Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request.</Message><AuthenticationErrorDetail>Lifetime validation failed. The token is expired.</AuthenticationErrorDetail></Error>',
    'azure-storage.expired',
    'time.expired',
  ],
  [
    "ErrorCode: 'AuthorizationPermissionMismatch'. Message: 'This request is not authorized to perform this operation using this permission.'.",
    'azure-storage.permission-mismatch',
    'policy.deny',
  ],
  [
    'Microsoft.Graph.Models.ODataErrors.ODataError: Lifetime validation failed, the token is expired.',
    'microsoft-graph.odata-expired',
    'time.expired',
  ],
  [
    'Stripe Payment Intent Error: StripeAuthenticationError: Invalid API Key provided: sk_test_...pcCM',
    'stripe.invalid-key',
    'challenge.invalid-token',
  ],
  [
    'Error: audience claim api://default does not match expected audience: api://orders',
    'okta-jwt-verifier.audience',
    'claim.aud-mismatch',
    { actual: 'api://default', expected: ['api://orders'] },
  ],
  [
    'Error: audience claim api://default does not match one of the expected audiences: api://orders, api://billing',
    'okta-jwt-verifier.audience-one-of',
    'claim.aud-mismatch',
    { actual: 'api://default', expected: ['api://orders', 'api://billing'] },
  ],
  [
    'Error: audience claim 0oa1web does not match expected client id: 0oa1mobile',
    'okta-jwt-verifier.client-id',
    'claim.aud-mismatch',
    { actual: '0oa1web', expected: ['0oa1mobile'] },
  ],
  [
    'Error: audience claims api://default, api://billing do not include expected audience: api://orders',
    'okta-jwt-verifier.audiences',
    'claim.aud-mismatch',
    { expected: ['api://orders'] },
  ],
  [
    'Error: issuer https://dev-123456.okta.com/oauth2/default does not match expected issuer: https://dev-123456.okta.com/oauth2/aus1orders',
    'okta-jwt-verifier.issuer',
    'claim.iss-mismatch',
    {
      actual: 'https://dev-123456.okta.com/oauth2/default',
      expected: ['https://dev-123456.okta.com/oauth2/aus1orders'],
    },
  ],
  [
    "Error: claim 'cid' value '0oa1web' does not match expected value '0oa1orders'",
    'okta-jwt-verifier.asserted-claim',
    'claim.required-missing',
    { claim: 'cid', reason: 'mismatch' },
  ],
  ['{"statusCode":401,"message":"JwtParseError: Jwt is expired"}', 'njwt.expired', 'time.expired'],
  ['ExpiredJwtParseError: Jwt is expired', 'njwt.ExpiredJwtParseError', 'time.expired'],
  ['NotActiveJwtParseError: Jwt not active', 'njwt.NotActiveJwtParseError', 'time.not-yet-valid'],
  [
    'SignatureMismatchJwtParseError: Signature verification failed',
    'njwt.SignatureMismatchJwtParseError',
    'signature.invalid',
  ],
  [
    'SignatureAlgorithmMismatchJwtParseError: Unexpected signature algorithm',
    'njwt.SignatureAlgorithmMismatchJwtParseError',
    'alg.not-allowed',
  ],
  // Round "standards": Entra ID's Continuous Access Evaluation, as Graph and ARM answer it.
  [
    '{"error":{"code":"InvalidAuthenticationToken","message":"Continuous access evaluation resulted in claims challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp","innerError":{}}}',
    'microsoft-graph.cae-claims-challenge',
    'challenge.step-up',
    {
      reason:
        'Continuous access evaluation resulted in claims challenge with result: InteractionRequired and code: TokenIssuedBeforeRevocationTimestamp',
    },
  ],
  [
    'Microsoft.Graph.Models.ODataErrors.ODataError: Continuous access evaluation resulted in challenge with result: InteractionRequired and code: LocationConditionEvaluationSatisfied',
    'microsoft-graph.cae-claims-challenge',
    'challenge.step-up',
    {
      reason:
        'Continuous access evaluation resulted in challenge with result: InteractionRequired and code: LocationConditionEvaluationSatisfied',
    },
  ],
  [
    'WWW-Authenticate: Bearer authorization_uri="https://login.windows.net/", error="invalid_token", error_description="User session has been revoked", claims="eyJhY2Nlc3NfdG9rZW4iOnsibmJmIjp7ImVzc2VudGlhbCI6dHJ1ZSwgInZhbHVlIjoiMTYwMzc0MjgwMCJ9fX0="',
    'azure-resource-manager.session-revoked',
    'token.revoked',
  ],
];

/** Round 17a (more-stacks.ts, and the jwt-simple, Hono, koa-jwt, jose JWE and league/oauth2-server rows). */
const ROUND17A: Case[] = [
  [
    '14:09:58.412 [warning] Auth error: :invalid_token, reason: :token_expired',
    'guardian.token_expired',
    'time.expired',
  ],
  ['{:error, :token_not_yet_valid}', 'guardian.token_not_yet_valid', 'time.not-yet-valid'],
  ['socket connect refused: {:error, :invalid_issuer}', 'guardian.invalid_issuer', 'claim.iss-mismatch'],
  [
    '{:error, [message: "Invalid token", claim: "exp", claim_val: 1779976920]}',
    'joken.claim',
    'time.expired',
    { claim: 'exp' },
  ],
  ['rejecting session token: {:error, :signature_error}', 'joken.signature_error', 'signature.invalid'],
  [
    'Failure(pdi.jwt.exceptions.JwtExpirationException: The token is expired since 2026-05-28T14:02:00Z)',
    'jwt-scala.JwtExpirationException',
    'time.expired',
  ],
  [
    'pdi.jwt.exceptions.JwtNotBeforeException: The token will only be valid after 2026-05-28T15:00:00Z',
    'jwt-scala.JwtNotBeforeException',
    'time.not-yet-valid',
  ],
  [
    'java.lang.IllegalArgumentException: Fraudulent JWT token: eyJhbGciOiJIUzI1NiJ9.e30.***',
    'play-silhouette.fraudulent',
    'signature.invalid',
  ],
  [
    'token rejected: The token will only be valid after 2026-05-28T15:00:00Z',
    'jwt-scala.not-before',
    'time.not-yet-valid',
  ],
  [
    'An unauthorized connection attempt was rejected: Warden::JWTAuth::Errors::RevokedToken',
    'warden-jwt_auth.RevokedToken',
    'token.revoked',
  ],
  [
    '{"error":true,"reason":"aud claim verification failed: not intended for com.example.orders"}',
    'jwt-kit.claim',
    'claim.aud-mismatch',
    { claim: 'aud', expected: ['com.example.orders'] },
  ],
  [
    '14:09:58.412 DEBUG i.m.s.t.j.v.ExpirationJwtClaimsValidator - JWT token has expired',
    'micronaut-security.expired',
    'time.expired',
  ],
  [
    'TRACE i.m.s.t.j.v.NotBeforeJwtClaimsValidator - Invalidating JWT not-before Claim because current time (Thu May 28 14:09:58 UTC 2026) is before (Thu May 28 15:00:00 UTC 2026).',
    'micronaut-security.not-before',
    'time.not-yet-valid',
  ],
  [
    "TRACE i.m.s.t.j.v.IssuerJwtClaimsValidator - Expected JWT issuer claim of 'https://auth.acme-corp.com/', but found 'https://auth.staging.acme-corp.com/' instead.",
    'micronaut-security.issuer',
    'claim.iss-mismatch',
    { claim: 'iss', expected: ['https://auth.acme-corp.com/'], actual: 'https://auth.staging.acme-corp.com/' },
  ],
  [
    "TRACE i.m.s.t.j.v.AudienceJwtClaimsValidator - Expected JWT audience claim to include 'orders-api', but audience list (billing-api) did not.",
    'micronaut-security.audience',
    'claim.aud-mismatch',
    { claim: 'aud', expected: ['orders-api'], actual: 'billing-api' },
  ],
  [
    'TRACE i.m.s.t.j.v.AudienceJwtClaimsValidator - Expected JWT audience claim orders-api but audience list is not specified',
    'micronaut-security.audience-missing',
    'claim.aud-missing',
    { claim: 'aud' },
  ],
  ["rejecting bearer token: Signature tag didn't verify", 'jwt-simple.InvalidSignature', 'signature.invalid'],
  ['rejecting bearer token: JWT algorithm mismatch', 'jwt-simple.AlgorithmMismatch', 'alg.not-allowed'],
  ['rejecting bearer token: JWT key identifier mismatch', 'jwt-simple.KeyIdentifierMismatch', 'key.kid-unknown'],
  ['rejecting bearer token: Missing JWT key identifier', 'jwt-simple.MissingJWTKeyIdentifier', 'key.kid-missing'],
  ['rejecting bearer token: Clock drift detected', 'jwt-simple.ClockDrift', 'time.issued-in-future', { claim: 'iat' }],
  [
    'rejecting bearer token: Token is too old',
    'jwt-simple.TokenIsTooOld',
    'time.expired',
    { claim: 'iat', reason: 'max-age' },
  ],
  ['rejecting bearer token: Required issuer mismatch', 'jwt-simple.RequiredIssuerMismatch', 'claim.iss-mismatch'],
  ['rejecting bearer token: Required issuer missing', 'jwt-simple.RequiredIssuerMissing', 'claim.iss-missing'],
  ['rejecting bearer token: Required audience mismatch', 'jwt-simple.RequiredAudienceMismatch', 'claim.aud-mismatch'],
  ['rejecting bearer token: Required audience missing', 'jwt-simple.RequiredAudienceMissing', 'claim.aud-missing'],
  [
    'rejecting bearer token: Required subject mismatch',
    'jwt-simple.RequiredSubjectMismatch',
    'claim.required-missing',
    { claim: 'sub', reason: 'mismatch' },
  ],
  ['rejecting bearer token: Required subject missing', 'jwt-simple.RequiredSubjectMissing', 'claim.sub-missing'],
  ['[wrangler:err] JwtTokenExpired: token (eyJ…) expired', 'hono-jwt.JwtTokenExpired', 'time.expired'],
  [
    "JwtTokenNotBefore: token (eyJ…) is being used before it's valid",
    'hono-jwt.JwtTokenNotBefore',
    'time.not-yet-valid',
  ],
  [
    'JwtTokenIssuedAt: Incorrect "iat" claim must be a older than "1779977398" (iat: "1779981000")',
    'hono-jwt.JwtTokenIssuedAt',
    'time.issued-in-future',
  ],
  [
    'JwtTokenSignatureMismatched: token(eyJ…) signature mismatched',
    'hono-jwt.JwtTokenSignatureMismatched',
    'signature.invalid',
  ],
  ['JwtTokenInvalid: invalid JWT token: abc.def', 'hono-jwt.JwtTokenInvalid', 'token.malformed'],
  [
    'JwtAlgorithmNotImplemented: HS1 is not an implemented algorithm',
    'hono-jwt.JwtAlgorithmNotImplemented',
    'alg.not-allowed',
  ],
  [
    'WWW-Authenticate: Bearer realm="http://localhost:8787/auth/page",error="invalid_request",error_description="no authorization included in request"',
    'hono-jwt.no-authorization',
    'token.missing',
  ],
  [
    'WWW-Authenticate: Bearer realm="http://localhost:8787/auth/page",error="invalid_request",error_description="invalid credentials structure"',
    'hono-jwt.credentials-structure',
    'authz-header.format',
  ],
  [
    'Bad Authorization header format. Format is "Authorization: Bearer <token>"',
    'koa-jwt.bad-format',
    'authz-header.format',
    { reason: 'scheme-or-format' },
  ],
  ['UnauthorizedError: No authentication token found', 'koa-jwt.no-token', 'token.missing'],
  [
    "{ code: 'ERR_JWE_DECRYPTION_FAILED', name: 'JWEDecryptionFailed' }",
    'jose.ERR_JWE_DECRYPTION_FAILED',
    'token.jwe-undecryptable',
  ],
  [
    '[auth][cause]: JWEDecryptionFailed: decryption operation failed',
    'jose.JWEDecryptionFailed',
    'token.jwe-undecryptable',
  ],
  ['"hint":"Access token has been revoked"', 'league-oauth2-server.revoked', 'token.revoked'],
  ['"hint":"Access token could not be verified"', 'league-oauth2-server.unverified', 'challenge.invalid-token'],
  ['"hint":"Access token is invalid"', 'league-oauth2-server.invalid', 'challenge.invalid-token'],
  ['"hint":"Error while decoding to JSON"', 'league-oauth2-server.json', 'token.malformed'],
  ['"hint":"Missing \\"Authorization\\" header"', 'league-oauth2-server.missing-header', 'token.missing'],
];

// Round 17c: data and infrastructure services (parse/verifier-messages/services.ts; sources beside each row there).
const SERVICES: Case[] = [
  [
    '{"type":"security_exception","reason":"missing authentication credentials for REST request [/]"}',
    'elasticsearch.missing-credentials',
    'token.missing',
  ],
  [
    '{"type":"security_exception","reason":"unable to authenticate with provided credentials and anonymous access is not allowed for this request"}',
    'elasticsearch.unable-to-authenticate',
    'challenge.invalid-token',
  ],
  [
    'ElasticsearchStatusException[Elasticsearch exception [type=security_exception, reason=token expired]]',
    'elasticsearch.token-expired',
    'time.expired',
  ],
  [
    '"additional_unsuccessful_credentials":"API key: api key is expired"',
    'elasticsearch.api-key-expired',
    'time.expired',
  ],
  [
    'Realm [jwt2] JWT validation failed for token=[my-issuer/es02/es02/jake.landis@elastic.co] with header [{"alg":"RS256"}]',
    'elasticsearch.jwt-validation-failed',
    'challenge.invalid-token',
  ],
  [
    'ElasticsearchSecurityException: string claim [iss] has value [https://a.example.com/] which does not match allowed claim values [https://b.example.com/]',
    'elasticsearch.jwt-string-claim',
    'claim.iss-mismatch',
    { claim: 'iss', actual: 'https://a.example.com/', expected: ['https://b.example.com/'] },
  ],
  [
    'ElasticsearchSecurityException: date claim [nbf] value [1779977700000] must be before now [1779977400000]',
    'elasticsearch.jwt-date-claim',
    'time.not-yet-valid',
    { claim: 'nbf' },
  ],
  [
    'ElasticsearchSecurityException: missing required date claim [exp]',
    'elasticsearch.jwt-missing-date-claim',
    'time.no-exp',
    { claim: 'exp' },
  ],
  [
    'IllegalArgumentException: missing required string claim [aud]',
    'elasticsearch.jwt-missing-string-claim',
    'claim.aud-missing',
    { claim: 'aud' },
  ],
  [
    '"reason":"action [indices:data/write/bulk] is unauthorized for user [logstash]"',
    'elasticsearch.action-unauthorized',
    'policy.deny',
  ],
  [
    '[INFO ][c.a.d.a.h.j.AbstractHTTPJwtAuthenticator] [K3yiX0x] Extracting JWT token from eyJhbGciOiJSUzI1NiI....EO4vPMzm3ZQ failed',
    'opensearch-security.extracting-failed',
    'challenge.invalid-token',
  ],
  [
    '"reason":"no permissions for [indices:monitor/stats] and User [name=test-user, backend_roles=[], requestedTenant=null]"',
    'opensearch-security.no-permissions',
    'policy.deny',
  ],
  [
    'com.amazon.dlic.auth.http.jwt.keybyoidc.BadCredentialsException: Invalid JWT signature',
    'opensearch-security.invalid-signature',
    'signature.invalid',
  ],
  [
    'Caused by: org.apache.cxf.rs.security.jose.jwt.JwtException: The token has expired',
    'apache-cxf.expired',
    'time.expired',
  ],
  [
    'Caused by: org.apache.cxf.rs.security.jose.jwt.JwtException: The token cannot be accepted yet',
    'apache-cxf.not-yet-valid',
    'time.not-yet-valid',
  ],
  [
    'org.apache.cxf.rs.security.jose.jwt.JwtException: Invalid audience restriction',
    'apache-cxf.audience',
    'claim.aud-mismatch',
  ],
  [
    'Invalid serialized unsecured/JWS/JWE object: Missing part delimiters',
    'nimbus.missing-part-delimiters',
    'token.malformed',
  ],
  [
    'INFO [SocketServer brokerId=0] Failed authentication with /10.1.8.1 ({"status":"invalid_token"}) (org.apache.kafka.common.network.Selector)',
    'kafka.failed-authentication',
    'challenge.invalid-token',
  ],
  [
    'org.apache.kafka.common.security.oauthbearer.internals.secured.ValidateException: Could not validate the access token: JWT (claims->{"sub":"orders"}) rejected',
    'kafka.could-not-validate',
    'challenge.invalid-token',
  ],
  [
    '[[8] Audience (aud) claim [https://login.example.com/api/v2/] present in the JWT but no expected audience value(s) were provided to the JWT Consumer. Expected one of [] as an aud value.]',
    'jose4j.no-expected-audience',
    'verifier.misconfigured',
  ],
  [
    'org.apache.kafka.common.errors.SaslAuthenticationException: Authentication failed during authentication due to invalid credentials with SASL mechanism OAUTHBEARER',
    'kafka.oauthbearer-invalid-credentials',
    'challenge.invalid-token',
  ],
  [
    'io.strimzi.kafka.oauth.validator.TokenValidationException: Token validation failed: Unknown signing key (kid:k1)',
    'strimzi-kafka-oauth.unknown-signing-key',
    'key.kid-unknown',
    { kid: 'k1' },
  ],
  [
    'TokenValidationException: Token validation failed: The signing key is no longer valid (kid:k0)',
    'strimzi-kafka-oauth.key-no-longer-valid',
    'key.kid-unknown',
    { kid: 'k0' },
  ],
  [
    'TokenSignatureException: Signature check failed: Invalid token signature',
    'strimzi-kafka-oauth.invalid-signature',
    'signature.invalid',
  ],
  [
    '[error] <0.10835.0> Provided JWT token has expired at timestamp 1772550131 (validated at 1772550132)',
    'rabbitmq.expired',
    'time.expired',
  ],
  [
    'Authentication using an OAuth 2/JWT token failed: provided token is invalid',
    'rabbitmq.failed',
    'challenge.invalid-token',
  ],
  [
    'Authentication using an OAuth 2/JWT token failed: {error,{missing_oauth_provider_attributes,[issuer]}}',
    'rabbitmq.missing-provider-attributes',
    'verifier.misconfigured',
  ],
  [
    'Authentication using an OAuth 2/JWT token failed: {error,key_not_found}',
    'rabbitmq.key-not-found',
    'key.kid-unknown',
  ],
  [
    'Error retrieving members: Unexpected response code: 403 (ACL not found)',
    'consul.acl-not-found',
    'challenge.invalid-token',
  ],
  [
    'Error getting job list: Unexpected response code: 403 (ACL token not found)',
    'nomad.acl-token-not-found',
    'challenge.invalid-token',
  ],
  [
    "Unexpected response code: 403 (Permission denied: anonymous token lacks permission 'acl:read'. The anonymous token is used implicitly when a request does not specify a token.)",
    'consul.anonymous-token',
    'token.missing',
  ],
  [
    "Unexpected response code: 403 (Permission denied: token with AccessorID '00000000-0000-0000-0000-000000000002' lacks permission 'agent:read' on \"consul\")",
    'consul.token-lacks-permission',
    'policy.deny',
  ],
  [
    'Error querying jobs: Unexpected response code: 403 (Permission denied)',
    'hashicorp-api.permission-denied',
    'policy.deny',
  ],
  [
    'Failed to retrieve the token list: Unexpected response code: 403 (rpc error making call: Permission denied)',
    'consul.rpc-permission-denied',
    'policy.deny',
  ],
  [
    'rpc error: code = Unauthenticated desc = invalid session: token has invalid claims: token is expired',
    'argocd.session-expired',
    'time.expired',
  ],
  [
    'rpc error: code = Unauthenticated desc = invalid session: account password has changed since token issued',
    'argocd.password-changed',
    'token.revoked',
  ],
  [
    'error="rpc error: code = Unauthenticated desc = invalid session: SSO is not configured"',
    'argocd.sso-not-configured',
    'verifier.misconfigured',
  ],
  [
    'rpc error: code = PermissionDenied desc = permission denied: applications, get, foo/bar',
    'argocd.permission-denied-applications',
    'policy.deny',
  ],
  [
    'rpc error: code = PermissionDenied desc = permission denied: clusters, update, https://server1',
    'argocd.permission-denied-clusters',
    'policy.deny',
  ],
  ['{"error":"permission denied: exec, create"}', 'argocd.permission-denied-exec', 'policy.deny'],
  [
    '{"message":"Invalid API key","messageId":"api-key.invalid","statusCode":401,"traceID":""}',
    'grafana.api-key-invalid',
    'challenge.invalid-token',
  ],
  [
    '{"message":"Expired API key","messageId":"api-key.expired","statusCode":401,"traceID":""}',
    'grafana.api-key-expired',
    'time.expired',
  ],
  [
    't=2020-08-28T11:30:23+0000 lvl=eror msg="Invalid username or password" logger=context error="No password provided"',
    'grafana.basic-no-password',
    'verifier.misconfigured',
  ],
  [
    '{"message":"Revoked API key","messageId":"api-key.revoked","statusCode":401,"traceID":""}',
    'grafana.api-key-revoked',
    'token.revoked',
  ],
  [
    'err="server returned HTTP status 401 Unauthorized: authentication error: invalid authentication credentials"',
    'grafana-cloud.invalid-credentials',
    'challenge.invalid-token',
  ],
  [
    '{"level":"fatal","msg":"error starting scanner","service":"worker","error":"Request unauthorized.","logging-call-at":"service.go:501"}',
    'temporal.unauthorized',
    'policy.deny',
  ],
  [
    'Client error: `POST https://lk.example.com/twirp/livekit.RoomService/CreateRoom` resulted in a `401 Unauthorized` response: invalid token: <JWT...>',
    'livekit.invalid-token',
    'challenge.invalid-token',
  ],
  // Round audit-ag: Dapr's sidecar on an API token that is not its own; Temporal's words as its Rust core prints them.
  [
    'Grpc.Core.RpcException: Status(StatusCode="Unauthenticated", Detail="authentication error: api token mismatch")',
    'dapr.api-token-mismatch',
    'challenge.invalid-token',
  ],
  [
    'rpc error: code = Unauthenticated desc = missing api token in request metadata',
    'dapr.api-token-missing',
    'token.missing',
  ],
  // Round left-ff: ThingsBoard's WebSocket API closing on a JWT it parsed (thingsboard/thingsboard#10516).
  [
    'Disconnected from wss://demo.thingsboard.io/api/ws\n1007 Invalid Frame:\nJWT Token expired',
    'thingsboard.jwt-token-expired',
    'time.expired',
  ],
  [
    'Disconnected from wss://demo.thingsboard.io/api/ws\n1011 Server Error:\nInvalid JWT token',
    'thingsboard.invalid-jwt-token',
    'challenge.invalid-token',
  ],
  // Round left-ff: a Trivy server's --token refused, as `trivy image --server …` prints Twirp's error.
  [
    'FATAL\timage scan error: scan error: scan failed: failed analysis: twirp error unauthenticated: invalid token',
    'trivy.token-mismatch',
    'challenge.invalid-token',
  ],
  [
    'Status { code: PermissionDenied, message: "Request unauthorized.", metadata: MetadataMap { headers: {"server": "temporal"} } }',
    'temporal.unauthorized',
    'policy.deny',
  ],
  [
    '<Code>ExpiredToken</Code><Message>The web identity token that was passed is expired or is not valid. Get a new identity token from the identity provider and then retry the request.</Message>',
    'aws-sts.web-identity-expired-or-invalid',
    'challenge.invalid-token',
  ],
  [
    '<Message>The web identity token that was passed could not be validated by AWS. Get a new identity token from the identity provider and then retry the request.',
    'aws-sts.web-identity-invalid',
    'challenge.invalid-token',
  ],
  ["-ERR 'Authorization Violation'", 'nats.authorization-violation', 'challenge.invalid-token'],
  ['LastError = nats: User Authentication Expired', 'nats.user-expired', 'time.expired'],
  ["-ERR 'User Authentication Revoked'", 'nats.user-revoked', 'token.revoked'],
  [
    'Mqtt5ConnAckException: CONNECT failed as CONNACK contained an Error Code: NOT_AUTHORIZED.',
    'mqtt.connack-not-authorized',
    'challenge.invalid-token',
  ],
  [
    'Mqtt3ConnAckException: CONNECT failed as CONNACK contained an Error Code: BAD_USER_NAME_OR_PASSWORD.',
    'mqtt.connack-bad-credentials',
    'challenge.invalid-token',
  ],
  ['Error: Connection refused: Not authorized', 'mqtt.refused-not-authorized', 'challenge.invalid-token'],
  ['Error: Connection refused: Bad username or password', 'mqtt.refused-bad-credentials', 'challenge.invalid-token'],
  [
    'Connection error: Connection Refused: not authorised.',
    'mqtt.connack-string-not-authorised',
    'challenge.invalid-token',
  ],
  [
    'Connection error: Connection Refused: bad user name or password.',
    'mqtt.connack-string-bad-credentials',
    'challenge.invalid-token',
  ],
  [
    'POST https://api.mailgun.net/v3/mg.example.com/messages\n401\nForbidden',
    'mailgun.forbidden',
    'challenge.invalid-token',
  ],
  ['Connection error: Not authorized', 'mqtt.v5-not-authorized', 'challenge.invalid-token'],
  ['Connection error: Bad user name or password', 'mqtt.v5-bad-credentials', 'challenge.invalid-token'],
  ['MqttSecurityException: Not authorized to connect (5)', 'mqtt.paho-java-not-authorized', 'challenge.invalid-token'],
  ['MqttException: Bad user name or password (4)', 'mqtt.paho-java-bad-credentials', 'challenge.invalid-token'],
  [
    'Snowflake exception: JWT token is invalid. [0ce9eb56-821d-4ca9-a774-04ae89a0cf5a], sqlState:08001',
    'snowflake.jwt-token-invalid',
    'challenge.invalid-token',
  ],
  ['390303: Invalid OAuth access token', 'snowflake.invalid-oauth-token', 'challenge.invalid-token'],
  ['Error: Socket closed with event 4403 Forbidden', 'graphql-ws.close-4403', 'challenge.invalid-token'],
  [
    'failed to get reader: received close frame: status = StatusCode(4403) and reason = "Forbidden"',
    'graphql-ws.close-frame-4403',
    'challenge.invalid-token',
  ],
  [
    'rpc error: code = PermissionDenied desc = unauthorized: API Key not permitted action "event:write"',
    'elastic-apm-server.api-key-not-permitted',
    'policy.deny',
  ],
  [
    'apm-server: rpc error: code = PermissionDenied desc = unauthorized',
    'elastic-apm-server.grpc-unauthorized',
    'policy.deny',
  ],
  [
    'SQLServerException: Failed to authenticate the user bob@contoso.com in Active Directory (Authentication=ActiveDirectoryPassword).',
    'mssql-jdbc.entra-token-failed',
    'token.missing',
    { reason: 'unobtained', actual: 'mssql-entra' },
  ],
  ['Error: Status: 403, Kind: "PermissionDenied", Error: "Forbidden."', 'boundary.forbidden-api-error', 'policy.deny'],
  ['{"kind":"PermissionDenied","message":"Forbidden."}', 'boundary.forbidden-json', 'policy.deny'],
  [
    'Error from controller when performing authorize-session action against given target\n\nError information:\n  Kind:                PermissionDenied\n  Message:             Forbidden.',
    'boundary.cli-error-block',
    'policy.deny',
  ],
  ['boundary connect: rpc error: code = PermissionDenied desc = Forbidden.', 'boundary.grpc-forbidden', 'policy.deny'],
  [
    'Error: Status: 401, Kind: "Unauthenticated", Error: "Unauthenticated, or invalid token."',
    'boundary.unauthenticated',
    'challenge.invalid-token',
  ],
  [
    'Error: Socket closed with event 4401 Unauthorized',
    'graphql-ws.close-4401',
    'challenge.invalid-token',
    { reason: 'protocol' },
  ],
  [
    'received close frame: status = StatusCode(4401) and reason = "Unauthorized"',
    'graphql-ws.close-frame-4401',
    'challenge.invalid-token',
    { reason: 'protocol' },
  ],
  [
    'Error: Socket closed with event 4400 Invalid message received',
    'graphql-ws.close-4400',
    'challenge.invalid-request',
    { reason: 'server', actual: 'Invalid message received' },
  ],
  [
    'received close frame: status = StatusCode(4400) and reason = "Invalid message received"',
    'graphql-ws.close-frame-4400',
    'challenge.invalid-request',
    { reason: 'server', actual: 'Invalid message received' },
  ],
  [
    'SASL authentication error: Token expired at: 1746617414000 (2025-05-07T11:30:14 UTC)',
    'strimzi-kafka-oauth.token-expired',
    'time.expired',
  ],
  [
    '[error    ] JWT token is not valid: [airflow.api_fastapi.auth.managers.base_auth_manager] loc=base_auth_manager.py:107',
    'airflow.jwt-not-valid',
    'challenge.invalid-token',
  ],
  [
    '[warning  ] Failed to validate JWT         [airflow.api_fastapi.execution_api.deps] token=eyJhbGciOiJIUzUxMiJ9…',
    'airflow.failed-to-validate',
    'challenge.invalid-token',
  ],
];

// Round 17b: cloud token services refusing a workload's OIDC token (parse/verifier-messages/federation.ts names the
// public captures each line is shaped on).
const FEDERATION: Case[] = [
  [
    'Error: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
    'github-actions.no-request-url',
    'token.missing',
    { reason: 'unobtained' },
  ],
  [
    'Error: Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable',
    'github-actions.no-request-token',
    'token.missing',
    { reason: 'unobtained' },
  ],
  [
    'Error: google-github-actions/auth failed with: GitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow permissions are incorrect, or this job is being run from a fork.',
    'github-actions.not-injected',
    'token.missing',
    { reason: 'unobtained' },
  ],
  [
    'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    'aws-sts.incorrect-audience',
    'claim.aud-mismatch',
    { reason: 'federation' },
  ],
  [
    'operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: f4570356-caf6-45a0-9033-bd1bbca3c63b, InvalidIdentityToken: Provided Token is not a Login With Amazon token',
    'aws-sts.InvalidIdentityToken',
    'challenge.invalid-token',
  ],
  [
    'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    'aws-sts.not-authorized',
    'federation.no-match',
  ],
  [
    'Error: Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
    'aws-sts.no-provider',
    'verifier.misconfigured',
    { actual: 'https://token.actions.githubusercontent.com' },
  ],
  [
    'botocore.errorfactory.ExpiredTokenException: An error occurred (ExpiredTokenException) when calling the AssumeRoleWithWebIdentity operation: Token expired: current date/time 1624482533 must be before the expiration date/time1624482335',
    'aws-sts.expired',
    'time.expired',
  ],
  ['    <Code>InvalidIdentityToken</Code>', 'aws-sts.InvalidIdentityToken', 'challenge.invalid-token'],
  [
    "Error: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint",
    'aws-sts.thumbprint',
    'verifier.misconfigured',
  ],
  [
    '<Code>ExpiredTokenException</Code>\n    <Message>Token too old: 441398</Message>',
    'aws-sts.too-old',
    'time.expired',
  ],
  [
    "InvalidIdentityToken: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
    'aws-sts.jwks',
    'key.jwks-unavailable',
  ],
  [
    '{"error":"invalid_grant","error_description":"The audience in ID Token [https://iam.googleapis.com/projects/573522191771/locations/global/workloadIdentityPools/github/providers/gh-oidc] does not match the expected audience."}',
    'gcp-sts.audience',
    'claim.aud-mismatch',
    {
      actual:
        'https://iam.googleapis.com/projects/573522191771/locations/global/workloadIdentityPools/github/providers/gh-oidc',
      reason: 'federation',
    },
  ],
  [
    '{"error":"invalid_grant","error_description":"Specified identity issuer https://token.actions.githubusercontent.com not found in the configured identity providers."}',
    'gcp-sts.issuer',
    'claim.iss-mismatch',
    { actual: 'https://token.actions.githubusercontent.com', reason: 'federation' },
  ],
  [
    'oauth2/google: status code 400: {"error":"unauthorized_client","error_description":"The given credential is rejected by the attribute condition."}',
    'gcp-sts.attribute-condition',
    'federation.no-match',
  ],
  [
    '{"error":"invalid_grant","error_description":"ID Token issued at 1713260741 is stale to sign-in."}',
    'gcp-sts.stale',
    'time.expired',
    { claim: 'iat', reason: 'max-age' },
  ],
  [
    'INVALID_IDP_RESPONSE : ID Token issued at 1790552633 is stale to sign-in.',
    'firebase-auth.stale',
    'time.expired',
    { claim: 'iat', reason: 'max-age' },
  ],
  [
    '{"error":"invalid_target","error_description":"The target service indicated by the \\"audience\\" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\'t exist."}',
    'gcp-sts.invalid-target',
    'verifier.misconfigured',
  ],
  [
    '❌ Firebase sign in failed: The audience in ID Token [drewharts.loc] does not match the expected audience drewharts.locc.',
    'firebase-auth.id-token-audience',
    'claim.aud-mismatch',
    { actual: 'drewharts.loc', expected: ['drewharts.locc'] },
  ],
  [
    '{"error":"unable to generate token","error_description":"Unable to generate access token; IAM returned 403 Forbidden: The caller does not have permission"}',
    'gke-metadata-server.iam-403',
    'policy.deny',
  ],
  [
    "AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: 'https://kubernetes.default.svc.cluster.local'. Assertion Subject: 'system:serviceaccount:default:workload-identity-sa'. Assertion Audience: 'api://AzureADTokenExchange'.",
    'entra-id.fic',
    'federation.no-match',
  ],
  [
    "Error: AADSTS700211: No matching federated identity record found for presented assertion issuer 'https://token.actions.githubusercontent.com/'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.",
    'entra-id.fic-issuer',
    'claim.iss-mismatch',
    { actual: 'https://token.actions.githubusercontent.com/', reason: 'federation' },
  ],
  [
    "ERROR: AADSTS700212: No matching federated identity record found for presented assertion audience 'https://gitlab.com'",
    'entra-id.fic-audience',
    'claim.aud-mismatch',
    { actual: 'https://gitlab.com', reason: 'federation' },
  ],
  [
    "Error: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:acme/orders:ref:refs/heads/feature/retry'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.",
    'entra-id.fic-subject',
    'federation.no-match',
    { claim: 'sub', actual: 'repo:acme/orders:ref:refs/heads/feature/retry' },
  ],
  [
    "AADSTS70025: The client '93aa5068-4c1e-4b8a-9c3d-2f1e0a9b8c7d'(fast-azure-backend) has no configured federated identity credentials.",
    'entra-id.no-fic',
    'verifier.misconfigured',
  ],
  [
    'Original exception: AADSTS700024: Client assertion is not within its valid time range. Current time: 2024-05-28T06:01:42.5853621Z, assertion valid from 2024-05-28T02:19:01.0000000Z, expiry time of assertion 2024-05-28T02:29:01.0000000Z. Review the documentation at https://docs.microsoft.com/azure/active-directory/develop/active-directory-certificate-credentials .',
    'entra-id.assertion-time',
    'time.expired',
    { at: '2024-05-28T02:29:01.0000000Z' },
  ],
  [
    'vaultResponse: {"errors":["error validating token: invalid audience (aud) claim: audience claim does not match any expected audience"]}',
    'vault.aud',
    'claim.aud-mismatch',
    { reason: 'federation' },
  ],
  ['* error validating token: invalid issuer (iss) claim', 'vault.iss', 'claim.iss-mismatch', { reason: 'federation' }],
  [
    'message: Response code 400 (Bad Request), vaultResponse: {"errors":["error validating token: invalid subject (sub) claim"]}',
    'vault.sub',
    'federation.no-match',
    { claim: 'sub' },
  ],
  ['* error validating token: invalid expiration time (exp) claim: token is expired', 'vault.exp', 'time.expired'],
  ['* error validating token: invalid not before (nbf) claim: token not yet valid', 'vault.nbf', 'time.not-yet-valid'],
  [
    '* error validating token: invalid issued at (iat) claim: token issued in the future',
    'vault.iat',
    'time.issued-in-future',
  ],
  [
    '* error validating token: invalid algorithm (alg) header parameter: token signed with unexpected algorithm',
    'vault.alg',
    'alg.not-allowed',
  ],
  [
    '* error validating claims: claim "ref_protected" does not match any associated bound claim values',
    'vault.bound-claim',
    'federation.no-match',
    { claim: 'ref_protected' },
  ],
  [
    '{"errors":["error validating claims: claim \\"aud\\" does not match any associated bound claim values"]}',
    'vault.bound-claim',
    'claim.aud-mismatch',
    { claim: 'aud' },
  ],
  [
    'Token verification failed. error validating claims: aud claim does not match any bound audience',
    'vault.aud-bound',
    'claim.aud-mismatch',
    { reason: 'federation' },
  ],
  ['{"errors":["sub claim does not match bound subject"]}', 'vault.sub-bound', 'federation.no-match', { claim: 'sub' }],
  [
    '* audience claim found in JWT but no audiences bound to the role',
    'vault.no-bound-audiences',
    'verifier.misconfigured',
  ],
  ['  | * service account name not authorized', 'vault.sa-not-authorized', 'federation.no-match'],
  ['{"errors":["namespace not authorized"]}', 'vault.namespace-not-authorized', 'federation.no-match'],
  [
    '* role "gha-deploy" could not be found',
    'vault.role-not-found',
    'verifier.misconfigured',
    { actual: 'gha-deploy' },
  ],
  // Round 19a: token endpoints refusing the client (parse/verifier-messages/token-endpoints.ts names the sources).
  [
    'Caused by: org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized on POST request for "https://sso.acme-corp.com/realms/acme/protocol/openid-connect/token": "{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}"',
    'keycloak.invalid-client-credentials',
    'oauth.invalid-client',
  ],
  [
    "fastapi_keycloak.exceptions.KeycloakError: HTTP 403: {'error': 'unauthorized_client', 'error_description': 'Invalid client secret'}",
    'keycloak.invalid-client-secret',
    'oauth.invalid-client',
  ],
  [
    '{"error":"unauthorized_client","error_description":"Client secret not provided in request"}',
    'keycloak.secret-not-provided',
    'oauth.invalid-client',
  ],
  [
    '{"error": "unauthorized_client", "error_description": "UNKNOWN_CLIENT: Client was not identified by any client authenticator"}',
    'keycloak.unknown-client',
    'oauth.invalid-client',
  ],
  [
    'authlib.integrations.base_client.errors.OAuthError: invalid_client: The client secret supplied for a confidential client is invalid.',
    'okta.client-secret-invalid',
    'oauth.invalid-client',
  ],
  ['Error: invalid_client The OAuth client was not found.', 'google-oauth.client-not-found', 'oauth.invalid-client'],
  [
    'ERROR: (gcloud.auth.activate-service-account) There was a problem refreshing your current auth tokens: invalid_grant: Invalid JWT Signature.',
    'google-oauth.assertion-signature',
    'token.revoked',
    { reason: 'jwt-assertion:signature' },
  ],
  [
    'failed to fetch a valid Google OAuth2 access token with the following error: "OpenIdException(invalid_grant): Invalid JWT Signature.".',
    'google-oauth.openid-assertion-signature',
    'token.revoked',
    { reason: 'jwt-assertion:signature' },
  ],
  [
    'Google_Auth_Exception: invalid_grant: Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.',
    'google-oauth.assertion-time',
    'token.revoked',
    { reason: 'jwt-assertion:time' },
  ],
  [
    "google.auth.exceptions.RefreshError: ('invalid_grant: Invalid grant: account not found', None)",
    'google-oauth.assertion-account',
    'token.revoked',
    { reason: 'jwt-assertion:account' },
  ],
  [
    '{"error":"incorrect_client_credentials","error_description":"The client_id and/or client_secret passed are incorrect.","error_uri":"https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#incorrect-client-credentials"}',
    'github-oauth.incorrect-client-credentials',
    'oauth.invalid-client',
  ],
  [
    'github oauth: The client_id and/or client_secret passed are incorrect.',
    'github-oauth.client-credentials-incorrect',
    'oauth.invalid-client',
  ],
  [
    'Restforce::AuthenticationError: invalid_client_id: client identifier invalid',
    'salesforce.client-identifier-invalid',
    'oauth.invalid-client',
  ],
  [
    'error=invalid_client_id&error_description=client%20identifier%20invalid',
    'salesforce.invalid-client-id-param',
    'oauth.invalid-client',
  ],
  [
    'Restforce::AuthenticationError: invalid_client: invalid client credentials',
    'salesforce.invalid-client-credentials',
    'oauth.invalid-client',
  ],
  [
    'Unable to exchange external code: oauth2: "invalid_client" "Unauthorized"',
    'golang-oauth2.invalid-client',
    'oauth.invalid-client',
  ],
  [
    'oauthlib.oauth2.rfc6749.errors.InvalidClientError: (invalid_client) Unauthorized',
    'oauthlib.InvalidClientError',
    'oauth.invalid-client',
  ],
  [
    'OPError: invalid_client (The OAuth client was not found.)',
    'openid-client.OPError-invalid-client',
    'oauth.invalid-client',
  ],
  [
    '2026-05-28T14:09:58.223Z DEBUG 27914 --- [oauth-server] [io-9000-exec-10] o.s.s.authentication.ProviderManager     : Authentication failed with provider ClientSecretAuthenticationProvider since [invalid_client] Client authentication failed: client_secret',
    'spring-security.client-authentication-failed',
    'oauth.invalid-client',
  ],
  [
    '[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized: [no body]',
    'spring-security.token-response-401',
    'oauth.invalid-client',
  ],
  // round 19b: Japanese products (parse/verifier-messages/japanese.ts; sources beside its rows).
  [
    '{"message":"Authentication failed. Confirm that the access token in the authorization header is valid."}',
    'line-messaging-api.token-refused',
    'challenge.invalid-token',
  ],
  [
    '{"message":"Authentication failed due to the following reason: The access token malformed. Confirm that the access token in the authorization header is valid."}',
    'line-messaging-api.token-refused',
    'challenge.invalid-token',
  ],
  [
    `{"message":"Authorization header required. Must follow the scheme, 'Authorization: Bearer <ACCESS TOKEN>'"}`,
    'line-messaging-api.no-header',
    'token.missing',
  ],
  // round audit-ap: LINE Login's Verify ID token endpoint (its error_description; japanese.ts).
  ['{"error":"invalid_request","error_description":"IdToken expired."}', 'line-login.expired', 'time.expired'],
  [
    '{"error":"invalid_request","error_description":"Invalid IdToken Audience."}',
    'line-login.audience',
    'claim.aud-mismatch',
  ],
  [
    '{"error":"invalid_request","error_description":"Invalid IdToken Issuer."}',
    'line-login.issuer',
    'claim.iss-mismatch',
  ],
  [
    '{"error":"invalid_request","error_description":"Invalid IdToken Nonce."}',
    'line-login.nonce',
    'claim.required-missing',
    { claim: 'nonce', reason: 'mismatch' },
  ],
  [
    '{"error":"invalid_request","error_description":"Invalid IdToken Subject Identifier."}',
    'line-login.subject',
    'claim.required-missing',
    { claim: 'sub', reason: 'mismatch' },
  ],
  ['LIFF の検証で Invalid IdToken. が返る', 'line-login.invalid', 'challenge.invalid-token'],
  ['API認証情報に問題があります。([ES01-01] Un-Authorised)', 'rakuten-rms.ES01-01', 'challenge.invalid-token'],
  ['401 {"Code":4001007,"Message":"ログイン認証エラー"}', 'kabu-station.4001007', 'challenge.invalid-token'],
  [
    'X-YahooJ-AuthError: Requested Token is expired. Please provide valid credentials.',
    'yahoo-japan.expired',
    'time.expired',
  ],
  [
    'Requested Token is invalid format. Please provide valid credentials.',
    'yahoo-japan.invalid-format',
    'challenge.invalid-token',
  ],
  [
    'PayPay\\OpenPaymentAPI\\Controller\\ClientControllerException: Unauthorized request in file Controller.php on line 171',
    'paypay.unauthorized',
    'challenge.invalid-token',
  ],
  [
    'PlatformException(INTERNAL_ERROR, OpenId issuedAt is after current time: Thu Dec 21 15:07:50 GMT+07:00 2023, null, null)',
    'line-sdk.iat-future',
    'time.issued-in-future',
  ],
  [
    'java.lang.RuntimeException: OpenId expiresAt is before current time: Thu Dec 21 15:07:50 GMT+07:00 2023',
    'line-sdk.expired',
    'time.expired',
  ],
  [
    "HTTP Error 401: Unauthorized {'Code': 4001013, 'Message': 'トークン取得失敗'}",
    'kabu-station.4001013',
    'challenge.invalid-token',
  ],
  [
    'curl https://expense.moneyforward.com/api/external/v1/offices/1/depts\n{"messages":["ログインしてください"]}',
    'money-forward.login-required',
    'token.missing',
  ],
  ['[401] [CB_AU01] Please login.', 'kintone.CB_AU01', 'token.missing'],
  ['{"code":"CB_AU01","id":"1505999166-897850006","message":"Please login."}', 'kintone.CB_AU01', 'token.missing'],
  [
    '[400] [GAIA_IA02] The specified API token does not match the API token generated via an app.',
    'kintone.GAIA_IA02',
    'challenge.invalid-token',
  ],
  // round left-q: GitLab's insufficient_scope body with GitLab named (identity.ts).
  [
    'response from Gitlab: {"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"}',
    'gitlab.insufficient-scope',
    'scope.insufficient',
  ],
  // round left-q: freee, Backlog and Chatwork (japanese.ts), Slack's token types (identity.ts), Cognito's refresh token
  // (token-endpoints.ts); sources beside the rows.
  [
    '{"status_code":401,"errors":[{"type":"status","messages":["ログインをして下さい"]}]} invalid_access_token',
    'freee.invalid-access-token',
    'challenge.invalid-token',
  ],
  ['freee API 401 エラーコード：expired_access_token', 'freee.expired-access-token', 'challenge.invalid-token'],
  [
    '{"errors":[{"message":"Authentication failure.","code":11,"moreInfo":""}]}',
    'backlog.authentication-failure',
    'challenge.invalid-token',
  ],
  [
    'https://api.chatwork.com/v2/me 401 {"errors":["Invalid API token"]}',
    'chatwork.invalid-api-token',
    'challenge.invalid-token',
  ],
  [
    'An API error occurred: not_allowed_token_type',
    'slack.not-allowed-token-type',
    'token.type-mismatch',
    { reason: 'slack-token-type' },
  ],
  [
    '{"__type":"NotAuthorizedException","message":"Invalid Refresh Token."}',
    'cognito.refresh-invalid',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  // round audit-ll: kintone's CB_WA01 (japanese.ts) and Cognito's missing-scope refusal (frameworks.ts).
  ['[401] [CB_WA01] Password authentication failed.', 'kintone.CB_WA01', 'challenge.invalid-token'],
  [
    'NotAuthorizedException: Access Token does not have required scopes',
    'cognito.missing-scopes',
    'scope.insufficient',
  ],
  // round 21a: the token endpoint's other refusals (token-endpoints.ts, federation.ts; sources beside their rows).
  [
    'unauthorized_client (Client not enabled to retrieve service account)',
    'keycloak.service-account-not-enabled',
    'oauth.unauthorized-client',
  ],
  [
    '{"error":"unauthorized_client","error_description":"Public client not allowed to retrieve service account"}',
    'keycloak.public-client-service-account',
    'oauth.unauthorized-client',
  ],
  [
    '{"error":"invalid_scope","error_description":"Invalid scopes: read"}',
    'keycloak.invalid-scopes',
    'oauth.invalid-scope',
  ],
  [
    'OpenIdConnectError: unauthorized_client (requested grant type is restricted to this client)',
    'oidc-provider.grant-type-restricted',
    'oauth.unauthorized-client',
  ],
  [
    '[ERR] Client not authorized for client credentials flow, check the AllowedGrantTypes setting',
    'identityserver.allowed-grant-types',
    'oauth.unauthorized-client',
  ],
  ['oauth2: "unauthorized_client" "Unauthorized"', 'golang-oauth2.unauthorized-client', 'oauth.unauthorized-client'],
  ['oauth2: "invalid_scope" "Invalid device flow scope"', 'golang-oauth2.invalid-scope', 'oauth.invalid-scope'],
  [
    'oauthlib.oauth2.rfc6749.errors.UnauthorizedClientError: (unauthorized_client) ',
    'oauthlib.UnauthorizedClientError',
    'oauth.unauthorized-client',
  ],
  [
    'authlib.oauth2.rfc6749.errors.InvalidScopeError: invalid_scope: ',
    'oauthlib.InvalidScopeError',
    'oauth.invalid-scope',
  ],
  [
    'oauthlib.oauth2.rfc6749.errors.UnsupportedGrantTypeError: (unsupported_grant_type) ',
    'oauthlib.UnsupportedGrantTypeError',
    'oauth.unsupported-grant',
  ],
  [
    'League\\OAuth2\\Client\\Provider\\Exception\\IdentityProviderException: invalid_client in /vendor/league/oauth2-client/src/Provider/GenericProvider.php:222',
    'league-oauth2-client.IdentityProviderException',
    'oauth.invalid-client',
  ],
  [
    'League\\OAuth2\\Client\\Provider\\Exception\\IdentityProviderException(code: 401): invalid_client at /app/www/app/Access/Oidc/OidcOAuthProvider.php',
    'league-oauth2-client.IdentityProviderException',
    'oauth.invalid-client',
  ],
  [
    'IdentityProviderException: invalid_grant in /vendor/league/oauth2-client/src/Provider/GenericProvider.php:216',
    'league-oauth2-client.IdentityProviderException',
    'token.revoked',
  ],
  [
    "Microsoft Entra ID error '(unauthorized_client) AADSTS700016: Application with identifier '[app-id]' was not found in the directory '[tenant-name]'.",
    'entra-id.AADSTS700016',
    'oauth.invalid-client',
  ],
  // Round audit-ax: the resource asked for is not in the tenant (rootinc/laravel-azure-middleware#51).
  [
    '{"error": "invalid_resource", "error_description": "AADSTS500011: The resource principal named api://8e82b4f2 was not found in the tenant named Contoso. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant."}',
    'entra-id.AADSTS500011',
    'oauth.invalid-scope',
  ],
  [
    "(invalid_scope) AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope '' is not configured for this tenant.",
    'entra-id.AADSTS70011',
    'oauth.invalid-scope',
  ],
  [
    'AADSTS1002012: The provided value for scope Sites.Manage.All offline_access openid profile User.Read is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI).',
    'entra-id.AADSTS1002012',
    'oauth.invalid-scope',
  ],
  [
    "AADSTS70003: The app requested an unsupported grant type 'client_credential'.",
    'entra-id.AADSTS70003',
    'oauth.unsupported-grant',
  ],
  [
    '{"error":"unauthorized_client","error_description":"The client is not authorized to use the provided grant type. Configured grant types: [authorization_code, implicit]."}',
    'okta.grant-type-not-configured',
    'oauth.unauthorized-client',
  ],
  // round 21b: kintone's CB_NO02 (japanese.ts) and Kafka's Selector line with its quotes escaped (services.ts).
  [
    '{"error":"invalid_scope","error_description":"AADSTS70011: The provided request must include a \'scope\' input parameter.\\r\\nTrace ID: 1 (truncated...)',
    'entra-id.AADSTS70011-no-scope',
    'oauth.invalid-scope',
  ],
  ['ERROR: [403] [CB_NO02] No privilege to proceed.', 'kintone.CB_NO02', 'policy.deny'],
  // round ja-local: Spring Security's Japanese catalogue (localized.ts), and the English key it mirrors.
  [
    'org.springframework.security.authentication.InsufficientAuthenticationException: このリソースにアクセスするには認証をする必要があります',
    'spring-security.insufficient-authentication-ja',
    'token.missing',
  ],
  [
    'AuthenticationCredentialsNotFoundException: 認証オブジェクトがSecurityContext内に見つかりませんでした',
    'spring-security.authentication-not-found-ja',
    'token.missing',
  ],
  [
    'AuthenticationCredentialsNotFoundException: An Authentication object was not found in the SecurityContext',
    'spring-security.authentication-not-found',
    'token.missing',
  ],
  [
    '"2026-05-28 14:03:29,068 INFO [SocketServer brokerId=0] Failed authentication with /10.1.8.1 ({""status"":""invalid_token""}) (org.apache.kafka.common.network.Selector)"',
    'kafka.failed-authentication',
    'challenge.invalid-token',
  ],
  [
    '{"message":"Failed authentication with /10.1.8.1 ({\\"status\\":\\"invalid_token\\"}) (org.apache.kafka.common.network.Selector)"}',
    'kafka.failed-authentication',
    'challenge.invalid-token',
  ],
  // round 21b: Ory Oathkeeper's herodot replies (identity-proxies.ts).
  [
    '{"error":{"code":401,"status":"Unauthorized","reason":"Access token is not active","message":"Access credentials are invalid"}}',
    'oathkeeper.unauthorized',
    'challenge.invalid-token',
  ],
  [
    '{"error":{"code":403,"status":"Forbidden","message":"Access credentials are not sufficient to access this resource"}}',
    'oathkeeper.forbidden',
    'policy.deny',
  ],
  // round audit-u: the envelope cut before its message ends (identity-proxies.ts).
  [
    '{"error":{"code":401,"status":"Unauthorized","reason":"Access token expired","messag',
    'oathkeeper.cut-expired',
    'time.expired',
  ],
  [
    '{"error":{"code":401,"status":"Unauthorized","reason":"Token issuer does not match any trusted issuer"',
    'oathkeeper.cut-issuer',
    'claim.iss-mismatch',
  ],
  // round 21b: Clerk's backend SDK (identity-proxies.ts).
  [
    'JWT is expired. Expiry date: Thu, 28 May 2026 14:02:00 GMT, Current date: Thu, 28 May 2026 14:09:58 GMT. (reason=token-expired, token-carrier=header)',
    'clerk.token-expired',
    'time.expired',
    // Its toUTCString pair is read: the expiry, and Clerk's own clock as the reference.
    { at: 'Thu, 28 May 2026 14:02:00 GMT', now: 'Thu, 28 May 2026 14:09:58 GMT' },
  ],
  // Its message header cut short (round left2): Clerk's by the header or the reason suffix, not Envoy's.
  [
    'x-clerk-auth-message: JWT is expired (reason=token-expired, token-carrier=header)',
    'clerk.token-expired-short',
    'time.expired',
  ],
  [
    'JWT cannot be used prior to not before date claim (nbf). Not before date: Thu, 28 May 2026 14:20:00 GMT; Current date: Thu, 28 May 2026 14:09:58 GMT;',
    'clerk.token-not-active-yet',
    'time.not-yet-valid',
  ],
  [
    'JWT issued at date claim (iat) is in the future. Issued at date: Thu, 28 May 2026 14:20:00 GMT; Current date: Thu, 28 May 2026 14:09:58 GMT;',
    'clerk.token-iat-in-the-future',
    'time.issued-in-future',
  ],
  [
    'JWT signature is invalid. (reason=token-invalid-signature, token-carrier=header)',
    'clerk.token-invalid-signature',
    'signature.invalid',
  ],
  [
    'Invalid JWT Authorized party claim (azp) "https://staging.acme-corp.com". Expected "https://app.acme-corp.com".',
    'clerk.token-invalid-authorized-parties',
    'claim.aud-mismatch',
    { actual: 'https://staging.acme-corp.com', expected: ['https://app.acme-corp.com'] },
  ],
  [
    'Invalid JWT algorithm "HS256". Supported: RS256,RS384,RS512,ES256,ES384,ES512.',
    'clerk.token-invalid-algorithm',
    'alg.not-allowed',
    { alg: 'HS256' },
  ],
  [
    "Unable to find a signing key in JWKS that matches the kid='ins_37NXdcjzmM39rHaJi6sBtBrKXTd' of the provided session token.",
    'clerk.jwk-kid-mismatch',
    'key.kid-unknown',
    { kid: 'ins_37NXdcjzmM39rHaJi6sBtBrKXTd' },
  ],
  ['Invalid JWT form. A JWT consists of three parts separated by dots.', 'clerk.token-form', 'token.malformed'],
  // round 21b: authentik's API (identity-proxies.ts).
  ['{"detail":"Token invalid/expired"}', 'authentik.token-invalid', 'challenge.invalid-token'],
  ['{"detail":"Unsupported authentication type"}', 'authentik.unsupported-type', 'authz-header.scheme'],
  ['{"detail":"Malformed header"}', 'authentik.malformed-header', 'authz-header.format'],
  // round 21b: ZITADEL's API errors by their ids (identity-proxies.ts).
  [
    'rpc error: code = Unauthenticated desc = Errors.Token.Invalid (AUTH-7fs1e)',
    'zitadel.AUTH-7fs1e',
    'challenge.invalid-token',
  ],
  [
    'rpc error: code = PermissionDenied desc = No matching permissions found (AUTH-5mWD2)',
    'zitadel.AUTH-5mWD2',
    'policy.deny',
  ],
];

/** Sender-constrained tokens (parse/verifier-messages/bound-tokens.ts), each line as its source prints it. */
const BOUND: Case[] = [
  [
    'InvalidTokenError: DPoP-bound token requires the DPoP authentication scheme, not Bearer.',
    'auth0-sdk.dpop-bound-bearer',
    'token.sender-constrained',
    { reason: 'dpop' },
  ],
  [
    'InvalidRequestError: A client certificate is required for this certificate-bound access token',
    'express-oauth2-jwt-bearer.mtls-certificate-required',
    'token.sender-constrained',
    { reason: 'mtls' },
  ],
  [
    'InvalidTokenError: JWT Access Token confirmation mismatch',
    'express-oauth2-jwt-bearer.confirmation-mismatch',
    'token.sender-constrained',
  ],
  [
    '{"error":"invalid_dpop_proof","error_description":"DPoP proof is required for DPoP-bound tokens","error_code":"dpop_proof_missing"}',
    'go-jwt-middleware.dpop-proof-missing',
    'token.sender-constrained',
    { reason: 'dpop' },
  ],
  [
    'level=ERROR msg="DPoP JKT mismatch" error="DPoP proof public key does not match token cnf claim"',
    'go-jwt-middleware.ErrDPoPBindingMismatch',
    'token.sender-constrained',
    { reason: 'dpop' },
  ],
  [
    '{"error":"invalid_token","error_description":"DPoP proof JKT mismatch","error_code":"dpop_binding_mismatch"}',
    'go-jwt-middleware.dpop_binding_mismatch',
    'token.sender-constrained',
    { reason: 'dpop' },
  ],
  [
    'WWW-Authenticate: Bearer realm="test", error="invalid_token", error_description="DPoP proof and token binding verification failed"',
    'keycloak.dpop-binding',
    'token.sender-constrained',
    { reason: 'dpop' },
  ],
  [
    '{"error":"unauthorized_client","error_description":"Client certificate missing, or its thumbprint and one in the refresh token did NOT match"}',
    'keycloak.mtls-hok',
    'token.sender-constrained',
    { reason: 'mtls' },
  ],
  [
    'InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: jkt claim is invalid.',
    'spring-security.dpop-jkt-invalid',
    'token.sender-constrained',
    { reason: 'dpop' },
  ],
];

// Round "infra": the infrastructure that verifies JWTs (HashiCorp's JWT auth methods, the Kubernetes API server's OIDC
// authenticator, Argo CD, Grafana's JWT auth, Envoy's key-set statuses). Sources beside the rows.
const INFRA: Case[] = [
  [
    '* error validating claims: square/go-jose/jwt: validation failed, invalid issuer claim (iss)',
    'go-jose.ErrInvalidIssuer',
    'claim.iss-mismatch',
  ],
  [
    'expectedErr:  "square/go-jose/jwt: validation failed, invalid subject claim (sub)",',
    'go-jose.ErrInvalidSubject',
    'claim.required-missing',
    { claim: 'sub', reason: 'mismatch' },
  ],
  [
    'invalid token: go-jose/go-jose/jwt: validation failed, invalid ID claim (jti)',
    'go-jose.ErrInvalidID',
    'claim.required-missing',
    { claim: 'jti', reason: 'mismatch' },
  ],
  [
    '     | * error validating token: error verifying token signature: no known key successfully validated the token signature',
    'hashicorp-cap.no-known-key',
    'signature.invalid',
    { reason: 'key-or-signature' },
  ],
  [
    'Permission denied: Failed JWT authorization: no known key successfully validated the token signature',
    'hashicorp-cap.no-known-key',
    'signature.invalid',
    { reason: 'key-or-signature' },
  ],
  [
    '* error validating token: no issued at (iat), not before (nbf), or expiration time (exp) claims in token',
    'hashicorp-cap.no-time-claims',
    'time.no-exp',
    { claim: 'exp' },
  ],
  [
    '{"errors":["no issue time, notbefore, or expiration time encoded in token"]}',
    'vault.no-time-claims',
    'time.no-exp',
    { claim: 'exp' },
  ],
  ['* claim "email" not found in token', 'vault.claim-not-found', 'claim.required-missing', { claim: 'email' }],
  [
    '{"errors":["\\"jwt-user\\" claim not found in token"]}',
    'vault.claim-not-found',
    'claim.required-missing',
    { claim: 'jwt-user' },
  ],
  [
    'failed to fetch groups: "groups" claim not found in token',
    'vault.claim-not-found',
    'claim.required-missing',
    { claim: 'groups' },
  ],
  [
    '* error validating claims: claim "project_path" is missing',
    'vault.bound-claim-missing',
    'claim.required-missing',
    { claim: 'project_path' },
  ],
  [
    'err="[invalid bearer token, oidc: required claim hd not present in ID token]"',
    'kubernetes.required-claim',
    'claim.required-missing',
    { claim: 'hd' },
  ],
  [
    'err="[invalid bearer token, oidc: required claim hd value does not match. Got = gmail.com, want = example.com]"',
    'kubernetes.required-claim',
    'claim.required-missing',
    { claim: 'hd', reason: 'mismatch' },
  ],
  [
    'err="[invalid bearer token, oidc: parse username claims \\"email\\": claim not present]"',
    'kubernetes.username-claim',
    'claim.required-missing',
    { claim: 'email' },
  ],
  [
    'err="[invalid bearer token, oidc: email not verified]"',
    'kubernetes.email-not-verified',
    'claim.required-missing',
    { claim: 'email_verified', reason: 'mismatch' },
  ],
  [
    'err="[invalid bearer token, oidc: verify token: oidc: expected audience in [\\"kubernetes\\"] got [\\"argo-cd\\"]]"',
    'go-oidc.audience',
    'claim.aud-mismatch',
    { expected: ['kubernetes'], actual: 'argo-cd' },
  ],
  [
    'FATA[0012] rpc error: code = Unauthenticated desc = invalid session: failed to verify the token',
    'argocd.failed-to-verify',
    'challenge.invalid-token',
  ],
  [
    'level=warning msg="Failed to verify token: failed to verify token: Failed to query provider \\"https://id.acme-corp.com/auth/realms/master\\": Get \\"https://id.acme-corp.com/auth/realms/master/.well-known/openid-configuration\\": x509: certificate signed by unknown authority"',
    'argocd.query-provider',
    'key.jwks-unavailable',
  ],
  [
    '{"message":"Failed to verify JWT","messageId":"jwt.invalid","statusCode":401,"traceID":""}',
    'grafana.jwt-invalid',
    'challenge.invalid-token',
  ],
  [
    '{"message":"Missing mandatory claim in JWT","messageId":"jwt.missing_claim","statusCode":401,"traceID":""}',
    'grafana.jwt-missing-claim',
    'claim.required-missing',
  ],
  [
    `logger=authn.service level=warn msg="Failed to authenticate request" client=auth.client.jwt error="[jwt.missing_claim] missing mandatory 'email' claim in JWT"`,
    'grafana.jwt-missing-claim',
    'claim.required-missing',
    { claim: 'email' },
  ],
  ['Jwt ED25519 signature is wrong length', 'envoy.JwtEd25519SignatureWrongLength', 'token.malformed'],
  ['Jwks RSA [n] or [e] field is missing or has a parse error', 'envoy.JwksRsaParseError', 'key.jwks-unavailable'],
  [
    '"GET /api HTTP/1.1" 401 - jwt_authn_access_denied{Jwks_EC_create_key_fail}',
    'envoy.JwksEcCreateKeyFail',
    'key.jwks-unavailable',
  ],
  ['Jwks EC [x] or [y] field is an invalid Base64.', 'envoy.JwksEcXorYBadBase64', 'key.jwks-unavailable'],
  ['Jwks EC [x] and [y] fields have a parse error.', 'envoy.JwksEcParseError', 'key.jwks-unavailable'],
  ['Jwks Oct key is an invalid Base64', 'envoy.JwksOctBadBase64', 'key.jwks-unavailable'],
  ['Jwks OKP [x] field is an invalid Base64.', 'envoy.JwksOKPXBadBase64', 'key.jwks-unavailable'],
  ['Jwks OKP [x] field is wrong length.', 'envoy.JwksOKPXWrongLength', 'key.jwks-unavailable'],
  ['[kty] is missing in [keys]', 'envoy.JwksMissingKty', 'key.jwks-unavailable'],
  ['[kty] is bad in [keys]', 'envoy.JwksBadKty', 'key.jwks-unavailable'],
  ['[kty] is not supported in [keys]', 'envoy.JwksNotImplementedKty', 'key.jwks-unavailable'],
];

/** Round gw2 (gateways.ts' Tyk rows, gateways-more.ts): one real line per row. */
const GW2: Case[] = [
  ['{"error": "Bearer token malformed"}', 'tyk.bearer-malformed', 'authz-header.scheme', { reason: 'not-bearer' }],
  [
    '{"error": "Key not authorized: token is not valid yet"}',
    'tyk.jwt-refused',
    'time.not-yet-valid',
    { claim: 'nbf' },
  ],
  [
    '{"error": "Key not authorized: token used before issued"}',
    'tyk.jwt-refused',
    'time.issued-in-future',
    { claim: 'iat' },
  ],
  ['{"error": "no suitable claims for user ID were found"}', 'tyk.no-user-id-claim', 'claim.sub-missing'],
  ['{"error": "found an empty user ID in sub claim"}', 'tyk.empty-sub', 'claim.sub-missing'],
  // Round audit-af: 3scale's APIcast (3scale/APIcast#811) and Tyk's log for a refused key (TykTechnologies/tyk#1553).
  [
    'HTTP/1.1 403 Forbidden\nServer: openresty\nContent-Type: text/plain; charset=us-ascii\n\nAuthentication failed',
    'apicast.auth-failed',
    'challenge.invalid-token',
  ],
  ['3scale APIcast answered:\nAuthentication parameters missing', 'apicast.auth-missing', 'token.missing'],
  [
    '[lua] errors.lua:4: rewrite(): no credentials provided for service 2555417724260',
    'apicast.log-no-credentials',
    'token.missing',
  ],
  [
    '[lua] errors.lua:11: authorization failed for service 2555417724260',
    'apicast.log-authorization-failed',
    'challenge.invalid-token',
  ],
  [
    'tyk_gateway_1 | time="Mar 21 10:12:09" level=warning msg="Attempted access with invalid key." key="[JWT]"',
    'tyk.log-invalid-key',
    'challenge.invalid-token',
  ],
  [
    "{'status': 401, 'code': 'NotAuthenticated', 'message': 'The required information to complete authentication was not provided or was incorrect.'}",
    'oci.not-authenticated',
    'challenge.invalid-token',
  ],
  [
    'tyk_gateway_1 | level=warning msg="Attempted access with non-existent key." key="****abcd"',
    'tyk.log-non-existent-key',
    'challenge.invalid-token',
  ],
  ['{"key":"JWT_MISSING_TOKEN","message":"Unauthorized"}', 'gravitee.JWT_MISSING_TOKEN', 'token.missing'],
  ['{"key":"JWT_INVALID_TOKEN","message":"Unauthorized"}', 'gravitee.JWT_INVALID_TOKEN', 'challenge.invalid-token'],
  ['{"key":"JWT_REVOKED","message":"Unauthorized"}', 'gravitee.JWT_REVOKED', 'token.revoked'],
  ['{"key":"OAUTH2_MISSING_HEADER"}', 'gravitee.OAUTH2_MISSING_HEADER', 'token.missing'],
  ['{"key":"OAUTH2_MISSING_ACCESS_TOKEN"}', 'gravitee.OAUTH2_MISSING_ACCESS_TOKEN', 'token.missing'],
  ['{"key":"OAUTH2_INVALID_ACCESS_TOKEN"}', 'gravitee.OAUTH2_INVALID_ACCESS_TOKEN', 'challenge.invalid-token'],
  ['{"key":"OAUTH2_INSUFFICIENT_SCOPE"}', 'gravitee.OAUTH2_INSUFFICIENT_SCOPE', 'scope.insufficient'],
  ['{"key":"OAUTH2_MISSING_SERVER"}', 'gravitee.OAUTH2_MISSING_SERVER', 'verifier.misconfigured'],
  [
    '{"key":"GATEWAY_OAUTH2_ACCESS_DENIED","message":"access_denied"}',
    'gravitee.GATEWAY_OAUTH2_ACCESS_DENIED',
    'policy.deny',
  ],
  [
    '{"message":"No OAuth authorization header was supplied","http_status_code":401}',
    'gravitee.oauth2-no-header',
    'token.missing',
  ],
  [
    '{"message":"No OAuth authorization server has been configured","http_status_code":401}',
    'gravitee.oauth2-no-server',
    'verifier.misconfigured',
  ],
  ['{"code":401,"message":"Invalid JWT"}', 'supabase-edge.invalid-jwt', 'challenge.invalid-token'],
  [
    '{ "code": 401, "message": "Invalid Token or Protected Header formatting" }',
    'supabase-edge.invalid-token-format',
    'challenge.invalid-token',
  ],
  ['{"code":401,"message":"Missing authorization header"}', 'supabase-edge.missing-header', 'token.missing'],
];

/** Round gw3: KrakenD's validator after verifying, Ocelot's authorisation errors, Vault's OIDC role at a JWT login. */
const GW3: Case[] = [
  [
    '[ENDPOINT: /orders][JWTValidator] Token sent by client does not have sufficient roles',
    'krakend.roles',
    'scope.insufficient',
  ],
  [
    '[ENDPOINT: /orders][JWTValidator] Token sent by client does not have the required scopes',
    'krakend.scopes',
    'scope.insufficient',
  ],
  ['[ENDPOINT: /orders][JWTValidator] Token sent by client rejected', 'krakend.rejected', 'token.revoked'],
  [
    "Error Code: ScopeNotAuthorisedError Message: User scopes: 'openid' do not have all allowed scopes: 'orders.read'",
    'ocelot.ScopeNotAuthorisedError',
    'scope.insufficient',
    { expected: ['orders.read'], actual: 'openid' },
  ],
  [
    "Error Code: ScopeNotAuthorizedError Message: User scopes: 'openid' do not have all allowed scopes: 'orders.read'",
    'ocelot.ScopeNotAuthorizedError',
    'scope.insufficient',
    { expected: ['orders.read'], actual: 'openid' },
  ],
  [
    "User scopes: 'openid,profile' do not have all allowed scopes: 'orders.read'",
    'ocelot.scopes',
    'scope.insufficient',
    { expected: ['orders.read'], actual: 'openid,profile' },
  ],
  [
    'Error Code: ClaimValueNotAuthorisedError Message: claim value: user is not the same as required value: admin for type: role',
    'ocelot.ClaimValueNotAuthorisedError',
    'policy.deny',
  ],
  [
    'Error Code: ClaimValueNotAuthorizedError Message: claim value: user is not the same as required value: admin for type: role',
    'ocelot.ClaimValueNotAuthorizedError',
    'policy.deny',
  ],
  [
    'Error Code: UserDoesNotHaveClaimError Message: user does not have claim role',
    'ocelot.UserDoesNotHaveClaimError',
    'policy.deny',
  ],
  [
    'Error Code: UnauthorizedError Message: alice is not authorized to access /api/orders',
    'ocelot.UnauthorizedError',
    'policy.deny',
  ],
  [
    'message: alice is not authorized to access /api/orders/{id}. Setting pipeline error',
    'ocelot.not-authorized',
    'policy.deny',
  ],
  ['* role with oidc role_type is not allowed', 'vault.oidc-role-type', 'verifier.misconfigured'],
];

/** Round idp4: Keycloak's authorization code refusals, node-oidc-provider's bound-token checks, Clerk's key loading and reason header. */
const IDP4: Case[] = [
  // Round audit-z: RFC 6749's invalid_client description as fosite and Doorkeeper send it; BigCommerce's scope refusal.
  [
    'OpenIdException(invalid_client): Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method).',
    'fosite.invalid-client',
    'oauth.invalid-client',
  ],
  [
    'Www-Authenticate: Bearer realm="Doorkeeper", error="invalid_client", error_description="Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method."',
    'doorkeeper.invalid-client',
    'oauth.invalid-client',
  ],
  [
    '{"status":403,"title":"You don\'t have a required scope to access the endpoint","errors":{}}',
    'bigcommerce.required-scope',
    'scope.insufficient',
  ],
  [
    '{"status_code": 404, "request_id": "request-id-live-3f1c2a9e", "error_type": "session_not_found", "error_message": "Session could not be found."}',
    'stytch.session-not-found',
    'token.revoked',
  ],
  [
    '{"error":"token_inactive","error_description":"Token is inactive because it is malformed, expired or otherwise invalid. Token validation failed."}',
    'fosite.token-inactive',
    'challenge.invalid-token',
  ],
  [
    "2022-12-29 07:55:50,841 WARN  [org.keycloak.protocol.oidc.utils.OAuth2CodeParser] (executor-thread-27) Code 'b199dad6-06c2-4e3d-9054-ebff4d96b459' already used for userSession '463987a6-5ab5-484b-b12a-24ee20abb1da' and client '9f330c7c-4985-4c0c-8185-8932b9fa7297'.",
    'keycloak.code-already-used',
    'oauth.invalid-code',
  ],
  ['{"error":"invalid_grant","error_description":"Code not valid"}', 'keycloak.code-not-valid', 'oauth.invalid-code'],
  [
    '{"error":"invalid_grant","error_description":"Code is expired"}',
    'keycloak.code-expired',
    'oauth.invalid-code',
    { reason: 'expired' },
  ],
  [
    'WARN  [org.keycloak.events] (executor-thread-3) type="CODE_TO_TOKEN_ERROR", realmId="b2b", clientId="web", userId="null", ipAddress="10.0.4.7", error="invalid_code", grant_type="authorization_code"',
    'keycloak.event-invalid-code',
    'oauth.invalid-code',
  ],
  [
    'WARN  [org.keycloak.events] type=CODE_TO_TOKEN_ERROR, realmId=b2b, clientId=web, userId=null, ipAddress=10.0.4.7, error=invalid_code, grant_type=authorization_code',
    'keycloak.event-invalid-code-bare',
    'oauth.invalid-code',
  ],
  [
    'WARN  [org.keycloak.events] (executor-thread-3) type="CODE_TO_TOKEN_ERROR", realmId="b2b", clientId="web", userId="null", ipAddress="10.0.4.7", error="expired_code", grant_type="authorization_code"',
    'keycloak.event-expired-code',
    'oauth.invalid-code',
    { reason: 'expired' },
  ],
  [
    'WARN  [org.keycloak.events] type=CODE_TO_TOKEN_ERROR, realmId=b2b, clientId=web, userId=null, ipAddress=10.0.4.7, error=expired_code, grant_type=authorization_code',
    'keycloak.event-expired-code-bare',
    'oauth.invalid-code',
    { reason: 'expired' },
  ],
  [
    "userinfo.error InvalidToken: invalid token provided { error_detail: 'failed jkt verification' }",
    'oidc-provider.failed-jkt',
    'token.sender-constrained',
    { reason: 'dpop' },
  ],
  [
    "userinfo.error InvalidToken: invalid token provided { error_detail: 'failed x5t#S256 verification' }",
    'oidc-provider.failed-x5t',
    'token.sender-constrained',
    { reason: 'mtls' },
  ],
  [
    'Error: Failed to load JWKS from Clerk Backend or Frontend API. Contact support@clerk.com',
    'clerk.jwk-remote-failed-to-load',
    'key.jwks-unavailable',
  ],
  [
    'TokenVerificationError: The JWKS endpoint did not contain any signing keys. Contact support@clerk.com.',
    'clerk.jwks-no-keys',
    'key.jwks-unavailable',
  ],
  [
    'Error loading Clerk JWKS from https://api.clerk.com/v1/jwks with code=401',
    'clerk.jwks-load-error',
    'key.jwks-unavailable',
  ],
  [
    'Clerk: Failed to resolve JWK during verification. Set the CLERK_JWT_KEY environment variable.',
    'clerk.jwk-failed-to-resolve',
    'verifier.misconfigured',
  ],
  [
    'Missing Clerk Secret Key or API Key. Go to https://dashboard.clerk.com and get your key for your instance.',
    'clerk.secret-key-missing',
    'verifier.misconfigured',
  ],
  [
    'Missing local JWK. Set the CLERK_JWT_KEY environment variable.',
    'clerk.jwk-local-missing',
    'verifier.misconfigured',
  ],
  ['x-clerk-auth-reason: token-expired', 'clerk.reason.token-expired', 'time.expired'],
  ['x-clerk-auth-reason: token-iat-in-the-future', 'clerk.reason.token-iat-in-the-future', 'time.issued-in-future'],
  ['x-clerk-auth-reason: token-invalid-signature', 'clerk.reason.token-invalid-signature', 'signature.invalid'],
  [
    'x-clerk-auth-reason: token-invalid-authorized-parties',
    'clerk.reason.token-invalid-authorized-parties',
    'claim.aud-mismatch',
  ],
  ['x-clerk-auth-reason: token-invalid-algorithm', 'clerk.reason.token-invalid-algorithm', 'alg.not-allowed'],
  ['x-clerk-auth-reason: token-invalid', 'clerk.reason.token-invalid', 'token.malformed'],
  [
    'x-clerk-auth-reason: token-verification-failed',
    'clerk.reason.token-verification-failed',
    'challenge.invalid-token',
  ],
  ['x-clerk-auth-reason: jwk-kid-mismatch', 'clerk.reason.jwk-kid-mismatch', 'key.kid-unknown'],
  ['x-clerk-auth-reason: jwk-remote-missing', 'clerk.reason.jwk-remote-missing', 'key.kid-unknown'],
  ['x-clerk-auth-reason: jwk-remote-failed-to-load', 'clerk.reason.jwk-remote-failed-to-load', 'key.jwks-unavailable'],
  ['x-clerk-auth-reason: jwk-remote-invalid', 'clerk.reason.jwk-remote-invalid', 'key.jwks-unavailable'],
  ['x-clerk-auth-reason: jwk-failed-to-resolve', 'clerk.reason.jwk-failed-to-resolve', 'verifier.misconfigured'],
  ['x-clerk-auth-reason: jwk-local-missing', 'clerk.reason.jwk-local-missing', 'verifier.misconfigured'],
  ['x-clerk-auth-reason: secret-key-invalid', 'clerk.reason.secret-key-invalid', 'verifier.misconfigured'],
  ['x-clerk-auth-reason: token-not-active-yet', 'clerk.reason.token-not-active-yet', 'time.not-yet-valid'],
];

// Round real-b: tymon's parseToken() without a token, and Exchange Server's x-ms-diagnostics reasons (Microsoft Learn).
const REAL_B: Case[] = [
  [
    '{"message": "The token could not be parsed from the request", "exception": "Tymon\\\\JWTAuth\\\\Exceptions\\\\JWTException"}',
    'tymon-jwt-auth.not-parsed',
    'token.missing',
  ],
  [
    `x-ms-diagnostics: 2000003;reason="The hostname component of the audience claim value is invalid. Expected 'https://mail.contoso.com'. Actual 'http://mail.contoso.com'.";error_category="invalid_resource"`,
    'exchange-oauth.InvalidAudience',
    'claim.aud-mismatch',
    { expected: ['https://mail.contoso.com'], actual: 'http://mail.contoso.com' },
  ],
  [
    `x-ms-diagnostics: 2000009;reason="The issuer of the token is unknown. Issuer was '00000001-0000-0000-c000-000000000000@contoso.com'.";error_category="invalid_issuer"`,
    'exchange-oauth.NoConfiguredIssuerMatched',
    'claim.iss-mismatch',
    { actual: '00000001-0000-0000-c000-000000000000@contoso.com' },
  ],
];

// Round real-c: lines from GitHub issue threads (sources beside the rows).
const REAL_C: Case[] = [
  [
    '{"token_class":"AccessToken","token_type":"access","message":"Token has wrong type"}',
    'simplejwt.token-class',
    'token.type-mismatch',
    { claim: 'token_type', expected: ['access'] },
  ],
  [
    'NotAuthorizedException: Invalid login token. Token expired: 1667365798 >= 1667235770',
    'cognito.login-token-expired',
    'time.expired',
  ],
  [
    "NotAuthorizedException: Invalid login token. Couldn't verify signed token.",
    'cognito.login-token-signature',
    'signature.invalid',
  ],
  [
    "#0 /app/vendor/league/oauth2-server/src/AuthorizationValidators/BearerTokenValidator.php(93): League\\OAuth2\\Server\\Exception\\OAuthServerException::accessDenied('Access token co...')",
    'league-oauth2-server.validator-denied',
    'challenge.invalid-token',
  ],
  ['InvalidTokenStructure: The JWT string must have two dots', 'lcobucci-jwt.two-dots', 'token.malformed'],
  ['{"code":16,"message":"JWT validation failed: BAD_FORMAT"}', 'esp.bad-format', 'token.malformed'],
  ['{"code":16,"message":"JWT validation failed: BAD_SIGNATURE"}', 'esp.bad-signature', 'signature.invalid'],
  ['{"code":16,"message":"JWT validation failed: KEY_RETRIEVAL_ERROR"}', 'esp.key-retrieval', 'key.jwks-unavailable'],
  ['{"code":16,"message":"JWT validation failed: Issuer not allowed"}', 'esp.issuer', 'claim.iss-mismatch'],
  ['{"code":7,"message":"JWT validation failed: Audience not allowed"}', 'esp.audience', 'claim.aud-mismatch'],
  ['{"code":16,"message":"JWT validation failed: Missing or invalid credentials"}', 'esp.no-token', 'token.missing'],
  [
    '{"code":16,"message":"JWT validation failed: Cannot determine the URI of the key"}',
    'esp.no-key-uri',
    'key.jwks-unavailable',
  ],
  [
    '{"code":16,"message":"JWT validation failed: Unable to fetch verification key. HTTP response code: 404"}',
    'esp.key-fetch',
    'key.jwks-unavailable',
  ],
  [
    'org.jose4j.lang.JoseException: Invalid JOSE Compact Serialization. Expecting either 3 or 5 parts for JWS or JWE respectively but was 2.',
    'jose4j.compact-parts',
    'token.malformed',
  ],
  ['{"error": "revoked token"}', 'warden-jwt_auth.revoked-reply', 'token.revoked'],
  [
    '{"message":"Invalid Role in claim","messageId":"jwt.invalid_role","statusCode":403}',
    'grafana.jwt-invalid-role',
    'policy.deny',
  ],
  [
    '2026/11/19 08:41:02 [error] 31#31: *1 auth request unexpected status: 302 while sending to client',
    'nginx.auth-request-status',
    'verifier.misconfigured',
    { reason: 'auth-request', actual: '302' },
  ],
  [
    'per-RPC creds failed due to error: oauth2: token expired and refresh token is not set',
    'golang-oauth2.expired-no-refresh',
    'time.expired',
    { reason: 'no-refresh-token' },
  ],
  [
    'JOSENotSupported: Extension Header Parameter "b64" is not recognized',
    'jose.crit-unrecognized',
    'challenge.invalid-token',
    { reason: 'crit', claim: 'b64' },
  ],
  [
    'JOSENotSupported: alg RS1 is not supported either by JOSE or your javascript runtime',
    'jose.alg-unsupported',
    'alg.not-allowed',
    { alg: 'RS1' },
  ],
];

/** Round idp5: FusionAuth's error_reason and fusionauth-jwt's classes, Logto's API error codes, WorkOS's refresh refusal. */
const IDP5: Case[] = [
  [
    '{"error":"invalid_token","error_description":"The access token has expired.","error_reason":"access_token_expired"}',
    'fusionauth.access_token_expired',
    'time.expired',
  ],
  [
    '{"error":"invalid_token","error_description":"The access token is unavailable for processing.","error_reason":"access_token_unavailable_for_processing"}',
    'fusionauth.access_token_unavailable_for_processing',
    'time.not-yet-valid',
  ],
  [
    '{"error":"invalid_token","error_description":"The access token cannot be parsed.","error_reason":"access_token_malformed"}',
    'fusionauth.access_token_malformed',
    'token.malformed',
  ],
  [
    '{"error":"invalid_request","error_description":"Invalid Authorization Code","error_reason":"auth_code_not_found"}',
    'fusionauth.auth_code_not_found',
    'oauth.invalid-code',
  ],
  [
    "{ error: 'invalid_grant', error_reason: 'refresh_token_not_found' }",
    'fusionauth.refresh_token_not_found',
    'token.revoked',
  ],
  ['"error_reason" : "invalid_client_id"', 'fusionauth.invalid_client_id', 'oauth.invalid-client'],
  [
    'io.fusionauth.jwt.JWTExpiredException\n\tat io.fusionauth.jwt.JWTDecoder.validate(JWTDecoder.java:223)',
    'fusionauth-jwt.JWTExpiredException',
    'time.expired',
  ],
  [
    'Caused by: io.fusionauth.jwt.JWTUnavailableForProcessingException: null',
    'fusionauth-jwt.JWTUnavailableForProcessingException',
    'time.not-yet-valid',
  ],
  [
    'io.fusionauth.jwt.InvalidJWTSignatureException: null',
    'fusionauth-jwt.InvalidJWTSignatureException',
    'signature.invalid',
  ],
  ['io.fusionauth.jwt.domain.NoneNotAllowedException', 'fusionauth-jwt.NoneNotAllowedException', 'alg.none'],
  [
    'io.fusionauth.jwt.InvalidJWTException: The encoded JWT is not properly formatted. Expected a three part dot separated string.',
    'fusionauth-jwt.InvalidJWTException',
    'token.malformed',
  ],
  [
    '{"message":"Authorization header is missing.","code":"auth.authorization_header_missing"}',
    'logto.authorization_header_missing',
    'token.missing',
  ],
  [
    '{"message":"Authorization type is not supported.","code":"auth.authorization_token_type_not_supported","data":{"supportedTypes":["Bearer"]}}',
    'logto.authorization_token_type_not_supported',
    'authz-header.scheme',
  ],
  [
    '{"message":"Unauthorized. Please check credentials and its scope.","code":"auth.unauthorized"}',
    'logto.unauthorized',
    'challenge.invalid-token',
  ],
  ['{"message":"Missing `sub` in JWT.","code":"auth.jwt_sub_missing"}', 'logto.jwt_sub_missing', 'claim.sub-missing'],
  [
    '{"message":"Forbidden. Please check your user roles and permissions.","code":"auth.forbidden"}',
    'logto.forbidden',
    'scope.insufficient',
  ],
  [
    "Logto requester error: [status=401] {code: 'oidc.invalid_client', message: 'An OIDC error occurred: oidc.invalid_client.', error: 'invalid_client'}",
    'logto.oidc.invalid_client',
    'oauth.invalid-client',
  ],
  [
    '{"code":"oidc.invalid_token","message":"An OIDC error occurred: oidc.invalid_token."}',
    'logto.oidc.invalid_token',
    'challenge.invalid-token',
  ],
  [
    '2024-07-10T20:40:26.262Z Error Description: Refresh token already exchanged.',
    'workos.refresh-token-exchanged',
    'token.revoked',
  ],
  // Round audit-al (verifier-messages/identity-servers.ts; logto's data, identity-saas.ts).
  [
    '{"message":"Unauthorized. Please check credentials and its scope.","code":"auth.unauthorized","data":{"code":"ERR_JWT_CLAIM_VALIDATION_FAILED","claim":"aud","reason":"check_failed"}}',
    'logto.unauthorized',
    'claim.aud-mismatch',
    { claim: 'aud' },
  ],
  [
    'reason:No active session was found in this request. status:Unauthorized',
    'kratos.no-active-session',
    'token.missing',
  ],
  [
    '[GET /sessions/whoami][401] whoamiUnauthorized  &{Error:0xc00026c070}',
    'kratos.whoami-unauthorized',
    'token.missing',
  ],
  [
    '{"error":{"code":401,"reason":"No valid session credentials found in the request."}}',
    'kratos.no-session-credentials',
    'token.missing',
  ],
  [
    'introspection endpoint response: {"error":"request_unauthorized","error_description":"The request could not be authorized"}',
    'fosite.request-unauthorized',
    'verifier.misconfigured',
  ],
  [
    '{"code":403,"error_code":"session_not_found","msg":"Session from session_id claim in JWT does not exist"}',
    'supabase-auth.session-not-found',
    'token.revoked',
  ],
  ['Error: Cannot get user details, no authentication credential found', 'kinde.no-credential', 'token.missing'],
  [
    'Error: Cannot fetch user profile, no authentication credential found',
    'kinde.no-credential-profile',
    'token.missing',
  ],
  ['{"status":"error","msg":"Unauthorized operation"}', 'casdoor.unauthorized-operation', 'policy.deny'],
  ['[APIError [BetterCallAPIError]: API Error: UNAUTHORIZED ] {', 'better-auth.unauthorized', 'token.missing'],
  ["{ authenticated: false, reason: 'no_session_cookie_provided' }", 'workos.no-session-cookie', 'token.missing'],
  ['{"authenticated":false,"reason":"invalid_jwt"}', 'workos.invalid-jwt', 'challenge.invalid-token'],
  [
    'Error: (aud) claim mismatch. Expected: "https://api.example.com", Received: "https://other.example.com"',
    'kinde.aud-mismatch',
    'claim.aud-mismatch',
    { expected: ['https://api.example.com'], actual: 'https://other.example.com' },
  ],
  [
    'event="Failed to fetch outpost configuration, retrying in 3 seconds" error="403 Forbidden"',
    'authentik.outpost-token-refused',
    'challenge.invalid-token',
  ],
  [
    'msg="Failed to fetch configuration" error="… (status 401): {}" logger=authentik.outpost.ak-api-controller',
    'authentik.outpost-token-refused-v1',
    'challenge.invalid-token',
  ],
  [
    '[400] invalid_authorization_header The authorization header sent is not valid.',
    'stytch.invalid-authorization-header',
    'challenge.invalid-token',
  ],
];

/** Round csrf: CSRF protection refusing the request (parse/verifier-messages/csrf.ts). */
const CSRF: Case[] = [
  [
    'o.s.security.web.csrf.CsrfFilter : Invalid CSRF token found for http://localhost:8080/api/orders',
    'spring-security.csrf-filter',
    'request.csrf-rejected',
  ],
  [
    'Caused by: org.springframework.security.web.csrf.InvalidCsrfTokenException',
    'spring-security.InvalidCsrfTokenException',
    'request.csrf-rejected',
  ],
  [
    'Caused by: org.springframework.security.web.csrf.MissingCsrfTokenException',
    'spring-security.MissingCsrfTokenException',
    'request.csrf-rejected',
  ],
  [
    `"message":"Invalid CSRF Token 'null' was found on the request parameter '_csrf' or header 'X-CSRF-TOKEN'."`,
    'spring-security.invalid-csrf-token',
    'request.csrf-rejected',
  ],
  [
    '"message":"Could not verify the provided CSRF token because no token was found to compare."',
    'spring-security.missing-csrf-token',
    'request.csrf-rejected',
  ],
  [
    '"message":"Expected CSRF token not found. Has your session expired?"',
    'spring-security.missing-csrf-token-old',
    'request.csrf-rejected',
  ],
  ['<p>CSRF verification failed. Request aborted.</p>', 'django.csrf-failure', 'request.csrf-rejected'],
  [
    'WARNING 2026-05-28 14:09:58,123 log 7 140 Forbidden (CSRF cookie not set.): /api/orders/',
    'django.forbidden-log',
    'request.csrf-rejected',
  ],
  ['{"detail":"CSRF Failed: CSRF token missing."}', 'django-rest-framework.enforce-csrf', 'request.csrf-rejected'],
  [
    'Illuminate\\Session\\TokenMismatchException in VerifyCsrfToken.php line 67:',
    'laravel.TokenMismatchException',
    'request.csrf-rejected',
  ],
  ['{"message": "CSRF token mismatch."}', 'laravel.csrf-token-mismatch', 'request.csrf-rejected'],
  ['{"error":"Forbidden","code":"EBADCSRFTOKEN"}', 'csurf.EBADCSRFTOKEN', 'request.csrf-rejected'],
  ['ForbiddenError: invalid csrf token', 'csurf.invalid-csrf-token', 'request.csrf-rejected'],
  [
    "W, [2026-05-28T14:09:58] WARN -- : Can't verify CSRF token authenticity.",
    'rails.verify-authenticity',
    'request.csrf-rejected',
  ],
  [
    'ActionController::InvalidAuthenticityToken in Api::OrdersController#create',
    'rails.InvalidAuthenticityToken',
    'request.csrf-rejected',
  ],
  [
    'An unhandled exception has occurred: Microsoft.AspNetCore.Antiforgery.AntiforgeryValidationException',
    'aspnetcore.AntiforgeryValidationException',
    'request.csrf-rejected',
  ],
  [
    "warn: Microsoft.AspNetCore.Antiforgery.DefaultAntiforgery[3] The required antiforgery cookie '.AspNetCore.Antiforgery.9TtSrW0hzOs' is not present.",
    'aspnetcore.antiforgery-cookie',
    'request.csrf-rejected',
  ],
  [
    'The required antiforgery request token was not provided in either form field "__RequestVerificationToken" or header value "RequestVerificationToken".',
    'aspnetcore.antiforgery-request-token',
    'request.csrf-rejected',
  ],
  [
    'The required antiforgery header value "RequestVerificationToken" is not present.',
    'aspnetcore.antiforgery-header',
    'request.csrf-rejected',
  ],
  [
    'The required antiforgery form field "__RequestVerificationToken" is not present.',
    'aspnetcore.antiforgery-form-field',
    'request.csrf-rejected',
  ],
  [
    'The antiforgery cookie token and request token do not match.',
    'aspnetcore.antiforgery-mismatch',
    'request.csrf-rejected',
  ],
];

/** Round authz403: authorization layers' refusals and their anonymous branches (parse/verifier-messages/authz.ts). */
const AUTHZ403: Case[] = [
  [
    'o.s.s.w.a.ExceptionTranslationFilter : Access is denied (user is not anonymous); delegating to AccessDeniedHandler',
    'spring-security.denied-not-anonymous',
    'policy.deny',
  ],
  [
    'TRACE o.s.s.w.a.ExceptionTranslationFilter : Sending JwtAuthenticationToken [Principal=org.springframework.security.oauth2.jwt.Jwt@9dd3cf4a, Authenticated=true] to access denied handler since access is denied',
    'spring-security.denied-handler',
    'policy.deny',
  ],
  [
    'o.s.s.w.a.ExceptionTranslationFilter : Access is denied (user is anonymous); redirecting to authentication entry point',
    'spring-security.denied-anonymous',
    'token.missing',
  ],
  [
    'TRACE o.s.s.w.a.ExceptionTranslationFilter : Sending AnonymousAuthenticationToken [Principal=anonymousUser] to authentication entry point since access is denied',
    'spring-security.denied-entry-point',
    'token.missing',
  ],
  [
    '[14:35:27 INF] Authorization failed. These requirements were not met:   DenyAnonymousAuthorizationRequirement: Requires an authenticated user.',
    'aspnetcore.deny-anonymous',
    'token.missing',
  ],
  [
    '{"detail":"You do not have permission to perform this action."}',
    'django-rest-framework.PermissionDenied',
    'policy.deny',
  ],
  ['{"message": "This action is unauthorized."}', 'laravel.AuthorizationException', 'policy.deny'],
  ['Pundit::NotAuthorizedError (not allowed to update? this Post):', 'pundit.NotAuthorizedError', 'policy.deny'],
  ['CanCan::AccessDenied (You are not authorized to access this page.):', 'cancancan.AccessDenied', 'policy.deny'],
  [
    'GraphQL error: Resource protected by organization SAML enforcement. You must grant your OAuth token access to this organization.',
    'github.saml-enforcement',
    'policy.deny',
  ],
  [
    "ERROR: (AuthorizationFailed) The client 'ci@example.com' with object id '00000000-1111-2222-3333-444444444444' does not have authorization to perform action 'Microsoft.Compute/virtualMachines/read' over scope '/subscriptions/x' or the scope is invalid.",
    'azure-resource-manager.AuthorizationFailed',
    'policy.deny',
  ],
  [
    "Status=403 Code=\"AuthorizationFailed\" Message=\"The client 'cca26a02-04f6-4d8b-85c1-d55f6dd4cca3' with object id 'cca26a02-04f6-4d8b-85c1-d55f6dd4cca3' does not have authorization to perform action 'Microsoft.Authorization/roleAssignments/write' over scope '/subscriptions/x'\"",
    'azure-resource-manager.AuthorizationFailed',
    'policy.deny',
  ],
  [
    "MsRestAzure::AzureOperationError: AuthorizationFailed: The client '9f980a37-5ed1-4731-b836-82fdac7f0906' with object id '9f980a37-5ed1-4731-b836-82fdac7f0906' does not have authorization to perform action 'Microsoft.Compute/locations/publishers/read' over scope '/subscriptions/x'.",
    'azure-resource-manager.AuthorizationFailed',
    'policy.deny',
  ],
  [
    'Error from server (Forbidden): User "system:anonymous" cannot list nodes at the cluster scope. (get nodes)',
    'kubernetes.anonymous',
    'token.missing',
  ],
  [
    '<Error><Code>AccessDenied</Code><Message>Request has expired</Message><Expires>2020-10-15T02:03:37Z</Expires></Error>',
    'aws-s3.presigned-expired',
    'time.expired',
    { reason: 'presigned-url', at: '2020-10-15T02:03:37Z' },
  ],
];

/** Round clients2: what a client's own SDK prints about its credentials. */
const ADC = { reason: 'unobtained', actual: 'google-adc' };
const CLIENTS2: Case[] = [
  [
    'Error: error:1E08010C:DECODER routines::unsupported\n    at Sign.sign (node:internal/crypto/sig:131:29)\n    at Object.sign (/app/node_modules/jwa/index.js:152:45)',
    'openssl.decoder-unsupported',
    'token.missing',
    { reason: 'unobtained', actual: 'private-key' },
  ],
  [
    'Error: error:1E08010C:DECODER routines::unsupported\n    at Verify.verify (node:internal/crypto/sig:219:24)\n    at Object.verify (/app/node_modules/jwa/index.js:164:21)',
    'openssl.decoder-unsupported',
    'verifier.misconfigured',
  ],
  [
    'Error: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.',
    'google-auth-library.no-default-credentials',
    'token.missing',
    ADC,
  ],
  [
    'google.auth.exceptions.DefaultCredentialsError: File /secrets/sa.json was not found.',
    'google-auth.DefaultCredentialsError',
    'token.missing',
    ADC,
  ],
  [
    'Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.',
    'google-auth.credentials-not-found',
    'token.missing',
    ADC,
  ],
  [
    'dialing: google: could not find default credentials. See https://cloud.google.com/docs/authentication/external/set-up-adc for more information',
    'golang-oauth2.no-default-credentials',
    'token.missing',
    ADC,
  ],
  [
    'Error: DefaultAzureCredential failed to retrieve a token from the included credentials.',
    'azure-identity.chain-failed',
    'token.missing',
    { reason: 'unobtained', actual: 'azure-identity' },
  ],
  [
    'CredentialUnavailableError: EnvironmentCredential is unavailable. No underlying credential could be used.',
    'azure-identity.CredentialUnavailableError',
    'token.missing',
    { reason: 'unobtained', actual: 'azure-identity' },
  ],
  [
    "ERROR: Please run 'az login' to setup account.",
    'azure-cli.not-logged-in',
    'token.missing',
    { reason: 'unobtained', actual: 'azure-cli' },
  ],
  [
    'remote: Invalid username or token. Password authentication is not supported for Git operations.',
    'github.git-credentials-refused',
    'challenge.invalid-token',
  ],
  [
    'remote: Support for password authentication was removed on August 13, 2021.',
    'github.git-password-removed',
    'challenge.invalid-token',
  ],
  ['remote: HTTP Basic: Access denied', 'gitlab.http-basic-access-denied', 'challenge.invalid-token'],
  // round audit-ab: a platform refusing the JWT its caller signs (self-signed.ts).
  [
    '{"message":"\'Expiration time\' claim (\'exp\') is too far in the future","documentation_url":"https://docs.github.com/rest"}',
    'github.app-jwt-exp-ahead',
    'time.long-lifetime',
    { reason: 'platform:github-app' },
  ],
  [
    "github3.exceptions.AuthenticationFailed: 401 'Expiration time' claim ('exp') must be a numeric value representing the future time at which the assertion expires",
    'github.app-jwt-exp-past',
    'time.expired',
    { reason: 'platform:github-app' },
  ],
  [
    'POST https://api.github.com/app/installations/27776345/access_tokens: 401 - A JSON web token could not be decoded // See: https://docs.github.com/rest (Octokit::Unauthorized)',
    'github.app-jwt-undecodable',
    'signature.invalid',
    { reason: 'platform:github-app' },
  ],
  [
    '{"sent":[],"failed":[{"device":"...","status":403,"response":{"reason":"InvalidProviderToken"}}]}',
    'apns.invalid-provider-token',
    'signature.invalid',
    { reason: 'platform:apns' },
  ],
  [
    "MsalServiceException: AADSTS700027: Client assertion contains an invalid signature. [Reason - The key used is expired., Thumbprint of key used by client: 'D9A7EBC6']",
    'entra-id.AADSTS700027',
    'oauth.invalid-client',
    { reason: 'assertion-key:key-used-is-expired' },
  ],
  [
    "invalid_grant: user hasn't approved this consumer (400)",
    'salesforce.jwt-user-not-approved',
    'token.revoked',
    { reason: 'jwt-assertion:consent' },
  ],
  [
    'RequestError [HttpError]: Integration not found',
    'github.app-not-found',
    'oauth.invalid-client',
    { reason: 'platform:github-app' },
  ],
  [
    'KC-SERVICES0025: Error when validating client assertion: java.lang.RuntimeException: Token expiration is too far in the future and iat claim not present in token',
    'keycloak.assertion-exp-without-iat',
    'time.long-lifetime',
    { reason: 'client-assertion-no-iat' },
  ],
  [
    'ExpiredProviderToken : The provider token is stale and a new token should be generated.',
    'apns.expired-provider-token',
    'time.expired',
    { reason: 'platform:apns' },
  ],
  [
    'HTTP/2 403 {"reason":"MissingProviderToken"}',
    'apns.missing-provider-token',
    'token.missing',
    { reason: 'platform:apns' },
  ],
  [
    "fatal: Authentication failed for 'https://dev.azure.com/org/proj/_git/repo'",
    'git-server.authentication-failed',
    'challenge.invalid-token',
  ],
  [
    'Could not transfer artifact org.owasp.esapi:esapi:pom:2.7.0.1-RC1 from/to sonatype-nexus-staging (https://oss.sonatype.org/service/local/staging/deploy/maven2): status code: 401, reason phrase: Unauthorized (401)',
    'maven.status-401',
    'challenge.invalid-token',
  ],
  [
    'Could not transfer artifact io.jenkins.plugins:x:pom:1.0 from/to maven.jenkins-ci.org (https://repo.jenkins-ci.org/releases/): authentication failed for https://repo.jenkins-ci.org/releases/io/jenkins/plugins/x/1.0/x-1.0.pom, status: 401 Unauthorized',
    'maven.authentication-failed',
    'challenge.invalid-token',
  ],
  [
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:2.7:deploy-file: Failed to deploy artifacts: Return code is: 401, ReasonPhrase:Unauthorized.',
    'maven.wagon-401',
    'challenge.invalid-token',
  ],
  [
    'NuGet.targets(123,5): error : Response status code does not indicate success: 401 (Unauthorized).',
    'nuget.feed-401',
    'challenge.invalid-token',
  ],
  [
    'Error: The specified token is not valid. Use `vercel login` to generate a new token.',
    'vercel.token-not-valid',
    'challenge.invalid-token',
  ],
  ['{"text":"Invalid token","code":4}', 'splunk-hec.invalid-token', 'challenge.invalid-token'],
  ['    API key ending with 2b3c4: API Key invalid', 'datadog-agent.status-api-key-invalid', 'challenge.invalid-token'],
  [
    '    API key ending by 22222 on endpoint https://app.datadoghq.com: API Key invalid',
    'datadog-agent.status-api-key-invalid',
    'challenge.invalid-token',
  ],
  ['API Key Status: [ERROR] API Key is invalid', 'datadog-agent.status-api-key-is-invalid', 'challenge.invalid-token'],
  [
    '2023-08-21 05:41:55 UTC | CORE | ERROR | (comp/forwarder/defaultforwarder/forwarder_health.go:123 in healthCheckLoop) | No valid api key found, reporting the forwarder as unhealthy.',
    'datadog-agent.no-valid-api-key',
    'challenge.invalid-token',
  ],
  [
    'Request URL: https://example.grafana.net/api/datasources/proxy/2/render\nStatus Code: 401\n"invalid authentication credentials"',
    'grafana-cloud.invalid-credentials-body',
    'challenge.invalid-token',
  ],
  [
    'NewRelic  ERROR: [pid, tid] Request(): Received HTTP status code Unauthorized with message {}.\nNewRelic  ERROR: [pid, tid] Unable to connect to the New Relic service at collector.newrelic.com:443',
    'new-relic.dotnet-unauthorized',
    'challenge.invalid-token',
  ],
  ["{'text': 'Token disabled', 'code': 1}", 'splunk-hec.token-disabled', 'challenge.invalid-token'],
  ['{"text":"Token is required","code":2}', 'splunk-hec.token-required', 'token.missing'],
  ['{"text":"Invalid authorization","code":3}', 'splunk-hec.invalid-authorization', 'authz-header.scheme'],
  [
    '2020-06-09 12:40:25 UTC | PROCESS | ERROR | (pkg/forwarder/transaction.go:241 in internalProcess) | API Key invalid, dropping transaction for https://process.datadoghq.com/api/v1/collector',
    'datadog-agent.api-key-invalid',
    'challenge.invalid-token',
  ],
  [
    'url=https://prometheus-prod-55-prod-gb-south-1.grafana.net/api/prom/push err="server returned HTTP status 401 Unauthorized: {\\"status\\":\\"error\\",\\"error\\":\\"authentication error: invalid token\\"}"',
    'grafana-cloud.invalid-token',
    'challenge.invalid-token',
  ],
  [
    '{"exception":{"message":"Invalid license key, please contact support@newrelic.com","error_type":"NewRelic::Agent::LicenseException"}}',
    'new-relic.invalid-license-key',
    'challenge.invalid-token',
  ],
  [
    '"message":"authentication failed: missing or improperly formatted Authorization header: expected \'Authorization: Bearer secret_token\' or \'Authorization: ApiKey base64(API key ID:API key)\'"',
    'elastic-apm-server.missing-authorization',
    'token.missing',
  ],
  [
    'Error: Authentication Error: Your credentials are no longer valid. Please run firebase login --reauth',
    'firebase-cli.credentials-no-longer-valid',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  [
    'ERROR: (gcloud.projects.list) There was a problem refreshing your current auth tokens: invalid_grant: Bad Request',
    'gcloud.refresh-refused',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  [
    'ERROR: (gcloud.beta.run.services.proxy) There was a problem refreshing your current auth tokens: Reauthentication failed. cannot prompt during non-interactive execution.',
    'gcloud.reauth-noninteractive',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
  [
    'ERROR: (gcloud.config.config-helper) There was a problem reauthenticating while refreshing your current auth tokens: Reauthentication challenge could not be answered because you are not in an interactive session.',
    'gcloud.reauth-challenge-unanswered',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
  [
    "google.auth.exceptions.RefreshError: ('invalid_grant: reauth related error (invalid_rapt)', …)",
    'google-oauth.invalid-rapt',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
  [
    "google.auth.exceptions.RefreshError: ('invalid_grant: reauth related error (rapt_required)', …)",
    'google-oauth.rapt-required',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
  [
    'google.auth.exceptions.RefreshError: Reauthentication is needed. Please run `gcloud auth application-default login` to reauthenticate.',
    'google-auth.reauth-needed',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
  [
    'ERROR: AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access.',
    'entra-id.AADSTS70043',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
  [
    'Interactive authentication is needed. Please run:\naz login --scope https://management.core.windows.net//.default',
    'azure-cli.interactive-needed',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
  [
    'ERROR: reauthentication required, run `azd auth login` to log in',
    'azd.reauth-required',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
  [
    'ERROR: (gcloud.compute.disks.list) You do not currently have an active account selected.',
    'gcloud.no-active-account',
    'token.missing',
    { reason: 'unobtained', actual: 'gcloud-account' },
  ],
  [
    'Error loading SSO Token: Token for my-sso does not exist',
    'aws.sso-token-load',
    'token.missing',
    { reason: 'unobtained', actual: 'aws-sso' },
  ],
  [
    'botocore.exceptions.TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed',
    'aws.sso-token-retrieval',
    'token.missing',
    { reason: 'unobtained', actual: 'aws-sso' },
  ],
  [
    'The SSO session associated with this profile has expired or is otherwise invalid. To refresh this SSO session run aws sso login with the corresponding profile.',
    'aws.sso-session-invalid',
    'token.missing',
    { reason: 'unobtained', actual: 'aws-sso' },
  ],
  [
    'raise NoCredentialsError()',
    'aws.NoCredentialsError',
    'token.missing',
    { reason: 'unobtained', actual: 'aws-credentials' },
  ],
  [
    'Unable to locate credentials. You can configure credentials by running "aws configure".',
    'aws.no-credentials',
    'token.missing',
    { reason: 'unobtained', actual: 'aws-credentials' },
  ],
  [
    "fatal: could not read Username for 'https://github.com': terminal prompts disabled",
    'git.no-username',
    'token.missing',
    { reason: 'unobtained', actual: 'git-credentials' },
  ],
  [
    "fatal: could not read Password for 'https://oauth2@gitlab.example.com': terminal prompts disabled",
    'git.no-password',
    'token.missing',
    { reason: 'unobtained', actual: 'git-credentials' },
  ],
  [
    'Unable to connect to the server: getting credentials: exec: executable aws failed with exit code 255',
    'client-go.exec-plugin-failed',
    'token.missing',
    { reason: 'unobtained', actual: 'kube-exec' },
  ],
  [
    'AuthSessionMissingError',
    'supabase-js.AuthSessionMissingError',
    'token.missing',
    { reason: 'unobtained', actual: 'session' },
  ],
  [
    'Error getting user: Auth session missing!',
    'supabase-js.session-missing',
    'token.missing',
    { reason: 'unobtained', actual: 'session' },
  ],
  [
    "Missing Refresh Token (audience: '', scope: 'openid profile email offline_access')",
    'auth0-spa-js.MissingRefreshTokenError',
    'token.missing',
    { reason: 'unobtained', actual: 'refresh-token' },
  ],
  [
    '<Error><Code>SignatureDoesNotMatch</Code><Message>The request signature we calculated does not match the signature you provided. Check your key and signing method.</Message></Error>',
    'aws.SignatureDoesNotMatch',
    'signature.invalid',
    { reason: 'aws-sigv4' },
  ],
  [
    'An error occurred (ExpiredTokenException) when calling the GetCallerIdentity operation: The security token included in the request is expired',
    'aws.expired-session-token',
    'time.expired',
    { reason: 'aws-session' },
  ],
  [
    'ERROR: AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2024-06-13T22:52:20Z',
    'entra-id.AADSTS700082',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  [
    'AuthApiError: Invalid Refresh Token: Refresh Token Not Found',
    'supabase-auth.refresh-token-refused',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  [
    'FirebaseError: Firebase: Error (auth/user-token-expired).',
    'firebase-auth.user-token-expired',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
];

/** Round audit-am: the less-read ecosystems' JWT libraries (lua-resty-jwt.ts, more-stacks.ts, more-frameworks.ts). */
const AUDIT_AM: Case[] = [
  [
    '{"message":"\'exp\' claim expired at Tue, 23 Jul 2019 08:28:21 GMT"}',
    'lua-resty-jwt.exp',
    'time.expired',
    { at: 'Tue, 23 Jul 2019 08:28:21 GMT' },
  ],
  [
    "failed to verify jwt: 'nbf' claim not valid until Mon, 27 Aug 2040 09:17:54 GMT",
    'lua-resty-jwt.not-before',
    'time.not-yet-valid',
    { at: 'Mon, 27 Aug 2040 09:17:54 GMT' },
  ],
  [
    "false 'aud' claim does not contain an allowed audience.",
    'lua-resty-jwt.audience',
    'claim.aud-mismatch',
    { claim: 'aud' },
  ],
  [
    'signature mismatch: pPNVvh-TQsdDzorRwa-uuiLYiEBODscp9wv0cwD6c68',
    'lua-resty-jwt.signature-mismatch',
    'signature.invalid',
  ],
  [
    '{"valid":false,"verified":false,"reason":"invalid jwt string"}',
    'lua-resty-jwt.invalid-jwt-string',
    'token.malformed',
  ],
  [
    '{"reason":"invalid payload: ZGM3NzZmMGQ2MjZlNWQyYTI2NmM5YTIw"}',
    'lua-resty-jwt.invalid-payload',
    'token.malformed',
  ],
  [
    "[lua] openidc.lua:805: authenticate(): id_token 'RS256' signature verification failed, client: 203.0.113.7",
    'lua-resty-openidc.id-token-signature',
    'signature.invalid',
  ],
  ['std::bad_castinvalid token supplied', 'jwt-cpp.decode', 'token.malformed'],
  [
    '"reason":"JWTKitError(errorType: claimVerificationFailure, failedClaim: JWTKit.ExpirationClaim(value: 2026-05-28 13:02:11 +0000), reason: \\"expired\\")"',
    'jwt-kit.claim-5',
    'time.expired',
    { claim: 'exp', at: '2026-05-28 13:02:11 +0000' },
  ],
  ['JWTKitError(errorType: signatureVerificationFailed)', 'jwt-kit.signature-5', 'signature.invalid'],
  ['JWTExpiredException: jwt expired', 'dart_jsonwebtoken.expired', 'time.expired'],
  ['JWTNotActiveException: jwt not active', 'dart_jsonwebtoken.not-active', 'time.not-yet-valid'],
  ['JWTInvalidException: invalid signature', 'dart_jsonwebtoken.signature', 'signature.invalid'],
  ['JWTInvalidException: invalid audience', 'dart_jsonwebtoken.audience', 'claim.aud-mismatch', { claim: 'aud' }],
  ['JWTInvalidException: invalid issuer', 'dart_jsonwebtoken.issuer', 'claim.iss-mismatch', { claim: 'iss' }],
  ['JWTInvalidException: token does not use JWS Compact Serialization', 'dart_jsonwebtoken.compact', 'token.malformed'],
  [
    'JWTUndefinedException: FormatException: Invalid encoding before padding',
    'dart_jsonwebtoken.format',
    'token.malformed',
  ],
  ['Left JWTExpired', 'hs-jose.expired', 'time.expired'],
  ['Left JWTNotYetValid', 'hs-jose.not-yet-valid', 'time.not-yet-valid'],
  ['Left JWTNotInAudience', 'hs-jose.audience', 'claim.aud-mismatch', { claim: 'aud' }],
  ['Left JWTNotInIssuer', 'hs-jose.issuer', 'claim.iss-mismatch', { claim: 'iss' }],
  ['Left JWTIssuedAtFuture', 'hs-jose.iat-future', 'time.issued-in-future'],
  ['Left (JWSError JWSInvalidSignature)', 'hs-jose.signature', 'signature.invalid'],
  [
    '{"reason":"internal error","valid":true,"verified":false}',
    'lua-resty-jwt.internal-error',
    'verifier.misconfigured',
  ],
  [
    'clojure.lang.ExceptionInfo: Token is expired (1779970000) {:type :validation, :cause :exp}',
    'buddy-sign.validation',
    'time.expired',
    { at: '1779970000' },
  ],
  [
    'Exception is org.bouncycastle.crypto.InvalidCipherTextException: checksum failed (buddy.core.keys)',
    'buddy-sign.jwe-unwrap',
    'token.jwe-undecryptable',
  ],
  ['Failed HS validation at lib/Orders/Auth.pm line 27.', 'mojo-jwt.hs', 'signature.invalid'],
  ['Failed RS validation at lib/Orders/Auth.pm line 27.', 'mojo-jwt.rs', 'signature.invalid'],
  [
    'ERROR [qtp1313953385-17] o.p.j.c.a.JwtAuthenticator - The JWT is expired: no profile is built',
    'pac4j.expired',
    'time.expired',
  ],
];

/** Round real-f: the words of Open Liberty's MicroProfile JWT, jwt-cpp (Ceph RGW's STS), SmallRye before SRJWT, Appwrite. */
const REAL_F: Case[] = [
  [
    'CWWKS6022E: The [https://auth.staging.acme-corp.com/] issuer of the provided JSON Web Token (JWT) is not listed as a trusted issuer in the [mpJwt_1] JWT configuration. The trusted issuers are [https://auth.acme-corp.com/].',
    'open-liberty.CWWKS6022E',
    'claim.iss-mismatch',
    { claim: 'iss', actual: 'https://auth.staging.acme-corp.com/', expected: ['https://auth.acme-corp.com/'] },
  ],
  [
    'CWWKS6023E: The [account] audience of the provided JSON Web Token (JWT) is not listed as a trusted audience in the [mpJwt_1] JWT configuration. The trusted audiences are [orders-api, billing-api].',
    'open-liberty.CWWKS6023E',
    'claim.aud-mismatch',
    { claim: 'aud', actual: 'account', expected: ['orders-api', 'billing-api'] },
  ],
  [
    "CWWKS6024E: The JSON Web Token (JWT) is not valid because the issued at ('iat') claim specifies a date later than its expiration ('exp') claim.",
    'open-liberty.CWWKS6024E',
    'time.inconsistent',
  ],
  [
    "CWWKS6025E: The JSON Web Token (JWT) is not valid because its expiration ('exp') claim is either missing or the token expired.",
    'open-liberty.CWWKS6025E',
    'time.expired',
  ],
  [
    "CWWKS6026E: The JSON Web Token (JWT) cannot be used because the 'nbf' claim value [2026-05-28T15:00:00+0000] specifies a time that is later than the current time.",
    'open-liberty.CWWKS6026E',
    'time.not-yet-valid',
  ],
  [
    'CWWKS6028E: The JSON Web Token (JWT) is not valid because it was signed using the [HS256] algorithm. Tokens are required to be signed using the [RS256] algorithm.',
    'open-liberty.CWWKS6028E',
    'alg.not-allowed',
    { alg: 'HS256', expected: ['RS256'] },
  ],
  [
    'CWWKS6029E: The JSON Web Token (JWT) cannot be validated because a signing key cannot be found. The configured signature algorithm [RS256] requires a key to validate the token.',
    'open-liberty.CWWKS6029E',
    'verifier.misconfigured',
  ],
  ['CWWKS6041E: The JSON Web Token (JWT) signature is not valid.', 'open-liberty.CWWKS6041E', 'signature.invalid'],
  [
    "CWWKS6044E: The JSON Web Token (JWT) is not valid because the issued at ('iat') claim specifies a date later than the current time.",
    'open-liberty.CWWKS6044E',
    'time.issued-in-future',
  ],
  [
    'CWWKS6049E: A JSON Web Key (JWK) was not returned from the URL [https://auth.acme-corp.com/jwks]. The response status was [503] and the content returned was [].',
    'open-liberty.CWWKS6049E',
    'key.jwks-unavailable',
  ],
  [
    'CWWKS6051E: Cannot retrieve JSON Web Key (JWK) from URL [https://auth.acme-corp.com/jwks]. Connection refused',
    'open-liberty.CWWKS6051E',
    'key.jwks-unavailable',
  ],
  [
    'CWWKS5523E: The MicroProfile JWT feature cannot authenticate the request because the token that is included in the request cannot be validated.',
    'open-liberty.CWWKS5523E',
    'challenge.invalid-token',
  ],
  [
    'CWWKS6031E: The JSON Web Token (JWT) consumer [mpJwt_1] cannot process the token string.',
    'open-liberty.CWWKS6031E',
    'challenge.invalid-token',
  ],
  [
    'sts:assume_role_web_identity Signature validation using x5c failedtoken verification failed: token expired',
    'jwt-cpp.expired',
    'time.expired',
  ],
  [
    "what(): token verification failed: token doesn't contain the required audience",
    'jwt-cpp.audience',
    'claim.aud-mismatch',
  ],
  ['what(): token verification failed: wrong algorithm', 'jwt-cpp.algorithm', 'alg.not-allowed'],
  [
    'org.wildfly.security.auth.server.RealmUnavailableException: Failed to verify token',
    'smallrye-jwt.ParseException',
    'challenge.invalid-token',
  ],
  ["  type: 'user_unauthorized',", 'appwrite.user_unauthorized', 'policy.deny'],
  [
    'AppwriteException: The current user is not authorized to perform the requested action.',
    'appwrite.user_unauthorized-message',
    'policy.deny',
  ],
  ['AppwriteException: User (role: guests) missing scope (account)', 'appwrite.guest-missing-scope', 'token.missing'],
];

/** Round real-g: Vert.x's JWT auth (vertx-jwt's JWT.java, vertx-auth-jwt's JWTAuthProviderImpl 3.x and 4.x). */
const REAL_G: Case[] = [
  ['java.lang.RuntimeException: Expired JWT token: exp <= now', 'vertx-auth.exp-le-now', 'time.expired'],
  ['java.lang.RuntimeException: Invalid JWT token: iat > now', 'vertx-auth.iat-gt-now', 'time.issued-in-future'],
  ['java.lang.RuntimeException: Invalid JWT token: nbf > now', 'vertx-auth.nbf-gt-now', 'time.not-yet-valid'],
  [
    'java.lang.RuntimeException: Invalid JWT scopes expected: ["orders:read"]',
    'vertx-auth.scopes',
    'scope.insufficient',
    { expected: ['orders:read'] },
  ],
  ['io.vertx.core.impl.NoStackTraceThrowable: Expired JWT token.', 'vertx-auth.expired-3', 'time.expired'],
  [
    'io.vertx.core.impl.NoStackTraceThrowable: Invalid JWT token: token expired.',
    'vertx-auth.expired-4',
    'time.expired',
  ],
  [
    'io.vertx.core.impl.NoStackTraceThrowable: Invalid JWT audient. expected: ["orders-api","billing-api"]',
    'vertx-auth.audient',
    'claim.aud-mismatch',
    { expected: ['orders-api', 'billing-api'] },
  ],
  [
    'io.vertx.core.impl.NoStackTraceThrowable: Invalid JWT audience. expected: ["orders-api"]',
    'vertx-auth.audience',
    'claim.aud-mismatch',
    { expected: ['orders-api'] },
  ],
  ['io.vertx.core.impl.NoStackTraceThrowable: Invalid JWT issuer', 'vertx-auth.issuer', 'claim.iss-mismatch'],
];

/** Round real-h: jwcrypto's exceptions as a traceback prints them (jwcrypto/jwt.py, jws.py), GoFiber's contrib/jwt. */
const REAL_H: Case[] = [
  [
    'jwcrypto.jwt.JWTExpired: Expired at 1779976931, time: 1779977411(leeway: 60)',
    'jwcrypto.JWTExpired',
    'time.expired',
    // The token's exp and the verifier's clock (round left6).
    { at: '1779976931', now: '1779977411' },
  ],
  [
    'jwcrypto.jwt.JWTNotYetValid: Valid from 1779977931, time: 1779977411(leeway: 60)',
    'jwcrypto.JWTNotYetValid',
    'time.not-yet-valid',
  ],
  [
    'jwcrypto.jwt.JWTMissingClaim: Claim jti is missing',
    'jwcrypto.JWTMissingClaim',
    'claim.required-missing',
    { claim: 'jti' },
  ],
  [
    "jwcrypto.jwt.JWTInvalidClaimValue: Invalid 'iss' value. Expected 'https://auth.acme-corp.com/' got 'https://auth.staging.acme-corp.com/'",
    'jwcrypto.JWTInvalidClaimValue',
    'claim.iss-mismatch',
    { claim: 'iss', actual: 'https://auth.staging.acme-corp.com/', expected: ['https://auth.acme-corp.com/'] },
  ],
  [
    'jwcrypto.jwt.JWTMissingKey: Key ID acme-2026-06 not in key set',
    'jwcrypto.JWTMissingKey',
    'key.kid-unknown',
    { kid: 'acme-2026-06' },
  ],
  [
    'jwcrypto.jws.InvalidJWSSignature: Verification failed for all signatures["Failed: [InvalidJWSSignature(\'Verification failed\')]"]',
    'jwcrypto.InvalidJWSSignature',
    'signature.invalid',
  ],
  ['Invalid or expired JWT', 'gofiber-jwt.ErrorHandler', 'challenge.invalid-token'],
  // Round left6: no token, or a header not after "Bearer ", in one message (gofiber/contrib jwt, labstack/echo-jwt).
  [
    'Missing or malformed JWT',
    'gofiber-jwt.ErrJWTMissingOrMalformed',
    'token.missing',
    { reason: 'missing-or-malformed' },
  ],
  [
    '{"error":true,"msg":"missing or malformed JWT"}',
    'gofiber-jwt.ErrJWTMissingOrMalformed-v3',
    'token.missing',
    { reason: 'missing-or-malformed' },
  ],
  [
    '{"message":"missing or malformed jwt"}',
    'echo-jwt.ErrJWTMissing',
    'token.missing',
    { reason: 'missing-or-malformed' },
  ],
];

/** Round real-i: Helidon security (helidon-security-jwt validators), WildFly Elytron (JwtValidator, ELY0111x), Payara MP JWT (JwtTokenParser). */
const REAL_I: Case[] = [
  [
    '23:09:58.844 [default-nioEventLoopGroup-1-3] DEBUG i.m.s.t.reader.DefaultTokenResolver - Request GET, /v1/orders, no token found.',
    'micronaut-security.no-token',
    'token.missing',
  ],
  [
    'FATAL: Token no longer valid, expiration: 2026-05-28T14:01:58Z at io.helidon.security.jwt.Jwt@4b492de8',
    'helidon-security.expired',
    'time.expired',
    { at: '2026-05-28T14:01:58Z' },
  ],
  [
    'FATAL: Token not yet valid, not before: 2026-05-28T14:30:00Z at io.helidon.security.jwt.Jwt@4b492de8',
    'helidon-security.not-before',
    'time.not-yet-valid',
    { at: '2026-05-28T14:30:00Z' },
  ],
  [
    'FATAL: Token was not issued in the past: 2026-05-28T14:30:00Z at io.helidon.security.jwt.Jwt@4b492de8',
    'helidon-security.issued-in-future',
    'time.issued-in-future',
    { at: '2026-05-28T14:30:00Z' },
  ],
  [
    'FATAL: Token issue date is after its expiration, issue: 2026-05-28T14:01:58Z, expiration: 2026-05-28T14:01:58Z at io.helidon.security.jwt.Jwt@4b492de8',
    'helidon-security.issued-after-expiry',
    'time.inconsistent',
  ],
  [
    'FATAL: Audience must contain [orders-api], yet it is: Optional[[account]] at io.helidon.security.jwt.Jwt@4b492de8',
    'helidon-security.audience',
    'claim.aud-mismatch',
    { expected: ['orders-api'], actual: 'account', claim: 'aud' },
  ],
  [
    'FATAL: Expected value of field "Issuer" was "https://auth.acme-corp.com/", but actual value is: "https://auth.staging.acme-corp.com/" at io.helidon.security.jwt.Jwt@4b492de8',
    'helidon-security.issuer',
    'claim.iss-mismatch',
    { expected: ['https://auth.acme-corp.com/'], actual: 'https://auth.staging.acme-corp.com/', claim: 'iss' },
  ],
  [
    'FATAL: Field expirationTime is mandatory, yet not defined in JWT at class io.helidon.security.jwt.ExpirationValidator',
    'helidon-security.mandatory',
    'time.no-exp',
    { claim: 'exp' },
  ],
  [
    'FATAL: Key for key id: acme-2026-06 not found at io.helidon.security.jwt.jwk.JwkKeys@1c2d3e4f',
    'helidon-security.kid-unknown',
    'key.kid-unknown',
    { kid: 'acme-2026-06' },
  ],
  [
    'FATAL: Signature of JWT token is not valid, based on alg: RS256, kid: k1 at io.helidon.security.jwt.jwk.JwkRSA@6f1a2b3c',
    'helidon-security.signature',
    'signature.invalid',
    { kid: 'k1' },
  ],
  [
    'FATAL: Algorithm of JWK (RS256) does not match algorithm of this JWT (HS256) for kid: k1 at io.helidon.security.jwt.jwk.JwkRSA@6f1a2b3c',
    'helidon-security.algorithm',
    'alg.not-allowed',
    { expected: ['RS256'], alg: 'HS256' },
  ],
  [
    'FATAL: Algorithm is RS256, yet no kid is defined in JWT header, cannot validate at class io.helidon.security.jwt.SignedJwt',
    'helidon-security.no-kid',
    'key.kid-missing',
  ],
  [
    'Provider io.helidon.microprofile.jwt.auth.JwtAuthProvider. Message: JWT header not available or in a wrong format',
    'helidon-security.no-token',
    'token.missing',
  ],
  [
    'FINER AUDIT … FAILURE authn.authenticate … :: "Provider io.helidon.microprofile.jwt.auth.JwtAuthProvider. Message: "',
    'helidon-security.empty-message',
    'challenge.invalid-token',
  ],
  [
    'FINER AUDIT … FAILURE authn.authenticate … :: "Provider io.helidon.security.providers.jwt.JwtProvider. Message: "',
    'helidon-security.empty-message-se',
    'challenge.invalid-token',
  ],
  [
    'Provider io.helidon.security.providers.jwt.JwtProvider. Message: Audience is invalid or missing: orders-api',
    'helidon-security.audience-or-time',
    'challenge.invalid-token',
  ],
  [
    'java.lang.IllegalArgumentException: ELY01114: Invalid token format. Tokens must have a signature part accordingly with JWS specification',
    'wildfly-elytron.ELY01114',
    'token.malformed',
  ],
  [
    'org.wildfly.security.auth.server.RealmUnavailableException: ELY01115: Failed to parse token',
    'wildfly-elytron.ELY01115',
    'token.malformed',
  ],
  [
    'java.lang.IllegalStateException: ELY01116: Signature verification failed',
    'wildfly-elytron.ELY01116',
    'signature.invalid',
  ],
  [
    'java.lang.IllegalArgumentException: ELY01117: Invalid signature algorithm [HS256]',
    'wildfly-elytron.ELY01117',
    'alg.not-allowed',
    { alg: 'HS256' },
  ],
  [
    'java.lang.IllegalArgumentException: ELY01118: Public key could not be obtained. Probably due to an invalid PEM format.',
    'wildfly-elytron.ELY01118',
    'verifier.misconfigured',
  ],
  [
    '14:09:58,808 DEBUG [org.wildfly.security] (default task-1) Audience check failed. Provided [[Ljava.lang.Object;@1d2e3f4a] but was expected [[orders-api]].',
    'wildfly-elytron.audience',
    'claim.aud-mismatch',
    { claim: 'aud', expected: ['orders-api'] },
  ],
  [
    '14:09:58,808 DEBUG [org.wildfly.security] (default task-1) Issuer check failed. Provided [https://auth.staging.acme-corp.com/] but was expected [[https://auth.acme-corp.com/]].',
    'wildfly-elytron.issuer',
    'claim.iss-mismatch',
    { expected: ['https://auth.acme-corp.com/'], actual: 'https://auth.staging.acme-corp.com/', claim: 'iss' },
  ],
  [
    '14:09:58,808 DEBUG [org.wildfly.security] (default task-1) Token does not contain an audience claim',
    'wildfly-elytron.no-audience',
    'claim.aud-missing',
    { claim: 'aud' },
  ],
  [
    '14:09:58,808 DEBUG [org.wildfly.security] (default task-1) Token does not contain an issuer claim',
    'wildfly-elytron.no-issuer',
    'claim.iss-missing',
    { claim: 'iss' },
  ],
  [
    '14:09:58,808 DEBUG [org.wildfly.security] (default task-1) Token is before [false]',
    'wildfly-elytron.not-before',
    'time.not-yet-valid',
  ],
  [
    '14:09:58,808 DEBUG [org.wildfly.security] (default task-1) Token expired',
    'wildfly-elytron.expired',
    'time.expired',
  ],
  [
    '14:09:58,808 DEBUG [org.wildfly.security] (default task-1) Unknown kid.',
    'wildfly-elytron.kid-unknown',
    'key.kid-unknown',
  ],
  // JwtValidator.verifySignature's DEBUG line: PyJWT's words, credited to Elytron under its logger (round left6).
  [
    '14:09:58,808 DEBUG [org.wildfly.security] (default task-1) Signature verification failed',
    'wildfly-elytron.signature',
    'signature.invalid',
  ],
  [
    '2026-05-28 14:09:58,808 DEBUG [org.wildfly.security.http.oidc] (default task-2) Signature verification failed',
    'wildfly-elytron.signature',
    'signature.invalid',
  ],
  [
    'fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: JWT token expired',
    'payara-mp-jwt.expired',
    'time.expired',
  ],
  [
    'fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: Bad issuer',
    'payara-mp-jwt.issuer',
    'claim.iss-mismatch',
    { claim: 'iss' },
  ],
  [
    'fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: Signature of the JWT token is invalid',
    'payara-mp-jwt.signature',
    'signature.invalid',
  ],
  [
    'fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: Only RS256 or ES256 algorithms supported for JWT signing, used HS256',
    'payara-mp-jwt.algorithm',
    'alg.not-allowed',
    { expected: ['RS256', 'ES256'], alg: 'HS256' },
  ],
  [
    'fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: Not all required claims present',
    'payara-mp-jwt.required-claims',
    'claim.required-missing',
  ],
  [
    "fish.payara.microprofile.jwtauth.jwt.JWTProcessingException: Not signed JWT, typ must be 'JWT'",
    'payara-mp-jwt.typ',
    'token.type-mismatch',
  ],
];

/** Round real-j (platforms.ts): Symfony's Lexik bundle, AppSync's authorization modes, Firestore's rules. */
const REAL_J: Case[] = [
  ['{"code":401,"message":"JWT Token not found"}', 'lexik-jwt.not-found', 'token.missing'],
  ['{"code":401,"message":"Invalid JWT Token"}', 'lexik-jwt.invalid', 'challenge.invalid-token'],
  ['{"code":401,"message":"Expired JWT Token"}', 'lexik-jwt.expired', 'time.expired'],
  [
    '{\n  "errors" : [ {\n    "errorType" : "UnauthorizedException",\n    "message" : "Valid authorization header not provided."\n  } ]\n}',
    'aws-appsync.no-header',
    'token.missing',
  ],
  [
    '{"errors":[{"errorType":"UnauthorizedException","message":"Unable to parse JWT token."}]}',
    'aws-appsync.unparsable',
    'token.malformed',
  ],
  [
    '{"errors":[{"errorType":"UnauthorizedException","message":"You are not authorized to make this call."}]}',
    'aws-appsync.lambda-deny',
    'proxy.authorizer-deny',
  ],
  [
    '{"errors":[{"path":["listItems"],"errorType":"Unauthorized","message":"Not Authorized to access listItems on type Query"}]}',
    'aws-appsync.field-deny',
    'policy.deny',
  ],
  // Round left-u: MQTT's bare return codes, with MQTT named near them (services.ts cites them).
  ['Attempting MQTT connection...failed, rc=5 try again in 5 seconds', 'mqtt.rc-5', 'challenge.invalid-token'],
  ['paho mqtt: Connected with result code 5', 'mqtt.result-code-5', 'challenge.invalid-token'],
  ['[MQTT WARN] Connection refuse, reason code: 5', 'mqtt.reason-code-5', 'challenge.invalid-token'],
  ['MQTT5 CONNACK received, reason code 0x87 (Not authorized)', 'mqtt.reason-code-0x87', 'challenge.invalid-token'],
  // Round audit-ai: devices and their brokers (devices.ts cites them).
  [
    'iothubtransport_mqtt_common.c Func:mqtt_operation_complete_callback Line:1273 Connection Not Accepted: 0x5: Not Authorized',
    'azure-iot-hub.mqtt-not-accepted',
    'challenge.invalid-token',
  ],
  [
    'Microsoft.Azure.Devices.Client.Exceptions.UnauthorizedException: CONNECT failed: RefusedNotAuthorized',
    'azure-iot-hub.mqtt-refused-not-authorized',
    'challenge.invalid-token',
  ],
  [
    'Error: libaws-c-mqtt: AWS_ERROR_MQTT5_CONNACK_CONNECTION_REFUSED, Remote endpoint rejected the CONNECT attempt\nConnack: {"type": 2, "reasonCode": 135}',
    'mqtt.crt-connack-refused',
    'challenge.invalid-token',
  ],
  [
    'Info: HTTP Response:{"Message":"ErrorCode:IotHubUnauthorizedAccess;Unauthorized","ExceptionMessage":"Tracking ID:1"}',
    'azure-iot-hub.unauthorized-access',
    'challenge.invalid-token',
  ],
  [
    'devices disconnecting with 401003 IoTHubUnauthorized, then',
    'azure-iot-hub.unauthorized',
    'challenge.invalid-token',
  ],
  [
    'Authentication failed for this device, renew token or certificate and reconnect',
    'azure-iot-hub.authentication-failed',
    'challenge.invalid-token',
  ],
  [
    'MqttConnectionHandlerBase::_connectAckProcessor connection rejected, reason code is notAuthorized',
    'mqtt.dart-not-authorized',
    'challenge.invalid-token',
  ],
  [
    '1611147942: Client <unknown> disconnected, not authorised.',
    'mosquitto.disconnected-not-authorised',
    'challenge.invalid-token',
  ],
  [
    '2026-06-21 14:20:44: Client ESP-1 [10.0.0.12:52097] disconnected: not authorised.',
    'mosquitto.disconnected-colon-not-authorised',
    'challenge.invalid-token',
  ],
  [
    '[MqttNet] [9] [MqttChannelAdapter] [Verbose]: RX (113 bytes) <<< ConnAck: [ReturnCode=ConnectionAccepted] [ReasonCode=NotAuthorized] [IsSessionPresent=False]',
    'mqtt.mqttnet-connack-not-authorized',
    'challenge.invalid-token',
  ],
  [
    'clientid: c1, peername: 10.0.0.7:42291, username: dev1, reason: not_authorized, tag: AUTHN, msg: authentication_failure',
    'emqx.authn-failure',
    'challenge.invalid-token',
  ],
  [
    'c1@10.0.0.7:65426 msg: emqx_connection_terminated, reason: {shutdown,not_authorized}',
    'emqx.terminated-not-authorized',
    'challenge.invalid-token',
  ],
  ['[Channel] Cannot publish message to devices/d1/state due to Not authorized.', 'emqx.publish-denied', 'policy.deny'],
  [
    '{"eventType": "Connect", "protocol": "MQTT", "clientId": "d1", "reason": "AUTHORIZATION_FAILURE"}',
    'aws-iot.authorization-failure',
    'policy.deny',
  ],
  // Round audit-ai: ThingsBoard, Home Assistant (devices.ts) and game backends (game-backends.ts).
  [
    '{"status":401,"message":"Token has expired","errorCode":11,"timestamp":"2021-05-03T09:04:06.214+00:00"}',
    'thingsboard.token-expired',
    'time.expired',
  ],
  [
    'WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid authentication from 192.168.1.25 (192.168.1.25)',
    'home-assistant.invalid-authentication',
    'challenge.invalid-token',
  ],
  [
    '{"errorCode":"errors.com.epicgames.common.authentication.token_verification_failed","numericErrorCode":1031}',
    'epic-games.token-verification-failed',
    'challenge.invalid-token',
  ],
  [
    '{"response":{"error":{"errorcode":101,"errordesc":"Invalid ticket"}}}',
    'steam.invalid-ticket',
    'challenge.invalid-token',
  ],
  [
    'gRPC Error (code: 16, codeName: UNAUTHENTICATED, message: Auth token invalid, details: [])',
    'nakama.auth-token-invalid',
    'challenge.invalid-token',
  ],
  [
    '{"status":401,"message":"Authentication method not supported","errorCode":10}',
    'thingsboard.auth-method',
    'oauth.unsupported-grant',
  ],
  [
    '{"code":401,"status":"Unauthorized","error":"NotAuthenticated","errorCode":1074,"errorMessage":"This API method does not allow anonymous callers."}',
    'playfab.not-authenticated',
    'token.missing',
  ],
  // Round left-u: Harbor's v2auth refusal (frameworks.ts cites it).
  [
    'Error response from daemon: unauthorized: unauthorized to access repository: project/foo, action: pull',
    'harbor.unauthorized-repository',
    'policy.deny',
  ],
  // Round left-u: AppSync's AWS_IAM mode (platforms.ts cites the cases).
  [
    '{"type":"connection_error","payload":{"errors":[{"errorType":"UnauthorizedException","message":"Permission denied"}]}}',
    'aws-appsync.permission-denied',
    'policy.deny',
  ],
  [
    '{"errors":[{"message":"Not Authorised!","extensions":{"code":"INTERNAL_SERVER_ERROR"}}],"data":null}',
    'graphql-shield.fallback',
    'policy.deny',
  ],
  ['Uncaught (in promise) FirebaseError: Missing or insufficient permissions.', 'firestore.rules', 'policy.deny'],
];

/** Round audit-y: lines from public threads (sources in the rows' comments). */
const REAL_K: Case[] = [
  [
    '{"error":{"root_cause":[{"type":"security_exception","reason":"missing authentication token for REST request [/_sql]"}],"status":401}',
    'elasticsearch.missing-token',
    'token.missing',
  ],
  [
    '[2020-03-30 20:32:27,352] ERROR No principal name in JWT claim: sub (org.apache.kafka.common.security.oauthbearer.OAuthBearerLoginModule)',
    'kafka.no-principal',
    'claim.sub-missing',
  ],
  [
    'Caused by: org.jose4j.jwt.consumer.InvalidJwtException: JWT (claims-> ...) rejected due to invalid claims or other invalid content. Additional details: [[3] No Issued At (iat) claim present.]',
    'jose4j.no-iat',
    'claim.required-missing',
    { claim: 'iat' },
  ],
  [
    'firebase_admin._auth_utils.ExpiredIdTokenError: Token expired',
    'firebase-admin.ExpiredIdTokenError',
    'time.expired',
  ],
  [
    'denied: Your authorization token has expired. Reauthenticate and try again.',
    'aws-ecr.authorization-token-expired',
    'time.expired',
  ],
  [
    'ca.ryangreen.apigateway.generic.GenericApiGatewayException: (Service: execute-api; Status Code: 403; Error Code: InvalidSignatureException;',
    'aws.InvalidSignatureException',
    'signature.invalid',
    { reason: 'aws-sigv4' },
  ],
  [
    '{"message":"The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details."}',
    'aws.signature-mismatch',
    'signature.invalid',
    { reason: 'aws-sigv4' },
  ],
  [
    "[AuthApiError: Invalid Refresh Token: Already Used] { __isAuthError: true, status: 400, code: 'refresh_token_already_used' }",
    'supabase-auth.refresh-token-refused',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  [
    'Cannot decrypt / verify JWT: Invalid JWT serialization: Missing dot delimiter',
    'nimbus.missing-dot',
    'token.malformed',
  ],
];

// round keys-a: API keys and static credentials refused by SaaS APIs and developer tools (api-keys.ts).
const KEYS_A: Case[] = [
  [
    'botocore.exceptions.ClientError: An error occurred (UnrecognizedClientException) when calling the DescribeTrustedAdvisorChecks operation: The security token included in the request is invalid.',
    'aws.invalid-security-token',
    'challenge.invalid-token',
  ],
  [
    'npm error code E401\nnpm error Unable to authenticate, your authentication token seems to be invalid.',
    'npm.token-invalid',
    'challenge.invalid-token',
  ],
  [
    'stripe.error.AuthenticationError: Invalid API Key provided: sk_muckrock',
    'stripe.invalid-key-class',
    'challenge.invalid-token',
  ],
  [
    'openai.error.AuthenticationError: Incorrect API key provided: <sk-PkKJ****SGb>. You can find your API key at https://platform.openai.com/account/api-keys.',
    'openai.incorrect-api-key',
    'challenge.invalid-token',
  ],
  [
    '{"type":"error","error":{"type":"authentication_error","message":"invalid x-api-key"},"request_id":"req_011CYhr1kdGzCrPHfrhibMen"}',
    'anthropic.invalid-x-api-key',
    'challenge.invalid-token',
  ],
  [
    'Status: 401 - ApiError 20003: Authenticate (null) More info: https://www.twilio.com/docs/errors/20003',
    'twilio.20003',
    'challenge.invalid-token',
  ],
  [
    'HTTPError: 403 Client Error: Invalid or non-existent authentication information. for url: https://upload.pypi.org/legacy/',
    'pypi.invalid-auth',
    'challenge.invalid-token',
  ],
  [
    'Error response from daemon: Get https://registry-1.docker.io/v2/: unauthorized: incorrect username or password',
    'docker-hub.incorrect-login',
    'challenge.invalid-token',
  ],
];

// round keys-b: more of the API-key family (api-keys.ts, each row's source beside it).
const KEYS_B: Case[] = [
  [
    '{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}',
    'sendgrid.grant-invalid',
    'challenge.invalid-token',
  ],
  [
    'Response: {"error":"Invalid credentials in Authorization header"}',
    'hugging-face.invalid-credentials',
    'challenge.invalid-token',
  ],
  [
    '{"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null}',
    'cloudflare.10000',
    'challenge.invalid-token',
  ],
  [
    'Error Message: Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
    'azure-storage.authentication-failed',
    'challenge.invalid-token',
  ],
  [
    'google.api_core.exceptions.InvalidArgument: 400 API key not valid. Please pass a valid API key. [reason: "API_KEY_INVALID" domain: "googleapis.com"]',
    'google-api-key.invalid',
    'challenge.invalid-token',
  ],
  [
    'BODY: {"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}',
    'shopify.invalid-api-key',
    'challenge.invalid-token',
  ],
];

// round keys-c: the last of the API-key family (api-keys.ts, each row's source beside it).
const KEYS_C: Case[] = [
  [
    '{"message":"Client must be authenticated to access this resource.","status-code":401}',
    'jira.client-must-authenticate',
    'challenge.invalid-token',
  ],
  [
    '{"status":"error","message":"Authentication credentials not found.","correlationId":"f0ee980f","category":"INVALID_AUTHENTICATION"}',
    'hubspot.invalid-authentication',
    'challenge.invalid-token',
  ],
  [
    '  caused by: sentry reported an error: Invalid token (http status: 401)',
    'sentry.invalid-token-cli',
    'challenge.invalid-token',
  ],
  [
    'GET https://sentry.io/api/0/organizations/acme/projects/ -> 401 {"detail":"Invalid token"}',
    'sentry.invalid-token',
    'challenge.invalid-token',
  ],
  [
    'POST https://api.datadoghq.com/api/v1/series -> 403 {"errors":["Forbidden"]}',
    'datadog.forbidden',
    'challenge.invalid-token',
  ],
];

/** Round audit-aa: lines from public issue threads (each row's source beside its matcher). */
const REAL_AA: Case[] = [
  // spring-projects/spring-security#14788
  [
    'InvalidBearerTokenException: An error occurred while attempting to decode the Jwt: Malformed token',
    'spring-security.malformed-token',
    'token.malformed',
  ],
  // PostgREST/postgrest#977: no PGRST code in older PostgREST's body
  ['{"message":"JWSError JWSInvalidSignature"}', 'postgrest.jws-invalid-signature', 'signature.invalid'],
  // apache/apisix#8909, #7924
  ['{"message":"failed to verify jwt"}', 'apisix.verify-failed', 'challenge.invalid-token'],
  [
    '{"message":"missing user key in JWT token"}',
    'apisix.missing-user-key',
    'claim.required-missing',
    { claim: 'key' },
  ],
  // auth0/node-auth0#787
  ['Unauthorized: Bad audience: https://myaudience.com/api/v2', 'auth0.bad-audience', 'claim.aud-mismatch'],
  // mbegan/Okta-PSModule#65
  [
    'Write-Error:  errorCode: E0000011; errorSummary: Invalid token provided; errorId: oae5F52UwRnQsOUuKlNn7nhkw',
    'okta.E0000011',
    'challenge.invalid-token',
  ],
  // hastic-zzz/hastic-grafana-app#422
  ['grafana: response data: {"message":"Expired API key"},', 'grafana.api-key-expired-body', 'time.expired'],
  [
    'GET https://grafana.example.com/api/search\n{"message":"Invalid API key"}',
    'grafana.api-key-invalid-body',
    'challenge.invalid-token',
  ],
  // The same bodies with no Grafana near: any API's refusal of its key
  ['response data: {"message":"Expired API key"},', 'unattributed.expired-api-key-body', 'time.expired'],
  ['{"message":"Invalid API key"}', 'unattributed.invalid-api-key-body', 'challenge.invalid-token'],
  // openwhyd/openwhyd#807 (the page's text, unescaped)
  [
    "InvalidTokenError: Unexpected 'aud' value",
    'express-oauth2-jwt-bearer.unexpected-claim',
    'claim.aud-mismatch',
    { claim: 'aud' },
  ],
];

/** Round audit-gg: client SDKs' own words (sources beside the rows). */
const REAL_GG: Case[] = [
  ['Error: iat is in the future: 1606212345', 'oidc-client.iat-future', 'time.issued-in-future'],
  ['Error: nbf is in the future: 1606212345', 'oidc-client.nbf-future', 'time.not-yet-valid'],
  ['Error: exp is in the past:1606212345', 'oidc-client.exp-past', 'time.expired'],
  [
    'NotAuthorizedException(message: Optional("Refresh Token has expired"))',
    'cognito.refresh-expired',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  [
    '{"__type":"NotAuthorizedException","message":"Refresh Token has been revoked"}',
    'cognito.refresh-revoked',
    'token.revoked',
    { reason: 'refresh-token' },
  ],
  [
    `{"code":401,"msg":"invalid JWT: unable to parse or verify signature, invalid character '(' looking for beginning of object key string"}`,
    'supabase-auth.not-json',
    'token.malformed',
  ],
  [
    '{"code":401,"msg":"invalid JWT: unable to parse or verify signature, illegal base64 data at input byte 36"}',
    'supabase-auth.not-base64',
    'token.malformed',
  ],
  [
    'Error: [firestore/permission-denied] The caller does not have permission to execute the specified operation.',
    'firestore.permission-denied',
    'policy.deny',
  ],
  [
    'Error: [cloud_firestore/permission-denied] Missing or insufficient permissions.',
    'firestore.flutterfire-permission-denied',
    'policy.deny',
  ],
];

/** Round audit-jj: workload identity and servers that take JWTs outside web APIs, each line as a public thread shows it. */
const REAL_JJ: Case[] = [
  ["Uncaught NatsError: 'Authorization Violation'", 'nats.authorization-violation', 'challenge.invalid-token'],
  ['Authentication using an OAuth 2/JWT token failed: {error,no_key}', 'rabbitmq.no-key', 'key.kid-unknown'],
  [
    'Invalid token: jwtsvid: expected audience in ["spiffe://example.org/server"] (audience=["spiffe://example.org/client"])',
    'go-spiffe.audience',
    'claim.aud-mismatch',
    { expected: ['spiffe://example.org/server'], actual: 'spiffe://example.org/client' },
  ],
  ['jwtsvid: token has expired', 'go-spiffe.expired', 'time.expired'],
  ['jwtsvid: token header missing key id', 'go-spiffe.missing-kid', 'key.kid-missing'],
  ['jwtsvid: unsupported token signature algorithm "HS256"', 'go-spiffe.unsupported-alg', 'alg.not-allowed'],
  [
    'authentication.go:65] Unable to authenticate the request due to an error: [invalid bearer token, Token has expired.]',
    'kubernetes.sa-expired-legacy',
    'time.expired',
  ],
  [
    '[invalid bearer token, ServiceAccount UID (795fd62d-5f1f-44c8-89f0-3fae5e2af501) does not match claim (deb3ec38-9d9f-4868-abbb-948436f6d38c)]',
    'kubernetes.sa-uid-mismatch',
    'token.revoked',
  ],
  [
    'service account UID (795fd62d-5f1f-44c8-89f0-3fae5e2af501) does not match claim (deb3ec38-9d9f-4868-abbb-948436f6d38c)',
    'kubernetes.sa-uid-mismatch-lower',
    'token.revoked',
  ],
  [
    '"message":"tokenreviews.authentication.k8s.io is forbidden: User \\"system:serviceaccount:default:vault-tokenreview\\" cannot create tokenreviews.authentication.k8s.io at the cluster scope"',
    'kubernetes.tokenreviews-forbidden',
    'verifier.misconfigured',
  ],
  [
    'FATAL: The access token does not have a valid audience claim. Please acquire a new token for the resource "https://ossrdbms-aad.database.windows.net".',
    'azure-postgresql.audience',
    'claim.aud-mismatch',
    { expected: ['https://ossrdbms-aad.database.windows.net'] },
  ],
  [
    'failed: FATAL:  The access token has invalid format. Please ensure the token is passed exactly as returned by the authentication endpoint and retry.',
    'azure-postgresql.invalid-format',
    'token.malformed',
  ],
  [
    'error PostgreSQL version: pq: An error occurred while validating the access token. Please acquire a new token and retry',
    'azure-postgresql.validating',
    'challenge.invalid-token',
  ],
  [
    'connection failed: FATAL: Service Principals cannot generate AAD_AUTH_TOKENTYPE_APP_USER tokens for role[mywebapp]',
    'azure-postgresql.sp-app-user',
    'verifier.misconfigured',
  ],
  [
    'ClientAssertionCredential authentication failed: AADSTS501661: Request to External OIDC endpoint failed. Trace ID: 5625b5b1-6f4d-444f-8535-4d6dc5b00500',
    'entra-id.AADSTS501661',
    'key.jwks-unavailable',
  ],
  [
    '[2019-03-21T18:07:15,713][WARN ][c.a.d.a.h.j.HTTPJwtAuthenticator] [jDe_UcC] No Bearer scheme found in header',
    'opensearch-security.no-bearer-scheme',
    'authz-header.scheme',
  ],
];

// Round left-o: a silent token request the identity provider answers only with the user (parse/verifier-messages/interaction.ts).
const INTERACTION_CASES: Case[] = [
  [
    'InteractionRequiredAuthError: AADSTS50058: A silent sign-in request was sent but no user is signed in.',
    'entra-id.AADSTS50058',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
  [
    "invalid_grant: AADSTS65001: The user or administrator has not consented to use the application with ID '5f2a9c1e'.",
    'entra-id.AADSTS65001',
    'oauth.interaction-required',
    { reason: 'consent' },
  ],
  [
    '"error_description":"AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access"',
    'entra-id.AADSTS50076',
    'oauth.interaction-required',
    { reason: 'mfa' },
  ],
  [
    '"error_description":"AADSTS50079: Due to a configuration change made by your administrator, or because you moved to a new location, you must enroll in multifactor authentication to access"',
    'entra-id.AADSTS50079',
    'oauth.interaction-required',
    { reason: 'mfa' },
  ],
  [
    'InteractionRequiredAuthError: consent_required: the user has not consented',
    'msal.InteractionRequiredAuthError',
    'oauth.interaction-required',
    { reason: 'consent', msal: 'js' },
  ],
  [
    'auth.kubernetes.auth_kubernetes_09a6afa6: login unauthorized: err="Post \\"https://10.0.0.12:57741/apis/authentication.k8s.io/v1/tokenreviews\\": dial tcp 10.0.0.12:57741: i/o timeout"',
    'vault.tokenreview-unreachable',
    'verifier.misconfigured',
    {},
  ],
  [
    'com.microsoft.identity.client.exception.MsalUiRequiredException: No cached accounts found for the supplied homeAccountId and clientId',
    'msal.MsalUiRequiredException',
    'oauth.interaction-required',
    { reason: 'interaction', msal: 'android' },
  ],
  [
    'com.microsoft.aad.msal4j.MsalInteractionRequiredException: consent_required',
    'msal.MsalInteractionRequiredException',
    'oauth.interaction-required',
    { reason: 'consent', msal: 'java' },
  ],
  [
    '"error": {"message": "Login required", "oauthError": "login_required", "type": "oauth-authorization"}',
    'auth0.fsa-oauth-error',
    'oauth.interaction-required',
    { reason: 'login' },
  ],
];

// Round left-o: Docker's credential helper failed (docker/docker-credential-helpers client/client.go; docker-py's StoreError).
const CREDENTIAL_HELPERS: Case[] = [
  [
    'Error response from daemon: Get "https://registry.example.com/v2/": error getting credentials - err: exit status 1, out: `pass store is uninitialized`',
    'docker.credential-helper-get',
    'token.missing',
    { reason: 'unobtained', actual: 'credential-helper' },
  ],
  [
    'docker.credentials.errors.StoreError: Credentials store docker-credential-osxkeychain exited with "User interaction is not allowed.".',
    'docker.credential-store-exited',
    'token.missing',
    { reason: 'unobtained', actual: 'credential-helper' },
  ],
  [
    "subprocess.CalledProcessError: Command '['docker-credential-pass', 'get']' returned non-zero exit status 1.",
    'docker.credential-helper-exit',
    'token.missing',
    { reason: 'unobtained', actual: 'credential-helper' },
  ],
];

/** Round audit-rr: gateways' and API management's refusals (azure-apim.ts, go.ts, gateways-more.ts; sources there). */
const REAL_RR: Case[] = [
  ['ErrorSource: validate-jwt\nErrorReason: TokenExpired', 'azure-apim.TokenExpired', 'time.expired'],
  ['{ "statusCode": 401, "message": "JWT not present." }', 'azure-apim.TokenNotPresent-message', 'token.missing'],
  [
    '"message": "JWT Validation Failed: JWT token is missing the following claims: roles.. Access denied."',
    'azure-apim.TokenClaimNotFound-message',
    'claim.required-missing',
    { claim: 'roles' },
  ],
  [
    'ErrorMessage: Claim tid value of 72f988bf-0000 is not allowed. Access denied.',
    'azure-apim.TokenClaimValueNotAllowed-message',
    'claim.required-missing',
    { claim: 'tid', reason: 'mismatch', actual: '72f988bf-0000' },
  ],
  [
    '"message": "JWT Validation Failed: Claim value mismatch: aud=api://orders-dev.."',
    'azure-apim.claim-value-mismatch',
    'claim.aud-mismatch',
    { claim: 'aud', actual: 'api://orders-dev' },
  ],
  [
    'ErrorSource: validate-jwt\nErrorReason: TokenSignatureInvalid',
    'azure-apim.TokenSignatureInvalid',
    'signature.invalid',
  ],
  [
    'ErrorSource: validate-jwt\nErrorReason: TokenAudienceNotAllowed',
    'azure-apim.TokenAudienceNotAllowed',
    'claim.aud-mismatch',
  ],
  [
    'ErrorSource: validate-jwt\nErrorReason: TokenIssuerNotAllowed',
    'azure-apim.TokenIssuerNotAllowed',
    'claim.iss-mismatch',
  ],
  [
    'ErrorSource: validate-jwt\nErrorReason: TokenSignatureKeyNotFound',
    'azure-apim.TokenSignatureKeyNotFound',
    'key.kid-unknown',
  ],
  [
    'ErrorSource: validate-jwt\nErrorReason: TokenClaimNotFound',
    'azure-apim.TokenClaimNotFound',
    'claim.required-missing',
  ],
  [
    'ErrorSource: validate-jwt\nErrorReason: TokenClaimValueNotAllowed',
    'azure-apim.TokenClaimValueNotAllowed',
    'claim.required-missing',
  ],
  [
    "ERROR [ENDPOINT: /api/v1/me][JWTValidator] Unable to validate the token: square/go-jose: unknown json web key type ''",
    'go-jose.unknown-kty',
    'key.jwks-unavailable',
  ],
  [
    'ERROR [ENDPOINT: /geo/v1/countries][JWTValidator] Unable to validate the token: should have a JSON content type for JWKS endpoint',
    'krakend.jwks-content-type',
    'key.jwks-unavailable',
  ],
  [
    'ERROR [ENDPOINT: /graphql][JWTValidator] Unable to validate the token: no Keys has been found',
    'krakend.no-key-has',
    'key.kid-unknown',
  ],
  [
    'Wed Sep 14 21:16:33 UTC 2016 : AuthorizerConfigurationException',
    'aws-apigateway.authorizer-configuration',
    'verifier.misconfigured',
  ],
  ['{\n    "error": "Key has expired, please renew"\n}', 'tyk.key-expired', 'time.expired'],
  [
    'ERROR io.gravitee.policy.jwt.JWTPolicy - A signing key must be specified if the specified JWT is digitally signed.',
    'jjwt.no-signing-key',
    'verifier.misconfigured',
  ],
  [
    '2021/03/23 10:00:51 [error] 45#45: *1784241 [lua] openid-connect.lua:268: phase_func(): OIDC introspection failed: response indicates failure, status=401, body=, client: 192.168.3.69',
    'lua-resty-openidc.introspection-client-refused',
    'verifier.misconfigured',
  ],
];

/** Round audit-qq: SaaS APIs' own refusals (parse/verifier-messages/saas-apis.ts). */
const SAAS_QQ: Case[] = [
  [
    '{"error_summary": "expired_access_token/.", "error": {".tag": "expired_access_token"}}',
    'dropbox.expired-access-token',
    'time.expired',
  ],
  [
    'type: OAuthException, code: 190, error_subcode: 463, message: Error validating access token: Session has expired on 2014年8月17日 8:00. The current time is 2014年8月17日 8:08. [HTTP 400]',
    'meta-graph.session-expired',
    'time.expired',
  ],
  [
    'GraphResponse: {HttpStatus: 400, errorCode: 190, subErrorCode: 460, errorType: OAuthException, errorMessage: Error validating access token: The session has been invalidated because the user changed their password or Facebook has changed the session for security reasons.}',
    'meta-graph.session-invalidated',
    'token.revoked',
  ],
  [
    '"message": "The access token is invalid since the user hasn\'t engaged the app in longer than 90 days.",',
    'meta-graph.not-engaged',
    'token.revoked',
  ],
  [
    "Graph returned an error: (#10) This endpoint requires the 'pages_read_engagement' permission or the 'Page Public Content Access' feature.",
    'meta-graph.permission-10',
    'scope.insufficient',
    { expected: ['pages_read_engagement'] },
  ],
  [
    "@notionhq/client warn: request fail { code: 'unauthorized', message: 'API token is invalid.' }",
    'notion.api-token-invalid',
    'challenge.invalid-token',
  ],
  [
    '[Notion] APIResponseError: Insufficient permissions for this endpoint.',
    'notion.insufficient-permissions',
    'scope.insufficient',
  ],
  [
    '{"errorCode":"USER_AUTHENTICATION_FAILED","message":"One or both of Username and Password are invalid. Invalid access token"}',
    'docusign.user-authentication-failed',
    'challenge.invalid-token',
  ],
  [
    'message error : "Authentication failed due to invalid authentication credentials or a missing Authorization header.",',
    'paypal.authentication-failure',
    'challenge.invalid-token',
  ],
  [
    'Could not initiate PayPal Checkout...\n\nError: {"error":"invalid_token","error_description":"Token signature verification failed"}',
    'paypal.token-signature',
    'challenge.invalid-token',
  ],
  [
    '{"message":"message=AuthenticationFailed; errorCode=003200; statusCode=401","detail":"Malformed bearer token: too short or too long","code":"3200"}',
    'quickbooks.003200',
    'challenge.invalid-token',
  ],
  ['"message": "message=AuthorizationFailed; errorCode=003100; statusCode=403",', 'quickbooks.003100', 'policy.deny'],
  [
    '<Detail>AuthenticationErrorGeneral: SRV-110-Authentication Failure , statusCode: 401</Detail>',
    'quickbooks.srv-110',
    'challenge.invalid-token',
  ],
  [
    'HTTP Error for GET to https://api.spotify.com/v1/me/player/devices returned 401 due to The access token expired',
    'spotify.access-token-expired',
    'time.expired',
  ],
  [
    '(user-error "Twitch.tv API request failed: 401 (Unauthorized) - invalid oauth token")',
    'twitch.invalid-oauth-token',
    'challenge.invalid-token',
  ],
  [
    "Mailchimp says: API Request Error - 401 :: API Key Invalid :: Your API key may be invalid, or you've attempted to access the wrong datacenter.",
    'mailchimp.api-key-invalid',
    'challenge.invalid-token',
  ],
  [
    'discord.errors.Forbidden: 403 Forbidden (error code: 50001): Missing Access',
    'discord.missing-access-py',
    'policy.deny',
  ],
  ['DiscordAPIError[50001]: Missing Access', 'discord.missing-access-js', 'policy.deny'],
  [
    'PayPal\\Core\\PayPalHttpConnection : ERROR: Got Http response code 401 when accessing https://api.sandbox.paypal.com/v1/oauth2/token. {"error":"invalid_client","error_description":"Client Authentication failed"}',
    'paypal.client-authentication-failed',
    'oauth.invalid-client',
  ],
  [
    'paypal-debug-id: 728fd8193642e\n  response_stringified: \'{"error":"invalid_client","error_description":"The client credentials are invalid","httpStatusCode":401}\',',
    'paypal.client-credentials-invalid',
    'oauth.invalid-client',
  ],
  [
    '{"status":401,"errorCode":"000","message":"HTTP Status Response - Unauthorized","errorType":"security"}',
    'adyen.http-401',
    'challenge.invalid-token',
  ],
  [
    '    [errorType] => security\n    [errorCode] => 010\n    [message] => Not allowed',
    'adyen.010-not-allowed',
    'policy.deny',
  ],
  [
    '[HTTP/2 401] {"errors": [{"code": "UNAUTHORIZED","detail": "The `Authorization` http header of your request was incorrect or expired. The header value is expected to be of the format \\"Bearer TOKEN\\"","category": "AUTHENTICATION_ERROR"}]}',
    'square.authorization-incorrect',
    'challenge.invalid-token',
  ],
  [
    '"detail": "The `Authorization` http header of your request was malformed. The header value is expected to be of the format \\"Bearer TOKEN\\"",',
    'square.authorization-malformed',
    'challenge.invalid-token',
  ],
  [
    'category\tAUTHENTICATION_ERROR\ncode\t        UNAUTHORIZED\ndetail\tThis request could not be authorized.',
    'square.could-not-be-authorized',
    'challenge.invalid-token',
  ],
  [
    'PHP Fatal error:  Uncaught Braintree\\Exception\\Authentication in /app/vendor/braintree/braintree_php/lib/Braintree/Util.php:60',
    'braintree.php-authentication',
    'challenge.invalid-token',
  ],
  [
    "Fatal error: Uncaught exception 'Braintree\\Exception\\Authorization' in vendor/braintree/braintree_php/lib/Braintree/Util.php:59",
    'braintree.php-authorization',
    'policy.deny',
  ],
  [
    'Getting a 401 with "{"ErrorCode": 10, "Message": "Request does not contain a valid Server token."}"',
    'postmark.invalid-server-token',
    'challenge.invalid-token',
  ],
  [
    '{"error_type":"INVALID_INPUT","error_code":"INVALID_API_KEYS","error_message":"invalid client_id or secret provided"}',
    'plaid.invalid-api-keys',
    'challenge.invalid-token',
  ],
  [
    "Principal user (Id=af6d214e-90b6-ec11-983f-00224883c651, type=8, roleCount=4, privilegeCount=783, accessMode=0), is missing prvReadac_articledudossier privilege (Id=c2401db4-999b-4f5a-91a9-fdfc6e9bb76d) on OTC=10725 for entity 'ac_articledudossier'",
    'dataverse.missing-privilege',
    'policy.deny',
    { actual: 'prvReadac_articledudossier', claim: 'ac_articledudossier' },
  ],
  [
    'failed to import: SecLib::CheckPrivilege failed. User: 08036b99-7f03-ef11-9f89-6045bd40bd67, PrivilegeName: prvCreateEntity, PrivilegeId: 341e3ebf-74b8-4335-84f3-7f617bb7d081',
    'dataverse.check-privilege',
    'policy.deny',
    { actual: 'prvCreateEntity' },
  ],
  [
    'Failed to parse request. Authentication failed.: Unauthorized. Invalid AppId passed on token',
    'botframework.invalid-app-id',
    'claim.aud-mismatch',
  ],
  [
    '"message": "Authorization has been denied for this request.",\n   "statusCode": 401,\n         "serviceUrl": "https://smba.trafficmanager.net/apis/",',
    'bot-connector.denied',
    'challenge.invalid-token',
  ],
  [
    '{"error":{"message":"User Not Authenticated","detail":"Required to provide Auth information"},"status":"failure"}',
    'servicenow.auth-required',
    'challenge.invalid-token',
  ],
  [
    '"detail": "Invalid login attempt. For more details, see the Login Audit Trail in the NetSuite UI at Setup > Users/Roles > User Management > View Login Audit Trail.",',
    'netsuite.rest-invalid-login',
    'challenge.invalid-token',
  ],
  [
    'Uncaught SoapFault exception: [soapenv:Server.userException] Invalid login attempt',
    'netsuite.invalid-login',
    'challenge.invalid-token',
  ],
  [
    "'User not authorized, source of route: /^\\\\/to-spring-app\\\\/(.*)/, IP: ******, required scopes: ssc-xsuaa!t15778.ssc.display,ssc-xsuaa!t15778.ssc.admin, user scopes: openid,uaa.user',",
    'sap-approuter.route-scopes',
    'scope.insufficient',
    { expected: ['ssc-xsuaa!t15778.ssc.display', 'ssc-xsuaa!t15778.ssc.admin'], actual: 'openid,uaa.user' },
  ],
  [
    'Jwt token with audience [sb-na-1234!t5, uaa] is not issued for these clientIds: [sb-orders!t7].',
    'sap-cloud-security.audience',
    'claim.aud-mismatch',
    { actual: 'sb-na-1234!t5, uaa', expected: ['sb-orders!t7'] },
  ],
  [
    '{"error":{"code":"0x80072560","message":"The user is not a member of the organization."}}',
    'dataverse.not-a-member',
    'policy.deny',
  ],
  [
    '{"error":{"message":"User Not Authorized","detail":"Failed API level ACL Validation"},"status":"failure"}',
    'servicenow.api-acl',
    'policy.deny',
  ],
  [
    '{\n  "error_description": "Invalid issuer or signature."\n}',
    'sharepoint.invalid-issuer-or-signature',
    'challenge.invalid-token',
  ],
  [
    'Error making HttpClient request in queryable [401] Unauthorized ::> {"error_description":"Unsupported security token."}',
    'sharepoint.unsupported-security-token',
    'challenge.invalid-token',
  ],
  [
    '{"error_description":"Unsupported app only token."}',
    'sharepoint.unsupported-app-only-token',
    'challenge.invalid-token',
  ],
  [
    '"value": "Access denied. You do not have permission to perform this action or access this resource."',
    'sharepoint.access-denied',
    'policy.deny',
  ],
  [
    'Illuminate\\Support\\Collection {#1252 ▼ // Airtable::table(\'zamowienia\')->get()\n    "error" => array:2 [▼\n      "type" => "AUTHENTICATION_REQUIRED"\n      "message" => "Authentication required"\n    ]',
    'airtable.authentication-required',
    'challenge.invalid-token',
  ],
  [
    "AirtableError {\n  error: 'NOT_AUTHORIZED',\n  message: 'You are not authorized to perform this operation',\n  statusCode: 403\n}",
    'airtable.not-authorized',
    'policy.deny',
  ],
  [
    'Airtable error: {"error":{"type":"INVALID_PERMISSIONS_OR_MODEL_NOT_FOUND","message":"Invalid permissions, or the requested model was not found."}',
    'airtable.invalid-permissions',
    'policy.deny',
  ],
  [
    'Client error: `POST https://api.xero.com/projects.xro/2.0/Projects` resulted in a `401 Unauthorized` response:{"Type":null,"Title":"Unauthorized","Status":401,"Detail":"AuthorizationUnsuccessful","Instance":"131d4a62-129d-4809-9cf (truncated...)',
    'xero.authorization-unsuccessful',
    'policy.deny',
  ],
  [
    'XeroUnauthorized: {"Type":null,"Title":"Unauthorized","Status":401,"Detail":"AuthenticationUnsuccessful","Instance":"3f1e…',
    'xero.authentication-unsuccessful',
    'challenge.invalid-token',
  ],
  [
    'xero.exceptions.XeroUnauthorized: TokenExpired: token expired at 04/09/2023 05:16:59',
    'xero.token-expired',
    'time.expired',
  ],
  [
    "  data: {\n  title: 'Unsupported Authentication',\n  detail: 'Authenticating with OAuth 2.0 Application-Only is forbidden for this endpoint.  Supported authentication types are [OAuth 1.0a User Context, OAuth 2.0 User Context].',\n  type: 'https://api.twitter.com/2/problems/unsupported-authentication',\n  status: 403\n}",
    'x-api.unsupported-authentication',
    'token.type-mismatch',
    { reason: 'x-auth-type' },
  ],
  // left-x: X's code 32 (twitter/twurl#70)
  ['{"errors":[{"code":32,"message":"Could not authenticate you."}]}', 'x-api.32', 'challenge.invalid-token'],
  ['array:2 [\n  "code" => 124\n  "message" => "Invalid access token."\n]', 'zoom.124', 'challenge.invalid-token'],
  // audit-pp #03 (Feign's print of OpenWeatherMap's 401)
  [
    '[{"cod":401, "message": "Invalid API key. Please see http://openweathermap.org/faq#error401 for more info."}]',
    'openweathermap.invalid-api-key',
    'challenge.invalid-token',
  ],
  [
    'BadRequestError: Invalid access token, does not contain scopes:[zoomapp:inmeeting].',
    'zoom.missing-scopes',
    'scope.insufficient',
    { expected: ['zoomapp:inmeeting'] },
  ],
];

// Round audit-ak: self-hosted developer and collaboration tools (dev-tools.ts), each line from the thread its row cites.
const DEV_TOOLS_AK: Case[] = [
  [
    '{"message":"token is required","url":"https://git.example.com/api/swagger"}',
    'gitea.token-required',
    'token.missing',
  ],
  [
    '{"message":"token is required","url":"https://codeberg.org/api/swagger"}',
    'forgejo.token-required',
    'token.missing',
  ],
  [
    '{"message":"token does not have at least one of required scope(s): [write:issue]","url":"https://git.example.com/api/swagger"}',
    'gitea.token-scope',
    'scope.insufficient',
    { expected: ['write:issue'] },
  ],
  [
    'Forgejo: {"message":"token does not have at least one of required scope(s): [read:repository read:user]"}',
    'forgejo.token-scope',
    'scope.insufficient',
    { expected: ['read:repository', 'read:user'] },
  ],
  [
    'router: completed GET /api/v1/version for a.b.c.d:0, 403 Forbidden in 58.3ms @ v1/api.go:242(v1.tokenRequiresScopes)',
    'gitea.token-requires-scopes-log',
    'scope.insufficient',
  ],
  [
    'forgejo router: completed GET /api/v1/user/repos for 10.0.0.4:0, 403 Forbidden in 1.2ms @ v1/api.go:280(v1.tokenRequiresScopes)',
    'forgejo.token-requires-scopes-log',
    'scope.insufficient',
  ],
  [
    'Error: 401 Unauthorized: {"type": "error", "error": {"message": "Token is invalid, expired, or not supported for this endpoint."}}',
    'bitbucket.token-invalid',
    'challenge.invalid-token',
  ],
  [
    'body="{\\"type\\": \\"error\\", \\"error\\": {\\"message\\": \\"Access token expired.\\"}}"',
    'bitbucket.access-token-expired',
    'time.expired',
  ],
  [
    '{"id":"api.context.session_expired.app_error","message":"Invalid or expired session, please login again.","status_code":401}',
    'mattermost.session-expired',
    'challenge.invalid-token',
    { reason: 'or-none' },
  ],
  [
    'com.cloudtemple.mattermost.traders.ApiV4Exception: 401 Invalid or expired session, please login again.',
    'mattermost.session-expired-words',
    'challenge.invalid-token',
    { reason: 'or-none' },
  ],
  [
    '{"id":"api.context.permissions.app_error","message":"You do not have the appropriate permissions.","detailed_error":"userId=abc, permission=create_post","status_code":403}',
    'mattermost.permissions',
    'policy.deny',
    { actual: 'create_post' },
  ],
  [
    '{"status":"error","message":"You must be logged in to do this."}',
    'rocket-chat.not-logged-in',
    'challenge.invalid-token',
    { reason: 'or-none' },
  ],
  [
    '"url":"/remote.php/dav/files/ihskyynd","message":"No \'Authorization: Basic\' header found. Either the client didn\'t send one, or the server is misconfigured"',
    'nextcloud.no-basic-header',
    'token.missing',
  ],
  [
    "{webdav} owncloud: No 'Authorization: Basic' header found. Either the client didn't send one, or the server is mis-configured",
    'owncloud.no-basic-header',
    'token.missing',
  ],
  [
    '<s:exception>Sabre\\DAV\\Exception\\NotAuthenticated</s:exception><s:message>Username or password was incorrect</s:message> (nextcloud)',
    'nextcloud.credentials-incorrect',
    'challenge.invalid-token',
  ],
  [
    'ownCloud: Sabre\\DAV\\Exception\\NotAuthenticated: Username or password was incorrect',
    'owncloud.credentials-incorrect',
    'challenge.invalid-token',
  ],
  [
    'GET /ocs/v2.php/cloud/user {"ocs":{"meta":{"status":"failure","statuscode":997,"message":"Current user is not logged in"}}}',
    'nextcloud.ocs-not-logged-in',
    'token.missing',
  ],
  [
    'owncloud 9.1 {"ocs":{"meta":{"status":"failure","statuscode":997,"message":"Current user is not logged in"}}}',
    'owncloud.ocs-not-logged-in',
    'token.missing',
  ],
  [
    'POST https://cloud.example.com/ocs/v1.php/cloud/users: "CSRF check failed"',
    'nextcloud.csrf-check-failed',
    'request.csrf-rejected',
  ],
  ['ownCloud 9.1.1: Access forbidden CSRF check failed', 'owncloud.csrf-check-failed', 'request.csrf-rejected'],
  [
    "response headers = {'X-AREQUESTID': 'd25a0deb', 'X-Seraph-LoginReason': 'AUTHENTICATED_FAILED', 'X-AUSERNAME': 'anonymous'}",
    'jira.seraph-authenticated-failed',
    'challenge.invalid-token',
  ],
  [
    'GET https://confluence.example.com/rest/api/content\nX-Seraph-LoginReason: AUTHENTICATED_FAILED',
    'confluence.seraph-authenticated-failed',
    'challenge.invalid-token',
  ],
  ['Error: Request failed with status code 403 XSRF check failed', 'jira.xsrf-check-failed', 'request.csrf-rejected'],
  [
    'confluence_data_center: POST /rest/api/content/123/child/attachment 403 XSRF check failed',
    'confluence.xsrf-check-failed',
    'request.csrf-rejected',
  ],
  [
    '<title>Error 403 No valid crumb was included in the request</title>',
    'jenkins.no-valid-crumb',
    'request.csrf-rejected',
  ],
  ['X-You-Are-Authenticated-As: anonymous', 'jenkins.authenticated-as', 'token.missing'],
  [
    'X-You-Are-Authenticated-As: deploy-bot\nX-Required-Permission: hudson.model.Item.Build',
    'jenkins.authenticated-as',
    'policy.deny',
    { actual: 'hudson.model.Item.Build' },
  ],
  [
    'Error while validating token: anonymous is missing the Overall/Administer permission',
    'jenkins.missing-overall',
    'token.missing',
  ],
  [
    'hudson.security.AccessDeniedException3: deploy-bot is missing the Job/Build permission',
    'jenkins.missing-job',
    'policy.deny',
    { actual: 'Job/Build' },
  ],
  [
    'AuthError: Error in request. Possibly authentication failed [403]: {"errors":[{"msg":"Insufficient privileges"}]}',
    'sonarqube.insufficient-privileges',
    'policy.deny',
  ],
  ['{"message":"Invalid JWT token","details":"Unauthorized"}', 'portainer.invalid-jwt', 'challenge.invalid-token'],
  [
    '{"message":"A valid authorisation token is missing","details":"Unauthorized"}',
    'portainer.token-missing',
    'token.missing',
  ],
  [
    '{"extra":null,"message":"Unauthorized","messageId":"auth.unauthorized","statusCode":401,"traceID":""}',
    'grafana.auth-unauthorized',
    'token.missing',
  ],
  [
    '{"type": "error", "error": {"message": "Your credentials lack one or more required privilege scopes.", "detail": {"required": ["account"], "granted": ["team"]}}}',
    'bitbucket.privilege-scopes',
    'scope.insufficient',
    { expected: ['account'], actual: 'team' },
  ],
  [
    '{\n  "errors" : [ {\n    "status" : 401,\n    "message" : "Bad credentials"\n  } ]\n}',
    'artifactory.bad-credentials',
    'challenge.invalid-token',
  ],
  [
    "Artifactory returned the following errors: \nNot enough permissions to delete/overwrite artifact 'egeria-staging-local:org/odpi/x.jar' (user '***' needs DELETE permission). Status code: 403",
    'artifactory.overwrite-permission',
    'policy.deny',
    { actual: 'DELETE' },
  ],
  [
    "Sending HTTP error code 403: Not enough permissions to overwrite artifact 'conan-local2:_/hello/0.1/export/conan_sources.tgz' (user 'memsharded' needs DELETE permission).",
    'artifactory.overwrite-permission-log',
    'policy.deny',
    { actual: 'DELETE' },
  ],
  [
    'GET /api/user/ 401 4.9 ms (0 DB calls) {:metabase-user-id nil}',
    'metabase.unauthenticated-log',
    'challenge.invalid-token',
    { reason: 'or-none' },
  ],
  [
    'Login failed due to incorrect login credentials or method.\nFor information on authentication methods for Bitbucket Cloud APIs, visit:',
    'bitbucket.login-failed',
    'challenge.invalid-token',
  ],
  [
    'text: CAPTCHA_CHALLENGE; login-url=https://jira-dev.example.com/login.jsp',
    'jira.captcha-challenge',
    'challenge.invalid-token',
  ],
  [
    'confluence: X-Authentication-Denied-Reason: CAPTCHA_CHALLENGE; login-url=https://wiki.example.com/login.action',
    'confluence.captcha-challenge',
    'challenge.invalid-token',
  ],
  [
    '<p>Basic Authentication Failure - Reason : AUTHENTICATION_DENIED</p>',
    'jira.authentication-denied',
    'challenge.invalid-token',
  ],
  [
    'https://confluence.example.com/rest/api/space X-Seraph-LoginReason: AUTHENTICATION_DENIED',
    'confluence.authentication-denied',
    'challenge.invalid-token',
  ],
  [
    'http error: Account not created beforehand in Portainer and automatic user provisioning not enabled (err=Unauthorized) (code=403)',
    'portainer.oauth-not-provisioned',
    'policy.deny',
  ],
  [
    '> Not authorized. Analyzing this project requires authentication. Please provide a user token in sonar.token or other credentials in sonar.login and sonar.password.',
    'sonarqube.scanner-requires-authentication',
    'challenge.invalid-token',
    { reason: 'or-none' },
  ],
  [
    'ERROR: Not authorized. Please check the properties sonar.login and sonar.password.',
    'sonarqube.scanner-check-login',
    'challenge.invalid-token',
    { reason: 'or-none' },
  ],
  [
    '[ERROR] Unauthorized error sent by SonarQube server (code 401), please provide a valid authentication token to cnesreport.',
    'sonarqube.cnes-report-401',
    'challenge.invalid-token',
  ],
  [
    "ERROR: You're not authorized to run analysis. Please contact the project administrator.",
    'sonarqube.not-authorized-to-run-analysis',
    'policy.deny',
  ],
];

// Round audit-vv: receivers refusing a signed request (webhooks.ts), each row's scheme and fault.
const S = (signedBy: string, signedFault?: 'stale' | 'header'): VerifierArgs =>
  signedFault === undefined ? { signedBy } : { signedBy, signedFault };
const WEBHOOKS_VV: Case[] = [
  [
    'SignatureValidationFailed: signature validation failed',
    'line-bot-sdk.SignatureValidationFailed',
    'signature.invalid',
    S('line-webhook'),
  ],
  [
    'InvalidSignatureError: <InvalidSignatureError [Invalid signature. signature=XXXX]>',
    'line-bot-sdk.python-invalid',
    'signature.invalid',
    S('line-webhook'),
  ],
  [
    'LineBotServerInterceptor : LINE Bot callback exception: Invalid API signature',
    'line-bot-sdk.java-invalid',
    'signature.invalid',
    S('line-webhook'),
  ],
  [
    'Error: No signatures found matching the expected signature for payload. Are you passing the raw request body you received from Stripe?',
    'stripe.no-signatures',
    'signature.invalid',
    S('stripe-webhook'),
  ],
  [
    'Timestamp outside the tolerance zone (2023-08-16 18:31:43 +0000)',
    'stripe.tolerance',
    'signature.invalid',
    S('stripe-webhook', 'stale'),
  ],
  [
    'Unable to extract timestamp and signatures from header',
    'stripe.header-unread',
    'signature.invalid',
    S('stripe-webhook', 'header'),
  ],
  [
    'Stripe\\Exception\\SignatureVerificationException in /app/vendor/stripe/stripe-php',
    'stripe.php-exception',
    'signature.invalid',
    S('stripe-webhook'),
  ],
  [
    'com.stripe.exception.SignatureVerificationException thrown',
    'stripe.java-exception',
    'signature.invalid',
    S('stripe-webhook'),
  ],
  [
    'Stripe::SignatureVerificationError in HandleStripeWebhookJob@default',
    'stripe.ruby-error',
    'signature.invalid',
    S('stripe-webhook'),
  ],
  [
    'Error: [@octokit/webhooks] signature does not match event payload and secret',
    'octokit-webhooks.mismatch',
    'signature.invalid',
    S('github-webhook'),
  ],
  [
    '[WARN]  Failed to verify authenticity: signature mismatch',
    'slack-bolt.authenticity-mismatch',
    'signature.invalid',
    S('slack-request'),
  ],
  [
    '[WARN]   Request verification failed: Failed to verify authenticity: stale',
    'slack-bolt.authenticity-stale',
    'signature.invalid',
    S('slack-request', 'stale'),
  ],
  [
    'Error: Slack request signing verification failed',
    'slack-bolt.signing-failed',
    'signature.invalid',
    S('slack-request'),
  ],
  [
    '[warn] Slack request signing verification failed. Signature mismatch.',
    'slack-bolt.signing-mismatch',
    'signature.invalid',
    S('slack-request'),
  ],
  [
    'Error: Slack request signing verification failed. Timestamp is too old',
    'slack-bolt.signing-too-old',
    'signature.invalid',
    S('slack-request', 'stale'),
  ],
  [
    '[WARN]   Request verification failed (code: slack_bolt_receiver_authenticity_error, message: Slack request signing verification failed. Some headers are missing.)',
    'slack-bolt.headers-missing',
    'signature.invalid',
    S('slack-request', 'header'),
  ],
  [
    'Slack request signing verification failed. Some headers are invalid.',
    'slack-bolt.headers-invalid',
    'signature.invalid',
    S('slack-request', 'header'),
  ],
  [
    'INFO:slack_bolt.RequestVerification:Invalid request signature detected',
    'slack-bolt.python-invalid',
    'signature.invalid',
    S('slack-request'),
  ],
  [
    'slackeventsapi.server.SlackEventAdapterException: Invalid request signature',
    'slackeventsapi.invalid',
    'signature.invalid',
    S('slack-request'),
  ],
  [
    'Slack::Events::Request::InvalidSignature',
    'slack-ruby-client.InvalidSignature',
    'signature.invalid',
    S('slack-request'),
  ],
  [
    'standardwebhooks.webhooks.WebhookVerificationError: No matching signature found',
    'svix.no-match',
    'signature.invalid',
    S('svix'),
  ],
  ['svix WebhookVerificationError: Message timestamp too old', 'svix.too-old', 'signature.invalid', S('svix', 'stale')],
  // left-x: svix's verifyTimestamp, a timestamp more than 300 s ahead (svix-webhooks php testNewTimestampThrowsException)
  ['svix WebhookVerificationError: Message timestamp too new', 'svix.too-new', 'signature.invalid', S('svix', 'stale')],
  [
    '`[discord-interactions] Invalid signature`',
    'discord-interactions.invalid-signature',
    'signature.invalid',
    S('discord-interactions'),
  ],
  [
    'Error: Bad request signature\n    at /app/discord-example-app/utils.js:13:13',
    'discord-interactions.bad-request-signature',
    'signature.invalid',
    S('discord-interactions'),
  ],
  [
    'Failed to process webhook: Error: Could not validate request HMAC',
    'shopify.hmac-invalid',
    'signature.invalid',
    S('shopify-webhook'),
  ],
  ['Error: Unable to verify request HMAC', 'shopify.hmac-unverified', 'signature.invalid', S('shopify-webhook')],
  ['403 Twilio Request Validation Failed.', 'twilio.validation-failed', 'signature.invalid', S('twilio')],
  [
    'Code: AuthFailure.SignatureFailure, Message: The provided credentials could not be validated.',
    'tencentcloud.SignatureFailure',
    'signature.invalid',
    S('tencent-cloud'),
  ],
  [
    '"Message":"Specified signature is not matched with our calculation. server string to sign is:POST&%2F&"',
    'aliyun.signature-not-matched',
    'signature.invalid',
    S('aliyun'),
  ],
];

/**
 * Round audit-ac: access layers in front of hosts (Teleport, Tailscale SSH), and the libraries a backend behind
 * Identity-Aware Proxy verifies its signed header with (google-auth, google-auth-library, spring-cloud-gcp).
 */
const ACCESS_AC: Case[] = [
  [
    'ERROR: access denied to root connecting to node-1 on cluster teleport.example.com',
    'teleport.login-denied',
    'policy.deny',
  ],
  [
    'Original Error: *ssh.OpenChannelError ssh: rejected: administratively prohibited (Unable to create identity from connection: access denied to perform action "create" on "user")',
    'teleport.rbac',
    'policy.deny',
  ],
  [
    "ERROR: Your Teleport session has expired. Please login using 'tsh login'.",
    'teleport.session-expired',
    'time.expired',
    { reason: 'client-certificate' },
  ],
  [
    '{"error": "ssh: cert has expired", "event": "auth", "success": false}',
    'golang-ssh.cert-expired',
    'time.expired',
    { reason: 'client-certificate' },
  ],
  ['tailscale: tailnet policy does not permit you to SSH to this node', 'tailscale.ssh-policy', 'policy.deny'],
  [
    'failed to evaluate SSH policy: tailssh: rejecting connection; no matching policy',
    'tailscale.no-matching-policy',
    'policy.deny',
  ],
  [
    'Original Error: *trace.AccessDeniedError invalid username, password or second factor',
    'teleport.local-login-refused',
    'challenge.invalid-token',
  ],
  ['backend error: invalid key: API key does not exist', 'tailscale.auth-key-unknown', 'challenge.invalid-token'],
  ['me@nodeb: Permission denied (tailscale).', 'tailscale.permission-denied', 'policy.deny'],
  [
    "Invalid IAP credentials: JWT 'email' claim isn't a string",
    'google-iap.email-claim',
    'claim.required-missing',
    { claim: 'email' },
  ],
  [
    "google.auth.exceptions.InvalidValue: Token has wrong audience /projects/123/apps/my-project, expected one of ['/projects/123/global/backendServices/456']",
    'google-auth.wrong-audience',
    'claim.aud-mismatch',
    { claim: 'aud', actual: '/projects/123/apps/my-project', expected: ['/projects/123/global/backendServices/456'] },
  ],
  [
    'google.auth.exceptions.InvalidValue: Token expired, 1716905000 < 1716905400',
    'google-auth.expired',
    'time.expired',
    { at: '1716905000', now: '1716905400' },
  ],
  [
    "google.auth.exceptions.InvalidValue: Token used too early, 1716905000 < 1716905400. Check that your computer's clock is set correctly.",
    'google-auth.too-early',
    'time.issued-in-future',
  ],
  [
    'google.auth.exceptions.MalformedError: Could not verify token signature.',
    'google-auth.signature',
    'signature.invalid',
  ],
  ['ValueError: Certificate for key id 0oeLcQ not found.', 'google-auth.kid', 'key.kid-unknown', { kid: '0oeLcQ' }],
  [
    'Error: Wrong recipient, payload audience != requiredAudience',
    'google-auth-library.wrong-recipient',
    'claim.aud-mismatch',
  ],
  [
    'Error: Token used too late, 1779977400.123 > 1779977300: {"aud":"x","exp":1779977000}',
    'google-auth-library.too-late',
    'time.expired',
  ],
  [
    'Error: Token used too early, 1779977400.123 < 1779977500: {"aud":"x","iat":1779977800}',
    'google-auth-library.too-early',
    'time.issued-in-future',
  ],
  ['Error: No pem found for envelope: {"alg":"ES256","kid":"abc"}', 'google-auth-library.no-pem', 'key.kid-unknown'],
  [
    'com.google.auth.oauth2.TokenVerifier$VerificationException: Expected audience does not match',
    'google-auth-library-java.audience',
    'claim.aud-mismatch',
  ],
  [
    'com.google.auth.oauth2.TokenVerifier$VerificationException: Expected issuer does not match',
    'google-auth-library-java.issuer',
    'claim.iss-mismatch',
  ],
  [
    'VerificationException: Could not find PublicKey for provided keyId: 2nMJtw',
    'google-auth-library-java.kid',
    'key.kid-unknown',
    { kid: '2nMJtw' },
  ],
  [
    'VerificationException: Unexpected signing algorithm: expected either RS256 or ES256',
    'google-auth-library-java.alg',
    'alg.not-allowed',
  ],
  [
    'o.s.c.g.security.iap.AudienceValidator   : Expected audience /projects/123/global/backendServices/456 did not match token audience [/projects/123/apps/my-project]',
    'spring-cloud-gcp.audience',
    'claim.aud-mismatch',
    { claim: 'aud', actual: '/projects/123/apps/my-project', expected: ['/projects/123/global/backendServices/456'] },
  ],
];

// Round audit-yy: data platforms and databases (parse/verifier-messages/data-platforms.ts has each row's source).
const DATA_YY: Case[] = [
  ['HttpNotOk(401, "Basic authentication or X-Trino-User must be sent")', 'trino.no-user', 'token.missing'],
  [
    'Elasticsearch.Net.ElasticsearchClientException: Could not authenticate with the specified node. Try verifying your credentials or check your Shield configuration. Call: Status code 401 from: POST /_bulk',
    'elasticsearch.net-could-not-authenticate',
    'challenge.invalid-token',
  ],
  [
    'Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential. See https://developers.google.com/identity/sign-in/web/devconsole-project.',
    'google-api.invalid-credentials',
    'challenge.invalid-token',
  ],
  [
    'Error: open snowflake connection: 390100 (08004): Incorrect username or password was specified.',
    'snowflake.incorrect-credentials',
    'challenge.invalid-token',
  ],
  [
    'snowflake.connector.network.ReauthenticationRequest: 390114 (08001): Authentication token has expired.  The user must authenticate again.',
    'snowflake.session-expired',
    'time.expired',
  ],
  [
    'snowflake.connector.errors.ProgrammingError: 390111: Session no longer exists.  New login required to access the service.',
    'snowflake.session-gone',
    'time.expired',
  ],
  [
    '"type": "https://airflow.apache.org/docs/apache-airflow/2.2.5/stable-rest-api-ref.html#section/Errors/Unauthenticated"',
    'airflow.unauthenticated',
    'challenge.invalid-token',
  ],
  [
    '< * X-Databricks-Reason-Phrase: Invalid access token.',
    'databricks.invalid-access-token',
    'challenge.invalid-token',
  ],
  ['Error 403 Token is expiring within 30 seconds. (token expired)', 'databricks.token-expiring', 'time.expired'],
  [
    'SparkConnectGrpcException: PERMISSION_DENIED: You do not have permission to attach to cluster 0103-084159-k6zx2i2q-v2n',
    'databricks.attach-to-cluster',
    'policy.deny',
  ],
  [
    '{"error_code":"PERMISSION_DENIED","message":"User: SimpleUserContext{userId=1763010680948721} is not authorized to access cluster"} (Add-DatabricksLibrary.ps1)',
    'databricks.not-authorized-cluster',
    'policy.deny',
  ],
  [
    'Code: 516. DB::Exception: default: Authentication failed: password is incorrect, or there is no user with such name.',
    'clickhouse.authentication-failed',
    'challenge.invalid-token',
  ],
  [
    'ClickHouseServerException (0x00000204): Code: 516. DB::Exception: default: Authentication failed:\npassword is incorrect. (AUTHENTICATION_FAILED) (version 23.3.2.37 (official build))',
    'clickhouse.authentication-failed-code',
    'challenge.invalid-token',
  ],
  [
    "Microsoft.Data.SqlClient.SqlException (0x80131904): Login failed for user '<token-identified principal>'.",
    'azure-sql.token-identified-principal',
    'challenge.invalid-token',
  ],
  [
    'psql: error: FATAL:  PAM authentication failed for user "test_rds"',
    'aws-rds.pam-authentication-failed',
    'challenge.invalid-token',
  ],
  [
    'Error reading MongoDB Project with name StarWarsDB: _ MongoDB Atlas: 401 You are not authorized for this resource._',
    'mongodb-atlas.not-authorized',
    'challenge.invalid-token',
  ],
  ['MongoServerError: Authentication failed.', 'mongodb.authentication-failed', 'challenge.invalid-token'],
  [
    'Uncaught internal server error. { [MongoError: Authentication failed.] code: 18 }',
    'mongodb.authentication-failed-legacy',
    'challenge.invalid-token',
  ],
  [
    'Request failed \'401\' and body \'{"status": {"code": 401, "is_success": false, "user_message": "Invalid token.", "developer_message": null}}\'',
    'dbt-cloud.invalid-token',
    'challenge.invalid-token',
  ],
  [
    'BigQueryException: Access Denied: Table project.dataset.table: Permission bigquery.tables.get denied on table project.dataset.table (or it may not exist).',
    'bigquery.table-denied',
    'policy.deny',
  ],
  [
    'Access Denied: Project kubernetes-public: User does not have bigquery.jobs.create permission in project kubernetes-public.',
    'bigquery.user-lacks-permission',
    'policy.deny',
  ],
];

/** Round audit-mcp: MCP servers' and clients' own words (src/engine/parse/verifier-messages/mcp.ts). */
const MCP_ROWS: Case[] = [
  [
    '[48853] Authorization error: Error: Token exchange failed: HTTP 401\n    at exchangeAuthorization (file:///Users/glenn/.npm/_npx/705d23756ff7dacc/node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js:173:15)',
    'mcp-sdk.token-exchange-401',
    'oauth.invalid-client',
    { reason: 'dynamic-client' },
  ],
  [
    'Authentication Error (mcp-remote)\nToken exchange failed: HTTP 400',
    'mcp-sdk.token-exchange-400',
    'oauth.invalid-code',
    { reason: 'saved-state' },
  ],
  [
    'MCP server "mymcp": Error during auth completion: drt: HTTP 401: Invalid OAuth error response: ZodError: [',
    'mcp-sdk.invalid-oauth-error-response-401',
    'oauth.invalid-client',
    { reason: 'dynamic-client' },
  ],
  [
    '{"error":"invalid_request","error_description":"Client ID \'c24c4da9-cc66-4c69-8f02-03c803ff1e4e\' not found","state":"fXUoAbVwcAzGPBm8Qyrw6A=="}',
    'mcp-python-sdk.client-id-not-found',
    'oauth.invalid-client',
    { reason: 'dynamic-client' },
  ],
  [
    'mcp.supabase.com/mcp: {"message":"Unrecognized client_id"}',
    'supabase.unrecognized-client-id',
    'oauth.invalid-client',
    { reason: 'dynamic-client' },
  ],
  [
    'Streamable HTTP error: Error POSTing to endpoint: {\\"error\\": \\"invalid_token\\", \\"error_description\\": \\"Authentication failed. The provided bearer token is invalid, expired, or no longer recognized by the server. To resolve: clear authentication tokens in your MCP client and reconnect.',
    'fastmcp.token-not-recognized',
    'challenge.invalid-token',
  ],
  [
    'WWW-Authenticate: Bearer error="invalid_token", error_description="Token was not issued for this resource"',
    'mcp-sdk.not-issued-for-resource',
    'claim.aud-mismatch',
  ],
  [
    '{"error":"invalid_token","error_description":"Token has no expiration time"}',
    'mcp-sdk.no-expiration-time',
    'time.no-exp',
  ],
  [
    'OAuth flow error: Error: HTTP 405 trying to load well-known OAuth metadata',
    'mcp-sdk.well-known-metadata',
    'oauth.discovery-failed',
    { reason: 'server-metadata', actual: '405' },
  ],
  [
    'Error: HTTP 401 trying to load well-known OAuth protected resource metadata.',
    'mcp-sdk.well-known-metadata',
    'oauth.discovery-failed',
    { reason: 'resource-metadata', actual: '401' },
  ],
  [
    'Error: Resource server does not implement OAuth 2.0 Protected Resource Metadata.',
    'mcp-sdk.no-resource-metadata',
    'oauth.discovery-failed',
    { reason: 'resource-metadata', actual: '404' },
  ],
  [
    'Connection error: Error: Incompatible auth server: does not support dynamic client registration',
    'mcp-sdk.no-dynamic-registration',
    'oauth.discovery-failed',
    { reason: 'registration' },
  ],
  [
    `Error: HTTP 404: Invalid OAuth error response: SyntaxError: Unexpected token 'N', "Not found" is not valid JSON. Raw body: Not found`,
    'mcp-sdk.invalid-oauth-error-response-404',
    'oauth.discovery-failed',
    { reason: 'server-metadata', actual: '404' },
  ],
  [
    '2025-09-29 18:22:37.446 [info] Connection state: Error Error sending message to https://api.githubcopilot.com/mcp/: Error: Failed to fetch resource metadata: 404 404 page not found',
    'vscode.resource-metadata-fetch',
    'oauth.discovery-failed',
    { reason: 'resource-metadata', actual: '404' },
  ],
];

/** Round audit-ww: real-time services' own refusals (src/engine/parse/verifier-messages/realtime.ts, with sources). */
const REALTIME_WW: Case[] = [
  ['{"context":{"code":3500,"reason":"invalid token"}}', 'centrifugo.invalid-token', 'challenge.invalid-token'],
  ["disconnected { code: 3500, reason: 'invalid token' }", 'centrifugo.invalid-token-js', 'challenge.invalid-token'],
  [
    'error {"type":"connect","error":{"code":109,"message":"token expired"}}',
    'centrifugo.token-expired',
    'time.expired',
  ],
  [
    "error { type: 'connect', error: { code: 109, message: 'token expired' } }",
    'centrifugo.token-expired-js',
    'time.expired',
  ],
  [
    'Connection failed: {"reason":{"message":"Mismatched clientId for existing connection","code":40102,"statusCode":401}}',
    'ably.error-json',
    'challenge.invalid-token',
    { reason: '40102 incompatible credentials' },
  ],
  [
    'gets a `message: "Key/token status changed (expire)", code: 40142, statusCode: 401}`',
    'ably.error-object',
    'time.expired',
    { reason: '40142 token expired' },
  ],
  [
    '[ErrorInfo: Channel denied access based on given capability; statusCode=401; code=40160]',
    'ably.error-info',
    'scope.insufficient',
    { reason: '40160 operation not permitted with provided capability' },
  ],
  ['An unauthorized connection attempt was rejected', 'action-cable.rejected', 'challenge.invalid-token'],
  [
    'socket.on("connect_error", (err) => console.log(err.message)) // Authentication error',
    'socket-io.authentication-error',
    'challenge.invalid-token',
  ],
  [
    '[2025-09-24 11:02:32,863] ERROR - HandshakeProcessor Authentication failed for /swapi/1.0.0',
    'wso2.ws-handshake',
    'challenge.invalid-token',
  ],
  [
    'Error: Unable to retrieve auth string from channel-authorization endpoint - received status: 403 from /broadcasting/auth.',
    'pusher.auth-endpoint',
    'proxy.authorizer-deny',
  ],
  ['I/flutter: Error: Connection not authorized within timeout (4009)', 'pusher.4009', 'token.missing'],
];

// round audit-ad: AI and LLM APIs (ai-apis.ts, each row's source beside it).
const AI_AD: Case[] = [
  [
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'OpenAI-Organization header should match organization for API key', 'type': 'invalid_request_error', 'param': None, 'code': 'mismatched_organization'}}",
    'openai.mismatched-organization',
    'challenge.invalid-token',
  ],
  [
    '403 Project `proj_JMo3Q9spNIEWhSxusokLegJY` does not have access to model `gpt-4.1-2025-04-14`',
    'openai.project-model-access',
    'policy.deny',
  ],
  [
    'API Error: 403 {"type":"error","error":{"type":"permission_error","message":"Permission denied"},"request_id":"req_011CaH53rCYtDAVnwhLQvkuc"}',
    'anthropic.permission-error',
    'policy.deny',
  ],
  [
    "anthropic.PermissionDeniedError: Error code: 403 - {'type': 'error', 'error': {'type': 'permission_error', 'message': 'Permission denied'}}",
    'anthropic.permission-error-repr',
    'policy.deny',
  ],
  [
    'Error: 401 · Unauthorized · {"error":{"type":"authentication_error","message":"Invalid API Key"}}',
    'anthropic.invalid-api-key',
    'challenge.invalid-token',
  ],
  [
    '{"error":{"code":"401","message":"Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional API endpoint for your resource."}}',
    'azure-ai-services.invalid-key-or-endpoint',
    'challenge.invalid-token',
  ],
  [
    '{"statusCode":401,"message":"Unauthorized. Access token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired."}',
    'azure-ai-services.token-refused',
    'challenge.invalid-token',
  ],
  [
    'azure.core.exceptions.ClientAuthenticationError: (PermissionDenied) The principal `xxxxx` lacks the required data action `Microsoft.CognitiveServices/accounts/AIServices/agents/read` to perform `GET /api/projects/{projectName}/assistants/{assistantId}` operation.',
    'azure-ai-services.lacks-data-action',
    'policy.deny',
  ],
  [
    "An error occurred (AccessDeniedException) when calling the InvokeModel operation: You don't have access to the model with the specified model ID.",
    'aws-bedrock.model-access',
    'policy.deny',
  ],
  [
    'An error occurred (AccessDeniedException) when calling the InvokeModel operation: Your account is not authorized to invoke this API operation.',
    'aws-bedrock.account-not-authorized',
    'policy.deny',
  ],
  [
    'Access to model google/gemma-3-4b-pt is restricted and you are not in the authorized list. Visit https://huggingface.co/google/gemma-3-4b-pt to ask for access.',
    'hugging-face.gated-not-authorized',
    'policy.deny',
  ],
  [
    "Fatal error: Uncaught Exception: Error Code: 403, Message: Permission 'aiplatform.endpoints.predict' denied on resource '//aiplatform.googleapis.com/projects/gemini-xxxxxx/locations/us-central1/publishers/google/models/gemini-pro' (or it may not exist)., Status: PERMISSION_DENIED",
    'google-api.permission-denied-on-resource',
    'policy.deny',
  ],
  [
    "Error code: 401 - {'error': {'code': 'PermissionDenied', 'message': 'Principal does not have access to API/Operation.'}}",
    'azure-ai-services.principal-no-access',
    'policy.deny',
  ],
  [
    "openai.AuthenticationError: Error code: 401 - {'error': {'message': 'You must be a member of an organization to use the API. Please contact us through our help center at help.openai.com.', 'type': 'invalid_request_error', 'param': None, 'code': 'no_organization'}}",
    'openai.no-organization',
    'challenge.invalid-token',
  ],
  [
    "weaviate.exceptions.UnexpectedStatusCodeException: Unexpected status code: 401, with response body: {'code': 401, 'message': 'oidc auth is not configured, please try another auth scheme or set up weaviate with OIDC configured'}.",
    'weaviate.oidc-not-configured',
    'challenge.invalid-token',
  ],
  [
    '[PineconeError: Failed getting project name. Error: Unauthorized - API key is missing or invalid for the environment "asia-southeast1-gcp-free". Check that the correct environment is specified.]',
    'pinecone.key-invalid-for-environment',
    'challenge.invalid-token',
  ],
  [
    "openai.PermissionDeniedError: Error code: 403 - {'error': {'code': 'unsupported_country_region_territory', 'message': 'Country, region, or territory not supported', 'param': None, 'type': 'request_forbidden'}}",
    'openai.unsupported-country',
    'policy.deny',
  ],
  [
    "cohere.errors.unauthorized_error.UnauthorizedError: status_code: 401, body: {'message': 'invalid api token'}",
    'cohere.invalid-api-token',
    'challenge.invalid-token',
  ],
  [
    'Error: HTTP 401 from https://api.groq.com/openai/v1/chat/completions: {"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}',
    'groq.invalid-api-key',
    'challenge.invalid-token',
  ],
];

/** Round audit-ah: signed URLs and shared access signatures refused for their dates or signature. */
const SIGNED_AH: Case[] = [
  [
    '<Code>AuthorizationQueryParametersError</Code><Message>X-Amz-Expires must be less than a week (in seconds); that is, the given X-Amz-Expires must be less than 604800 seconds</Message>',
    'aws-s3.expires-over-a-week',
    'time.long-lifetime',
    { reason: 'presigned-url' },
  ],
  [
    '<Error><Code>AccessDenied</Code><Message>Missing Key-Pair-Id query parameter or cookie value</Message></Error>',
    'cloudfront.missing-key-pair-id',
    'challenge.invalid-token',
  ],
  [
    '<Error><Code>AccessDenied</Code><Message>Request is not yet valid</Message><X-Amz-Date>1558754452000</X-Amz-Date><Expires>2019-05-25T03:35:52Z</Expires><ServerTime>2019-05-23T21:07:35Z</ServerTime></Error>',
    'aws-s3.presigned-early',
    'time.not-yet-valid',
    { reason: 'presigned-url', at: '2019-05-25T03:35:52Z', now: '2019-05-23T21:07:35Z' },
  ],
  [
    '<AuthenticationErrorDetail>Signature not valid in the specified time frame: Start [Thu, 09 Jul 2020 10:11:03 GMT] - Expiry [Thu, 09 Jul 2020 18:11:03 GMT] - Current [Fri, 10 Jul 2020 10:16:22 GMT]</AuthenticationErrorDetail>',
    'azure-storage.sas-time-frame',
    'time.expired',
    {
      reason: 'storage-sas',
      at: 'Thu, 09 Jul 2020 18:11:03 GMT',
      now: 'Fri, 10 Jul 2020 10:16:22 GMT',
      validFrom: 'Thu, 09 Jul 2020 10:11:03 GMT',
    },
  ],
  [
    'RequestId:159c33a8-0001-001e-3e4c-f15ade000000 Time:2016-08-08T08:11:13.7348778Z</Message><AuthenticationErrorDetail>Signed expiry time [Mon, 08 Aug 2016 08:08:51 GMT] must be after signed start time [Mon, 08 Aug 2016 08:11:13 GMT]</AuthenticationErrorDetail>',
    'azure-storage.sas-expiry-before-start',
    'time.expired',
    { reason: 'storage-sas', at: 'Mon, 08 Aug 2016 08:08:51 GMT', now: 'Mon, 08 Aug 2016 08:11:13 GMT' },
  ],
  [
    "com.microsoft.azure.servicebus.primitives.ServiceBusException: Error{condition=com.microsoft:auth-failed, description='ExpiredToken: The token is expired. Expiration time: '2019-04-11 21:12:56Z'', info=null}",
    'azure-service-bus.expired-token',
    'time.expired',
    { reason: 'sas-token', at: '2019-04-11T21:12:56Z' },
  ],
  [
    'Subscription Deletion Error :Error: 401 - ExpiredToken: . TrackingId:0f3c1a2b-9d8e-4f7a-b6c5-d4e3f2a1b0c9_G12,TimeStamp:4/8/2015 12:32:54 PM',
    'azure-service-bus.expired-token-bare',
    'time.expired',
    { reason: 'sas-token' },
  ],
  [
    'Microsoft.Azure.Devices.Client.Exceptions.UnauthorizedException: The specified SAS token is expired',
    'azure-iot-hub.sas-expired',
    'time.expired',
    { reason: 'sas-token' },
  ],
  [
    'System.UnauthorizedAccessException: The specified SAS token has an invalid signature. It does not match either the primary or secondary key.',
    'azure-iot-hub.sas-signature',
    'signature.invalid',
    { signedBy: 'azure-sas' },
  ],
  [
    'Description=This request is not authorized to perform this operation using this resource type.',
    'azure-storage.resource-type-mismatch',
    'policy.deny',
  ],
  [
    '<Error><Code>ExpiredToken</Code><Message>The provided token has expired.</Message><Details>Request has expired: 120</Details></Error>',
    'google-cloud-storage.signed-url-expired',
    'time.expired',
    { reason: 'presigned-url' },
  ],
  // Round left-ff: Qdrant's API-key check (qdrant/qdrant src/common/auth/mod.rs) and Qdrant Cloud's unknown key.
  [
    'Must provide an API key or an Authorization bearer token (qdrant at localhost:6333)',
    'qdrant.no-api-key',
    'token.missing',
  ],
  [
    'qdrant: Unexpected Response: 401 (Unauthorized) Invalid API key or JWT',
    'qdrant.invalid-api-key',
    'challenge.invalid-token',
  ],
  [
    'qdrant_client UnexpectedResponse: Unexpected Response: 403 (Forbidden)\nRaw response content:\nb\'{"error":"key doesn\\\'t exist"}\'',
    'qdrant.cloud-key-unknown',
    'challenge.invalid-token',
  ],
  // Round left-ff: Terraform's AWS provider finding no credentials (hashicorp/aws-sdk-go-base).
  [
    '│ Error: No valid credential sources found\n│   with provider["registry.terraform.io/hashicorp/aws"],',
    'terraform-aws.no-credential-sources',
    'token.missing',
    { reason: 'unobtained' },
  ],
  // Round left-ff: WPGraphQL JWT Authentication's words for any token it could not decode (src/Auth.php).
  [
    '{"errors":[{"message":"invalid-jwt | The iss do not match with this server"}]}',
    'wp-graphql-jwt.iss-or-undecodable',
    'challenge.invalid-token',
  ],
  // Round left-ff: Cloudflare R2's error 10018 (developers.cloudflare.com r2/api/error-codes).
  [
    '<Error><Code>ExpiredRequest</Code></Error>',
    'cloudflare-r2.expired-request',
    'time.expired',
    { reason: 'presigned-url' },
  ],
];

// Round audit-aj: content platforms and shops (verifier-messages/content-platforms.ts).
const CONTENT_AJ: Case[] = [
  [
    '{"code":"rest_forbidden","message":"Sorry, you are not allowed to do that.","data":{"status":401}}',
    'wordpress.rest-forbidden',
    'token.missing',
  ],
  [
    '{"code":"rest_cannot_create","message":"Sorry, you are not allowed to do that.","data":{"status":401}}',
    'wordpress.rest-cannot-create',
    'token.missing',
  ],
  [
    '{"code":"rest_cannot_edit","message":"Sorry, you are not allowed to do that.","data":{"status":403}}',
    'wordpress.rest-cannot-edit',
    'policy.deny',
  ],
  [
    '{"code":"rest_cannot_delete","message":"Sorry, you are not allowed to do that.","data":{"status":403}}',
    'wordpress.rest-cannot-delete',
    'policy.deny',
  ],
  [
    '{"code":"rest_cannot_view","message":"Sorry, you are not allowed to do that.","data":{"status":403}}',
    'wordpress.rest-cannot-view',
    'policy.deny',
  ],
  [
    '{"code":"rest_cannot_read","message":"Sorry, you are not allowed to do that.","data":{"status":401}}',
    'wordpress.rest-cannot-read',
    'token.missing',
  ],
  [
    '{"code":"rest_cannot_publish","message":"Sorry, you are not allowed to do that.","data":{"status":403}}',
    'wordpress.rest-cannot-publish',
    'policy.deny',
  ],
  [
    '{"code":"rest_cannot_access","message":"Sorry, you are not allowed to do that.","data":{"status":401}}',
    'wordpress.rest-cannot-access',
    'token.missing',
  ],
  [
    '{"code":"rest_not_logged_in","message":"You are not currently logged in.","data":{"status":401}}',
    'wordpress.rest-not-logged-in',
    'token.missing',
  ],
  [
    '{"code":"woocommerce_rest_cannot_view","message":"Sorry, you cannot list resources.","data":{"status":401}}',
    'woocommerce.rest-cannot-view',
    'token.missing',
  ],
  [
    '{"code":"woocommerce_rest_cannot_create","message":"Sorry, you cannot list resources.","data":{"status":403}}',
    'woocommerce.rest-cannot-create',
    'policy.deny',
  ],
  [
    '{"code":"woocommerce_rest_cannot_edit","message":"Sorry, you cannot list resources.","data":{"status":403}}',
    'woocommerce.rest-cannot-edit',
    'policy.deny',
  ],
  [
    '{"code":"woocommerce_rest_cannot_delete","message":"Sorry, you cannot list resources.","data":{"status":401}}',
    'woocommerce.rest-cannot-delete',
    'token.missing',
  ],
  [
    '{"code":"woocommerce_rest_cannot_batch","message":"Sorry, you cannot list resources.","data":{"status":403}}',
    'woocommerce.rest-cannot-batch',
    'policy.deny',
  ],
  [
    '{"code":"woocommerce_rest_authentication_error","message":"Consumer Key is invalid.","data":{"status":401}}',
    'woocommerce.authentication-error',
    'challenge.invalid-token',
  ],
  [
    '{"code":"jwt_auth_no_auth_header","message":"Authorization header not found.","data":{"status":403}}',
    'wp-jwt-auth.no-auth-header',
    'token.missing',
  ],
  [
    '{"code":"jwt_auth_bad_auth_header","message":"Authorization header malformed.","data":{"status":403}}',
    'wp-jwt-auth.bad-auth-header',
    'authz-header.format',
  ],
  [
    '{"code":"jwt_auth_bad_config","message":"JWT is not configurated properly, please contact the admin","data":{"status":403}}',
    'wp-jwt-auth.bad-config',
    'verifier.misconfigured',
  ],
  [
    '{"sys":{"type":"Error","id":"AccessTokenInvalid"},"requestId":"9e1-614553853"}',
    'contentful.access-token-invalid',
    'challenge.invalid-token',
  ],
  [
    'Error: Status: 403 - Forbidden - Message: The access token you sent could not be found or is invalid.',
    'contentful.access-token-sentence',
    'challenge.invalid-token',
  ],
  [
    "body: { errorCode: 'SIO-401-ANF', statusCode: 401, error: 'Unauthorized' }",
    'sanity.session-not-found',
    'challenge.invalid-token',
  ],
  [
    'Unhandled rejection: ClientError: Unauthorized - Session not found',
    'sanity.client-session-not-found',
    'challenge.invalid-token',
  ],
  ['ClientError: Unauthorized - Session does not match project host', 'sanity.project-host', 'challenge.invalid-token'],
  [
    'GET /ghost/api/admin/posts/ {"errors":[{"message":"Invalid token","type":"BadRequestError","code":"INVALID_JWT"}]}',
    'ghost.invalid-jwt',
    'challenge.invalid-token',
  ],
  [
    '{"message":"The consumer isn\'t authorized to access %resources.","parameters":{"resources":"Magento_Catalog::products"}}',
    'magento.consumer-not-authorized',
    'policy.deny',
    { actual: 'Magento_Catalog::products' },
  ],
  [
    '{"message":"Consumer is not authorized to access %resources","parameters":{"resources":"Magento_Backend::store"}}',
    'magento.consumer-not-authorized-old',
    'policy.deny',
    { actual: 'Magento_Backend::store' },
  ],
  [
    '"message": "Insufficient scope. One of the following scopes is missing: view_project_settings.",',
    'commercetools.insufficient-scope',
    'scope.insufficient',
    { expected: ['view_project_settings'] },
  ],
  [
    'Error: OIDC Token cannot be found. A CircleCI context must be specified.',
    'circleci.no-oidc-token',
    'token.missing',
    { reason: 'unobtained' },
  ],
  [
    'buildkite-agent: fatal: POST https://agent.buildkite.com/v3/jobs/019c7c5a/oidc/tokens: 422 Unprocessable Entity: Requested lifetime too high (requested: 14400 max: 7200)',
    'buildkite.lifetime-too-high',
    'token.missing',
    { reason: 'unobtained' },
  ],
];

/** Round audit-an: backends as a service (sources in parse/verifier-messages/backends.ts). */
const BACKENDS_AN: Case[] = [
  [
    "ERROR Error: permission_denied at /items: Client doesn't have permission to access the desired data.",
    'firebase-database.client-no-permission',
    'policy.deny',
  ],
  [
    'com.google.firebase.database.DatabaseException: Firebase Database error: Permission denied',
    'firebase-database.android-permission-denied',
    'policy.deny',
  ],
  [
    'W/RepoOperation: setValue at /message failed: DatabaseError: Permission denied',
    'firebase-database.android-log-permission-denied',
    'policy.deny',
  ],
  [
    'Uncaught (in promise) Error: PERMISSION_DENIED: Permission denied\n    at Repo../node_modules/@firebase/database/dist/index.cjs.js.Repo.callOnCompleteCallback (index.cjs.js:12909)',
    'firebase-database.permission-denied',
    'policy.deny',
  ],
  ['  "code_": "storage/unauthorized",', 'firebase-storage.unauthorized', 'policy.deny'],
  [
    'Unhandled Exception: [firebase_storage/unauthorized] User is not authorized to perform the desired action.',
    'firebase-storage.flutterfire-unauthorized',
    'policy.deny',
  ],
  [
    'E/StorageException( 8961): User does not have permission to access this object.',
    'firebase-storage.android-no-permission',
    'policy.deny',
  ],
  [
    `"message_": "Firebase Storage: User does not have permission to access 'images/a.png'.",`,
    'firebase-storage.web-no-permission',
    'policy.deny',
  ],
  ['Error: ClientResponseError 403: Only admins can perform this action.', 'pocketbase.admins-only', 'policy.deny'],
  [
    "name: 'ClientResponseError 403', message: 'Only superusers can perform this action.',",
    'pocketbase.superusers-only',
    'policy.deny',
  ],
  ['{"code":209,"error":"invalid session token"}', 'parse-server.invalid-session-token', 'challenge.invalid-token'],
  [
    '[Error]: Session token required. (Code: 209, Version: 1.14.2)',
    'parse-server.session-token-required',
    'token.missing',
  ],
  ['{"error":"unauthorized: master key is required"}', 'parse-server.master-key-required', 'policy.deny'],
  [
    `directus ERROR { errors: [ { message: "You don't have permission to access this.", extensions: [Object] } ] }`,
    'directus.forbidden',
    'policy.deny',
  ],
  [
    '{"path":"$","error":"invalid x-hasura-admin-secret/x-hasura-access-key","code":"access-denied"}',
    'hasura.invalid-admin-secret',
    'challenge.invalid-token',
  ],
  ['[access-denied] restricted access : admin only ($.args)', 'hasura.admin-only', 'policy.deny'],
  [
    '{"errors":[{"extensions":{"path":"$","code":"access-denied"},"message":"Your requested role is not in allowed roles"}]}',
    'hasura.role-not-allowed',
    'policy.deny',
  ],
  [
    '"app.***@service.cloud.appwrite.io (role: applications) missing scope (public)"',
    'appwrite.app-missing-scope',
    'scope.insufficient',
    { expected: ['public'] },
  ],
  [
    'curl -H "X-Parse-Application-Id: myAppId" http://localhost:1337/parse/classes/GameScore\n{"error":"unauthorized"}',
    'parse-server.unauthorized',
    'challenge.invalid-token',
  ],
  [
    'Failed to authenticate: "No auth provider found matching the given token", check your server auth config',
    'convex.no-auth-provider',
    'challenge.invalid-token',
  ],
  [
    `Failed to authenticate: "Could not verify OIDC token claim. Check that the token signature is valid and the token hasn't expired."`,
    'convex.oidc-claim',
    'challenge.invalid-token',
  ],
  [
    'error: Forbidden access\nForbiddenError: Forbidden access\n    at Object.verify (/app/node_modules/@strapi/plugin-users-permissions/server/strategies/users-permissions.js:115:11)',
    'strapi.forbidden-access',
    'policy.deny',
  ],
  [
    'authMiddleware :: Unauthorized [Error]: Unauthorized access\n    at authMiddleware (/usr/src/nocodb/packages/nocodb/src/lib/meta/helpers/ncMetaAclMw.ts:22:17)',
    'nocodb.unauthorized-access',
    'challenge.invalid-token',
  ],
  [
    'curl -H "xc-token: $TOKEN" https://nocodb.example.test/api/v2/tables\n{"msg":"Unauthorized"}',
    'nocodb.msg-unauthorized',
    'challenge.invalid-token',
  ],
  [
    'AppwriteException (AppwriteException: Failed to verify JWT. Invalid token: Incomplete segments (401))',
    'appwrite.jwt-incomplete-segments',
    'token.malformed',
  ],
  ['`Failed to verify JWT. JSON failed: Syntax error`', 'appwrite.jwt-json-failed', 'token.malformed'],
  [
    '{"code":401,"type":"user_jwt_invalid","response":{"message":"Failed to verify JWT. Invalid token: Signature failed"}}',
    'appwrite.jwt-signature-failed',
    'signature.invalid',
  ],
];

/** Round audit-ao: the Telegram Bot API's envelope and 403 descriptions, Trello's plain-text 401s. */
const BOTS_AO: Case[] = [
  ['[{"ok":false,"error_code":401,"description":"Unauthorized"}]', 'telegram.unauthorized', 'challenge.invalid-token'],
  [
    'telebot.apihelper.ApiTelegramException: A request to the Telegram API was unsuccessful. Error code: 401. Description: Unauthorized',
    'telegram.request-unsuccessful-401',
    'challenge.invalid-token',
  ],
  ['TelegramError: 403: Forbidden: bot was blocked by the user', 'telegram.blocked-by-user', 'policy.deny'],
  ['Forbidden: bot was kicked from the group chat', 'telegram.kicked', 'policy.deny'],
  ['Forbidden: bot is not a member of the channel chat', 'telegram.not-a-member', 'policy.deny'],
  ["Forbidden: bot can't initiate conversation with a user", 'telegram.cannot-initiate', 'policy.deny'],
  [
    '{"ok":false,"error_code":403,"description":"Forbidden: user is deactivated"}',
    'telegram.user-deactivated',
    'policy.deny',
  ],
  [
    'invalid key at https://api.trello.com/1/members/me/boards/?filter=all (HTTP status: 401)',
    'trello.invalid-key',
    'challenge.invalid-token',
  ],
  [
    'Unauthorized: invalid token at https://api.trello.com/1/members/me/boards/?filter=all (HTTP status: 401)',
    'trello.invalid-token',
    'challenge.invalid-token',
  ],
  [
    '{"type":"https://developer.vonage.com/api-errors#unauthorized","title":"Unauthorized","detail":"You did not provide correct credentials."}',
    'vonage.unauthorized',
    'challenge.invalid-token',
  ],
  [
    'local.ERROR: Nexmo\\Client\\Exception\\Request: Unauthorized in /srv/app/vendor/nexmo/client/src/Call/Collection.php:163',
    'vonage.php-request-unauthorized',
    'challenge.invalid-token',
  ],
  [
    "Uncaught exception 'Nexmo\\Client\\Exception\\Request' with message 'Unauthorized' in /srv/app/vendor/nexmo/client/src/Call/Collection.php:163",
    'vonage.php-uncaught-unauthorized',
    'challenge.invalid-token',
  ],
  [
    'Error(GoogleApiError(MissingToken(AuthError(AuthError { error: UnauthorizedClient, error_description: Some("Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."), error_uri: None }))))',
    'google-oauth.delegation-unauthorized',
    'oauth.unauthorized-client',
    { reason: 'google-delegation' },
  ],
  [
    "Auth Error: Please check the 'exp' claim. Should be an integer [400 bad request] invalid grant",
    'box.exp-integer',
    'token.revoked',
    { reason: 'jwt-assertion:format' },
  ],
  [
    "Auth Error: Please check the 'exp' claim. The 'exp' value exceeds the maximum value of 60 seconds beyond the issue time.",
    'box.exp-claim',
    'token.revoked',
    { reason: 'jwt-assertion:lifetime' },
  ],
  [
    "Message: Please check the 'sub' claim. The 'sub' specified is invalid.",
    'box.claim',
    'token.revoked',
    { reason: 'jwt-assertion:grant' },
  ],
  [
    'Failed to upload to Figma (ERR_BAD_REQUEST): 403 Invalid scope(s): files:read. This endpoint requires the file_code_connect:write scope',
    'figma.invalid-scopes',
    'scope.insufficient',
    { expected: ['file_code_connect:write'] },
  ],
  [
    'Error: invalid_grant error_description issuer_not_found',
    'docusign.issuer-not-found',
    'token.revoked',
    { reason: 'jwt-assertion:grant' },
  ],
  [
    'DocuSign.eSign.Client.ApiException: invalid_grant: no_valid_keys_or_signatures',
    'docusign.no-valid-keys',
    'token.revoked',
    { reason: 'jwt-assertion:grant' },
  ],
  [
    '403: Insufficient Permission: Request had insufficient authentication scopes. - insufficientPermissions',
    'google-api.insufficient-scopes',
    'scope.insufficient',
  ],
];

// round audit-as: Google API keys refused by their restrictions, and Google Maps Platform (browser-keys.ts).
const BROWSER_KEYS_AS: Case[] = [
  [
    '"reason": "API_KEY_HTTP_REFERRER_BLOCKED",',
    'google-api-key.referrer-blocked',
    'policy.deny',
    { reason: 'referrer' },
  ],
  ['"reason": "API_KEY_IP_ADDRESS_BLOCKED",', 'google-api-key.ip-blocked', 'policy.deny', { reason: 'ip' }],
  ['"reason": "API_KEY_ANDROID_APP_BLOCKED",', 'google-api-key.android-blocked', 'policy.deny', { reason: 'android' }],
  ['"reason": "API_KEY_IOS_APP_BLOCKED",', 'google-api-key.ios-blocked', 'policy.deny', { reason: 'ios' }],
  ['"reason": "API_KEY_SERVICE_BLOCKED",', 'google-api-key.service-blocked', 'policy.deny', { reason: 'api' }],
  [
    '{error: {code: 403, message: "Requests from referer http://localhost/www/index.html are blocked.",…}}',
    'google-api-key.referrer-message',
    'policy.deny',
    { reason: 'referrer' },
  ],
  [
    '"message": "Requests from this Android client application <empty> are blocked.",',
    'google-api-key.android-message',
    'policy.deny',
    { reason: 'android' },
  ],
  [
    'message = "Requests from this ios client application <empty> are blocked.";',
    'google-api-key.ios-message',
    'policy.deny',
    { reason: 'ios' },
  ],
  [
    'Generative AI Error: Requests to this API generativelanguage.googleapis.com method google.ai.generativelanguage.v1beta.GenerativeService.GenerateContent are blocked.',
    'google-api-key.service-message',
    'policy.deny',
    { reason: 'api' },
  ],
  [
    '"message": "The provided API key has an IP address restriction. The originating IP address of the call (2405:204:1308:bc95:b493:506c:3596:86fa) violates this restriction.",',
    'google-api-key.ip-message',
    'policy.deny',
    { reason: 'ip' },
  ],
  [
    'Error 403 The request did not specify any referer. Please ensure that the client is sending referer or use the API Console to remove the referer restrictions. : ipRefererBlocked',
    'google-api-key.no-referer',
    'policy.deny',
    { reason: 'referrer' },
  ],
  [
    'The request did not specify any iOS bundle ID. Please ensure that the client is sending it or use the API Console to update your key restrictions',
    'google-api-key.no-ios-bundle',
    'policy.deny',
    { reason: 'ios' },
  ],
  [
    'Google Maps JavaScript API error: RefererNotAllowedMapError',
    'google-maps.referer-not-allowed',
    'policy.deny',
    { reason: 'referrer' },
  ],
  ['Google Maps JavaScript API error: InvalidKeyMapError', 'google-maps.invalid-key', 'challenge.invalid-token'],
  ['Google Maps API error: ExpiredKeyMapError', 'google-maps.expired-key', 'challenge.invalid-token'],
  ['Google Maps API error: MissingKeyMapError', 'google-maps.missing-key', 'token.missing'],
  [
    '{"error_message":"This IP, site or mobile application is not authorized to use this API key. Request received from IP address 187.189.154.107, with empty referer","routes":[],"status":"REQUEST_DENIED"}',
    'google-maps.app-not-authorized',
    'policy.deny',
    { reason: 'application' },
  ],
  [
    'Error: Status is REQUEST_DENIED. API keys with referer restrictions cannot be used with this API.',
    'google-maps.referer-restricted-key',
    'policy.deny',
    { reason: 'referrer-on-server' },
  ],
  [
    'ApiError: REQUEST_DENIED (This API key is not authorized to use this service or API.)',
    'google-maps.service-not-authorized',
    'policy.deny',
    { reason: 'api' },
  ],
  [
    '{"error_message":"The provided API key is invalid.","results":[],"status":"REQUEST_DENIED"}',
    'google-maps.key-invalid',
    'challenge.invalid-token',
  ],
  [
    'the error status "REQUEST DENIED" and the error message "The provided API key is expired."',
    'google-maps.key-expired',
    'challenge.invalid-token',
  ],
  [
    'ERROR: status is REQUEST_DENIED. You must use an API key to authenticate each request to Google Maps Platform APIs.',
    'google-maps.key-required',
    'token.missing',
  ],
  ['{"message":"Not Authorized - Invalid Token"}', 'mapbox.invalid-token', 'challenge.invalid-token'],
  [
    'message: "Unauthorized: you may have provided an invalid Mapbox access token. See https://www.mapbox.com/api-documentation/#access-tokens-and-token-scopes",',
    'mapbox.gl-invalid-token',
    'challenge.invalid-token',
  ],
  [
    '[Error] Error: Forbidden (403): https://api.mapbox.com/v4/mapbox.mapbox-streets-v8.json?secure&access_token=123',
    'mapbox.forbidden',
    'policy.deny',
    { reason: 'url-or-scope' },
  ],
  [
    'Error: Use a public access token (pk.*) with Mapbox GL, not a secret access token (sk.*). See https://www.mapbox.com/api-documentation/',
    'mapbox.secret-token',
    'challenge.invalid-token',
  ],
  [
    'Uncaught Error: An API access token is required to use Mapbox GL. See https://www.mapbox.com/api-documentation/',
    'mapbox.token-required',
    'token.missing',
  ],
  [
    'W fn: {"verifications":{"app":"INVALID","auth":"VALID"},"message":"Callable request verification failed: AppCheck token was rejected."}',
    'firebase-app-check.token-rejected',
    'challenge.invalid-token',
  ],
  [
    'FirebaseAppCheckError: Decoding App Check token failed. Make sure you passed the entire string JWT which represents the Firebase App Check token.',
    'firebase-app-check.decode-failed',
    'challenge.invalid-token',
  ],
  [
    'Error:  The function must be called from an App Check verified app.',
    'firebase-app-check.not-verified-app',
    'challenge.invalid-token',
  ],
  [
    'com.google.firebase.FirebaseException: Error returned from API. code: 403 body: App attestation failed.',
    'firebase-app-check.attestation-failed',
    'challenge.invalid-token',
  ],
  [
    "WARNING:root:Callable request verification failed: $[('Auth token was rejected.', {'app': 'VALID', 'auth': 'INVALID'})]",
    'firebase-callable.auth-token-rejected',
    'challenge.invalid-token',
  ],
  [
    '[firebase_auth/missing-client-identifier] This request is missing a valid app identifier, meaning that Play Integrity checks, and reCAPTCHA checks were unsuccessful.',
    'firebase-auth.missing-app-identifier',
    'challenge.invalid-token',
  ],
  [
    'A play_integrity_token was passed, but no matching SHA-256 was registered in the Firebase console',
    'firebase-auth.no-matching-sha256',
    'challenge.invalid-token',
  ],
  [
    'SMS verification code request failed: unknown status code: 18002 Invalid PlayIntegrity token; app not Recognized by Play Store.',
    'firebase-auth.play-integrity-not-recognized',
    'challenge.invalid-token',
  ],
];

// Round audit-ar: search engines' keys and tokens (parse/verifier-messages/search-engines.ts).
const SEARCH_AR: Case[] = [
  [
    '{"message":"Tenant token expired. Was valid up to `1779976800` and we\'re now `1779977400`.","code":"invalid_api_key"}',
    'meilisearch.tenant-token-expired',
    'time.expired',
    { at: '1779976800', now: '1779977400' },
  ],
  ['MeiliSearchApiError: The provided API key is invalid.', 'meilisearch.invalid-api-key', 'challenge.invalid-token'],
  [
    "meilisearch returns { code: 'invalid_api_key', type: 'auth', link: 'https://docs.meilisearch.com/errors#invalid_api_key' }",
    'meilisearch.invalid-api-key-link',
    'challenge.invalid-token',
  ],
  [
    'MeiliSearchApiError: The provided tenant token is invalid.',
    'meilisearch.invalid-tenant-token',
    'challenge.invalid-token',
  ],
  [
    'MeiliSearchApiError: Could not decode tenant token, Base64 error: Invalid last symbol 66, offset 42.',
    'meilisearch.decode-tenant-token',
    'challenge.invalid-token',
  ],
  [
    '{"message":"The Authorization header is missing. It must use the bearer authorization method.","code":"missing_authorization_header"}',
    'meilisearch.missing-authorization-header',
    'token.missing',
  ],
  [
    'The provided tenant token cannot acces the index `people`, allowed indexes are ["movies"].',
    'meilisearch.tenant-token-index',
    'policy.deny',
  ],
  [
    'The API key used to generate this tenant token cannot acces the index `dog`.',
    'meilisearch.tenant-token-key-index',
    'policy.deny',
  ],
  [
    'The API key cannot acces the index `dog`, authorized indexes are ["catto"].',
    'meilisearch.api-key-index',
    'policy.deny',
  ],
  [
    'typesense.exceptions.RequestUnauthorized: Forbidden - a valid `x-typesense-api-key` header must be sent.',
    'typesense.forbidden-api-key',
    'challenge.invalid-token',
  ],
  [
    '{"message":"Invalid Application-ID or API key","status":403}',
    'algolia.invalid-app-id-or-key',
    'challenge.invalid-token',
  ],
];

// Round audit-ar: data planes' own tokens (parse/verifier-messages/data-planes.ts) and nats.go's error strings.
const DATA_AR: Case[] = [
  [
    'error code 401: Unauthorized: `The JWT is invalid` (turso db shell)',
    'libsql.jwt-invalid',
    'challenge.invalid-token',
  ],
  [
    'LibsqlError: SERVER_ERROR: Server returned HTTP status 401: The JWT has expired',
    'libsql.jwt-expired',
    'time.expired',
  ],
  ['AUTH_JWT_IMMATURE: The JWT is immature (not valid yet)', 'libsql.jwt-immature', 'time.not-yet-valid'],
  [
    'AUTH_JWT_MISSING: Authentication failed: Authentication is required but no JWT was specified',
    'libsql.jwt-missing',
    'token.missing',
  ],
  [
    'LibsqlError: SERVER_ERROR: Server returned HTTP status 401: The `Authorization` HTTP header is required but was not specified',
    'libsql.authorization-header-missing',
    'token.missing',
  ],
  [
    'turso: error code 401: Unauthorized: `Expected authorization header but none given`',
    'libsql.auth-header-not-found',
    'token.missing',
  ],
  [
    'body={"error":"Unauthorized: `unauthorized access attempt on database: empty JWT token`"}',
    'libsql.empty-jwt',
    'token.missing',
  ],
  ['ERROR: JWT authentication: invalid token\nSQLSTATE: 28000', 'cockroachdb.invalid-token', 'challenge.invalid-token'],
  [
    'ERROR: JWT authentication: invalid issuer\nSQLSTATE: 28000\nDETAIL: token issued by https://accounts.example.com',
    'cockroachdb.invalid-issuer',
    'claim.iss-mismatch',
    { actual: 'https://accounts.example.com' },
  ],
  [
    'ERROR: JWT authentication: invalid audience\nSQLSTATE: 28000',
    'cockroachdb.invalid-audience',
    'claim.aud-mismatch',
  ],
  ['ERROR: JWT authentication: not enabled\nSQLSTATE: 28000', 'cockroachdb.not-enabled', 'verifier.misconfigured'],
  [
    '"EventType":"client_authentication_failed","Detail":"JWT authentication: unable to validate token\\nunable to fetch jwks: Get \\"https://accounts.google.com/.well-known/openid-configuration\\""',
    'cockroachdb.unable-to-validate',
    'key.jwks-unavailable',
  ],
  ['details = "etcdserver: invalid auth token"', 'etcd.invalid-auth-token', 'challenge.invalid-token'],
  [
    '2017-11-30 14:01:23.177530 W | auth: invalid auth token: EZXKZQdeBKLEwYiT.4612998',
    'etcd.log-invalid-auth-token',
    'challenge.invalid-token',
  ],
  [
    '{"level":"warn","caller":"auth/store.go:1301","msg":"invalid auth token","token":"jMZFWMnWZHZkVrLh.2557629"}',
    'etcd.store-invalid-auth-token',
    'challenge.invalid-token',
  ],
  ['etcdserver: permission denied', 'etcd.permission-denied', 'policy.deny'],
  [
    'org.apache.pulsar.client.api.PulsarClientException$AuthenticationException: Unable to authenticate',
    'pulsar.client-authentication',
    'challenge.invalid-token',
  ],
  [
    '23:31:00.438 [pulsar-web-66-13] WARN  org.apache.pulsar.broker.web.AuthenticationFilter - [127.0.0.1] Failed to authenticate HTTP request: Authentication required',
    'pulsar.http-authentication-failed',
    'token.missing',
  ],
  [
    'ErrorReply: WRONGPASS invalid username-password pair or user is disabled.',
    'redis.wrongpass',
    'challenge.invalid-token',
  ],
  ['UpstashError: Unauthorized', 'upstash.unauthorized', 'challenge.invalid-token'],
  [
    '{"code":"UNAUTHORIZED_INVALID_JWT_FORMAT","message":"Invalid JWT"}',
    'supabase-edge.invalid-jwt-format',
    'challenge.invalid-token',
  ],
  [
    '{ "code": "UNAUTHORIZED_UNSUPPORTED_TOKEN_ALGORITHM", "message": "Unsupported JWT algorithm: ES256" }',
    'supabase-edge.unsupported-token-algorithm',
    'alg.not-allowed',
    { alg: 'ES256', expected: ['HS256'] },
  ],
  [
    'NotAuthorizedException: Unauthenticated access is not supported for this identity pool.',
    'cognito.unauthenticated-not-supported',
    'token.missing',
  ],
  [
    'body: "{\\"id\\":\\"unauthorized\\",\\"error\\":\\"Invalid credentials provided.\\"}"',
    'heroku.invalid-credentials',
    'challenge.invalid-token',
  ],
  [
    "Unauthorized. Please check that your RAILWAY_TOKEN is valid and has access to the resource you're trying to use.",
    'railway.check-token',
    'challenge.invalid-token',
  ],
  [
    "Unauthorized. Please check that your RAILWAY_API_TOKEN is valid and has access to the resource you're trying to use.",
    'railway.check-api-token',
    'challenge.invalid-token',
  ],
  ['Unauthorized. Please run `railway login` again.', 'railway.login-again', 'challenge.invalid-token'],
  ['Unauthorized. Please login with `railway login`', 'railway.login-with', 'challenge.invalid-token'],
  [
    'Invalid RAILWAY_TOKEN. Please check that your token is valid and has not expired',
    'railway.invalid-railway-token',
    'challenge.invalid-token',
  ],
  [
    'npx railway variables set HELLO="world"\nRedeploying "production" with new variables GraphQL query failed with 1 errors: Not Authorized',
    'railway.graphql-not-authorized',
    'challenge.invalid-token',
  ],
  [
    '>fly auth whoami\nError: failed retrieving current user: You must be authenticated to view this.',
    'fly.must-be-authenticated',
    'challenge.invalid-token',
  ],
  [
    'Run superfly/fly-pr-review-apps@1.2.0\nError: Not authorized to deploy this app.',
    'fly.not-authorized-to-deploy',
    'policy.deny',
  ],
  ['nats: authentication expired', 'nats.client-auth-expired', 'time.expired'],
  ['nats: account authentication expired', 'nats.client-account-auth-expired', 'time.expired'],
  ['nats: authentication revoked', 'nats.client-auth-revoked', 'token.revoked'],
  [
    'Failed to verify that the Workflow request comes from QStash: SignatureError: body hash does not match, want: a, got: b',
    'qstash.body-hash',
    'signature.invalid',
    { signedBy: 'qstash' },
  ],
  [
    'QStash receiver: SignatureError: signature does not match',
    'qstash.signature',
    'signature.invalid',
    { signedBy: 'qstash' },
  ],
];

/** Round audit-aq: video, voice and chat SDKs' services (src/engine/parse/verifier-messages/media-sdks.ts, with sources). */
const MEDIA_AQ: Case[] = [
  [
    'Invalid Access Token. Please make sure you are using the correct credentials. Error Code: 20101',
    'twilio.access-token-invalid',
    'challenge.invalid-token',
  ],
  [
    'Twilio.Device Error: AccessTokenInvalid (20101): Twilio was unable to validate your Access Token',
    'twilio.AccessTokenInvalid',
    'challenge.invalid-token',
  ],
  [
    'Twilio.Device Error: AccessTokenExpired (20104): The Access Token provided to the Twilio API has expired',
    'twilio.AccessTokenExpired',
    'time.expired',
  ],
  [
    '{"body":{"type":"error","code":20104,"message":"Access Token expired or expiration date invalid"},"type":"msg"}',
    'twilio.expired-or-invalid',
    'time.expired',
  ],
  [
    'Outgoing call got error Error - 20103 Invalid Access Token issuer or subject',
    'twilio.issuer-subject',
    'challenge.invalid-token',
    { reason: '20103 issuer/subject' },
  ],
  [
    'Error Domain=com.twilio.voice.error Code=20102 "Twilio Error 20102" UserInfo={NSLocalizedFailureReason=Invalid Access Token header}',
    'twilio.header',
    'challenge.invalid-token',
    { reason: '20102 header' },
  ],
  ['Could not connect to Twilio: Invalid Access Token signature', 'twilio.signature', 'signature.invalid'],
  [
    'Twilio.Device Error: AccessTokenSignatureValidationFailed (31202): The provided access token failed signature validation.',
    'twilio.AccessTokenSignatureValidationFailed',
    'signature.invalid',
  ],
  [
    'TwilioError: InvalidJWTTokenError (31204): Invalid JWT token',
    'twilio.InvalidJWTTokenError',
    'challenge.invalid-token',
  ],
  ['JWTTokenExpiredError (31205): Cannot register. Token is expired', 'twilio.JWTTokenExpiredError', 'time.expired'],
  [
    'Device error: JWTTokenExpirationTooLongError (31207): JWT token expiration too long',
    'twilio.JWTTokenExpirationTooLongError',
    'time.long-lifetime',
  ],
  [
    'AuthenticationFailed (20151): The Authentication with the provided JWT failed',
    'twilio.AuthenticationFailed',
    'challenge.invalid-token',
  ],
  [
    'Twilsock Client | closeRemotelyImpl in state TransportDisconnecting\n\'init\' message failed: {"code":401,"status":"UNAUTHORIZED"}',
    'twilio.twilsock-init-401',
    'challenge.invalid-token',
  ],
  [
    'NetworkError(message=JWTAuth error: token is expired (exp), serverErrorCode=40, statusCode=401, cause=null)',
    'stream.jwtauth',
    'time.expired',
  ],
  [
    'WebSocketError(message: JWTAuth error: signature is not valid. Make sure the token is created using the secret for API key "q7zk2m4d9wpe", statusCode: 401)',
    'stream.signature-not-valid',
    'signature.invalid',
  ],
  [
    '{"code":5,"StatusCode":401,"message":"WS failed with code 5 and reason - Connect failed with error: \\"Token signature is invalid\\""}',
    'stream.connect-failed',
    'signature.invalid',
  ],
  [
    'JWTAuth error: json: cannot unmarshal object into Go struct field StreamJWTClaims.exp of type int64',
    'stream.exp-type',
    'time.invalid',
  ],
  [
    'AgoraRTCException: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed',
    'agora.invalid-token',
    'challenge.invalid-token',
  ],
  [
    'message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: dynamic key or token timeout',
    'agora.token-timeout',
    'time.expired',
  ],
  [
    'reconnect failed AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: dynamic key expired data: {"retry":false}',
    'agora.key-expired',
    'time.expired',
  ],
  [
    'Agora-SDK [ERROR]: [8AB3F] Get server node failed [NO_AUTHORIZED] https://webrtc2-ap-web-1.agora.io/api/v1 NO_AUTHORIZED',
    'agora.no-authorized',
    'challenge.invalid-token',
  ],
  [
    'Unhandled Rejection (OT_AUTHENTICATION_ERROR): Invalid token format (1004)',
    'vonage-video.invalid-token-format',
    'challenge.invalid-token',
    { reason: '1004 invalid token format' },
  ],
  [
    'OT.exception :: title: Authentication error (1004) msg: Unauthorized token (1004)',
    'vonage-video.unauthorized-token',
    'challenge.invalid-token',
  ],
  ['OT_AUTHENTICATION_ERROR: token has expired (1004)', 'vonage-video.token-expired', 'time.expired'],
  [
    'Error: Failed to createSession. Error: An authentication error occurred: (403) {"code":-1,"message":"Invalid issuer format"}',
    'vonage-video.rest-authentication',
    'challenge.invalid-token',
    { actual: 'Invalid issuer format' },
  ],
  [
    "{method: 'join', status: false, errorCode: 3712, errorMessage: 'Signature is invalid.'}",
    'zoom-meeting-sdk.signature-invalid',
    'challenge.invalid-token',
  ],
  [
    "{method: 'join', status: false, result: 'Invalid signature.', errorCode: 3712}",
    'zoom-meeting-sdk.invalid-signature',
    'challenge.invalid-token',
  ],
  [
    "{method: 'join', status: false, errorCode: 3705, errorMessage: 'The signature has expired.'}",
    'zoom-meeting-sdk.signature-expired',
    'time.expired',
  ],
  [
    'internalConnect:: failed :x: [error=HTTPError: Bad Request [code=401, action=INIT, description=Received , cause=null]]',
    '100ms.init-401',
    'challenge.invalid-token',
  ],
  [
    '{"action": "INIT", "canRetry": undefined, "code": 401, "description": "Received ", "name": "HTTPError"}',
    '100ms.init-401-json',
    'challenge.invalid-token',
  ],
  [
    '[mux-player 2.6.0] Video URL has expired: The video’s secured playback-token has expired.',
    'mux.token-expired',
    'time.expired',
  ],
  [
    'This playback is using signed URLs and the playback-token has expired. Expired at: May 28, 2026, 1:50:00 PM.',
    'mux.devlog-token-expired',
    'time.expired',
  ],
  [
    'Video URL is formatted incorrectly: The video’s playback ID does not match the one encoded in the playback-token.',
    'mux.playback-id-mismatch',
    'challenge.invalid-token',
    { reason: 'playback ID mismatch (sub)' },
  ],
  [
    'The playback-token has an incorrect aud value: t. aud value should be v.',
    'mux.incorrect-aud',
    'claim.aud-mismatch',
    { expected: ['v'], actual: 't' },
  ],
  ['daily-js: Meeting token ignored: invalid-token', 'daily.token-ignored', 'challenge.invalid-token'],
  [
    'Connect error: Error Domain=Access token is not valid. Code=400302 "(null)"',
    'sendbird.access-token-not-valid',
    'challenge.invalid-token',
  ],
  [
    '{"status":403,"service":"Access Manager","error":true,"message":"Forbidden","payload":{"channels":["device-8"]}}',
    'pubnub.access-manager-403',
    'policy.deny',
  ],
];

// round left-hh: a service not enabled for the caller's project or account (service-enablement.ts).
const SERVICE_ENABLEMENT_HH: Case[] = [
  [
    '"reason": "SERVICE_DISABLED", "domain": "googleapis.com",',
    'google-api.service-disabled',
    'policy.service-not-enabled',
    { reason: 'google' },
  ],
  [
    'googleapi: Error 403: Service Usage API has not been used in project 1021909506549 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=1021909506549 then retry., accessNotConfigured',
    'google-api.api-not-used',
    'policy.service-not-enabled',
    { reason: 'google' },
  ],
  [
    'Google Maps JavaScript API error: ApiNotActivatedMapError',
    'google-maps.api-not-activated',
    'policy.service-not-enabled',
    { reason: 'google' },
  ],
  [
    "{ error_message: 'This API project is not authorized to use this API.', routes: [], status: 'REQUEST_DENIED' }",
    'google-maps.project-not-authorized',
    'policy.service-not-enabled',
    { reason: 'google' },
  ],
  [
    'ERROR: OptInRequired: You are not subscribed to this service. Please go to http://aws.amazon.com to subscribe.',
    'aws.opt-in-required',
    'policy.service-not-enabled',
    { reason: 'aws' },
  ],
  [
    'SubscriptionRequiredException: The AWS Access Key Id needs a subscription for the service',
    'aws.subscription-required',
    'policy.service-not-enabled',
    { reason: 'aws' },
  ],
  [
    '<Message>The AWS Access Key Id needs a subscription for the service</Message>',
    'aws.needs-subscription',
    'policy.service-not-enabled',
    { reason: 'aws' },
  ],
  [
    'NotSignedUp: Your account is not signed up for the S3 service. You must sign up before you can use S3.',
    'aws.not-signed-up',
    'policy.service-not-enabled',
    { reason: 'aws' },
  ],
  [
    'ErrorCode: MissingSubscriptionRegistration',
    'azure-resource-manager.missing-registration',
    'policy.service-not-enabled',
    { reason: 'azure' },
  ],
  [
    "The subscription is not registered to use namespace 'Microsoft.Compute'. See https://aka.ms/rps-not-found for how to register subscriptions.",
    'azure-resource-manager.not-registered',
    'policy.service-not-enabled',
    { reason: 'azure' },
  ],
  [
    "The subscription registration is in 'Unregistered' state. The subscription must be registered to use namespace 'Microsoft.KeyVault'.",
    'azure-resource-manager.must-be-registered',
    'policy.service-not-enabled',
    { reason: 'azure' },
  ],
];

// Round audit-au: the named verifiers' 2024-2026 words (sources beside the rows they test).
const NAMED_AU: Case[] = [
  // PyJWT 2.10 (jpadilla/pyjwt#1005, jwt/api_jwt.py _validate_sub/_validate_jti; MolSSI/QCFractal#858).
  [
    'jwt.exceptions.InvalidSubjectError: Subject must be a string',
    'pyjwt.InvalidSubjectError',
    'claim.required-missing',
    { claim: 'sub', reason: 'not-string' },
  ],
  [
    'jwt.exceptions.InvalidSubjectError: Invalid subject',
    'pyjwt.InvalidSubjectError',
    'claim.required-missing',
    { claim: 'sub', reason: 'mismatch' },
  ],
  [
    'jwt.exceptions.InvalidJTIError: JWT ID must be a string',
    'pyjwt.InvalidJTIError',
    'claim.required-missing',
    { claim: 'jti', reason: 'not-string' },
  ],
  // flask-jwt-extended's reply (vimalloc/flask-jwt-extended#557) and a bare `Exception:` after jwt.decode
  // (mediawiki-utilities/python-mwoauth#51).
  [
    '{"msg": "Subject must be a string"}',
    'pyjwt.sub-not-string',
    'claim.required-missing',
    { claim: 'sub', reason: 'not-string' },
  ],
  [
    'jwt.decode(id_token, key) raised: JWT ID must be a string',
    'pyjwt.jti-not-string',
    'claim.required-missing',
    { claim: 'jti', reason: 'not-string' },
  ],
  // authlib/joserfc's single-quoted forms (src/joserfc/errors.py; i-am-bee/agentstack#2139).
  [
    "Token validation failed: invalid_claim: Invalid claim 'aud'",
    'authlib.InvalidClaimError',
    'claim.aud-mismatch',
    { claim: 'aud' },
  ],
  [
    "joserfc.errors.InvalidClaimError: invalid_claim: Invalid claim: 'iss'",
    'authlib.InvalidClaimError',
    'claim.iss-mismatch',
    { claim: 'iss' },
  ],
  [
    "joserfc.errors.MissingClaimError: missing_claim: Missing claim: 'exp'",
    'authlib.MissingClaimError',
    'time.no-exp',
    { claim: 'exp' },
  ],
  // jjwt 0.12's PrematureJwtException (DefaultJwtParser; jwtk/jjwt#291 for the older words).
  [
    'io.jsonwebtoken.PrematureJwtException: JWT early by 32000 milliseconds before 2026-05-28T14:10:19Z. Current time: 2026-05-28T14:09:47Z. Allowed clock skew: 30000 milliseconds.',
    'jjwt.PrematureJwtException',
    'time.not-yet-valid',
    { at: '2026-05-28T14:10:19Z' },
  ],
  [
    'Error details: JWT early by 1003 milliseconds before 2026-05-28T14:10:19Z. Current time: 2026-05-28T14:09:47Z.',
    'jjwt.early',
    'time.not-yet-valid',
    { at: '2026-05-28T14:10:19Z' },
  ],
  // lcobucci/jwt's LooseValidAt in RequiredConstraintsViolated's list, not ASP.NET's words.
  [
    'The token violates some mandatory constraints, details:\n- The token is expired',
    'lcobucci-jwt.expired',
    'time.expired',
  ],
  // The same words with no violation list above them stay ASP.NET's.
  ['- The token is expired', 'aspnetcore.expired', 'time.expired'],
  // SimpleJWT 5.5's "Token is expired" (jazzband/djangorestframework-simplejwt#830, iMerica/dj-rest-auth#683).
  [
    '{"token_class":"AccessToken","token_type":"access","message":"Token is expired"}',
    'simplejwt.token-class',
    'time.expired',
  ],
  // jwx's verdict (lestrrat-go/jwx jwt/errors.go), not golang-jwt's sentinel.
  [
    'jwt.Validate: validation failed: "exp" not satisfied: token is expired',
    'jwx.claim',
    'time.expired',
    { claim: 'exp' },
  ],
  [
    'jwt.Validate: validation failed: "nbf" not satisfied: token is not yet valid',
    'jwx.claim',
    'time.not-yet-valid',
    { claim: 'nbf' },
  ],
  // AadIssuerValidator's refusal, before and after it moved from Microsoft.Identity.Web (AzureAD/microsoft-identity-web
  // #1249) to Microsoft.IdentityModel.Validators (dotnet/aspnetcore#52283).
  [
    "SecurityTokenInvalidIssuerException: IDX40001: Issuer: 'https://contoso.b2clogin.com/5a1d2c3e/v2.0/', does not match any of the valid issuers provided for this application.",
    'identitymodel.IDX40001',
    'claim.iss-mismatch',
    { actual: 'https://contoso.b2clogin.com/5a1d2c3e/v2.0/' },
  ],
  [
    "IDW10303: Issuer: 'https://mrochonb2cprod.b2clogin.com/cf6c572c/v2.0/', does not match any of the valid issuers provided for this application. ",
    'identitymodel.IDW10303',
    'claim.iss-mismatch',
    { actual: 'https://mrochonb2cprod.b2clogin.com/cf6c572c/v2.0/' },
  ],
  [
    "SecurityTokenInvalidIssuerException: IDX40002: Microsoft.IdentityModel does not support a B2C issuer with 'tfp' in the URI. See https://aka.ms/ms-id-web/b2c-issuer for details. ",
    'identitymodel.IDX40002',
    'claim.iss-mismatch',
    { reason: 'b2c-tfp' },
  ],
  // php-jwt's ExpiredException message as tuupola/slim-jwt-auth's documented error handler hands it on (its #53).
  ['{"status":"error","message":"Expired token"}', 'php-jwt.expired', 'time.expired'],
];

// Round audit-ax: awslabs/aws-jwt-verify's words (src/jwt.ts, src/assert.ts, src/cognito-verifier.ts; awslabs/aws-jwt-verify#98).
const AWS_JWT_VERIFY_AX: Case[] = [
  [
    'JwtExpiredError: Token expired at 2026-05-28T14:00:00.000Z',
    'aws-jwt-verify.expired',
    'time.expired',
    { at: '2026-05-28T14:00:00.000Z' },
  ],
  [
    "JwtNotBeforeError: Token can't be used before 2026-05-28T15:00:00.000Z",
    'aws-jwt-verify.not-before',
    'time.not-yet-valid',
    { at: '2026-05-28T15:00:00.000Z' },
  ],
  [
    'CognitoJwtInvalidTokenUseError: Token use not allowed: id. Expected: access',
    'aws-jwt-verify.token-use',
    'token.id-token',
    { reason: 'token_use: id' },
  ],
  [
    'CognitoJwtInvalidTokenUseError: Token use not allowed: access. Expected: id',
    'aws-jwt-verify.token-use',
    'token.type-mismatch',
    { expected: ['id'], actual: 'access', claim: 'token_use' },
  ],
  [
    'CognitoJwtInvalidClientIdError: Client ID not allowed: 2bbbbbbbbbbbbbbbbbbbbbbbbb. Expected: 1irae6vkl1v4f8so6o09h787ev',
    'aws-jwt-verify.client-id',
    'claim.aud-mismatch',
    { actual: '2bbbbbbbbbbbbbbbbbbbbbbbbb', expected: ['1irae6vkl1v4f8so6o09h787ev'] },
  ],
  [
    'CognitoJwtInvalidClientIdError: Client ID ("audience") not allowed: 2bbbbbbbbbbbbbbbbbbbbbbbbb. Expected one of: 1aaa, 1bbb',
    'aws-jwt-verify.client-id-audience',
    'claim.aud-mismatch',
    { actual: '2bbbbbbbbbbbbbbbbbbbbbbbbb', expected: ['1aaa', '1bbb'] },
  ],
  [
    'JwtInvalidIssuerError: Issuer not allowed: https://cognito-idp.us-east-1.amazonaws.com/us-east-1_aaa. Expected: https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_bbb',
    'aws-jwt-verify.issuer',
    'claim.iss-mismatch',
    {
      actual: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_aaa',
      expected: ['https://cognito-idp.eu-west-1.amazonaws.com/eu-west-1_bbb'],
    },
  ],
  [
    'JwtInvalidAudienceError: Audience not allowed: api://a, api://b. Expected: api://orders',
    'aws-jwt-verify.audience',
    'claim.aud-mismatch',
    { actual: 'api://a, api://b', expected: ['api://orders'] },
  ],
  [
    'JwtInvalidScopeError: Missing Scope. Expected: read',
    'aws-jwt-verify.scope-missing',
    'scope.insufficient',
    { expected: ['read'] },
  ],
  [
    'JwtInvalidScopeError: Scope not allowed: openid, email. Expected one of: orders/read, orders/write',
    'aws-jwt-verify.scope',
    'scope.insufficient',
    { actual: 'openid, email', expected: ['orders/read', 'orders/write'] },
  ],
];

const CASES: Case[] = [
  ...MEDIA_AQ,
  ...SEARCH_AR,
  ...DATA_AR,
  ...BOTS_AO,
  ...SIGNED_AH,
  ...REALTIME_WW,
  ...MCP_ROWS,
  ...DATA_YY,
  ...REAL_RR,
  ...SAAS_QQ,
  ...CREDENTIAL_HELPERS,
  ...INTERACTION_CASES,
  ...REAL_B,
  ...AUTHZ403,
  ...CLIENTS2,
  ...CSRF,
  ...NODE,
  ...PYTHON,
  ...GO,
  ...JAVA,
  ...DOTNET,
  ...GATEWAYS,
  ...FRAMEWORKS,
  ...GO_JOSE,
  ...STACKS,
  ...IDENTITY,
  ...ROUND10,
  ...ROUND17A,
  ...SERVICES,
  ...FEDERATION,
  ...BOUND,
  ...INFRA,
  ...GW2,
  ...GW3,
  ...IDP4,
  ...IDP5,
  ...REAL_C,
  ...REAL_F,
  ...AUDIT_AM,
  ...REAL_G,
  ...REAL_H,
  ...REAL_I,
  ...REAL_J,
  ...REAL_K,
  ...KEYS_A,
  ...KEYS_B,
  ...KEYS_C,
  ...REAL_AA,
  ...REAL_GG,
  ...REAL_JJ,
  ...WEBHOOKS_VV,
  ...ACCESS_AC,
  ...AI_AD,
  ...CONTENT_AJ,
  ...DEV_TOOLS_AK,
  ...BACKENDS_AN,
  ...BROWSER_KEYS_AS,
  ...SERVICE_ENABLEMENT_HH,
  ...NAMED_AU,
  ...AWS_JWT_VERIFY_AX,
];

describe('matchVerifierMessages: one real line per matcher', () => {
  it.each(CASES)('%s', (line, id, code, args = {}) => {
    const hits = matchVerifierMessages(line);
    expect(hits.map((h) => h.id)).toEqual([id]);
    const [hit] = hits;
    expect(hit).toMatchObject({ id, code, library: id.slice(0, id.indexOf('.')) });
    expect(hit?.args).toEqual(args);
    // The fragment is inside the line and holds the text the row was written for.
    expect(hit?.start).toBeGreaterThanOrEqual(0);
    expect(hit?.end).toBeLessThanOrEqual(line.length);
    expect(hit?.end).toBeGreaterThan(hit?.start ?? 0);
  });

  it('covers every matcher with at least one line', () => {
    const tested = new Set(CASES.map(([, id]) => id));
    const untested = [...new Set(MATCHERS.map((m) => m.id))].filter((id) => !tested.has(id));
    expect(untested).toEqual([]);
  });

  it('counts its rows per library', () => {
    const counts = countVerifierMatchers();
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(MATCHERS.length);
    expect(counts.identitymodel).toBeGreaterThan(20);
  });
});

describe('matchVerifierMessages: one fragment, one hit', () => {
  it('names the class, not the message, for TokenExpiredError: jwt expired', () => {
    expect(matchVerifierMessages('TokenExpiredError: jwt expired')).toEqual([
      {
        code: 'time.expired',
        library: 'jsonwebtoken',
        id: 'jsonwebtoken.TokenExpiredError',
        start: 0,
        end: 30,
        args: {},
      },
    ]);
  });

  it('keeps two separate messages apart, in order of position', () => {
    const text = 'TokenExpiredError: jwt expired\n2026-05-28 WARN retry\nTokenExpiredError: jwt expired';
    const hits = matchVerifierMessages(text);
    expect(hits.map((h) => [h.id, text.slice(h.start, h.end)])).toEqual([
      ['jsonwebtoken.TokenExpiredError', 'TokenExpiredError: jwt expired'],
      ['jsonwebtoken.TokenExpiredError', 'TokenExpiredError: jwt expired'],
    ]);
  });

  it('reads each cause of a joined ASP.NET error_description', () => {
    const hits = matchVerifierMessages(
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The audience \'api://x\' is invalid; The signature key was not found"',
    );
    expect(hits.map((h) => h.code)).toEqual(['claim.aud-mismatch', 'key.kid-unknown']);
  });

  it('finds messages in a whole paste, each once', () => {
    const paste = [
      '$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln"',
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The token expired at \'05/28/2026 14:02:11\'"',
      '',
      'and in the API log:',
      'fail: Microsoft.AspNetCore.Authentication.JwtBearer.JwtBearerHandler[1]',
      '      Exception occurred while processing message.',
      "      Microsoft.IdentityModel.Tokens.SecurityTokenExpiredException: IDX10223: Lifetime validation failed. The token is expired. ValidTo (UTC): '05/28/2026 14:02:11', Current time (UTC): '05/28/2026 14:10:00'.",
      '         at Microsoft.IdentityModel.Tokens.Validators.ValidateLifetime(Nullable`1 notBefore, Nullable`1 expires)',
    ].join('\n');
    const hits = matchVerifierMessages(paste);
    expect(hits.map((h) => [h.id, h.code, h.args.at])).toEqual([
      ['aspnetcore.expired-at', 'time.expired', '05/28/2026 14:02:11'],
      ['identitymodel.IDX10223', 'time.expired', '05/28/2026 14:02:11'],
    ]);
  });
});

describe('matchVerifierMessages: catches not', () => {
  it.each([
    ['prose about a cookie', 'the cookie expired yesterday, so the session ended'],
    // Round left-hh: a state named SERVICE_DISABLED in another product's enum, Google's words cut short.
    ['another product’s SERVICE_DISABLED state', 'worker state=SERVICE_DISABLED, restarting in 5s'],
    ['a project not yet used, no disabled API', 'This key has not been used in project alpha yet.'],
    ['prose about a budget', 'we blew through the invalid token budget for this sprint'],
    ['prose about a contract', 'the signature of the contract is due on Friday'],
    ['prose that mentions a jwt', 'my jwt expired and I had to log in again'],
    ['prose with a message-like phrase inside', 'The mobile app shows an invalid signature screen'],
    // Round audit-ac: near misses of the access layers' and Google's verifiers' words.
    ['a refusal while connecting, not Teleport’s', 'access denied to root while connecting to db-1'],
    ['a client connecting, with no refusal', 'INFO connecting to proxy.example.com:3023'],
    ['OpenSSH’s refusal by another method', 'git@github.com: Permission denied (publickey).'],
    ['an app’s own expiry words', 'Token expired, please sign in again'],
    // Round audit-au: PyJWT's and php-jwt's words where they are a form's or prose's.
    ['a form’s validation message', "'subject.string' => __('Subject must be a string'),"],
    ['an expiry in prose, not a JSON message', 'Expired token again, I will refresh it'],
    ['another IDX40001-like sentence with no validator words', "IDW10303: Issuer: 'x' was logged for audit"],
    ['an expiry with one number', 'Token expired, 1716905000'],
    ['a comparison of other things', 'Expected audience size did not match the forecast'],
    ['a generic gateway body', '{"message":"Unauthorized"}'],
    ['a generic forbidden body', '{"message":"Forbidden"}'],
    ['a default error_description', 'Bearer realm="api", error="invalid_token", error_description="Invalid Token"'],
    ['a bare challenge', 'WWW-Authenticate: Bearer error="insufficient_scope", scope="read:orders"'],
    ['a wrapper with nothing inside', 'An error occurred while attempting to decode the Jwt: '],
    ['golang-jwt’s wrapper alone', 'token has invalid claims: '],
    ['a JSON key that is not Kong’s claim object', '{"status":"token expired"}'],
    ['the words of tymon’s JWTException without its class', 'the app said Token not provided, so I added the header'],
    ['an app’s own lower-case words, not Lexik’s', '{"message":"Invalid JWT token"}'],
    ['Lexik’s words in prose', 'Symfony says Expired JWT Token after an hour, how do I refresh?'],
    ['AppSync’s words with no error type', '{"message":"You are not authorized to make this call."}'],
    ['Firestore’s words in another case', 'missing or insufficient permissions. check the rules'],
    ['an empty string', ''],
    // Round "infra": the same words where the product did not say them.
    ['prose about a claim', 'the claim was not found in token storage, so we retried'],
    ['a bound claim that does not match, not one that is missing', '* error validating claims: claim "ref" is set'],
    [
      'a client failing discovery, not a verifier',
      'Failed to query provider "https://dex.acme-corp.com": 404 Not Found',
    ],
    ['a config key named like Grafana’s error', 'set jwt.invalid=true in the test fixture'],
    ['an unrelated required claim', 'oidc: required claim checks are described in the docs'],
    // Round audit-mcp: a token exchange's 401 with no MCP client named, another client id's words, another status.
    ['another client’s token exchange', 'Shopify token exchange failed: HTTP 401'],
    ['the MCP SDK’s token exchange failing on the server’s side', 'mcp-remote: Token exchange failed: HTTP 500'],
    ['another status under the SDK’s words', 'HTTP 500: Invalid OAuth error response: SyntaxError: Unexpected token'],
    [
      'another app’s resource metadata, no status',
      'kasLogger.error("Failed to fetch resource metadata", { requestId })',
    ],
    ['the SDK’s words with no status before them', 'Error while trying to load well-known OAuth metadata'],
    ['a client id found', "Client ID 'c24c4da9' found in cache"],
    ['an unrecognized client_id with no Supabase near', '{"message":"Unrecognized client_id"}'],
    // Round audit-ao: another API's error_code, Telegram's 400s, and "invalid token" with no Trello near.
    ['another API’s error_code 401', '{"error_code":401,"message":"Unauthorized"}'],
    [
      'Telegram’s 400, not a refused token',
      '{"ok":false,"error_code":400,"description":"Bad Request: chat not found"}',
    ],
    ['a bare invalid key with no Trello named', 'invalid key at https://api.example.com/v1/items (HTTP status: 401)'],
    ['Google’s words in a sentence', 'The log said Request had insufficient authentication scopes. again'],
    ['another site’s api-errors fragment', '{"type":"https://docs.example.com/api-errors#unauthorized"}'],
    ['another SDK’s Request exception', 'Acme\\Client\\Exception\\Request: Unauthorized'],
    ['another claim named in Box’s words', "Please check the 'foo' claim in the docs"],
    ['the words without Figma’s scope list before them', 'This endpoint requires the admin:write scope'],
    ['prose about a blocked bot', 'the bot was blocked by the user, so we stopped sending'],
  ])('%s', (_, text) => {
    expect(matchVerifierMessages(text)).toEqual([]);
  });

  it('ignores a headers-and-token paste with no verifier text', () => {
    const paste = [
      '$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImFjbWUtMjAyNi0wNSJ9.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmNvbS8iLCJzdWIiOiJhdXRoMHw2NjUwZjFjMmE5ZDNlNGI1YzZkN2U4ZjkiLCJhdWQiOlsiaHR0cHM6Ly9hcGkuYWNtZS1jb3JwLmNvbSJdLCJpYXQiOjE3Nzk5NzMzMzEsImV4cCI6MTc3OTk3NjkzMX0.IUAJDcOinQhqqpBqrnI7DN3tJpbrIdKpvC8ciqQEVWLmo5Rh4dHxhFmKY14riNm3Oykx"',
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      'WWW-Authenticate: Bearer realm="orders", error="invalid_token", error_description="The access token expired"',
      '{"error":"invalid_token","message":"Unauthorized"}',
    ].join('\n');
    expect(matchVerifierMessages(paste)).toEqual([]);
  });

  it('requires a word boundary around identifiers', () => {
    expect(matchVerifierMessages('MyTokenExpiredErrorHandler registered')).toEqual([]);
    expect(matchVerifierMessages('IDX102230 is not a code')).toEqual([]);
  });
});

describe('matchVerifierMessages: speed', () => {
  const base64 = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_';
  function randomText(length: number): string {
    // A fixed LCG: the same "random" text every run, with spaces, punctuation and line breaks.
    const alphabet = `${base64} .,:;"'{}[]()\n`;
    let x = 12345;
    let out = '';
    while (out.length < length) {
      x = (x * 1103515245 + 12345) & 0x7fffffff;
      out += alphabet[x % alphabet.length];
    }
    return out;
  }

  /** The faster of two runs: a loaded CI machine can stall one of them. */
  function timed(text: string): { ms: number; hits: number } {
    let ms = Number.POSITIVE_INFINITY;
    let hits = 0;
    for (let run = 0; run < 2; run++) {
      const t0 = performance.now();
      hits = matchVerifierMessages(text).length;
      ms = Math.min(ms, performance.now() - t0);
    }
    return { ms, hits };
  }

  // Loose bounds: they catch a quadratic regression, not a slow CI machine.
  it('scans 1 MB of random text in well under a second', () => {
    expect(timed(randomText(1 << 20)).ms).toBeLessThan(1000);
  });

  it('scans 1 MB of repeated "jwt expired " in well under a second', () => {
    expect(timed('jwt expired '.repeat((1 << 20) / 12)).ms).toBeLessThan(1000);
  });

  it('scans a 1 MB single line full of messages in well under a second', () => {
    const line =
      '{"msg":"TokenExpiredError: jwt expired","err":"IDX10503: Signature validation failed. Token does not have a kid."} ';
    const { ms, hits } = timed(line.repeat(Math.ceil((1 << 20) / line.length)));
    expect(hits).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(1000);
  });

  it('takes microseconds, not milliseconds, on a 2 KB paste with no messages', () => {
    let paste = randomText(1200);
    while (paste.length < 2048) paste += ' The gateway forwards the bearer token to the orders service unchanged.';
    for (let i = 0; i < 200; i++) matchVerifierMessages(paste);
    // Best of five batches, for the same reason as `timed`.
    let perCallUs = Number.POSITIVE_INFINITY;
    for (let batch = 0; batch < 5; batch++) {
      const t0 = performance.now();
      for (let i = 0; i < 400; i++) matchVerifierMessages(paste);
      perCallUs = Math.min(perCallUs, ((performance.now() - t0) / 400) * 1000);
    }
    expect(perCallUs).toBeLessThan(100);
  });
});
