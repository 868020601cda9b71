/**
 * Steps for a real-time service's own refusal (engine/parse/verifier-messages/realtime.ts, with its sources): the
 * service judged its own token or the app's connect handler, so the steps name where that service's client takes the
 * token, not a JWT's claims. Null when `via` is no such service.
 */

import { MEDIA_SDK_EXPIRED, MEDIA_SDK_REFUSED } from './media-sdks.js';

const REFUSED: Readonly<Record<string, string>> = {
  ...MEDIA_SDK_REFUSED,
  centrifugo:
    'Centrifugo closed the connection with 3500 "invalid token": it could not verify the connection token (or a channel’s subscription token). Check that the token is signed with the key Centrifugo is configured with (its HMAC secret, RSA or ECDSA public key, or JWKS endpoint), that a subscription token’s sub is the connection’s user and its channel claim the channel subscribed to, and that exp has not passed.',
  ably: 'Ably refused the client’s Ably token or key itself (its error code is quoted): check that the token request was signed with this app’s API key, that the clientId the client connects with is the token’s (40102), and that the key is not revoked or disabled in the Ably dashboard. Ably checks its own tokens, so their claims are not read here.',
  'action-cable':
    'Action Cable rejected the connection: the app’s ApplicationCable::Connection#connect called reject_unauthorized_connection because it found no user. Check what that connect reads: the session cookie must reach the cable URL (same site, or a cookie domain and SameSite that cover it), a token read from params must be in the URL the consumer was created with (createConsumer("/cable?token=…")), and a proxy in front must forward the Upgrade and the cookie.',
  'socket-io':
    'The Socket.IO server’s middleware (io.use) refused the handshake with next(new Error(…)): check that the client sends the token where that middleware reads it (Socket.IO v3 and later: io(url, { auth: { token } }), read as socket.handshake.auth.token; v2: the query string, socket.handshake.query), that the token is valid, and that a client retrying after connect_error sets socket.auth to a fresh token first. extraHeaders reach the server only on transports that can set headers, never a browser’s WebSocket.',
};

const EXPIRED: Readonly<Record<string, string>> = {
  ...MEDIA_SDK_EXPIRED,
  centrifugo:
    'Centrifugo refused the connection token as expired (error 109): give the client a getToken function that fetches a new connection token from your backend (its SDKs call it on 109 and before exp), or issue tokens that live longer. A client given a static token and no getToken cannot recover.',
  ably: 'Ably closed the connection because its token expired (40142): its client library renews a token only through authCallback or authUrl, so a client constructed with a token or tokenDetails alone cannot. Give it one of them, returning a fresh TokenRequest or token from your backend, and check that this endpoint answers.',
};

export function realtimeTokenRefused(via: string | undefined): string | null {
  return via === undefined ? null : (REFUSED[via] ?? null);
}

export function realtimeTokenExpired(via: string | undefined): string | null {
  return via === undefined ? null : (EXPIRED[via] ?? null);
}

/**
 * pusher-js's refusal from the app's own auth endpoint (verifier-messages/realtime.ts): the endpoint, not Pusher,
 * refused, so the words are about what reaches it (pusher/pusher-js xhr_auth.ts; Laravel's /broadcasting/auth).
 */
export const PUSHER_AUTH_ENDPOINT = {
  title: 'The app’s own Pusher auth endpoint refused the subscription',
  detail:
    'pusher-js asked the app’s own endpoint (channelAuthorization or userAuthentication; Laravel Echo’s /broadcasting/auth) to sign this private or presence channel’s subscription, or the user’s sign-in, and it answered 401 or 403: Pusher was never asked. That endpoint found no signed-in user (no session cookie or token reached it), or its channel authorization refused this user.',
  steps: [
    'Look at the auth request in DevTools → Network (a POST to the endpoint the message names, /pusher/auth by default): it must carry the user’s session cookie, or the headers the client is told to send (pusher-js: channelAuthorization: { headers: { Authorization: "Bearer <token>" } }; Laravel Echo: auth: { headers: … }), and reach the app behind the guard that knows the user.',
    'If the user is signed in there, check the channel’s authorization on the server (Laravel: its Broadcast::channel callback in routes/channels.php) returns true for this user and channel name.',
  ],
};
