/**
 * Stacks the earlier tables barely touched, in their own words: Open Liberty's MicroProfile JWT (its CWWKS message
 * codes), jwt-cpp (the C++ verifier Ceph RGW's STS runs), and Appwrite's error types. Round "real-f": pastes rebuilt
 * from public issue threads (test/engine/formats-real-f.test.ts).
 *
 * Open Liberty prefixes every message with a stable code; its rows match the code with the first English words after it
 * (the scanner files rows by a trigger that a bare `CWWKS…` code lacks) and read the values that follow.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { ALONE, CODE, compact, family } from './matcher.js';

const liberty = family('open-liberty');
const jwtCpp = family('jwt-cpp');
const appwrite = family('appwrite');
const vertx = family('vertx-auth');

/** The first few `[value]`s after the code, in order (bounded: one message's worth of text). */
function bracketed(after: string): string[] {
  const out: string[] = [];
  for (const m of after.matchAll(/\[([^\]\n]{0,300})\]/g)) {
    if (out.length === 4) break;
    out.push(m[1] ?? '');
  }
  return out;
}

/** CWWKS6022E / CWWKS6023E: `The [<token's value>] issuer … in the [<config>] JWT configuration. The trusted issuers are [<list>].` */
function libertyTrusted(claim: 'iss' | 'aud') {
  return (f: Fragment): Reading => {
    const [actual, , trusted] = bracketed(`[${f.after(900)}`);
    const expected = (trusted ?? '')
      .split(/,\s*/)
      .map((v) => v.trim())
      .filter((v) => v.length > 0);
    return { args: compact({ claim, actual, expected }) };
  };
}

/** CWWKS6028E: `… signed using the [HS256] algorithm. Tokens are required to be signed using the [RS256] algorithm.` */
function libertyAlgorithm(f: Fragment): Reading {
  const [alg, required] = bracketed(f.after(400));
  return { args: compact({ alg, expected: required ? [required] : [] }) };
}

/** jwt-cpp's prefix is "token verification failed: ": the word before the match must be its "token". */
const AFTER_TOKEN = { read: (f: Fragment): Reading | null => (/token $/.test(f.before(6)) ? {} : null) };

/**
 * Vert.x prints what it expected after `expected: `: a JSON array (`["api://orders"]`, JWTAuthProviderImpl's
 * Json.encode of the options' list) or one bare value (its OAuth2 provider's client id). Bounded to one line.
 */
function vertxExpected(f: Fragment): Reading {
  const rest = f.after(300).trimStart();
  let expected: string[] = [];
  if (rest.startsWith('[')) {
    const list = /^\[([^\]\n]{0,280})\]/.exec(rest)?.[1] ?? '';
    expected = list
      .split(',')
      .map((v) => v.trim().replace(/^"|"$/g, ''))
      .filter((v) => v.length > 0);
  } else {
    const one = /^[^\s,;]{1,200}/.exec(rest)?.[0];
    if (one) expected = [one];
  }
  return { args: compact({ expected }) };
}

/** An Appwrite error type stands as a value (`type: 'user_unauthorized'`, `"type":"user_unauthorized"`), not in prose. */
function appwriteType(f: Fragment): Reading | null {
  return /type['"]?\s*[:=]\s*['"]$/.test(f.before(12)) && /^['"]/.test(f.after(1)) ? {} : null;
}

export const MORE_FRAMEWORKS: readonly Matcher[] = [
  // OpenLiberty/open-liberty dev/com.ibm.ws.security.jwt/resources/com/ibm/ws/security/jwt/internal/resources/
  // JWTMessages.nlsprops: the JWT consumer's refusals, which the mpJwt feature's CWWKS5523E wraps
  // (OpenLiberty/open-liberty#13757: "CWWKS5523E: … cannot be validated. CWWKS6044E: … the issued at ('iat') claim
  // specifies a date later than the current time"; #9309: CWWKS6029E for a public key configured without its PEM lines).
  liberty('CWWKS6022E', 'claim.iss-mismatch', 'CWWKS6022E: The [', { ...CODE, read: libertyTrusted('iss') }),
  liberty('CWWKS6023E', 'claim.aud-mismatch', 'CWWKS6023E: The [', { ...CODE, read: libertyTrusted('aud') }),
  liberty('CWWKS6024E', 'time.inconsistent', 'CWWKS6024E: The JSON Web', CODE),
  // "its expiration ('exp') claim is either missing or the token expired": an expiry, unless the token shows no exp.
  liberty('CWWKS6025E', 'time.expired', 'CWWKS6025E: The JSON Web', CODE),
  liberty('CWWKS6026E', 'time.not-yet-valid', 'CWWKS6026E: The JSON Web', CODE),
  liberty('CWWKS6028E', 'alg.not-allowed', 'CWWKS6028E: The JSON Web', { ...CODE, read: libertyAlgorithm }),
  // The consumer has no key to verify with (no shared key, no truststore alias, a PEM it could not read): its set-up.
  liberty('CWWKS6029E', 'verifier.misconfigured', 'CWWKS6029E: The JSON Web', CODE),
  liberty('CWWKS6041E', 'signature.invalid', 'CWWKS6041E: The JSON Web', CODE),
  liberty('CWWKS6044E', 'time.issued-in-future', 'CWWKS6044E: The JSON Web', CODE),
  // CWWKS6049E (the JWKS URL answered with an error) and CWWKS6051E (it could not be fetched).
  liberty('CWWKS6049E', 'key.jwks-unavailable', 'CWWKS6049E: A JSON Web', CODE),
  liberty('CWWKS6051E', 'key.jwks-unavailable', 'CWWKS6051E: Cannot retrieve JSON Web', CODE),
  // dev/com.ibm.ws.security.mp.jwt/.../MicroProfileJwtMessages.nlsprops ERROR_CREATING_JWT_USING_TOKEN_IN_REQ and
  // JWTMessages' JWT_ERROR_PROCESSING_JWT: "the token … cannot be validated" / "cannot process the token string",
  // wrappers whose cause follows (a CWWKS60xxE above, or jose4j's words): alone they say a token was refused.
  liberty('CWWKS5523E', 'challenge.invalid-token', 'CWWKS5523E: The MicroProfile', { ...CODE, refinable: true }),
  liberty('CWWKS6031E', 'challenge.invalid-token', 'CWWKS6031E: The JSON Web', { ...CODE, refinable: true }),

  // Thalhammer/jwt-cpp include/jwt-cpp/jwt.h (0.4–0.5, the copy Ceph RGW builds its STS web-token engine with):
  // token_verification_exception prefixes "token verification failed: "; verify() throws "token expired" for an exp
  // past, and also for an iat or nbf ahead of its clock (the token's own claims then tell which), "token doesn't
  // contain the required audience" and "wrong algorithm". Ceph's log writes it run into its own words ("Signature
  // validation using x5c failedtoken verification failed: token expired", ceph/ceph#70565), so the rows begin after
  // "token", whose first letter may run into a word.
  jwtCpp('expired', 'time.expired', 'verification failed: token expired', AFTER_TOKEN),
  jwtCpp(
    'audience',
    'claim.aud-mismatch',
    "verification failed: token doesn't contain the required audience",
    AFTER_TOKEN,
  ),
  jwtCpp('algorithm', 'alg.not-allowed', 'verification failed: wrong algorithm', AFTER_TOKEN),
  // decoded_jwt's constructor, before any verifier runs: std::invalid_argument("invalid token supplied") for a string
  // without its two dots (Thalhammer/jwt-cpp#33, printed run into the exception's name: "std::bad_castinvalid token
  // supplied"). "invalid" starts the message (what()'s, or run into the exception's name): prose ("an invalid token
  // supplied") puts a word before it.
  jwtCpp('decode', 'token.malformed', ' token supplied', {
    exactCase: true,
    read: (f) => (/(?:^|[^A-Za-z ]|_cast|what\(\):\s+)invalid$/.test(f.before(24)) ? {} : null),
  }),

  // Vert.x's JWT auth (eclipse-vertx/vertx-auth): vertx-jwt's JWT.java (3.x) throws "Expired JWT token: exp <= now",
  // "Invalid JWT token: iat > now", "Invalid JWT token: nbf > now" and "Invalid JWT scopes expected: [...]";
  // vertx-auth-jwt's JWTAuthProviderImpl fails with "Expired JWT token." (3.x), "Invalid JWT audient. expected: [...]"
  // (3.x's spelling), "Invalid JWT audience. expected: [...]" (4.x), "Invalid JWT issuer", and 4.x's "Invalid JWT token:
  // token expired." (User.expired(leeway), which also fails an iat or nbf ahead of its clock: the token's own claims then
  // tell which, as for jwt-cpp above). eclipse-vertx/vertx-auth#446 renamed an expiry that read "missing required
  // scopes"; Quarkus and Vert.x Web print them after "io.vertx.core.impl.NoStackTraceThrowable: ".
  vertx('exp-le-now', 'time.expired', 'Expired JWT token: exp <= now'),
  vertx('iat-gt-now', 'time.issued-in-future', 'Invalid JWT token: iat > now'),
  vertx('nbf-gt-now', 'time.not-yet-valid', 'Invalid JWT token: nbf > now'),
  vertx('scopes', 'scope.insufficient', 'Invalid JWT scopes expected:', { read: vertxExpected }),
  vertx('expired-3', 'time.expired', 'Expired JWT token.'),
  vertx('expired-4', 'time.expired', 'Invalid JWT token: token expired.'),
  vertx('audient', 'claim.aud-mismatch', 'Invalid JWT audient. expected:', { read: vertxExpected }),
  vertx('audience', 'claim.aud-mismatch', 'Invalid JWT audience. expected:', { read: vertxExpected }),
  vertx('issuer', 'claim.iss-mismatch', 'Invalid JWT issuer'),

  // appwrite/appwrite app/config/errors.php: user_unauthorized (401) "The current user is not authorized to perform the
  // requested action." is a permission the collection, document or bucket does not grant the caller's role
  // (appwrite/appwrite#6975 and #7722: the maintainers point at the collection's permissions). Matched as the reply's
  // `type`, or as its whole description.
  appwrite('user_unauthorized', 'policy.deny', 'user_unauthorized', { ...CODE, read: appwriteType }),
  appwrite(
    'user_unauthorized-message',
    'policy.deny',
    'The current user is not authorized to perform the requested action.',
    ALONE,
  ),
  // general_unauthorized_scope, thrown by Appwrite's shared API controller as `<email|User> (role: <role>) missing
  // scope (<scope>)` (1.5+: `missing scopes (["account"])`): `guests` is Appwrite's role for a caller it identified by
  // no session, JWT or API key, so nothing it accepted came with the request (apps match the sentence to mean "not
  // logged in").
  appwrite('guest-missing-scope', 'token.missing', '(role: guests) missing scope', {
    read: (f) => (/^s? \(/.test(f.after(4)) ? {} : null),
  }),
];
