/**
 * Round 15 of real-world pastes: the replies and log lines people meet most, that earlier rounds had not read. Django
 * REST framework's `Authentication credentials were not provided.` (its 401, or its 403 under SessionAuthentication),
 * Spring Security's `Full authentication is required to access this resource` and Http403ForbiddenEntryPoint's debug
 * line, an API Gateway Cognito authorizer's `The incoming token has expired`, nginx's own `401 Authorization Required`
 * page without its status line, and the ways people set one code against another in a sentence ("401 instead of
 * 403", "403じゃなくて401", "401が3回"). Product strings are confirmed in the sources named beside their rows in
 * parse/verifier-messages/ (frameworks.ts, java.ts, gateways.ts) and parse/http/vocabulary.ts. Reading choices:
 * docs/findings.md. Each group ends with the same words where they state nothing, which must stay quiet.
 */
import { describe, it } from 'vitest';
import { A401, EXPIRED, MISREAD, QUIET, REFUSED, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const DRF: Row[] = [
  {
    name: 'DRF: a 401 with {"detail":"Authentication credentials were not provided."}',
    input: [
      S401,
      'WWW-Authenticate: Bearer realm="api"',
      'Content-Type: application/json',
      '',
      '{"detail":"Authentication credentials were not provided."}',
    ].join('\n'),
    ...A401,
    // The error-less challenge says the same, from the response's headers.
    top: 'challenge.no-error',
    includes: ['token.missing'],

    excludes: MISREAD,
  },
  {
    // SessionAuthentication first: DRF answers NotAuthenticated with 403, the status saying otherwise.
    name: 'DRF: the same detail on a 403 (SessionAuthentication) is authentication, with status.mismatch',
    input: [
      S403,
      'Allow: GET, HEAD, OPTIONS',
      'Content-Type: application/json',
      '',
      '{"detail":"Authentication credentials were not provided."}',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'token.missing',
    via: 'django-rest-framework',
    includes: ['status.mismatch'],
    excludes: ['policy.deny'],
  },
  {
    name: 'DRF TokenAuthentication: the keyword with no token',
    input: [S401, 'WWW-Authenticate: Token', '', '{"detail":"Invalid token header. No credentials provided."}'].join(
      '\n',
    ),
    ...A401,
    top: 'authz-header.format',
    via: 'django-rest-framework',
  },
];

const SPRING: Row[] = [
  {
    name: 'Spring Boot: the 401 body with "Full authentication is required to access this resource"',
    input: [
      'HTTP/1.1 401',
      'Content-Type: application/json',
      '',
      '{"timestamp":"2026-05-28T14:09:58.120+00:00","status":401,"error":"Unauthorized","message":"Full authentication is required to access this resource","path":"/api/orders"}',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'spring-security',
  },
  {
    name: 'Spring Security: an anonymous request and Http403ForbiddenEntryPoint, the log alone',
    input: [
      '2026-05-28 14:09:58.120 DEBUG 1 --- [nio-8080-exec-3] o.s.security.web.FilterChainProxy        : Securing GET /api/orders',
      '2026-05-28 14:09:58.121 DEBUG 1 --- [nio-8080-exec-3] o.s.s.w.a.AnonymousAuthenticationFilter  : Set SecurityContextHolder to anonymous SecurityContext',
      '2026-05-28 14:09:58.122 DEBUG 1 --- [nio-8080-exec-3] o.s.s.w.a.Http403ForbiddenEntryPoint     : Pre-authenticated entry point called. Rejecting access',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    via: 'spring-security',
  },
  {
    name: 'Spring Security: the same log under the 403 it answered, with the token the curl sent',
    input: [
      `$ curl -i https://api.acme-corp.com/api/orders -H "Authorization: Bearer ${EXPIRED.split('.').slice(0, 2).join('.')}.***"`,
      'HTTP/1.1 403',
      '',
      '2026-05-28 14:09:58.122 DEBUG 1 --- [nio-8080-exec-3] o.s.s.w.a.Http403ForbiddenEntryPoint     : Pre-authenticated entry point called. Rejecting access',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    includes: ['token.missing', 'status.mismatch'],
    excludes: ['policy.deny'],
  },
];

const GATEWAYS: Row[] = [
  {
    name: 'API Gateway, Cognito authorizer: {"message":"The incoming token has expired"} on a 401',
    input: [
      'HTTP/2 401',
      'content-type: application/json',
      'x-amzn-errortype: UnauthorizedException',
      '',
      '{"message":"The incoming token has expired"}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'aws-apigateway',
    product: 'AWS API Gateway',
    excludes: ['token.missing'],
  },
  {
    name: 'APISIX jwt-auth: {"message":"Missing JWT token in request"} under Server: APISIX web server',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: text/plain',
      'Server: APISIX web server',
      '',
      '{"message":"Missing JWT token in request"}',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    via: 'apisix',
    product: 'APISIX',
  },
  {
    name: 'quiet: an application’s log line with the same words is no gateway’s answer',
    input: 'WARN  Missing JWT token in request, falling back to the session cookie',
    ...QUIET,
  },
  {
    name: 'nginx: its own 401 page pasted without the status line',
    input: [
      '<html>',
      '<head><title>401 Authorization Required</title></head>',
      '<body>',
      '<center><h1>401 Authorization Required</h1></center>',
      '<hr><center>openresty/1.27.4</center>',
      '</body>',
      '</html>',
    ].join('\n'),
    ...A401,
    product: 'nginx',
  },
  {
    name: 'quiet: "authorization required" in prose states no status',
    input: 'authorization required for the admin routes, see the wiki',
    ...QUIET,
  },
];

const LIBRARIES: Row[] = [
  {
    // kreait/firebase-php verifying a Firebase ID token from another project (lcobucci/jwt's violations).
    name: 'kreait/firebase-php: "is not a verified ID token" with lcobucci’s issuer and audience violations',
    input: [
      'HTTP/1.1 401 Unauthorized',
      '{"success":false,"error_detail":"The value \'eyJhbGciOiJSUzI...\' is not a verified ID token:\n- The token was not issued by the given issuers\n- The token is not allowed to be used by this audience"}',
    ].join('\n'),
    ...A401,
    via: 'lcobucci-jwt',
    includes: ['claim.iss-mismatch', 'claim.aud-mismatch'],
    excludes: MISREAD,
  },
  {
    name: 'league/oauth2-server: RequiredConstraintsViolated with a signer mismatch',
    input:
      'Lcobucci\\JWT\\Validation\\RequiredConstraintsViolated: The token violates some mandatory constraints, details:\n- Token signer mismatch',
    ...REFUSED,
    top: 'alg.not-allowed',
    via: 'lcobucci-jwt',
  },
  {
    name: 'Authlib: ExpiredTokenError as it prints (error: description)',
    input: 'authlib.jose.errors.ExpiredTokenError: expired_token: The token is expired',
    ...REFUSED,
    top: 'time.expired',
    via: 'authlib',
  },
];

const CLOUD: Row[] = [
  {
    // Graph API troubleshooting notes quote it as "Graph API Error: 403 Forbidden {…}".
    name: 'Microsoft Graph: 403 Authorization_RequestDenied, "Insufficient privileges to complete the operation."',
    input:
      'Graph API Error: 403 Forbidden {"error":{"code":"Authorization_RequestDenied","message":"Insufficient privileges to complete the operation."}}',
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'microsoft-graph',
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'API Management validate-jwt: {"statusCode": 401, "message": "Invalid JWT."} is a rejected token, not a missing one',
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      '',
      '{',
      '  "statusCode": 401,',
      '  "message": "Invalid JWT."',
      '}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'azure-api-management',
    excludes: ['token.missing'],
  },
  {
    // As Auth0.Core's ErrorApiException quotes it.
    name: 'hapi (Auth0 Management API): a Boom 401 whose attributes say "Invalid token"',
    input:
      'Auth0.Core.Exceptions.ErrorApiException: {"statusCode":401,"error":"Unauthorized","message":"Invalid token","attributes":{"error":"Invalid token"}}',
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'hapi',
    excludes: ['token.missing'],
  },
  {
    name: 'quiet: a Boom 401 with no attributes names no refused token',
    input: '{"statusCode":401,"error":"Unauthorized","message":"Missing authentication"}',
    status: 401,
    classification: 'authentication',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'Auth0 Management API: "Insufficient scope, expected any of: read:users"',
    input: [
      'HTTP/1.1 403 Forbidden',
      '',
      '{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:users","errorCode":"insufficient_scope"}',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'auth0',
    excludes: ['policy.deny'],
  },
  {
    name: 'quiet: the same words in a body of another shape state nothing of their own',
    input: '{"statusCode":401,"message":"Invalid JWT.","error":"Unauthorized","path":"/v1/orders"}',
    status: 401,
    classification: 'authentication',
    excludes: ['challenge.invalid-token'],
  },
];

const TOOL_FILES: Row[] = [
  {
    // VS Code REST Client's file variables: `@name = value`, then `{{name}}` in the request.
    name: 'REST Client: Bearer {{token}} under @token = <a signed token>: the variable’s token is the one checked',
    input: [
      '@baseUrl = https://api.acme-corp.com',
      `@token = ${EXPIRED}`,
      '',
      '### orders',
      'GET {{baseUrl}}/v1/orders',
      'Authorization: Bearer {{token}}',
      '',
      'HTTP/1.1 401 Unauthorized',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    excludes: ['input.masked', 'token.missing', 'input.live-token'],
  },
  {
    name: 'quiet: {{token}} with no @token in the paste stays an unexpanded variable',
    input: [
      'GET https://api.acme-corp.com/v1/orders',
      'Authorization: Bearer {{token}}',
      '',
      'HTTP/1.1 401 Unauthorized',
    ].join('\n'),
    ...A401,
    includes: ['input.masked'],
    excludes: ['time.expired'],
  },
];

const CONTRASTS: Row[] = [
  { name: 'prose: "returns 401 instead of 403"', input: 'since the deploy it returns 401 instead of 403', ...A401 },
  { name: 'prose: "it\'s not a 403, it\'s a 401"', input: "it's not a 403, it's a 401", ...A401 },
  { name: 'prose: "403じゃなくて401が返ってくる"', input: '403じゃなくて401が返ってくる', ...A401 },
  { name: 'prose: "expected 403 but got 401"', input: 'expected 403 but got 401', ...A401 },
  {
    name: 'prose: a tally, "401が3回、そのあと403が2回": the later code is the one now',
    input: '401が3回、そのあと403が2回',
    status: 403,
    classification: 'authorization',
  },
  { name: 'prose: a record’s number, "got 401 for order 403"', input: 'got 401 for order 403', ...A401 },
  {
    name: 'jose: "Expected 200 OK from the JSON Web Key Set HTTP response" states no 200',
    input: 'JOSEError: Expected 200 OK from the JSON Web Key Set HTTP response',
    ...REFUSED,
    top: 'key.jwks-unavailable',
    via: 'jose',
    excludes: ['status.not-auth'],
  },
];

describe('round 15: common replies and sentences', () => {
  for (const [group, rows] of [
    ['Django REST framework', DRF],
    ['Spring Security', SPRING],
    ['gateways', GATEWAYS],
    ['verifier libraries', LIBRARIES],
    ['cloud APIs', CLOUD],
    ['tool files', TOOL_FILES],
    ['codes set against each other', CONTRASTS],
  ] as const) {
    describe(group, () => {
      it.each(rows.map((row) => [row.name, row] as const))('%s', async (_name, row) => {
        await expectPasteRow(row, [EXPIRED]);
      });
    });
  }
});
