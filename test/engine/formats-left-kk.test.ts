/**
 * Round left-kk (what stop 31's rounds left): no second full stop after quoted words that end a sentence, titles that
 * fit a phone, a masked key whose prefix names its kind, no token.opaque beside its own product's refusal of the key,
 * PowerShell's -Uri as the request's URL, and a documentation's sample JWT (`abc.def.ghi`) read as such.
 */
import { describe, expect, it } from 'vitest';
import { extractHttp } from '../../src/engine/parse/http.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('a quote that ends its sentence takes no second full stop (review-31b)', () => {
  const GOOGLE =
    'google.api_core.exceptions.Unauthenticated: 401 Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid authentication credential.';
  it('catches: the description’s own full stop ends the sentence (en)', async () => {
    const f = await catches(
      'challenge.insufficient-scope',
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token."',
    );
    expect(f.detail).toContain('access token." The token itself was accepted');
    expect(f.detail).not.toContain('.".');
  });
  it('catches: a product’s words that end in a full stop', async () => {
    const f = await catches('challenge.invalid-token', GOOGLE);
    expect(f.detail).toContain('authentication credential." ');
  });
  it.each([
    ['!', 'Token expired!'],
    ['?', 'Who are you?'],
  ])('catches: words ending in %s', async (_, words) => {
    const f = await catches(
      'challenge.invalid-token',
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="${words}"`,
    );
    expect(f.detail).toContain(`"${words}" `);
    expect(f.detail).not.toContain(`"${words}".`);
  });
  it('catches not: words without a stop keep the sentence’s', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="Invalid token"',
    );
    expect(f.detail).toContain('"Invalid token".');
  });
  it('catches not: ja words keep their own punctuation, with no 。 doubled', async () => {
    const r = await run(GOOGLE, { locale: 'ja' });
    for (const f of r.findings) expect(f.detail).not.toMatch(/[.!?。]["”」][.。]/);
  });
});

describe('a title that quotes a server’s words fits a phone (review-31b)', () => {
  it('catches: a token endpoint’s long words are cut at a word, the code and who answered kept', async () => {
    const f = await catches(
      'oauth.invalid-scope',
      'HTTP/1.1 400 Bad Request\n\n{"error":"invalid_scope","error_description":"One or more scopes are not configured for the authorization server resource."}',
    );
    expect(f.title.length).toBeLessThanOrEqual(145);
    expect(f.title).toMatch(
      /^The (?:token|authorization) endpoint refused the requested scope \(invalid_scope\): “One or more/,
    );
    expect(f.title).toMatch(/ [a-z]+…”$/);
  });
  it('catches: a step-up whose code is said names it, and quotes its words whole', async () => {
    const f = await catches(
      'challenge.step-up',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="insufficient_user_authentication", error_description="Subject doesn\'t meet authentication requirements"',
    );
    expect(f.title).toBe(
      "The server wants a new sign-in (insufficient_user_authentication): “Subject doesn't meet authentication requirements”",
    );
  });
  it('catches not: a title a few characters over is left whole, not cut by a word or two', async () => {
    const f = await catches(
      'oauth.invalid-client',
      'HTTP/1.1 401 Unauthorized\n\n{"error_description":"Invalid authentication method for accessing this endpoint.","error":"invalid_client"}',
    );
    expect(f.title).toMatch(/“Invalid authentication method for accessing this endpoint\.”$/);
  });
  it('catches not: a short quote is left whole', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="Invalid token"',
    );
    expect(f.title).toBe('The server rejected the token (invalid_token): “Invalid token”');
  });
});

describe('a masked key whose prefix names its kind is no JWT to paste again (left-jj)', () => {
  const SLACK = (value: string) =>
    `$ curl -s -H "Authorization: Bearer ${value}" https://slack.com/api/auth.test\n{"ok":false,"error":"invalid_auth"}`;
  it.each(['xoxb-REDACTED', 'xoxp-***', 'ghp_XXXX'])('catches: %s gets the opaque step', async (value) => {
    const r = await run(SLACK(value));
    expect(r.findings.find((f) => f.code === 'input.masked')?.args).toMatchObject({ opaque: true });
    expect(r.nextSteps.join('\n')).not.toContain('header.payload.***');
  });
  it('catches not: a JWT masked whole is still asked for with its signature masked', async () => {
    const r = await run(SLACK('eyJhbGciOiJSUzI1NiJ9.***'));
    expect(r.findings.find((f) => f.code === 'input.masked')?.args.opaque).toBeUndefined();
  });
  it('catches not: a mask over all of it says nothing of its kind', async () => {
    const r = await run(SLACK('REDACTED'));
    expect(r.findings.find((f) => f.code === 'input.masked')?.args.opaque).toBeUndefined();
  });
});

describe('a product’s refusal of its own key needs no token.opaque beside it (audit-as)', () => {
  it('catches not: Google Maps’ referrer restriction with key=AIza… (impress-org/wp-business-reviews#229)', async () => {
    const r = await catchesNot(
      'token.opaque',
      'GET https://maps.googleapis.com/maps/api/geocode/json?address=Tokyo&key=AIzaSyQx7Lm2Kp9Rt4Vw8Zb3Nc6Df1Gh5Jk0LmN\n{\n   "error_message" : "API keys with referer restrictions cannot be used with this API.",\n   "results" : [],\n   "status" : "REQUEST_DENIED"\n}',
    );
    expect(r.findings[0]?.code).toBe('policy.deny');
  });
  it('catches not: Google’s API_KEY_INVALID, SendGrid’s refusal of its key', async () => {
    await catchesNot(
      'token.opaque',
      'GET https://generativelanguage.googleapis.com/v1/models?key=AIzaSyD3x9Kq7LmN2pR5tV8wY1zB4cF6hJ0kM3Q\n{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","details":[{"reason":"API_KEY_INVALID"}]}}',
    );
    await catchesNot(
      'token.opaque',
      'curl -i -H "Authorization: Bearer SG.Zk3pQ9rT2vXw8yB1nM4cLd.Hj7Ks2Fq9Wx3Lp8Rt6Vb1Nm5Cz0Qa4Ye7Ui2Oo9Pp3Ss" https://api.sendgrid.com/v3/mail/send\nHTTP/1.1 401 Unauthorized\n\n{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}',
    );
  });
  it('catches: a key of another product than the one that refused it is still named', async () => {
    const f = await catches(
      'token.opaque',
      'GET https://generativelanguage.googleapis.com/v1/models\nx-goog-api-key: sk-proj-Qx7Lm2Kp9Rt4Vw8Zb3Nc6Df1Gh5Jk0LmNq\n{"error":{"code":400,"message":"API key not valid. Please pass a valid API key.","details":[{"reason":"API_KEY_INVALID"}]}}',
    );
    expect(f.args).toMatchObject({ key: 'openai-api-key' });
  });
  it('catches: a key sent to an API that did not refuse it as its own', async () => {
    const f = await catches(
      'token.opaque',
      'GET https://api.example.com/v1/orders?key=AIzaSyQx7Lm2Kp9Rt4Vw8Zb3Nc6Df1Gh5Jk0LmN\nHTTP/1.1 401 Unauthorized',
    );
    expect(f.args).toMatchObject({ key: 'google-api-key' });
  });
});

describe('PowerShell’s -Uri gives the request’s URL and host, as curl’s does (audit-at)', () => {
  const request = (text: string) => extractHttp(text, []).request;
  it('catches: Invoke-WebRequest -Uri to an Azure Functions URL (MicrosoftDocs/azure-docs#43912)', async () => {
    const f = await catches(
      'proxy.gateway-response',
      'What i ran:\nInvoke-WebRequest -Method Get -Uri "https://api-funct.azurewebsites.net/api/HttpTrigger?code=<subscription ID>&name=World"\n\nWhat i\'m getting:\nInvoke-WebRequest : The remote server returned an error: (401) Unauthorized.\nAt line:1 char:1\n+ Invoke-WebRequest -Method Get -Uri "https://api-funct.azurewebsites.n ...',
    );
    expect(f.title).toContain('Azure Functions');
  });
  it.each([
    [
      'PS C:\\> Invoke-RestMethod -Uri https://api.example.com/v1/orders -Headers @{Authorization="Bearer x"}',
      'api.example.com',
      null,
    ],
    ['$r = Invoke-WebRequest "https://x.example.org/a?b=1" -Method Post', 'x.example.org', 'POST'],
    ["iwr -UseBasicParsing -Uri 'https://foo.example.net/x'", 'foo.example.net', null],
    [
      'Invoke-RestMethod `\n  -Method Delete `\n  -Uri "https://api.contoso.com/items/1" `\n  -Headers $headers',
      'api.contoso.com',
      'DELETE',
    ],
    ['Invoke-RestMethod -Proxy http://proxy:8080 -Uri https://real.example.com/', 'real.example.com', null],
  ])('catches: %s', (text, host, method) => {
    expect(request(text)).toMatchObject({ host, method });
  });
  it.each([
    // The error record's echo of the command, cut at its window: the host is cut too.
    '+ Invoke-WebRequest -Method Get -Uri "https://api-funct.azurewebsites.n ...',
    '+ Invoke-RestMethod -Uri https://api.example.com/v1/ver ...',
    'Invoke-WebRequest : The remote server returned an error: (401) Unauthorized.',
    'I will Invoke-RestMethod later https://x.example.com',
    'Invoke-RestMethod -Uri "$base/api/x"',
    'firm https://a.example.com',
  ])('catches not: %s', (text) => {
    expect(request(text).host).toBeNull();
  });
});

describe('a documentation’s sample JWT is a stand-in, and may be what the client sent (sample-31)', () => {
  const SENT = 'Authorization: Bearer abc.def.ghi\n[status code] 401 [reason phrase] Unauthorized : Invalid signature';
  it('catches: Bearer abc.def.ghi beside "Invalid signature": a warning that names both readings', async () => {
    const f = await catches('input.masked', SENT);
    expect(f.args).toMatchObject({ sample: true, markers: ['abc.def.ghi'] });
    expect(f.severity).toBe('warning');
    expect(f.detail).toContain('never put its real token in place of the sample');
    const r = await catchesNot('token.malformed', SENT);
    expect(r.nextSteps.join('\n')).toContain('If the request sent the sample');
    const ja = await catches('input.masked', SENT, { locale: 'ja' });
    expect(ja.title).toContain('見本');
  });
  it.each(['xxx.yyy.zzz', 'aaa.bbb.ccc', 'header.payload.signature'])('catches: %s', async (value) => {
    const f = await catches('input.masked', `Authorization: Bearer ${value}\nHTTP/1.1 401 Unauthorized`);
    expect(f.args.sample).toBe(true);
  });
  it.each(['hG5k2.Qx9mB.zR7wP', 'foo.bar.baz', 'a.b.c'])('catches not: %s is no sample', async (value) => {
    const r = await run(`Authorization: Bearer ${value}\nHTTP/1.1 401 Unauthorized`);
    expect(r.findings.find((f) => f.code === 'input.masked')?.args.sample).toBeUndefined();
  });
});

describe('Hasura’s admin secret, and a gRPC call that carried no credential (sample-31)', () => {
  const WS =
    'Connection Closed: 1000 {"server_error_msg":"4400: Connection initialization failed: x-hasura-admin-secret/x-hasura-access-key required, but not fo...';
  it('catches: Hasura over graphql-ws wants its admin secret in connection_init’s headers (hasura/graphql-engine#7696)', async () => {
    const f = await catches('token.missing', WS);
    expect(f.args).toMatchObject({ via: 'hasura', adminSecret: true, transport: 'websocket' });
    const r = await run(WS);
    expect(r.nextSteps.join('\n')).toContain('x-hasura-admin-secret');
    expect(r.nextSteps.join('\n')).toContain('connectionParams');
    const ja = await run(WS, { locale: 'ja' });
    expect(ja.nextSteps.join('\n')).toContain('connection_init');
  });
  it('catches: over HTTP, the admin secret step alone', async () => {
    const r = await run(
      '{"errors":[{"extensions":{"path":"$","code":"access-denied"},"message":"x-hasura-admin-secret/x-hasura-access-key required, but not found"}]}',
    );
    expect(r.nextSteps).toHaveLength(1);
    expect(r.nextSteps[0]).toContain('HASURA_GRAPHQL_JWT_SECRET');
  });
  it('catches not: Hasura’s JWT mode keeps its Authorization step', async () => {
    const f = await catches(
      'token.missing',
      '{"errors":[{"extensions":{"path":"$","code":"invalid-headers"},"message":"Missing \'Authorization\' or \'Cookie\' header in JWT authentication mode"}]}',
    );
    expect(f.args.adminSecret).toBeUndefined();
  });
  it('catches: NetBird’s PermissionDenied "no peer auth method provided" gets a gRPC step, not DevTools (netbirdio/netbird#4249)', async () => {
    const r = await run(
      '2025-07-30T09:20:07+02:00 ERRO management/client/grpc.go:349: failed to login to Management Service: rpc error: code = PermissionDenied desc = no peer auth method provided, please use a setup key or interactive SSO login',
    );
    expect(r.findings[0]?.code).toBe('token.missing');
    expect(r.nextSteps.join('\n')).not.toContain('DevTools');
    expect(r.nextSteps.join('\n')).toContain('--setup-key');
  });
});

describe('PowerShell’s reader stays linear (round left-kk)', () => {
  it.each([
    ['(irm a b ', 'a group never closed'],
    ['= irm @{a b ', 'a hashtable never closed'],
    ['irm "x\nirm ', 'a quote never closed, line after line'],
  ])('catches not: 1 MB of %j (%s) within ~30× the time of 100 KB', async (unit) => {
    const time = async (n: number) => {
      const text = unit.repeat(Math.ceil(n / unit.length));
      const t = performance.now();
      await run(text);
      return performance.now() - t;
    };
    await time(10_000);
    const small = await time(100_000);
    const large = await time(1_000_000);
    expect(large).toBeLessThan(Math.max(30 * small, 1500));
  });
  it('catches: a command after a cut echo on the line above is read', () => {
    const text =
      '+ Invoke-WebRequest -Method Get -Uri "https://api-funct.azurewebsites.n ...\nInvoke-RestMethod https://second.example.com/x';
    expect(extractHttp(text, []).request.host).toBe('second.example.com');
  });
});
