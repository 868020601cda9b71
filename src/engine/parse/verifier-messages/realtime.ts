/**
 * Real-time services refusing a connection that upgrades or streams, in their own words: Centrifugo's disconnect and
 * error codes, Ably's ErrorInfo codes, Rails' Action Cable connection rejected, Socket.IO's middleware refusal as its
 * client receives it, pusher-js saying the app's own auth endpoint refused, and WSO2 API Manager's WebSocket handshake.
 * These close the socket (or refuse the upgrade) with the service's own code instead of an HTTP challenge, so the code
 * is the cause, and the service's own token (an Ably token, a Centrifugo connection JWT, a session cookie) is what the
 * steps are about. Each row's source is beside it.
 */

import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, namedNear, textAround } from './matcher.js';
import type { RowCode } from './row-codes.js';

const centrifugo = family('centrifugo');
const ably = family('ably');
const livekit = family('livekit');
/**
 * LiveKit named around its server's words: its Twirp path (`/twirp/livekit.RoomService/…`), its name, or livekit-client's
 * "could not establish signal connection" before them.
 */
const livekitNear = namedNear(400, 200, 'livekit', 'could not establish signal connection');
const actionCable = family('action-cable');
const socketIo = family('socket-io');
const wso2 = family('wso2');
const pusher = family('pusher');

/**
 * Centrifugo's disconnect 3500 "invalid token" (centrifugal.dev docs/server/codes.md, DisconnectInvalidToken: "issued
 * when client came with invalid token"), as its JS client's disconnected context prints it (`{"code":3500,"reason":
 * "invalid token"}`, centrifugal/centrifugo#811) and as the server logs closing the connection (`"reason":"invalid
 * token", … "message":"closing client connection"`, the same issue). The words are anyone's: the code before them, or
 * the server's closing message after them, makes them Centrifugo's.
 */
function centrifugoDisconnect(f: Fragment): Reading | null {
  if (/3500["']?\s*,\s*["']?$/.test(f.before(24))) return {};
  return /closing client connection/.test(textAround(f, 0, 200)) ? {} : null;
}

/**
 * Centrifugo's client error 109 "token expired" (docs/server/codes.md: "indicates that connection token expired. Our
 * SDKs handle it in a special way by updating token"; centrifugal/centrifuge-js#202, #422): `{"code":109,"message":
 * "token expired"}` as its clients print the connect error.
 */
function centrifugoCode109(f: Fragment): Reading | null {
  return /code["']?\s*:\s*109\s*,\s*["']?$/.test(f.before(30)) ? {} : null;
}

/**
 * Ably's token and credential errors (ably/ably-common protocol/errors.json): 40140 token error, 40141 token revoked,
 * 40142 token expired, 40143 token unrecognised, 40144/40145 invalid JWT / token format, 40101 invalid credentials,
 * 40102 incompatible credentials (a clientId that does not match the token's), 40160 operation not permitted with the
 * token's capability. Every one comes with statusCode 401, printed beside the code in every form its SDKs give:
 * `{"message":"…","code":40102,"statusCode":401}` (ably/ably-js#311), `code: 40142, statusCode: 401}` (the same),
 * ErrorInfo's `…; statusCode=401; code=40142]`. The statusCode alone is NestJS's and many others': only with an Ably
 * code beside it is it Ably's.
 */
const ABLY_CODES: Readonly<Record<string, { code: RowCode; reason: string }>> = {
  '40101': { code: 'challenge.invalid-token', reason: 'invalid credentials' },
  '40102': { code: 'challenge.invalid-token', reason: 'incompatible credentials' },
  '40140': { code: 'challenge.invalid-token', reason: 'token error' },
  '40141': { code: 'token.revoked', reason: 'token revoked' },
  '40142': { code: 'time.expired', reason: 'token expired' },
  '40143': { code: 'challenge.invalid-token', reason: 'token unrecognised' },
  '40144': { code: 'token.malformed', reason: 'invalid JWT format' },
  '40145': { code: 'token.malformed', reason: 'invalid token format' },
  '40160': { code: 'scope.insufficient', reason: 'operation not permitted with provided capability' },
};

function ablyError(f: Fragment): Reading | null {
  const m = /\bcode["']?\s*[:=]\s*(401\d\d)\b/.exec(textAround(f, 60, 60));
  const known = m === null ? undefined : ABLY_CODES[m[1] as string];
  return known === undefined ? null : { code: known.code, args: { reason: `${m?.[1]} ${known.reason}` } };
}

/** Socket.IO named near a middleware's refusal: its client, its connect_error event, its URL path. */
const socketIoNear = namedNear(400, 200, 'socket.io', 'socketio', 'connect_error', 'io.connect');

export const REALTIME: readonly Matcher[] = [
  // LiveKit's server refusing the access token a client or a server SDK signed with the API key's secret: "invalid
  // token: <token>, error: <reason>" in its HTTP 401 body and its log (livekit/livekit#2394: `{"status": 401, "error":
  // "invalid token: ****** error: square/go-jose/jwt: validation failed, token not valid yet (nbf)"}`;
  // agence104/livekit-server-sdk-php#48, Guzzle quoting the 401 of /twirp/livekit.RoomService/CreateRoom;
  // livekit-examples/agent-starter-react#20, "could not establish signal connection: invalid token: eyJ…"; the server
  // echoed the token until livekit/livekit#4756). A token came and was refused; go-jose's reason after it refines the
  // code, and LiveKit, which said it, names the hit.
  livekit('invalid-token', 'challenge.invalid-token', 'invalid token: ', {
    refinable: true,
    owns: true,
    read: livekitNear,
  }),
  centrifugo('invalid-token', 'challenge.invalid-token', '"reason":"invalid token"', { read: centrifugoDisconnect }),
  centrifugo('invalid-token-js', 'challenge.invalid-token', "reason: 'invalid token'", { read: centrifugoDisconnect }),
  centrifugo('token-expired', 'time.expired', '"message":"token expired"', { read: centrifugoCode109 }),
  centrifugo('token-expired-js', 'time.expired', "message: 'token expired'", { read: centrifugoCode109 }),
  ably('error-json', 'challenge.invalid-token', '"statusCode":401', { read: ablyError }),
  ably('error-object', 'challenge.invalid-token', 'statusCode: 401', { read: ablyError }),
  ably('error-info', 'challenge.invalid-token', 'statusCode=401', { read: ablyError }),
  // Action Cable's Connection::Base#handle_open rescuing UnauthorizedError (raised by reject_unauthorized_connection in
  // the app's Connection#connect) logs "An unauthorized connection attempt was rejected" (rails/rails
  // actioncable/lib/action_cable/connection/base.rb; rails/rails#32128, #34194): the app's own connect found no user,
  // from the cookie or the parameter it reads.
  // A cause printed after it (devise-jwt's "…: Warden::JWTAuth::Errors::RevokedToken") is that library's row.
  actionCable('rejected', 'challenge.invalid-token', 'An unauthorized connection attempt was rejected', {
    read: (f) => (/^:\s*\S/.test(f.after(4)) ? null : {}),
  }),
  // A Socket.IO server's middleware refusing the handshake with next(new Error("Authentication error")), the words of
  // Socket.IO's own documentation (socketio/socket.io#2545, #3359), as the client gets them: connect_error's message,
  // or socket.io-client 2's unhandled "error" event (nkzawa/socket.io-stream#111: `Uncaught, unspecified "error"
  // event. (Authentication error)`). Every login form says the same, so only with Socket.IO named near it.
  socketIo('authentication-error', 'challenge.invalid-token', 'Authentication error', {
    exactCase: true,
    read: socketIoNear,
  }),
  // pusher-js (and Laravel Echo over it) asking the app's own endpoint to sign a private or presence channel's
  // subscription, or the user's sign-in, and getting a refusal: "Unable to retrieve auth string from channel-authorization
  // endpoint - received status: 403 from /broadcasting/auth. Clients must be authorized to join private or presence
  // channels." (pusher/pusher-js src/core/auth/xhr_auth.ts; "…from user-authentication endpoint…" in pusher/pusher-js#900,
  // "auth endpoint" in older releases). The app's endpoint refused, not Pusher: its 401 or 403 only (a status 0 is the
  // request failing, CORS or the network).
  pusher('auth-endpoint', 'proxy.authorizer-deny', 'Unable to retrieve auth string from ', {
    read: (f) =>
      /^(?:channel-authorization|user-authentication|auth) endpoint - received status: 40[13]\b/.test(f.after(80))
        ? {}
        : null,
  }),
  // Pusher closing a connection with 4009 "Connection not authorized within timeout" (pusher/pusher-channels-flutter#199,
  // "Error: Connection not authorized within timeout (4009)"): with Authorized Connections on, a connection must sign in
  // or subscribe to a private or presence channel within a timeout (blog.pusher.com, "Authorized Connections is out of
  // beta"), and this one brought no credential from the app's auth endpoint.
  pusher('4009', 'token.missing', 'Connection not authorized within timeout'),
  // WSO2 API Manager's gateway refusing a WebSocket or GraphQL subscription's handshake: its HandshakeProcessor logs
  // "Authentication failed for /swapi/1.0.0" (wso2/api-manager#4345, a subscription tried from the Developer Portal).
  wso2('ws-handshake', 'challenge.invalid-token', 'HandshakeProcessor Authentication failed for'),
];
