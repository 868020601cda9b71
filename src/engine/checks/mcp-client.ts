/**
 * Whether the paste is an MCP (Model Context Protocol) client's report of its server's refusal: the client's own words
 * around the status, so that token.missing's steps name the client's sign-in for that server, not a browser's request.
 * Each phrase is the client's, from the capture or source beside it; `ctx.lower` is searched once for each.
 */
import type { Context } from '../context.js';

const MCP_CLIENT_WORDS: readonly string[] = [
  // MCP Inspector's proxy: "Received 401 Unauthorized from MCP server: SSE error: Non-200 status code (401)"
  // (modelcontextprotocol/python-sdk#731), "Error from MCP server: Error: Error POSTing to endpoint (HTTP 401)"
  // (obot-platform/obot#3268).
  'from mcp server',
  // The TypeScript SDK's SSEClientTransport (client/sse.ts SseError: `SSE error: ${message}`, eventsource's "Non-200
  // status code (401)"; iannuttall/mcp-boilerplate#6, tbxark/mcp-proxy#18).
  'sse error: non-200 status code',
  // Its StreamableHTTPClientTransport (client/streamableHttp.ts: `Error POSTing to endpoint (HTTP ${status})`).
  'error posting to endpoint',
  // VS Code's MCP output channel ("Connection state: Error 401 status connecting to … as SSE",
  // Azure-Samples/remote-mcp-apim-appservice-dotnet#2; obot-platform/obot#4226).
  'connection state: error',
  'mcp-remote',
];

export function mcpClientPaste(ctx: Context): boolean {
  const lower = ctx.lower;
  return MCP_CLIENT_WORDS.some((w) => lower.includes(w));
}
