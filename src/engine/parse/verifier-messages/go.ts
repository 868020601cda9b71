/**
 * Go verifiers: golang-jwt v4/v5 (errors.go, validator.go; sentinels are its stable part), coreos/go-oidc
 * (oidc/verify.go, oidc/jwks.go), lestrrat-go/jwx (jwt/validate.go) and go-jose (square/go-jose v2, then
 * go-jose/go-jose: jwt/validation.go's Err* values, shared.go's ErrCryptoFailure).
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import {
  ALONE,
  CLASS,
  capture,
  claimMissing,
  claimViolated,
  compact,
  extending,
  family,
  goQuoted,
  LEADING,
  textBefore,
} from './matcher.js';

const gj = family('golang-jwt');
const oidc = family('go-oidc');
const jwx = family('jwx');
const goJose = family('go-jose');
const goSpiffe = family('go-spiffe');

/**
 * go-oidc's `expected %q got %q`, where either side may be a slice. The Kubernetes API server's structured
 * authentication checks the audience itself and says `expected audience in %q got %q` (its oidc.go verifyAudience).
 */
function expectedGot(f: Fragment): Reading {
  // Undo JSON escaping once, so offsets within `after` stay consistent.
  const after = f.after(400).replace(/\\"/g, '"');
  const lead = after.startsWith('in [') ? 3 : 0;
  const expected = goQuoted(after.slice(lead));
  if (!expected) return {};
  const rest = after.slice(lead + expected.length);
  const got = rest.startsWith(' got ') ? goQuoted(rest.slice(5)) : undefined;
  const actual = got?.values.join(', ');
  return {
    args: compact({ expected: expected.values, actual }),
    extend: lead + expected.length + (got ? got.length + 5 : 0),
  };
}

/** jwx: `"exp" not satisfied`, or `"exp" not satisfied: required claim not found`. */
function jwxClaim(f: Fragment): Reading | null {
  const claim = capture(f.before(40), /\\?"([A-Za-z0-9_:.-]+)\\?$/);
  if (claim === undefined) return null;
  return /^: required claim not found/.test(f.after(40)) ? claimMissing(claim) : claimViolated(claim);
}

/** The `message` of a SimpleJWT `messages` entry, after its `token_type` (frameworks.ts reads the entry). */
const SIMPLEJWT_MESSAGE =
  /token_type['"]?\s*:[^\n]{0,80}\n?[^\n]{0,60}?message['"]?\s*:\s*(?:ErrorDetail\(string=)?['"]$/;

/**
 * Not right after jwx's `"exp" not satisfied: ` (lestrrat-go/jwx jwt/errors.go, v2 and v3), nor as the reason of a
 * SimpleJWT 5.5 `messages` entry ("Token is expired"): those rows read them, and the library is theirs.
 */
function notAfterJwxVerdict(f: Fragment): Reading | null {
  if (f.before(16).endsWith('not satisfied: ')) return null;
  return SIMPLEJWT_MESSAGE.test(textBefore(f, 200)) ? null : {};
}

/** go-spiffe's `expected audience in ["…"] (audience=["…"])`: the audiences it wanted, then the token's. */
function spiffeAudience(f: Fragment): Reading {
  const after = f.after(600).replace(/\\"/g, '"');
  const expected = goQuoted(after);
  if (!expected) return {};
  const rest = after.slice(expected.length);
  const got = rest.startsWith(' (audience=') ? goQuoted(rest.slice(11)) : undefined;
  return {
    args: compact({ expected: expected.values, actual: got?.values.join(', ') }),
    extend: expected.length + (got ? got.length + 12 : 0),
  };
}

export const GO: readonly Matcher[] = [
  // go-spiffe's JWT-SVID validation (v2/svid/jwtsvid/svid.go; its svid_test.go asserts each), as a workload's server
  // logs it ("Invalid token: jwtsvid: expected audience in [\"spiffe://example.org/server\"]
  // (audience=[\"spiffe://example.org/client\"])", spiffe/go-spiffe#127's example README): the SVID was minted for
  // another audience, has expired, has no kid, or is signed with an algorithm JWT-SVIDs may not use.
  goSpiffe('audience', 'claim.aud-mismatch', 'jwtsvid: expected audience in ', { read: spiffeAudience }),
  goSpiffe('expired', 'time.expired', 'jwtsvid: token has expired'),
  goSpiffe('missing-kid', 'key.kid-missing', 'jwtsvid: token header missing key id'),
  goSpiffe('unsupported-alg', 'alg.not-allowed', 'jwtsvid: unsupported token signature algorithm'),
  // golang-jwt wraps claim failures as "token has invalid claims: <sentinel>[, <sentinel>]"; the
  // wrapper carries no cause, so each sentinel is matched on its own.
  // jwx ends its own verdicts with the same words (`"exp" not satisfied: token is expired`, jwt/errors.go): its row
  // reads those, and the library is jwx's.
  gj('ErrTokenExpired', 'time.expired', 'token is expired', { ...CLASS, ...LEADING, read: notAfterJwxVerdict }),
  gj('ErrTokenNotValidYet', 'time.not-yet-valid', 'token is not valid yet', {
    ...CLASS,
    ...LEADING,
    read: notAfterJwxVerdict,
  }),
  gj('ErrTokenUsedBeforeIssued', 'time.issued-in-future', 'token used before issued', { ...CLASS, ...LEADING }),
  gj('ErrTokenInvalidAudience', 'claim.aud-mismatch', 'token has invalid audience', { ...CLASS, ...LEADING }),
  gj('ErrTokenInvalidIssuer', 'claim.iss-mismatch', 'token has invalid issuer', { ...CLASS, ...LEADING }),
  gj('ErrTokenInvalidSubject', 'claim.required-missing', 'token has invalid subject', {
    ...CLASS,
    ...LEADING,
    args: { claim: 'sub', reason: 'mismatch' },
  }),
  gj('ErrTokenRequiredClaimMissing', 'claim.required-missing', 'token is missing required claim', {
    ...CLASS,
    ...LEADING,
    read: (f) => {
      const m = /^: ([A-Za-z0-9_]+) claim is required/.exec(f.after(60));
      return m?.[1] === undefined ? {} : extending(claimMissing(m[1]), m[0].length);
    },
  }),
  // "token signature is invalid: signing method RS256 is invalid" is an alg outside WithValidMethods;
  // any other detail (HMAC mismatch, crypto/rsa: verification error) is a bad signature.
  gj('ErrTokenSignatureInvalid', 'signature.invalid', 'token signature is invalid', {
    ...CLASS,
    ...LEADING,
    refinable: true,
    read: (f) => {
      const m = /^: signing method ([A-Za-z0-9-]+) is invalid/.exec(f.after(60));
      return m?.[1] ? { code: 'alg.not-allowed', args: { alg: m[1] }, extend: m[0].length } : {};
    },
  }),
  gj('ErrTokenUnverifiable', 'key.kid-unknown', 'token is unverifiable', { ...CLASS, ...LEADING, refinable: true }),
  gj('keyfunc-error', 'key.kid-unknown', 'error while executing keyfunc'),
  gj('empty-key-set', 'key.kid-unknown', 'keyfunc returned empty verification key set'),
  gj('alg-unavailable', 'alg.not-allowed', 'signing method (alg) is unavailable'),
  gj('alg-unspecified', 'alg.not-allowed', 'signing method (alg) is unspecified'),
  gj('none-not-allowed', 'alg.none', "'none' signature type is not allowed"),
  gj('ErrTokenMalformed', 'token.malformed', 'token is malformed', { ...CLASS, ...LEADING }),
  gj('segments', 'token.malformed', 'token contains an invalid number of segments'),
  // parser.go (v3.2 to v5): a token string whose header does not decode and that begins with "bearer " (any case) gets
  // this in place of the base64 error, ValidationErrorMalformed / ErrTokenMalformed: the caller handed over the whole
  // header value, or the header said Bearer twice. API Gateway's HTTP API JWT authorizer strips one "Bearer " and passes
  // golang-jwt's words on in its challenge (aws/serverless-application-model#1300).
  gj('bearer-prefix', 'authz-header.double-prefix', "tokenstring should not contain 'bearer '"),
  gj('ErrInvalidKeyType', 'verifier.misconfigured', 'key is of invalid type', CLASS),
  gj('ErrSignatureInvalid', 'signature.invalid', 'signature is invalid', ALONE),
  gj('rsa-verification', 'signature.invalid', 'crypto/rsa: verification error'),
  gj('ecdsa-verification', 'signature.invalid', 'crypto/ecdsa: verification error'),
  gj('ed25519-verification', 'signature.invalid', 'ed25519: verification error'),

  oidc('expired', 'time.expired', 'oidc: token is expired', {
    read: (f) => ({ args: compact({ at: capture(f.after(80), /^ \(Token Expiry: ([^)]+)\)/) }) }),
  }),
  oidc('nbf', 'time.not-yet-valid', 'before the nbf (not before) time'),
  oidc('issuer', 'claim.iss-mismatch', 'oidc: id token issued by a different provider, expected ', {
    read: expectedGot,
  }),
  // NewProvider's check of the discovery document, before any token (coreos/go-oidc#245, #250: "oidc: issuer did not
  // match the issuer returned by provider, expected %q got %q"): the issuer URL the verifier was set up with is not the
  // one its /.well-known/openid-configuration names (Entra's /organizations or /common, a realm behind a proxy).
  oidc('discovery-issuer', 'verifier.misconfigured', 'oidc: issuer did not match the issuer returned by provider'),
  oidc('audience', 'claim.aud-mismatch', 'oidc: expected audience ', { read: expectedGot }),
  oidc('algorithm', 'alg.not-allowed', 'oidc: id token signed with unsupported algorithm, expected ', {
    read: (f) => {
      const r = expectedGot(f);
      // Object.assign, not a spread copy gaining `alg` (V8's slow path on Node 20: see extending).
      return r.args?.actual ? { ...r, args: Object.assign({}, r.args, { alg: r.args.actual }) } : r;
    },
  }),
  // Returned both when no key has the token's kid (after a refresh) and when none verifies it.
  oidc('signature', 'signature.invalid', 'failed to verify id token signature', {
    args: { reason: 'key-or-signature' },
  }),
  oidc('not-signed', 'alg.none', 'oidc: id token not signed'),
  oidc('malformed', 'token.malformed', 'oidc: malformed jwt'),
  oidc('jwks-fetch', 'key.jwks-unavailable', 'oidc: get keys failed'),
  oidc('jwks-decode', 'key.jwks-unavailable', 'oidc: failed to decode keys'),

  jwx('claim', 'claim.required-missing', '" not satisfied', { read: jwxClaim }),
  // jwx v1 wrote the claim unquoted: "exp not satisfied".
  jwx('claim-v1', 'claim.required-missing', ' not satisfied', {
    read: (f) => {
      const claim = capture(f.before(12), /(?:^|[^\w"])(exp|nbf|iat|aud|iss|sub|jti)$/);
      return claim === undefined ? null : claimViolated(claim);
    },
  }),
  jwx('no-key-verified', 'signature.invalid', 'could not verify message using any of the signatures or keys', {
    args: { reason: 'key-or-signature' },
  }),
  jwx('kid-not-found', 'key.kid-unknown', 'failed to find key with key ID ', {
    read: (f) => {
      const q = goQuoted(f.after(200).replace(/\\"/g, '"'));
      return { args: compact({ kid: q?.values[0] }), extend: q?.length ?? 0 };
    },
  }),
  // jwt.Claims.Validate's errors, prefixed `square/go-jose/jwt: ` (v2) or `go-jose/go-jose/jwt: ` (v3, v4), as SPIRE,
  // Pomerium, Nomad and LiveKit print them; golang-jwt's "token is expired" inside them is not golang-jwt's. The
  // iat error says "validation field" in the library's own text.
  goJose('ErrExpired', 'time.expired', 'jwt: validation failed, token is expired (exp)'),
  goJose('ErrNotValidYet', 'time.not-yet-valid', 'jwt: validation failed, token not valid yet (nbf)'),
  goJose('ErrInvalidAudience', 'claim.aud-mismatch', 'jwt: validation failed, invalid audience claim (aud)'),
  goJose('ErrIssuedInTheFuture', 'time.issued-in-future', 'jwt: validation field, token issued in the future (iat)'),
  // The expected-value checks (square/go-jose jwt/errors.go ErrInvalidIssuer, ErrInvalidSubject, ErrInvalidID), as Vault's
  // and Consul's JWT auth methods print them after "error validating claims: " (their bound_issuer and bound_subject
  // through jwt.Expected; go-sso's oidcauth tests assert the issuer's) and smallstep's provisioners after "invalid token: ".
  goJose('ErrInvalidIssuer', 'claim.iss-mismatch', 'jwt: validation failed, invalid issuer claim (iss)'),
  goJose('ErrInvalidSubject', 'claim.required-missing', 'jwt: validation failed, invalid subject claim (sub)', {
    args: { claim: 'sub', reason: 'mismatch' },
  }),
  goJose('ErrInvalidID', 'claim.required-missing', 'jwt: validation failed, invalid ID claim (jti)', {
    args: { claim: 'jti', reason: 'mismatch' },
  }),
  // ErrCryptoFailure, the signature not verifying with the key given: `square/go-jose: …` (v2) and `go-jose/go-jose: …`
  // (v3, v4: the Kubernetes API server's `[invalid bearer token, go-jose/go-jose: error in cryptographic primitive]`).
  goJose('ErrCryptoFailure', 'signature.invalid', 'go-jose: error in cryptographic primitive'),
  // JSONWebKey.UnmarshalJSON refusing a key whose kty it does not know (jwk.go, `square/go-jose: unknown json web key type
  // '%s'`): only a key set is parsed into JSONWebKeys, so the verifier's JWKS holds a key it cannot read, or is not a key
  // set at all (KrakenD's validator logs it for a jwk_url answering a set with an empty kty, krakend/krakend-ce#637).
  goJose('unknown-kty', 'key.jwks-unavailable', "go-jose: unknown json web key type '"),
];
