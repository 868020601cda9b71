/**
 * Round "real-b": pastes rebuilt from Q&A threads, blog posts and Japanese articles (hosts and tokens are ours, the
 * products' own strings are theirs). Each group ends with near-misses that must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';
import { A401, FRESH_MASKED, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

// Old Postman (the Chrome app) copied response headers as `Name →value`; answers and Microsoft Learn still show them
// (openillumi.com/fix-jwt-audience-invalid-identityserver quotes `WWW-Authenticate →Bearer error="invalid_token",
// error_description="The audience is invalid"`; learn.microsoft.com, "Using hybrid Modern Authentication with Outlook
// for iOS and Android", a Fiddler trace with `Date →Mon, 29 Jan 2018 19:51:46 GMT`). Before, only the challenge was
// found (by its name anywhere); the Date was not a field, so the report measured against the clock.
const POSTMAN_ARROWS: Row[] = [
  {
    name: 'IdentityServer’s audience refusal in Postman’s arrow form, with its Date',
    input: `SPA から取ったトークンで Web API を呼ぶと 401 です。Postman のヘッダー:\n\nContent-Length →0\nDate →Thu, 28 May 2026 14:12:00 GMT\nServer →Kestrel\nWWW-Authenticate →Bearer error="invalid_token", error_description="The audience is invalid"\n\nBearer ${FRESH_MASKED}`,
    ...A401,
    top: 'claim.aud-mismatch',
    includes: ['challenge.invalid-token'],
    excludes: ['time.expired', 'challenge.malformed'],
  },
  {
    name: 'an arrow without the space before it (`Server→Kestrel`) is a field too',
    input: `${S401}\nServer→Kestrel\nWWW-Authenticate→Bearer error="invalid_token"`,
    ...A401,
    top: 'challenge.invalid-token',
    excludes: ['challenge.missing'],
  },
  {
    name: 'out of shape: a status after an arrow is still a status (`GET /v1/orders → 401`)',
    input: 'GET https://api.example.com/v1/orders → 401',
    ...A401,
    excludes: ['challenge.missing', 'authz-header.missing'],
  },
  {
    name: 'out of shape: prose with an arrow is no field (`token → expired?`)',
    input: 'token → expired?\nmaybe → clock skew',
    ...QUIET,
    excludes: ['challenge.missing', 'authz-header.missing', 'time.expired'],
  },
];

// Exchange Server's OAuth reasons in `x-ms-diagnostics` (Microsoft Learn, "Using hybrid Modern Authentication with
// Outlook for iOS and Android": a 401 from ActiveSync behind a TLS-offloading load balancer; "Resolve free/busy
// errors"). Before, only the challenge's bare error="invalid_token" was read.
const EXCHANGE: Row[] = [
  {
    name: 'x-ms-diagnostics: the hostname component of the audience claim value is invalid',
    input: `HTTP/1.1 401 Unauthorized\nContent-Length →0\nServer →Microsoft-IIS/10.0 Microsoft-HTTPAPI/2.0\nWWW-Authenticate →Bearer client_id="00000002-0000-0ff1-ce00-000000000000", authorization_uri="https://login.windows.net/common/oauth2/authorize", error="invalid_token"\nWWW-Authenticate →Basic realm="mail.example.org"\nx-ms-diagnostics →2000003;reason="The hostname component of the audience claim value is invalid. Expected 'https://mail.example.org'. Actual 'http://mail.example.org'.";error_category="invalid_resource"`,
    ...A401,
    top: 'claim.aud-mismatch',
    via: 'exchange-oauth',
    includes: ['challenge.invalid-token'],
  },
  {
    name: 'x-ms-diagnostics: the audience claim value is invalid (curl -i)',
    input: `HTTP/1.1 401 Unauthorized\nx-ms-diagnostics: 2000003;reason="The audience claim value is invalid 'aud'.";error_category="invalid_resource"\nWWW-Authenticate: Bearer client_id="00000002-0000-0ff1-ce00-000000000000", error="invalid_token"`,
    ...A401,
    top: 'claim.aud-mismatch',
  },
  {
    name: 'an Availability log line: the issuer of the token is unknown',
    input: `Request failed with diagnostics 2000009;reason="The issuer of the token is unknown. Issuer was '00000001-0000-0000-c000-000000000000@72f988bf-0000-0000-0000-2d7cd011db47'.";error_category="invalid_issuer"`,
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'exchange-oauth',
  },
  {
    name: 'out of shape: an audience that is invalid in prose is not Exchange’s reason',
    input: `${S401}\nthe audience is invalid maybe? the issuer of the token is unknown to me`,
    ...A401,
    excludes: ['claim.aud-mismatch', 'claim.iss-mismatch'],
  },
];

// An OAuth error code beside the API's own `message` instead of an `error_description` (devsnap.dev/ja/http-status/401,
// its example 401: `{"error":"invalid_token","message":"Token has expired"}`). Before, the message was not read as
// the body's words for the error, so the stated expiry was lost.
const MESSAGE_AS_DESCRIPTION: Row[] = [
  {
    name: '{"error":"invalid_token","message":"Token has expired"} under a bare Bearer challenge',
    input: `トークンは付けているのに 401 になります。\n\n${S401}\nWWW-Authenticate: Bearer realm="api"\nContent-Type: application/json\n\n{"error":"invalid_token","message":"Token has expired"}`,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
  },
  {
    name: 'an error_description still wins over the message',
    input: `${S401}\n\n{"error":"invalid_token","error_description":"The signature is invalid","message":"Token has expired"}`,
    ...A401,
    top: 'signature.invalid',
    includes: ['challenge.invalid-token'],
    excludes: ['time.expired'],
  },
  {
    name: 'out of shape: a message that lists causes states none',
    input: `${S401}\n\n{"error":"invalid_token","message":"Token is invalid or expired"}`,
    ...A401,
    top: 'challenge.invalid-token',
    excludes: ['time.expired'],
  },
  {
    name: 'out of shape: a message beside a non-OAuth error is not read as one',
    input: `${S401}\n\n{"error":"Unauthorized","message":"Token has expired"}`,
    ...A401,
    excludes: ['challenge.invalid-token'],
  },
];

// tymon/jwt-auth's JWT::parseToken() (src/JWT.php) finding no token: "The token could not be parsed from the
// request", a 500 unless the app maps it (openillumi.com/axios-bearer-token-react-auth-header-fix: axios.post given
// its headers config as the body, so no Authorization header left the browser). Before, only status.not-auth.
const TYMON_NOT_PARSED: Row[] = [
  {
    name: 'Laravel’s 500 JSON for JWTException: the token could not be parsed from the request',
    input: `React の axios.post で送ると Laravel から 500 が返ります。\n\nPOST http://localhost:8000/api/auth/refresh 500 (Internal Server Error)\n{\n    "message": "The token could not be parsed from the request",\n    "exception": "Tymon\\\\JWTAuth\\\\Exceptions\\\\JWTException",\n    "line": 195\n}`,
    status: 500,
    classification: 'authentication',
    top: 'token.missing',
    via: 'tymon-jwt-auth',
    includes: ['status.not-auth'],
  },
  {
    name: 'out of shape: a token that could not be parsed from a file is another message',
    input: 'the token could not be parsed from the config file, check the yaml',
    ...QUIET,
    excludes: ['token.missing'],
  },
];

// IdentityModel's IDX10205 naming a v1.0 Entra ID issuer against the v2.0 one of the same tenant
// (openillumi.com/?p=12431: the token's iss is sts.windows.net while the API expects login.microsoftonline.com/…/v2.0;
// the fix is accessTokenAcceptedVersion in the API's manifest). Before, the log line read as a plain iss mismatch;
// a decoded token already got the version detail.
const ENTRA_VERSION: Row[] = [
  {
    name: 'IDX10205 with a v1.0 issuer against the v2.0 issuer of the same tenant',
    input:
      "Microsoft.IdentityModel.Tokens.SecurityTokenInvalidIssuerException: IDX10205: Issuer validation failed. Issuer: 'https://sts.windows.net/72f988bf-0000-0000-0000-2d7cd011db47/'. Did not match: validationParameters.ValidIssuer: 'https://login.microsoftonline.com/72f988bf-0000-0000-0000-2d7cd011db47/v2.0' or validationParameters.ValidIssuers: 'null'.",
    ...REFUSED,
    top: 'claim.iss-mismatch',
  },
];

// AWS API Gateway takes a bare token in Authorization: a REST API's Cognito user pool authorizer wants the token as the
// header's whole value, and an HTTP API's JWT authorizer "only the token, or the token prefixed with Bearer"
// (docs.aws.amazon.com, http-api-jwt-authorizer.html). openillumi.com/api-gateway-cognito-access-token-401-fix: the ID
// token passed so, the access token got 401 (the method had no OAuth scopes). Before, authz-header.scheme led.
const COGNITO_ACCESS = rs256(
  {
    sub: '7d1e',
    iss: 'https://cognito-idp.ap-northeast-1.amazonaws.com/ap-northeast-1_AbCdEf123',
    client_id: '4l2k9',
    token_use: 'access',
    scope: 'aws.cognito.signin.user.admin',
    iat: CLAIMS.iat,
    exp: CLAIMS.exp,
    username: 'taro',
  },
  { kid: 'abc=' },
);
const COGNITO_MASKED = `${COGNITO_ACCESS.split('.').slice(0, 2).join('.')}.***`;
const API_GATEWAY_BARE: Row[] = [
  {
    name: 'a bare Cognito access token to a REST API’s Cognito authorizer (curl -i, x-amzn-errortype)',
    input: `ID トークンだと通るのにアクセストークンだと 401 です。\n\n$ curl -i -H "Authorization: ${COGNITO_MASKED}" https://abcd1234.execute-api.ap-northeast-1.amazonaws.com/prod/items\nHTTP/2 401\ncontent-type: application/json\nx-amzn-errortype: UnauthorizedException\nx-amz-apigw-id: Fq9AbHm3NjMEQ1A=\n\n{"message":"Unauthorized"}`,
    ...A401,
    top: 'proxy.gateway-response',
    product: 'AWS API Gateway',
    excludes: ['authz-header.scheme'],
  },
  {
    name: 'an execute-api host alone says API Gateway too',
    input: `$ curl -i -H "Authorization: ${COGNITO_MASKED}" https://abcd1234.execute-api.us-east-1.amazonaws.com/prod/items\nHTTP/2 401\n\n{"message":"Unauthorized"}`,
    ...A401,
    excludes: ['authz-header.scheme'],
  },
  {
    name: 'out of shape: a bare token to another API still lacks its scheme',
    input: `$ curl -i -H "Authorization: ${COGNITO_MASKED}" https://api.example.com/items\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"`,
    ...A401,
    top: 'authz-header.scheme',
  },
];

// A Google access token masked after its prefix (`ya29.a0AfB_xxxx…`) sent to Cloud Run: the prefix alone says what it
// is (agentbeck.bot/report/91042: Service A sent `credentials.token` to Service B and got Cloud Run's 403 "Your client
// does not have permission"). Before, only input.masked.
const GOOGLE_MASKED: Row[] = [
  {
    name: 'ya29.… masked with x, to a run.app URL, 403 from Google Frontend',
    input: `$ curl -i -H "Authorization: Bearer ya29.a0AfB_byC3xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx" https://service-b-abc123-an.a.run.app/\nHTTP/2 403\ncontent-type: text/html; charset=UTF-8\nserver: Google Frontend\n\n<h1>Error: Forbidden</h1>\n<h2>Your client does not have permission to get URL <code>/</code> from this server.</h2>`,
    status: 403,
    classification: 'authorization',
    top: 'token.opaque',
    includes: ['input.masked'],
  },
  {
    name: 'out of shape: another masked credential names no form',
    input: `$ curl -i -H "Authorization: Bearer sk_live_xxxxxxxxxxxxxxxxxxxxxxxx" https://service-b-abc123-an.a.run.app/\nHTTP/2 403\nserver: Google Frontend`,
    status: 403,
    classification: 'authorization',
    excludes: ['token.opaque'],
  },
];

// google-api-python-client's HttpError repr (googleapiclient/errors.py): `<HttpError 403 when requesting … returned
// "Request had insufficient authentication scopes.". Details: "[…ACCESS_TOKEN_SCOPE_INSUFFICIENT…]">`, as Japanese
// write-ups on the Sheets API quote it. Before, nothing was read from it.
const PY_GOOGLE: Row[] = [
  {
    name: 'HttpError 403 with its URI and details: insufficient authentication scopes',
    input: `Sheets API に追記しようとすると 403 です。\n\ngoogleapiclient.errors.HttpError: <HttpError 403 when requesting https://sheets.googleapis.com/v4/spreadsheets/1AbC/values/Sheet1!A1:append?valueInputOption=RAW&alt=json returned "Request had insufficient authentication scopes.". Details: "[{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'ACCESS_TOKEN_SCOPE_INSUFFICIENT'}]">`,
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    via: 'google-api',
  },
  {
    name: 'HttpError 401 without a URI: invalid authentication credentials',
    input:
      '<HttpError 401 "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.">',
    status: 401,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'google-api',
  },
  {
    name: 'out of shape: an HttpError about something else states nothing',
    input: '<HttpError 404 when requesting https://www.googleapis.com/drive/v3/files/x returned "File not found: x.">',
    status: 404,
    classification: 'undetermined',
    excludes: ['challenge.insufficient-scope', 'challenge.invalid-token'],
  },
];

for (const [title, rows] of [
  ['Postman’s `Name →value` headers', POSTMAN_ARROWS],
  ['Exchange Server’s x-ms-diagnostics reasons', EXCHANGE],
  ['an OAuth error with its message', MESSAGE_AS_DESCRIPTION],
  ['tymon/jwt-auth without a token', TYMON_NOT_PARSED],
  ['Entra ID token versions in IdentityModel’s words', ENTRA_VERSION],
  ['AWS API Gateway and a bare token', API_GATEWAY_BARE],
  ['a masked Google access token', GOOGLE_MASKED],
  ['google-api-python-client’s HttpError', PY_GOOGLE],
] as const) {
  describe(`formats, round real-b: ${title}`, () => {
    it.each(rows.map((r) => [r.name, r] as const))('%s', async (_name, row) => {
      await expectPasteRow(row);
    });
  });
}

describe('formats, round real-b: values read', () => {
  it('Postman’s `Date →…` is the reference time', async () => {
    const report = await run(
      `${S401}\nDate →Thu, 28 May 2026 15:00:00 GMT\nWWW-Authenticate →Bearer error="invalid_token"\n\nBearer ${FRESH_MASKED}`,
      { preferPastedDate: true },
    );
    expect(report.reference).toMatchObject({ nowSource: 'date-header', now: '2026-05-28T15:00:00Z' });
    expect(report.findings.map((f) => f.code)).toContain('time.expired');
  });
  it('Exchange’s expected and actual audiences are the finding’s values', async () => {
    const report = await run(
      `${S401}\nx-ms-diagnostics: 2000003;reason="The hostname component of the audience claim value is invalid. Expected 'https://mail.example.org'. Actual 'http://mail.example.org'.";error_category="invalid_resource"`,
    );
    expect(report.findings[0]?.args).toMatchObject({
      aud: ['http://mail.example.org'],
      expected: ['https://mail.example.org'],
    });
  });
  it('IDX10205 across Entra ID token versions names the version', async () => {
    const report = await run(ENTRA_VERSION[0]?.input as string, { locale: 'ja' });
    expect(report.findings[0]?.args).toMatchObject({ entraTokenVersion: '1.0' });
  });
  it('a message that only repeats the reason phrase is no description', async () => {
    const report = await run(`${S401}\n\n{"error":"invalid_token","message":"Unauthorized"}`);
    expect(report.findings[0]?.args).toMatchObject({ description: null });
  });
  it('an insufficient_scope’s message is quoted as its description', async () => {
    const report = await run(
      'HTTP/1.1 403 Forbidden\n\n{"error":"insufficient_scope","message":"orders:write required"}',
    );
    expect(report.findings[0]?.args).toMatchObject({ description: 'orders:write required' });
  });
  it('a body’s stated expiry names the response body in Japanese words', async () => {
    const report = await run(`${S401}\n\n{"error":"invalid_token","message":"Token has expired"}`, { locale: 'ja' });
    expect(report.findings[0]?.detail).toContain('レスポンスボディ');
  });
  it('a signed token pasted beside Postman’s arrows stays out of the report', async () => {
    const signed = rs256(CLAIMS);
    await expectPasteRow(
      {
        name: 'arrows + signed token',
        input: `${S401}\nWWW-Authenticate →Bearer error="invalid_token", error_description="The audience is invalid"\nAuthorization →Bearer ${signed}`,
        ...A401,
        top: 'claim.aud-mismatch',
      },
      [signed.split('.')[2] as string, (signed.split('.')[2] as string).slice(0, 16)],
    );
  });
});
