/**
 * MCP (Model Context Protocol) servers and clients refusing a token, round audit-mcp. An MCP client reaches its server
 * through OAuth in legs the paste names apart: discovery of the server's metadata, registration of the client (RFC
 * 7591), the token endpoint, and the MCP server judging the token it was given. These rows read the SDKs' own words for
 * the last two legs, each quoted from the SDK's source or a public capture named beside it.
 *
 * A client that registered itself dynamically keeps its client id across restarts (mcp-remote in ~/.mcp-auth, Claude
 * and Cursor in their own stores); an authorization server that forgot the registration (a redeploy, a cleared store)
 * refuses that id. The rows that read such a refusal carry `reason: 'dynamic-client'`: the step is to clear the
 * client's saved registration, not to check a secret nobody typed.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, namedNear } from './matcher.js';

const mcpSdk = family('mcp-sdk');
const mcpPythonSdk = family('mcp-python-sdk');
const fastmcp = family('fastmcp');
const supabase = family('supabase');
const vscode = family('vscode');

/** The client's registration refused: the step clears the MCP client's saved registration. */
const DYNAMIC_CLIENT = { args: { reason: 'dynamic-client' } } as const;

/**
 * "Token exchange failed: HTTP 401" is the MCP SDK's (before 1.10) and many other clients' words: read only with an
 * MCP client named near (its package path, its stack's frames, mcp-remote's or use-mcp's log).
 */
const mcpNear = namedNear(1500, 1500, 'modelcontextprotocol', 'mcp-remote', 'mcp_auth', 'finishauth', 'mcp server');

/**
 * The SDK's `HTTP ${status} trying to load well-known OAuth metadata` (the authorization server's, RFC 8414) or `… OAuth
 * protected resource metadata.` (the MCP server's, RFC 9728): the status stands right before, the document right after.
 */
function wellKnownFailure(f: Fragment): Reading | null {
  const status = /HTTP (\d{3}) $/.exec(f.before(12));
  if (status === null) return null;
  const resource = /^ protected resource metadata/.exec(f.after(40));
  return {
    args: { reason: resource === null ? 'server-metadata' : 'resource-metadata', actual: status[1] as string },
    extend: resource === null ? ' metadata'.length : resource[0].length,
  };
}

/**
 * VS Code's MCP client (src/vs/base/common/oauth.ts fetchResourceMetadata): `Failed to fetch resource metadata: 404 …`,
 * newer `… from <url>: 404`. The words are common; the status after them and VS Code's MCP output (its "Connection
 * state" lines) or the well-known path named near make them its.
 */
const vscodeNear = namedNear(600, 600, 'connection state', 'oauth-protected-resource');
function resourceMetadataFetch(f: Fragment): Reading | null {
  const m = /^(?: from \S{1,400})?: (\d{3})\b/.exec(f.after(440));
  if (m === null || vscodeNear(f) === null) return null;
  return { args: { reason: 'resource-metadata', actual: m[1] as string }, extend: m[0].length };
}

/** The Python SDK's "Client ID '<id>' not found": the id is the client's, quoted, and the words end the message. */
function clientNotFound(f: Fragment): Reading | null {
  const m = /^[\w.:/-]{1,200}' not found/.exec(f.after(240));
  return m === null ? null : { extend: m[0].length };
}

export const MCP: readonly Matcher[] = [
  // The TypeScript SDK's token exchange before 1.10 (client/auth.js exchangeAuthorization: `Token exchange failed:
  // HTTP ${response.status}`), as mcp-remote printed it (punkpeye/mcp-remote#30: "Authorization error: Error: Token
  // exchange failed: HTTP 401 / at exchangeAuthorization (…/@modelcontextprotocol/sdk/dist/esm/client/auth.js:173:15)")
  // and use-mcp's callback (iannuttall/mcp-boilerplate#4, a Cloudflare worker's OAuth store cleared by a restart). A 401
  // from a token endpoint is the client's own authentication refused (RFC 6749 §5.2, invalid_client).
  mcpSdk('token-exchange-401', 'oauth.invalid-client', 'Token exchange failed: HTTP 401', {
    ...DYNAMIC_CLIENT,
    read: mcpNear,
  }),
  // The same exchange refused with 400 (invalid_grant: the code or its PKCE verifier): mcp-remote's README
  // ("Authentication Errors") answers its "Token exchange failed: HTTP 400" with `rm -rf ~/.mcp-auth`, the client's
  // saved verifier and registration from an earlier run being the usual cause.
  mcpSdk('token-exchange-400', 'oauth.invalid-code', 'Token exchange failed: HTTP 400', {
    args: { reason: 'saved-state' },
    read: mcpNear,
  }),
  // The SDK's reading of a refusal whose body is not an OAuth error (client/auth.ts parseErrorResponse: `HTTP
  // ${statusCode}: Invalid OAuth error response: ${error}. Raw body: ${body}`), used for the token exchange and refresh:
  // a 401 is the token endpoint refusing the client (anthropics/claude-code#83679: "Error during auth completion: drt:
  // HTTP 401: Invalid OAuth error response: ZodError: … Raw body: [{…"message":"Error : 'Fetch token call failed Bad
  // credentials'"}]").
  mcpSdk('invalid-oauth-error-response-401', 'oauth.invalid-client', 'HTTP 401: Invalid OAuth error response', {
    ...DYNAMIC_CLIENT,
  }),
  // The Python SDK's authorization endpoint for a client id it has no registration for (mcp/server/auth/handlers/
  // authorize.py: `error_description=f"Client ID '{auth_request.client_id}' not found"`, under invalid_request), which
  // FastMCP's OAuth proxy answers too (PrefectHQ/fastmcp#2027, VS Code replaying an old id; CherryHQ/cherry-studio#10127).
  mcpPythonSdk('client-id-not-found', 'oauth.invalid-client', "Client ID '", {
    ...DYNAMIC_CLIENT,
    exactCase: true,
    read: clientNotFound,
  }),
  // Supabase's hosted MCP server's authorization endpoint for a registration it no longer knows (supabase/mcp#355: 422
  // `{"message":"Unrecognized client_id"}`; supabase/supabase#43662 in Cursor), read with Supabase named near.
  supabase('unrecognized-client-id', 'oauth.invalid-client', 'Unrecognized client_id', {
    ...DYNAMIC_CLIENT,
    exactCase: true,
    read: namedNear(2000, 2000, 'supabase'),
  }),
  // FastMCP's description for any token its verifier refused (PrefectHQ/fastmcp#2221; as LibreChat logged it inside a
  // JSON string, danny-avila/LibreChat#12254, and taylorwilsdon/google_workspace_mcp#477): the invalid_token its reply
  // states, read where the reply's body or header is quoted inside another log.
  fastmcp(
    'token-not-recognized',
    'challenge.invalid-token',
    'The provided bearer token is invalid, expired, or no longer recognized by the server',
  ),
  // The TypeScript SDK's requireBearerAuth (server/auth/middleware/bearerAuth.ts), in the description of its 401
  // invalid_token: a token whose resource is not this server's (`expectedResource`, RFC 8707: a token minted for
  // another resource is refused), and a verifier that reported no expiry (anthropics/claude-ai-mcp#912: every token
  // refused until the verifier's AuthInfo carried expiresAt).
  mcpSdk('not-issued-for-resource', 'claim.aud-mismatch', 'Token was not issued for this resource'),
  mcpSdk('no-expiration-time', 'time.no-exp', 'Token has no expiration time', { exactCase: true }),

  // Discovery and registration, before any token (oauth.discovery-failed, a project code). The TypeScript SDK's client
  // (client/auth.ts): `HTTP ${response.status} trying to load well-known OAuth metadata` (discoverOAuthMetadata;
  // modelcontextprotocol/inspector#634 "HTTP 405 …", typescript-sdk#804 "HTTP 400 …" from Cognito, #2783 "HTTP 401 …"
  // behind a CDN) and `… trying to load well-known OAuth protected resource metadata.`
  // (discoverOAuthProtectedResourceMetadata), and its 404 reading `Resource server does not implement OAuth 2.0
  // Protected Resource Metadata.`
  mcpSdk('well-known-metadata', 'oauth.discovery-failed', 'trying to load well-known OAuth', {
    exactCase: true,
    read: wellKnownFailure,
  }),
  mcpSdk(
    'no-resource-metadata',
    'oauth.discovery-failed',
    'Resource server does not implement OAuth 2.0 Protected Resource Metadata',
    { args: { reason: 'resource-metadata', actual: '404' } },
  ),
  // registerClient's refusal to go on when the authorization server's metadata has no registration_endpoint
  // (client/auth.ts: "Incompatible auth server: does not support dynamic client registration"; wong2/mcp-cli#23 against
  // GitHub's MCP server, punkpeye/mcp-remote#53 against Google's OAuth).
  mcpSdk(
    'no-dynamic-registration',
    'oauth.discovery-failed',
    'Incompatible auth server: does not support dynamic client registration',
    { args: { reason: 'registration' } },
  ),
  // parseErrorResponse's 404: with no authorization-server metadata found, the SDK guesses /register and /token on the
  // server's origin (the 2025-03-26 spec's fallback), which a server without OAuth does not have (upstash/context7#682:
  // "Error: HTTP 404: Invalid OAuth error response: SyntaxError: Unexpected token 'N', "Not found" is not valid JSON.
  // Raw body: Not found"; anthropics/claude-ai-mcp#560, a fallback /register answering 404).
  mcpSdk('invalid-oauth-error-response-404', 'oauth.discovery-failed', 'HTTP 404: Invalid OAuth error response', {
    args: { reason: 'server-metadata', actual: '404' },
  }),
  // VS Code's MCP output channel (microsoft/vsmarketplace#1451: "Connection state: Error Error sending message to
  // https://api.githubcopilot.com/mcp/: Error: Failed to fetch resource metadata: 404 404 page not found").
  vscode('resource-metadata-fetch', 'oauth.discovery-failed', 'Failed to fetch resource metadata', {
    exactCase: true,
    read: resourceMetadataFetch,
  }),
];
