/**
 * Round 16 of real-world pastes: what identity providers' and cloud APIs' replies say when a bearer token is refused,
 * and what their SDKs print. Slack's Web API ({"ok":false,"error":"invalid_auth"} and its SDKs' prints), Salesforce's
 * INVALID_SESSION_ID, Shopify's "[API] Invalid API key or access token", Stripe's "Invalid API Key provided" and "You
 * did not provide an API key",
 * Supabase Auth (GoTrue)'s bad_jwt / no_authorization / not_admin, Azure Key Vault's AKV10022 / AKV10032, Azure
 * Storage's AuthenticationFailed / AuthorizationPermissionMismatch, the Graph SDK's ODataError, GitLab's API guard,
 * Atlassian's "Unauthorized; scope does not match", Firebase Auth's TOKEN_EXPIRED, Okta's Node verifier and the njwt
 * errors under it, and guards for Okta, Keycloak,
 * Cognito and Firebase Admin replies the engine already read. Product strings are confirmed in the public captures named
 * beside each row or in the matcher/shape that reads them (parse/verifier-messages/identity.ts, parse/error-bodies.ts).
 * Reading choices: docs/findings.md. The last group puts the same words where they state nothing, and must stay quiet.
 */
import { describe, it } from 'vitest';
import {
  A401,
  A403,
  DENIED,
  EXPIRED,
  JSON_CT,
  MISREAD,
  NOT_MISSING,
  QUIET,
  REFUSED,
  S401,
  S403,
} from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const SLACK: Row[] = [
  {
    // BlakeWilliams/Elixir-Slack#261, outsideris/slack-invite-automation#1: Slack answers 200 with ok false.
    name: 'Slack: curl auth.test and {"ok":false,"error":"invalid_auth"}',
    input: [
      '$ curl -s -H "Authorization: Bearer xoxb-REDACTED" https://slack.com/api/auth.test',
      '{"ok":false,"error":"invalid_auth"}',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'slack',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    // @slack/web-api's platform error, as printed in public issues ("An API error occurred: invalid_auth").
    name: "Slack: @slack/web-api's UnhandledPromiseRejection with invalid_auth",
    input: [
      '(node:20037) UnhandledPromiseRejectionWarning: Error: An API error occurred: invalid_auth',
      '    at Object.platformErrorFromResult (/srv/app/node_modules/@slack/web-api/dist/errors.js:50:33)',
      '    at WebClient.apiCall (/srv/app/node_modules/@slack/web-api/dist/WebClient.js:491:28)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'slack',
    excludes: NOT_MISSING,
  },
  {
    // dblock/slack-strava#59.
    name: "Slack: slack-ruby-client's SlackError: invalid_auth",
    input: 'Slack::Web::Api::Errors::SlackError: invalid_auth',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'slack',
  },
  {
    // python-slack-sdk's SlackApiError, as quoted in public tests ("… {'ok': False, 'error': 'not_authed'}").
    name: "Slack: python-slack-sdk's SlackApiError with not_authed is a missing token",
    input: [
      'ERROR:notification.slack:The request to the Slack API failed.',
      "The server responded with: {'ok': False, 'error': 'not_authed'}",
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    via: 'slack',
  },
  {
    // Inumedia/SlackAPI#241, mjpearson/passport-slack#14: missing_scope with needed / provided.
    name: 'Slack: {"ok":false,"error":"missing_scope","needed":…} names the scope',
    input: '{"ok":false,"error":"missing_scope","needed":"chat:write","provided":"channels:read"}',
    ...DENIED,
    top: 'challenge.insufficient-scope',
    via: 'slack',
    excludes: NOT_MISSING,
  },
  {
    // A public write-up quoting slack.errors.SlackApiError for a missing scope.
    name: "Slack: python-slack-sdk's print of missing_scope",
    input: [
      'slack.errors.SlackApiError: The request to the Slack API failed.',
      "The server responded with: {'ok': False, 'error': 'missing_scope', 'needed': 'chat:write:bot', 'provided': 'admin,identify,calls:write,calls:read'}",
    ].join('\n'),
    ...DENIED,
    top: 'scope.insufficient',
    via: 'slack',
  },
  {
    name: 'Slack: {"ok":false,"error":"token_expired"} is the token\'s expiry',
    input: '{"ok":false,"error":"token_expired"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'slack',
    excludes: NOT_MISSING,
  },
  {
    name: 'Slack: {"ok": false, "error": "token_revoked"}, pretty-printed, is a revoked token',
    input: ['{', '  "ok": false,', '  "error": "token_revoked"', '}'].join('\n'),
    ...REFUSED,
    top: 'token.revoked',
    via: 'slack',
  },
];

const SAAS: Row[] = [
  {
    // jsforce's print (sorenkrabbe/Chrome-Salesforce-inspector#235) and the reply's list shape (NangoHQ/nango#4344).
    name: 'Salesforce: a 401 with [{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]',
    input: [
      S401,
      'Content-Type: application/json;charset=UTF-8',
      '',
      '[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'salesforce',
    // "Session expired or invalid" names no single cause.
    excludes: ['token.missing', 'time.expired'],
  },
  {
    name: "Salesforce: jsforce's SalesforceRestError line alone",
    input: [
      "list entity definitions: where QualifiedApiName >= 'M' limit 2000 SalesforceRestError: INVALID_SESSION_ID: Session expired or invalid",
      '    at Object.rest (inspector.js:75:17)',
    ].join('\n'),
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'salesforce',
  },
  {
    // Shopify app developers' notes and mocks quoting the Admin API's 401.
    name: 'Shopify: {"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}',
    input: [
      S401,
      'Content-Type: application/json; charset=utf-8',
      '',
      '{"errors":"[API] Invalid API key or access token (unrecognized login or wrong password)"}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'shopify',
    excludes: ['token.missing'],
  },
  {
    // Stripe's reply with no key (its docs' example, quoted by stripe-mock style test servers): the header it names
    // inside the message is advice, not the request's header.
    name: 'Stripe: "You did not provide an API key" is a missing token, and its example header is not read',
    input: [
      S401,
      'Content-Type: application/json',
      '',
      '{',
      '  "error": {',
      `    "message": "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",`,
      '    "type": "invalid_request_error"',
      '  }',
      '}',
    ].join('\n'),
    ...A401,
    top: 'token.missing',
    excludes: MISREAD,
  },
  {
    // Stripe's API reference (as mirrored in public docs and mocks): the key, masked by Stripe, follows the words.
    name: 'Stripe: "Invalid API Key provided: sk_test_****…1234" is a refused key, not a missing one',
    input: [
      S401,
      'Content-Type: application/json',
      '',
      '{',
      '  "error": {',
      '    "message": "Invalid API Key provided: sk_test_********************1234",',
      '    "type": "invalid_request_error"',
      '  }',
      '}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'stripe',
    excludes: ['token.missing', ...MISREAD],
  },
  {
    // Public deployment notes quoting stripe-node's error in Firebase Functions logs.
    name: "Stripe: stripe-node's StripeAuthenticationError with statusCode 401",
    input: [
      'Stripe Payment Intent Error: StripeAuthenticationError: Invalid API Key provided: sk_test_...pcCM',
      'statusCode: 401',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'stripe',
    excludes: ['token.missing'],
  },
  {
    // raycast/extensions#11212, PipedreamHQ/pipedream#20210.
    name: 'Atlassian: {"code":401,"message":"Unauthorized; scope does not match"} is the token\'s scopes',
    input: [
      'Error: {"code":401,"message":"Unauthorized; scope does not match"}',
      '    at Cs (/Users/me/.config/raycast/extensions/jira/search-issues.js:95:2143)',
    ].join('\n'),
    status: 401,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'atlassian',
    includes: ['status.mismatch'],
    excludes: ['token.missing'],
  },
  {
    // GitLab's API guard descriptions (clients' tests quoting the reply).
    name: 'GitLab: invalid_token "Token is expired. You can either do re-authorization or token refresh."',
    input: [
      S401,
      'WWW-Authenticate: Bearer realm="Protected by OAuth 2.0"',
      'Content-Type: application/json',
      '',
      '{"error":"invalid_token","error_description":"Token is expired. You can either do re-authorization or token refresh."}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'gitlab',
    excludes: NOT_MISSING,
  },
  {
    name: 'GitLab: invalid_token "Token was revoked. You have to re-authorize from the user."',
    input: '{"error":"invalid_token","error_description":"Token was revoked. You have to re-authorize from the user."}',
    ...REFUSED,
    top: 'token.revoked',
    via: 'gitlab',
  },
];

const SUPABASE: Row[] = [
  {
    // A captured GoTrue reply for an expired session token (public tests quoting it): golang-jwt's words inside.
    name: 'Supabase Auth: 403 bad_jwt "… token has invalid claims: token is expired"',
    input: [
      'HTTP/2 403',
      'content-type: application/json',
      '',
      '{"code":403,"error_code":"bad_jwt","msg":"invalid JWT: unable to parse or verify signature, token has invalid claims: token is expired"}',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'time.expired',
    includes: ['challenge.invalid-token', 'status.mismatch'],
    excludes: ['policy.deny'],
  },
  {
    // Public write-ups of a service-role key sent to an endpoint that needs a user's token.
    name: 'Supabase Auth: 403 bad_jwt "invalid claim: missing sub claim"',
    input: [
      'HTTP/2 403',
      'content-type: application/json',
      '',
      '{"code":403,"error_code":"bad_jwt","msg":"invalid claim: missing sub claim"}',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'claim.sub-missing',
    via: 'supabase-auth',
    // Supabase Auth answers a refused JWT with 403 by design (classify.ts FORBIDDEN_BY_DESIGN, round audit-al).
    excludes: ['policy.deny', 'status.mismatch'],
  },
  {
    // Public curl transcripts against /auth/v1/admin/users with only the apikey header.
    name: 'Supabase Auth: 401 no_authorization "This endpoint requires a valid Bearer token"',
    input: [
      '$ curl -s "https://abcd.supabase.co/auth/v1/admin/users" -H "apikey: <ANON_KEY>"',
      '{"code":401,"error_code":"no_authorization","msg":"This endpoint requires a valid Bearer token"}',
    ].join('\n'),
    ...A401,
    excludes: ['challenge.invalid-token', ...MISREAD],
  },
  {
    name: 'Supabase Auth: 403 not_admin "User not allowed" is a stated denial',
    input: [
      'HTTP/2 403',
      'content-type: application/json',
      '',
      '{"code":403,"error_code":"not_admin","msg":"User not allowed"}',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'supabase-auth',
  },
];

const AZURE: Row[] = [
  {
    // Azure/go-autorest#525, crossplane-contrib/provider-azure#346.
    name: 'Key Vault: AKV10022 through go-autorest names the audiences',
    input:
      'keyvault.BaseClient#GetSecret: Failure responding to request: StatusCode=401 -- Original Error: autorest/azure: Service returned an error. Status=401 Code="Unauthorized" Message="AKV10022: Invalid audience. Expected https://vault.azure.net, found: https://management.azure.com/."',
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'azure-key-vault',
  },
  {
    // The az CLI's print, as quoted in public deployment notes.
    name: 'Key Vault: AKV10032 from the az CLI is the issuer (tenant)',
    input:
      'ERROR: (Unauthorized) AKV10032: Invalid issuer. Expected one of https://sts.windows.net/72f988bf-86f1-41af-91ab-2d7cd011db47/, found https://sts.windows.net/e594a530-0000-4000-8000-000000000001/.',
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'azure-key-vault',
  },
  {
    // Azure/azure-sdk-for-java#8667: a 403 for an expired bearer token.
    name: "Azure Storage: BlobStorageException 403 AuthenticationFailed, 'Lifetime validation failed. The token is expired.'",
    input: [
      'com.azure.storage.blob.models.BlobStorageException: Status code 403, "<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthenticationFailed</Code><Message>Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
      'RequestId:3b6c6db3-201e-0019-462f-f0cc84000000',
      'Time:2026-05-28T14:09:58.3649912Z</Message><AuthenticationErrorDetail>Lifetime validation failed. The token is expired.</AuthenticationErrorDetail></Error>"',
    ].join('\n'),
    status: 403,
    classification: 'authentication',
    top: 'time.expired',
    via: 'azure-storage',
    // Azure Storage answers AuthenticationFailed with 403 by design (classify.ts FORBIDDEN_BY_DESIGN, round keys-b):
    // no contradiction the reader could fix.
    excludes: ['status.mismatch'],
  },
  {
    // The storage SDKs' error-code tables and Azure Data Factory's ADLS Gen2 error quote it.
    name: 'Azure Storage: 403 AuthorizationPermissionMismatch is the data role, a stated denial',
    input: [
      'HTTP/1.1 403 This request is not authorized to perform this operation using this permission.',
      'Content-Type: application/xml',
      'x-ms-error-code: AuthorizationPermissionMismatch',
      '',
      '<?xml version="1.0" encoding="utf-8"?><Error><Code>AuthorizationPermissionMismatch</Code><Message>This request is not authorized to perform this operation using this permission.',
      'RequestId:35089f5d-101f-008c-489e-01cce4000000',
      'Time:2026-05-28T14:09:58.1234567Z</Message></Error>',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'azure-storage',
  },
  {
    // s1t5/mail-archiver#267.
    name: "Graph SDK (Kiota): ODataError 'Lifetime validation failed, the token is expired.'",
    input: [
      'fail: MailArchiver.Services.GraphEmailService[0]',
      '      Microsoft.Graph.Models.ODataErrors.ODataError: Lifetime validation failed, the token is expired.',
      '         at Microsoft.Kiota.Http.HttpClientLibrary.HttpClientRequestAdapter.ThrowIfFailedResponseAsync(HttpResponseMessage response)',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'microsoft-graph',
  },
];

const IDPS: Row[] = [
  {
    // awinogrodzki/next-firebase-auth-edge#21; FirebaseAuthInvalidUserException's reference for the code's meaning.
    name: "Firebase Auth: the token endpoint's TOKEN_EXPIRED is a refresh token that no longer grants",
    input:
      'Error: Error during refreshing expired token: {"error":{"code":400,"message":"TOKEN_EXPIRED","status":"INVALID_ARGUMENT"}}',
    status: 400,
    classification: 'authentication',
    top: 'token.revoked',
    via: 'firebase-auth',
    excludes: ['time.expired'],
  },
  {
    // benwinding/react-admin-firebase#277 (read by frameworks.ts since an earlier round).
    name: 'Firebase Admin: "Firebase ID token has expired. … (auth/id-token-expired)"',
    input:
      'Error: Firebase ID token has expired. Get a fresh ID token from your client app and try again (auth/id-token-expired). See https://firebase.google.com/docs/auth/admin/verify-id-tokens for details on how to retrieve an ID token.',
    ...REFUSED,
    top: 'time.expired',
    via: 'firebase-admin',
  },
  {
    // Okta's Bearer challenge (authorization_uri, realm, scope, error, error_description, resource) beside E0000011.
    name: "Okta: a 401 with error_description 'The token has expired.' and E0000011",
    input: [
      S401,
      'WWW-Authenticate: Bearer authorization_uri="https://dev-123456.okta.com/oauth2/v1/authorize", realm="https://dev-123456.okta.com", scope="okta.users.read", error="invalid_token", error_description="The token has expired.", resource="/api/v1/users"',
      'Content-Type: application/json',
      '',
      '{"errorCode":"E0000011","errorSummary":"Invalid token provided","errorLink":"E0000011","errorId":"oaeXyz","errorCauses":[]}',
    ].join('\n'),
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: NOT_MISSING,
  },
  {
    // Apps built on @okta/jwt-verifier answer njwt's error as their message ({"message":"JwtParseError: Jwt is expired"},
    // compared verbatim in public client code): njwt's, not Envoy's "Jwt is expired", and no gateway.
    name: 'Okta jwt-verifier: a 401 whose message is njwt\'s "JwtParseError: Jwt is expired"',
    input: [S401, JSON_CT, '', '{"statusCode":401,"message":"JwtParseError: Jwt is expired"}'].join('\n'),
    ...A401,
    top: 'time.expired',
    via: 'njwt',
    product: null,
    excludes: ['proxy.gateway-response'],
  },
  {
    // okta/okta-jwt-verifier-js lib.js (verifyAudience): the values it prints bare.
    name: "Okta jwt-verifier: 'audience claim … does not match expected audience: …' in an Express log",
    input: [
      '2026-05-28T14:09:58.120Z error: token rejected Error: audience claim api://default does not match expected audience: api://orders',
      '    at verifyAudience (/srv/app/node_modules/@okta/jwt-verifier/lib.js:118:13)',
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'okta-jwt-verifier',
  },
  {
    name: "Okta jwt-verifier: 'issuer … does not match expected issuer: …' (another authorization server)",
    input:
      'Error: issuer https://dev-123456.okta.com/oauth2/default does not match expected issuer: https://dev-123456.okta.com/oauth2/aus1orders',
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'okta-jwt-verifier',
  },
  {
    // aws-amplify/amplify-js#2205 (cognito rows in frameworks.ts).
    name: 'Cognito: NotAuthorizedException "Access Token has been revoked" through aws-sdk',
    input: [
      'NotAuthorizedException: Access Token has been revoked',
      '    at Request.extractError (/var/task/node_modules/aws-sdk/lib/protocol/json.js:52:27)',
    ].join('\n'),
    ...REFUSED,
    top: 'token.revoked',
    via: 'cognito',
  },
  {
    // Keycloak's resource server challenge and its admin API's JAX-RS body.
    name: 'Keycloak: "Token verification failed" with {"error":"HTTP 401 Unauthorized"}',
    input: [
      S401,
      'WWW-Authenticate: Bearer realm="myrealm", error="invalid_token", error_description="Token verification failed"',
      'Content-Type: application/json',
      '',
      '{"error":"HTTP 401 Unauthorized"}',
    ].join('\n'),
    ...A401,
    top: 'challenge.invalid-token',
    excludes: NOT_MISSING,
  },
  {
    // Keycloak's admin REST API to a token without the realm-management role (public notes quoting the 403 body).
    name: 'Keycloak admin API: {"error":"HTTP 403 Forbidden"} on a 403',
    input: [S403, 'Content-Type: application/json', '', '{"error":"HTTP 403 Forbidden"}'].join('\n'),
    ...A403,
    excludes: ['challenge.invalid-token', 'token.missing'],
  },
];

/** The same Slack reply with the request's signed token: the signature must not reach the report. */
const SIGNED: Row[] = [
  {
    name: 'Slack invalid_auth with an expired signed JWT sent: expiry from the token, no signature echoed',
    input: [
      'POST /api/chat.postMessage HTTP/1.1',
      'Host: slack.com',
      `Authorization: Bearer ${EXPIRED}`,
      '',
      'HTTP/1.1 200 OK',
      'Content-Type: application/json; charset=utf-8',
      '',
      '{"ok":false,"error":"invalid_auth"}',
    ].join('\n'),
    status: 200,
    classification: 'authentication',
    includes: ['challenge.invalid-token', 'time.expired'],
    excludes: NOT_MISSING,
  },
];

const QUIET_ROWS: Row[] = [
  {
    // Slack's other errors (channel_not_found, not_in_channel: public issues) say nothing about the token.
    name: 'Slack: {"ok":false,"error":"channel_not_found"} is not an auth failure',
    input: '{"ok":false,"error":"channel_not_found"}',
    ...QUIET,
  },
  {
    name: "Slack: python-slack-sdk's not_in_channel is not an auth failure",
    input: [
      'slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage, status: 200)',
      "The server responded with: {'ok': False, 'error': 'not_in_channel'}",
    ].join('\n'),
    status: 200,
    classification: 'undetermined',
    excludes: ['challenge.invalid-token', 'token.missing'],
  },
  {
    name: "Slack's codes in a sentence state nothing",
    input:
      'we rotated the bot token and now every call says invalid_auth, not_authed before that. token_expired never showed up',
    ...QUIET,
  },
  {
    name: "IdentityModel's IDX10223 keeps its own via: the words are Azure Storage's only after its tag",
    input:
      "IDX10223: Lifetime validation failed. The token is expired. ValidTo: '05/19/2016 10:45:59' Current time: '05/19/2016 21:46:31'.",
    ...REFUSED,
    top: 'time.expired',
    via: 'identitymodel',
  },
  {
    name: 'Salesforce: INVALID_SESSION_ID named in a sentence states nothing',
    input: 'jsforce refreshes the access token on INVALID_SESSION_ID when a refresh token is configured',
    ...QUIET,
  },
];

describe('formats, round 16: Slack', () => {
  it.each(SLACK)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: SaaS APIs', () => {
  it.each(SAAS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: Supabase Auth', () => {
  it.each(SUPABASE)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: Azure', () => {
  it.each(AZURE)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: identity providers', () => {
  it.each(IDPS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 16: a signed token beside the reply', () => {
  it.each(SIGNED)('$name', async (row) => {
    await expectPasteRow(row, [EXPIRED.split('.')[2] as string]);
  });
});

describe('formats, round 16: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});
