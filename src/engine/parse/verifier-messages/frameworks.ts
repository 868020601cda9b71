/**
 * Frameworks and services that verify tokens for the application and answer in their own words: Django REST
 * framework and its SimpleJWT, Flask-JWT-Extended, FastAPI's HTTPBearer, Hasura, PostgREST (and Supabase, which runs
 * it), Firebase Admin, AWS Cognito, the Docker / OCI registry's token auth and the Kubernetes API server (its
 * authenticator's log lines and RBAC's denials).
 *
 * Each row's text is the product's own, from the source named beside it. Words every framework says ("Token
 * has expired", "Not authenticated") only count in the product's reply shape: Flask-JWT-Extended's `"msg"`
 * key, FastAPI's compact `{"detail":…}` body.
 */
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
  goQuoted,
  messageRest,
  textBefore,
} from './matcher.js';

const drf = family('django-rest-framework');
const simplejwt = family('simplejwt');
const flask = family('flask-jwt-extended');
const fastapi = family('fastapi');
const hasura = family('hasura');
const postgrest = family('postgrest');
const firebase = family('firebase-admin');
const cognito = family('cognito');
const kubernetes = family('kubernetes');
const registry = family('docker-registry');
const ecr = family('aws-ecr');
const dockerClient = family('docker');
const harbor = family('harbor');
/** A Docker credential helper that failed: the client had no credentials to send (checks/verifier-log.ts). */
const CREDENTIAL_HELPER: Reading = { args: { reason: 'unobtained', actual: 'credential-helper' } };

/** A Firebase Admin error code standing alone: not the SDK's message's own "(auth/…)" tail, not part of a longer name. */
function bareFirebaseCode(f: Fragment): Reading | null {
  return f.before(1) === '(' || /^[\w-]/.test(f.after(1)) ? null : {};
}

/** Flask-JWT-Extended's replies are `{"msg": …}` (JWT_ERROR_MESSAGE_KEY, default "msg"), compact or pretty-printed. */
function msgKey(f: Fragment): Reading | null {
  return /"msg"\s*:\s*"$/.test(f.before(24)) ? {} : null;
}

/** The match stands alone between double quotes or backticks (`"JWSError JWSInvalidSignature"`), as quoted in prose. */
function quotedWhole(f: Fragment): boolean {
  const open = f.before(1);
  return (open === '"' || open === '`') && f.after(1) === open;
}

/**
 * A PostgREST JWT error code (PGRST301 decode, PGRST302 no token, PGRST303 claims; older versions sent every JWT error
 * as PGRST301) as a member of the same error object: JSON, or the object as a client printed it (supabase-js's
 * `{ code: 'PGRST301', … }` in console.log, postgrest-py's APIError dict `{'code': 'PGRST303', …}`).
 */
const PGRST_CODE = /["']?code["']?\s*:\s*["']PGRST30[123]["']/;

/**
 * Whether that code stands in the same error object, either side of the message: the object may be pretty-printed, so
 * the window before the message reaches back over lines, as the one after does. postgrest-js's own error class
 * (`PostgrestError: JWT expired`, its `name`) says whose message it is without the code.
 */
function besidePgrstCode(f: Fragment): Reading | null {
  const before = textBefore(f, 200);
  if (before.endsWith('PostgrestError: ')) return {};
  return PGRST_CODE.test(`${before}\u0000${f.after(200, true)}`) ? {} : null;
}

/** PostgreSQL's insufficient_privilege (SQLSTATE 42501) as PostgREST's error object carries it, compact or printed. */
const PG_42501 = /["']?code["']?\s*:\s*["']42501["']/;

/**
 * PostgreSQL's "permission denied for …" only where PostgREST (or a Supabase client) reports it: its error object's
 * 42501 code either side of the message, or a Supabase client's exception class just before it. psql's own
 * `ERROR:  permission denied for table` is a database role's, with no token behind it.
 */
function besidePg42501(f: Fragment): Reading | null {
  const before = textBefore(f, 200);
  if (/(?:PostgrestError|PostgrestException|APIError): $/.test(before)) return {};
  return PG_42501.test(`${before}\u0000${f.after(200, true)}`) ? {} : null;
}

/** The API server's authentication filter's sentence, earlier on the same line (klog structured, or before 1.19). */
const CERT_EXPIRED = 'x509: certificate has expired or is not yet valid: current time ';
const CERT_EXPIRED_BARE = 'x509: certificate has expired or is not yet valid';
const CERT_UNKNOWN_CA = 'x509: certificate signed by unknown authority';
const KUBE_AUTH_FAILED = /Unable to authenticate the request(?:\\?" err=\\?"| due to an error: )/;

/**
 * On the authenticator's line, and the first time there: the aggregate error repeats the x509 words for each
 * authenticator that tried (`[x509: …, verifying certificate … failed: x509: …]`), one refusal.
 */
function onAuthenticatorLine(f: Fragment, words: string): boolean {
  const before = f.before(600);
  return KUBE_AUTH_FAILED.test(before) && !before.includes(words);
}

const RFC3339 = String.raw`\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)`;
const CERT_TIMES = new RegExp(`^(${RFC3339}) is (after|before) (${RFC3339})`);

/** The server's clock and the certificate's NotAfter (expired) or NotBefore (not yet valid), as Go printed them. */
function clientCertificateTimes(f: Fragment): Reading | null {
  if (!onAuthenticatorLine(f, CERT_EXPIRED)) return null;
  const m = CERT_TIMES.exec(f.after(80));
  if (m === null) return { args: { reason: 'client-certificate' } };
  const args = { reason: 'client-certificate', at: m[3] as string, now: m[1] as string };
  return m[2] === 'after' ? { args, extend: m[0].length } : { code: 'time.not-yet-valid', args, extend: m[0].length };
}

/** Firebase's `… claim. Expected "X" but got "Y".`: what the verifier wanted and what the token held. */
function expectedButGot(f: Fragment): Reading {
  const m = /^[;.]?\s*[Ee]xpected \\?"([^"\\]*)\\?" but got \\?"([^"\\]*)\\?"/.exec(f.after(300));
  return m ? { args: compact({ expected: m[1] ? [m[1]] : [], actual: m[2] }), extend: m[0].length } : {};
}

/**
 * One token class's entry in SimpleJWT's `messages` (JSON, pretty-printed over lines, or DRF's ErrorDetail repr a
 * client printed): `token_class`, `token_type` (the class's own type) and `message`, the reason it refused the token.
 * Read from the `token_class` key, since the reasons' words are other apps' too (and hold no trigger letter).
 */
const SIMPLEJWT_ENTRY =
  /^['"]?\s*:\s*(?:ErrorDetail\(string=)?['"]\w{1,40}['"][^\n]{0,60}\n?[^\n]{0,60}?token_type['"]?\s*:\s*(?:ErrorDetail\(string=)?['"]([a-z_]{1,20})['"][^\n]{0,60}\n?[^\n]{0,60}?message['"]?\s*:\s*(?:ErrorDetail\(string=)?['"](Token has wrong type|Token is blacklisted|Token is expired)['"]/;

function simplejwtEntry(f: Fragment): Reading | null {
  const m = SIMPLEJWT_ENTRY.exec(f.after(300, true));
  if (m === null) return null;
  const [whole, expected, reason] = m as unknown as [string, string, string];
  if (reason === 'Token is blacklisted') return { code: 'token.revoked', extend: whole.length };
  // 5.5 tells an expired token from an invalid one (jazzband/djangorestframework-simplejwt#830; iMerica/dj-rest-auth#683).
  if (reason === 'Token is expired') return { code: 'time.expired', args: {}, extend: whole.length };
  return { args: { claim: 'token_type', expected: [expected] }, extend: whole.length };
}

/** The NumericDate Go's `%d` printed right after the words, or no match (the words in a sentence). */
function epochAfter(f: Fragment): Reading | null {
  const m = /^\d{9,11}\b/.exec(f.after(12));
  return m === null ? null : { extend: m[0].length };
}

export const FRAMEWORKS: readonly Matcher[] = [
  // encode/django-rest-framework rest_framework/exceptions.py: NotAuthenticated's default detail, the body of its 401
  // (or its 403, when the first authentication class sends no WWW-Authenticate, as SessionAuthentication does): no
  // credentials were authenticated. rest_framework/authentication.py (TokenAuthentication): a keyword with no token.
  drf('NotAuthenticated', 'token.missing', 'Authentication credentials were not provided.'),
  // TokenAuthentication splits the header on whitespace: one word is the keyword alone (`Authorization: Token` or
  // `Bearer` with an empty variable after it), more than two a token with spaces, a byte that is not UTF-8 a character
  // it cannot read ("Invalid token header. Token string should not contain spaces." / "… invalid characters.").
  drf('no-credentials', 'authz-header.format', 'Invalid token header. No credentials provided.', {
    args: { reason: 'no-credentials' },
  }),
  drf('spaces', 'authz-header.format', 'Invalid token header. Token string should not contain spaces.', {
    args: { reason: 'extra-space' },
  }),
  drf(
    'invalid-characters',
    'authz-header.format',
    'Invalid token header. Token string should not contain invalid characters.',
    {
      args: { reason: 'bad-characters' },
    },
  ),
  // jazzband/djangorestframework-simplejwt rest_framework_simplejwt/authentication.py (JWTAuthentication).
  // "Given token not valid for any token type" is read as a stated invalid_token by parse/error-bodies.ts.
  simplejwt('two-values', 'authz-header.format', 'Authorization header must contain two space-delimited values'),
  simplejwt('no-user-id', 'claim.required-missing', 'Token contained no recognizable user identification', {
    args: { claim: 'user_id' },
  }),
  // rest_framework_simplejwt/tokens.py (Token.verify_token_type, BlacklistMixin.check_blacklist): each token class's
  // reason in the reply's `messages`. "Token has wrong type" is a token whose `token_type` claim is another class's
  // (a refresh or sliding token sent as the access token: jazzband/djangorestframework-simplejwt#112, #785); "Token is
  // blacklisted" one logged out. Read at the entry's `token_class` key (simplejwtEntry).
  simplejwt('token-class', 'token.type-mismatch', 'token_class', { read: simplejwtEntry }),

  // vimalloc/flask-jwt-extended flask_jwt_extended/default_callbacks.py (the default expired / revoked replies).
  flask('expired', 'time.expired', 'Token has expired', { exactCase: true, read: msgKey }),
  flask('revoked', 'token.revoked', 'Token has been revoked', { exactCase: true, read: msgKey }),
  // Where it looks for the token (flask_jwt_extended/view_decorators.py, _decode_jwt_from_headers and
  // _decode_jwt_from_request): NoAuthorizationError when none was found, its message naming the header it read
  // ("Missing Authorization Header", in the reply's "msg" or after the class in a log), or every location it tried
  // ("Missing JWT in headers or cookies (…)"); a header without its type, or in another shape, under the defaults.
  flask('NoAuthorizationError', 'token.missing', 'NoAuthorizationError', CLASS),
  flask('missing-header', 'token.missing', 'Missing Authorization Header', {
    exactCase: true,
    read: (f) => (msgKey(f) || /NoAuthorizationError: ?$/.test(f.before(40)) ? {} : null),
  }),
  flask('missing-locations', 'token.missing', 'Missing JWT in ', {
    exactCase: true,
    read: (f) => (/^(?:headers|cookies|query_string|json)(?:,| or )/.test(f.after(20)) ? {} : null),
  }),
  flask('missing-type', 'authz-header.scheme', "Missing 'Bearer' type in 'Authorization' header"),
  // view_decorators.py verify_token_type: WrongTokenError for a refresh token where an access token goes (its `type`
  // claim, not the JOSE typ), and for an access token sent to a refresh endpoint (a 422 under the default callbacks).
  flask('refresh-as-access', 'token.type-mismatch', 'Only non-refresh tokens are allowed', {
    exactCase: true,
    args: { actual: 'refresh', expected: ['access'] },
  }),
  flask('access-as-refresh', 'token.type-mismatch', 'Only refresh tokens are allowed', {
    exactCase: true,
    args: { actual: 'access', expected: ['refresh'] },
  }),
  flask('bad-header', 'authz-header.format', "Bad Authorization header. Expected 'Authorization: Bearer <JWT>'"),

  // fastapi/fastapi fastapi/security/http.py (HTTPBearer, HTTPBase): a 403 in versions before 0.115, a 401 since.
  // Starlette's JSONResponse writes compact JSON, so the whole body is the row.
  fastapi('not-authenticated', 'token.missing', '{"detail":"Not authenticated"}'),
  fastapi('bad-scheme', 'authz-header.scheme', '{"detail":"Invalid authentication credentials"}'),
  // FastAPI's security tutorial (docs "OAuth2 with Password (and hashing), Bearer with JWT tokens"), copied into a great
  // many apps: `credentials_exception = HTTPException(401, detail="Could not validate credentials", headers=
  // {"WWW-Authenticate": "Bearer"})`, raised when jwt.decode fails or the token names no known user. OAuth2PasswordBearer
  // answers a request without a token first ("Not authenticated"), so a token was sent and refused: the bare
  // `WWW-Authenticate: Bearer` beside it is not RFC 6750's "no credentials". The body's compact JSON only.
  fastapi('could-not-validate', 'challenge.invalid-token', '{"detail":"Could not validate credentials"}', {
    refinable: true,
  }),

  // hasura/graphql-engine issues #5545 ("Could not verify JWT: JWTExpired") and #10014 ("Could not verify JWT:
  // JWSError JWSInvalidSignature"), under extensions.code "invalid-jwt". The rows contain jose's JWTExpired
  // class name and so replace it.
  hasura('JWTExpired', 'time.expired', 'Could not verify JWT: JWTExpired', CLASS),
  hasura('JWSInvalidSignature', 'signature.invalid', 'Could not verify JWT: JWSError JWSInvalidSignature', CLASS),
  // The Haskell jose library's decode error, as Hasura shows it (a client's handler matching it: "cannot start as
  // connection_init failed with : Could not verify JWT: JWSError (CompactDecodeError Invalid number of parts: Expected 3
  // parts; got 1)"). PostgREST shows the same error without the prefix (below).
  hasura('CompactDecodeError', 'token.malformed', 'Could not verify JWT: JWSError (CompactDecodeError', {
    ...CLASS,
    exactCase: true,
  }),
  // Hasura's answers to a request that carries no credential (server/src-lib/Hasura/Server/Auth.hs, getUserInfo…):
  // "x-hasura-admin-secret/x-hasura-access-key required, but not found" with only an admin secret configured (and no
  // unauthorized role), over HTTP and in graphql-ws's connection_init ("4400: Connection initialization failed: …",
  // hasura/graphql-engine#7696); "Missing Authorization header in JWT authentication mode", since v2 "Missing
  // 'Authorization' or 'Cookie' header in JWT authentication mode" (extensions.code invalid-headers), in JWT mode.
  // Its steps then name the admin secret, not a JWT: with only HASURA_GRAPHQL_ADMIN_SECRET set, Hasura reads no JWT at all
  // (usagizmo/webapp-template#335: setting HASURA_GRAPHQL_JWT_SECRET resolved it), and over graphql-ws the header goes in
  // connection_init's payload (hasura/learn-graphql#172: connectionParams: { headers: { 'x-hasura-access-key': … } }).
  hasura('admin-secret-missing', 'token.missing', 'x-hasura-admin-secret/x-hasura-access-key required', {
    args: { reason: 'admin-secret' },
  }),
  hasura('jwt-mode-no-header', 'token.missing', 'Missing Authorization header in JWT authentication mode'),
  hasura(
    'jwt-mode-no-header-or-cookie',
    'token.missing',
    "Missing 'Authorization' or 'Cookie' header in JWT authentication mode",
  ),

  // PostgREST/postgrest src/PostgREST/Error.hs (`instance ErrorBody JwtError`). Its error codes hold no trigger
  // letters (scan.ts), so the messages are the rows. "JWT expired" is jjwt's words too (java.ts): beside a
  // PGRST code it is PostgREST's, and that code makes it as stable as one. "Anonymous access is disabled"
  // (PGRST302, no token sent while anonymous access is off) only counts beside its code.
  postgrest('expired', 'time.expired', 'JWT expired', { ...CODE, exactCase: true, read: besidePgrstCode }),
  postgrest('anonymous', 'token.missing', 'Anonymous access is disabled', { ...CODE, read: besidePgrstCode }),
  postgrest('not-yet-valid', 'time.not-yet-valid', 'JWT not yet valid', { ...ALONE, exactCase: true }),
  postgrest('iat-future', 'time.issued-in-future', 'JWT issued at future', { ...ALONE, exactCase: true }),
  postgrest('audience', 'claim.aud-mismatch', 'JWT not in audience', { ...ALONE, exactCase: true }),
  postgrest('crypto', 'signature.invalid', 'JWT cryptographic operation failed'),
  // Older PostgREST (the jose library's error, shown as is under PGRST301): a key or session token signed with another
  // secret, often another project's (supabase/supabase#177 and #17164: {"code":"PGRST301",…,"message":"JWSError
  // JWSInvalidSignature"}). Hasura says the same words after its own prefix (below). Older PostgREST sent them as
  // its body's whole message with no code at all (PostgREST/postgrest#977: `{"message":"JWSError
  // JWSInvalidSignature"}` under `Server: postgrest/0.4.3.0`, a jwt-secret shorter than 32 characters): that body
  // counts too; the words in prose ("I googled …") do not. Round left-o: quoted whole in prose, in double quotes or
  // backticks, they are the error quoted, not a description of it (a Supabase user: `All my authenticated
  // requests are 401ing with: "JWSError JWSInvalidSignature"`, audit-gg paste 13): the log itself, at the same weight.
  postgrest('jws-invalid-signature', 'signature.invalid', 'JWSError JWSInvalidSignature', {
    exactCase: true,
    read: (f) =>
      besidePgrstCode(f) ?? (f.before(12) === '{"message":"' && f.after(2) === '"}' ? {} : quotedWhole(f) ? {} : null),
  }),
  // The same library's decode error under older PostgREST's PGRST301 (PostgREST test/spec/Feature/Auth/AuthSpec.hs:
  // {"message":"JWSError (CompactDecodeError Invalid number of parts: Expected 3 parts; got 2)","code":"PGRST301",…};
  // nuxt-modules/supabase#91, "…got 1)": a Bearer value with no dots, an opaque token or the string `undefined`). The
  // library's constructor name is as stable as a code, and nothing else prints it.
  postgrest('compact-decode', 'token.malformed', 'JWSError (CompactDecodeError', { exactCase: true }),
  postgrest('no-key', 'key.kid-unknown', 'No suitable key or wrong key type'),
  postgrest('bad-alg', 'alg.not-allowed', 'Wrong or unsupported encoding algorithm'),
  postgrest('parts', 'token.malformed', 'Expected 3 parts in JWT; got'),
  postgrest('empty', 'token.missing', 'Empty JWT is sent in Authorization header'),
  postgrest('exp-not-number', 'time.invalid', "The JWT 'exp' claim must be a number", { args: { claim: 'exp' } }),
  // PostgreSQL refusing the role PostgREST switched to from the JWT's role claim (anon, authenticated, service_role) on
  // the table, schema or function it names: `{"code":"42501","details":null,"hint":null,"message":"permission denied
  // for table user_role"}` (supabase/supabase#41483), supabase-kt's "UnknownRestException: permission denied for schema
  // public" (supabase-community/supabase-kt#720). The token was accepted; the database's grants refused its role.
  // (The rows name the object: "permission denied for " alone holds no trigger, scan.ts.)
  postgrest('permission-denied-table', 'policy.deny', 'permission denied for table', {
    exactCase: true,
    read: besidePg42501,
  }),
  postgrest('permission-denied-function', 'policy.deny', 'permission denied for function', {
    exactCase: true,
    read: besidePg42501,
  }),
  postgrest('permission-denied-kt', 'policy.deny', 'UnknownRestException: permission denied for ', { exactCase: true }),

  // firebase/firebase-admin-node src/auth/token-verifier.ts (FirebaseTokenVerifier: verifyContent,
  // mapJwtErrorToAuthError, safeDecode); the token's name is "Firebase ID token" or "Firebase session cookie".
  firebase('id-token-expired', 'time.expired', 'Firebase ID token has expired'),
  firebase('session-cookie-expired', 'time.expired', 'Firebase session cookie has expired'),
  firebase('id-token-signature', 'signature.invalid', 'Firebase ID token has invalid signature'),
  firebase('session-cookie-signature', 'signature.invalid', 'Firebase session cookie has invalid signature'),
  firebase('kid-unknown', 'key.kid-unknown', 'claim which does not correspond to a known public key'),
  firebase('audience', 'claim.aud-mismatch', 'has incorrect "aud" (audience) claim.', { read: expectedButGot }),
  firebase('issuer', 'claim.iss-mismatch', 'has incorrect "iss" (issuer) claim.', { read: expectedButGot }),
  firebase('algorithm', 'alg.not-allowed', 'has incorrect algorithm. Expected "RS256" but got', {
    read: (f) => {
      const alg = capture(f.after(40), /^ \\?"([^"\\]*)\\?"/);
      return { args: compact({ alg }), extend: alg === undefined ? 0 : alg.length + 3 };
    },
  }),
  // The Go Admin SDK words its checks without "Firebase" (firebase/firebase-admin-go auth/token_verifier.go,
  // verifyContent / verifyTimestamps: "ID token has expired at: %d", "ID token issued at future timestamp: %d"), as
  // a Go backend logs them (gladly-team/next-firebase-auth#319).
  firebase('go-expired', 'time.expired', 'ID token has expired at: ', { read: epochAfter }),
  // Its claim checks, "ID token has invalid 'aud' (audience) claim; expected %q but got %q; make sure the ID token comes
  // from the same Firebase project…" (earlier ". Expected %q but got %q."; firebase/firebase-admin-go#723): the
  // expectation is the project id the SDK was initialised with.
  firebase('go-audience', 'claim.aud-mismatch', "has invalid 'aud' (audience) claim", {
    exactCase: true,
    read: expectedButGot,
  }),
  firebase('go-issuer', 'claim.iss-mismatch', "has invalid 'iss' (issuer) claim", {
    exactCase: true,
    read: expectedButGot,
  }),
  firebase('go-issued-in-future', 'time.issued-in-future', 'ID token issued at future timestamp: ', {
    read: epochAfter,
  }),
  firebase('no-kid', 'key.kid-missing', 'Firebase ID token has no "kid" claim'),
  // The Python Admin SDK names the failure by class (firebase/firebase-admin-python firebase_admin/_auth_utils.py:
  // ExpiredIdTokenError, a subclass of InvalidIdTokenError, raised by auth.verify_id_token), and apps log or relay the
  // class name (openillumi.com/firebase-id-token-expired-fix: "バックエンドからExpiredIdTokenErrorが返され").
  firebase('ExpiredIdTokenError', 'time.expired', 'ExpiredIdTokenError', { ...CLASS, exactCase: true }),
  firebase('decode', 'token.malformed', 'Decoding Firebase ID token failed'),
  // The Admin SDK's error codes alone, as apps relay `error.code` and as the docs' table lists them
  // (firebase.google.com/docs/auth/admin/errors, the Japanese page too: "auth/id-token-expired 指定された Firebase ID
  // トークンは期限切れです。"; audit-bb 23). Inside the SDK's own message ("… try again (auth/id-token-expired).") the
  // message's row reads it; a code inside a longer word (`auth/id-token-expired-x`) is not it.
  firebase('code-id-token-expired', 'time.expired', 'auth/id-token-expired', { read: bareFirebaseCode }),
  firebase('code-session-cookie-expired', 'time.expired', 'auth/session-cookie-expired', { read: bareFirebaseCode }),
  firebase('code-id-token-revoked', 'token.revoked', 'auth/id-token-revoked', { read: bareFirebaseCode }),
  firebase('code-session-cookie-revoked', 'token.revoked', 'auth/session-cookie-revoked', { read: bareFirebaseCode }),
  // verifyContent's first check: a token without a kid whose aud is Identity Toolkit's (or the legacy generator's
  // shape) is a custom token, "verifyIdToken() expects an ID token, but was given a custom token." (the same for
  // verifySessionCookie() and "a legacy custom token").
  firebase('custom-token', 'token.type-mismatch', ', but was given a custom token.', {
    args: { reason: 'firebase-custom-token' },
  }),
  firebase('legacy-custom-token', 'token.type-mismatch', ', but was given a legacy custom token.', {
    args: { reason: 'firebase-custom-token' },
  }),

  // Cognito user pools' NotAuthorizedException messages (aws-amplify/aws-sdk-ios#1376 "Access Token has
  // expired", aws-amplify/amplify-js#2205 "Access Token has been revoked"); the capitals are Cognito's.
  cognito('expired', 'time.expired', 'Access Token has expired', { exactCase: true }),
  cognito('revoked', 'token.revoked', 'Access Token has been revoked', { exactCase: true }),
  // GetUser (and the other user-pool calls an access token authorizes) refusing a token without the scope they need,
  // aws.cognito.signin.user.admin: "NotAuthorizedException: Access Token does not have required scopes"
  // (qiita.com/free-honda/items/47e8424699f460b737e0, an SDK's StatusCode: 400).
  cognito('missing-scopes', 'scope.insufficient', 'Access Token does not have required scopes', { exactCase: true }),
  // Cognito identity pools (GetId, GetCredentialsForIdentity) refusing the user pool's ID token in `Logins`:
  // "NotAuthorizedException: Invalid login token. Token expired: <now> >= <exp>" (qqaatw/JciHitachiHA#33; apps match
  // the prefix, e.g. `const expired = "Invalid login token. Token expired:"`), and "Invalid login token. Couldn't verify
  // signed token." (amazon-archives/amazon-cognito-identity-js#91).
  // …and asked with no token in `Logins` at all, by a pool whose guest access is off: "NotAuthorizedException:
  // Unauthenticated access is not supported for this identity pool." (aws/aws-sdk-js-v3#3113, a GetId with
  // x-amz-target AWSCognitoIdentityService.GetId; amazon-archives/samljs-serverless-sample#3, in x-amzn-ErrorMessage;
  // aws-amplify/amplify-js#1089, Auth.currentCredentials() after a user pool sign-in, and #14183, guest access found
  // inactive): no sign-in token reached the identity pool, so it was asked for guest credentials.
  cognito(
    'unauthenticated-not-supported',
    'token.missing',
    'Unauthenticated access is not supported for this identity pool',
    {
      exactCase: true,
    },
  ),
  cognito('login-token-expired', 'time.expired', 'Invalid login token. Token expired', { exactCase: true }),
  cognito('login-token-signature', 'signature.invalid', "Invalid login token. Couldn't verify signed token", {
    exactCase: true,
  }),

  // The Docker / OCI registry's token auth (distribution/distribution registry/auth/token/token.go, logged at info by
  // the registry when it rejects a token; the reply itself says only error="invalid_token" in WWW-Authenticate).
  registry('untrusted-issuer', 'claim.iss-mismatch', 'token from untrusted issuer: ', {
    read: (f) => {
      const q = goQuoted(f.after(320).replace(/\\"/g, '"'));
      return { args: compact({ actual: q?.values[0] }), extend: q?.length ?? 0 };
    },
  }),
  registry('audience', 'claim.aud-mismatch', 'token intended for another audience: ', {
    read: (f) => {
      const q = goQuoted(f.after(320).replace(/\\"/g, '"'));
      return { args: compact({ actual: q?.values[0] }), extend: q?.length ?? 0 };
    },
  }),
  registry('expired', 'time.expired', 'token not to be used after '),
  registry('not-yet-valid', 'time.not-yet-valid', 'token not to be used before '),
  registry('untrusted-key', 'key.kid-unknown', 'token signed by untrusted key with ID: ', {
    read: (f) => {
      const q = goQuoted(f.after(320).replace(/\\"/g, '"'));
      return { args: compact({ kid: q?.values[0] }), extend: q?.length ?? 0 };
    },
  }),
  // The detail after it (crypto/rsa's "verification error") is part of this message.
  registry('signature', 'signature.invalid', 'unable to verify token signature: ', {
    read: (f) => ({ extend: messageRest(f.after(200)).length }),
  }),
  // errcode's DENIED (registry/api/errcode/register.go): the registry (Docker Hub, Harbor, GHCR and the rest answer
  // the same) refused an identified caller the repository action, a 403 whose body is
  // {"errors":[{"code":"DENIED","message":"requested access to the resource is denied"}]} and which the docker CLI
  // prints as "denied: requested access to the resource is denied" (docker/for-mac#1271).
  registry('denied', 'policy.deny', 'requested access to the resource is denied', ALONE),
  // Harbor's own refusal, from its core's v2auth middleware (goharbor/harbor src/server/middleware/v2auth/auth.go,
  // reqChecker.check): `fmt.Errorf("unauthorized to access repository: %s, action: %s", …)` when the request's security
  // context may not do the action on the project's repositories, answered 401 in the registry's UNAUTHORIZED envelope
  // and printed by the docker CLI as "unauthorized: unauthorized to access repository: <project>/<repo>, action: push"
  // (goharbor/harbor#13988, #13503, goharbor/harbor-helm#622). The context is anonymous when no credentials came or
  // none were accepted (a failing credential helper, docker/build-push-action#923's robot$ account), else the user's
  // or robot account's project role lacks the action.
  harbor('unauthorized-repository', 'policy.deny', 'unauthorized to access repository: ', {
    exactCase: true,
    read: (f) => (/^[^\s,]{1,300}, action: [a-z*-]{1,20}/.test(f.after(340)) ? {} : null),
  }),
  // The Docker client's own error before any token is asked for: the registry challenged and the client holds no
  // credentials for that host (distribution/distribution registry/client/auth/session.go, ErrNoBasicAuthCredentials
  // "no basic auth credentials"; docker push / pull / build print it, audit-bb 12 and 13 from openillumi.com's ECR
  // pages). No request with a credential was sent.
  dockerClient('no-basic-auth-credentials', 'token.missing', 'no basic auth credentials', {
    args: { reason: 'unobtained', actual: 'docker-config' },
  }),
  // Docker's credential helper (credsStore / credHelpers) exited with an error, so the client had nothing to send: the
  // CLI's "error getting credentials - err: %v, out: `%s`" (docker/docker-credential-helpers client/client.go, Get),
  // docker-py's StoreError 'Credentials store {} exited with "{}".' (its credentials errors.py, process_store_error), and
  // older docker-compose printing the helper's subprocess.CalledProcessError ("Command '['docker-credential-pass', 'get']'
  // returned non-zero exit status 1.", CPython's CalledProcessError.__str__; audit-gg paste 24 under Harbor's
  // "unauthorized to access repository").
  dockerClient('credential-helper-get', 'token.missing', 'error getting credentials - err: ', {
    exactCase: true,
    args: { reason: 'unobtained', actual: 'credential-helper' },
  }),
  dockerClient('credential-store-exited', 'token.missing', 'Credentials store docker-credential-', {
    exactCase: true,
    read: (f) => (/^[a-z0-9-]{1,40} exited with "/.test(f.after(60)) ? CREDENTIAL_HELPER : null),
  }),
  dockerClient('credential-helper-exit', 'token.missing', "', 'get']' returned non-zero exit status", {
    exactCase: true,
    read: (f) => (/\['docker-credential-[a-z0-9-]{1,40}$/.test(f.before(60)) ? CREDENTIAL_HELPER : null),
  }),
  // containerd's registry client (docker push/buildx, helm, nerdctl, the kubelet's pull): remotes/docker/authorizer.go's
  // invalidAuthorization, "server message: %s: %w" with ErrInvalidAuthorization ("authorization failed"), when the
  // registry answers the retried request, token and all, with the same challenge and error="insufficient_scope";
  // resolver.go/pusher.go put "pull access denied" or "push access denied, repository does not exist or may require
  // authorization: " before it (helm/helm#12121, docker/app e2e tests). The token the token service granted lacks
  // that action on the repository; Docker Hub answers so for a repository that does not exist too.
  registry('insufficient-scope', 'scope.insufficient', 'insufficient_scope: authorization failed', {
    read: (f) => {
      const action = REGISTRY_ACTION.exec(f.before(200));
      return { args: action === null ? {} : { reason: (action[1] as string).toLowerCase() } };
    },
  }),
  // Amazon ECR's registry refusing the docker login it issued once that 12-hour authorization token has expired: the
  // docker CLI prints "denied: Your authorization token has expired. Reauthenticate and try again." (older ECR: "denied:
  // Your Authorization Token has expired. Please run 'aws ecr get-login' to fetch a new one."; docs.aws.amazon.com/
  // AmazonECR/latest/userguide/common-errors-docker.html, openillumi.com/?p=30260, openillumi.com/?p=96550 for ECR
  // Public). Other apps word their own expiry alike, so only after ECR's "denied: " or before its advice.
  ecr('authorization-token-expired', 'time.expired', 'Your authorization token has expired', {
    read: (f) =>
      /denied: ?$/i.test(f.before(12)) ||
      /^\.? ?(?:Reauthenticate and try again|Please run 'aws ecr)/i.test(f.after(40))
        ? {}
        : null,
  }),

  // kubernetes/apiserver pkg/endpoints/handlers/responsewriters/errors.go (forbiddenMessage: `User %q cannot %s
  // resource %q in API group %q …`) wrapped by apimachinery's NewForbidden (`%s is forbidden: %v`): RBAC (or
  // another authorizer) denied an authenticated user.
  // The API server's bearer-token authenticator, logged as `"Unable to authenticate the request" err="[invalid bearer
  // token, <cause>]"`: service-account tokens it judged by time (kubernetes pkg/serviceaccount/claims.go,
  // validateSATimes) or whose Secret is gone (legacy.go, "Token has been invalidated"; the apiserver log in
  // public k8s runbooks). The capitalised sentence is also other apps' words, so it only counts after the wrapper.
  // The wrapper itself, when no row reads its cause (a bare err="invalid bearer token"): the API server rejected a
  // bearer token that was sent. A cause beside it ("service account token has expired") refines it. Before klog's
  // structured logging the filter wrote `klog.Errorf("Unable to authenticate the request due to an error: %v", err)`
  // (k8s.io/apiserver pkg/endpoints/filters/authentication.go; kube-apiserver logs in opsnull/follow-me-install-
  // kubernetes-cluster#467 and rancher/k3os#790): the same wrapper after that sentence.
  kubernetes('invalid-bearer-token', 'challenge.invalid-token', 'invalid bearer token', {
    refinable: true,
    read: (f) => {
      const before = f.before(60);
      return /err(?:=|\\?"\s*:\s*)\\?"\[?$/.test(before) || /due to an error: \[?$/.test(before) ? {} : null;
    },
  }),
  // The x509 client-certificate authenticator (k8s.io/apiserver pkg/authentication/request/x509/x509.go: `verifying
  // certificate %s failed: %w` around crypto/x509's CertificateInvalidError, whose Expired detail is `current time %s
  // is after %s` (NotAfter) or `current time %s is before %s` (NotBefore), both RFC 3339; crypto/x509 verify.go), under
  // the same wrapper: `"Unable to authenticate the request" err="[x509: certificate has expired or is not yet valid:
  // current time 2021-07-12T18:20:34Z is after 2021-03-29T22:00:18Z, verifying certificate SN=2, SKID=, AKID= failed:
  // …]"` (kubernetes/minikube#11960, vitobotta/hetzner-k3s#639). The credential is the client certificate the
  // kubeconfig (client-certificate-data) or a component's own kubeconfig gives, not a bearer token. Go's words are every
  // Go TLS client's too ("Unable to connect to the server: x509: …" is kubectl refusing the server's certificate), so
  // they only count on the authenticator's line.
  kubernetes(
    'client-cert-expired',
    'time.expired',
    'x509: certificate has expired or is not yet valid: current time ',
    {
      read: clientCertificateTimes,
    },
  ),
  // Go before 1.15 printed the words alone, without the times (kubernetes/minikube#8945: `authentication.go:53] Unable
  // to authenticate the request due to an error: x509: certificate has expired or is not yet valid`): which of the two
  // is not said.
  kubernetes('client-cert-expired-bare', 'time.expired', CERT_EXPIRED_BARE, {
    read: (f) =>
      onAuthenticatorLine(f, CERT_EXPIRED_BARE) && !f.after(2).startsWith(':')
        ? { args: { reason: 'client-certificate' } }
        : null,
  }),
  // The certificate's issuer is not in the API server's --client-ca-file bundle: `"Unable to authenticate the request"
  // err="verifying certificate SN=…, SKID=, AKID=… failed: x509: certificate signed by unknown authority"`
  // (GoogleCloudPlatform/k8s-stackdriver#673; karmada-io/karmada#3971 in the aggregate form `err="[x509: certificate
  // signed by unknown authority, verifying certificate … failed: …]"`).
  kubernetes('client-cert-unknown-authority', 'signature.invalid', CERT_UNKNOWN_CA, {
    read: (f) => (onAuthenticatorLine(f, CERT_UNKNOWN_CA) ? { args: { reason: 'client-certificate' } } : null),
  }),
  // The OIDC authenticator has not yet fetched its issuer's discovery document and keys (kubernetes
  // staging/src/k8s.io/apiserver/plugin/pkg/authenticator/token/oidc; quoted in a public issue's apiserver log).
  kubernetes('oidc-not-initialized', 'key.jwks-unavailable', 'oidc: authenticator not initialized'),
  // The OIDC authenticator's checks after go-oidc accepted the token (the same oidc.go, AuthenticateToken and
  // getUsername): a --oidc-required-claim (or structured authentication's claimValidationRules claim/requiredValue)
  // absent ("oidc: required claim hd not present in ID token") or different ("oidc: required claim hd value does not
  // match. Got = gmail.com, want = example.com"); the username claim absent ("oidc: parse username claims \"email\":
  // claim not present", kubernetes/kubernetes#50432-style set-ups whose id_token carries no email); an email that the
  // token says is unverified ("oidc: email not verified", with email_verified false).
  kubernetes('required-claim', 'claim.required-missing', 'oidc: required claim ', {
    read: (f) => {
      const after = f.after(260);
      const absent = /^([\w.:/-]{1,100}) not present in ID token/.exec(after);
      if (absent !== null) return { ...claimMissing(absent[1] as string), extend: absent[0].length };
      const differs = /^([\w.:/-]{1,100}) value does not match\. Got = /.exec(after);
      return differs === null ? null : { ...claimViolated(differs[1] as string), extend: differs[0].length };
    },
  }),
  kubernetes('username-claim', 'claim.required-missing', 'oidc: parse username claims ', {
    read: (f) => {
      const m = /^\\?"([^"\\\n]{1,100})\\?": claim not present/.exec(f.after(140));
      return m === null ? null : { ...claimMissing(m[1] as string), extend: m[0].length };
    },
  }),
  kubernetes('email-not-verified', 'claim.required-missing', 'oidc: email not verified', {
    args: { claim: 'email_verified', reason: 'mismatch' },
  }),
  kubernetes('sa-expired', 'time.expired', 'service account token has expired'),
  kubernetes('sa-not-yet-valid', 'time.not-yet-valid', 'service account token is not valid yet'),
  kubernetes('sa-issued-in-future', 'time.issued-in-future', 'service account token is issued in the future'),
  kubernetes('invalidated', 'token.revoked', 'Token has been invalidated', {
    exactCase: true,
    read: (f) => (/invalid bearer token, $/.test(f.before(40)) ? {} : null),
  }),
  // Before 1.17 the service-account authenticator's expiry said "Token has expired." (pkg/serviceaccount/claims.go,
  // `case err == jwt.ErrExpired`), logged as "Unable to authenticate the request due to an error: [invalid bearer
  // token, Token has expired.]" for a client that kept a projected token it never re-read
  // (kubernetes/kube-state-metrics#753).
  kubernetes('sa-expired-legacy', 'time.expired', 'Token has expired.', {
    exactCase: true,
    read: (f) => (/invalid bearer token, $/.test(f.before(40)) ? {} : null),
  }),
  // The token names a service account whose UID is no longer the live one: the account was deleted and recreated under
  // the same name, so the pod's token is bound to one that no longer exists ("ServiceAccount UID (%s) does not match
  // claim (%s)" in pkg/serviceaccount/legacy.go and claims.go, lower-cased "service account UID" in newer releases;
  // kubernetes/kubernetes#106049's TokenReview answer `[invalid bearer token, ServiceAccount UID (795fd62d-…) does not
  // match claim (deb3ec38-…)]`, fixed by restarting the pod for a new token).
  ...['ServiceAccount UID (', 'service account UID ('].map((text, i) =>
    kubernetes(i === 0 ? 'sa-uid-mismatch' : 'sa-uid-mismatch-lower', 'token.revoked', text, {
      exactCase: true,
      read: (f) => {
        const m = /^[\w-]{1,64}\) does not match claim \([\w-]{1,64}\)/.exec(f.after(160));
        return m === null ? null : { extend: m[0].length };
      },
    }),
  ),
  // A token verifier (Vault's Kubernetes auth method, kube-rbac-proxy, any webhook) calls the TokenReview API to check
  // the token it was given; RBAC refusing that call is the verifier's own service account lacking
  // system:auth-delegator, whatever token the client sent: Vault's "Code: 500. Errors: * {…"message":
  // "tokenreviews.authentication.k8s.io is forbidden: User \"system:serviceaccount:default:vault-tokenreview\" cannot
  // create tokenreviews.authentication.k8s.io at the cluster scope"…}" (coreos/vault-operator#359; argocd-vault-plugin#102
  // in Vault's "login unauthorized due to: " log line). Only the API server's forbidden sentence for that resource.
  kubernetes(
    'tokenreviews-forbidden',
    'verifier.misconfigured',
    'tokenreviews.authentication.k8s.io is forbidden: User ',
    {
      read: (f) => (/^\\?"[^"\\]{1,200}\\?" (?:groups \S.{0,200} )?cannot /.test(f.after(420)) ? {} : null),
    },
  ),
  // Not `system:anonymous`, the name of a request no authenticator accepted (authz.ts reads it as token.missing).
  kubernetes('forbidden', 'policy.deny', 'is forbidden: User ', {
    read: (f) => {
      const after = f.after(420);
      if (/^\\?"system:anonymous\\?"/.test(after)) return null;
      return /^\\?"[^"\\]{1,200}\\?" (?:groups \S.{0,200} )?cannot /.test(after) ? {} : null;
    },
  }),
];

/** containerd's "push access denied" / "pull access denied": the action the registry's token lacked. */
const REGISTRY_ACTION = /\b(push|pull) access denied\b/i;
