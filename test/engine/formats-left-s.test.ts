/**
 * Round left-s: the review's last wording faults. One step for a bare `Bad credentials` 401 (not two that both say to
 * find which server answered); a 403 whose body is pasted but says nothing; an authorization endpoint's redirect error;
 * a GraphQL auth error inside a 200.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../helpers/catches.js';

/** The first words of a step: two steps starting alike give one advice twice. */
const opening = (s: string) => s.toLowerCase().split(/\s+/).slice(0, 4).join(' ');

describe('a bare `Bad credentials` 401 gives "find which server answered" once', () => {
  const inputs = [
    'HTTP/1.1 401 Unauthorized\nContent-Type: text/plain;charset=UTF-8\nContent-Length: 15\n\nBad credentials',
    '> GET /api/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Authorization: Basic YWxpY2U6d3Jvbmc=\n>\n< HTTP/1.1 401\n< Content-Type: text/plain\n<\nBad credentials\n',
  ];
  it('catches: one step naming the server to find, en and ja', async () => {
    for (const input of inputs) {
      const en = (await run(input)).nextSteps;
      expect(
        en.filter((s) => /^Find (?:out )?which (?:server|component) answered/.test(s)),
        input,
      ).toHaveLength(1);
      const ja = (await run(input, { locale: 'ja' })).nextSteps;
      expect(
        ja.filter((s) => /^どの(?:サーバー|コンポーネント)が/.test(s)),
        input,
      ).toHaveLength(1);
    }
    // Alone on the body after the status's fields, its own step (which also says what to check) is the one given.
    const steps = (await run(inputs[0] as string)).nextSteps;
    expect(steps).toHaveLength(1);
    expect(steps[0]).toMatch(/^Find which server answered .*Spring application/);
  });
  it('does not catch: a 401 without a challenge whose body names no credential keeps challenge.missing’s step', async () => {
    const steps = (await run('HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nUnauthorized')).nextSteps;
    expect(steps.some((s) => s.startsWith('Find out which component answered'))).toBe(true);
  });
  it('no report here gives two steps that open alike', async () => {
    for (const input of inputs) {
      for (const locale of ['en', 'ja'] as const) {
        const steps = (await run(input, { locale })).nextSteps;
        expect(new Set(steps.map(opening)).size, input).toBe(steps.length);
      }
    }
  });
});

describe('a status read inside a pasted error body: the step does not ask for the body', () => {
  // audit-nn paste 15: Strapi v3's GraphQL Forbidden as Apollo Client prints it (strapi/community-content#20).
  const strapi =
    'Error: {"graphQLErrors":[{"message":"Forbidden","locations":[{"line":2,"column":3}],"path":["categories"],"extensions":{"code":"INTERNAL_SERVER_ERROR","exception":{"data":null,"isBoom":true,"isServer":false,"output":{"statusCode":403,"payload":{"statusCode":403,"error":"Forbidden","message":"Forbidden"},"headers":{}},"message":"Forbidden"}}}],"networkError":null,"message":"GraphQL error: Forbidden"}';
  it('catches: the JSON error holding the status, and an error body right under a status, en and ja', async () => {
    for (const input of [
      strapi,
      '{"status":403,"error":"Forbidden"}',
      'POST https://api.acme-corp.com/v1/orders 403\n{"error":"Forbidden"}',
    ]) {
      const steps = (await run(input)).nextSteps;
      expect(steps[0], input).toMatch(
        /^The body pasted does not say who refused the request or why: paste the log line/,
      );
      expect(
        steps.some((s) => s.startsWith("Paste the response's body")),
        input,
      ).toBe(false);
      const ja = (await run(input, { locale: 'ja' })).nextSteps;
      expect(ja[0]).toMatch(/^貼り付けられたボディは/);
    }
  });
  it('does not catch: JSON log records holding a status, a decoded payload or a token response under a status', async () => {
    for (const input of [
      '{"level":30,"time":1779977400000,"req":{"method":"GET","url":"/v1/orders"},"res":{"statusCode":401},"msg":"request completed"}',
      '{"@timestamp":"2026-05-28T14:09:58.000Z","http.response.status_code":403,"url.path":"/v1/orders","message":"access denied","error":"x"}',
      'getting 401 with this token (decoded):\n{\n  "iss": "https://auth.acme-corp.com/",\n  "sub": "auth0|6650f1c2a9d3e4b5c6d7e8f9"',
      'token endpoint gave me this, then the API says 401:\n{"access_token":"abc","token_type":"Bearer"}',
      'HTTP/1.1 403 Forbidden',
    ]) {
      const steps = (await run(input)).nextSteps;
      expect(
        steps.some((s) => s.startsWith('The body pasted')),
        input,
      ).toBe(false);
    }
  });
});

describe('oauth.invalid-scope in a redirect is the authorization endpoint’s', () => {
  it('catches: the error in a query (corpus #925, Keycloak via redmine_openid_connect#73), after another parameter, in a fragment', async () => {
    for (const input of [
      'Started GET "/oic/local_login?error=invalid_scope&error_description=Invalid+scopes%3A+&state=21318a43-69f0-46fb-8df3-9cad122948fe" for 10.249.3.45 at 2026-05-28 14:09:58 +0000',
      'https://app.acme-corp.com/callback?state=af0ifjsldkj&error=invalid_scope&error_description=One+or+more+scopes+are+not+configured+for+the+authorization+server+resource.',
      'https://app.acme-corp.com/callback#error=invalid_scope&state=xyz',
    ]) {
      const r = await run(input);
      const f = r.findings.find((x) => x.code === 'oauth.invalid-scope');
      expect(f?.args, input).toMatchObject({ redirect: true });
      // The code as the redirect said it, then its words when it gave any (round left-ii).
      expect(f?.title).toMatch(/^The authorization endpoint refused the requested scope \(invalid_scope\)(?:: “|$)/);
      const ja = (await run(input, { locale: 'ja' })).findings.find((x) => x.code === 'oauth.invalid-scope');
      expect(ja?.title).toMatch(/^認可エンドポイント/);
    }
  });
  it('does not catch: a token endpoint’s form-encoded or JSON answer stays the token endpoint’s', async () => {
    for (const input of [
      'error=invalid_scope&error_description=Invalid+scopes%3A+',
      'HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_scope","error_description":"Invalid scopes: admin"}',
      'curl -d "grant_type=client_credentials&scope=a,b" https://idp/token\nerror=invalid_scope&error_description=bad',
    ]) {
      const f = (await run(input)).findings.find((x) => x.code === 'oauth.invalid-scope');
      expect(f, input).toBeDefined();
      expect(f?.args, input).not.toHaveProperty('redirect');
      expect(f?.title).toMatch(/^The token endpoint/);
    }
  });
});

describe('status.not-auth: a GraphQL errors array in a 200', () => {
  it('catches: an errors array carrying an auth error after a 200 (Hasura, Apollo), en and ja', async () => {
    for (const input of [
      'HTTP/1.1 200 OK\n{"errors":[{"extensions":{"path":"$","code":"invalid-jwt"},"message":"Could not verify JWT: JWTExpired"}]}',
      'HTTP/1.1 200 OK\ncontent-type: application/json\n\n{"errors":[{"message":"Context creation failed: jwt expired","extensions":{"code":"UNAUTHENTICATED"}}]}',
      'HTTP/1.1 200 OK\n{"errors": [{"message":"Forbidden","extensions":{"code":"FORBIDDEN"}}],"data":null}',
    ]) {
      const r = await run(input);
      const f = r.findings.find((x) => x.code === 'status.not-auth');
      expect(f?.args, input).toMatchObject({ status: 200, graphql: true });
      expect(f?.detail).toMatch(/^GraphQL servers answer authentication and authorization failures inside a 200/);
      expect(r.nextSteps.some((s) => s.startsWith('A 2xx is a success'))).toBe(false);
      const ja = (await run(input, { locale: 'ja' })).findings.find((x) => x.code === 'status.not-auth');
      expect(ja?.detail).toMatch(/^GraphQL サーバーは認証や認可の失敗も 200 で返し/);
    }
  });
  it('does not catch: a 200 without an errors array, an errors array of no auth error, a 500 with one', async () => {
    for (const input of [
      'HTTP/1.1 200 OK\n{"error":"invalid_token","error_description":"The access token expired"}',
      'HTTP/1.1 200 OK\n{"errors":[{"message":"Cannot query field \\"foo\\" on type \\"Query\\"."}]}',
      'HTTP/1.1 200 OK\n{"data":{"errors":"none"}}',
      'HTTP/1.1 500 Internal Server Error\n{"errors":[{"message":"Context creation failed: jwt expired"}]}',
    ]) {
      const f = (await run(input)).findings.find((x) => x.code === 'status.not-auth');
      expect(f?.args ?? {}, input).not.toHaveProperty('graphql');
    }
  });
});
