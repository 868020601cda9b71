/**
 * Round audit-at: serverless and PaaS front doors, and the platforms' own APIs refusing their CLIs' tokens. Each paste
 * is reconstructed from the public thread named in its test (credentials made up); the sources are cited beside the
 * rows in parse/verifier-messages/paas-clis.ts.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('Heroku: its Platform API refusing the API key (paas-clis.ts)', () => {
  it('catches the API’s JSON as a Travis deploy printed it, escaped (scala-vienna/scala-vienna-web#35)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'body: "{\\"id\\":\\"unauthorized\\",\\"error\\":\\"Invalid credentials provided.\\"}" (wrong API key?)',
    );
    expect(f.args).toMatchObject({ via: 'heroku', credential: 'heroku-api-key' });
  });
  it('catches the CLI’s words with its error id (iterative/mlem#501)', async () => {
    const report = await run(
      [
        ' ›   Error: Invalid credentials provided.',
        ' ›',
        ' ›   Error ID: unauthorized',
        ':x: Invalid credentials provided.',
      ].join('\n'),
    );
    expect(report.classification).toBe('authentication');
    expect(report.findings[0]?.args).toMatchObject({ via: 'heroku', credential: 'heroku-api-key' });
    expect(report.nextSteps[0]).toMatch(/heroku auth:whoami/);
  });
  it('catches the CLI under HEROKU_DEBUG, with its 401 (heroku/heroku-builds#67)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      [
        '$ HEROKU_DEBUG=1 heroku builds:cache:purge --app treeherder-stage --confirm treeherder-stage',
        '--> DELETE /apps/treeherder-stage/build-cache',
        '<-- 401 Unauthorized',
        ' !    Invalid credentials provided.',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'heroku' });
  });
  it('catches not: the same sentence from another API, with no Heroku near', async () => {
    const report = await run('HTTP/1.1 401 Unauthorized\n\n{"message":"Invalid credentials provided."}');
    expect(report.findings.some((f) => f.args.via === 'heroku')).toBe(false);
  });
});

describe('Railway: its CLI passing on the API’s refusal (paas-clis.ts)', () => {
  it('catches "Please login with `railway login`" with an API token set (railwayapp/cli#618)', async () => {
    const report = await run(
      'RAILWAY_API_TOKEN=3f1c9a2e-7b4d-4e8a-9c1f-2d6b8a0e5c71 railway whoami\nUnauthorized. Please login with `railway login`',
    );
    expect(report.classification).toBe('authentication');
    expect(report.findings[0]?.args).toMatchObject({ via: 'railway', credential: 'railway-token' });
    expect(report.nextSteps[0]).toMatch(/RAILWAY_API_TOKEN/);
    expect(JSON.stringify(report)).not.toContain('3f1c9a2e-7b4d-4e8a-9c1f-2d6b8a0e5c71');
  });
  it('catches the current CLI’s words for RAILWAY_TOKEN (railwayapp/cli#768)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      "Unauthorized. Please check that your RAILWAY_TOKEN is valid and has access to the resource you're trying to use.",
    );
    expect(f.args).toMatchObject({ via: 'railway', credential: 'railway-token' });
  });
  it('catches the earlier CLI’s GraphQL "Not Authorized" with railway named (railwayapp/cli#140)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      [
        'Run npx railway variables set HELLO="world"',
        '==> Updated HELLO for "production"',
        '🚇 Redeploying "production" with new variables GraphQL query failed with 1 errors: Not Authorized',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'railway' });
  });
  it('catches not: another GraphQL client’s "Not Authorized" with no Railway near', async () => {
    const report = await run('Error: GraphQL query failed with 1 errors: Not Authorized');
    expect(report.findings.some((f) => f.args.via === 'railway')).toBe(false);
  });
});

describe('Fly.io: flyctl passing on the API’s refusal (paas-clis.ts)', () => {
  it('catches "You must be authenticated to view this." after fly auth whoami (superfly/flyctl#4261)', async () => {
    const report = await run(
      [
        '>fly auth login',
        'successfully logged in as *******',
        '>fly auth whoami',
        'Error: failed retrieving current user: You must be authenticated to view this.',
      ].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('challenge.invalid-token');
    expect(report.findings[0]?.args).toMatchObject({ via: 'fly', credential: 'fly-api-token' });
    expect(report.nextSteps[0]).toMatch(/FLY_API_TOKEN/);
  });
  it('reads "Not authorized to deploy this app." as the token not reaching that app (superfly/fly-pr-review-apps#60)', async () => {
    const report = await run('Run superfly/fly-pr-review-apps@1.2.0\nError: Not authorized to deploy this app.');
    expect(report.classification).toBe('authorization');
    expect(report.findings[0]?.code).toBe('policy.deny');
    expect(report.findings[0]?.args).toMatchObject({ via: 'fly' });
    expect(report.nextSteps[0]).toMatch(/fly tokens create org/);
  });
  it('catches not: the sentence from another GraphQL API, with no flyctl near', async () => {
    await catchesNot('challenge.invalid-token', '{"errors":[{"message":"You must be authenticated to view this."}]}');
  });
});

describe('Amazon Cognito identity pools: no sign-in token, guest access off (frameworks.ts)', () => {
  it('catches the SDK’s NotAuthorizedException from GetId, with no status.not-auth for its 400 (aws/aws-sdk-js-v3#3113)', async () => {
    const report = await run(
      [
        'fetch-http-handler.js:39 POST https://cognito-identity.us-east-1.amazonaws.com/ 400',
        '',
        'Uncaught (in promise) NotAuthorizedException: Unauthenticated access is not supported for this identity pool.',
        '    at http://localhost:3000/static/js/0.chunk.js:5934:51',
      ].join('\n'),
    );
    expect(report.classification).toBe('authentication');
    expect(report.findings.map((f) => f.code)).toEqual(['token.missing']);
    expect(report.findings[0]?.args).toMatchObject({ via: 'cognito' });
    expect(report.nextSteps[0]).toMatch(/Logins/);
    expect(report.nextSteps[0]).toMatch(/AllowUnauthenticatedIdentities/);
  });
  it('catches it in x-amzn-ErrorMessage (amazon-archives/samljs-serverless-sample#3)', async () => {
    const f = await catches(
      'token.missing',
      [
        'x-amzn-ErrorMessage:Unauthenticated access is not supported for this identity pool.',
        'x-amzn-ErrorType:NotAuthorizedException:',
        'x-amzn-RequestId:47918b77-1643-11e7-b427-85931b95b74f',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'cognito' });
  });
  it('takes the header’s 400 as Cognito’s answer by design, no status.not-auth', async () => {
    const report = await run(
      [
        'There is no output in the 400 response but there is the following headers:',
        'x-amzn-ErrorMessage:Unauthenticated access is not supported for this identity pool.',
        'x-amzn-ErrorType:NotAuthorizedException:',
      ].join('\n'),
    );
    expect(report.findings.map((f) => f.code)).toEqual(['token.missing']);
  });
  it('says it in Japanese too', async () => {
    const report = await run(
      'NotAuthorizedException: Unauthenticated access is not supported for this identity pool.',
      {
        locale: 'ja',
      },
    );
    expect(report.findings[0]?.title).toMatch(/ID プール/);
  });
  it('catches not: the console’s setting named in prose', async () => {
    const report = await run(
      'The web redirects to the login page only when "Enable access to unauthenticated identities" is enabled in the Identity Pool.',
    );
    expect(report.findings.some((f) => f.args.via === 'cognito')).toBe(false);
  });
});

describe('Supabase Edge Functions: the platform check’s codes since 2026 (gateways-more.ts)', () => {
  it('reads UNAUTHORIZED_INVALID_JWT_FORMAT for a publishable key sent as the bearer (supabase/supabase#45993)', async () => {
    const key = 'sb_publishable_Xk29dLq8Vn3Rt7Yp5Zw1Mc4Hj6Bf0Gs';
    const report = await run(
      [
        "curl -L -X POST 'https://abcdefghijklmnopqrst.supabase.co/functions/v1/hello-world' \\",
        `  -H 'Authorization: Bearer ${key}' \\`,
        `  -H 'apikey: ${key}' \\`,
        '  --data \'{"name":"Functions"}\'',
        '',
        '{"code":"UNAUTHORIZED_INVALID_JWT_FORMAT","message":"Invalid JWT"}',
      ].join('\n'),
    );
    expect(report.classification).toBe('authentication');
    const codes = report.findings.map((f) => f.code);
    expect(codes).toContain('challenge.invalid-token');
    expect(codes).not.toContain('token.opaque');
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args).toMatchObject({ product: 'Supabase Edge Functions', supabaseVerifyJwt: 'api-key' });
    expect(report.nextSteps.join('\n')).toMatch(/verify_jwt = false/);
    expect(report.nextSteps.join('\n')).not.toMatch(/Auth0/);
    expect(JSON.stringify(report)).not.toContain(key);
  });
  it('reads UNAUTHORIZED_UNSUPPORTED_TOKEN_ALGORITHM as ES256 refused by an HS256-only check (chuan-101/Hamster-Nest#348)', async () => {
    const report = await run(
      [
        'Every Edge Function call from the frontend currently returns:',
        '',
        '{ "code": "UNAUTHORIZED_UNSUPPORTED_TOKEN_ALGORITHM",',
        '  "message": "Unsupported JWT algorithm: ES256" }',
      ].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('alg.not-allowed');
    expect(report.findings[0]?.args).toMatchObject({ via: 'supabase-edge', alg: 'ES256', allowed: ['HS256'] });
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args).toMatchObject({ supabaseVerifyJwt: 'asymmetric' });
    expect(report.nextSteps[0]).toMatch(/verify_jwt = false/);
  });
  it('reads the code as the invocation log’s sb_error_code', async () => {
    const f = await catches('alg.not-allowed', 'sb_error_code: UNAUTHORIZED_UNSUPPORTED_TOKEN_ALGORITHM');
    expect(f.args).toMatchObject({ via: 'supabase-edge', allowed: ['HS256'] });
  });
  it('catches not: the code inside a longer identifier', async () => {
    await catchesNot('alg.not-allowed', 'const E = "APP_UNAUTHORIZED_UNSUPPORTED_TOKEN_ALGORITHM_V2";');
    const report = await run('throw new Error("UNAUTHORIZED_INVALID_JWT_FORMATTED")');
    expect(report.findings.some((f) => f.args.via === 'supabase-edge')).toBe(false);
  });
});

describe('AWS Lambda function URLs: their own 403 (checks/function-url.ts)', () => {
  it('names the function URL for its short {"Message":"Forbidden"} to its own host (awslabs/aws-sdk-rust#515)', async () => {
    const f = await catches(
      'proxy.gateway-response',
      'curl -s https://q7w3e5r7t9y1u3i5o7p9a1s3d5f7g9.lambda-url.us-east-1.on.aws/\n{"Message":"Forbidden"}',
    );
    expect(f.args).toMatchObject({ product: 'AWS Lambda function URL' });
  });
  it('reads its troubleshooting sentence with no status line (ant-media/Ant-Media-Server#7827)', async () => {
    const report = await run(
      [
        'When accessing the lambda URL, it gives',
        '{',
        '  "Message": "Forbidden. For troubleshooting Function URL authorization issues, see: https://docs.aws.amazon.com/lambda/latest/dg/urls-auth.html"',
        '}',
      ].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('proxy.gateway-response');
    expect(report.findings[0]?.args).toMatchObject({ product: 'AWS Lambda function URL' });
    expect(report.nextSteps.join('\n')).toMatch(/lambda:InvokeFunctionUrl and lambda:InvokeFunction/);
  });
  it('catches not: the same body from an API Gateway host, or with no host', async () => {
    const gateway = await run(
      'curl https://abc123.execute-api.us-east-1.amazonaws.com/prod/x\n{"message":"Forbidden"}',
    );
    expect(gateway.findings.some((f) => f.args.product === 'AWS Lambda function URL')).toBe(false);
    await catchesNot('proxy.gateway-response', '{"Message":"Forbidden"}');
  });
});

describe('Azure Functions: the host refusing the function key (checks/function-keys.ts)', () => {
  const key = 'Hk4mT9qW2zX7vB3nL8pR5sY1cD6fG0jK4aE7uI2oN9tM3wQ8==';
  it('names the host’s empty 401 to a request with x-functions-key, the key masked (Azure/Azure-Functions#1118)', async () => {
    const report = await run(
      [
        'POST https://orders-func.azurewebsites.net/api/orders HTTP/1.1',
        `x-functions-key: ${key}`,
        'Content-Type: application/json',
        '',
        'HTTP/1.1 401 Unauthorized',
        'Content-Length: 0',
        'Server: Kestrel',
      ].join('\n'),
    );
    expect(report.findings[0]?.code).toBe('proxy.gateway-response');
    expect(report.findings[0]?.args).toMatchObject({ product: 'Azure Functions', functionKey: true });
    expect(report.findings.map((f) => f.code)).not.toContain('authz-header.missing');
    expect(report.nextSteps[0]).toMatch(/x-functions-key/);
    expect(JSON.stringify(report)).not.toContain(key);
  });
  it('names it for a function URL called with ?code= (MicrosoftDocs/azure-docs#26034)', async () => {
    const f = await catches(
      'proxy.gateway-response',
      `curl -i "https://orders-func.azurewebsites.net/api/GetOrders?code=${key}"\nHTTP/1.1 401 Unauthorized\nContent-Length: 0`,
    );
    expect(f.args).toMatchObject({ product: 'Azure Functions', functionKey: true });
  });
  it('says it in Japanese', async () => {
    const report = await run(
      'curl -i https://orders-func.azurewebsites.net/api/orders\nHTTP/1.1 401 Unauthorized\nContent-Length: 0',
      { locale: 'ja' },
    );
    expect(report.findings[0]?.title).toMatch(/関数キー/);
  });
  it('catches not: a bearer verifier’s 401 with its challenge on the same host, nor another host', async () => {
    const bearer = await run(
      'curl -i https://orders-api.azurewebsites.net/api/orders\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    );
    expect(bearer.findings.some((f) => f.args.functionKey === true)).toBe(false);
    const other = await run(
      `curl -i -H "x-functions-key: ${key}" https://api.example.com/api/orders\nHTTP/1.1 401 Unauthorized\nContent-Length: 0`,
    );
    expect(other.findings.some((f) => f.args.functionKey === true)).toBe(false);
  });
});

describe('Front doors’ own secrets are never echoed (secrets.ts)', () => {
  it('masks a Vercel protection-bypass secret and a function key quoted in a log line’s headers', async () => {
    const bypass = 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY';
    const fnKey = 'Hk4mT9qW2zX7vB3nL8pR5sY1cD6fG0jK4aE7uI2oN9tM3wQ8==';
    const report = await run(
      `TokenExpiredError: jwt expired  headers={"x-functions-key":"${fnKey}","x-vercel-protection-bypass":"${bypass}"}`,
    );
    const json = JSON.stringify(report);
    expect(json).not.toContain(bypass);
    expect(json).not.toContain(fnKey);
    expect(json).not.toContain(bypass.slice(0, 16));
  });
});
