/**
 * Round 5 of real-world pastes: frameworks and gateways the first four rounds did not cover — Apigee, Azure API
 * Management, Google ESPv2, Django REST framework SimpleJWT, Flask-JWT-Extended, FastAPI, Hasura, PostgREST /
 * Supabase, Firebase Admin, AWS Cognito and the Kubernetes API server — as an on-call engineer pastes them: a
 * status line and the product's own reply body, a log line, an SDK exception. Every product string is confirmed
 * in the product's source or in a public thread (the matcher rows and body readers name where); the surroundings
 * are the products' own shapes. Each row asserts the status, the classification, the top finding with `via`
 * (who said it), the codes that must come and those a misreading would add. The last group is text that names
 * a product but reports no failure, and must stay quiet. Reading choices: docs/findings.md, "Reading the rules".
 */
import { describe, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import {
  A401,
  EXPIRED,
  EXPIRED_MASKED,
  FRESH_MASKED,
  JSON_CT,
  MISREAD,
  NOT_MISSING,
  QUIET as NOTHING_STATED,
  REFUSED,
  S200,
  S401,
  S403,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

/** Apigee's fault body: `{"fault":{"faultstring":…,"detail":{"errorcode":…}}}`. */
const apigee = (faultstring: string, errorcode: string) =>
  `{"fault":{"faultstring":"${faultstring}","detail":{"errorcode":"${errorcode}"}}}`;

const APIGEE: Row[] = [
  {
    name: 'Apigee: OAuthV2 VerifyAccessToken, the access token expired',
    input: `${S401}\n${JSON_CT}\n\n${apigee('Access Token expired', 'keymanagement.service.access_token_expired')}`,
    ...A401,
    top: 'time.expired',
    via: 'apigee',
    includes: ['proxy.gateway-response'],
    excludes: [...NOT_MISSING, ...MISREAD],
    product: 'Apigee',
  },
  {
    name: 'Apigee: the same fault pretty-printed, status line only, with the masked token the client sent',
    input: [
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      `Authorization: Bearer ${EXPIRED_MASKED}`,
      '',
      S401,
      '{',
      '  "fault": {',
      '    "faultstring": "Access Token expired",',
      '    "detail": {',
      '      "errorcode": "keymanagement.service.access_token_expired"',
      '    }',
      '  }',
      '}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['input.masked', 'proxy.gateway-response'],
    excludes: [...NOT_MISSING, ...MISREAD],
    product: 'Apigee',
    tokenExp: NOW - 480,
  },
  {
    name: 'Apigee: an opaque token Apigee does not know',
    input: `${S401}\n${apigee('Invalid Access Token', 'keymanagement.service.invalid_access_token')}`,
    ...A401,
    top: 'challenge.invalid-token',
    via: 'apigee',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Apigee: oauth.v2.InvalidAccessToken, which Apigee answers when no bearer token was found',
    input: [
      'GET /v1/orders HTTP/1.1',
      'Host: api.acme-corp.com',
      'Accept: application/json',
      '',
      S401,
      JSON_CT,
      '',
      apigee('Invalid access token', 'oauth.v2.InvalidAccessToken'),
    ].join('\n'),
    ...A401,
    top: 'authz-header.missing',
    includes: ['proxy.gateway-response'],
    excludes: ['challenge.invalid-token', ...MISREAD],
    product: 'Apigee',
  },
  {
    name: 'Apigee: VerifyAPIKey rejects the API key, which is not the token',
    input: `${S401}\n${JSON_CT}\n\n${apigee('Invalid ApiKey', 'oauth.v2.InvalidApiKey')}`,
    ...A401,
    top: 'proxy.gateway-response',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
    product: 'Apigee',
  },
];

const APIM_INVALID_KEY =
  '{ "statusCode": 401, "message": "Access denied due to invalid subscription key. Make sure to provide a valid key for an active subscription." }';
const APIM_MISSING_KEY =
  '{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }';
const APIM_VALIDATE_JWT = '{ "statusCode": 401, "message": "Unauthorized. Access token is missing or invalid." }';

const AZURE_APIM: Row[] = [
  {
    name: 'Azure API Management: a missing subscription key, status line and body',
    input: `${S401}\n${APIM_MISSING_KEY}`,
    ...A401,
    top: 'proxy.gateway-response',
    excludes: [...NOT_MISSING, ...MISREAD],
    product: 'Azure API Management',
  },
  {
    name: 'Azure API Management: a wrong subscription key beside a good bearer token',
    input: [
      'GET /orders/v1/orders HTTP/1.1',
      'Host: acme-corp.azure-api.net',
      'Ocp-Apim-Subscription-Key: ****',
      `Authorization: Bearer ${FRESH_MASKED}`,
      '',
      S401,
      'Content-Type: application/json',
      'Date: Thu, 28 May 2026 14:09:58 GMT',
      '',
      APIM_INVALID_KEY,
    ].join('\n'),
    ...A401,
    includes: ['proxy.gateway-response'],
    excludes: [...NOT_MISSING, 'time.expired', ...MISREAD],
    product: 'Azure API Management',
  },
  {
    name: 'Azure API Management: validate-jwt (the message of the documentation sample) with no Authorization sent',
    input: [
      'GET /orders/v1/orders HTTP/1.1',
      'Host: acme-corp.azure-api.net',
      'Ocp-Apim-Subscription-Key: ****',
      '',
      S401,
      'Content-Type: application/json',
      '',
      APIM_VALIDATE_JWT,
    ].join('\n'),
    ...A401,
    top: 'authz-header.missing',
    includes: ['proxy.gateway-response'],
    product: 'Azure API Management',
  },
  {
    name: 'Azure API Management: validate-jwt rejecting an expired token',
    input: [
      'GET /orders/v1/orders HTTP/1.1',
      'Host: acme-corp.azure-api.net',
      `Authorization: Bearer ${EXPIRED_MASKED}`,
      '',
      S401,
      APIM_VALIDATE_JWT,
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['proxy.gateway-response'],
    excludes: NOT_MISSING,
    product: 'Azure API Management',
  },
];

const GOOGLE_ESP: Row[] = [
  {
    name: "ESPv2 on Cloud Run: a token from an issuer the service's config does not name",
    input: `${S401}\ncontent-type: text/plain\nserver: Google Frontend\n\nJwt issuer is not configured`,
    ...A401,
    top: 'claim.iss-mismatch',
    via: 'envoy',
    excludes: NOT_MISSING,
  },
  {
    name: 'ESPv2: an expired token, the reply with the token the client sent',
    input: [
      'GET /v1/shelves HTTP/1.1',
      `Authorization: Bearer ${EXPIRED_MASKED}`,
      '',
      S401,
      'content-type: text/plain',
      'server: Google Frontend',
      '',
      'Jwt is expired',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
];

const SIMPLEJWT: Row[] = [
  {
    name: 'SimpleJWT: no token class accepted the token',
    input: `${S401}\n${JSON_CT}\nWWW-Authenticate: Bearer realm="api"\n\n{"detail":"Given token not valid for any token type","code":"token_not_valid","messages":[{"token_class":"AccessToken","token_type":"access","message":"Token is invalid or expired"}]}`,
    ...A401,
    top: 'challenge.invalid-token',
    via: 'simplejwt',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'SimpleJWT: the same reply beside the expired token the client sent',
    input: [
      'GET /api/orders/ HTTP/1.1',
      `Authorization: Bearer ${EXPIRED_MASKED}`,
      '',
      S401,
      '{"detail":"Given token not valid for any token type","code":"token_not_valid"}',
    ].join('\n'),
    ...A401,
    includes: ['challenge.invalid-token', 'time.expired'],
    excludes: NOT_MISSING,
    tokenExp: NOW - 480,
  },
  {
    name: 'SimpleJWT: a token with a space in it',
    input: `${S401}\n{"detail":"Authorization header must contain two space-delimited values","code":"bad_authorization_header"}`,
    ...A401,
    top: 'authz-header.format',
    via: 'simplejwt',
    excludes: ['token.missing'],
  },
  {
    name: 'SimpleJWT: a token without the user id claim',
    input: `${S401}\n{"detail":"Token contained no recognizable user identification"}`,
    ...A401,
    top: 'claim.required-missing',
    via: 'simplejwt',
    excludes: ['token.missing'],
  },
];

const FLASK: Row[] = [
  {
    name: 'Flask-JWT-Extended: the default expired-token reply',
    input: `${S401}\n${JSON_CT}\n\n{"msg":"Token has expired"}`,
    ...A401,
    top: 'time.expired',
    via: 'flask-jwt-extended',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Flask-JWT-Extended: the reply pretty-printed (debug mode)',
    input: `${S401}\n{\n  "msg": "Token has expired"\n}`,
    ...A401,
    top: 'time.expired',
    via: 'flask-jwt-extended',
    excludes: NOT_MISSING,
  },
  {
    name: 'Flask-JWT-Extended: a revoked (blocklisted) token',
    input: `${S401}\n{"msg":"Token has been revoked"}`,
    ...A401,
    top: 'token.revoked',
    via: 'flask-jwt-extended',
    excludes: NOT_MISSING,
  },
  {
    name: "Flask-JWT-Extended: the invalid-token reply (422) carries PyJWT's message",
    input: 'HTTP/1.1 422 UNPROCESSABLE ENTITY\n{"msg":"Signature verification failed"}',
    status: 422,
    classification: 'authentication',
    top: 'signature.invalid',
    via: 'pyjwt',
  },
];

const FASTAPI: Row[] = [
  {
    name: 'FastAPI HTTPBearer: 403 "Not authenticated" when no Authorization header came',
    input: [
      'GET /items/ HTTP/1.1',
      'host: localhost:8000',
      'accept: application/json',
      '',
      S403,
      'content-type: application/json',
      '',
      '{"detail":"Not authenticated"}',
    ].join('\n'),
    // The server says no credentials came: that contradicts a 403 (docs/findings.md, Classification).
    status: 403,
    classification: 'authentication',
    top: 'authz-header.missing',
    includes: ['status.mismatch'],
    excludes: ['policy.deny'],
  },
  {
    name: 'FastAPI HTTPBearer: 403 "Invalid authentication credentials" for another scheme',
    input: [
      'GET /items/ HTTP/1.1',
      'Authorization: Token 9944b09199c62bcf9418ad846dd0e4bbdfc6ee4b',
      '',
      S403,
      '{"detail":"Invalid authentication credentials"}',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'authz-header.scheme',
    via: 'fastapi',
    includes: ['status.mismatch'],
    excludes: ['policy.deny'],
  },
];

const HASURA: Row[] = [
  {
    name: 'Hasura: an expired JWT, answered with a 200 and an invalid-jwt error',
    input: `${S200}\n{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWTExpired"}]}`,
    status: 200,
    classification: 'authentication',
    top: 'time.expired',
    via: 'hasura',
    excludes: MISREAD,
  },
  {
    name: 'Hasura: a token signed with another secret',
    input: `${S200}\n{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWSError JWSInvalidSignature"}]}`,
    status: 200,
    classification: 'authentication',
    top: 'signature.invalid',
    via: 'hasura',
  },
  {
    name: "Hasura: the server's http-log line for the same failure",
    input:
      '{"type":"http-log","timestamp":"2026-05-28T14:09:58.123+0000","level":"error","detail":{"operation":{"error":{"path":"$","error":"Could not verify JWT: JWTExpired","code":"invalid-jwt"},"request_id":"7f3c"},"http_info":{"status":200,"http_version":"HTTP/1.1","url":"/v1/graphql","method":"POST"}}}',
    // The log's http_info status is the status read.
    status: 200,
    classification: 'authentication',
    top: 'time.expired',
    via: 'hasura',
    excludes: MISREAD,
  },
];

/** PostgREST's error body (aeson, keys in order). */
const pgrst = (code: string, message: string) => `{"code":"${code}","details":null,"hint":null,"message":"${message}"}`;

const POSTGREST: Row[] = [
  {
    name: 'PostgREST 12+: PGRST303 JWT expired, with the challenge it sends',
    input: [
      S401,
      'Content-Type: application/json; charset=utf-8',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="JWT expired"',
      '',
      pgrst('PGRST303', 'JWT expired'),
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'Supabase / PostgREST 11: PGRST301 JWT expired, status line only',
    input: `${S401}\n${pgrst('PGRST301', 'JWT expired')}`,
    ...A401,
    top: 'time.expired',
    via: 'postgrest',
    excludes: [...NOT_MISSING, 'token.malformed'],
  },
  {
    name: 'PostgREST: a token signed with another secret',
    input: `${S401}\n${pgrst('PGRST301', 'JWT cryptographic operation failed')}`,
    ...A401,
    top: 'signature.invalid',
    via: 'postgrest',
    excludes: [...NOT_MISSING, 'token.malformed'],
  },
  {
    name: 'PostgREST: not three parts (a Supabase anon key pasted wrong)',
    input: `${S401}\n${pgrst('PGRST301', 'Expected 3 parts in JWT; got 1')}`,
    ...A401,
    top: 'token.malformed',
    via: 'postgrest',
    excludes: NOT_MISSING,
  },
  {
    name: 'PostgREST: the audience is not the configured one',
    input: `${S401}\n${pgrst('PGRST303', 'JWT not in audience')}`,
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'postgrest',
    excludes: NOT_MISSING,
  },
  {
    name: 'PostgREST: anonymous access disabled and no token sent',
    input: `${S401}\nWWW-Authenticate: Bearer\n\n${pgrst('PGRST302', 'Anonymous access is disabled')}`,
    ...A401,
    includes: ['token.missing'],
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
];

const FIREBASE: Row[] = [
  {
    name: 'Firebase Admin (Node): verifyIdToken on an expired ID token',
    input:
      'FirebaseAuthError: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired). See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.\n    at FirebaseTokenVerifier.mapJwtErrorToAuthError (/app/node_modules/firebase-admin/lib/auth/token-verifier.js:262:20)',
    status: null,
    classification: 'authentication',
    top: 'time.expired',
    via: 'firebase-admin',
    excludes: MISREAD,
  },
  {
    name: "Firebase Admin: an ID token from the staging project (aud is the other project's id)",
    input:
      'Error: Firebase ID token has incorrect "aud" (audience) claim. Expected "acme-prod" but got "acme-staging". Make sure the ID token comes from the same Firebase project as the service account used to authenticate this SDK. See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.',
    status: null,
    classification: 'authentication',
    top: 'claim.aud-mismatch',
    via: 'firebase-admin',
    excludes: MISREAD,
  },
  {
    name: 'Firebase Admin: a kid the Google certificates do not hold',
    input:
      '{"severity":"ERROR","message":"auth failed: Firebase ID token has \\"kid\\" claim which does not correspond to a known public key. Most likely the ID token is expired, so get a fresh token from your client app and try again."}',
    status: null,
    classification: 'authentication',
    top: 'key.kid-unknown',
    via: 'firebase-admin',
    excludes: MISREAD,
  },
  {
    name: 'Firebase Admin: a session cookie with a bad signature',
    input:
      'Error: Firebase session cookie has invalid signature. See https://firebase.google.com/docs/auth/admin/manage-cookies for details on how to retrieve a session cookie.',
    status: null,
    classification: 'authentication',
    top: 'signature.invalid',
    via: 'firebase-admin',
  },
];

const COGNITO: Row[] = [
  {
    name: 'Cognito (boto3): GetUser with an expired access token',
    input:
      'botocore.errorfactory.NotAuthorizedException: An error occurred (NotAuthorizedException) when calling the GetUser operation: Access Token has expired',
    status: null,
    classification: 'authentication',
    top: 'time.expired',
    via: 'cognito',
    excludes: MISREAD,
  },
  {
    name: 'Cognito (Amplify): a signed-out (revoked) access token',
    input:
      '{"code":"NotAuthorizedException","message":"Access Token has been revoked","name":"NotAuthorizedException"}',
    status: null,
    classification: 'authentication',
    top: 'token.revoked',
    via: 'cognito',
  },
];

const KUBERNETES: Row[] = [
  {
    name: 'Kubernetes: RBAC denies a service account, the Status object on a 403',
    input: `${S403}\nContent-Type: application/json\n\n{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"pods is forbidden: User \\"system:serviceaccount:ci:deployer\\" cannot list resource \\"pods\\" in API group \\"\\" in the namespace \\"prod\\"","reason":"Forbidden","details":{"kind":"pods"},"code":403}`,
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'kubernetes',
    excludes: ['token.missing', 'status.mismatch', ...MISREAD],
  },
  {
    name: "Kubernetes: kubectl's one line for the same denial",
    input:
      'Error from server (Forbidden): deployments.apps "web" is forbidden: User "jane@acme-corp.com" cannot patch resource "deployments" in API group "apps" in the namespace "prod"',
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'kubernetes',
    excludes: ['token.missing'],
  },
];

const PRODUCTS: Array<[string, Row[]]> = [
  ['Apigee', APIGEE],
  ['Azure API Management', AZURE_APIM],
  ['Google ESPv2', GOOGLE_ESP],
  ['Django REST framework SimpleJWT', SIMPLEJWT],
  ['Flask-JWT-Extended', FLASK],
  ['FastAPI', FASTAPI],
  ['Hasura', HASURA],
  ['PostgREST / Supabase', POSTGREST],
  ['Firebase Admin', FIREBASE],
  ['AWS Cognito', COGNITO],
  ['Kubernetes API server', KUBERNETES],
];

for (const [product, rows] of PRODUCTS) {
  describe(`${product} as pasted`, () => {
    it.each(rows)('$name', async (row) => {
      await expectPasteRow(row, [EXPIRED.split('.')[2] as string]);
    });
  });
}

/** Text that names a product or quotes its words, and reports no failure (or none of the product's). */
const QUIET: Row[] = [
  {
    name: 'Apigee: a 200 from an Apigee proxy',
    input: `${S200}\n${JSON_CT}\n\n{"orders":[],"next":null}`,
    status: 200,
    classification: 'undetermined',
    excludes: ['token.missing', 'proxy.gateway-response', 'time.expired'],
  },
  {
    name: 'Azure API Management: a developer-portal page that shows a subscription key',
    input: `${S200}\nContent-Type: text/html\n\n<h2>Your subscriptions</h2><p>Primary key: ****</p><p>Make sure to include subscription key when making requests to an API.</p>`,
    status: 200,
    classification: 'undetermined',
    excludes: ['proxy.gateway-response', 'token.missing'],
  },
  {
    name: 'Flask-JWT-Extended: "Token has expired" in prose, not its reply',
    input: 'INFO refresh job: the cached Token has expired for 3 tenants, refreshing them now',
    status: null,
    classification: 'undetermined',
    excludes: ['time.expired'],
  },
  {
    name: 'PostgREST: a 406 for a single-object request with several rows',
    input: `HTTP/1.1 406 Not Acceptable\n${pgrst('PGRST116', 'Cannot coerce the result to a single JSON object')}`,
    status: 406,
    classification: 'undetermined',
    excludes: ['token.missing', 'token.malformed', 'time.expired', 'signature.invalid'],
  },
  {
    name: 'Kubernetes: a NotFound from kubectl is no denial',
    input: 'Error from server (NotFound): pods "web-0" not found',
    status: null,
    classification: 'undetermined',
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: "Kubernetes: the API server's bare 401 Status stays a missing token, named by no product",
    input: `${S401}\n{"kind":"Status","apiVersion":"v1","metadata":{},"status":"Failure","message":"Unauthorized","reason":"Unauthorized","code":401}`,
    ...A401,
    top: 'token.missing',
    excludes: ['policy.deny', 'challenge.invalid-token'],
  },
  {
    name: 'Hasura: a 200 with data',
    input: `${S200}\n{"data":{"orders":[{"id":1}]}}`,
    status: 200,
    classification: 'undetermined',
    excludes: ['time.expired', 'signature.invalid'],
  },
  {
    name: 'Google Front End\'s bare {"message":"Unauthorized"} is no product\'s statement',
    input: `${S401}\nserver: Google Frontend\n\n{"message":"Unauthorized"}`,
    ...A401,
    top: 'token.missing',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'Firebase: an ID token mentioned in a sentence',
    input:
      'The client sends the Firebase ID token in the Authorization header and the API calls verifyIdToken() before anything else.',
    status: null,
    classification: 'undetermined',
    excludes: ['time.expired', 'signature.invalid', 'key.kid-unknown', 'token.missing'],
  },
];

describe('mentions that are not rejections', () => {
  it.each(QUIET)('stays quiet on $name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('Laravel’s AuthenticationException body and Flask-JWT-Extended’s WrongTokenError', () => {
  it.each<Row>([
    {
      // laravel/framework Illuminate/Foundation/Exceptions/Handler.php unauthenticated(): the JSON reply to a guard
      // that found no user.
      name: 'Laravel {"message":"Unauthenticated."} with a 401, no token pasted',
      input: [S401, JSON_CT, '', '{"message":"Unauthenticated."}'].join('\n'),
      ...A401,
      top: 'token.missing',
    },
    {
      name: 'Laravel’s body alone classifies the failure as authentication',
      input: '{"message":"Unauthenticated."}',
      ...REFUSED,
      top: 'token.missing',
    },
    {
      name: 'Flask-JWT-Extended: a refresh token sent where an access token goes',
      input: '{"msg":"Only non-refresh tokens are allowed"}',
      ...REFUSED,
      top: 'token.type-mismatch',
      via: 'flask-jwt-extended',
    },
    {
      name: 'Flask-JWT-Extended: an access token sent to the refresh endpoint',
      input: [
        'HTTP/1.1 422 UNPROCESSABLE ENTITY',
        JSON_CT,
        '',
        '{\n    "msg": "Only refresh tokens are allowed"\n}',
      ].join('\n'),
      status: 422,
      classification: 'authentication',
      top: 'token.type-mismatch',
    },
  ])('$name', async (row) => {
    await expectPasteRow(row);
  });

  it.each<Row>([
    {
      name: 'Laravel’s words in a longer body (another app’s envelope) state nothing of their own',
      input: '{"message":"Unauthenticated.","status":false,"data":null,"errors":{"email":["required"]}}',
      ...NOTHING_STATED,
      excludes: ['token.missing'],
    },
    {
      name: 'a sentence about Flask-JWT-Extended’s refresh tokens',
      input: 'The docs say "only refresh tokens are allowed" on the refresh route; how do I set that up?',
      ...NOTHING_STATED,
      excludes: ['token.type-mismatch'],
    },
  ])('not: $name', async (row) => {
    await expectPasteRow(row);
  });
});
