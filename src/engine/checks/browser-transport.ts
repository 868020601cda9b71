import type { Context } from '../context.js';

/**
 * The transports whose token does not travel as a plain request's Authorization header: a browser's WebSocket (the
 * browser API takes a URL and subprotocols, no headers) and EventSource (its constructor takes a URL and
 * withCredentials only; whatwg/html#2177). SignalR's JavaScript client sends its token as the access_token query
 * parameter on those transports, which the server must be told to read (learn.microsoft.com/aspnet/core/signalr/
 * authn-and-authz; dotnet/aspnetcore#15008 shows the 401 on the wss:// URL after a negotiate that passed), and
 * graphql-ws sends it in connection_init's payload (enisdenjo/graphql-ws PROTOCOL.md). A 401 beside such a URL or name
 * is most likely that connection's.
 *
 * Two more name their client by its words. SignalR's own, for a negotiate the server refused: the JavaScript client's
 * "Failed to complete negotiation with the server" (aspnet/SignalR#2553, dotnet/aspnetcore#13325) and the .NET client's
 * "Error getting negotiation response" (aspnet/SignalR#2553): the token comes from the client's accessTokenFactory or
 * AccessTokenProvider. And the Node.js `ws` library's "Unexpected server response: <status>" (websockets/ws
 * lib/websocket.js, abortHandshake), which wscat prints as "error: Unexpected server response: 401"
 * (eclipse-ditto/ditto#845): unlike a browser, ws can send headers (its `headers` option, wscat's -H).
 */
export type BrowserTransport = 'websocket' | 'eventsource' | 'eventsource-polyfill' | 'signalr' | 'ws-client';

export function browserTransport(ctx: Context): BrowserTransport | null {
  // Every search is of a rare string over the text once, and only for a token.missing with the request unseen.
  // Yaffle's EventSource polyfill (event-source-polyfill) words its refusal "EventSource's response has a status 401
  // Unauthorized that is not 200. Aborting the connection." (src/eventsource.js; Yaffle/EventSource#113), and it can send
  // headers, unlike the browser's EventSource.
  if (ctx.text.includes("EventSource's response has a status ")) return 'eventsource-polyfill';
  if (ctx.text.includes('EventSource')) return 'eventsource';
  if (
    ctx.text.includes('Failed to complete negotiation with the server') ||
    ctx.text.includes('Error getting negotiation response')
  )
    return 'signalr';
  if (ctx.text.includes('Unexpected server response: ')) return 'ws-client';
  if (ctx.lower.includes('wss://') || ctx.lower.includes('ws://')) return 'websocket';
  return null;
}
