/**
 * Backends as a service refusing an app's call in their own words (round audit-an): Firebase's Realtime Database and
 * Cloud Storage (their security rules), PocketBase's locked API rules and Parse Server's session token, keys and
 * master key. An app talks to these straight from the client, so the refusal is the backend's, and its fix is the
 * backend's own setting (a rules file, a collection's rule, a key). Each row's source is beside it.
 */

import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, compact, family, namedNear, textAround } from './matcher.js';

const database = family('firebase-database');
const storage = family('firebase-storage');
const pocketbase = family('pocketbase');
const parse = family('parse-server');
const directus = family('directus');
const hasura = family('hasura');
const appwrite = family('appwrite');
const convex = family('convex');
const strapi = family('strapi');
const nocodb = family('nocodb');

/** Directus's ForbiddenError message (directus/directus packages/errors/src/errors/forbidden.ts). */
export const DIRECTUS_FORBIDDEN = "You don't have permission to access this.";

/** Parse's error code 209 (INVALID_SESSION_TOKEN) beside its words: `"code":209`, `code=209`, `(Code: 209`, `209:`. */
function parseCode209(f: Fragment): Reading | null {
  return /(?:^|[^\d.])209(?:$|[^\d.])/.test(textAround(f, 40, 40)) ? {} : null;
}

/** A code in Firebase's `<service>/<code>` form stands alone (a value, a bracket), never inside a path. */
function firebaseCode(f: Fragment): Reading | null {
  return /(?:^|[\s"'[(`])$/.test(f.before(1)) ? {} : null;
}

/** The Realtime Database's error as @firebase/database builds it: its message ends there, with Firebase near it. */
const FIREBASE_NEAR = namedNear(600, 600, 'firebase');
function databaseDenied(f: Fragment): Reading | null {
  // gRPC's own print puts its numeric code first ("7 PERMISSION_DENIED: …"): a Google API's, never the database's.
  if (/^[\w ]/.test(f.after(1)) || /\d $/.test(f.before(2))) return null;
  return FIREBASE_NEAR(f);
}

/**
 * The scope Appwrite names after "missing scope": `(public)`, or since 1.5 `s (["account"])`; read only in its
 * parentheses, one scope word.
 */
function appwriteScope(f: Fragment): Reading | null {
  const m = /^s? \((?:\[")?([a-z][a-z.]{0,40})(?:"\])?\)/.exec(f.after(60));
  return m?.[1] === undefined ? null : { args: compact({ expected: [m[1]] }) };
}

/** NocoDB's words, short and anyone's, count only with NocoDB or its token headers named near them. */
const NOCODB_NEAR = namedNear(600, 600, 'nocodb', 'xc-token', 'xc-auth');
function nocodbAccess(f: Fragment): Reading | null {
  // "Unauthorized access : xc-auth does not have admin permission" is older releases' refusal of a signed-in role.
  return f.after(3).startsWith(' :') ? null : NOCODB_NEAR(f);
}
function nocodbMsg(f: Fragment): Reading | null {
  return /"msg"\s{0,2}:\s{0,2}"$/.test(f.before(12)) ? NOCODB_NEAR(f) : null;
}

export const BACKENDS: readonly Matcher[] = [
  // The Realtime Database's security rules refused the read or write: the web SDK's errorForServerCode,
  // "permission_denied at /items: Client doesn't have permission to access the desired data." (angular/angularfire#1059,
  // zeckdude/react-native-expo-firebase-chat#2), and its later Repo.callOnCompleteCallback, "PERMISSION_DENIED:
  // Permission denied" (firebase/quickstart-js#239, under @firebase/database's stack); the Android SDK's
  // DatabaseException "Firebase Database error: Permission denied" and its log "setValue at /message failed:
  // DatabaseError: Permission denied" (firebase/quickstart-android#33). The rules see request auth (null before
  // sign-in) and the path: the maintainers' answer in each is the database's rules.
  database('client-no-permission', 'policy.deny', "Client doesn't have permission to access the desired data.", {
    exactCase: true,
  }),
  database('android-permission-denied', 'policy.deny', 'Firebase Database error: Permission denied', {
    exactCase: true,
  }),
  database('android-log-permission-denied', 'policy.deny', 'failed: DatabaseError: Permission denied', {
    exactCase: true,
  }),
  // gRPC's PERMISSION_DENIED is any Google API's ("Permission denied on resource project …"): the whole message, and
  // only with Firebase near it.
  database('permission-denied', 'policy.deny', 'PERMISSION_DENIED: Permission denied', {
    exactCase: true,
    read: databaseDenied,
  }),

  // Cloud Storage for Firebase's security rules refused the upload or download: the web SDK's code "storage/unauthorized"
  // with "Firebase Storage: User does not have permission to access 'images/….png'." (fris-fruitig/
  // react-firebase-file-uploader#48: its serverResponse is the 403), FlutterFire's "[firebase_storage/unauthorized] User
  // is not authorized to perform the desired action." (flyerhq/flutter_firebase_chat_core#70: "This must be in your
  // firebase security rules"), and the Android SDK's StorageException "User does not have permission to access this
  // object." with "Code: -13021 HttpResult: 403" (flutter/flutter#41168, bookdash/bookdash-android-app#42: the rule
  // `allow read, write: if request.auth != null` and no signed-in user).
  storage('unauthorized', 'policy.deny', 'storage/unauthorized', { ...CODE, exactCase: true, read: firebaseCode }),
  storage('flutterfire-unauthorized', 'policy.deny', 'firebase_storage/unauthorized', { ...CODE, exactCase: true }),
  storage('android-no-permission', 'policy.deny', 'User does not have permission to access this object.', {
    exactCase: true,
  }),
  storage('web-no-permission', 'policy.deny', 'Firebase Storage: User does not have permission to access', {
    exactCase: true,
  }),

  // PocketBase answers a record action whose API rule is locked (null: superusers only, the default) to any other
  // caller with 403 "Only admins can perform this action." (before 0.23: pocketbase/js-sdk#237, an authWithPassword not
  // awaited; pocketbase/pocketbase#3903), since 0.23 "Only superusers can perform this action." (pocketbase/pocketbase
  // #6585, an SDK still signing in with pb.admins). Read with PocketBase or its JS SDK's ClientResponseError near.
  pocketbase('admins-only', 'policy.deny', 'Only admins can perform this action.', {
    exactCase: true,
    read: namedNear(300, 300, 'pocketbase', 'clientresponseerror'),
  }),
  pocketbase('superusers-only', 'policy.deny', 'Only superusers can perform this action.', {
    exactCase: true,
    read: namedNear(300, 300, 'pocketbase', 'clientresponseerror'),
  }),

  // Parse Server's error 209, INVALID_SESSION_TOKEN: the X-Parse-Session-Token it got matches no live _Session (logged
  // out, expired, revoked, another server's): `{"code":209,"error":"invalid session token"}` (parse-community/
  // parse-server#2255; "Invalid session token" in later releases), as the JS SDK prints it "invalid session token
  // code=209" (parse-community/Parse-SDK-JS#502). The same code with "Session token required." is an SDK call that
  // needs a session after logOut (parse-community/parse-server#2626: "the 209 error code indicates that a valid session
  // token was not found"). The words only with 209 beside them.
  parse('invalid-session-token', 'challenge.invalid-token', 'invalid session token', { read: parseCode209 }),
  parse('session-token-required', 'token.missing', 'Session token required.', { read: parseCode209 }),
  // enforceMasterKeyAccess and promiseEnforceMasterKeyAccess (parse-server src/middlewares.js): a route or an operation
  // that only the master key may use, called without it, or with a master key Parse Server does not take from this
  // caller's IP (masterKeyIps; parse-community/parse-dashboard#2349, parse-community/parse-server#8746), also inside a
  // Cloud Code function (yongjhih/docker-parse-server#54: `{"code":141,"error":{"message":"unauthorized: master key is
  // required"}}`).
  parse('master-key-required', 'policy.deny', 'unauthorized: master key is required', { exactCase: true }),
  // handleParseHeaders' invalidRequest (parse-server src/middlewares.js: `res.status(403); res.end('{"error":
  // "unauthorized"}')`): an application id the server does not run, a client, JavaScript or REST API key that does not
  // match the one configured, or a master key from an IP outside masterKeyIps (parse-community/parse-server-example#16,
  // parse-community/parse-server#508: "a typo in your master key or app ID"). The body is any server's, so only with
  // Parse named near it (its headers, its /parse mount).
  parse('unauthorized', 'challenge.invalid-token', '{"error":"unauthorized"}', {
    exactCase: true,
    read: namedNear(600, 600, 'x-parse-', 'parse-server', 'parse server', '/parse'),
  }),

  // Directus's ForbiddenError as a client prints the reply it parsed (directus-labs/agency-os#118: `{ errors: [ {
  // message: "You don't have permission to access this.", extensions: [Object] } ]` beside status 403): the reply's JSON
  // is read by parse/error-bodies.ts; printed otherwise, the words count only with Directus named near them.
  directus('forbidden', 'policy.deny', DIRECTUS_FORBIDDEN, {
    exactCase: true,
    read: namedNear(600, 600, 'directus'),
  }),

  // Hasura's answers to a credential or role it refused (hasura/graphql-engine server/src-lib/Hasura/Server/Auth.hs,
  // under extensions.code "access-denied"): an admin secret that is not the one it runs with, "invalid
  // x-hasura-admin-secret/x-hasura-access-key" (hasura/graphql-engine#5563 and #3740, the CLI's secret not the server's);
  // a metadata, schema or migrate call made as another role than admin, "restricted access : admin only"
  // (hasura/graphql-engine#6104: no admin secret configured in the CLI); an x-hasura-role the token's
  // x-hasura-allowed-roles do not list, "Your requested role is not in allowed roles" (nhost/hasura-auth#536).
  hasura('invalid-admin-secret', 'challenge.invalid-token', 'invalid x-hasura-admin-secret/x-hasura-access-key'),
  hasura('admin-only', 'policy.deny', 'restricted access : admin only', { exactCase: true }),
  hasura('role-not-allowed', 'policy.deny', 'Your requested role is not in allowed roles'),

  // Appwrite's general_unauthorized_scope for an API key, `<app id>@service.<host> (role: applications) missing scope
  // (<scope>)` (appwrite/appwrite#7881, a key without the scope; #9383, a server client with a key acting as the
  // application, not the user): the key's scopes, or an endpoint only a user's session may call (account, public).
  appwrite('app-missing-scope', 'scope.insufficient', '(role: applications) missing scope', { read: appwriteScope }),

  // Convex's sync and HTTP APIs refusing the JWT a client set (ConvexReactClient.setAuth, ConvexProviderWithAuth):
  // NoAuthProvider "No auth provider found matching the given token", with "check your server auth config" after it in
  // the browser client's log (get-convex/convex-backend#402: a Clerk session token without the convex template's aud;
  // abdtriedcoding/notesGPT#1: `{"code":"NoAuthProvider",…}`), and "Could not verify OIDC token claim. Check that the
  // token signature is valid and the token hasn't expired." (get-convex/convex-backend#218, logto-io/logto#7791).
  convex('no-auth-provider', 'challenge.invalid-token', 'No auth provider found matching the given token', {
    exactCase: true,
  }),
  convex('oidc-claim', 'challenge.invalid-token', 'Could not verify OIDC token claim', { exactCase: true }),

  // Strapi's users-permissions strategy refusing a caller its role does not allow, thrown with @strapi/utils'
  // ForbiddenError default message and logged by Strapi as "ForbiddenError: Forbidden access" (strapi/strapi#19282, its
  // stack in plugin-users-permissions/server/strategies/users-permissions.js; pluginpal/strapi-webtools#17). The
  // default words are @strapi/utils', so only with Strapi named near them.
  strapi('forbidden-access', 'policy.deny', 'ForbiddenError: Forbidden access', {
    exactCase: true,
    read: namedNear(400, 600, 'strapi'),
  }),

  // NocoDB's ACL middleware finding no role for the request, NcError.unauthorized('Unauthorized access') (nocodb/nocodb
  // packages/nocodb/src/middlewares/extract-ids/extract-ids.middleware.ts; its log "authMiddleware :: Unauthorized
  // [Error]: Unauthorized access", nocodb/nocodb#2396; `{"msg": "Unauthorized access"}` after an upgrade,
  // YunoHost-Apps/nocodb_ynh#118), and `{"msg":"Unauthorized"}` for an API token it does not know (nocodb/nocodb#7272,
  // answered 403; #5713, xc-token on its storage upload): no xc-token or xc-auth it accepts came with the request.
  nocodb('unauthorized-access', 'challenge.invalid-token', 'Unauthorized access', {
    exactCase: true,
    read: nocodbAccess,
  }),
  nocodb('msg-unauthorized', 'challenge.invalid-token', 'Unauthorized"', { exactCase: true, read: nocodbMsg }),

  // Appwrite's user_jwt_invalid, "Failed to verify JWT. " and adhocore/jwt's own words (its JWT::decode): the value in
  // X-Appwrite-JWT (the SDKs' setJWT) is no JWT at all, "Invalid token: Incomplete segments" (appwrite/appwrite#1585:
  // an API key given to setJWT, "Try doing .setKey instead"), its header no JSON, "JSON failed: Syntax error"
  // (appwrite/appwrite#1251: a Python SDK that lower-cased the token), or it was signed with another key than this
  // Appwrite's, "Invalid token: Signature failed".
  appwrite('jwt-incomplete-segments', 'token.malformed', 'Failed to verify JWT. Invalid token: Incomplete segments', {
    exactCase: true,
  }),
  appwrite('jwt-json-failed', 'token.malformed', 'Failed to verify JWT. JSON failed', { exactCase: true }),
  appwrite('jwt-signature-failed', 'signature.invalid', 'Failed to verify JWT. Invalid token: Signature failed', {
    exactCase: true,
  }),
];
