/**
 * Round review-31b: the stop's last merges (left-ii's token-endpoint quotes, left-hh's HS-token steps, audit-at's
 * products) read as an on-call engineer reads them. A quote is the endpoint's whole sentence, not the clause a row
 * happens to match; a server is named as its makers write it.
 */
import { describe, expect, it } from 'vitest';
import { productName } from '../../src/messages/product-names.js';
import { catches, run } from '../helpers/catches.js';
import { CLAIMS, jwksFor, rs256 } from '../helpers/tokens.js';

describe('a token endpoint’s quoted words are its whole sentence', () => {
  // DuendeArchive/IdentityServer4#4480's log (the resource owner flow), and IdentityServer's TokenRequestValidator's
  // "Client not authorized for client credentials flow, check the AllowedGrantTypes setting": the row reads the fixed
  // second clause, the flow before it varies.
  const ROPC =
    '2026-05-28 14:09:58.385 +00:00 [ERR] Client not authorized for resource owner flow, check the AllowedGrantTypes setting{"client_id":"orders-web"}, details: {"ClientId":"orders-web","ClientName":"orders web","GrantType":"password","Scopes":null}';
  it('catches: IdentityServer’s line is quoted from "Client not authorized", and the server is named IdentityServer', async () => {
    const f = await catches('oauth.unauthorized-client', ROPC);
    expect(f.args).toMatchObject({
      via: 'identityserver',
      description: 'Client not authorized for resource owner flow, check the AllowedGrantTypes setting',
    });
    expect(f.title).toMatch(/^The client may not use this grant: “Client not authorized for resource owner flow/);
    expect(f.detail).toMatch(/^The token endpoint \(IdentityServer\)/);
    const ja = await catches('oauth.unauthorized-client', ROPC, { locale: 'ja' });
    expect(ja.title).toMatch(/「Client not authorized for resource owner flow/);
  });
  it('catches: the same line as Microsoft.Extensions.Logging’s console writes it, the message on its own line', async () => {
    const input =
      'fail: Duende.IdentityServer.Validation.TokenRequestValidator[0]\n      Client not authorized for client credentials flow, check the AllowedGrantTypes setting{"clientId":"m2m"}';
    const f = await catches('oauth.unauthorized-client', input);
    expect(f.args.description).toBe(
      'Client not authorized for client credentials flow, check the AllowedGrantTypes setting',
    );
  });
  it('catches not: a log prefix with no bracket before the clause (a time, a level) is not quoted as words', async () => {
    const f = await catches(
      'oauth.unauthorized-client',
      '2026-05-28 14:09:58 ERROR Client not authorized for client credentials flow, check the AllowedGrantTypes setting',
    );
    expect(f.args.description).toBe('check the AllowedGrantTypes setting');
  });
  it('catches not: words that open their sentence keep their start (GitHub after ": ", Supabase in a JSON string)', async () => {
    const github = await catches(
      'oauth.invalid-client',
      'Failed to create token for "rivile-org" (attempt 1): Integration not found\nRequestError [HttpError]: Integration not found',
    );
    expect(github.args.description).toBe('Integration not found');
    const openid = await catches(
      'oauth.unauthorized-client',
      '{ OpenIdConnectError: unauthorized_client (requested grant type is restricted to this client)',
    );
    expect(openid.args.description).toBe('requested grant type is restricted to this client');
  });
  it('catches not: a library whose id is its package’s name keeps it in the detail', () => {
    for (const id of ['doorkeeper', 'fosite', 'oidc-provider']) expect(productName(id)).toBe(id);
  });
});

describe('a step speaks of what the paste showed', () => {
  // inishchith/MeetInTheMiddle#34, osingla/RouteView#19: Maps' errors name the API, never the project.
  it('catches: Maps’ ApiNotActivatedMapError names no project, so the step does not speak of "the project named"', async () => {
    const report = await run(
      'This API project is not authorized to use this API. Places API error: ApiNotActivatedMapError',
    );
    expect(report.findings[0]?.code).toBe('policy.service-not-enabled');
    expect(report.nextSteps.join('\n')).toMatch(/Check which project the call is made for/);
    expect(report.nextSteps.join('\n')).not.toMatch(/the project named/);
  });
  it('catches not: Google’s SERVICE_DISABLED names the project, and the step checks that one', async () => {
    const report = await run(
      'googleapi: Error 403: Service Usage API has not been used in project 1021909506549 before or it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/serviceusage.googleapis.com/overview?project=1021909506549 then retry., accessNotConfigured',
    );
    expect(report.nextSteps.join('\n')).toMatch(/Check that the project named is the one you meant/);
  });
});

describe('a signal both languages print is no English phrase', () => {
  // MicrosoftDocs/azure-docs#8525 and #26034: the site URL called without its code, the host's bare 401.
  const NO_KEY =
    'GET https://orders-func.azurewebsites.net/api/orders HTTP/1.1\n\nHTTP/1.1 401 Unauthorized\nContent-Length: 0';
  it('catches: the Functions host’s 401 to an /api/ route shows the route as a URL pattern, in en and ja', async () => {
    const f = await catches('proxy.gateway-response', NO_KEY);
    expect(f.detail).toContain('(*.azurewebsites.net/api/)');
    const ja = await catches('proxy.gateway-response', NO_KEY, { locale: 'ja' });
    expect(ja.detail).toContain('（*.azurewebsites.net/api/）');
    expect(ja.detail).not.toMatch(/ on /);
  });
  it('catches: a URL with ?code= shows the code parameter’s pattern, not its value', async () => {
    const ja = await catches(
      'proxy.gateway-response',
      'GET https://orders-func.azurewebsites.net/api/orders?code=Hk4mT9qW2zX7vB3nL8pR5sY1cD6fG0jK HTTP/1.1\n\nHTTP/1.1 401 Unauthorized\nContent-Length: 0',
      { locale: 'ja' },
    );
    expect(ja.detail).toContain('（*.azurewebsites.net/…?code=）');
    expect(ja.detail).not.toContain('Hk4mT9qW2zX7');
  });
  it('catches not: a request with x-functions-key quotes that header (masked), not a URL pattern', async () => {
    const f = await catches(
      'proxy.gateway-response',
      'POST https://orders-func.azurewebsites.net/api/orders HTTP/1.1\nx-functions-key: Hk4mT9qW2zX7vB3nL8pR5sY1cD6fG0jK4aE7uI2oN9tM3wQ8==\n\nHTTP/1.1 401 Unauthorized\nContent-Length: 0',
    );
    expect(f.detail).toContain('(x-functions-key)');
    expect(f.evidence).not.toContain('azurewebsites.net/');
  });
});

describe('ja spaces a quoted kid from the words after it, as its other sentences do', () => {
  // RFC 7518 §6.4: an oct JWK set whose kid is not the HS256 token's (round left-hh's secrets step).
  const TOKEN =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImsxIn0.eyJzdWIiOiJ1MSIsImlhdCI6MTc3OTk3NjAwMCwiZXhwIjoxNzc5OTc5NjAwfQ.L9LIrRvqhqEqdgMpl8bRVB9MIgEsPSJMzvuFo400uao';
  it('catches: 渡された秘密にあるのは "k2" です (a space before です, as after "k1")', async () => {
    const ja = await catches('key.kid-unknown', `Authorization: Bearer ${TOKEN}`, {
      locale: 'ja',
      keys: ['{"keys":[{"kty":"oct","kid":"k2","k":"b3RoZXJzZWNyZXQ"}]}'],
    });
    expect(ja.detail).toContain('渡された秘密にあるのは "k2" です。');
  });
  it('catches not: an RS256 token’s unknown kid speaks of the key set, not of secrets', async () => {
    const ja = await catches('key.kid-unknown', `Authorization: Bearer ${rs256(CLAIMS, { kid: 'k1' })}`, {
      locale: 'ja',
      keys: [JSON.stringify(jwksFor('k2'))],
    });
    expect(ja.detail).toContain('鍵セットにあるのは "k2" です。');
    expect(ja.detail).not.toContain('秘密');
  });
});

describe('an HS token whose algorithm the verifier refuses is not sent after a secret', () => {
  // golang-jwt/jwt's ErrTokenSignatureInvalid wrapping "signing method HS256 is invalid" (a keyfunc that expects RS256).
  const HS =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSIsImlhdCI6MTc3OTk3NjAwMCwiZXhwIjoxNzc5OTc5NjAwfQ.L9LIrRvqhqEqdgMpl8bRVB9MIgEsPSJMzvuFo400uao';
  const REFUSED = `token signature is invalid: signing method HS256 is invalid\n\nAuthorization: Bearer ${HS}`;
  it('catches: no secret’s step, and the detail says the algorithm, not a key, decided it (en, ja)', async () => {
    const report = await run(REFUSED);
    const f = report.findings.find((x) => x.code === 'signature.unchecked');
    expect(f?.args).toMatchObject({ reason: 'no-key', hmacAlg: 'HS256', algRefused: true });
    expect(f?.detail).toMatch(/an algorithm the verifier does not accept/);
    expect(report.nextSteps.join('\n')).not.toMatch(/--jwks|kty/);
    const ja = await run(REFUSED, { locale: 'ja' });
    expect(ja.findings.find((x) => x.code === 'signature.unchecked')?.detail).toMatch(/このアルゴリズムを受け付けない/);
    expect(ja.nextSteps.join('\n')).not.toMatch(/--jwks/);
  });
  it('catches not: an HS token with no such refusal keeps the secret’s step', async () => {
    const report = await run(`Authorization: Bearer ${HS}`);
    expect(report.findings.find((x) => x.code === 'signature.unchecked')?.args).not.toHaveProperty('algRefused');
    expect(report.nextSteps.join('\n')).toMatch(/"kty":"oct"/);
  });
});

describe('a plural-form product name takes the apostrophe alone', () => {
  // supabase/supabase#35918's Edge Functions gateway answer, round audit-at's rows.
  it('catches: “Supabase Edge Functions’ signature”, not “Functions’s”', async () => {
    const f = await catches(
      'proxy.gateway-response',
      'curl -i https://abcdefghijklmnopqrst.supabase.co/functions/v1/hello\nHTTP/2 401\n\n{"code":401,"message":"Missing authorization header"}',
    );
    expect(f.detail).toContain('Supabase Edge Functions’ signature');
    expect(f.detail).not.toContain('Functions’s');
  });
  it('catches not: a singular name ending in s keeps ’s (Cloudflare Access’s sign-in redirect)', async () => {
    const f = await catches(
      'proxy.gateway-response',
      '$ curl -sI https://grafana.example.com/\nHTTP/2 302\nlocation: https://acme.cloudflareaccess.com/cdn-cgi/access/login/grafana.example.com?redirect_url=%2F\nserver: cloudflare\n',
    );
    expect(f.detail).toContain('Access’s signature');
  });
});
