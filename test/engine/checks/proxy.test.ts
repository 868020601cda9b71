import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../../helpers/catches.js';
import { CLAIMS, unsigned } from '../../helpers/tokens.js';

const TOKEN = unsigned({ alg: 'RS256', typ: 'JWT', kid: 'acme-2026-05' }, CLAIMS);
const APIGW_URL = 'https://k3x9p2m7q1.execute-api.us-east-1.amazonaws.com/prod/orders';

/** `curl -i` of `url` with the token, and the response lines as printed. */
function curl(url: string, responseLines: string[], method = 'GET'): string {
  const m = method === 'GET' ? '' : `-X ${method} `;
  return [`$ curl -i ${m}${url} -H "Authorization: Bearer ${TOKEN}"`, ...responseLines].join('\n');
}

const apiGateway401 = curl(APIGW_URL, [
  'HTTP/1.1 401 Unauthorized',
  'Date: Thu, 28 May 2026 14:09:48 GMT',
  'Content-Type: application/json',
  'Content-Length: 26',
  'x-amzn-RequestId: 6f1c2a9d-3e4b-5c6d-7e8f-9a0b1c2d3e4f',
  'x-amzn-ErrorType: UnauthorizedException',
  'x-amz-apigw-id: Xk3p9FQmIAMEb7w=',
  '',
  '{"message":"Unauthorized"}',
]);

const alb401 = curl('https://api.acme-corp.com/v1/orders', [
  'HTTP/1.1 401 Unauthorized',
  'Server: awselb/2.0',
  'Date: Thu, 28 May 2026 14:09:48 GMT',
  'Content-Type: text/html',
  'Content-Length: 0',
]);

const cloudflare401 = curl('https://api.acme-corp.com/v1/orders', [
  'HTTP/2 401',
  'date: Thu, 28 May 2026 14:09:48 GMT',
  'content-type: application/json',
  'server: cloudflare',
  'cf-ray: 8a1b2c3d4e5f6789-FRA',
  '',
  '{"error":"unauthorized"}',
]);

const envoyJwtAuthn = curl('https://api.acme-corp.com/v1/orders', [
  'HTTP/1.1 401 Unauthorized',
  'www-authenticate: Bearer realm="http://api.acme-corp.com/v1/orders", error="invalid_token"',
  'content-length: 14',
  'content-type: text/plain',
  'date: Thu, 28 May 2026 14:09:48 GMT',
  'server: envoy',
  '',
  'Jwt is expired',
]);

const kong401 = curl('https://api.acme-corp.com/v1/orders', [
  'HTTP/1.1 401 Unauthorized',
  'Date: Thu, 28 May 2026 14:09:48 GMT',
  'Content-Type: application/json; charset=utf-8',
  'Content-Length: 26',
  'X-Kong-Response-Latency: 1',
  'Server: kong/3.6.1',
  '',
  '{"message":"Unauthorized"}',
]);

const nginx401 = curl('https://api.acme-corp.com/v1/orders', [
  'HTTP/1.1 401 Unauthorized',
  'Server: nginx/1.25.3',
  'Content-Type: text/html',
  '',
  '<html>',
  '<head><title>401 Authorization Required</title></head>',
  '<body>',
  '<center><h1>401 Authorization Required</h1></center>',
  '<hr><center>nginx/1.25.3</center>',
  '</body>',
  '</html>',
]);

describe('proxy.gateway-response: the response came from an intermediary', () => {
  it.each([
    ['AWS API Gateway (x-amzn-ErrorType)', apiGateway401, 'AWS API Gateway', 'x-amzn-ErrorType: UnauthorizedException'],
    ['an AWS ALB (Server: awselb, 401 with no challenge)', alb401, 'AWS ALB', 'Server: awselb/2.0'],
    ['Cloudflare answering 401 with no challenge', cloudflare401, 'Cloudflare', 'server: cloudflare'],
    ['Envoy jwt_authn (its own "Jwt is expired" body)', envoyJwtAuthn, 'Envoy', 'server: envoy'],
    ['Kong (X-Kong-Response-Latency: Kong answered itself)', kong401, 'Kong', 'X-Kong-Response-Latency: 1'],
    ['nginx (its own error page)', nginx401, 'nginx', 'Server: nginx/1.25.3'],
  ])('catches %s', async (_name, input, product, evidence) => {
    const f = await catches('proxy.gateway-response', input);
    expect(f.args).toMatchObject({ product });
    expect(Array.isArray(f.args.signals) && f.args.signals.length > 0).toBe(true);
    expect(f).toMatchObject({ severity: 'warning', source: 'response-header', evidence });
  });

  it('catches API Gateway with both of its headers as signals', async () => {
    const f = await catches('proxy.gateway-response', apiGateway401);
    expect(f.args.signals).toEqual(['x-amzn-errortype: UnauthorizedException', 'x-amz-apigw-id: Xk3p9FQmIAMEb7w=']);
  });

  it('catches it below the server-stated cause when Envoy also says why', async () => {
    const report = await run(envoyJwtAuthn);
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(report.findings.map((f) => f.code)).toContain('proxy.gateway-response');
  });

  it.each([
    [
      'the application answering through Cloudflare (its own challenge passes through)',
      curl('https://api.acme-corp.com/v1/orders', [
        'HTTP/2 401',
        'server: cloudflare',
        'cf-ray: 8a1b2c3d4e5f6789-FRA',
        'www-authenticate: Bearer error="invalid_token"',
        '',
        '{"error":"invalid_token"}',
      ]),
    ],
    [
      'the application answering through Kong (upstream latency, Via)',
      curl('https://api.acme-corp.com/v1/orders', [
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer error="invalid_token"',
        'X-Kong-Upstream-Latency: 12',
        'X-Kong-Proxy-Latency: 1',
        'Via: kong/3.6.1',
      ]),
    ],
    [
      'a gateway header on a 500',
      curl(APIGW_URL, ['HTTP/1.1 500 Internal Server Error', 'x-amzn-ErrorType: InternalServerErrorException']),
    ],
    [
      'a plain application 401',
      curl('https://api.acme-corp.com/v1/orders', [
        'HTTP/1.1 401 Unauthorized',
        'WWW-Authenticate: Bearer error="invalid_token"',
        'Content-Type: application/json',
      ]),
    ],
    ['a verifier log line alone', 'TokenExpiredError: jwt expired'],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('proxy.gateway-response', input);
  });
});

describe('proxy.gateway-response: a gateway that refused an API key says so', () => {
  // Azure API Management's and Apigee's own replies (see BODY_SIGNALS in src/engine/checks/proxy.ts for sources).
  const apimMissingKey = [
    'HTTP/1.1 401 Access Denied',
    'Content-Type: application/json',
    'WWW-Authenticate: AzureApiManagementKey realm="https://acme-corp.azure-api.net/orders",name="Ocp-Apim-Subscription-Key",type="header"',
    '',
    '{ "statusCode": 401, "message": "Access denied due to missing subscription key. Make sure to include subscription key when making requests to an API." }',
  ].join('\n');
  const apigeeInvalidKey = [
    'HTTP/1.1 401 Unauthorized',
    'Content-Type: application/json',
    '',
    '{"fault":{"faultstring":"Invalid ApiKey","detail":{"errorcode":"oauth.v2.InvalidApiKey"}}}',
  ].join('\n');

  it.each([
    ['Azure API Management', apimMissingKey],
    ['Apigee', apigeeInvalidKey],
  ])('%s: apiKey is true, and its words and next step are about the key', async (product, input) => {
    const f = await catches('proxy.gateway-response', input);
    expect(f.args).toMatchObject({ product, apiKey: true });
    expect(f.title).toBe(`${product} refused the API key, not the token`);
    expect(f.detail).toContain('API key');
    const report = await run(input);
    // Azure API Management's names the header its subscription key goes in (keyHeader).
    expect(report.nextSteps[0]).toMatch(
      /^Send the (API key |subscription key in the Ocp-Apim-Subscription-Key header)/,
    );
    expect(report.nextSteps.join(' ')).not.toMatch(/JWKS/);
    const ja = await run(input, { locale: 'ja' });
    expect(ja.findings[0]?.title).toBe(`${product} が拒否したのはトークンではなく API キーです`);
  });

  it.each([
    ['AWS API Gateway', apiGateway401],
    ['Envoy jwt_authn', envoyJwtAuthn],
  ])('%s refusing a token: apiKey is false and the step is its JWT configuration', async (_name, input) => {
    const f = await catches('proxy.gateway-response', input);
    expect(f.args.apiKey).toBe(false);
    expect(f.title).toMatch(/answered, not the application$/);
    const report = await run(input);
    expect(report.nextSteps.join(' ')).toMatch(/JWKS/);
  });
});

describe('proxy.waf-block: a 403 from a WAF or CDN rule', () => {
  it('catches Cloudflare error 1020 and names the rule', async () => {
    const input = curl('https://api.acme-corp.com/v1/orders', [
      'HTTP/2 403',
      'date: Thu, 28 May 2026 14:09:48 GMT',
      'content-type: text/plain; charset=UTF-8',
      'server: cloudflare',
      'cf-ray: 8a1b2c3d4e5f6789-FRA',
      '',
      'error code: 1020',
    ]);
    const f = await catches('proxy.waf-block', input);
    expect(f.args).toEqual({ product: 'Cloudflare', rule: '1020' });
    // The body's line, labelled as where it was quoted from (round fix-a): not a response header.
    expect(f).toMatchObject({ severity: 'error', source: 'log', evidence: 'error code: 1020' });
    const report = await run(input);
    expect(report.findings[0]?.code).toBe('proxy.waf-block');
    expect(report.classification).toBe('authorization');
  });

  it('catches the Cloudflare block page', async () => {
    const input = curl('https://api.acme-corp.com/v1/orders', [
      'HTTP/2 403',
      'server: cloudflare',
      'content-type: text/html; charset=UTF-8',
      '',
      '<!DOCTYPE html><html><head><title>Attention Required! | Cloudflare</title></head>',
      '<body><h1>Sorry, you have been blocked</h1></body></html>',
    ]);
    const f = await catches('proxy.waf-block', input);
    expect(f.args).toMatchObject({ product: 'Cloudflare' });
  });

  it('catches AWS WAF behind CloudFront ("Request blocked.")', async () => {
    const input = curl('https://api.acme-corp.com/v1/orders', [
      'HTTP/2 403',
      'content-type: text/html',
      'server: CloudFront',
      'x-cache: Error from cloudfront',
      'via: 1.1 4f1c2a9d3e4b5c6d.cloudfront.net (CloudFront)',
      '',
      '<H1>403 ERROR</H1>',
      '<H2>The request could not be satisfied.</H2>',
      '<HR noshade size="1px">',
      'Request blocked.',
      "We can't connect to the server for this app or website at this time.",
    ]);
    const f = await catches('proxy.waf-block', input);
    expect(f.args).toEqual({ product: 'AWS WAF', rule: null });
  });

  it("catches AWS WAF behind an ALB: the ALB's own 403 page only comes from a web ACL block", async () => {
    const input = curl('https://api.acme-corp.com/v1/orders', [
      'HTTP/1.1 403 Forbidden',
      'Server: awselb/2.0',
      'Content-Type: text/html',
      'Content-Length: 118',
      '',
      '<html>',
      '<head><title>403 Forbidden</title></head>',
      '<body>',
      '<center><h1>403 Forbidden</h1></center>',
      '<hr><center>awselb/2.0</center>',
      '</body>',
      '</html>',
    ]);
    const f = await catches('proxy.waf-block', input);
    expect(f.args).toEqual({ product: 'AWS WAF', rule: null });
    await catchesNot('policy.deny', input);
  });

  it.each([
    [
      'an application 403 passing through Cloudflare',
      curl('https://api.acme-corp.com/v1/orders', [
        'HTTP/2 403',
        'server: cloudflare',
        'cf-ray: 8a1b2c3d4e5f6789-FRA',
        'content-type: application/json',
        '',
        '{"error":"forbidden"}',
      ]),
    ],
    ['a Cloudflare 401 (a WAF blocks with 403)', cloudflare401],
    ['an ALB 401 page', alb401],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('proxy.waf-block', input);
  });
});

describe("proxy.authorizer-deny: a gateway authorizer's explicit deny", () => {
  const denied = (message: string) =>
    curl(`${APIGW_URL}/8812`, [
      'HTTP/1.1 403 Forbidden',
      'Content-Type: application/json',
      'x-amzn-ErrorType: AccessDeniedException',
      'x-amz-apigw-id: Xk3p9FQmIAMEb7w=',
      '',
      JSON.stringify({ Message: message }),
    ]);

  it.each([
    ['a Lambda authorizer explicit deny', 'User is not authorized to access this resource with an explicit deny', {}],
    ['a Lambda authorizer with no Allow for this resource', 'User is not authorized to access this resource', {}],
    [
      'a resource policy',
      'User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:********7890:k3x9p2m7q1/prod/GET/orders/8812',
      { policy: 'resource-policy', principal: 'anonymous' },
    ],
  ])('catches %s', async (_name, message, more) => {
    const report = await run(denied(message));
    const f = report.findings.find((x) => x.code === 'proxy.authorizer-deny');
    expect(f?.args).toEqual({ via: 'aws-apigateway', product: 'AWS API Gateway', ...more });
    expect(f).toMatchObject({ severity: 'error', source: 'log' });
    expect(report.findings[0]?.code).toBe('proxy.authorizer-deny');
    expect(report.classification).toBe('authorization');
  });

  it.each([
    [
      'a bare {"message":"Forbidden"}',
      curl(APIGW_URL, [
        'HTTP/1.1 403 Forbidden',
        'x-amzn-ErrorType: ForbiddenException',
        '',
        '{"message":"Forbidden"}',
      ]),
    ],
    ['an unauthorized 401', apiGateway401],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('proxy.authorizer-deny', input);
  });
});

describe('proxy.route-not-found: a gateway answering an unknown path or method with an auth-looking error', () => {
  it('catches API Gateway REST "Missing Authentication Token" for a misspelt path', async () => {
    const input = curl(
      'https://k3x9p2m7q1.execute-api.us-east-1.amazonaws.com/prod/order',
      [
        'HTTP/1.1 403 Forbidden',
        'Content-Type: application/json',
        'Content-Length: 42',
        'x-amzn-ErrorType: MissingAuthenticationTokenException',
        'x-amz-apigw-id: Xk3p9FQmIAMEb7w=',
        '',
        '{"message":"Missing Authentication Token"}',
      ],
      'POST',
    );
    const report = await run(input);
    const f = report.findings.find((x) => x.code === 'proxy.route-not-found');
    expect(f?.args).toEqual({ via: 'aws-apigateway', product: 'AWS API Gateway' });
    expect(f).toMatchObject({ severity: 'error', source: 'log' });
    expect(report.findings[0]?.code).toBe('proxy.route-not-found');
    // The token is not the problem: nothing blames it.
    expect(report.findings.map((x) => x.code)).not.toContain('token.missing');
  });

  it('catches the header-format variant ("not a valid key=value pair")', async () => {
    await catches(
      'proxy.route-not-found',
      curl(APIGW_URL, [
        'HTTP/1.1 403 Forbidden',
        '',
        '{"message":"Authorization header requires \'Credential\' parameter. Authorization header requires \'Signature\' parameter. Authorization=Bearer *** is not a valid key=value pair (missing equal-sign) in Authorization header"}',
      ]),
    );
  });

  it.each([
    ['an API Gateway 401', apiGateway401],
    ['a plain 403', curl(APIGW_URL, ['HTTP/1.1 403 Forbidden', '', '{"message":"Forbidden"}'])],
  ])('does not catch %s', async (_name, input) => {
    await catchesNot('proxy.route-not-found', input);
  });
});
