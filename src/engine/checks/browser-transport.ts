import type { Context } from '../context.js';

/**
 * The browser transports that cannot carry an Authorization header: a WebSocket (the browser API takes a URL and
 * subprotocols, no headers) and an EventSource (its constructor takes a URL and withCredentials only; whatwg/html#2177).
 * SignalR's JavaScript client sends its token as the access_token query parameter on those transports, which the server
 * must be told to read (learn.microsoft.com/aspnet/core/signalr/authn-and-authz; dotnet/aspnetcore#15008 shows the
 * 401 on the wss:// URL after a negotiate that passed), and graphql-ws sends it in connection_init's payload
 * (enisdenjo/graphql-ws PROTOCOL.md). A 401 beside such a URL or name is most likely that connection's.
 */
export type BrowserTransport = 'websocket' | 'eventsource';

export function browserTransport(ctx: Context): BrowserTransport | null {
  // Both searches are of rare strings over the text once, and only for a token.missing with the request unseen.
  if (ctx.text.includes('EventSource')) return 'eventsource';
  if (ctx.lower.includes('wss://') || ctx.lower.includes('ws://')) return 'websocket';
  return null;
}
