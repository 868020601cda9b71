/**
 * Google's own libraries verifying a Google-signed JWT: an ID token, or the assertion Identity-Aware Proxy signs for
 * the application behind it (`x-goog-iap-jwt-assertion`, whose audience is `/projects/<number>/global/backendServices/
 * <id>` or `/projects/<number>/apps/<project id>`: cloud.google.com/iap/docs/signed-headers-howto). Google's samples
 * verify that header with these calls (GoogleCloudPlatform/python-docs-samples iap/validate_jwt.py: id_token.verify_token
 * with the IAP key set; nodejs-docs-samples iap/verify.js: OAuth2Client.verifySignedJwtWithCertsAsync), so a backend
 * behind IAP prints their words, not the proxy's.
 *
 * - google-auth (googleapis/google-auth-library-python, google/auth/jwt.py decode and _verify_iat_and_exp): "Token has
 *   wrong audience <aud>, expected one of <list>" ("expected <aud>" before 2.x), "Token expired, <exp + skew> < <now>",
 *   "Token used too early, <now> < <iat>" (2.x adds ". Check that your computer's clock is set correctly."), "Could not
 *   verify token signature.", "Certificate for key id <kid> not found.".
 * - google-auth-library (googleapis/google-auth-library-nodejs, src/auth/oauth2client.ts
 *   verifySignedJwtWithCertsAsync): "Wrong recipient, payload audience != requiredAudience", "Token used too late,
 *   <now> > <exp + 300>: <payload>", "Token used too early, <now> < <iat - 300>: <payload>", "No pem found for envelope: ".
 * - google-auth-library-java (com.google.auth.oauth2.TokenVerifier, whose IAP_CERT_URL an ES256 token is checked
 *   against): "Expected audience does not match", "Expected issuer does not match", "Could not find PublicKey for
 *   provided keyId: <kid>", "Unexpected signing algorithm: expected either RS256 or ES256" (GoogleCloudPlatform/
 *   jit-groups#73 logs the first under its own "Invalid IAP assertion").
 * - spring-cloud-gcp's IAP module (spring-cloud-gcp-security-iap AudienceValidator, whose audience comes from the
 *   project's number and the backend service's id or App Engine's project id): "Expected audience <audience(s)> did not
 *   match token audience [<the token's aud list>]" (spring-attic/spring-cloud-gcp#1856 shows it before and after
 *   audiences became a list).
 *
 * Both sets are plain sentences another library could write, so each row reads the numbers or values that follow
 * Google's wording and rejects the match without them.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { compact, family, list } from './matcher.js';

const googleAuth = family('google-auth');
const googleAuthLibrary = family('google-auth-library');
const springCloudGcp = family('spring-cloud-gcp');
const googleAuthJava = family('google-auth-library-java');

/** `<expected, comma-separated> did not match token audience [<aud, …>]`, on one line. */
const SPRING_AUDIENCE = /^(\S{1,600}) did not match token audience \[([^\]\n]{0,600})\]/;

function springAudience(f: Fragment): Reading | null {
  const m = SPRING_AUDIENCE.exec(f.after(1300));
  if (m === null) return null;
  const aud = list(m[2], ',');
  return { args: compact({ claim: 'aud', actual: aud[0], expected: list(m[1], ',') }), extend: m[0].length };
}

/** `<aud>, expected one of ['a', 'b']` or `<aud>, expected <aud>` after google-auth's audience message, on one line. */
const PY_AUDIENCE = /^(\S{1,300}), expected (?:one of )?(\[[^\]\n]{0,600}\]|\S{1,300})/;

/** The token's aud and the audiences the caller passed, as google-auth prints them (a Python list's repr, or one value). */
function pythonAudience(f: Fragment): Reading | null {
  const m = PY_AUDIENCE.exec(f.after(1000));
  if (m === null) return null;
  const printed = m[2] as string;
  const expected = printed.startsWith('[')
    ? list(printed.slice(1, -1), ',').map((v) => v.replace(/^['"]|['"]$/g, ''))
    : [printed.replace(/[.,;]$/, '')];
  return { args: compact({ claim: 'aud', actual: m[1] as string, expected }), extend: m[0].length };
}

/** `<n> < <n>` in whole seconds: google-auth's two numbers (the Node library's `now` has a fraction and a payload after). */
const PY_SECONDS = /^(\d{9,11}) < (\d{9,11})(?!\d|\.\d|:)/;

/** google-auth's "Token expired, <exp + clock_skew_in_seconds (0 by default)> < <its now>": the stated times. */
function pythonExpired(f: Fragment): Reading | null {
  const m = PY_SECONDS.exec(f.after(40));
  return m === null ? null : { args: { at: m[1] as string, now: m[2] as string }, extend: m[0].length };
}

function pythonSeconds(f: Fragment): Reading | null {
  const m = PY_SECONDS.exec(f.after(40));
  return m === null ? null : { extend: m[0].length };
}

/** The Node library's `<now, with its fraction> <op> <bound>: {payload}`. */
const NODE_BOUND = /^\d{9,11}(?:\.\d{1,6})? [<>] \d{9,11}(?:\.\d{1,6})?: \{/;

function nodeBound(f: Fragment): Reading | null {
  return NODE_BOUND.test(f.after(60)) ? {} : null;
}

/** The kid google-auth names in "Certificate for key id <kid> not found.". */
function pythonKid(f: Fragment): Reading | null {
  const m = /^(\S{1,128}) not found\./.exec(f.after(160));
  return m === null ? null : { args: { kid: m[1] as string }, extend: m[0].length };
}

export const GOOGLE_ID_TOKENS: readonly Matcher[] = [
  googleAuth('wrong-audience', 'claim.aud-mismatch', 'Token has wrong audience ', {
    exactCase: true,
    read: pythonAudience,
  }),
  googleAuth('expired', 'time.expired', 'Token expired, ', { exactCase: true, read: pythonExpired }),
  googleAuth('too-early', 'time.issued-in-future', 'Token used too early, ', { exactCase: true, read: pythonSeconds }),
  googleAuth('signature', 'signature.invalid', 'Could not verify token signature.', { exactCase: true }),
  googleAuth('kid', 'key.kid-unknown', 'Certificate for key id ', { exactCase: true, read: pythonKid }),
  googleAuthLibrary('wrong-recipient', 'claim.aud-mismatch', 'Wrong recipient, payload audience != requiredAudience', {
    exactCase: true,
  }),
  googleAuthLibrary('too-late', 'time.expired', 'Token used too late, ', { exactCase: true, read: nodeBound }),
  googleAuthLibrary('too-early', 'time.issued-in-future', 'Token used too early, ', {
    exactCase: true,
    read: nodeBound,
  }),
  googleAuthJava('audience', 'claim.aud-mismatch', 'Expected audience does not match', { exactCase: true }),
  googleAuthJava('issuer', 'claim.iss-mismatch', 'Expected issuer does not match', { exactCase: true }),
  googleAuthJava('kid', 'key.kid-unknown', 'Could not find PublicKey for provided keyId: ', {
    exactCase: true,
    read: (f) => {
      const kid = /^[\w.-]{1,128}/.exec(f.after(140))?.[0];
      return kid === undefined ? {} : { args: { kid }, extend: kid.length };
    },
  }),
  googleAuthJava('alg', 'alg.not-allowed', 'Unexpected signing algorithm: expected either RS256 or ES256', {
    exactCase: true,
  }),
  springCloudGcp('audience', 'claim.aud-mismatch', 'Expected audience ', { exactCase: true, read: springAudience }),
  googleAuthLibrary('no-pem', 'key.kid-unknown', 'No pem found for envelope: ', { exactCase: true }),
];
