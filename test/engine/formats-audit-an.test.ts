/**
 * Round audit-an: backends as a service refusing an app's call in their own words (Firebase's Realtime Database and
 * Cloud Storage rules, PocketBase's locked API rules, Parse Server's session token and master key, Directus's
 * permissions, Appwrite's guests role). Pastes rebuilt from the public threads named beside each case (sources cited
 * beside the rows in parse/verifier-messages/backends.ts), keys and paths made up.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const viaOf = (r: Awaited<ReturnType<typeof run>>) => r.findings.map((f) => (f.args as { via?: string }).via);

describe('Firebase Realtime Database: its security rules refused the read or write', () => {
  it('catches: the web SDK’s permission_denied at a path (angular/angularfire#1059)', async () => {
    const f = await catches(
      'policy.deny',
      "ERROR Error: permission_denied at /items: Client doesn't have permission to access the desired data.\n    at G (database.js:209)",
    );
    expect(f.args).toMatchObject({ via: 'firebase-database', stated: true });
    const r = await run(
      "Error: permission_denied at /users: Client doesn't have permission to access the desired data.",
    );
    expect(r.classification).toBe('authorization');
    expect(r.nextSteps.join(' ')).toMatch(/Realtime Database → Rules/);
  });

  it('catches: Android’s DatabaseException and its RepoOperation log (firebase/quickstart-android#33)', async () => {
    const f = await catches(
      'policy.deny',
      'com.google.firebase.database.DatabaseException: Firebase Database error: Permission denied\nW/RepoOperation: setValue at /message failed: DatabaseError: Permission denied',
    );
    expect(f.args).toMatchObject({ via: 'firebase-database' });
  });

  it('catches: PERMISSION_DENIED under @firebase/database’s stack (firebase/quickstart-js#239)', async () => {
    const f = await catches(
      'policy.deny',
      'Uncaught (in promise) Error: PERMISSION_DENIED: Permission denied\n    at Repo../node_modules/@firebase/database/dist/index.cjs.js.Repo.callOnCompleteCallback (index.cjs.js:12909)',
    );
    expect(f.args).toMatchObject({ via: 'firebase-database' });
  });

  it('catches not: gRPC’s PERMISSION_DENIED of another Google API, or without Firebase near', async () => {
    const other = await run('Error: 7 PERMISSION_DENIED: Permission denied on resource project my-firebase-project.');
    expect(viaOf(other)).not.toContain('firebase-database');
    const bare = await run('grpc error: PERMISSION_DENIED: Permission denied');
    expect(viaOf(bare)).not.toContain('firebase-database');
    const grpc = await run('firebase-admin: Error: 7 PERMISSION_DENIED: Permission denied');
    expect(viaOf(grpc)).not.toContain('firebase-database');
  });
});

describe('Cloud Storage for Firebase: its security rules refused the upload or download', () => {
  it('catches: the web SDK’s storage/unauthorized (fris-fruitig/react-firebase-file-uploader#48)', async () => {
    const f = await catches(
      'policy.deny',
      `{\n  "code_": "storage/unauthorized",\n  "message_": "Firebase Storage: User does not have permission to access 'images/a.png'.",\n  "name_": "FirebaseError"\n}`,
    );
    expect(f.args).toMatchObject({ via: 'firebase-storage', stated: true });
    const r = await run(
      "FirebaseError: Firebase Storage: User does not have permission to access 'a.png'. (storage/unauthorized)",
    );
    expect(r.nextSteps.join(' ')).toMatch(/Storage → Rules/);
  });

  it('catches: FlutterFire’s [firebase_storage/unauthorized] (flyerhq/flutter_firebase_chat_core#70)', async () => {
    const f = await catches(
      'policy.deny',
      'Unhandled Exception: [firebase_storage/unauthorized] User is not authorized to perform the desired action.',
    );
    expect(f.args).toMatchObject({ via: 'firebase-storage' });
  });

  it('catches: Android’s StorageException -13021 (flutter/flutter#41168)', async () => {
    const f = await catches(
      'policy.deny',
      'E/StorageException( 8961): StorageException has occurred.\nE/StorageException( 8961): User does not have permission to access this object.\nE/StorageException( 8961):  Code: -13021 HttpResult: 403',
    );
    expect(f.args).toMatchObject({ via: 'firebase-storage' });
  });

  it('catches not: the code inside a path', async () => {
    const r = await run('GET https://example.test/api/storage/unauthorized-uploads 403');
    expect(viaOf(r)).not.toContain('firebase-storage');
  });
});

describe('PocketBase: a locked API rule (superusers only)', () => {
  it('catches: "Only admins can perform this action." (pocketbase/js-sdk#237)', async () => {
    const f = await catches(
      'policy.deny',
      'Error: ClientResponseError 403: Only admins can perform this action.\n    at eval (webpack-internal:///./node_modules/pocketbase/dist/pocketbase.es.mjs:1069:23)',
    );
    expect(f.args).toMatchObject({ via: 'pocketbase', stated: true });
    const r = await run('ClientResponseError 403: Only admins can perform this action.');
    expect(r.nextSteps.join(' ')).toMatch(/API Rules/);
  });

  it('catches: 0.23’s "Only superusers can perform this action." (pocketbase/pocketbase#6585)', async () => {
    const f = await catches(
      'policy.deny',
      "Error details: {\n  name: 'ClientResponseError 403',\n  message: 'Only superusers can perform this action.',",
    );
    expect(f.args).toMatchObject({ via: 'pocketbase' });
  });

  it('catches not: the words in another app with no PocketBase near', async () => {
    const r = await run('HTTP/1.1 403 Forbidden\n\n{"error":"Only admins can perform this action."}');
    expect(viaOf(r)).not.toContain('pocketbase');
  });
});

describe('Parse Server: its session token, its master key', () => {
  it('catches: 209 invalid session token, a Parse session token (parse-community/parse-server#2255)', async () => {
    const f = await catches('challenge.invalid-token', '{"code":209,"error":"invalid session token"}');
    expect(f.args).toMatchObject({ via: 'parse-server', credential: 'parse-session-token' });
    const r = await run('error: invalid session token code=209, message=invalid session token');
    expect(r.classification).toBe('authentication');
    expect(r.nextSteps.join(' ')).toMatch(/Parse\.User\.logIn/);
  });

  it('catches: 209 Session token required after logOut (parse-community/parse-server#2626)', async () => {
    const f = await catches('token.missing', '[Error]: Session token required. (Code: 209, Version: 1.14.2)');
    expect(f.args).toMatchObject({ via: 'parse-server' });
  });

  it('catches: master key required, in Cloud Code’s reply (yongjhih/docker-parse-server#54)', async () => {
    const f = await catches(
      'policy.deny',
      '{\n  "code": 141,\n  "error": {\n    "message": "unauthorized: master key is required"\n  }\n}',
    );
    expect(f.args).toMatchObject({ via: 'parse-server', stated: true });
    const r = await run(
      'Error: unauthorized: master key is required\n    at promiseEnforceMasterKeyAccess (middlewares.js:450:19)',
    );
    expect(r.nextSteps.join(' ')).toMatch(/masterKeyIps/);
  });

  it('catches not: "invalid session token" without Parse’s 209', async () => {
    const r = await run('{"status":401,"error":"invalid session token"}');
    expect(viaOf(r)).not.toContain('parse-server');
    await catchesNot('token.missing', 'Session token required. (Code: 2090)');
  });
});

describe('Directus: its permissions refused the role', () => {
  it('catches: FORBIDDEN with its own words (directus/directus#15698)', async () => {
    const f = await catches(
      'policy.deny',
      `{"errors":[{"message":"You don't have permission to access this.","extensions":{"code":"FORBIDDEN"}}]}`,
    );
    expect(f.args).toMatchObject({ via: 'directus', stated: true });
    const r = await run(
      `{"errors":[{"message":"You don't have permission to access this.","extensions":{"code":"FORBIDDEN"}}]}`,
    );
    expect(r.nextSteps.join(' ')).toMatch(/Access Policies/);
  });

  it('catches: the reply as a client prints it, Directus named (directus-labs/agency-os#118)', async () => {
    const f = await catches(
      'policy.deny',
      ` ERROR  { errors:\n   [ { message: "You don't have permission to access this.", extensions: [Object] } ],\n WARN  Please ensure the directus instance is reachable at http://0.0.0.0:8055.`,
    );
    expect(f.args).toMatchObject({ via: 'directus' });
  });

  it('catches not: another GraphQL server’s FORBIDDEN, or the words with no Directus near', async () => {
    const other = await run('{"errors":[{"message":"Forbidden resource","extensions":{"code":"FORBIDDEN"}}]}');
    expect(viaOf(other)).not.toContain('directus');
    const bare = await run("Error: You don't have permission to access this.");
    expect(viaOf(bare)).not.toContain('directus');
  });
});

describe('Appwrite: its guests role names no session', () => {
  it('catches: general_unauthorized_scope for guests, with Appwrite’s own steps (adrianhajdin/banking#50)', async () => {
    const input =
      "Error fetching logged-in user: AppwriteException [Error]: User (role: guests) missing scope (account)\n  code: 401,\n  type: 'general_unauthorized_scope',";
    const f = await catches('token.missing', input);
    expect(f.args).toMatchObject({ via: 'appwrite' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/setSession/);
    expect(r.nextSteps.join(' ')).not.toMatch(/Authorization: Bearer/);
  });
});

describe('Hasura: its admin secret and its roles', () => {
  it('catches: an admin secret it does not run with, a credential of its own (hasura/graphql-engine#5563)', async () => {
    const input =
      'curl -H "x-hasura-admin-secret: not-the-secret" -d @q.json https://h.example.test/v1/graphql\n{"errors":[{"extensions":{"path":"$","code":"access-denied"},"message":"invalid x-hasura-admin-secret/x-hasura-access-key"}]}';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'hasura', credential: 'hasura-admin-secret' });
    await catchesNot('authz-header.missing', input);
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/HASURA_GRAPHQL_ADMIN_SECRET/);
  });

  it('catches: admin only, and a role the token does not allow (hasura/graphql-engine#6104, nhost/hasura-auth#536)', async () => {
    const f = await catches(
      'policy.deny',
      'FATA[0000] cannot create migrate instance: [access-denied] restricted access : admin only ($.args)',
    );
    expect(f.args).toMatchObject({ via: 'hasura', stated: true });
    const g = await catches('policy.deny', '{"errors":[{"message":"Your requested role is not in allowed roles"}]}');
    expect(g.args).toMatchObject({ via: 'hasura' });
  });

  it('catches not: the secret merely named, with no refusal', async () => {
    const r = await run('We set x-hasura-admin-secret/x-hasura-access-key in the CLI config.');
    expect(viaOf(r)).not.toContain('hasura');
  });
});

describe('Appwrite: an API key without the scope', () => {
  it('catches: (role: applications) missing scope, the key’s scopes (appwrite/appwrite#7881)', async () => {
    const input = '"app.***@service.cloud.appwrite.io (role: applications) missing scope (public)"';
    const f = await catches('scope.insufficient', input);
    expect(f.args).toMatchObject({ via: 'appwrite', required: ['public'] });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/API keys/);
  });

  it('catches not: the guests role, which names no session rather than a key', async () => {
    await catchesNot('scope.insufficient', 'AppwriteException: User (role: guests) missing scope (account)');
  });
});

describe('Parse Server: its application id and keys', () => {
  it('catches: {"error":"unauthorized"} at its /parse mount (parse-community/parse-server-example#16)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'any calls to `http://localhost:1337/parse` return `{"error":"unauthorized"}`',
    );
    expect(f.args).toMatchObject({ via: 'parse-server', credential: 'parse-keys' });
  });

  it('catches not: the same body from any other server', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\n\n{"error":"unauthorized"}');
    expect(viaOf(r)).not.toContain('parse-server');
  });

  it('catches not: a request carrying Parse’s own key headers is missing no Authorization', async () => {
    await catchesNot(
      'authz-header.missing',
      'curl -X POST -H "X-Parse-Application-Id: app" -H "X-Parse-Master-Key: k" https://p.example.test/parse/functions/push\n{"code":141,"error":{"message":"unauthorized: master key is required"}}',
    );
  });
});

describe('Convex: a JWT its auth config does not match or cannot verify', () => {
  it('catches: NoAuthProvider, with Convex’s auth config step (get-convex/convex-backend#402)', async () => {
    const input =
      'Failed to authenticate: "No auth provider found matching the given token", check your server auth config';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'convex' });
    const r = await run(input);
    expect(r.classification).toBe('authentication');
    expect(r.nextSteps.join(' ')).toMatch(/auth\.config\.ts/);
  });

  it('catches: its code in a server component’s error (abdtriedcoding/notesGPT#1)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'Error: {"code":"NoAuthProvider","message":"No auth provider found matching the given token"}\n    at m.query (/var/task/.next/server/chunks/493.js:1:3990)',
    );
    expect(f.args).toMatchObject({ via: 'convex' });
  });

  it('catches not: an app’s own "Not authenticated" thrown in a Convex function', async () => {
    const r = await run(
      '[CONVEX Q(todos:get)] [Request ID: 86fd76a4900b25a0] Server Error\nUncaught Error: Not authenticated\n    at handler (../convex/todos.ts:24:11)',
    );
    expect(viaOf(r)).not.toContain('convex');
  });
});

describe('Strapi: its ForbiddenError out of its envelope, and in its log', () => {
  it('catches: the bare error object (manishkatyan/strapi-stripe#106)', async () => {
    const f = await catches(
      'policy.deny',
      '{\n    "status": 403,\n    "name": "ForbiddenError",\n    "message": "Forbidden",\n    "details": {}\n}',
    );
    expect(f.args).toMatchObject({ via: 'strapi', stated: true });
  });

  it('catches: its log’s ForbiddenError from users-permissions (strapi/strapi#19282)', async () => {
    const f = await catches(
      'policy.deny',
      'ForbiddenError: Forbidden access\n    at Object.verify (/app/node_modules/@strapi/plugin-users-permissions/server/strategies/users-permissions.js:115:11)',
    );
    expect(f.args).toMatchObject({ via: 'strapi' });
  });

  it('catches not: another library’s ForbiddenError, or the object with more members', async () => {
    const other = await run('ForbiddenError: Forbidden access\n    at checkRole (/srv/app/lib/guard.js:10:5)');
    expect(viaOf(other)).not.toContain('strapi');
    const more = await run('{"status":403,"name":"ForbiddenError","message":"Forbidden","details":{},"path":"/x"}');
    expect(viaOf(more)).not.toContain('strapi');
  });
});

describe('AWS AppSync: its words in prose, its field rules', () => {
  it('catches: "Valid authorization header not provided." with its realtime host near (graphql-dotnet/graphql-client#379)', async () => {
    const f = await catches(
      'token.missing',
      'new Uri($"wss://abc123.appsync-realtime-api.us-east-2.amazonaws.com/graphql?header={header}&payload=e30=");\nbut subscription is not working. it says Valid authorization header not provided.',
    );
    expect(f.args).toMatchObject({ via: 'aws-appsync' });
  });

  it('catches not: the words in prose with no AppSync host near', async () => {
    const r = await run('Our gateway says Valid authorization header not provided. when the token is empty.');
    expect(viaOf(r)).not.toContain('aws-appsync');
  });

  it('catches: a field’s rules, with the schema’s directives step (aws-amplify/amplify-js#12679)', async () => {
    const input =
      '[DEBUG] AWSAppSyncRealTimeProvider - Connection failed: {"errors":[{"errorType":"Unauthorized","message":"Not Authorized to access onCreateClient on type Subscription"}]}';
    const f = await catches('policy.deny', input);
    expect(f.args).toMatchObject({ via: 'aws-appsync' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/@aws_cognito_user_pools/);
  });
});

describe('NocoDB: its own token headers refused', () => {
  it('catches: {"msg":"Unauthorized"} for an API token, a 403 by its design (nocodb/nocodb#7272)', async () => {
    const input =
      'curl -H "xc-token: abcdefghijklmnopqrstuvwxyz0123456789ABCD" https://nocodb.example.test/api/v2/tables/m1/records\nHTTP/1.1 403 Forbidden\n\n{"msg":"Unauthorized"}';
    const f = await catches('challenge.invalid-token', input);
    expect(f.args).toMatchObject({ via: 'nocodb', credential: 'nocodb-token' });
    await catchesNot('authz-header.missing', input);
    await catchesNot('status.mismatch', input);
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/xc-token/);
  });

  it('catches: its ACL middleware’s log (nocodb/nocodb#2396)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'authMiddleware :: Unauthorized [Error]: Unauthorized access\n    at authMiddleware (/app/nocodb/packages/nocodb/src/lib/meta/helpers/ncMetaAclMw.ts:22:17)\nGET /api/v1/db/meta/projects/ 401 29 - 15.713 ms',
    );
    expect(f.args).toMatchObject({ via: 'nocodb' });
  });

  it('catches not: the words with no NocoDB near, or its older admin-permission refusal', async () => {
    const bare = await run('HTTP/1.1 401 Unauthorized\n\n{"msg":"Unauthorized access"}');
    expect(viaOf(bare)).not.toContain('nocodb');
    const role = await run('NocoDB: {"msg":"Unauthorized access : xc-auth does not have admin permission"}');
    expect(viaOf(role)).not.toContain('nocodb');
  });
});

describe('Appwrite: X-Appwrite-JWT that holds no JWT', () => {
  it('catches: an API key given to setJWT, "Incomplete segments" (appwrite/appwrite#1585)', async () => {
    const input =
      'client.setEndpoint("http://192.168.61.148:8080/v1").setProject("613211f6b5560").setJWT(Configs.apiKey)\nAppwriteException (AppwriteException: Failed to verify JWT. Invalid token: Incomplete segments (401))';
    const f = await catches('token.malformed', input);
    expect(f.args).toMatchObject({ via: 'appwrite' });
    const r = await run(input);
    expect(r.nextSteps.join(' ')).toMatch(/setKey/);
  });

  it('catches not: adhocore/jwt’s words without Appwrite’s prefix', async () => {
    const r = await run('JWTException: Invalid token: Incomplete segments');
    expect(viaOf(r)).not.toContain('appwrite');
  });
});
