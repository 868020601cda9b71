/**
 * Round left-dd: what this stop's first rounds left. Each row cites the source of its shape; catch-not rows are the near
 * misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';

/** A report's every word, in both formats' fields, to look for a key in. */
async function everything(paste: string): Promise<string> {
  const en = await run(paste);
  const ja = await run(paste, { locale: 'ja' });
  return JSON.stringify([en, ja]);
}

const openaiStyle = (key: string) =>
  `openai.AuthenticationError: Error code: 401 - {'error': {'message': 'Incorrect API key provided: ${key}. You can find your API key at https://platform.openai.com/account/api-keys.', 'type': 'invalid_request_error', 'param': None, 'code': 'invalid_api_key'}}`;

describe('sk- keys in lower-case hex, quoted by an OpenAI-compatible API’s refusal', () => {
  // An OpenRouter key is sk-or-v1- and 64 lower-case hex (its key checkers test `^sk-or-v1-[a-f0-9]{64}$`); a
  // DeepSeek key sk- and 32: neither mixes cases, so the random-value readers let them through (audit-ad's report).
  it.each([
    ['an OpenRouter key', 'sk-or-v1-3f9a1c2be4d5a6b7c8d9e0f1a2b3c4d5e6f708192a3b4c5d6e7f8091a2b3c4d'],
    ['a bare sk- key of 32 hex', 'sk-4f2a9c0e1b7d4e5f8a6b3c2d1e0f9a8b'],
    ['a key of two prefixes and mixed case', 'sk-abc-v2-Q3f9a1c2be4d5a6b7c8d9e0f1a2b3c4d5e6f70'],
  ])('never shown: %s', async (_name, key) => {
    const paste = openaiStyle(key);
    expect((await catches('challenge.invalid-token', paste)).args).toMatchObject({ via: 'openai' });
    const all = await everything(paste);
    expect(all).not.toContain(key);
    expect(all).not.toContain(key.slice(-16));
  });

  it('catches not: a masked echo stays as the API wrote it (no secret, and its ends tell which key was sent)', async () => {
    for (const masked of [
      'sk-VKMI************************************wjh3',
      'sk-or-v1-abc1****************************************************def9',
    ])
      expect(await everything(openaiStyle(masked))).toContain(masked);
  });

  it('catches not: sk- inside a word (a disk’s hex id in the evidence)', async () => {
    const line = 'ERROR 401 Unauthorized: volume disk-0123456789abcdef0123456789abcdef not attached';
    expect(await everything(line)).toContain('disk-0123456789abcdef0123456789abcdef');
  });
});

describe('a gateway that refused for a credential of its own leads, not a missing Authorization header', () => {
  // 3scale/APIcast gateway/src/apicast/configuration/service.lua's default error_auth_missing, with its
  // `text/plain; charset=us-ascii` (audit-af's row): the product's user_key, app_id and app_key, or its OIDC token.
  const APICAST =
    'curl -i https://api.example.com/v1/orders\nHTTP/1.1 401 Unauthorized\nServer: openresty\nContent-Type: text/plain; charset=us-ascii\n\nAuthentication parameters missing';

  it('catches: APIcast’s "Authentication parameters missing" says which credentials it takes', async () => {
    const r = await run(APICAST);
    expect(r.findings.map((f) => f.code)).not.toContain('authz-header.missing');
    expect(r.findings[0]?.args).toMatchObject({ product: '3scale APIcast', beforeToken: true });
    const missing = await catches('token.missing', APICAST);
    expect(missing.args).toMatchObject({ via: 'apicast' });
    expect(missing.title).toContain('3scale APIcast');
    const steps = r.nextSteps.join('\n');
    expect(steps).toContain('user_key');
    expect(steps).not.toContain('Authorization: Bearer');
    expect(steps).not.toContain('JWKS');
    const ja = await run(APICAST, { locale: 'ja' });
    expect(ja.findings.find((f) => f.code === 'token.missing')?.title).toContain('3scale APIcast');
    expect(ja.nextSteps.join('\n')).toContain('Integration → Settings');
  });

  // learn.microsoft.com azure/application-gateway/json-web-token-overview: its JWT validation's Deny answers 401; its
  // own 403 page is its WAF's block or its own refusal (audit-af's rows).
  const APP_GATEWAY_PAGE =
    'Server: Microsoft-Azure-Application-Gateway/v2\nContent-Type: text/html\n\n<html>\n<head><title>403 Forbidden</title></head>\n<body>\n<center><h1>403 Forbidden</h1></center>\n<hr><center>Microsoft-Azure-Application-Gateway/v2</center>\n</body>\n</html>';

  it('catches: Application Gateway’s own 403 page to a curl that sent no token', async () => {
    const r = await run(`curl -i https://api.example.com/v1/orders\nHTTP/1.1 403 Forbidden\n${APP_GATEWAY_PAGE}`);
    expect(r.findings.map((f) => f.code)).not.toContain('authz-header.missing');
    expect(r.nextSteps[0]).toContain('ApplicationGatewayFirewallLog');
  });

  it('catches not: its 401 (its JWT validation’s) still asks for the header; a plain application body names no APIcast', async () => {
    const page = APP_GATEWAY_PAGE.replaceAll('403 Forbidden', '401 Unauthorized');
    await catches(
      'authz-header.missing',
      `curl -i https://api.example.com/v1/orders\nHTTP/1.1 401 Unauthorized\n${page}`,
    );
    const plain = await run(
      'curl -i https://api.example.com/v1/orders\nHTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nAuthentication parameters missing',
    );
    expect(plain.findings.map((f) => f.code)).toContain('authz-header.missing');
  });
});

describe('WSO2’s 900900: its key manager, not the caller’s token', () => {
  // wso2/product-apim#11544 (a 500 with this body), #9286 (the XML fault with Keycloak), wso2/api-manager#4227.
  it.each([
    [
      'the JSON fault on a 500',
      'HTTP/1.1 500 Internal Server Error\nContent-Type: application/json\n\n{"fault":{"code":900900,"message":"Unclassified Authentication Failure","description":"Error while accessing backend services for API key validation"}}',
    ],
    [
      'the XML fault',
      '<ams:fault xmlns:ams="http://wso2.org/apimanager/security"><ams:code>900900</ams:code><ams:message>Unclassified Authentication Failure</ams:message><ams:description>Error while accessing backend services for API key validation</ams:description></ams:fault>',
    ],
    [
      'the gateway’s log line',
      'ERROR {org.wso2.carbon.apimgt.gateway.handlers.security.APIAuthenticationHandler} - API authentication failure due to Unclassified Authentication Failure',
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('verifier.misconfigured', paste);
    expect(f.args).toMatchObject({ via: 'wso2', setup: 'wso2-key-manager' });
    const r = await run(paste);
    expect(r.findings[0]?.code).toBe('verifier.misconfigured');
    expect(r.nextSteps[0]).toContain('APIAuthenticationHandler');
    expect((await run(paste, { locale: 'ja' })).nextSteps.join('\n')).toContain('キーマネージャー');
  });

  it.each([
    [
      'the words with nothing of WSO2’s',
      'HTTP/1.1 401 Unauthorized\n\n{"error":"Unclassified Authentication Failure"}',
    ],
    ['another casing', 'HTTP/1.1 500\n\n{"code":900900,"message":"unclassified authentication failure"}'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.via === 'wso2')).toEqual([]);
  });
});

describe('Temporal’s "Request unauthorized.": a refused token or a denied call, said so', () => {
  // common/authorization/interceptor.go answers errUnauthorized to both (audit-ag's row); the temporal CLI's line.
  it('catches: the bare words say either, not a policy for certain', async () => {
    const paste = 'Error: 7 PERMISSION_DENIED: Request unauthorized. temporal workflow list --namespace payments';
    const f = await catches('policy.deny', paste);
    expect(f.args).toMatchObject({ via: 'temporal', eitherCause: true });
    expect(f.title).toContain('its token or its permissions');
    expect(f.title).not.toContain('policy denies');
    expect(f.detail).toContain('claim mapper');
    const ja = (await run(paste, { locale: 'ja' })).findings[0];
    expect(ja?.title).toContain('トークンか権限');
  });

  // temporalio/sdk-typescript#1765: Temporal Cloud's PermissionDeniedFailure names the caller's permissions.
  it('catches not: a reason in its details is a denial, named', async () => {
    const paste =
      'Status { code: PermissionDenied, message: "Request unauthorized.", details: b"\\x08\\x07\\x12\\x15Request unauthorized.\\x1a\\x8d\\x01\\nHtype.googleapis.com/temporal.api.errordetails.v1.PermissionDeniedFailure\\x12A\\n?caller has insufficient permissions for namespace \'payments\'", metadata: MetadataMap { headers: {"server": "temporal"} } }';
    const f = await catches('policy.deny', paste);
    expect(f.args.eitherCause).toBeUndefined();
    expect(f.args.decision).toBe("caller has insufficient permissions for namespace 'payments'");
  });
});

describe('a product that stated its own refusal answered: an intermediary warning needs evidence of its own', () => {
  // Cloudflare's 1020 page (its WAF's block, proxy-texts.ts): the block names who answered and why.
  it('catches not: no "Cloudflare answered" warning beside its own WAF block', async () => {
    const paste =
      'HTTP/1.1 403 Forbidden\nServer: cloudflare\nCF-RAY: 8a1b2c3d4e5f6789-FRA\nContent-Type: text/plain\n\nerror code: 1020';
    const r = await run(paste);
    expect(r.findings.map((f) => f.code)).toContain('proxy.waf-block');
    expect(r.findings.map((f) => f.code)).not.toContain('proxy.gateway-response');
    expect(r.nextSteps.join('\n')).not.toContain('JWKS');
  });

  // Groq's body (ai-apis.ts row: ag5826000/resume-commentor#4, nark/WiredSwift#44) behind Cloudflare's headers.
  it('catches not: "Cloudflare may have answered" beside Groq’s refusal in its own words', async () => {
    const paste =
      'curl -i https://api.groq.com/openai/v1/models -H "Authorization: Bearer gsk_abc"\nHTTP/2 401\ncontent-type: application/json\nserver: cloudflare\ncf-ray: 8a1b2c3d4e5f6789-FRA\n\n{"error":{"message":"Invalid API Key","type":"invalid_request_error","code":"invalid_api_key"}}';
    const r = await run(paste);
    expect(r.findings[0]?.args).toMatchObject({ via: 'groq' });
    expect(r.findings.map((f) => f.code)).not.toContain('proxy.gateway-response');
    expect(r.findings.map((f) => f.code)).not.toContain('token.opaque');
  });

  // Tyk's MsgApiAccessDisallowed (gateway/handler_error.go): its key's access rights refused the API.
  it('catches not: an opaque-token warning beside Tyk’s own policy denial', async () => {
    const paste =
      'curl -i -H "Authorization: Bearer 5f1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d" https://gw.example.com/orders/\nHTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Generator: tyk.io\n\n{\n    "error": "Access to this API has been disallowed"\n}';
    const r = await run(paste);
    expect(r.findings[0]?.code).toBe('policy.deny');
    expect(r.findings.map((f) => f.code)).not.toContain('token.opaque');
    // Kong's ACL plugin, "You cannot consume this service" (its consumer identified by its key, then refused).
    const kong =
      'curl -i -H "Authorization: Bearer 5f1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d" https://kong.example.com/orders\nHTTP/1.1 403 Forbidden\nServer: kong/3.4.2\nContent-Type: application/json\n\n{"message":"You cannot consume this service"}';
    expect((await run(kong)).findings.map((f) => f.code)).not.toContain('token.opaque');
  });

  it('catches: the intermediary’s warning where nothing else says who answered; a key of a known form is still named', async () => {
    const bare = 'HTTP/1.1 401 Unauthorized\nServer: cloudflare\nCF-RAY: 8a1b2c3d4e5f6789-FRA\nContent-Length: 0';
    expect((await catches('proxy.gateway-response', bare)).args).toMatchObject({ product: 'Cloudflare' });
    // Sent to another API (SendGrid's own refusal of it needs no token.opaque: round left-kk).
    const sendgrid =
      'curl -i -H "Authorization: Bearer SG.Zk3pQ9rT2vXw8yB1nM4cLd.Hj7Ks2Fq9Wx3Lp8Rt6Vb1Nm5Cz0Qa4Ye7Ui2Oo9Pp3Ss" https://api.example.com/orders\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"';
    expect((await catches('token.opaque', sendgrid)).args).toMatchObject({ key: 'sendgrid-api-key' });
    const opaque =
      'curl -i -H "Authorization: Bearer 5f1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d" https://api.example.com/orders\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"';
    await catches('token.opaque', opaque);
  });
});

describe('graphql-ws’s 4400 is a protocol mismatch: it classifies nothing unless its reason names a credential', () => {
  // enisdenjo/graphql-ws PROTOCOL.md: 4400 "<error-message>" for a message the server could not accept; PR #2, an
  // error thrown in onConnect is the reason (left-cc's rows).
  it.each([
    ['the protocol’s own reason', 'Error: Socket closed with event 4400 Invalid message received'],
    ['a bare Bad request', 'status = StatusCode(4400) and reason = "Bad request"'],
  ])('catches: %s is undetermined', async (_name, paste) => {
    await catches('challenge.invalid-request', paste);
    expect((await run(paste)).classification).toBe('undetermined');
  });

  it.each([
    ['a reason naming the token', 'Error: Socket closed with event 4400 Invalid token: jwt expired'],
    ['4401', 'Error: Socket closed with event 4401 Unauthorized'],
  ])('catches not: %s stays authentication', async (_name, paste) => {
    expect((await run(paste)).classification).toBe('authentication');
  });
});
