/**
 * Round audit-mcp: MCP (Model Context Protocol) clients and servers refusing a token. Each leg of an MCP client's OAuth
 * is its own failure: the server's metadata (discovery), the client's registration, the token endpoint, and the MCP
 * server judging the token. Pastes from public threads (sources beside each; secrets made up); the rows' own sources in
 * src/engine/parse/verifier-messages/mcp.ts.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('the token endpoint refusing an MCP client’s registration (oauth.invalid-client, dynamicClient)', () => {
  // punkpeye/mcp-remote#30: mcp-remote's log of the SDK's token exchange.
  const mcpRemote = [
    '[48853] Auth code received, resolving promise',
    '[48853] Completing authorization...',
    '[48853] Authorization error: Error: Token exchange failed: HTTP 401',
    '    at exchangeAuthorization (file:///Users/glenn/.npm/_npx/705d23756ff7dacc/node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js:173:15)',
    '    at async SSEClientTransport.finishAuth (file:///Users/glenn/.npm/_npx/705d23756ff7dacc/node_modules/@modelcontextprotocol/sdk/dist/esm/client/sse.js:121:24)',
  ].join('\n');

  it('catches: mcp-remote’s token exchange 401, and no missing token (mcp-remote#30)', async () => {
    const f = await catches('oauth.invalid-client', mcpRemote);
    expect(f.args).toMatchObject({ via: 'mcp-sdk', dynamicClient: true });
    await catchesNot('token.missing', mcpRemote);
    const { nextSteps } = await run(mcpRemote);
    expect(nextSteps[0]).toContain('~/.mcp-auth');
  });

  it('catches: use-mcp’s callback in the browser (iannuttall/mcp-boilerplate#4)', async () => {
    const paste = [
      '[info] Received auth callback message. {"type":"mcp_auth_callback","success":false,"error":"Token exchange failed: HTTP 401"}',
      '[error] Authentication failed in callback: Token exchange failed: HTTP 401 ""',
    ].join('\n');
    const f = await catches('oauth.invalid-client', paste);
    expect(f.args).toMatchObject({ dynamicClient: true });
  });

  it('catches: the SDK’s non-OAuth 401 body at the code exchange (anthropics/claude-code#83679)', async () => {
    const paste = [
      '2026-08-20T17:31:25.217Z [DEBUG] MCP server "mymcp": Using pre-configured client ID',
      '2026-08-20T17:31:25.447Z [DEBUG] MCP server "mymcp": Error during auth completion: drt: HTTP 401: Invalid OAuth error response: ZodError: [',
      '  {',
      '    "expected": "object",',
      '    "code": "invalid_type",',
      '    "path": [],',
      '    "message": "Invalid input: expected object, received array"',
      '  }',
      `]. Raw body: [{"logref":"59ae17fe364f48758731f948b4a55eb8","message":"Error : 'Fetch token call failed Bad credentials'"}]`,
    ].join('\n');
    await catches('oauth.invalid-client', paste);
    await catchesNot('token.missing', paste);
  });

  it('catches: the Python SDK’s authorization endpoint, not an invalid_request (PrefectHQ/fastmcp#2027)', async () => {
    const paste = [
      `{"error":"invalid_request","error_description":"Client ID 'c24c4da9-cc66-4c69-8f02-03c803ff1e4e' not found","state":"fXUoAbVwcAzGPBm8Qyrw6A=="}`,
      '',
      'INFO:     127.0.0.1:50327 - "POST /mcp HTTP/1.1" 401 Unauthorized',
      'INFO:     127.0.0.1:50328 - "GET /.well-known/oauth-protected-resource HTTP/1.1" 200 OK',
      'INFO:     127.0.0.1:50333 - "GET /authorize?client_id=c24c4da9-cc66-4c69-8f02-03c803ff1e4e&response_type=code HTTP/1.1" 400 Bad Request',
    ].join('\n');
    const f = await catches('oauth.invalid-client', paste);
    expect(f.args).toMatchObject({ via: 'mcp-python-sdk', dynamicClient: true });
    await catchesNot('challenge.invalid-request', paste);
  });

  it('catches: Supabase’s hosted MCP server (supabase/mcp#355)', async () => {
    const paste = [
      '{"message":"Unrecognized client_id"}',
      '',
      '$ claude mcp list',
      'plugin:supabase:supabase: https://mcp.supabase.com/mcp (HTTP) - ! Needs authentication',
    ].join('\n');
    const f = await catches('oauth.invalid-client', paste);
    expect(f.args).toMatchObject({ via: 'supabase', dynamicClient: true });
  });

  it('says it in Japanese too', async () => {
    const text = renderText(await run(mcpRemote, { locale: 'ja' }));
    expect(text).toContain('認可サーバーがクライアントの登録を認識しなくなっています');
    expect(text).toContain('~/.mcp-auth');
  });

  it('catches not: a token exchange’s 401 with no MCP client named keeps the secret step', async () => {
    const report = await run('Error: Token exchange failed: HTTP 401');
    expect(report.findings.find((x) => x.code === 'oauth.invalid-client')).toBeUndefined();
  });

  it('catches not: a confidential client’s invalid_client keeps its secret step', async () => {
    const f = await catches(
      'oauth.invalid-client',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"error":"invalid_client","error_description":"Invalid client or Invalid client credentials"}',
    );
    expect(f.args).not.toHaveProperty('dynamicClient');
  });
});

describe('an MCP server refusing the token it was given', () => {
  // danny-avila/LibreChat#12254: FastMCP's reply quoted inside LibreChat's JSON log line.
  const libreChat = String.raw`2026-03-15T22:59:33.113Z	{"code":401,"level":"error","message":"[MCP][User: 6736c195266216764eecdf43][speedy-mcp] Failed to establish connection Streamable HTTP error: Error POSTing to endpoint: {\"error\": \"invalid_token\", \"error_description\": \"Authentication failed. The provided bearer token is invalid, expired, or no longer recognized by the server. To resolve: clear authentication tokens in your MCP client and reconnect. Your client should automatically re-register and obtain new tokens.\"}","timestamp":"2026-03-15T22:59:33.112Z"}`;

  it('catches: FastMCP’s invalid_token inside a log line, not a missing token (LibreChat#12254)', async () => {
    const f = await catches('challenge.invalid-token', libreChat);
    expect(f.args).toMatchObject({ via: 'fastmcp' });
    await catchesNot('token.missing', libreChat);
    const { nextSteps } = await run(libreChat);
    expect(nextSteps[0]).toContain('Clear the MCP client’s saved tokens');
  });

  it('catches: requireBearerAuth’s “Token has no expiration time” names the verifier’s AuthInfo (claude-ai-mcp#912)', async () => {
    const paste = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="Token has no expiration time", resource_metadata="https://mcp.acme-corp.com/.well-known/oauth-protected-resource/mcp"',
      'Content-Type: application/json',
      '',
      '{"error":"invalid_token","error_description":"Token has no expiration time"}',
    ].join('\n');
    const f = await catches('time.no-exp', paste);
    expect(f.severity).toBe('error');
    expect(f.args).toMatchObject({ via: 'mcp-sdk' });
    const { nextSteps } = await run(paste);
    expect(nextSteps[0]).toContain('expiresAt');
  });

  it('catches: requireBearerAuth’s resource check as the audience (typescript-sdk bearerAuth.ts)', async () => {
    await catches(
      'claim.aud-mismatch',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="Token was not issued for this resource", resource_metadata="https://mcp.acme-corp.com/.well-known/oauth-protected-resource"',
    );
  });

  it('catches not: another server’s “token has no expiration” words in lower case', async () => {
    await catchesNot('time.no-exp', 'HTTP/1.1 401 Unauthorized\n{"error":"token has no expiration time set"}');
  });
});

describe('oauth.discovery-failed: the client stopped before asking for any token', () => {
  it('catches: the SDK’s registration refusal under a stack, and says it in Japanese (wong2/mcp-cli#23)', async () => {
    const paste = [
      '$ npx @wong2/mcp-cli --url https://api.githubcopilot.com/mcp/',
      'Error: Incompatible auth server: does not support dynamic client registration',
      '    at registerClient (file:///home/will/.npm/_npx/234164726e649089/node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js:707:19)',
      '    at authInternal (file:///home/will/.npm/_npx/234164726e649089/node_modules/@modelcontextprotocol/sdk/dist/esm/client/auth.js:193:39)',
    ].join('\n');
    const f = await catches('oauth.discovery-failed', paste);
    expect(f.args).toMatchObject({ via: 'mcp-sdk', document: 'registration', httpStatus: null });
    const report = await run(paste);
    expect(report.classification).toBe('authentication');
    expect(report.nextSteps[0]).toContain('--static-oauth-client-info');
    const ja = renderText(await run(paste, { locale: 'ja' }));
    expect(ja).toContain('動的クライアント登録');
  });

  it('catches: mcp-remote’s transport fallback, not the 405 before it (punkpeye/mcp-remote#53)', async () => {
    const paste = [
      '[74465] Received error: Error POSTing to endpoint (HTTP 405): {"detail":"Method Not Allowed"}',
      '[74465] Recursively reconnecting for reason: falling-back-to-alternate-transport',
      '[74465] Using transport strategy: sse-only',
      '[74465] Connection error: Error: Incompatible auth server: does not support dynamic client registration',
    ].join('\n');
    await catches('oauth.discovery-failed', paste);
    await catchesNot('status.not-auth', paste);
  });

  it.each([
    // typescript-sdk#2783: a CDN answering the path-inserted well-known URL with 401.
    [
      'a 401 on the well-known URL is no missing token',
      'Error: HTTP 401 trying to load well-known OAuth metadata',
      401,
    ],
    // modelcontextprotocol/inspector#634: an Okta issuer with a path.
    ['the Inspector’s 405', 'OAuth flow error: Error: HTTP 405 trying to load well-known OAuth metadata', 405],
    // typescript-sdk#804: Cognito's 400.
    ['Cognito’s 400', 'Failed to start client: Error: HTTP 400 trying to load well-known OAuth metadata', 400],
  ])('catches: %s', async (_, paste, status) => {
    const f = await catches('oauth.discovery-failed', paste);
    expect(f.args).toMatchObject({ document: 'server-metadata', httpStatus: status });
    await catchesNot('token.missing', paste);
    await catchesNot('challenge.missing', paste);
  });

  it('catches: VS Code’s resource metadata 404 (microsoft/vsmarketplace#1451)', async () => {
    const paste = [
      '2025-09-29 18:22:36.465 [info] Connection state: Running',
      '2025-09-29 18:22:37.446 [info] Connection state: Error Error sending message to https://api.githubcopilot.com/mcp/: Error: Failed to fetch resource metadata: 404 404 page not found',
    ].join('\n');
    const f = await catches('oauth.discovery-failed', paste);
    expect(f.args).toMatchObject({ via: 'vscode', document: 'resource-metadata', httpStatus: 404 });
    expect(f.title).toContain('protected-resource metadata');
  });

  it('catches: a guessed endpoint’s 404 on a server without OAuth (upstash/context7#682)', async () => {
    const f = await catches(
      'oauth.discovery-failed',
      `Error: HTTP 404: Invalid OAuth error response: SyntaxError: Unexpected token 'N', "Not found" is not valid JSON. Raw body: Not found`,
    );
    expect(f.args).toMatchObject({ document: 'server-metadata', httpStatus: 404 });
  });

  it('catches not: the MCP server’s own 401 to the client, which is the first step of discovery', async () => {
    await catchesNot(
      'oauth.discovery-failed',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer resource_metadata="https://mcp.acme-corp.com/.well-known/oauth-protected-resource"',
    );
  });

  it('catches not: a key set the server’s own verifier could not fetch', async () => {
    await catchesNot('oauth.discovery-failed', 'Jwks remote fetch is failed');
  });
});

describe('token.missing from an MCP client’s report (client mcp)', () => {
  it.each([
    // modelcontextprotocol/python-sdk#731: MCP Inspector's proxy.
    [
      'MCP Inspector’s proxy',
      'SSE transport: url=http://localhost:8000/sse, headers=Accept\nReceived 401 Unauthorized from MCP server: SSE error: Non-200 status code (401)',
    ],
    // obot-platform/obot#3268: the SDK's Streamable HTTP transport.
    [
      'the Streamable HTTP transport',
      'Error from MCP server: Error: Error POSTing to endpoint (HTTP 401): unauthorized\n\n    at StreamableHTTPClientTransport.send (file:///Users/dev/node_modules/@modelcontextprotocol/sdk/dist/esm/client/streamableHttp.js:265:23)',
    ],
    // Azure-Samples/remote-mcp-apim-appservice-dotnet#2: VS Code's MCP output.
    [
      'VS Code’s MCP output',
      '2025-04-22 13:02:51.496 [info] Connection state: Error 401 status connecting to https://apim-0123456789abcdef.azure-api.net/mcp/sse as SSE: { "statusCode": 401, "message": "Not authorized" }',
    ],
    // tbxark/mcp-proxy#18: an MCP proxy's fixed token not sent.
    [
      'a proxy’s fixed token, in Chinese',
      '用 mcp 客户端访问：http://192.168.1.46:9090/amap/sse\n\n报：SSE error: Non-200 status code (401)',
    ],
  ])('catches: %s', async (_, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toEqual({ client: 'mcp' });
    const { nextSteps } = await run(paste);
    expect(nextSteps[0]).toContain('Sign the MCP client in');
  });

  it('says it in Japanese too', async () => {
    const text = renderText(
      await run('Received 401 Unauthorized from MCP server: SSE error: Non-200 status code (401)', { locale: 'ja' }),
    );
    expect(text).toContain('MCP サーバーがクライアントを拒否しました');
  });

  it('catches not: a bare 401 with no MCP client’s words keeps the request step', async () => {
    const f = await catches('token.missing', 'HTTP/1.1 401 Unauthorized');
    expect(f.args).not.toHaveProperty('client');
  });

  it('catches not: an MCP client whose request is shown, without Authorization, is authz-header.missing', async () => {
    const paste =
      'mcp-remote: POST /mcp HTTP/1.1\nHost: mcp.acme-corp.com\nContent-Type: application/json\n\nHTTP/1.1 401 Unauthorized';
    const report = await run(paste);
    expect(report.findings.find((x) => x.code === 'token.missing')?.args).not.toEqual({ client: 'mcp' });
  });
});

describe('a token minted for another resource: the protected-resource metadata’s resource as the audience (RFC 8707)', () => {
  // anthropics/claude-code#90497: a client that sent no `resource` got a token for its own client id, which a strict
  // MCP server refuses; the server's metadata document and the decoded payload pasted together.
  const prm =
    '{"resource":"http://localhost:8130/mcp","authorization_servers":["http://localhost:8080/realms/mcp"],"bearer_methods_supported":["header"]}';
  const payload = (aud: string) =>
    `{"exp":1779980400,"iat":1779976800,"iss":"http://localhost:8080/realms/mcp","aud":"${aud}","sub":"5d1f1f3c-0c57-4c2e-9f51-0f2b8f2d7c11","azp":"mcp-client","scope":"openid profile"}`;
  const paste = (aud: string) =>
    [
      '$ curl -s http://localhost:8130/.well-known/oauth-protected-resource/mcp',
      prm,
      '',
      'Decoded access token payload:',
      payload(aud),
    ].join('\n');

  it('catches: aud is the client id, the metadata names the server; no missing header on the metadata fetch', async () => {
    const f = await catches('claim.aud-mismatch', paste('mcp-client'));
    expect(f.args).toMatchObject({ aud: ['mcp-client'], expected: ['http://localhost:8130/mcp'] });
    expect(f.evidence).toContain('"resource":"http://localhost:8130/mcp"');
    await catchesNot('authz-header.missing', paste('mcp-client'));
    // A client id names no environment: it says nothing against a local resource.
    await catchesNot('claim.environment', paste('mcp-client'));
    const { nextSteps } = await run(paste('mcp-client'));
    expect(nextSteps[0]).toContain('resource parameter');
  });

  it('catches not: a token for the resource the metadata names', async () => {
    await catchesNot('claim.aud-mismatch', paste('http://localhost:8130/mcp'));
  });

  it('catches not: a "resource" member of another document (no authorization_servers beside it)', async () => {
    const other = `{"resource":"http://localhost:8130/files","owner":"alice"}\n${payload('mcp-client')}`;
    await catchesNot('claim.aud-mismatch', other);
  });

  it('catches not: a "resource" of another object than the metadata’s', async () => {
    const split = `{"links":{"resource":"http://localhost:8130/files"},"meta":{"authorization_servers":["http://localhost:8080/realms/mcp"]}}\n${payload('mcp-client')}`;
    await catchesNot('claim.aud-mismatch', split);
  });

  it('catches not: an option the caller typed wins over the pasted metadata', async () => {
    await catchesNot('claim.aud-mismatch', paste('mcp-client'), { expectedAudiences: ['mcp-client'] });
  });
});

describe('the MCP server’s challenge and its resource_metadata', () => {
  it('catches: invalid_token with resource_metadata gets the MCP client’s refresh or sign-in step (reddit-research-mcp#16)', async () => {
    const paste = [
      'HTTP/1.1 401 Unauthorized',
      'WWW-Authenticate: Bearer error="invalid_token", error_description="The access token is invalid or expired. Please re-authenticate and try again.", resource_metadata="https://mcp.acme-corp.com/.well-known/oauth-protected-resource/mcp"',
    ].join('\n');
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({
      resourceMetadata: 'https://mcp.acme-corp.com/.well-known/oauth-protected-resource/mcp',
    });
    const { nextSteps } = await run(paste);
    expect(nextSteps.join(' ')).toContain('RFC 8707');
  });

  it('catches not: invalid_token without resource_metadata keeps its steps', async () => {
    const { nextSteps } = await run(
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token", error_description="The access token expired"',
    );
    expect(nextSteps.join(' ')).not.toContain('resource_metadata');
  });

  it('catches: resource_metadata naming the authorization server’s metadata (anthropics/claude-code#11814)', async () => {
    const paste =
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="mcp", resource_metadata="https://cidx.acme-corp.com/.well-known/oauth-authorization-server"\nContent-Type: application/json';
    const f = await catches('challenge.no-error', paste);
    expect(f.args).toMatchObject({ resourceMetadataIsServer: true });
    const { nextSteps } = await run(paste);
    expect(nextSteps[0]).toContain('Point the challenge’s resource_metadata at the protected-resource metadata');
  });

  it('catches not: resource_metadata naming the protected-resource metadata', async () => {
    const f = await catches(
      'challenge.no-error',
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer resource_metadata="https://mcp.acme-corp.com/.well-known/oauth-protected-resource"',
    );
    expect(f.args).not.toHaveProperty('resourceMetadataIsServer');
  });
});

describe('an MCP client’s refresh refused, then its saved token (can1357/oh-my-pi#1908)', () => {
  const paste = [
    'MCP OAuth refresh failed, using existing token',
    '{"error":"invalid_grant","error_description":"Refresh token has been revoked"}',
    'HTTP 401 invalid_token: Authentication failed. The provided bearer token is invalid, expired, or no longer recognized by the server. To resolve: clear authentication tokens in your MCP client and reconnect.',
  ].join('\n');

  it('catches: the refresh refused, and FastMCP’s refusal of the token kept', async () => {
    await catches('token.revoked', paste);
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'fastmcp' });
  });

  it('catches not: Cognito named for words in another case than its own', async () => {
    const f = await catches('token.revoked', paste);
    expect(f.args).not.toHaveProperty('provider', 'cognito');
    const cognito = await catches(
      'token.revoked',
      '{"error":"invalid_grant","error_description":"Refresh Token has been revoked"}',
    );
    expect(cognito.args).toMatchObject({ provider: 'cognito' });
  });
});

describe('a 403 whose challenge names a missing scope invalid_token (wso2/api-platform#2751)', () => {
  const challenge = (status: number, description: string) =>
    [
      `HTTP/1.1 ${status} ${status === 403 ? 'Forbidden' : 'Unauthorized'}`,
      'content-type: application/json',
      `www-authenticate: Bearer resource_metadata="http://localhost:19080/booking/.well-known/oauth-protected-resource", scope="booking:write", error="invalid_token", error_description="${description}"`,
    ].join('\n');
  const insufficient = 'Forbidden: insufficient permissions to access this MCP resource';

  it('catches: the scope it names, and no status mismatch', async () => {
    const paste = challenge(403, insufficient);
    const f = await catches('challenge.insufficient-scope', paste);
    expect(f.args).toMatchObject({ scope: 'booking:write', mislabelled: 'invalid_token' });
    await catchesNot('status.mismatch', paste);
    await catchesNot('challenge.invalid-token', paste);
    const { nextSteps } = await run(paste);
    expect(nextSteps[1]).toContain('insufficient_scope');
  });

  it('catches not: the same words on a 401', async () => {
    await catchesNot('challenge.insufficient-scope', challenge(401, insufficient));
  });

  it('catches not: a 403 invalid_token whose words name the token', async () => {
    await catchesNot('challenge.insufficient-scope', challenge(403, 'The access token expired'));
  });
});

describe('mcp-remote’s code exchange refused with 400 (oauth.invalid-code, savedState)', () => {
  // geelen/mcp-remote README, "Authentication Errors": the callback page's words, answered with rm -rf ~/.mcp-auth.
  it('catches: the callback’s 400 with mcp-remote named, and its step clears the saved state', async () => {
    const paste = 'npx mcp-remote https://mcp.acme-corp.com/sse\nAuthentication Error\nToken exchange failed: HTTP 400';
    const f = await catches('oauth.invalid-code', paste);
    expect(f.args).toMatchObject({ via: 'mcp-sdk', savedState: true });
    const { nextSteps } = await run(paste);
    expect(nextSteps[0]).toContain('rm -rf ~/.mcp-auth');
  });

  it('catches not: another client’s 400 with no MCP client named', async () => {
    await catchesNot('oauth.invalid-code', 'Authentication Error\nToken exchange failed: HTTP 400');
  });
});
