/**
 * Round real-k: how platforms' front doors rank beside the pasted token's own faults (sources beside each paste, and in
 * checks/proxy.ts BEFORE_TOKEN_PRODUCTS). A front door that wants a credential of its own refused before any check of
 * the application's bearer token: its refusal leads. One that judges the bearer token itself keeps the token's fault
 * first.
 */
import { describe, expect, it } from 'vitest';
import { A401, A403, EXPIRED, FRESH_MASKED, JSON_CT, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const SIGNATURE = EXPIRED.split('.')[2] as string;
const curl = (url: string) => `$ curl -i ${url} -H "Authorization: Bearer ${EXPIRED}"`;

// A Lambda function URL's own 403 (awsdocs/aws-lambda-developer-guide#494, brikis98/devops-book#12): AWS_IAM wants a
// SigV4-signed request (docs.aws.amazon.com/lambda/latest/dg/urls-auth.html), a bearer token is no IAM credential.
const LAMBDA_URL_403 = [
  'HTTP/1.1 403 Forbidden',
  'x-amzn-ErrorType: AccessDeniedException',
  'Content-Type: application/json',
  '',
  '{"Message":"Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"}',
].join('\n');
// Vercel's Deployment Protection page with its _vercel_sso_nonce cookie (JohnConnorCode/accelerate-automation-demo
// docs/archive/VERCEL_SSO_FIX.md, adrianstanca1/cortexbuild-final DEPLOYMENT_PROTECTION_TROUBLESHOOTING.md).
const VERCEL_401 = [
  'HTTP/2 401',
  'content-type: text/html; charset=utf-8',
  'server: Vercel',
  'set-cookie: _vercel_sso_nonce=Zm9vYmFy; Max-Age=3600; Path=/; Secure; HttpOnly; SameSite=Lax',
  'x-vercel-id: iad1::abcde-1700000000000-123456789abc',
  '',
  '<!doctype html><html lang=en><meta charset=utf-8><title>Authentication Required</title>',
].join('\n');
// Cloudflare Access's 403 page, its json_data (renauld94/admins deploy/cloudflare_access_remediation.md).
const CF_ACCESS_403 = [
  'HTTP/2 403',
  'content-type: text/html',
  'cf-ray: 9927494edd3304f4-FRA',
  'server: cloudflare',
  '',
  `<input type="hidden" name="json_data" value='{"message":"Forbidden. You don't have permission to view this. Please contact your system administrator.","status_code":403,"aud":"78ccb3aa7b28b647cd8862a27e498ed9d0944456dd3352111d5797f466137384","ray_id":"9927494edd3304f4"}'>`,
].join('\n');

const BEFORE_TOKEN: Row[] = [
  {
    name: 'a function URL’s 403 to an expired bearer token',
    input: `${curl('https://abcdefg123.lambda-url.us-east-1.on.aws/')}\n${LAMBDA_URL_403}`,
    ...A403,
    top: 'proxy.gateway-response',
    product: 'AWS Lambda function URL',
    includes: ['time.expired'],
    excludes: ['status.mismatch'],
  },
  {
    name: 'a bare Forbidden from a lambda-url host, expired bearer token',
    input: `${curl('https://abcdefg123.lambda-url.us-east-1.on.aws/')}\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\nx-amzn-ErrorType: AccessDeniedException\n\n{"Message":"Forbidden"}`,
    ...A403,
    top: 'proxy.gateway-response',
    product: 'AWS Lambda function URL',
    excludes: ['status.mismatch'],
  },
  {
    name: 'Vercel’s Deployment Protection page to an expired bearer token',
    input: `${curl('https://myapp-git-feature-acme.vercel.app/api/orders')}\n${VERCEL_401}`,
    ...A401,
    top: 'proxy.gateway-response',
    product: 'Vercel Deployment Protection',
    includes: ['time.expired'],
  },
  {
    name: 'Vercel’s page with no token: no “token missing” (it wants its cookie or bypass secret)',
    input: VERCEL_401,
    ...A401,
    top: 'proxy.gateway-response',
    excludes: ['token.missing'],
  },
  {
    name: 'Cloudflare Access’s 403 to an expired bearer token',
    input: `${curl('https://app.example.com/api/orders')}\n${CF_ACCESS_403}`,
    ...A403,
    top: 'proxy.gateway-response',
    product: 'Cloudflare Access',
    includes: ['time.expired'],
    excludes: ['status.mismatch'],
  },
  {
    // F5 BIG-IP APM's own deny page: its access policy (its sign-in, a client certificate, an endpoint check) refused
    // (parse/proxy-texts.ts, `session`).
    name: 'F5 BIG-IP APM’s access policy page, beside an expired bearer token',
    input: `${curl('https://portal.example.com/api/orders')}\nHTTP/1.1 403 Forbidden\nContent-Type: text/html; charset=utf-8\n\nAccess was denied by the access policy. This may be due to a failure to meet access policy requirements.`,
    ...A403,
    top: 'proxy.gateway-response',
    product: 'F5 BIG-IP APM',
    includes: ['time.expired'],
    excludes: ['status.mismatch'],
  },
];

// Front doors that judge the bearer token themselves: the token's own fault is why they refused, and leads.
const JUDGES_TOKEN: Row[] = [
  {
    // Azure API Management's missing subscription key (MicrosoftDocs/SupportArticles-docs, api-mgmt "Unauthorized errors
    // (401) while invoking APIs"): a key refusal does not say the token was never judged, so the expiry keeps its place.
    name: 'API Management’s missing subscription key beside an expired token: the expiry leads',
    input: `${curl('https://contoso.azure-api.net/orders')}\nHTTP/1.1 401 Access Denied\nContent-Type: application/json\n\n{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }`,
    ...A401,
    top: 'time.expired',
    product: 'Azure API Management',
  },
  {
    // Cloud Run's IAM check validates a Google-signed ID token (Google's front-end page, formats-real-b rows).
    name: 'Cloud Run’s IAM page to an expired token: the expiry leads',
    input: `${curl('https://orders-abc123-uc.a.run.app/')}\nHTTP/2 403\ncontent-type: text/html; charset=UTF-8\nserver: Google Frontend\n\n<h1>Error: Forbidden</h1>\n<h2>Your client does not have permission to get URL <code>/</code> from this server.</h2>`,
    status: 403,
    classification: 'authentication',
    top: 'time.expired',
    product: 'Cloud Run',
  },
  {
    // App Service's Easy Auth validates the bearer token (MicrosoftDocs/azure-docs#98602, formats-stop20 rows).
    name: 'App Service’s Easy Auth page to an expired token: the expiry leads',
    input: `${curl('https://orders-api.azurewebsites.net/api/orders')}\nHTTP/1.1 401 Unauthorized\nContent-Type: text/html\n\nYou do not have permission to view this directory or page.`,
    ...A401,
    top: 'time.expired',
    product: 'Azure App Service authentication',
  },
  {
    // API Gateway HTTP API's JWT authorizer (AWS docs, "the token has expired"; formats-acceptance rows).
    name: 'API Gateway’s JWT authorizer: the expiry leads',
    input: `${curl('https://abc123.execute-api.us-east-1.amazonaws.com/orders')}\nHTTP/2 401\ncontent-type: application/json\nwww-authenticate: Bearer scope="" error="invalid_token" error_description="the token has expired"\napigw-requestid: Yx2kQhvPoAMEb8A=\n\n{"message":"Unauthorized"}`,
    ...A401,
    top: 'time.expired',
  },
  {
    // A REST API's authorizer answers its UNAUTHORIZED gateway response (x-amzn-ErrorType, formats rows of checks/proxy).
    name: 'API Gateway REST’s Unauthorized: the expiry leads',
    input: `${curl('https://abc123.execute-api.us-east-1.amazonaws.com/prod/orders')}\nHTTP/1.1 401 Unauthorized\nx-amzn-ErrorType: UnauthorizedException\nContent-Type: application/json\n\n{"message":"Unauthorized"}`,
    ...A401,
    top: 'time.expired',
    product: 'AWS API Gateway',
  },
];

describe('front doors that refuse before the bearer token lead its faults', () => {
  for (const row of BEFORE_TOKEN) it(row.name, () => expectPasteRow(row, [SIGNATURE]));
  it('says the front door refused before the token, as an error', async () => {
    const report = await expectPasteRow(BEFORE_TOKEN[0] as Row, [SIGNATURE]);
    expect(report.findings[0]?.severity).toBe('error');
    expect(report.findings[0]?.args.beforeToken).toBe(true);
  });
});

describe('front doors that judge the bearer token keep its fault first', () => {
  for (const row of JUDGES_TOKEN) it(row.name, () => expectPasteRow(row, [SIGNATURE]));
  it('leaves their refusal a warning', async () => {
    const report = await expectPasteRow(JUDGES_TOKEN[1] as Row, [SIGNATURE]);
    const door = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(door?.severity).toBe('warning');
    expect(door?.args.beforeToken).toBeUndefined();
  });
});

// Firestore's security rules refusing (the web SDK's error, firebase/firebase-js-sdk#4237) beside an expired token: the
// server's stated denial says nothing of the token, so its title does not call the token fine.
const FIRESTORE_EXPIRED = `${EXPIRED}\n\nUncaught (in promise) FirebaseError: Missing or insufficient permissions.`;

describe('policy.deny’s words do not vouch for a token the report faults', () => {
  it('a stated denial beside an expired token', async () => {
    const report = await expectPasteRow(
      {
        name: 'Firestore rules, expired token',
        input: FIRESTORE_EXPIRED,
        status: null,
        classification: 'authorization',
        includes: ['policy.deny', 'time.expired'],
      },
      [SIGNATURE],
    );
    const deny = report.findings.find((f) => f.code === 'policy.deny');
    expect(deny?.title).toBe('An authorization policy denies the request');
  });
  it('the inferred denial, which needs a faultless token, still says so', async () => {
    const report = await expectPasteRow({
      name: 'a 403 with a valid-looking token',
      input: `${S403}\n${JSON_CT}\n\nAuthorization: Bearer ${FRESH_MASKED}`,
      ...A403,
      top: 'policy.deny',
    });
    expect(report.findings[0]?.title).toBe('The token is fine; a policy denies the request');
  });
});

// Cloudflare Access answers a request without an identity of its own (a wrong, missing or stale service token, or one
// under an Allow policy) with a 302 to its sign-in, not a 401: stefanko-ch/Nexus-Stack#893, martymcenroe/AssemblyZero
// #1663; the Location's form from cloudflare/pages-plugins#13 and cloudflared's AccessLoginWorkerPath and `?kid=`
// (cloudflare/cloudflared#1646). The service token's headers: developers.cloudflare.com cloudflare-one/identity/
// service-tokens.
const accessRedirect = (request: string, location: string) =>
  [
    request,
    'HTTP/2 302',
    'date: Thu, 28 May 2026 14:09:58 GMT',
    `location: ${location}`,
    'server: cloudflare',
    'cf-ray: 9927494edd3304f4-FRA',
    '',
  ].join('\n');
const ACCESS_LOGIN =
  'https://acme.cloudflareaccess.com/cdn-cgi/access/login/api.example.com?kid=78ccb3aa7b28b647cd8862a27e498ed9d0944456dd3352111d5797f466137384&redirect_url=%2Fv1%2Forders';
const SERVICE_TOKEN_CURL =
  '$ curl -i https://api.example.com/v1/orders -H "CF-Access-Client-Id: 88bf3b6d86161464f6509f7219099e57.access" -H "CF-Access-Client-Secret: ****"';
const REDIRECT = { status: 302, classification: 'undetermined' } as const;

const ACCESS_REDIRECTS: Row[] = [
  {
    name: 'a service token sent to sign in',
    input: accessRedirect(SERVICE_TOKEN_CURL, ACCESS_LOGIN),
    ...REDIRECT,
    top: 'proxy.gateway-response',
    product: 'Cloudflare Access',
    excludes: ['authz-header.missing'],
  },
  {
    name: 'an expired bearer token sent to sign in: Access leads',
    input: accessRedirect(curl('https://api.example.com/v1/orders'), ACCESS_LOGIN),
    ...REDIRECT,
    top: 'proxy.gateway-response',
    product: 'Cloudflare Access',
    includes: ['time.expired'],
  },
  {
    name: 'out of shape: the same path on another host',
    input: accessRedirect(SERVICE_TOKEN_CURL, 'https://api.example.com/cdn-cgi/access/login/api.example.com'),
    ...REDIRECT,
    product: null,
  },
  {
    name: 'out of shape: Access’s logout',
    input: accessRedirect(SERVICE_TOKEN_CURL, 'https://acme.cloudflareaccess.com/cdn-cgi/access/logout'),
    ...REDIRECT,
    product: null,
  },
  {
    name: 'out of shape: a bare request with no Authorization still reads as missing it',
    input: accessRedirect('$ curl -i https://api.example.com/v1/orders', 'https://www.example.com/login'),
    ...REDIRECT,
    product: null,
    includes: ['authz-header.missing'],
  },
];

describe('Cloudflare Access’s redirect to its sign-in', () => {
  for (const row of ACCESS_REDIRECTS) it(row.name, () => expectPasteRow(row, [SIGNATURE]));
  it('says what Access wants, in English and Japanese', async () => {
    const en = await expectPasteRow(ACCESS_REDIRECTS[0] as Row);
    expect(en.findings[0]?.args.accessLogin).toBe(true);
    expect(en.nextSteps.join('\n')).toContain('Service Auth');
    const ja = await expectPasteRow(ACCESS_REDIRECTS[0] as Row, [], { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain('CF-Access-Client-Id');
  });
});
