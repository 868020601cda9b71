/**
 * Round "gw2": more gateways' and platforms' own refusals. Tyk's OAuth middleware ("Bearer token malformed") and its
 * JWT middleware's time and identity checks; Gravitee's JWT and OAuth2 policies (their error keys and the OAuth2
 * policy's messages); Supabase's verify_jwt check in front of an Edge Function; Apigee's keymanagement
 * invalid_client-invalid_client_id (an app key the key store does not know); API Gateway's HTTP API JWT authorizer
 * refusing a Cognito access token's client_id. Sources beside the rows in parse/verifier-messages/gateways.ts,
 * gateways-more.ts, parse/proxy-texts.ts and checks/verifier-log.ts; readings in docs/findings.md. The last groups put
 * the same words in prose or in other software's bodies and must stay quiet, and check that no token part is echoed.
 */
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../helpers/catches.js';
import { A401, DENIED, JSON_CT, NOT_MISSING, QUIET, REFUSED, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { b64url, rs256 } from '../helpers/tokens.js';

const replied = (status: string, body: string, ...headers: string[]) =>
  [status, JSON_CT, ...headers, '', body].join('\n');

const TYK: Row[] = [
  {
    name: 'Tyk OAuth: 400 "Bearer token malformed" (a first word other than Bearer) in its error template',
    input: replied('HTTP/1.1 400 Bad Request', '{\n    "error": "Bearer token malformed"\n}', 'X-Generator: tyk.io'),
    status: 400,
    classification: 'authentication',
    top: 'authz-header.scheme',
    via: 'tyk',
    excludes: [...NOT_MISSING, 'authz-header.format'],
  },
  {
    name: 'Tyk OAuth: the same body with no status line',
    input: '{"error": "Bearer token malformed"}',
    ...REFUSED,
    top: 'authz-header.scheme',
    via: 'tyk',
  },
  {
    name: 'Tyk OAuth: its log line for the same refusal',
    input: 'time="Jun 02 10:14:07" level=info msg="Bearer token malformed" api_id=orders mw=Oauth2KeyExists',
    ...REFUSED,
    top: 'authz-header.scheme',
    via: 'tyk',
  },
  {
    name: 'Tyk JWT: "Key not authorized: token is not valid yet" is nbf, said by Tyk',
    input: replied(S401, '{"error": "Key not authorized: token is not valid yet"}', 'X-Generator: tyk.io'),
    ...A401,
    top: 'time.not-yet-valid',
    via: 'tyk',
    product: 'Tyk',
    excludes: NOT_MISSING,
  },
  {
    name: 'Tyk JWT: "Key not authorized: token used before issued" is iat in the future, body alone',
    input: '{"error": "Key not authorized: token used before issued"}',
    ...REFUSED,
    top: 'time.issued-in-future',
    via: 'tyk',
  },
  {
    name: 'Tyk JWT: a central secret and no user id claim in the token (403)',
    input: replied(S403, '{\n    "error": "no suitable claims for user ID were found"\n}'),
    status: 403,
    classification: 'authentication',
    top: 'claim.sub-missing',
    via: 'tyk',
    product: 'Tyk',
  },
  {
    name: 'Tyk JWT: an empty sub, body alone',
    input: '{"error": "found an empty user ID in sub claim"}',
    ...REFUSED,
    top: 'claim.sub-missing',
    via: 'tyk',
  },
];

const GRAVITEE_MISSING = '{"message":"No OAuth authorization header was supplied","http_status_code":401}';

const GRAVITEE: Row[] = [
  {
    name: 'Gravitee OAuth2: no Authorization header, with its invalid_request challenge',
    input: replied(
      S401,
      GRAVITEE_MISSING,
      'WWW-Authenticate: Bearer realm="gravitee.io", error="invalid_request", error_description="No OAuth authorization header was supplied"',
    ),
    ...A401,
    top: 'token.missing',
    via: 'gravitee',
    product: 'Gravitee',
  },
  {
    name: 'Gravitee OAuth2: the same body with no status line',
    input: GRAVITEE_MISSING,
    ...REFUSED,
    top: 'token.missing',
    via: 'gravitee',
  },
  {
    name: 'Gravitee OAuth2: no authorization server resource configured is the gateway’s own configuration',
    input: replied(S401, '{"message":"No OAuth authorization server has been configured","http_status_code":401}'),
    ...A401,
    top: 'verifier.misconfigured',
    via: 'gravitee',
    product: 'Gravitee',
    excludes: NOT_MISSING,
  },
  {
    name: 'Gravitee JWT: a response template naming JWT_INVALID_TOKEN',
    input: replied(S401, '{"error":"JWT_INVALID_TOKEN","message":"Unauthorized","http_status_code":401}'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'gravitee',
    product: 'Gravitee',
    excludes: NOT_MISSING,
  },
  {
    name: 'Gravitee JWT: JWT_MISSING_TOKEN in a template, no status line',
    input: '{"key":"JWT_MISSING_TOKEN","message":"Unauthorized"}',
    ...REFUSED,
    top: 'token.missing',
    via: 'gravitee',
  },
  {
    name: 'Gravitee JWT: JWT_REVOKED is the revocation check',
    input: replied(S401, '{"error":"JWT_REVOKED","message":"Unauthorized","http_status_code":401}'),
    ...A401,
    top: 'token.revoked',
    via: 'gravitee',
    excludes: NOT_MISSING,
  },
  {
    name: 'Gravitee OAuth2: OAUTH2_INVALID_ACCESS_TOKEN (introspection says inactive)',
    input: replied(S401, '{"error":"OAUTH2_INVALID_ACCESS_TOKEN","message":"{\\"active\\":false}"}'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'gravitee',
    excludes: NOT_MISSING,
  },
  {
    name: 'Gravitee OAuth2: OAUTH2_INSUFFICIENT_SCOPE with its message, no status line',
    input:
      '{"key":"OAUTH2_INSUFFICIENT_SCOPE","message":"The request requires higher privileges than provided by the access token.","http_status_code":401}',
    ...DENIED,
    top: 'scope.insufficient',
    via: 'gravitee',
  },
  {
    name: 'Gravitee: GATEWAY_OAUTH2_ACCESS_DENIED (the token’s client has no subscription to the plan)',
    input: replied(S401, '{"error":"GATEWAY_OAUTH2_ACCESS_DENIED","message":"access_denied"}'),
    ...A401,
    top: 'policy.deny',
    via: 'gravitee',
    excludes: NOT_MISSING,
  },
];

/** A Supabase user's session token, signed with the project's asymmetric (ES256) key. */
const SUPABASE_ES256 = `${b64url({ alg: 'ES256', kid: 'k-es', typ: 'JWT' })}.${b64url({
  iss: 'https://abcdefghijklmnopqrst.supabase.co/auth/v1',
  sub: '7c1f0e2a-1111-4c2b-9d3e-123456789abc',
  aud: 'authenticated',
  role: 'authenticated',
  iat: NOW - 60,
  exp: NOW + 3540,
})}.***`;

const EDGE: Row[] = [
  {
    name: 'Supabase Edge Functions: {"code":401,"message":"Invalid JWT"} is the platform check, not the function',
    input: replied('HTTP/2 401', '{"code":401,"message":"Invalid JWT"}'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'supabase-edge',
    product: 'Supabase Edge Functions',
    excludes: NOT_MISSING,
  },
  {
    name: 'Supabase Edge Functions: the two members the other way round, no status line (its code is the status)',
    input: '{"message":"Invalid JWT","code":401}',
    ...A401,
    top: 'challenge.invalid-token',
    via: 'supabase-edge',
  },
  {
    name: 'Supabase Edge Functions: the newer wording, spaced as the troubleshooting page prints it',
    input: replied(S401, '{ "code": 401, "message": "Invalid Token or Protected Header formatting" }'),
    ...A401,
    top: 'challenge.invalid-token',
    via: 'supabase-edge',
    product: 'Supabase Edge Functions',
  },
  {
    name: 'Supabase Edge Functions: Missing authorization header',
    input: replied(S401, '{"code":401,"message":"Missing authorization header"}'),
    ...A401,
    top: 'token.missing',
    via: 'supabase-edge',
    product: 'Supabase Edge Functions',
  },
  {
    name: 'Supabase Edge Functions: Missing authorization header, no status line (its code is the status)',
    input: '{"code":401,"message":"Missing authorization header"}',
    ...A401,
    top: 'token.missing',
    via: 'supabase-edge',
  },
];

describe('formats, round gw2: Tyk', () => {
  it.each(TYK)('$name', async (row) => {
    await expectPasteRow(row);
  });

  it('"Bearer token malformed" says the scheme is not Bearer; the shown header names the scheme', async () => {
    const bare = await run('{"error": "Bearer token malformed"}');
    expect(bare.findings[0]?.args).toMatchObject({ notBearer: true, scheme: null });
    const shown = await run(
      [
        'GET /orders HTTP/1.1',
        'Authorization: Token M8x2kLq9zPq3vR7tYw1',
        '',
        '{"error": "Bearer token malformed"}',
      ].join('\n'),
    );
    expect(shown.findings[0]?.code).toBe('authz-header.scheme');
    expect(shown.findings[0]?.args).toMatchObject({ scheme: 'Token' });
    expect(shown.findings[0]?.args).not.toHaveProperty('notBearer');
  });
});

describe('formats, round gw2: Gravitee', () => {
  it.each(GRAVITEE)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round gw2: Supabase Edge Functions’ verify_jwt check', () => {
  it.each(EDGE)('$name', async (row) => {
    await expectPasteRow(row);
  });

  it('with no token shown, the finding says what the check lets through', async () => {
    const report = await run(replied(S401, '{"code":401,"message":"Invalid JWT"}'));
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args.supabaseVerifyJwt).toBe('check');
    expect(report.nextSteps.join('\n')).toContain('verify_jwt = false');
  });

  it('a user token signed with the project’s asymmetric key is what the legacy check cannot verify', async () => {
    const report = await run(
      [
        'POST /functions/v1/hello HTTP/1.1',
        'Host: abcdefghijklmnopqrst.supabase.co',
        `Authorization: Bearer ${SUPABASE_ES256}`,
        '',
        replied('HTTP/1.1 401 Unauthorized', '{"code":401,"message":"Invalid JWT"}'),
      ].join('\n'),
    );
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args.supabaseVerifyJwt).toBe('asymmetric');
    expect(proxy?.detail).toContain('asymmetric key');
  });

  it('a new API key sent as the bearer token is no JWT: the step says where it goes', async () => {
    const report = await run(
      [
        'POST /functions/v1/hello HTTP/1.1',
        'Host: abcdefghijklmnopqrst.supabase.co',
        'Authorization: Bearer sb_publishable_Zx81mQpL0aVbN3cD5eF7gH',
        '',
        replied('HTTP/1.1 401 Unauthorized', '{"code":401,"message":"Invalid JWT"}'),
      ].join('\n'),
    );
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args.supabaseVerifyJwt).toBe('api-key');
    expect(report.nextSteps.join('\n')).toContain('apikey header');
    expect(JSON.stringify(report)).not.toContain('Zx81mQpL0aVbN3cD5eF7gH');
  });
});

describe('formats, round gw2: Apigee’s unknown app key', () => {
  const FAULT =
    "<?xml version='1.0' encoding='UTF-8'?><fault><faultstring>ClientId is Invalid</faultstring><detail><errorcode>keymanagement.service.invalid_client-invalid_client_id</errorcode></detail></fault>";

  it.each<Row>([
    {
      name: 'Apigee VerifyAPIKey: keymanagement.service.invalid_client-invalid_client_id (XML fault) is the app key',
      input: [S401, 'Content-Type: application/xml', '', FAULT].join('\n'),
      ...A401,
      top: 'proxy.gateway-response',
      product: 'Apigee',
      excludes: [...NOT_MISSING, 'challenge.invalid-token', 'oauth.invalid-client'],
    },
    {
      name: 'Apigee VerifyAPIKey: the same code in a JSON fault',
      input: replied(
        S401,
        '{"fault":{"faultstring":"ClientId is Invalid","detail":{"errorcode":"keymanagement.service.invalid_client-invalid_client_id"}}}',
      ),
      ...A401,
      top: 'proxy.gateway-response',
      product: 'Apigee',
      excludes: NOT_MISSING,
    },
  ])('$name', async (row) => {
    const report = await expectPasteRow(row);
    const proxy = report.findings.find((f) => f.code === 'proxy.gateway-response');
    expect(proxy?.args.apiKey).toBe(true);
  });
});

/** A Cognito user pool's access token: no aud, the app client in client_id. */
const COGNITO_ACCESS = `${b64url({ kid: 'c1', alg: 'RS256' })}.${b64url({
  sub: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI',
  client_id: '3n4b5urk1ft4fl3mg5e62d9ado',
  token_use: 'access',
  scope: 'aws.cognito.signin.user.admin',
  auth_time: NOW - 100,
  iat: NOW - 100,
  exp: NOW + 3500,
  jti: 'j-1',
  username: 'alice',
})}.***`;
const HTTP_API_AUDIENCE =
  'www-authenticate: Bearer scope="" error="invalid_token" error_description="the token does not have a valid audience"';

describe('formats, round gw2: an HTTP API JWT authorizer and a Cognito access token', () => {
  const paste = (token: string) =>
    [
      'GET /items HTTP/1.1',
      'Host: abc123.execute-api.us-east-1.amazonaws.com',
      `Authorization: Bearer ${token}`,
      '',
      'HTTP/1.1 401 Unauthorized',
      HTTP_API_AUDIENCE,
      'apigw-requestid: Mc7UVioPPHcEKPA=',
      '',
      '{"message":"Unauthorized"}',
    ].join('\n');

  it('names the client_id the authorizer compared, and the audience list as what to change', async () => {
    const report = await expectPasteRow({
      name: 'cognito access token',
      input: paste(COGNITO_ACCESS),
      ...A401,
      top: 'claim.aud-mismatch',
      via: 'aws-apigateway',
      product: 'AWS API Gateway',
    });
    const aud = report.findings[0];
    expect(aud?.args).toMatchObject({ compared: 'client_id', aud: ['3n4b5urk1ft4fl3mg5e62d9ado'] });
    expect(aud?.detail).toContain('client_id');
    expect(report.nextSteps[0]).toContain('Audience list');
    expect(report.nextSteps[0]).toContain('3n4b5urk1ft4fl3mg5e62d9ado');
  });

  it('a token with an aud keeps the aud reading (the authorizer compares aud when there is one)', async () => {
    const idToken = rs256(
      {
        sub: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI',
        aud: '5other0client0id0here00000',
        token_use: 'id',
        client_id: 'ignored',
        iat: NOW - 100,
        exp: NOW + 3500,
      },
      { kid: 'c1' },
    );
    const report = await run(paste(idToken));
    const aud = report.findings.find((f) => f.code === 'claim.aud-mismatch');
    expect(aud?.args).not.toHaveProperty('compared');
    expect(aud?.args.aud).toEqual(['5other0client0id0here00000']);
  });

  it('the challenge alone (no token shown) says what it says, without a client_id', async () => {
    const report = await run(
      ['HTTP/1.1 401 Unauthorized', HTTP_API_AUDIENCE, '', '{"message":"Unauthorized"}'].join('\n'),
    );
    const aud = report.findings.find((f) => f.code === 'claim.aud-mismatch');
    expect(aud?.args).not.toHaveProperty('compared');
  });
});

const QUIET_ROWS: Row[] = [
  {
    name: 'a Flask tutorial’s own "Bearer token malformed." under "message" is not Tyk',
    input: 'return jsonify({"message": "Bearer token malformed."})',
    ...QUIET,
    excludes: ['authz-header.scheme'],
  },
  {
    name: 'prose: Tyk’s malformed-bearer words in a sentence',
    input: 'the gateway logs Bearer token malformed whenever the header is wrong, is that expected?',
    ...QUIET,
    excludes: ['authz-header.scheme'],
  },
  {
    name: 'prose: a Gravitee key named in a sentence',
    input: 'We map JWT_INVALID_TOKEN to a custom template in the Gravitee console',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'prose: Gravitee’s OAuth2 words in a question',
    input: 'why would Gravitee say no OAuth authorization header was supplied when I send one?',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'prose: Supabase’s words without its body',
    input: 'our function returns Invalid JWT when the token is bad',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'another server’s {"error":"Invalid JWT"} is not Supabase’s platform check',
    input: replied(S401, '{"error":"Invalid JWT"}'),
    ...A401,
    product: null,
    excludes: ['challenge.invalid-token'],
  },
  {
    name: 'an application’s own "Missing authorization header" message is not Supabase’s',
    input: replied(S401, '{"statusCode":401,"message":"Missing authorization header"}'),
    ...A401,
    product: null,
  },
  {
    name: 'prose: Apigee’s key-management code named in a sentence',
    input: 'what does keymanagement.service.invalid_client-invalid_client_id mean in Apigee?',
    ...QUIET,
    excludes: ['proxy.gateway-response'],
  },
];

describe('formats, round gw2: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round gw2: a signed token in the paste is never echoed', () => {
  it('Tyk, Gravitee, Supabase Edge and API Gateway refusals with a full signed token in the request', async () => {
    const token = rs256(
      {
        sub: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
        iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI',
        client_id: '3n4b5urk1ft4fl3mg5e62d9ado',
        token_use: 'access',
        iat: NOW - 100,
        exp: NOW + 3500,
      },
      { kid: 'c1' },
    );
    const signature = token.split('.')[2] as string;
    for (const response of [
      replied('HTTP/1.1 400 Bad Request', '{"error": "Bearer token malformed"}'),
      replied(S401, '{"error":"JWT_INVALID_TOKEN","message":"Unauthorized","http_status_code":401}'),
      replied(S401, '{"code":401,"message":"Invalid JWT"}'),
      ['HTTP/1.1 401 Unauthorized', HTTP_API_AUDIENCE, '', '{"message":"Unauthorized"}'].join('\n'),
    ]) {
      const report = await run([`Authorization: Bearer ${token}`, '', response].join('\n'));
      const json = JSON.stringify(report);
      for (const part of [signature, signature.slice(0, 16), signature.slice(-16), token])
        expect(json.includes(part), 'a token part reached the report').toBe(false);
    }
  });
});
