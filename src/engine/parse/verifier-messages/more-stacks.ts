/**
 * Stacks beyond Node, Python, Go, Java, .NET, Ruby, PHP and Rust, in the words their JWT libraries return or raise:
 * Elixir's Guardian and Joken (their error tuples, as Phoenix apps log them with `inspect`), Scala's jwt-scala
 * (pdi.jwt, Play's usual verifier) and play-silhouette's JWT authenticator, warden-jwt_auth (devise-jwt's strategy, Ruby), Swift's vapor/jwt-kit (4.x,
 * whose JWTError Vapor answers as `{"error":true,"reason":…}`), and Micronaut Security's claim validators (Kotlin
 * and Java services log them at DEBUG / TRACE; the 401 itself says nothing).
 *
 * Elixir atoms are matched with their leading colon, and only where a word does not run into it.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CLASS, CODE, capture, claimViolated, compact, extending, family, namedNear } from './matcher.js';
import type { RowCode } from './row-codes.js';

const guardian = family('guardian');
const joken = family('joken');
const scala = family('jwt-scala');
const silhouette = family('play-silhouette');
const warden = family('warden-jwt_auth');
const jwtKit = family('jwt-kit');
const micronaut = family('micronaut-security');
const dartJwt = family('dart_jsonwebtoken');
const hsJose = family('hs-jose');
const mojoJwt = family('mojo-jwt');
const pac4j = family('pac4j');
const buddy = family('buddy-sign');

/** An Elixir atom (`:token_expired`) standing on its own, not the tail of a word (`error:token_expired`) or a string. */
function atom(f: Fragment): Reading | null {
  return /[A-Za-z0-9_"']$/.test(f.before(1)) ? null : {};
}

/**
 * Joken's `[message: "Invalid token", claim: "exp", claim_val: …]`: the claim whose validation failed, and for iss and
 * aud the token's own value, which claim_val is (lib/joken.ex validate: `{:error, message: "Invalid token", claim: key,
 * claim_val: claim_val}` with the value it read from the claims). Only a quoted string is read (inspect's form of an
 * Elixir string): an aud list or a number stays unread.
 */
function jokenClaim(f: Fragment): Reading | null {
  const claim = capture(f.after(40), /^([A-Za-z0-9_:.-]{1,40})"/);
  if (claim === undefined) return null;
  const reading = extending(claimViolated(claim), claim.length + 1);
  if (claim !== 'iss' && claim !== 'aud') return reading;
  const value = capture(f.after(claim.length + 360), /^[A-Za-z0-9_:.-]{1,40}", claim_val: "([^"\\\n]{1,300})"/);
  // Object.assign, not a spread copy gaining `actual` (V8's slow path on Node 20: see extending).
  return value === undefined ? reading : { ...reading, args: Object.assign({}, reading.args, { actual: value }) };
}

/** The claims whose jwt-kit 4.x checks throw claimVerificationFailure (Claims/ExpirationClaim, NotBeforeClaim, AudienceClaim). */
const JWT_KIT_CLAIMS: ReadonlySet<string> = new Set(['exp', 'nbf', 'aud']);

/**
 * jwt-kit 4.x's `claimVerificationFailure(name:reason:)`, described as `"\(name) claim verification failed: \(reason)"`:
 * the claim precedes the match, the reason follows (`expired`, `too soon`, `not intended for <audience>`).
 */
function jwtKitClaim(f: Fragment): Reading | null {
  const claim = capture(f.before(40), /(?:^|[^A-Za-z0-9_])([a-z_]{2,16}) $/);
  if (claim === undefined || !JWT_KIT_CLAIMS.has(claim)) return null;
  const reading = claimViolated(claim);
  if (claim !== 'aud') return reading;
  const audience = capture(f.after(200), /^not intended for ([^"\\\s,]+)/);
  // Object.assign, not a spread copy gaining `expected` (V8's slow path on Node 20: see extending).
  return { ...reading, args: Object.assign({}, reading.args, compact({ expected: audience ? [audience] : [] })) };
}

/** jwt-kit 5's claim types (Claims/*.swift), as JWTError's description names its failedClaim. */
const JWT_KIT_5_CLAIMS: Readonly<Record<string, 'exp' | 'nbf' | 'aud' | 'iss'>> = {
  ExpirationClaim: 'exp',
  NotBeforeClaim: 'nbf',
  AudienceClaim: 'aud',
  IssuerClaim: 'iss',
};

/**
 * jwt-kit 5's `JWTKitError(errorType: claimVerificationFailure, failedClaim: JWTKit.ExpirationClaim(value: …),
 * reason: "expired")`: the claim is named by its type, which follows the match.
 */
function jwtKit5Claim(f: Fragment): Reading | null {
  const type = capture(f.after(40), /^([A-Za-z]{8,20})\(/);
  const claim = type === undefined ? undefined : JWT_KIT_5_CLAIMS[type];
  if (claim === undefined) return null;
  const reading = claimViolated(claim);
  if (claim !== 'exp' && claim !== 'nbf') return reading;
  // The refused claim's Date as Swift describes it, UTC with its offset (`ExpirationClaim(value: 2026-05-28 13:02:11
  // +0000)`, the JWTKitTests description): the moment, so the report says how long ago.
  const at = capture(f.after(80), JWT_KIT_5_DATE);
  // Object.assign, not a spread copy gaining `at` (V8's slow path on Node 20: see extending).
  return at === undefined ? reading : { ...reading, args: Object.assign({}, reading.args, { at }) };
}

const JWT_KIT_5_DATE = /^[A-Za-z]{8,20}\(value: (\d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d{4})\)/;

/** buddy-sign's ex-data causes (buddy.sign.jwt validate-claims; jws's signature check) and the codes they mean. */
const BUDDY_CAUSES: Readonly<Record<string, RowCode>> = {
  exp: 'time.expired',
  nbf: 'time.not-yet-valid',
  iat: 'time.issued-in-future',
  iss: 'claim.iss-mismatch',
  aud: 'claim.aud-mismatch',
  signature: 'signature.invalid',
};

/**
 * The ex-data of buddy-sign's refusal, `{:type :validation, :cause :exp}` as Clojure prints an ExceptionInfo (the
 * comma is the printer's, absent where a test writes the map): the cause names the check. Another cause (`:header`,
 * `:max-age`) stays unread.
 */
function buddyCause(f: Fragment): Reading | null {
  const m = /^,?\s+:cause\s+:([a-z-]{3,10})\b/.exec(f.after(40));
  const code = m?.[1] === undefined ? undefined : BUDDY_CAUSES[m[1]];
  if (code === undefined) return null;
  const extend = (m as RegExpExecArray)[0].length;
  if (code !== 'time.expired') return { code, extend };
  // Its message states the exp it refused, in epoch seconds: `Token is expired (1779970000)` (validate-claims'
  // `(str "Token is expired (" exp ")")`, as a consumer's spec asserts it), right before the ex-data.
  const at = capture(f.before(60), /Token is expired \((\d{9,11})\) ?\{$/);
  return at === undefined ? { code, extend } : { code, args: { at }, extend };
}

/** Micronaut's `'<expected>', but found '<actual>' instead.` / `', but the token did not include an issuer.` */
function micronautIssuer(f: Fragment): Reading | null {
  const m = /^'([^']{1,300})', but (?:found '([^']{0,300})' instead|the token did not include an issuer)/.exec(
    f.after(700),
  );
  if (!m?.[1]) return null;
  const code = m[2] === undefined ? 'claim.iss-missing' : 'claim.iss-mismatch';
  return { code, args: compact({ claim: 'iss', expected: [m[1]], actual: m[2] }), extend: m[0].length };
}

export const MORE_STACKS: readonly Matcher[] = [
  // ueberauth/guardian lib/guardian/token/jwt/verify.ex (verify_claim: {:error, :token_expired}, {:error,
  // :token_not_yet_valid}, {:error, :invalid_issuer}); its plugs hand them to the app's ErrorHandler as
  // {:invalid_token, :token_expired}, which Phoenix apps log with inspect.
  guardian('token_expired', 'time.expired', ':token_expired', { ...CODE, read: atom }),
  guardian('token_not_yet_valid', 'time.not-yet-valid', ':token_not_yet_valid', { ...CODE, read: atom }),
  guardian('invalid_issuer', 'claim.iss-mismatch', ':invalid_issuer', { ...CODE, read: atom }),

  // joken-elixir/joken: verify_and_validate's {:error, [message: "Invalid token", claim: "exp", claim_val: …]} (its
  // tests, and Phoenix apps matching on it), and Joken.verify's {:error, :signature_error} (test/joken_test.exs).
  joken('claim', 'claim.required-missing', 'message: "Invalid token", claim: "', { read: jokenClaim }),
  joken('signature_error', 'signature.invalid', ':signature_error', { ...CODE, read: atom }),

  // jwt-scala/jwt-scala core/shared/src/main/scala/JwtException.scala: "The token is expired since " + the date,
  // "The token will only be valid after " + the date; the classes are pdi.jwt.exceptions.*, as a Try's Failure prints.
  scala('JwtExpirationException', 'time.expired', 'JwtExpirationException', CLASS),
  scala('JwtNotBeforeException', 'time.not-yet-valid', 'JwtNotBeforeException', CLASS),
  scala('not-before', 'time.not-yet-valid', 'The token will only be valid after '),
  // mohiva/play-silhouette JWTAuthenticator.scala unserialize: a JWT whose HS256 MAC does not verify with the shared
  // secret throws IllegalArgumentException("Fraudulent JWT token: " + str), logged at INFO under "[Silhouette]
  // [jwt-authenticator] Error on parsing JWT token: …" (which wraps every parse failure and so names no cause).
  silhouette('fraudulent', 'signature.invalid', 'Fraudulent JWT token: '),

  // waiting-for-dev/warden-jwt_auth lib/warden/jwt_auth/errors.rb: RevokedToken < JWT::DecodeError, raised by
  // TokenDecoder / UserDecoder for a token its revocation strategy (devise-jwt's denylist, JTIMatcher) revoked.
  warden('RevokedToken', 'token.revoked', 'Warden::JWTAuth::Errors::RevokedToken', CLASS),
  // devise-jwt's 401 for that error, through Devise's failure app: `{"error": "revoked token"}`
  // (waiting-for-dev/devise-jwt#135: a token the user had logged out of). Only as that reply's value.
  warden('revoked-reply', 'token.revoked', 'revoked token', {
    exactCase: true,
    read: (f) => (/"error"\s*:\s*"$/.test(f.before(24)) && f.after(4).startsWith('"') ? {} : null),
  }),

  // vapor/jwt-kit 4.x Sources/JWTKit/JWTError.swift and Claims/*.swift: ExpirationClaim "expired", NotBeforeClaim
  // "too soon", AudienceClaim "not intended for <audience>"; Vapor answers {"error":true,"reason":"exp claim verification
  // failed: expired"} (a Vapor API's documented 401, and an app's XCTest asserting that body).
  jwtKit('claim', 'claim.required-missing', 'claim verification failed: ', { read: jwtKitClaim }),
  // jwt-kit 5 (vapor/jwt-kit Tests/JWTKitTests/JWTKitTests.swift jwtErrorDescription): the error describes itself as
  // `JWTKitError(errorType: claimVerificationFailure, failedClaim: JWTKit.ExpirationClaim(value: …), reason: "…")`, the
  // words Vapor answers with since its JWT 5; `JWTKitError(errorType: signatureVerificationFailed)` for a signature its
  // key set does not verify.
  jwtKit('claim-5', 'claim.required-missing', 'errorType: claimVerificationFailure, failedClaim: JWTKit.', {
    ...CODE,
    read: jwtKit5Claim,
  }),
  jwtKit('signature-5', 'signature.invalid', 'errorType: signatureVerificationFailed', CODE),

  // jonasroussel/dart_jsonwebtoken lib/src/exceptions.dart: each exception prints as `<Class>: <message>`, and JWT.verify
  // (lib/src/jwt.dart) throws JWTExpiredException ("jwt expired"), JWTNotActiveException ("jwt not active") and
  // JWTInvalidException with the check that failed; a token that does not decode is wrapped as JWTUndefinedException
  // around Dart's FormatException (jonasroussel/dart_jsonwebtoken#56: "JWTUndefinedException: FormatException: Invalid
  // encoding before padding (at character 11)").
  dartJwt('expired', 'time.expired', 'JWTExpiredException: jwt expired', CLASS),
  dartJwt('not-active', 'time.not-yet-valid', 'JWTNotActiveException: jwt not active', CLASS),
  dartJwt('signature', 'signature.invalid', 'JWTInvalidException: invalid signature', CLASS),
  dartJwt('audience', 'claim.aud-mismatch', 'JWTInvalidException: invalid audience', {
    ...CLASS,
    args: { claim: 'aud' },
  }),
  dartJwt('issuer', 'claim.iss-mismatch', 'JWTInvalidException: invalid issuer', { ...CLASS, args: { claim: 'iss' } }),
  dartJwt('compact', 'token.malformed', 'JWTInvalidException: token does not use JWS Compact Serialization', CLASS),
  dartJwt('format', 'token.malformed', 'JWTUndefinedException: FormatException: ', CLASS),

  // frasertweedale/hs-jose src/Crypto/JWT.hs `data JWTError = JWSError Error | JWTClaimsSetDecodeError String |
  // JWTExpired | JWTNotYetValid | JWTNotInIssuer | JWTNotInAudience | JWTIssuedAtFuture deriving (Eq, Show)`: a Haskell
  // service printing `runJOSE (verifyClaims …)`'s result shows the constructor after Either's `Left` (servant-auth and
  // Yesod apps log it so). Hasura and PostgREST print the same constructors after their own words (frameworks.ts).
  hsJose('expired', 'time.expired', 'Left JWTExpired', { ...CLASS, exactCase: true }),
  hsJose('not-yet-valid', 'time.not-yet-valid', 'Left JWTNotYetValid', { ...CLASS, exactCase: true }),
  hsJose('audience', 'claim.aud-mismatch', 'Left JWTNotInAudience', {
    ...CLASS,
    exactCase: true,
    args: { claim: 'aud' },
  }),
  hsJose('issuer', 'claim.iss-mismatch', 'Left JWTNotInIssuer', { ...CLASS, exactCase: true, args: { claim: 'iss' } }),
  hsJose('iat-future', 'time.issued-in-future', 'Left JWTIssuedAtFuture', { ...CLASS, exactCase: true }),
  hsJose('signature', 'signature.invalid', 'Left (JWSError JWSInvalidSignature)', { ...CLASS, exactCase: true }),

  // jberger/Mojo-JWT lib/Mojo/JWT.pm decode: croak 'Failed HS validation' / 'Failed RS validation' when the signature
  // does not verify with the secret or public key (Carp appends " at <file> line <n>."). Its expiry words ("JWT has
  // expired") are many applications' own, so they stay with the unattributed rows.
  mojoJwt('hs', 'signature.invalid', 'Failed HS validation', { exactCase: true }),
  mojoJwt('rs', 'signature.invalid', 'Failed RS validation', { exactCase: true }),

  // pac4j/pac4j pac4j-jwt JwtAuthenticator.createJwtProfile (play-pac4j's and Spring's JWT clients): logger.error (warn
  // since 5.x) "The JWT is expired: no profile is built" for an exp in the past (pac4j/pac4j#686), and the same words
  // when exp lies beyond the authenticator's configured expirationTime; the token's own exp then tells which.
  pac4j('expired', 'time.expired', 'The JWT is expired: no profile is built'),

  // funcool/buddy-sign src/buddy/sign/jwt.clj validate-claims: (ex-info "Token is expired (…)" {:type :validation :cause
  // :exp}), and :nbf, :iat ("Token is from the future"), :iss, :aud; jws's (ex-info "Message seems corrupt or
  // manipulated" {:type :validation :cause :signature}). buddy-auth's backends and Ring apps log the ex-data.
  buddy('validation', 'claim.required-missing', ':type :validation', { ...CODE, read: buddyCause }),
  // A JWE whose key was rotated (funcool/buddy-core#6: a random secret regenerated at restart): BouncyCastle's AES key
  // unwrap fails its integrity check with "checksum failed". With buddy named near it.
  buddy('jwe-unwrap', 'token.jwe-undecryptable', 'InvalidCipherTextException: checksum failed', {
    ...CLASS,
    read: namedNear(600, 600, 'buddy'),
  }),

  // micronaut-projects/micronaut-security security-jwt .../validator/*JwtClaimsValidator.java: the reasons each claim
  // validator logs before the token is refused (ExpirationJwtClaimsValidator at DEBUG, the others at TRACE). The
  // expiry sentence is everyone's words, so it counts only after its logger's name.
  micronaut('expired', 'time.expired', 'JWT token has expired', {
    read: (f) => (/ExpirationJwtClaimsValidator\b/.test(f.before(160)) ? {} : null),
  }),
  micronaut('not-before', 'time.not-yet-valid', 'Invalidating JWT not-before Claim because current time'),
  micronaut('issuer', 'claim.iss-mismatch', 'Expected JWT issuer claim of ', { read: micronautIssuer }),
  // AudienceJwtClaimsValidator: LOG.trace("Expected JWT audience claim to include '{}', but audience list ({}) did
  // not.", expectedAudience, String.join(",", audience)): the token's audiences follow, comma-joined.
  micronaut('audience', 'claim.aud-mismatch', 'Expected JWT audience claim to include ', {
    read: (f) => {
      const m = /^'([^'\n]{1,300})'(?:, but audience list \(([^()\n]{1,300})\) did not)?/.exec(f.after(680));
      if (m === null) return null;
      const expected = [m[1] as string];
      return { args: m[2] === undefined ? { claim: 'aud', expected } : { claim: 'aud', expected, actual: m[2] } };
    },
  }),
  // security/.../token/reader/DefaultTokenResolver: "Request <METHOD>, <path>, no token found." at DEBUG when no reader
  // (Authorization: Bearer, the JWT cookie) found a token (micronaut-projects/micronaut-security#983's log). go-chi's
  // jwtauth says "no token found" too: after its logger's name the line is Micronaut's.
  micronaut('no-token', 'token.missing', 'no token found.', {
    read: (f) => (/DefaultTokenResolver\b/.test(f.before(240)) ? {} : null),
  }),
  micronaut('audience-missing', 'claim.aud-missing', 'but audience list is not specified', {
    read: (f) => (/Expected JWT audience claim /.test(f.before(400)) ? { args: { claim: 'aud' } } : null),
  }),
];
