/**
 * Round review-28: the reports this stop's rounds changed, read as an on-call engineer would. A product is named, not
 * printed as its id beside its own name; a report does not deny in a step what its first finding says (a vendor's
 * refusal inside a 200, a product's documented 403), nor give one piece of advice twice, nor say "names no cause"
 * before naming it.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

// modelcontextprotocol/typescript-sdk's client auth.js, as mcp-remote logs it (punkpeye/mcp-remote#30).
const MCP_TOKEN_EXCHANGE = `[48853] Authorization error: Error: Token exchange failed: HTTP 401
    at exchangeAuthorization (file:///Users/u/.npm/_npx/705d/node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js:173:15)`;
// modelcontextprotocol/typescript-sdk#2783: discoverOAuthMetadata's "HTTP 401 trying to load well-known OAuth metadata".
const MCP_DISCOVERY = 'Error: HTTP 401 trying to load well-known OAuth metadata';
// kubernetes-retired/dashboard#4624: the dashboard's own error inside a 200.
const DASHBOARD = `{
 "status": 401,
 "errors": [ { "ErrStatus": { "status": "Failure", "message": "MSG_LOGIN_UNAUTHORIZED_ERROR", "reason": "Unauthorized", "code": 401 } } ]
}`;
// envoyproxy/gateway#8313.
const EG_REQUIREMENT =
  "'Failed JWT authentication: Wrong requirement_name: httproute/ns1/efghi/rule/0/match/0/test_domain_com. It should be one of [httproute/abcd/dd/rule/0/match/0/test_domain_com]'";
// sul-dlss/argo#149: New Relic's collector answers an invalid license key with 200 and a LicenseException.
const NEW_RELIC_200 = `  HTTP POST (55.00ms)   https://collector.newrelic.com:443/agent_listener/14//get_redirect_host?marshal_format=json
  Request body   []
  Response status   Net::HTTPOK (200)
  Response body   {"exception":{"message":"Invalid license key, please contact support@newrelic.com","error_type":"NewRelic::Agent::LicenseException"}}`;
// Slack's Web API answers with "a top-level boolean property ok" and an error code on failure, in a 200
// (slackhq/slack-api-docs index_web.md; jolicode/slack-php-api#47: "Slack always return a 200 response").
const SLACK_200 =
  'POST /api/chat.postMessage HTTP/1.1\nHost: slack.com\n\nHTTP/1.1 200 OK\nContent-Type: application/json; charset=utf-8\n\n{"ok":false,"error":"invalid_auth"}';
// databricks/databricks-sdk-go#873: the workspace API's 403 for an unknown token.
const DATABRICKS_403 =
  '< HTTP/2.0 403 Forbidden\n< * X-Databricks-Reason-Phrase: Invalid access token.\n< {\n<   "error_code": 403,\n<   "message": "Invalid access token."\n< }';
// Azure/sql-action#213: Azure SQL's 18456 for a token whose principal has no user.
const AZURE_SQL =
  "SqlCmd stderr: mssql: login error: Login failed for user '<token-identified principal>'.\nmssql: login error: Login failed for user '<token-identified principal>'.";
// istio/istio#40944's access log: Istio's deny-all for a CUSTOM policy it cannot use.
const ISTIO_BAD_CUSTOM =
  '[2022-09-30T11:31:37.335Z] "GET /headers HTTP/1.1" 403 - rbac_access_denied_matched_policy[default-deny-all-due-to-bad-CUSTOM-action] - "-" 0 19 0 - "-" "curl/7.85.0-DEV" "176ba93b-d2a5-9c58-97aa-cf4a7d70f30a" "httpbin.foo:8000" "-" inbound|80|| - 192.168.24.67:80 192.168.54.235:57754 outbound_.8000_._.httpbin.foo.svc.cluster.local -';
// cilium/cilium#13280: Cilium's L7 policy answers "Access denied" with 403.
const CILIUM = `$> kubectl exec -ti multitool -- curl -X GET -I http://10.244.1.170:80/status/200
HTTP/1.1 403 Forbidden
content-length: 15
content-type: text/plain
server: envoy

Access denied`;

describe('a product is named, not printed as its id', () => {
  it('catches: the MCP TypeScript SDK’s words name the SDK, not "mcp-sdk" (en and ja)', async () => {
    const f = await catches('oauth.invalid-client', MCP_TOKEN_EXCHANGE);
    expect(f.args).toMatchObject({ via: 'mcp-sdk' });
    // The SDK is the client that reports the refusal, not the authorization server that refused.
    expect(f.detail).toMatch(/^The authorization server \(as the MCP TypeScript SDK reports\) refused/);
    expect(f.detail).not.toContain('mcp-sdk');
    const d = await catches('oauth.discovery-failed', MCP_DISCOVERY);
    expect(d.detail).toContain('The client (the MCP TypeScript SDK)');
    const ja = await catches('oauth.discovery-failed', MCP_DISCOVERY, { locale: 'ja' });
    expect(ja.detail).toContain('（MCP TypeScript SDK）');
    expect(ja.detail).not.toContain('mcp-sdk');
  });
  it('catches not: an authorization server that answered itself is named as it (Supabase’s "Unrecognized client_id")', async () => {
    // supabase/mcp#355.
    const f = await catches(
      'oauth.invalid-client',
      '{"message":"Unrecognized client_id"}\n\n$ claude mcp list\nplugin:supabase:supabase: https://mcp.supabase.com/mcp (HTTP) - ! Needs authentication',
    );
    expect(f.detail).toMatch(/^The authorization server \(Supabase\) refused/);
  });
  it('catches: Kubernetes Dashboard’s MSG_LOGIN_UNAUTHORIZED_ERROR reads "(Kubernetes Dashboard)"', async () => {
    const f = await catches('token.missing', DASHBOARD);
    expect(f.detail).toContain('(Kubernetes Dashboard)');
    expect(f.detail).not.toContain('kubernetes-dashboard');
  });
  it('catches: a setup named by its product does not repeat the product’s id in brackets (en and ja)', async () => {
    const f = await catches('verifier.misconfigured', EG_REQUIREMENT);
    expect(f.detail).toMatch(/^Envoy’s jwt_authn filter looks/);
    const ja = await catches('verifier.misconfigured', EG_REQUIREMENT, { locale: 'ja' });
    expect(ja.detail).not.toContain('（envoy）');
  });
  it('catches: the Datadog Agent’s log of a refused API key reads "Refused by Datadog", the service that refused (en and ja)', async () => {
    // The Agent's forwarder health check (DataDog/datadog-agent#18909).
    const AGENT =
      '2023-08-21 05:41:55 UTC | CORE | ERROR | (comp/forwarder/defaultforwarder/forwarder_health.go:123 in healthCheckLoop) | No valid api key found, reporting the forwarder as unhealthy.';
    const f = await catches('challenge.invalid-token', AGENT);
    expect(f.args).toMatchObject({ via: 'datadog-agent' });
    expect(f.detail).toMatch(/^Refused by Datadog\./);
    const ja = await catches('challenge.invalid-token', AGENT, { locale: 'ja' });
    expect(ja.detail).toMatch(/^Datadog に拒否されました/);
  });
  it('catches not: a product that refused for itself is still the one named', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"errors":[{"message":"Authentication failure.","code":11,"moreInfo":""}]}',
    );
    expect(f.detail).toMatch(/^Refused by Backlog\./);
  });
  it('catches not: a library still prints as its id, how its users search for it', async () => {
    const f = await catches('time.expired', 'jsonwebtoken TokenExpiredError: jwt expired');
    expect(f.detail).toContain('(jsonwebtoken)');
  });
});

describe('a vendor’s refusal inside a 200 is not denied by "a 2xx is a success"', () => {
  it('catches: New Relic’s LicenseException in a 200 has no status.not-auth and no 2xx step', async () => {
    const r = await run(NEW_RELIC_200);
    expect(r.findings.map((f) => f.code)).toContain('challenge.invalid-token');
    expect(r.findings.map((f) => f.code)).not.toContain('status.not-auth');
    expect(r.nextSteps.join('\n')).not.toContain('A 2xx is a success');
  });
  it('catches: Slack’s ok:false invalid_auth in a 200 likewise', async () => {
    await catchesNot('status.not-auth', SLACK_200);
    await catches('challenge.invalid-token', SLACK_200);
  });
  it('catches not: a 200 beside a token with no vendor’s refusal keeps its note and its step', async () => {
    const ok = 'HTTP/1.1 200 OK\nContent-Type: application/json\n\n{"items":[]}';
    const f = await catches('status.not-auth', ok);
    expect(f.args).toMatchObject({ status: 200 });
    expect((await run(ok)).nextSteps.join('\n')).toContain('A 2xx is a success');
  });
});

describe('a product’s documented 403 for a refused credential is no contradiction', () => {
  it('catches: Databricks’ 403 "Invalid access token." has no status.mismatch and no "should answer 401" step', async () => {
    const r = await run(DATABRICKS_403);
    expect(r.classification).toBe('authentication');
    expect(r.findings.map((f) => f.code)).not.toContain('status.mismatch');
    expect(r.nextSteps.join('\n')).not.toContain('should answer 401');
  });
  it('catches not: a plain server’s invalid_token on a 403 is still a mismatch', async () => {
    await catches(
      'status.mismatch',
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    );
  });
});

describe('a detail that names the cause does not say it names none', () => {
  it('catches: Azure SQL’s 18456 reads as a refused login with its cause (en and ja)', async () => {
    const f = await catches('challenge.invalid-token', AZURE_SQL);
    expect(f.detail).toMatch(/^Azure SQL Database refused the login \(error 18456/);
    expect(f.detail).not.toContain('names no cause');
    expect(f.detail).not.toContain('invalid_token');
    const ja = await catches('challenge.invalid-token', AZURE_SQL, { locale: 'ja' });
    expect(ja.detail).not.toContain('原因を示さない');
  });
  it('catches: Action Cable’s rejected connection is its connect handler finding no credential, not a bad token', async () => {
    // Action Cable logs this line on reject_unauthorized_connection (rails/rails#32128).
    const f = await catches('challenge.invalid-token', 'An unauthorized connection attempt was rejected');
    expect(f.detail).toContain('The app’s own connection handler refused the connection');
    expect(f.detail).not.toContain('expired, revoked, malformed or badly signed');
    const ja = await catches('challenge.invalid-token', 'An unauthorized connection attempt was rejected', {
      locale: 'ja',
    });
    expect(ja.detail).toContain('接続ハンドラー');
  });
  it('catches: Ably’s 40102 (a clientId not the token’s) is not called an expired or badly signed token (en and ja)', async () => {
    // ably/ably-js#311: the connection state change ably-js logs.
    const ABLY =
      'Connection failed: {"previous":"connecting","current":"failed","reason":{"message":"Mismatched clientId for existing connection","code":40102,"statusCode":401}}';
    const f = await catches('challenge.invalid-token', ABLY);
    expect(f.detail).toContain('its error code says which check failed');
    expect(f.detail).not.toContain('expired, revoked, malformed or badly signed');
    const ja = await catches('challenge.invalid-token', ABLY, { locale: 'ja' });
    expect(ja.detail).toContain('エラーコード');
  });
  it('catches not: a generic refusal of a token keeps the token’s causes', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    );
    expect(f.detail).toContain('The token is expired, revoked, malformed or badly signed.');
  });
});

describe('one piece of advice is given once', () => {
  it('catches: Istio’s deny-all for a bad CUSTOM policy gives its own step, not also Envoy’s generic one', async () => {
    const r = await run(ISTIO_BAD_CUSTOM);
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('action CUSTOM');
    expect(steps).not.toContain('Look at Envoy’s own authorization rules');
  });
  it('catches: Cilium’s "Access denied" gives its policy step once', async () => {
    const r = await run(CILIUM);
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('CiliumNetworkPolicy');
    expect(steps).not.toContain('Look at Cilium’s own authorization rules');
  });
  it('catches not: a CUSTOM policy shown in the paste keeps both its step and the RBAC debug step', async () => {
    const r = await run(
      'apiVersion: security.istio.io/v1\nkind: AuthorizationPolicy\nspec:\n  action: CUSTOM\n  provider:\n    name: oauth2-proxy\n---\n$ curl -i https://app.example.com/\nHTTP/1.1 403 Forbidden\nserver: istio-envoy\n\nRBAC: access denied',
    );
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('The paste shows an AuthorizationPolicy with action CUSTOM');
    expect(steps).toContain('Find the Envoy RBAC policy that denied it');
  });
});
