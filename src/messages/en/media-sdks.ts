/**
 * Round audit-aq: steps for a video, voice or chat service refusing the token the app's backend minted with the
 * product's API key and secret (engine/parse/verifier-messages/media-sdks.ts, with its sources). The fix is on that
 * backend: which key and secret sign it, the grant, room and identity in it, and how long it lives.
 */

/** challenge.invalid-token, by `via`. */
export const MEDIA_SDK_REFUSED: Readonly<Record<string, string>> = {
  // sendbird.com/docs/chat/platform-api/v3/user/managing-session-tokens/issue-a-session-token; SendBird-iOS#53.
  sendbird:
    'Sendbird refused the connect’s token (400302): when the application requires access or session tokens (its access token permission in the Sendbird Dashboard), issue one on your backend with the Platform API and its API token (a session token: POST /v3/users/{user_id}/token; or the user’s access_token), for the same user ID, and pass it to connect(userId, token) (iOS: connect(withUserId:accessToken:)); a client connecting with the user ID alone gets this code.',
  // docs.daily.co reference/rest-api/meeting-tokens (create, validate), and its self-signed form (r, d, iat, exp).
  daily:
    'Daily ignored the meeting token: create it with Daily’s REST API (POST /v1/meeting-tokens with properties.room_name and exp) or sign it yourself, HS256 with your Daily API key, with r the room name, d your domain ID (GET /v1/ shows it), iat and exp; pass it to join({ url, token }) for a room of that domain. GET /v1/meeting-tokens/<token> says whether Daily accepts it.',
  // mux.com/docs/guides/secure-video-playback; muxinc/elements errors/403-playback-id-mismatch.md.
  mux: 'Mux refused the signed playback URL’s token: sign it on your backend with a Mux signing key (RS256 with its private key, the key’s ID as kid), with sub the playback ID in the URL, aud v for the video (t for a thumbnail, g a GIF, s a storyboard) and an exp; give Mux Player each token for its own use (playback-token, thumbnail-token, storyboard-token).',
  // twilio.com/docs/iam/access-tokens; errors 20101, 20102, 20103.
  twilio:
    'Twilio refused the Access Token your backend minted (its code says which check: 20101 invalid, 20102 header, 20103 issuer/subject). Mint it server-side with a Twilio helper library’s AccessToken from the Account SID, an API key SID (SK…) and that API key’s secret, all of one account (and of the region the key was made in): iss is the API key SID, sub the Account SID, the header {"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}, signed with the API key’s secret, not the Auth Token. Give it an identity and the grant the SDK needs (VideoGrant with the room, VoiceGrant with the TwiML app’s outgoingApplicationSid, ChatGrant with the Conversations service SID).',
  // docs.livekit.io, "Authentication": AccessToken(api_key, api_secret) with a VideoGrant.
  livekit:
    'LiveKit’s server refused the access token: mint it on your backend with a server SDK’s AccessToken from an API key and its secret of the same project the client connects to (LiveKit Cloud’s project keys, or the keys: in a self-hosted server’s config), with an identity and a VideoGrant that names the room with roomJoin: true; and send it to that project’s URL (the client’s connect URL, or the server SDK’s host for its RoomService calls).',
  // getstream.io/chat/docs, "Tokens & Authentication".
  stream:
    'Stream refused the user token: create it on your backend with a Stream server SDK (createToken(user_id)) using the API secret of the same app whose API key the client was initialized with (the Stream dashboard shows both), for the user_id the client connects as; a development token is accepted only while the app’s auth checks are disabled.',
  // docs.agora.io, "Secure authentication with tokens" (RtcTokenBuilder).
  agora:
    'Agora refused the RTC token (no JWT: an AccessToken string, 006… or 007…): build it on your backend with RtcTokenBuilder from the App ID and App Certificate of the project whose App ID the client joins with, for exactly the channel name and the uid (or user account) the client joins with, and with its role; a temporary token from the Agora console works only for the channel it was made for.',
  // developer.vonage.com/en/video/guides/create-token. Each case names its own code (review-31: a REST 403 was told 1004).
  'vonage-video':
    'Vonage Video (OpenTok) refused the token. A client’s connect refused (1004): generate its token on your backend with the server SDK’s generateToken for this session ID, with the same API key and secret (or Vonage application ID and private key) that created the session, and pass it to the client whole (a legacy token starts with T1==); check that the account is active. A 403 to the server SDK’s own REST call (creating a session, for one) refuses the JWT the SDK signs from those credentials: check the ones it was created with.',
  // developers.zoom.us/docs/meeting-sdk/auth.
  'zoom-meeting-sdk':
    'Zoom refused the Meeting SDK signature (3712): sign the JWT on your backend with the Meeting SDK app’s Client Secret, with appKey (or sdkKey) its Client ID, mn the meeting number being joined, role 0 (attendee) or 1 (host), iat a little in the past, and exp and tokenExp at least 30 minutes after iat and at most 48 hours; the app must have the Meeting SDK enabled, in an account allowed to join that meeting.',
  // 100ms-android#13, 100ms-flutter#528; 100ms.live docs, "Authentication and tokens".
  '100ms':
    '100ms refused the auth token when joining (INIT 401): generate it on your backend, HS256-signed with the app secret of the access key it names (100ms dashboard → Developer), with access_key, room_id, user_id, role (a role of that room’s template, case-sensitive), type "app", version 2, a jti, and iat, nbf and exp; a management token is for the REST API, not for joining.',
};

/** time.expired, by `via`. */
export const MEDIA_SDK_EXPIRED: Readonly<Record<string, string>> = {
  // muxinc/elements errors/403-expired-token.md; oaknational/Oak-Web-Application#3190 (a page left open past exp).
  mux: 'Mux refused the signed playback token as expired (a 403, its answer by design): sign a new one on your backend when the player loads, with an expiration that covers the viewing session, and give the player a fresh playback-token before it runs out: a page left open past exp gets this 403 on its next request.',
  // Error 20104: "expired, the expiration time specified in the token was invalid, or … too far in the future".
  twilio:
    'Twilio refused the Access Token as expired or its expiration as invalid (20104; twilio-voice.js: 31205): mint a new one on your backend and hand it to the SDK before the old one ends (twilio-voice.js: device.updateToken on its tokenWillExpire event). Its ttl may be at most 24 hours after iat, and the backend’s clock must be right: an exp too far ahead gets the same 20104.',
  livekit:
    'LiveKit refused the access token as expired: mint it on your backend just before the client connects, with a ttl long enough to cover the time until it connects (and reconnects); the server SDKs default to 6 hours.',
  stream:
    'Stream refused the user token as expired (code 40): give the client a token provider (stream-chat-js: connectUser(user, tokenProvider); the Android and iOS SDKs’ TokenProvider) that fetches a new token from your backend, not a static token, and issue tokens whose exp covers a session.',
  agora:
    'Agora refused the RTC token as expired: build a new one on your backend for each join, with an expiry the builder reads as it expects (a duration in seconds for the newer builders, an absolute Unix timestamp for the older privilegeExpiredTs: a duration where a timestamp is expected is already past), and renew it on the token-privilege-will-expire event with renewToken.',
  'vonage-video':
    'Vonage Video refused the token as expired (1004): generate a new token on your backend for each connection; its expireTime is in seconds since the epoch (not milliseconds), at most 30 days ahead, and the backend’s clock must be right.',
  'zoom-meeting-sdk':
    'Zoom refused the Meeting SDK signature as expired: sign a new one on your backend for each join, with iat a little in the past (a synced clock) and exp and tokenExp at least 30 minutes after it and at most 48 hours, all in epoch seconds, not milliseconds.',
};

/** signature.invalid, by `via`. */
export const MEDIA_SDK_SIGNATURE: Readonly<Record<string, string>> = {
  // Error 20107; twilio/video-quickstart-ios#146 ("wrong secret key").
  twilio:
    'Twilio could not verify the Access Token’s signature (20107, 31202): the backend signed it with another secret than that of the API key in its iss, or with an API key of another account than the Account SID in its sub. Sign with the secret shown once when that API key was created (not the account’s Auth Token, not another key’s), with a key made in that same account; if the secret was lost, create a new API key and use its SID and secret together.',
  // Code 43: "Make sure the token is created using the secret for API key …".
  stream:
    'Stream could not verify the user token’s signature: sign it with the API secret of the app whose API key the client connects with (its message names that key), not another app’s or environment’s; the Stream dashboard shows the key and secret of each app together.',
};

/** policy.deny, by `via`. */
export const MEDIA_SDK_DENIED: Readonly<Record<string, string>> = {
  // pubnub.com/docs/general/security/access-control.
  pubnub:
    'PubNub’s Access Manager accepted the auth key or token and its grants do not cover the channels its payload names: grant read (subscribe) or write (publish) on them, or on their channel group, from your server with the secret key (grantToken, or grant for the older auth keys), and set that token on the client (setToken, or authKey) before it subscribes or publishes.',
};

/** claim.aud-mismatch, by `via`. */
export const MEDIA_SDK_AUDIENCE: Readonly<Record<string, string>> = {
  // muxinc/elements errors/403-incorrect-aud-value.md; mux.com/docs/guides/secure-video-playback.
  mux: 'Sign each Mux token for its use: aud v for the video’s playback-token, t for the thumbnail-token, g for a GIF, s for the storyboard-token (the server SDKs’ signPlaybackId type option sets it); a token made for one use is refused for another.',
};

/** time.long-lifetime, by `via`. */
export const MEDIA_SDK_LIFETIME: Readonly<Record<string, string>> = {
  // twilio-voice.js JWTTokenExpirationTooLongError (31207); twilio.com/docs/iam/access-tokens: ttl at most 24 hours.
  twilio:
    'Twilio refused the Access Token’s lifetime as too long (31207): mint it on your backend with a ttl of at most 24 hours (the helper libraries’ ttl option, 3,600 s by default), and renew it before it runs out (twilio-voice.js: device.updateToken on tokenWillExpire) instead of minting one long-lived token.',
};

/**
 * time.expired read from the pasted token's own exp, beside a service's refusal of it that named no expiry (Twilio's
 * 20101, 100ms's INIT 401): the token its backend minted had run out.
 */
export function mintedTokenExpired(via: string, name: string): string {
  // Mux's playback token is signed with a signing key, not an API secret: its own words say so already.
  if (via === 'mux') return MEDIA_SDK_EXPIRED.mux as string;
  return `${name} refused a token whose own exp shows it had expired: mint a new one on your backend (with ${name}’s API key and secret, as before) just before the client uses it, and let the client fetch the next one before this one runs out (the SDK’s token refresh or update call) instead of reusing a stored token.`;
}
