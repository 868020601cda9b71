/**
 * API Gateway refusing a WebSocket API's handshake. A WebSocket API authorizes only its `$connect` route, with a Lambda
 * REQUEST authorizer (the only kind it allows there) or IAM, during the handshake (docs.aws.amazon.com apigateway
 * developerguide apigateway-websocket-api-lambda-auth.html: "You can only use a Lambda authorizer function for the
 * $connect route"): a 403 to that handshake is API Gateway's refusal, and the client prints only the status, Node's
 * `ws` "Unexpected server response: 403" (websockets/ws lib/websocket.js, abortHandshake), a browser's "Error during
 * WebSocket handshake: Unexpected response code: 403". The host names API Gateway (`<id>.execute-api.<region>.
 * amazonaws.com`), the wss:// scheme the WebSocket API.
 */
import type { Context } from '../context.js';

const HANDSHAKE_403 = ['Unexpected server response: 403', 'Unexpected response code: 403'] as const;
const WSS_EXECUTE_API = /wss:\/\/[a-z0-9]{1,20}\.execute-api\.[a-z0-9-]{1,30}\.amazonaws\.com/i;

/** Where the handshake's 403 to an API Gateway WebSocket API is stated, or null. */
export function apiGatewayConnectRefused(ctx: Context): { start: number; end: number } | null {
  if (ctx.lower.indexOf('.execute-api.') < 0) return null;
  for (const text of HANDSHAKE_403) {
    const at = ctx.text.indexOf(text);
    if (at < 0) continue;
    // The URL is on the client's own line or a line of the code that opened the socket: within a few lines.
    const window = ctx.text.slice(Math.max(0, at - 600), Math.min(ctx.text.length, at + 600));
    if (!WSS_EXECUTE_API.test(window)) continue;
    return { start: at, end: at + text.length };
  }
  return null;
}
