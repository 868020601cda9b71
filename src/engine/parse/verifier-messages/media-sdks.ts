/**
 * Round audit-aq: video, voice and chat SDKs whose service refuses the token the app's own backend minted with the
 * product's API key and secret (Twilio's Access Tokens, Stream's user tokens, Agora's RTC tokens, Vonage Video's, a Zoom
 * Meeting SDK signature, a 100ms auth token), and PubNub's Access Manager refusing a token its grants do not cover. The
 * browser or phone SDK prints the refusal with the service's own code; the steps (messages/en/realtime.ts) are about
 * the backend that mints the token. Each row's source is beside it.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CODE, family, namedNear, textAround } from './matcher.js';

const twilio = family('twilio');
const stream = family('stream');
const agora = family('agora');
const vonageVideo = family('vonage-video');
const zoomSdk = family('zoom-meeting-sdk');
const hms = family('100ms');
const pubnub = family('pubnub');
const mux = family('mux');
const daily = family('daily');
const sendbird = family('sendbird');

/**
 * Twilio's Access Token errors come with their 201xx code (twilio.com/docs/api/errors/20101 …) or Twilio named near
 * them: "Error Code: 20101" under twilio-video-app-react's dialog, "Registration Error: 20101, Invalid Access Token",
 * a SIP answer's "X-Twilio-Error: 20101 Invalid Access Token".
 */
const twilioNamed = namedNear(300, 200, 'twilio');
function twilioContext(f: Fragment): Reading | null {
  return /\b201(?:0[1-7]|5[17])\b/.test(textAround(f, 60, 120)) ? {} : twilioNamed(f);
}

const twilsockNamed = namedNear(600, 200, 'twilsock', 'twilio');

/** Mux Player's "incorrect aud value: <aud>. aud value should be v.": the aud it found, v expected. */
function muxAud(f: Fragment): Reading | null {
  const m = /^([^\s.]{1,20})\. aud value should be v\b/.exec(f.after(60));
  return m === null ? null : { args: { expected: ['v'], actual: m[1] as string }, extend: m[0].length };
}

/** Stream's error envelope beside "Connect failed with error:": its capitalised StatusCode key, or Stream named. */
const streamNamed = namedNear(300, 300, 'getstream', 'stream-chat', 'streamchat');
function streamConnect(f: Fragment): Reading | null {
  return /StatusCode/.test(textAround(f, 200, 300)) ? {} : streamNamed(f);
}

const sendbirdNamed = namedNear(300, 200, 'sendbird');

/** A Zoom Meeting SDK join result: its errorCode (37xx) beside the words, or Zoom named near. */
const zoomNamed = namedNear(300, 200, 'zoom');
function zoomJoin(f: Fragment): Reading | null {
  return /errorCode["']?\s*:\s*37\d\d\b/.test(textAround(f, 120, 120)) ? {} : zoomNamed(f);
}

/**
 * The services above whose refusal is of a token the app's backend minted: beside a pasted token judged expired by its
 * own exp, the step is that backend's minting (checks/time.ts, `mintedFor`).
 */
export const MINTED_TOKEN_SERVICES: ReadonlySet<string> = new Set([
  'twilio',
  'stream',
  'agora',
  'vonage-video',
  'zoom-meeting-sdk',
  '100ms',
  'mux',
  'daily',
  'sendbird',
]);

/**
 * Twilio's own words for the Access Token refusals whose code names the check (twilio.com/docs/api/errors/20103
 * "Invalid Access Token issuer or subject", /20102 "Invalid Access Token header"), keyed by the rows' reason: the
 * refusal quotes them rather than saying it names no cause, which its code does.
 */
export const TWILIO_REASON_WORDS: Readonly<Record<string, string>> = {
  '20103 issuer/subject': 'Invalid Access Token issuer or subject',
  '20102 header': 'Invalid Access Token header',
};

/**
 * The message of the REST answer opentok-node prints after its 403 (`{"code":-1,"message":"Invalid issuer format"}`,
 * opentok/opentok-node#232): the API's reason for refusing the JWT the SDK signed, quoted rather than called none. One
 * flat object read within its first 200 characters.
 */
function vonageRestMessage(f: Fragment): Reading {
  const m = /^\s*\{[^{}]{0,160}?"message"\s*:\s*"([^"\\]{1,120})"/.exec(f.after(200));
  return m === null ? {} : { args: { actual: m[1] as string } };
}

export const MEDIA_SDKS: readonly Matcher[] = [
  // Twilio's Access Tokens (twilio.com/docs/iam/access-tokens): an HS256 JWT whose header has cty "twilio-fpa;v=1",
  // iss the API key SID (SK…), sub the Account SID (AC…), signed with the API key's secret, with grants for Video,
  // Voice, Conversations or Sync. 20101 "Invalid Access Token" (twilio/twilio-video.js#1238, twilio-video-app-react#325:
  // "Invalid Access Token. Please make sure you are using the correct credentials. Error Code: 20101";
  // voice-quickstart-android#32: "Registration Error: 20101, Invalid Access Token"; eddiezane/react-twilio-video-post#3:
  // "X-Twilio-Error: 20101 Invalid Access Token" in a SIP 403). Title Case is Twilio's; other APIs' lower-case words
  // are not read.
  twilio('access-token-invalid', 'challenge.invalid-token', 'Invalid Access Token', {
    exactCase: true,
    read: twilioContext,
  }),
  // twilio-voice.js's TwilioError names, code in brackets (twilio-labs/code-exchange#50: "Twilio.Device Error:
  // AccessTokenInvalid (20101): Twilio was unable to validate your Access Token"; TwilioDevEd/voice-javascript-sdk-
  // quickstart-php#141: "Twilio.Device Error: AccessTokenExpired (20104): The Access Token provided to the Twilio API has
  // expired, the expiration time specified in the token was invalid, or the expiration time specified was too far in the
  // future").
  twilio('AccessTokenInvalid', 'challenge.invalid-token', 'AccessTokenInvalid (20101)', { ...CODE, exactCase: true }),
  twilio('AccessTokenExpired', 'time.expired', 'AccessTokenExpired (20104)', { ...CODE, exactCase: true }),
  // twilio-voice.js's other Access Token errors, named and coded the same way (twilio/twilio-voice.js lib/twilio/errors
  // generated.ts: AccessTokenSignatureValidationFailed 31202, "The provided access token failed signature validation.",
  // its causes "an invalid Account SID, API Key, or API Key Secret"; InvalidJWTTokenError 31204; JWTTokenExpiredError
  // 31205, "Cannot register. Token is expired" inside it in twilio/twilio-voice.js#31; JWTTokenExpirationTooLongError
  // 31207; AuthenticationFailed 20151, "The Authentication with the provided JWT failed").
  twilio('AccessTokenSignatureValidationFailed', 'signature.invalid', 'AccessTokenSignatureValidationFailed (31202)', {
    ...CODE,
    exactCase: true,
  }),
  twilio('InvalidJWTTokenError', 'challenge.invalid-token', 'InvalidJWTTokenError (31204)', {
    ...CODE,
    exactCase: true,
  }),
  twilio('JWTTokenExpiredError', 'time.expired', 'JWTTokenExpiredError (31205)', { ...CODE, exactCase: true }),
  twilio('JWTTokenExpirationTooLongError', 'time.long-lifetime', 'JWTTokenExpirationTooLongError (31207)', {
    ...CODE,
    exactCase: true,
  }),
  twilio('AuthenticationFailed', 'challenge.invalid-token', 'AuthenticationFailed (20151)', {
    ...CODE,
    exactCase: true,
  }),
  // 20104's message as the signaling server sends it (twilio/twilio-video.js#471: `{"code":20104,"message":"Access Token
  // expired or expiration date invalid"}`; voice-quickstart-ios#486: "Call Error:20104), Access Token expired or
  // expiration date invalid"). An exp more than 24 hours after iat gets it too (the steps say so).
  twilio('expired-or-invalid', 'time.expired', 'Access Token expired or expiration date invalid'),
  // 20103 (voice-quickstart-android#109: "Error - 20103 Invalid Access Token issuer or subject"; sfreiberg/gotwilio#55):
  // the API key (iss) and the account (sub) do not belong together.
  twilio('issuer-subject', 'challenge.invalid-token', 'Invalid Access Token issuer', {
    exactCase: true,
    args: { reason: '20103 issuer/subject' },
  }),
  // 20102 (voice-quickstart-ios#149: "NSLocalizedFailureReason=Invalid Access Token header"): the JOSE header is not
  // {"alg":"HS256","typ":"JWT","cty":"twilio-fpa;v=1"}.
  twilio('header', 'challenge.invalid-token', 'Invalid Access Token header', {
    exactCase: true,
    args: { reason: '20102 header' },
  }),
  // 20107 (video-quickstart-ios#146: "Invalid Access Token Signature", fixed by the right secret; video-quickstart-js#11:
  // "Could not connect to Twilio: Invalid Access Token signature"): signed with another secret than the API key's.
  twilio('signature', 'signature.invalid', 'Invalid Access Token signature'),
  // Twilio Conversations' Twilsock connection refusing the token at its init (twilio/conversations-ios#40: "'init' message
  // failed: {\"code\":401,\"status\":\"UNAUTHORIZED\"}" among "Twilsock" lines), with Twilio or Twilsock named near.
  twilio('twilsock-init-401', 'challenge.invalid-token', "'init' message failed: ", {
    exactCase: true,
    read: (f) => (/^\{"code":401\b/.test(f.after(12)) ? twilsockNamed(f) : null),
  }),
  // Stream (GetStream) Chat's API wraps its JWT check's failure in "JWTAuth error: …" (GetStream/stream-chat-swift#2247:
  // `"code" : 40, "message" : "SendEvent failed with error: \"JWTAuth error: token is expired (exp)\""`;
  // stream-chat-android#5331: "NetworkError(message=JWTAuth error: token is expired (exp), serverErrorCode=40,
  // statusCode=401"): the reason after it is its Go JWT library's and decides the code; Stream said it.
  stream('jwtauth', 'challenge.invalid-token', 'JWTAuth error: ', { exactCase: true, refinable: true, owns: true }),
  // Its own reason for a token signed with another app's secret (stream-chat-react-native#2602, flutter-samples#70,
  // code 43: "JWTAuth error: signature is not valid. Make sure the token is created using the secret for API key
  // \"…\""); the API key it names is public, the secret is not in the message.
  stream('signature-not-valid', 'signature.invalid', 'Make sure the token is created using the secret for API key', {
    exactCase: true,
  }),
  // The WebSocket connect's refusal (stream-chat-react-native#2171: `"code":5,"StatusCode":401,"message":"WS failed with
  // code 5 and reason - Connect failed with error: \"Token signature is invalid\""`; stream-chat-flutter#262: `{code: 5,
  // message: Connect failed with error: "JWTAuth error: token contains an invalid number of segments", StatusCode:
  // 401`): any server's words alone, Stream's with its StatusCode key or its name near.
  stream('connect-failed', 'challenge.invalid-token', 'Connect failed with error: ', {
    exactCase: true,
    refinable: true,
    owns: true,
    read: streamConnect,
  }),
  // An exp that is not a number (stream-chat-android#207: "JWTAuth error: json: cannot unmarshal object into Go struct
  // field StreamJWTClaims.exp of type int64").
  stream('exp-type', 'time.invalid', 'StreamJWTClaims.exp', { exactCase: true }),
  // Agora's Web SDK failing to join because its gateway refused the RTC token (an AccessToken2 "007…" string, no JWT,
  // built by the backend's RtcTokenBuilder from the App ID and App Certificate): AgoraIO/API-Examples-Web#66 and
  // Agora-Flutter-SDK#1532, "AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed"; #86, "…: dynamic
  // key or token timeout"; AgoraWebSDK-NG#130, "…: dynamic key expired"; and the 2.x SDK's "Get server node failed
  // [NO_AUTHORIZED]" (AgoraIO/Tools#88, a token built with a uid that is not the one joining).
  agora('invalid-token', 'challenge.invalid-token', 'CAN_NOT_GET_GATEWAY_SERVER: invalid token', CODE),
  agora('token-timeout', 'time.expired', 'CAN_NOT_GET_GATEWAY_SERVER: dynamic key or token timeout', CODE),
  agora('key-expired', 'time.expired', 'CAN_NOT_GET_GATEWAY_SERVER: dynamic key expired', CODE),
  agora('no-authorized', 'challenge.invalid-token', 'Get server node failed [NO_AUTHORIZED]', CODE),
  // Vonage Video (OpenTok) refusing a client token with 1004, OT_AUTHENTICATION_ERROR (aullman/OpenTok-Angular#43 and
  // opentok/accelerator-sample-apps-js#21: "OT_AUTHENTICATION_ERROR: Invalid token format (1004)", the T1== prefix cut
  // off, a paused account; opentok-elearning-samples#5: "Unauthorized token (1004)"; opentok/OpenTok-PHP-SDK#352:
  // "OT_AUTHENTICATION_ERROR: token has expired (1004)", the SDK's new JWT tokens).
  vonageVideo('invalid-token-format', 'challenge.invalid-token', 'Invalid token format (1004)', {
    ...CODE,
    args: { reason: '1004 invalid token format' },
  }),
  vonageVideo('unauthorized-token', 'challenge.invalid-token', 'Unauthorized token (1004)', CODE),
  vonageVideo('token-expired', 'time.expired', 'token has expired (1004)', CODE),
  // Its server SDK's REST call refused (opentok/opentok-node#232: "An authentication error occurred: (403)
  // {\"code\":-1,\"message\":\"Invalid issuer format\"…}"; learning-opentok-node#68, the same with "Invalid token
  // format"): the JWT opentok-node signs from the API key and secret.
  vonageVideo('rest-authentication', 'challenge.invalid-token', 'An authentication error occurred: (403)', {
    exactCase: true,
    read: vonageRestMessage,
  }),
  // The Zoom Meeting SDK's join refused for its signature, a JWT the backend signs with the SDK key's secret
  // (developers.zoom.us/docs/meeting-sdk/auth): zoom/meetingbot-web-sample#4 and attendee-labs/attendee#919,
  // "{method: 'join', status: false, result: 'Invalid signature.', errorCode: 3712, errorMessage: 'Signature is
  // invalid.'}"; zoom/meetingsdk-web-sample#18, "errorMessage: \"The signature has expired.\"".
  zoomSdk('signature-invalid', 'challenge.invalid-token', 'Signature is invalid.', { exactCase: true, read: zoomJoin }),
  zoomSdk('invalid-signature', 'challenge.invalid-token', 'Invalid signature.', { exactCase: true, read: zoomJoin }),
  zoomSdk('signature-expired', 'time.expired', 'The signature has expired.', { exactCase: true, read: zoomJoin }),
  // 100ms refusing the auth token at its INIT call (100ms-flutter#528: "HTTPError: Bad Request [code=401, action=INIT,
  // description=Received , cause=null]"; 100ms-react-native#1266: `{"action": "INIT", …, "code": 401, …, "name":
  // "HTTPError"}`, "most likely an issue with Auth Token generation").
  hms('init-401', 'challenge.invalid-token', 'action=INIT', {
    exactCase: true,
    read: (f) => (/code=401\b/.test(f.before(40)) ? {} : null),
  }),
  hms('init-401-json', 'challenge.invalid-token', '"action": "INIT"', {
    exactCase: true,
    read: (f) => (/"code":\s?401\b/.test(textAround(f, 120, 160)) ? {} : null),
  }),
  // Mux Player reading its own 403 to a signed playback URL (muxinc/elements packages/mux-player src/errors.ts, its
  // errors/403-expired-token.md and 403-playback-id-mismatch.md, 403-incorrect-aud-value.md): the playback token the
  // backend signed with a Mux signing key has passed its exp, names another playback ID in sub, or has an aud other than
  // v (t, g and s are the thumbnail's, GIF's and storyboard's). Mux answers each with 403, by design.
  mux('token-expired', 'time.expired', 'secured playback-token has expired.'),
  mux('devlog-token-expired', 'time.expired', 'This playback is using signed URLs and the playback-token has expired.'),
  mux(
    'playback-id-mismatch',
    'challenge.invalid-token',
    'playback ID does not match the one encoded in the playback-token.',
    { args: { reason: 'playback ID mismatch (sub)' } },
  ),
  mux('incorrect-aud', 'claim.aud-mismatch', 'The playback-token has an incorrect aud value: ', { read: muxAud }),
  // daily-js joining with a meeting token Daily does not accept, as its console says it (LuisFGom/PROYECTO-ISO-WHATSAPP-V5
  // SOLUCION_FINAL_INVALID_TOKEN.md: "Meeting token ignored: invalid-token", a self-signed token without Daily's r and d
  // claims; docs.daily.co reference/rest-api/meeting-tokens): the participant joins without the token's access.
  daily('token-ignored', 'challenge.invalid-token', 'Meeting token ignored: invalid-token'),
  // Sendbird refusing a connect whose access or session token it does not accept, its code 400302 beside the words
  // (sendbird-graveyard/SendBird-iOS#53: "Connect error: Error Domain=Access token is not valid. Code=400302", the app
  // requiring tokens and the client connecting with a user ID alone; fixed by connect(withUserId:accessToken:)).
  sendbird('access-token-not-valid', 'challenge.invalid-token', 'Access token is not valid', {
    exactCase: true,
    read: (f) => (/\b400302\b/.test(textAround(f, 80, 40)) ? {} : sendbirdNamed(f)),
  }),
  // PubNub's Access Manager answering 403 for channels the auth key or token has no grant on, naming them in its
  // payload (pubnub/iot-push-demo#1: `{"status":403,"service":"Access Manager","error":true,"message":"Forbidden",
  // "payload":{"channels":["…"]}}`): the caller was identified, its grants do not cover them.
  pubnub('access-manager-403', 'policy.deny', '"service":"Access Manager"', {
    exactCase: true,
    read: (f) => (/"status":\s?403\b/.test(textAround(f, 60, 60)) ? {} : null),
  }),
];
