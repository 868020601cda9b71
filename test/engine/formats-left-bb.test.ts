/**
 * Round left-bb: small readings the stop's last rounds left. Each row cites the source of its shape; catch-not rows are
 * the near misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { unsigned } from '../helpers/tokens.js';

const SERVER_FAULT = 'a 5xx is a server fault';

describe('a 5xx whose product stated what was wrong with the credential', () => {
  // kubernetes-retired/dashboard#3189 (the row’s source, formats-audit-zz): older Dashboard releases log
  // MSG_TOKEN_EXPIRED_ERROR and answer 500. The expiry is the failure: "a 5xx is a server fault" contradicted it.
  const dashboard =
    '2018/08/01 13:18:32 MSG_TOKEN_EXPIRED_ERROR\n2018/08/01 13:18:32 [2018-08-01T13:18:32Z] Outcoming response to 10.244.18.212:38208 with 500 status code';

  it('catches: the stated expiry explains the 500, and the server-fault step is gone', async () => {
    const f = await catches('time.expired', dashboard);
    expect(f.args).toMatchObject({ via: 'kubernetes-dashboard' });
    const { nextSteps } = await run(dashboard);
    expect(nextSteps.join('\n')).not.toContain(SERVER_FAULT);
  });

  it('catches: jsonwebtoken’s "jwt expired" thrown into a 500', async () => {
    const { nextSteps } = await run('HTTP/1.1 500 Internal Server Error\n\nTokenExpiredError: jwt expired');
    expect(nextSteps.join('\n')).not.toContain(SERVER_FAULT);
  });

  it('catches not: a 500 with no stated cause keeps the step', async () => {
    const { nextSteps } = await run(
      'HTTP/1.1 500 Internal Server Error\nContent-Type: text/html\n\n<h1>Internal Server Error</h1>',
    );
    expect(nextSteps.join('\n')).toContain(SERVER_FAULT);
  });

  it('catches not: a 503 whose verifier could not fetch its JWKS (a server fault) keeps the step', async () => {
    const { nextSteps } = await run(
      'HTTP/1.1 503 Service Unavailable\n\nJwksError: Failed to fetch JWKS from https://idp.example.com/.well-known/jwks.json: ETIMEDOUT',
    );
    expect(nextSteps.join('\n')).toContain(SERVER_FAULT);
  });
});

describe('Centrifugo’s connection JWT: no aud or iss asked for unless configured', () => {
  // centrifugal.dev docs/server/authentication.md: "By default, Centrifugo does not check JWT audience" and "By default,
  // Centrifugo does not check JWT issuer", unless token_audience / token_issuer are set. Its required claim is sub.
  const token = unsigned({ alg: 'HS256', typ: 'JWT' }, { sub: '42', iat: NOW - 600, exp: NOW + 300 });
  const named = `Centrifugo closes the connection, our backend makes the connection token:\n${token}`;
  // centrifugal/centrifuge-js#202: the client's own error 109, read as Centrifugo's (no product word needed).
  const code109 = `token: ${token}\nerror {"type":"connect","error":{"code":109,"message":"token expired"}}`;

  it('catches: named Centrifugo, neither claim’s absence is a finding', async () => {
    const r = await run(named);
    const codes = r.findings.map((f) => f.code);
    expect(codes).not.toContain('claim.aud-missing');
    expect(codes).not.toContain('claim.iss-missing');
  });

  it('catches: its own error 109 names it', async () => {
    await catchesNot('claim.aud-missing', code109);
    await catchesNot('claim.iss-missing', code109);
  });

  it('catches not: an expected audience or issuer given is its token_audience / token_issuer', async () => {
    await catches('claim.aud-missing', named, { expectedAudiences: ['centrifugo'] });
    await catches('claim.iss-missing', named, { expectedIssuers: ['my_app'] });
  });

  it('catches not: the same token with no word of Centrifugo keeps both warnings', async () => {
    const other = `Our API refuses the token:\n${token}`;
    await catches('claim.aud-missing', other);
    await catches('claim.iss-missing', other);
  });

  it('catches not: a token without a string sub is not its connection token', async () => {
    const noSub = `Centrifugo: ${unsigned({ alg: 'HS256', typ: 'JWT' }, { user: 42, iat: NOW - 600, exp: NOW + 300 })}`;
    await catches('claim.aud-missing', noSub);
  });
});

describe('proxy.gateway-response quotes the gateway’s words, not the writer’s sentence around them', () => {
  // istio/istio#40944: the writer's sentence holds Envoy's RBAC message; its access log follows.
  const istio = `Facing the same issue. Tried reinstalling the control plane and setting everything up again but it still throws me \`RBAC: Access Denied\`.

Here is the log that I get on the httpbin's proxy.
[2022-09-30T11:31:37.335Z] "GET /headers HTTP/1.1" 403 - rbac_access_denied_matched_policy[default-deny-all-due-to-bad-CUSTOM-action] - "-" 0 19 0 - "-" "curl/7.85.0-DEV" "176ba93b-d2a5-9c58-97aa-cf4a7d70f30a" "httpbin.foo:8000" "-" inbound|80|| - 192.168.24.67:80 192.168.54.235:57754 outbound_.8000_._.httpbin.foo.svc.cluster.local -`;

  it('catches: the message alone is Envoy’s signature', async () => {
    const f = await catches('proxy.gateway-response', istio);
    expect(f.args.signals).toEqual(['RBAC: Access Denied']);
    expect(f.detail).not.toContain('Facing the same issue');
  });

  it('catches: a Japanese sentence around it is prose too', async () => {
    const f = await catches(
      'proxy.gateway-response',
      'HTTP/1.1 403 Forbidden\n本番でずっと RBAC: access denied が返ってきます。',
    );
    expect(f.args.signals).toEqual(['RBAC: access denied']);
  });

  it('catches not: Envoy’s own access-log record stays whole', async () => {
    const line =
      '{"response_code":401,"response_code_details":"jwt_authn_access_denied{Jwt_is_missing}","path":"/v1/orders","authority":"api.acme-corp.com"}';
    const f = await catches('proxy.gateway-response', `HTTP/1.1 401 Unauthorized\n${line}`);
    expect(f.args.signals).toEqual([line]);
  });
});

describe('APNs’ MissingProviderToken', () => {
  // developer.apple.com/documentation/usernotifications/handling-notification-responses-from-apns: 403
  // MissingProviderToken, no provider certificate and no `authorization: bearer <provider token>`.
  it('catches: its reply is token.missing, named APNs', async () => {
    const f = await catches(
      'token.missing',
      'HTTP/2 403\napns-id: 7cc5837e-2e90-4359-a24f-ba06be5fc9be\n\n{"reason":"MissingProviderToken"}',
    );
    expect(f.args).toMatchObject({ via: 'apns' });
    expect(f.detail).toContain('APNs');
  });

  it('catches not: a provider token that is merely named (no reason) is not a missing one', async () => {
    await catchesNot('token.missing', 'HTTP/2 403\n\n{"reason":"InvalidProviderToken"}');
    await catchesNot('token.missing', 'our MissingProviderTokenError class wraps the APNs client');
  });
});
