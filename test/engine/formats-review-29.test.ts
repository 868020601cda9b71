/**
 * Round review-29: the reports this stop's rounds changed, read as an on-call engineer would. A gRPC status is named
 * gRPC, not printed as its id; a decision is quoted once; a block page's "this is not a token problem" is not followed
 * by a step about the gateway's JWT settings; a gateway that checks a credential of its own (3scale APIcast) points to
 * where that credential is set; a Japanese report's evidence note is in Japanese.
 */
import { describe, expect, it } from 'vitest';
import { PRODUCT_JA } from '../../src/messages/ja/findings.js';
import { PRODUCT_NAME_LIST, productName } from '../../src/messages/product-names.js';
import { catches, run } from '../helpers/catches.js';

// spiceai/spiceai#764: a Rust client's call refused, as tonic's Status prints it, no service named.
const TONIC_DENIED =
  'Unable to publish data to SpiceAI: Unable to query: status: PermissionDenied, message: "Permission denied", details: [], metadata: MetadataMap { headers: {"content-type": "application/grpc"} }';
// netbirdio/netbird#4249: the management server answering a login without a setup key or SSO.
const NETBIRD =
  '2025-07-30T09:20:07+02:00 ERRO management/client/grpc.go:349: failed to login to Management Service: rpc error: code = PermissionDenied desc = no peer auth method provided, please use a setup key or interactive SSO login';
// elastic/apm-server interceptors/auth.go: the authorizer's PermissionDenied "unauthorized", APM Server named.
const APM_DENIED =
  '{"log.level":"error","message":"failed to publish events: rpc error: code = PermissionDenied desc = unauthorized","service.name":"elastic-agent"}';
// Ory Keto's API reference, CheckPermissionResult: "The content of the allowed field is mirrored in the HTTP status code".
const KETO = 'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"allowed":false}';
// help.zscaler.com/zia, "About Acceptable Use Policy and End User Notifications": the block notification's sentence.
const ZSCALER =
  'HTTP/1.1 403 Forbidden\nContent-Type: text/html\n\n<html><body><h1>Access Denied</h1><p>Your organization has selected Zscaler to protect you from internet threats.</p></body></html>';
// cloudflare/cloudflare-docs, support/troubleshooting/cloudflare-errors/troubleshooting-cloudflare-1xxx-errors.mdx: the
// 1xxx errors in the body of a response Cloudflare answered itself (1020, a firewall rule's block), with the ray id.
const CLOUDFLARE_1020 =
  '< HTTP/2 403\n< server: cloudflare\n< cf-ray: 8f3c1a2e9b7d4c21-NRT\n< content-type: text/plain; charset=UTF-8\n<\nerror code: 1020';
// 3scale/APIcast#811; the per-service settings of 3scale's generated nginx Lua configuration, error_auth_failed =
// 'Authentication failed' and error_auth_missing = 'Authentication parameters missing' (text/plain; charset=us-ascii).
const APICAST_403 =
  '$ curl -i "https://api-3scale-apicast-production.apps.example.com/orders?user_key=0123456789abcdef0123456789abcdef"\nHTTP/1.1 403 Forbidden\nServer: openresty\nContent-Type: text/plain; charset=us-ascii\n\nAuthentication failed';
const APICAST_401 =
  '$ curl -i https://api-3scale-apicast-staging.apps.example.com/orders\nHTTP/1.1 401 Unauthorized\nServer: openresty\nContent-Type: text/plain; charset=us-ascii\n\nAuthentication parameters missing';
// A Java filter's AbstractMap.toString of the request's headers (left-cc's header-map reader), with no Authorization.
const HEADER_MAP =
  '2026-05-28 14:09:58.123 DEBUG [http-nio-8080-exec-1] c.e.AuthFilter - request headers: {Accept=[*/*], User-Agent=[okhttp/4.12.0], Host=[api.example.com]}\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"';

describe('a gRPC status is named gRPC, as its makers write it', () => {
  it('catches: a refused call with no service named reads "(gRPC)" (en and ja)', async () => {
    const f = await catches('policy.deny', TONIC_DENIED);
    expect(f.args).toMatchObject({ via: 'grpc' });
    expect(f.detail).toContain('(gRPC)');
    expect(f.detail).not.toContain('(grpc)');
    const ja = await catches('policy.deny', TONIC_DENIED, { locale: 'ja' });
    expect(ja.detail).toContain('gRPC');
    expect(ja.detail).not.toMatch(/\bgrpc\b/);
  });
  it('catches: "The verifier says it received no token (gRPC)" for a call with no credential', async () => {
    const f = await catches('token.missing', NETBIRD);
    expect(f.detail).toContain('(gRPC)');
  });
  it('catches not: a service the paste names keeps its own name', async () => {
    const f = await catches('policy.deny', APM_DENIED);
    expect(f.detail).toContain('(Elastic APM Server)');
    expect(f.detail).not.toContain('gRPC');
  });
});

describe('a decision is quoted once', () => {
  it('catches: Ory Keto’s {"allowed":false} reads "allowed: false", not ""allowed": false"', async () => {
    const f = await catches('policy.deny', KETO);
    expect(f.args).toMatchObject({ via: 'ory-keto', decision: 'allowed: false' });
    expect(f.detail).toContain('(Ory Keto): "allowed: false".');
    expect(f.detail).not.toContain('""');
  });
  it('catches not: Amazon Verified Permissions’ decision keeps its words', async () => {
    // docs.aws.amazon.com/verifiedpermissions/latest/apireference/API_IsAuthorized.html: decision and determiningPolicies.
    const f = await catches(
      'policy.deny',
      '$ aws verifiedpermissions is-authorized --policy-store-id PSEXAMPLEabcdefg111111 --principal entityType=User,entityId=alice --action actionType=Action,actionId=view --resource entityType=Photo,entityId=VacationPhoto94.jpg\n{\n    "decision": "DENY",\n    "determiningPolicies": [],\n    "errors": []\n}',
    );
    expect(f.detail).toContain('"DENY, no determining policies"');
  });
});

describe('a block page is not followed by a step about the gateway’s JWT settings', () => {
  it('catches: Zscaler’s block page gives its own step, not "authorizer/JWT configuration"', async () => {
    const r = await run(ZSCALER);
    // left-dd: the block names who answered; the same front door's page is no second finding beside it.
    expect(r.findings.map((f) => f.code)).toEqual(['proxy.waf-block']);
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('Zscaler admins');
    expect(steps).not.toContain('authorizer/JWT configuration');
  });
  it('catches: Cloudflare’s WAF block (1020) gives the WAF event log step alone (en and ja)', async () => {
    const r = await run(CLOUDFLARE_1020);
    expect(r.nextSteps).toEqual([
      'Look up the block in the WAF’s event log (ray ID / request ID) and adjust the rule or the request.',
    ]);
    expect((await run(CLOUDFLARE_1020, { locale: 'ja' })).nextSteps).toHaveLength(1);
  });
  it('catches not: Cloudflare answering with no block keeps its step', async () => {
    const r = await run('HTTP/2 401\nserver: cloudflare\ncf-ray: 8f3c1a2e9b7d4c21-NRT\n\n{"error":"unauthorized"}');
    expect(r.findings.map((f) => f.code)).toContain('proxy.gateway-response');
    expect(r.nextSteps.join('\n')).toContain('Look at Cloudflare’s log');
  });
});

describe('a gateway that checks its own credential points to where it is set', () => {
  it('catches: APIcast’s "Authentication failed" has its Integration step once, no JWT settings step', async () => {
    const r = await run(APICAST_403);
    const steps = r.nextSteps.join('\n');
    expect(steps.match(/Integration → Settings/g)).toHaveLength(1);
    expect(steps).not.toContain('authorizer/JWT configuration');
  });
  it('catches: APIcast’s "Authentication parameters missing" says where the product takes its credential (en and ja)', async () => {
    const steps = (await run(APICAST_401)).nextSteps.join('\n');
    expect(steps).toContain('Integration → Settings');
    expect(steps).not.toContain('authorizer/JWT configuration');
    const ja = (await run(APICAST_401, { locale: 'ja' })).nextSteps.join('\n');
    expect(ja).toContain('Integration → Settings');
    expect(ja).not.toContain('JWT の設定');
  });
  it('catches: APIcast’s log "no credentials provided for service" says where the product takes its credential, not "attach the token"', async () => {
    // 3scale/APIcast#811: the log line of a request without the product's credential.
    const r = await run(
      '2018/07/12 08:09:16 [info] 28#28: *3357 [lua] errors.lua:4: rewrite(): no credentials provided for service 2555417724260 while sending to client, client: 10.128.0.1, server: _, request: "GET /favicon.ico HTTP/1.1", host: "api-3scale-apicast-staging.example.com"',
    );
    expect(r.findings[0]).toMatchObject({ code: 'token.missing', args: { via: 'apicast' } });
    expect(r.nextSteps[0]).toMatch(/^In the 3scale Admin Portal, open the product’s Integration → Settings/);
    expect(r.nextSteps.join('\n')).not.toContain('attaches the token');
  });
  it('catches not: an RPC framework’s "no bearer token provided" keeps the request step (Twirp)', async () => {
    const r = await run('Error: Received unexpected error:\n    twirp error unauthenticated: no bearer token provided');
    expect(r.nextSteps.join('\n')).toContain('Authorization: Bearer <token>');
    expect(r.nextSteps.join('\n')).not.toContain('3scale');
  });
  it('catches not: a gateway with no credential of its own keeps the JWT settings step (an ALB’s own 401 page)', async () => {
    const r = await run(
      'HTTP/2 401\nserver: awselb/2.0\ncontent-type: text/html\n\n<html>\n<head><title>401 Authorization Required</title></head>\n<body>\n<center><h1>401 Authorization Required</h1></center>\n</body>\n</html>',
    );
    const steps = r.nextSteps.join('\n');
    // Round left-ll: the ALB's own steps, its authenticate action's session cookie and its JWT verification settings.
    expect(steps).toContain('If the rule verifies JWTs');
    expect(steps).not.toContain('Integration → Settings');
  });
});

describe('a Japanese report’s evidence note is in Japanese', () => {
  it('catches: a header map with no Authorization is noted in Japanese (ja)', async () => {
    const f = await catches('authz-header.missing', HEADER_MAP, { locale: 'ja' });
    expect(f.evidence).toBe('リクエストヘッダーあり、Authorization なし');
  });
  it('catches not: the English note is unchanged (en)', async () => {
    const f = await catches('authz-header.missing', HEADER_MAP);
    expect(f.evidence).toBe('request headers shown, none is Authorization');
  });
});

describe('one English sentence that lost a word', () => {
  it('catches: Anthropic’s permission_error step says what was refused', async () => {
    const r = await run(
      'API Error: 403 {"type":"error","error":{"type":"permission_error","message":"Permission denied"},"request_id":"req_011CaH53rCYtDAVnwhLQvkuc"}',
    );
    expect(r.nextSteps[0]).toMatch(/^Anthropic accepted the credential and refused it access to this resource:/);
  });
});

describe('a product named by an English phrase has Japanese words', () => {
  it('every name that is an English phrase ("the …", "…’s …") has ja’s own words', () => {
    const worded = new Set(Object.keys(PRODUCT_JA).map(productName));
    const phrases = PRODUCT_NAME_LIST.filter((n) => /^the |’s /.test(n));
    expect(phrases.filter((n) => !worded.has(n))).toEqual([]);
  });
  it('catches: the Bot Framework SDK’s and the Bot Connector’s refusals in Japanese carry no "the" (ja)', async () => {
    // microsoft/BotFramework-WebChat#2391; MicrosoftDocs/bot-docs#1548.
    const aud = await catches(
      'claim.aud-mismatch',
      'BotFrameworkAdapter.processActivity(): 401 ERROR - Error: Unauthorized. Invalid AppId passed on token: 3f2a9c1e-7b44-4d2a-9e51-0c8f6a2d1b77',
      { locale: 'ja' },
    );
    expect(aud.detail).toContain('（Bot Framework SDK）');
    const connector = await catches(
      'challenge.invalid-token',
      '{\n  "message": "Authorization has been denied for this request.",\n  "statusCode": 401,\n  "request": { "serviceUrl": "https://smba.trafficmanager.net/apis/" }\n}',
      { locale: 'ja' },
    );
    expect(connector.detail).toMatch(/^Bot Connector に拒否されました/);
  });
  it('catches not: the English report keeps the article (en)', async () => {
    const aud = await catches(
      'claim.aud-mismatch',
      'BotFrameworkAdapter.processActivity(): 401 ERROR - Error: Unauthorized. Invalid AppId passed on token: 3f2a9c1e-7b44-4d2a-9e51-0c8f6a2d1b77',
    );
    expect(aud.detail).toContain('(the Bot Framework SDK)');
  });
});

describe('a CDN that carried a product’s own refusal is not said to have answered', () => {
  // ag5826000/resume-commentor#4: groq-sdk's AuthenticationError as Node prints it, with Groq's response headers.
  const GROQ =
    "AuthenticationError: 401 {\"error\":{\"message\":\"Invalid API Key\",\"type\":\"invalid_request_error\",\"code\":\"invalid_api_key\"}}\nstatus: 401,\n  headers: {\n    'cf-cache-status': 'DYNAMIC',\n    'content-type': 'application/json',\n    server: 'cloudflare',\n    'x-groq-region': 'us-west-1',\n    'x-request-id': 'req_01jngbvsctfy0bmjw87yea904b'\n  }\n}";
  it('catches: Groq’s own refusal through Cloudflare has no "Cloudflare may have answered" and no JWT-settings step', async () => {
    const r = await run(GROQ);
    expect(r.findings[0]).toMatchObject({ code: 'challenge.invalid-token', args: { via: 'groq' } });
    expect(r.findings.map((f) => f.code)).not.toContain('proxy.gateway-response');
    expect(r.nextSteps.join('\n')).not.toContain('authorizer/JWT configuration');
  });
  it('catches: SendGrid’s own words behind nginx likewise', async () => {
    const r = await run(
      'HTTP/1.1 401 Unauthorized\nServer: nginx\nContent-Type: application/json\n\n{"errors":[{"message":"The provided authorization grant is invalid, expired, or revoked","field":null,"help":null}]}',
    );
    expect(r.findings.map((f) => f.code)).not.toContain('proxy.gateway-response');
  });
  it('catches not: the same headers with no product’s words keep the hedged gateway finding', async () => {
    const r = await run('HTTP/1.1 401 Unauthorized\nServer: nginx\nContent-Type: application/json\n\n{"ok":false}');
    expect(r.findings.map((f) => f.code)).toContain('proxy.gateway-response');
  });
});
