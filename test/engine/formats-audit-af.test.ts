/**
 * Round audit-af: enterprise API gateways' own refusals. IBM API Connect's gateway (DataPower) answers in its own body,
 * `{"httpCode":…,"httpMessage":…,"moreInformation":…}`: "Invalid client id or secret." is the application's client ID
 * (an API key in X-IBM-Client-Id) refused, not a token; "Cannot pass the security checks…" is the operation's security
 * requirements unmet, whichever. Pastes from public sources (beside each), hosts and ids made up.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

const APIC = 'IBM API Connect';

describe('IBM API Connect: the client ID refused (proxy.gateway-response, apiKey)', () => {
  it.each([
    // A bank's API Connect sandbox probed with curl -i (its DataPower gateway's x-global-transaction-id).
    [
      'curl -i, compact body',
      'HTTP/2 401\ncontent-type: application/json\nx-global-transaction-id: dd51bf1b6a88429c06615181\n\n{"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Invalid client id or secret."}',
    ],
    // The same reply as a sandbox note quotes it, the members on two lines.
    [
      'the body across lines',
      'HTTP 401  {"httpCode":"401","httpMessage":"Unauthorized",\n           "moreInformation":"Invalid client id or secret."}',
    ],
    [
      'pretty-printed',
      'HTTP/1.1 401 Unauthorized\n\n{\n  "httpCode": "401",\n  "httpMessage": "Unauthorized",\n  "moreInformation": "Invalid client id or secret."\n}',
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('proxy.gateway-response', paste);
    expect(f.args).toMatchObject({ product: APIC, apiKey: true, keyHeader: 'X-IBM-Client-Id' });
    const r = await run(paste);
    expect(r.nextSteps.join('\n')).toContain('X-IBM-Client-Id');
  });

  it.each([
    // Token endpoints say the same words in their own members (an OAuth server's `error_description`, a login API).
    [
      'a token endpoint’s error_description',
      'HTTP/1.1 401 Unauthorized\n\n{"error":"invalid_client","error_description":"invalid client id or secret"}',
    ],
    [
      'an app’s own message',
      'HTTP/1.1 401 Unauthorized\n\n{"error":"Unauthorized","message":"Invalid client id or secret."}',
    ],
    ['prose', 'HTTP/1.1 401 Unauthorized\nthe gateway said invalid client id or secret, moreInformation was empty'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.code === 'proxy.gateway-response' && f.args.product === APIC)).toEqual([]);
  });
});

describe('a gateway that refused its own credential: the request’s missing Authorization header is no cause', () => {
  it('catches not authz-header.missing: API Connect’s client ID refused for a curl -i with no header', async () => {
    const paste =
      '$ curl -sS -i https://api.example-bank.com/personal/v5/accounts\nHTTP/2 401\ncontent-type: application/json\nx-global-transaction-id: dd51bf1b6a88429c06615181\n{"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Invalid client id or secret."}';
    await catchesNot('authz-header.missing', paste);
    const r = await run(paste);
    expect(r.findings[0]?.code).toBe('proxy.gateway-response');
  });

  it('catches: a front door that takes a key or a token (ESPv2’s unregistered callers) keeps it', async () => {
    await catches(
      'authz-header.missing',
      'curl https://hello-gateway-secure-8xsgpja5.uc.gateway.dev/hello\n{"message":"UNAUTHENTICATED:Method doesn\'t allow unregistered callers (callers without established identity). Please use API Key or other form of API consumer identity to call this API.","code":401}',
    );
  });
});

describe('IBM API Connect: the operation’s security checks unmet (proxy.gateway-response)', () => {
  const BODY =
    '{"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Cannot pass the security checks that are required by the target API or operation, Enable debug headers for more details."}';

  it.each([
    // An API Connect OAuth tutorial's test script, for no token and for a bad one alike.
    ['a test script’s failure line', `FAIL\nFailed call with error ${BODY}`],
    // An API Connect tutorial's reply, with its gateway's single-quoted challenge.
    [
      'a 401 with its challenge',
      `HTTP/1.1 401 Unauthorized\nContent-Type: application/json\nWWW-Authenticate: Bearer error='invalid_token'\nDate: Fri, 03 Apr 2020 12:48:01 GMT\n\n${BODY}`,
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('proxy.gateway-response', paste);
    expect(f.args).toMatchObject({ product: APIC });
    expect(f.args.apiKey).not.toBe(true);
  });

  it('catches not: an app’s problem detail that says less ("Cannot pass the security checks")', async () => {
    await catchesNot(
      'proxy.gateway-response',
      'HTTP/1.1 401 Unauthorized\n\n{"type":"/problems/unauthorized","title":"Unauthorized","detail":"Cannot pass the security checks"}',
    );
  });
});

describe('Red Hat 3scale’s APIcast: its default error bodies and log lines', () => {
  // 3scale/APIcast#811 (its log line), the gateway's default bodies (gateway/src/apicast/configuration.lua).
  const FAILED =
    '$ curl -i "https://api-staging.apps.example.com/orders?user_key=0123456789abcdef0123456789abcdef"\nHTTP/1.1 403 Forbidden\nServer: openresty\nContent-Type: text/plain; charset=us-ascii\n\nAuthentication failed';

  it('catches: "Authentication failed" is the application’s credentials refused, a 403 by design', async () => {
    const f = await catches('challenge.invalid-token', FAILED);
    expect(f.args).toMatchObject({ via: 'apicast', credential: 'apicast-credentials' });
    const r = await run(FAILED);
    expect(r.classification).toBe('authentication');
    expect(r.findings.map((x) => x.code)).not.toContain('status.mismatch');
    expect(r.nextSteps[0]).toContain('Integration → Settings');
    expect((await run(FAILED, { locale: 'ja' })).nextSteps[0]).toContain('3scale の管理ポータル');
  });

  it('catches: its log lines', async () => {
    const noCredentials =
      '2018/07/12 08:09:16 [info] 28#28: *3357 [lua] errors.lua:4: rewrite(): no credentials provided for service 2555417724260 while sending to client, client: 10.128.0.1, server: _, request: "GET /favicon.ico HTTP/1.1"';
    expect((await catches('token.missing', noCredentials)).args).toMatchObject({ via: 'apicast' });
    const failed = '[lua] errors.lua:11: authorization failed for service 2555417724260, client: 10.128.0.1';
    expect((await catches('challenge.invalid-token', failed)).args).toMatchObject({ via: 'apicast' });
  });

  it('catches: "Authentication parameters missing" with APIcast named', async () => {
    const r = await run(
      'apicast staging:\nHTTP/1.1 401 Unauthorized\nServer: openresty\n\nAuthentication parameters missing',
    );
    expect(r.findings.find((f) => f.code === 'proxy.gateway-response')?.args).toMatchObject({
      product: '3scale APIcast',
    });
  });

  it.each([
    // The same words as an application's own plain body, nothing naming 3scale (a Go registry handler's http.Error).
    [
      'an application’s plain body',
      'HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nAuthentication parameters missing',
    ],
    ['inside a sentence', 'apicast docs: Test request failed with HTTP code 403: Authentication failed'],
    ['another casing', 'HTTP/1.1 403 Forbidden\nContent-Type: text/plain; charset=us-ascii\n\nauthentication failed'],
    ['a service account in a log', 'level=error msg="authorization failed for service account ci-runner"'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.via === 'apicast')).toEqual([]);
  });
});

describe('Tyk’s log line for a refused key (TykTechnologies/tyk#1553)', () => {
  it('catches: with its container named', async () => {
    const paste =
      'tyk_gateway_1    | time="Mar 21 10:12:09" level=warning msg="JWT Invalid: Validation error. Jwt token validation failed with unknown error." \ntyk_gateway_1    | time="Mar 21 10:12:09" level=warning msg="Attempted access with invalid key." key="[JWT]" ';
    expect((await catches('challenge.invalid-token', paste)).args).toMatchObject({ via: 'tyk' });
  });

  it('catches not: another service logging the same words, Tyk named nowhere', async () => {
    const r = await run('level=debug msg="Attempted access with invalid key." path=/api origin=10.0.0.1');
    expect(r.findings.filter((f) => f.args.via === 'tyk')).toEqual([]);
  });
});

describe('Oracle Cloud Infrastructure: NotAuthenticated, the request’s API signing key refused', () => {
  it.each([
    // oracle/oci-designer-toolkit#203 (the Python SDK).
    [
      'the Python SDK’s ServiceError',
      "oci.exceptions.ServiceError: {'opc-request-id': 'C81E4F83E7C74A74BED9B09D0160769E/984643E7E585D68F934783B3D2996B50/B6F90E9CB91F1F86CE3766875B6C55D1', 'code': 'NotAuthenticated', 'message': 'The required information to complete authentication was not provided or was incorrect.', 'status': 401}",
    ],
    // OCI's Functions samples, "If you provide an incorrect TENANT_OCID or USER_OCID or PUBLIC_KEY_FINGERPRINT".
    [
      'the Go SDK',
      'Service error:NotAuthenticated. The required information to complete authentication was not provided or was incorrect.. http status code: 401. Opc request id: 4d7d76463a4f437361a1eb47815015d9/450D86C860C0592949AFF344C6DB17F0/84F3CCC7542175C08646CD4E213A2CEF',
    ],
    [
      'the Java SDK',
      'Exception in thread "main" com.oracle.bmc.model.BmcException: (401, NotAuthenticated, false) The required information to complete authentication was not provided or was incorrect. (opc-request-id: 974452A5243X/37DFE2AEX/48B235F1D7X)',
    ],
    // The Terraform provider in a CI run (linyinfeng/dotfiles).
    [
      'the Terraform provider',
      '│ Error: 401-NotAuthenticated, The required information to complete authentication was not provided or was incorrect.\n│ Suggestion: Please retry or contact support for help with service: Identity Compartment',
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'oci', credential: 'oci-api-key' });
    const r = await run(paste);
    expect(r.classification).toBe('authentication');
    expect(r.nextSteps[0]).toContain('~/.oci/config');
    expect((await run(paste, { locale: 'ja' })).nextSteps[0]).toContain('~/.oci/config');
  });

  it.each([
    // OCI's 404 for a resource the caller may not see: an authorization failure, not the signing key.
    [
      'NotAuthorizedOrNotFound',
      'Error: 404-NotAuthorizedOrNotFound, Authorization failed or requested resource not found.',
    ],
    [
      'Django REST framework’s words',
      'HTTP/1.1 401 Unauthorized\n\n{"detail":"Authentication credentials were not provided."}',
    ],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.via === 'oci')).toEqual([]);
  });
});

describe('the steps for a gateway named by its own reply: API Connect’s security checks, Application Gateway’s 403 page', () => {
  it('API Connect: the API definition’s security section and the application’s subscription', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\n\n{"httpCode":"401","httpMessage":"Unauthorized","moreInformation":"Cannot pass the security checks that are required by the target API or operation, Enable debug headers for more details."}',
    );
    expect(r.nextSteps.join('\n')).toContain('security section');
    expect(r.nextSteps.join('\n')).not.toContain('JWKS');
  });

  // A blog's WAF test (a SQL injection in the query) and Azure's Japanese support blog (an h2c upgrade to a v2
  // listener): the same page, told apart by the gateway's logs.
  it.each([
    ['its WAF’s block', 'curl -ik "http://132.196.153.82/?id=1%20OR%201%3D1"\nHTTP/1.1 403 Forbidden'],
    ['an h2c upgrade refused', '< HTTP/1.1 403 Forbidden'],
  ])('Application Gateway’s 403 page (%s): its firewall log, then its access log', async (_name, head) => {
    const paste = `${head}\nServer: Microsoft-Azure-Application-Gateway/v2\nContent-Type: text/html\n\n<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n<hr><center>Microsoft-Azure-Application-Gateway/v2</center>\n</body>\n</html>`;
    const f = await catches('proxy.gateway-response', paste);
    expect(f.args).toMatchObject({ product: 'Azure Application Gateway' });
    const steps = (await run(paste)).nextSteps.join('\n');
    expect(steps).toContain('ApplicationGatewayFirewallLog');
    expect(steps).not.toContain('JWKS');
    expect((await run(paste, { locale: 'ja' })).nextSteps.join('\n')).toContain('ファイアウォールログ');
  });
});

describe("a challenge parameter in single quotes (IBM API Connect’s `Bearer error='invalid_token'`)", () => {
  it('catches: the error is read without its quotes, and the form noted', async () => {
    const paste = "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error='invalid_token'\n";
    await catches('challenge.invalid-token', paste);
    const m = await catches('challenge.malformed', paste);
    expect(String(m.args.reason)).toContain('single-quoted');
    expect(
      (await run(paste, { locale: 'ja' })).findings.find((f) => f.code === 'challenge.malformed')?.detail,
    ).toContain('一重引用符');
  });

  it.each([
    ['a lone quote', "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error='\n"],
    ['quotes inside a token', "HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm=o'brien\n"],
  ])('catches not invalid_token: %s', async (_name, paste) => {
    await catchesNot('challenge.invalid-token', paste);
  });
});

describe('Tyk takes a bare key: no scheme is no cause when Tyk judged the key', () => {
  it('catches not authz-header.scheme: a bare key refused as unknown (TykTechnologies/tyk#319)', async () => {
    const paste =
      'curl -X GET -H "Authorization: 582929e980f54d08b8000001df0a5b48d06a4cd973c8d2f2f9724902" http://localhost:8080/ttt/test2/\n{\n    "error": "Key not authorised"\n}';
    await catchesNot('authz-header.scheme', paste);
    expect((await catches('challenge.invalid-token', paste)).args).toMatchObject({ via: 'tyk' });
  });

  it('catches: Tyk’s OAuth 2.0 middleware finding no token in a value without "Bearer "', async () => {
    await catches(
      'authz-header.scheme',
      '> GET /httpbin/get HTTP/1.1\n> Authorization: 0123456789abcdef0123456789abcdef\n>\n< HTTP/1.1 400 Bad Request\n< X-Generator: tyk.io\n<\n{\n    "error": "Authorization field missing"\n}',
    );
  });
});
