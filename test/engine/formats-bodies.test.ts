/**
 * Round 4 of real-world pastes: the response body of a 401/403 as APIs send it, often pasted with only the
 * status line. Every body string is a real one: RFC 6750 §3/RFC 6749 §5.2 examples, or confirmed in public
 * issue threads (Keycloak `Token is not active`, Azure AD `AADSTS700082`, Microsoft Graph
 * `InvalidAuthenticationToken`, Okta `E0000011`, Apollo `UNAUTHENTICATED`/`FORBIDDEN`, Hellang ProblemDetails,
 * Spring Boot's error JSON, API Gateway/Kong `{"message":…}`), or in shared/reference/verifier-messages.md.
 * Reading choices: docs/findings.md, "Reading the rules" (error bodies).
 */
import { describe, expect, it } from 'vitest';
import type { FindingCode } from '../../src/engine/codes.js';
import { NOW, run } from '../helpers/catches.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

/** Signed, and expired 8 minutes before NOW. */
const EXPIRED = rs256({ ...CLAIMS, iat: NOW - 3600, exp: NOW - 480 }, { kid: 'k1' });
const MASKED = `${EXPIRED.split('.').slice(0, 2).join('.')}.***`;

const S401 = 'HTTP/1.1 401 Unauthorized';
const S403 = 'HTTP/1.1 403 Forbidden';
const S400 = 'HTTP/1.1 400 Bad Request';
const S200 = 'HTTP/1.1 200 OK';
const JSON_CT = 'Content-Type: application/json';
/** What a body that says a token was rejected must never be read as. */
const NOT_MISSING: FindingCode[] = ['token.missing', 'authz-header.missing'];

const RFC6750: Row[] = [
  {
    name: 'RFC 6750 invalid_token mirrored in the body, status line only',
    input: `${S401}\n{"error":"invalid_token","error_description":"The access token expired"}`,
    status: 401,
    classification: 'authentication',
    // The description states the cause (parse/stated-expiry.ts): time.expired, then the body's error.
    top: 'time.expired',
    via: 'response body',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, 'challenge.missing'],
  },
  {
    name: 'the same body with response headers but no WWW-Authenticate',
    input: `${S401}\n${JSON_CT}\n\n{"error":"invalid_token","error_description":"The access token expired"}`,
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'response body',
    includes: ['challenge.invalid-token', 'challenge.missing'],
    excludes: NOT_MISSING,
  },
  {
    name: 'pretty-printed body',
    input: `${S401}\n{\n  "error": "invalid_token",\n  "error_description": "The access token expired"\n}`,
    status: 401,
    classification: 'authentication',
    // The description states the cause (parse/stated-expiry.ts): time.expired, then the body's error.
    top: 'time.expired',
    via: 'response body',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'the body alone, no status',
    input: '{"error":"invalid_token","error_description":"The access token expired"}',
    status: null,
    classification: 'authentication',
    // The description states the cause (parse/stated-expiry.ts): time.expired, then the body's error.
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'invalid_token with no description',
    input: `${S401}\n{"error":"invalid_token"}`,
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    excludes: NOT_MISSING,
  },
  {
    name: 'ASP.NET JwtBearer description in the body names the cause',
    input: `${S401}\n{"error":"invalid_token","error_description":"The token expired at '01/01/2026 10:00:00'"}`,
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'OpenIddict session-expired description',
    input: `${S401}\n{"error":"invalid_token","error_description":"The token is no longer valid because the user's session expired.","error_uri":"https://documentation.openiddict.com/errors/ID2095"}`,
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    excludes: NOT_MISSING,
  },
  {
    name: 'header and body say the same: one finding, from the header',
    input: `${S401}\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"\n\n{"error":"invalid_token","error_description":"The access token expired"}`,
    status: 401,
    classification: 'authentication',
    // The description states the cause (stated-expiry.ts): time.expired first, then the challenge.
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: [...NOT_MISSING, 'challenge.missing'],
  },
  {
    name: 'invalid_token in a 403 body contradicts the status',
    input: `${S403}\n{"error":"invalid_token","error_description":"The access token expired"}`,
    status: 403,
    classification: 'authentication',
    // The description states the cause (parse/stated-expiry.ts): time.expired, then the body's error.
    top: 'time.expired',
    includes: ['challenge.invalid-token', 'status.mismatch'],
  },
  {
    name: 'insufficient_scope alone in a 403 body',
    input: `${S403}\n{"error":"insufficient_scope"}`,
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'response body',
    excludes: NOT_MISSING,
  },
  {
    name: 'insufficient_scope with Spring’s description and the scope',
    input: `${S403}\n{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"read:orders"}`,
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    excludes: NOT_MISSING,
  },
  {
    name: 'insufficient_scope on a 401 is authorization, and a mismatch',
    input: `${S401}\n{"error":"insufficient_scope"}`,
    status: 401,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    includes: ['status.mismatch'],
    excludes: NOT_MISSING,
  },
  {
    name: 'invalid_request in a 400 body',
    input: `${S400}\n{"error":"invalid_request","error_description":"Found multiple bearer tokens in the request"}`,
    status: 400,
    classification: 'authentication',
    top: 'authz-header.format',
    // RFC 6750 §3.1 answers invalid_request with 400: no note that the status is unusual (round words-hh).
    includes: ['challenge.invalid-request'],
    excludes: ['status.not-auth'],
  },
  {
    name: 'the body with the token sent (masked) and expired',
    input: `GET /api/orders HTTP/1.1\nAuthorization: Bearer ${MASKED}\n\n${S401}\n{"error":"invalid_token","error_description":"The access token expired"}`,
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    includes: ['challenge.invalid-token', 'input.masked'],
    excludes: NOT_MISSING,
  },
  {
    name: 'a body read from a curl -i paste',
    input: `$ curl -i -H 'Authorization: Bearer ${MASKED}' https://api.acme-corp.com/v1/orders\n${S401}\n${JSON_CT}\n\n{"error":"invalid_token"}`,
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    name: 'problem+json mirroring the header’s error (OrchardCore style)',
    input: `${S401}\nContent-Type: application/problem+json\n\n{"type":"https://tools.ietf.org/html/rfc9110#section-15.5.2","title":"Unauthorized","status":401,"error":"invalid_token","error_description":"The access token expired"}`,
    status: 401,
    classification: 'authentication',
    // The description states the cause (parse/stated-expiry.ts): time.expired, then the body's error.
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
];

const TOKEN_ENDPOINT: Row[] = [
  {
    name: 'Keycloak refusing a refresh',
    input: `${S400}\n{"error":"invalid_grant","error_description":"Token is not active"}`,
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
    excludes: NOT_MISSING,
  },
  {
    name: 'Keycloak refresh in a client log line',
    input:
      'Token URL returned the status:  400 , response:  {"error":"invalid_grant","error_description":"Token is not active"}',
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
    excludes: NOT_MISSING,
  },
  {
    name: 'Keycloak session not active',
    input: `${S400}\n{"error":"invalid_grant","error_description":"Session not active"}`,
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
  },
  {
    name: 'Azure AD AADSTS700082 refresh token expired due to inactivity',
    input:
      'Error:  Get Token request returned http error: 400 and server response: {"error":"invalid_grant","error_description":"AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2020-02-26T21:52:54.2810613Z and was inactive for 90.00:00:00.\\r\\nTrace ID: 6e94ade5-10de-4d67-909a-14d845813500\\r\\nCorrelation ID: 0e87b495-1e24-4882-be85-d012c216f4f6\\r\\nTimestamp: 2020-07-06 22:31:52Z","error_codes":[700082],"timestamp":"2020-07-06 22:31:52Z","trace_id":"6e94ade5-10de-4d67-909a-14d845813500","correlation_id":"0e87b495-1e24-4882-be85-d012c216f4f6","error_uri":"https://login.microsoftonline.com/error?code=700082"}',
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
    excludes: [...NOT_MISSING, 'time.invalid'],
  },
  {
    name: 'RFC 6749 §5.2 invalid_request from the token endpoint',
    input: `${S400}\nContent-Type: application/json;charset=UTF-8\nCache-Control: no-store\nPragma: no-cache\n\n{\n  "error":"invalid_request"\n}`,
    status: 400,
    classification: 'authentication',
    top: 'challenge.invalid-request',
  },
];

const VENDORS: Row[] = [
  {
    name: 'Microsoft Graph InvalidAuthenticationToken, expired',
    input: `${S401}\n{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired or is not yet valid.","innerError":{"request-id":"1740feb8-b33a-4c08-a6ee-ab5cfc5a18c4","date":"2022-09-23T11:57:49"}}}`,
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'microsoft-graph',
    excludes: NOT_MISSING,
  },
  {
    name: 'Microsoft Graph validation failure, Graph’s own WWW-Authenticate without error',
    input: `${S401}\nwww-authenticate: Bearer realm="", authorization_uri="https://login.microsoftonline.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"\n\n{\n  "error": {\n    "code": "InvalidAuthenticationToken",\n    "message": "Access token validation failure.",\n    "innerError": {\n      "request-id": "be979fa7-653b-4bf4-9640-47fc8aa3fcba",\n      "date": "2018-08-03T17:43:32"\n    }\n  }\n}`,
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'microsoft-graph',
    excludes: NOT_MISSING,
  },
  {
    name: 'Microsoft Graph CompactToken parsing failure (Python dict printed as JSON)',
    input: `401\n{"error": {"code": "InvalidAuthenticationToken", "message": "CompactToken parsing failed with error code: 80049217"}}`,
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
  },
  {
    name: 'Okta E0000011 Invalid token provided',
    input: `${S401}\n{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oaehEVIxs82T_GfnN5ZOE1onw","errorCauses":[]}`,
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'okta',
    excludes: NOT_MISSING,
  },
  {
    name: 'Apollo FORBIDDEN on a 200',
    input: `${S200}\n{"errors":[{"message":"Forbidden","extensions":{"code":"FORBIDDEN"}}],"data":null}`,
    status: 200,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'graphql',
    includes: ['status.not-auth'],
    excludes: NOT_MISSING,
  },
  {
    name: 'Apollo UNAUTHENTICATED on a 200, no token pasted',
    input: `${S200}\n{"errors":[{"message":"User is not authenticated","extensions":{"code":"UNAUTHENTICATED"}}],"data":null}`,
    status: 200,
    classification: 'authentication',
    top: 'token.missing',
    includes: ['status.not-auth'],
  },
  {
    name: 'Apollo UNAUTHENTICATED with http status 401 in extensions',
    input: `{"errors":[{"message":"User is not authenticated","extensions":{"code":"UNAUTHENTICATED","http":{"status":401}}}]}`,
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
  },
  {
    // gqlgen middlewares' own words (`{"errors":[{"message":"invalid token","extensions":{"code":"UNAUTHENTICATED"}}]}`
    // after VerifyIDToken fails, and "Invalid or expired token", in public Go servers): a token came and was refused.
    name: 'GraphQL UNAUTHENTICATED "invalid token" on a 401: a stated invalid_token, not a missing one',
    input: `${S401}\n{"errors":[{"message":"invalid token","extensions":{"code":"UNAUTHENTICATED"}}]}`,
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'graphql',
    excludes: NOT_MISSING,
  },
  {
    name: 'GraphQL UNAUTHENTICATED "token expired" names the expiry',
    input: `{"errors":[{"message":"token expired","extensions":{"code":"UNAUTHENTICATED","httpStatus":401}}],"data":null}`,
    // The status the extensions carry, as Apollo's `http.status` is read.
    status: 401,
    classification: 'authentication',
    top: 'time.expired',
    via: 'graphql',
    excludes: NOT_MISSING,
  },
  {
    name: 'GraphQL UNAUTHENTICATED "missing bearer token" stays token.missing',
    input: `${S401}\n{"data":{"user":{"getMe":null}},"errors":[{"message":"missing bearer token","extensions":{"code":"UNAUTHENTICATED"}}]}`,
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
  },
  {
    name: 'Apollo UNAUTHENTICATED with an expired token sent (masked)',
    input: `POST /graphql HTTP/1.1\nAuthorization: Bearer ${MASKED}\n\n${S200}\n{"errors":[{"message":"You must be logged in","extensions":{"code":"UNAUTHENTICATED"}}]}`,
    status: 200,
    // UNAUTHENTICATED adds no finding of its own, but it is the server's word that the credentials were not accepted
    // (docs/findings.md, round 26b): authentication.
    classification: 'authentication',
    top: 'time.expired',
    excludes: NOT_MISSING,
  },
  {
    name: 'GraphQL FORBIDDEN second among several errors',
    input: `{"errors":[{"message":"Cannot query field","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}},{"message":"Not allowed","extensions":{"code":"FORBIDDEN"}}]}`,
    status: null,
    classification: 'authorization',
    top: 'policy.deny',
  },
  {
    name: 'Spring Security insufficient_scope description on a 403 with the body',
    input: `${S403}\nWWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", error_uri="https://tools.ietf.org/html/rfc6750#section-3.1"\n\n{"error":"insufficient_scope"}`,
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    excludes: NOT_MISSING,
  },
];

const STATUS_ONLY: Row[] = [
  {
    name: 'Hellang ProblemDetails for a 401 says nothing about a token',
    input: `${S401}\n{"type":"https://httpstatuses.com/401","title":"Unauthorized","status":401,"traceId":"|b225f5cb-47ffdf59d5b7ae78.","correlationId":"00000000-0000-0000-0000-000000000000"}`,
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'Spring Boot error JSON alone: its "error" is the reason phrase',
    input: '{"timestamp":"2024-01-01T10:00:00.000+00:00","status":401,"error":"Unauthorized","path":"/api/orders"}',
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    excludes: ['challenge.invalid-token', 'challenge.invalid-request'],
  },
  {
    name: 'Spring Boot 403 error JSON with a masked token sent',
    input: `GET /api/orders HTTP/1.1\nAuthorization: Bearer ${MASKED}\n\n{"timestamp":"2024-01-01T10:00:00.000+00:00","status":403,"error":"Forbidden","path":"/api/orders"}`,
    status: 403,
    classification: 'authentication',
    top: 'time.expired',
    excludes: ['policy.deny', 'token.missing'],
  },
  {
    name: 'gateway {"message":"Unauthorized"} with the status line only',
    input: `${S401}\n{"message":"Unauthorized"}`,
    status: 401,
    classification: 'authentication',
    top: 'token.missing',
    excludes: ['challenge.missing', 'challenge.invalid-token'],
  },
  {
    name: 'AWS HTTP API {"message":"Unauthorized"} with its challenge',
    input: `${S401}\nwww-authenticate: Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"\n\n{"message":"Unauthorized"}`,
    status: 401,
    classification: 'authentication',
    top: 'claim.aud-mismatch',
    excludes: NOT_MISSING,
  },
];

const ALL = [...RFC6750, ...TOKEN_ENDPOINT, ...VENDORS, ...STATUS_ONLY];

describe('what an error body says about the credentials', () => {
  it.each(ALL)('reads $name', async (row) => {
    await expectPasteRow(row, [EXPIRED.split('.')[2] as string]);
  });
});

interface Quiet {
  name: string;
  input: string;
  absent: FindingCode[];
}

const BODY_CODES: FindingCode[] = [
  'challenge.invalid-token',
  'challenge.invalid-request',
  'challenge.insufficient-scope',
  'token.revoked',
  'policy.deny',
];

const QUIET: Quiet[] = [
  {
    name: 'a message that merely mentions invalid_token',
    input: `${S401}\n{"message":"invalid_token means the token expired or was revoked; see the docs"}`,
    absent: BODY_CODES,
  },
  {
    name: 'docs prose showing a body inside a sentence',
    input: 'The API returns {"error":"invalid_token"} when the token expired; see the docs.',
    absent: BODY_CODES,
  },
  {
    name: 'an OpenAPI schema listing the error codes',
    input: '{"error":{"type":"string","enum":["invalid_request","invalid_token","insufficient_scope"]}}',
    absent: BODY_CODES,
  },
  {
    name: 'a 200 with "error": null',
    input: `${S200}\n{"data":{"orders":[]},"error":null}`,
    absent: [...BODY_CODES, 'token.missing'],
  },
  {
    name: 'a 200 GraphQL answer with data and no errors',
    input: `${S200}\n{"data":{"viewer":{"login":"octocat"}}}`,
    absent: [...BODY_CODES, 'token.missing'],
  },
  {
    name: 'a 200 GraphQL answer with a validation error only',
    input: `${S200}\n{"errors":[{"message":"Cannot query field \\"x\\" on type \\"Query\\".","extensions":{"code":"GRAPHQL_VALIDATION_FAILED"}}]}`,
    absent: [...BODY_CODES, 'token.missing'],
  },
  {
    name: 'a similar but different error value',
    input: `${S400}\n{"error":"invalid_token_type","error_description":"unsupported"}`,
    absent: BODY_CODES,
  },
  {
    name: 'a refresh-token description quoted in a chat message without a body',
    input: 'the refresh fails with invalid_grant: Token is not active, any idea?',
    absent: BODY_CODES,
  },
  {
    name: 'a 403 gateway {"message":"Forbidden"} is not a stated policy deny',
    input: `${S403}\n{"message":"Forbidden"}`,
    absent: ['policy.deny', 'token.missing', 'challenge.invalid-token'],
  },
  {
    name: 'Okta’s other error codes',
    input: `${S400}\n{"errorCode":"E0000001","errorSummary":"Api validation failed: login","errorLink":"E0000001","errorId":"oae1","errorCauses":[]}`,
    absent: BODY_CODES,
  },
];

describe('bodies that say nothing about the credentials', () => {
  it.each(QUIET)('stays quiet on $name', async ({ input, absent }) => {
    const codes = (await run(input)).findings.map((f) => f.code);
    for (const code of absent) expect(codes, `${code} in ${codes.join(', ')}`).not.toContain(code);
  });
});

it('never shows the token or its signature when it reads a body beside it', async () => {
  const report = await run(`Authorization: Bearer ${EXPIRED}\n\n${S401}\n{"error":"invalid_token"}`);
  const out = JSON.stringify(report);
  expect(out).not.toContain(EXPIRED);
  expect(out).not.toContain(EXPIRED.split('.')[2] as string);
});
