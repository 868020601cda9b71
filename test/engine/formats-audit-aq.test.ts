/**
 * Round audit-aq: video, voice and chat SDKs whose service refuses the token the app's backend minted with the
 * product's API key and secret (Twilio Access Tokens, LiveKit, Stream, Agora, Vonage Video, the Zoom Meeting SDK, 100ms)
 * and PubNub's Access Manager. Each paste is reconstructed from the public thread named in its row (credentials made up);
 * the sources are cited beside the rows in parse/verifier-messages/media-sdks.ts and checks/unchecked-claims.ts.
 */
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../helpers/catches.js';
import { A401, A403, NOT_MISSING, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { hs256, unsigned } from '../helpers/tokens.js';

const TWILIO_HEADER = { alg: 'HS256', typ: 'JWT', cty: 'twilio-fpa;v=1' };
const API_KEY_SID = 'SK0a1b2c3d4e5f60718293a4b5c6d7e8f9';
/** A Twilio Access Token, valid at NOW: iss the API key SID, sub the Account SID, grants beside them. */
const TWILIO_TOKEN = hs256(
  {
    jti: `${API_KEY_SID}-${NOW - 600}`,
    grants: { identity: 'alice', chat: { service_sid: 'IS2eb265cf34dc514652f9c69a7b999e63' } },
    iat: NOW - 600,
    exp: NOW + 3000,
    iss: API_KEY_SID,
    sub: 'AC516900bace567f86d9125d6e559366b8',
  },
  'made-up-api-key-secret',
  TWILIO_HEADER,
);
/** A Stream user token, expired two hours before NOW, its signature masked. */
const STREAM_EXPIRED = unsigned({ alg: 'HS256', typ: 'JWT' }, { user_id: 'john', exp: NOW - 7200 });
/** A 100ms auth token, expired five minutes before NOW. */
const HMS_EXPIRED = unsigned(
  { alg: 'HS256' },
  {
    access_key: '64ef0ea4ca5848f0e3d4663a',
    room_id: '64ef354d7fb895bed6f7a305',
    user_id: '64ef0ea4ca5848f0e3d46638',
    role: 'host',
    type: 'app',
    version: 2,
    iat: NOW - 86_700,
    exp: NOW - 300,
  },
);
/** A Zoom Meeting SDK signature, expired fifteen minutes before NOW. */
const ZOOM_EXPIRED = unsigned(
  { alg: 'HS256', typ: 'JWT' },
  {
    appKey: 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7',
    sdkKey: 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7',
    mn: '85746065432',
    role: 0,
    iat: NOW - 8100,
    exp: NOW - 900,
    tokenExp: NOW - 900,
  },
);

/** A Mux signed playback token (aud v, sub the playback ID), expired twenty minutes before NOW, its signature masked. */
const MUX_EXPIRED = unsigned(
  { alg: 'RS256', typ: 'JWT', kid: 'Zmgt01ngaajqa7YckpI02FDO02H02TsmEs1cFwcYpG96CAw' },
  { exp: NOW - 1200, aud: 'v', sub: 'OzJrJ431iiyW702b4iceBClDHdRe01giL4lTcOIbxb98g' },
);

/** A Daily meeting token, self-signed (r the room, d the domain ID), valid at NOW, its signature masked. */
const DAILY_TOKEN = unsigned(
  { alg: 'HS256', typ: 'JWT' },
  { r: 'call-123', d: '6f1c5be1-2679-497b-a20f-0d1fd62d07a6', iat: NOW - 60, exp: NOW + 3540 },
);

const CATCHES: Row[] = [
  {
    name: 'Twilio 20101 in twilio-video-app-react’s dialog (twilio/twilio-video-app-react#325)',
    input: 'ERROR\nInvalid Access Token. Please make sure you are using the correct credentials.\n\nError Code: 20101',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'twilio',
    excludes: NOT_MISSING,
  },
  {
    name: 'Twilio 20104 in twilio-video.js’s signaling log (twilio/twilio-video.js#471)',
    input:
      '2026-05-28 14:03:45.616Z | DEBUG in [TwilioConnection #4: wss://sdkgw.us1.twilio.com/signaling]: Incoming: {"body":{"version":1,"type":"error","participants":[],"code":20104,"message":"Access Token expired or expiration date invalid"},"type":"msg"}',
    ...REFUSED,
    top: 'time.expired',
    via: 'twilio',
  },
  {
    name: 'twilio-voice.js’s AccessTokenInvalid (twilio-labs/code-exchange#50)',
    input:
      '>  Got a token.\n>  Initializing device\n>  Twilio.Device Error: AccessTokenInvalid (20101): Twilio was unable to validate your Access Token',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'twilio',
  },
  {
    name: 'twilio-voice.js’s AccessTokenExpired (TwilioDevEd/voice-javascript-sdk-quickstart-php#141)',
    input:
      'Twilio.Device Error: AccessTokenExpired (20104): The Access Token provided to the Twilio API has expired, the expiration time specified in the token was invalid, or the expiration time specified was too far in the future',
    ...REFUSED,
    top: 'time.expired',
    via: 'twilio',
  },
  {
    name: 'Twilio 20103 issuer or subject (twilio/voice-quickstart-android#109)',
    input: 'Outgoing call got error Error - 20103 Invalid Access Token issuer or subject',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'twilio',
  },
  {
    name: 'Twilio 20107, its signature (twilio/video-quickstart-js#11)',
    input: 'Could not connect to Twilio: Invalid Access Token signature',
    ...REFUSED,
    top: 'signature.invalid',
    via: 'twilio',
  },
  {
    name: 'Twilio’s SIP 403 with X-Twilio-Error, its answer by design (eddiezane/react-twilio-video-post#3)',
    input:
      'data: "SIP/2.0 403 Forbidden\nCSeq: 81 REGISTER\nCall-ID: rfskmkehturld48rrpq7a0\nServer: Twilio\nX-Twilio-Error: 20101 Invalid Access Token\nContent-Length: 0\n"',
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'twilio',
    excludes: ['status.mismatch'],
  },
  {
    name: 'Twilsock’s init refused, the token beside it (twilio/conversations-ios#40)',
    input: `token Sample\n${TWILIO_TOKEN}\n\n<<<<TwilioConversationsClient: 0x282dfc540>>>> -    2 | Twilsock Client | closeRemotelyImpl in state TransportDisconnecting\n'init' message failed: {"code":401,"status":"UNAUTHORIZED"}`,
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'twilio',
    includes: ['input.live-token'],
    excludes: ['claim.aud-missing'],
  },
  {
    name: 'LiveKit naming go-jose’s reason (livekit/livekit#2394)',
    input:
      '2026-05-28T14:09:59.112Z\tINFO\tlivekit\tservice/rtcservice.go:121\terror handling request\t{"status": 401, "error": "invalid token: ****************** error: square/go-jose/jwt: validation failed, token not valid yet (nbf)"}',
    ...A401,
    top: 'time.not-yet-valid',
    via: 'livekit',
  },
  {
    name: 'Stream’s expired token in its JSON error (GetStream/stream-chat-swift#2247)',
    input:
      '{\n  "code" : 40,\n  "message" : "SendEvent failed with error: \\"JWTAuth error: token is expired (exp)\\"",\n  "more_info" : "https:\\/\\/getstream.io\\/chat\\/docs\\/api_errors_response",\n  "StatusCode" : 401,\n  "duration" : ""\n}',
    ...A401,
    top: 'time.expired',
    via: 'stream',
  },
  {
    name: 'Stream’s code 43, another app’s secret (GetStream/flutter-samples#70)',
    input:
      'Unhandled Exception: WebSocketError(message: JWTAuth error: signature is not valid. Make sure the token is created using the secret for API key "q7zk2m4d9wpe", data: ErrorResponse(code: 43, message: JWTAuth error: signature is not valid. Make sure the token is created using the secret for API key "q7zk2m4d9wpe", statusCode: 401, moreInfo: ))',
    ...A401,
    top: 'signature.invalid',
    via: 'stream',
    excludes: NOT_MISSING,
  },
  {
    name: 'Stream’s WebSocket connect refused (GetStream/stream-chat-react-native#2171)',
    input:
      '[Error: {"code":5,"StatusCode":401,"message":"WS failed with code 5 and reason - Connect failed with error: \\"Token signature is invalid\\"","isWSFailure":false}]',
    ...A401,
    top: 'signature.invalid',
    via: 'stream',
  },
  {
    name: 'Stream’s expired token pasted with its refusal: exp judged, no aud or iss asked for (stream-chat-android#5331)',
    input: `token: ${STREAM_EXPIRED}\nNetworkError(message=JWTAuth error: token is expired (exp), serverErrorCode=40, statusCode=401, cause=null)`,
    ...A401,
    top: 'time.expired',
    via: 'stream',
    tokenExp: NOW - 7200,
    excludes: ['claim.aud-missing', 'claim.iss-missing'],
  },
  {
    name: 'Agora’s gateway refusing the RTC token (AgoraIO/API-Examples-Web#66)',
    input:
      'Agora-SDK [ERROR]: [client-729ce] join number: 1, Joining channel failed, rollback AgoraRTCException: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'agora',
    excludes: NOT_MISSING,
  },
  {
    name: 'Agora’s token timeout (AgoraIO/API-Examples-Web#86)',
    input:
      'AgoraRTCException: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: flag: 4096, message: AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: dynamic key or token timeout\n    at cA (http://localhost:3012/node_modules/.vite/deps/chunk-PRBXGCMN.js?v=45d98b7d:7855:239)',
    ...REFUSED,
    top: 'time.expired',
    via: 'agora',
  },
  {
    name: 'Vonage Video’s 1004 invalid token format (opentok/accelerator-sample-apps-js#21)',
    input: 'Unhandled Rejection (OT_AUTHENTICATION_ERROR): Invalid token format (1004)',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'vonage-video',
    excludes: ['token.malformed', ...NOT_MISSING],
  },
  {
    name: 'Vonage Video’s 1004 token has expired (opentok/OpenTok-PHP-SDK#352)',
    input: 'OT_AUTHENTICATION_ERROR: token has expired (1004)',
    ...REFUSED,
    top: 'time.expired',
    via: 'vonage-video',
  },
  {
    name: 'Vonage Video’s REST 403 to the server SDK’s JWT, its answer by design (opentok/opentok-node#232)',
    input:
      'createSession error:Error: Failed to createSession. Error: An authentication error occurred: (403) {"code":-1,"message":"Invalid issuer format","description":"Invalid issuer format"}',
    status: 403,
    classification: 'authentication',
    top: 'challenge.invalid-token',
    via: 'vonage-video',
    excludes: ['status.mismatch'],
  },
  {
    name: 'Zoom Meeting SDK 3712 (zoom/meetingbot-web-sample#4)',
    input:
      "{method: 'join', status: false, result: 'Invalid signature.', errorCode: 3712, errorMessage: 'Signature is invalid.'}",
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'zoom-meeting-sdk',
    excludes: ['signature.invalid'],
  },
  {
    name: 'Zoom Meeting SDK signature expired, pasted beside it (zoom/meetingsdk-web-sample#18)',
    input: `signature: ${ZOOM_EXPIRED}\n{method: 'join', status: false, result: 'The signature has expired.', errorCode: 3705, errorMessage: 'The signature has expired.'}`,
    ...REFUSED,
    top: 'time.expired',
    via: 'zoom-meeting-sdk',
    tokenExp: NOW - 900,
    excludes: ['claim.aud-missing', 'claim.iss-missing'],
  },
  {
    name: '100ms’s INIT 401 (100mslive/100ms-flutter#528)',
    input:
      'internalConnect:: failed :x: [error=HTTPError: Bad Request [code=401, action=INIT, description=Received , cause=null]]',
    ...A401,
    top: 'challenge.invalid-token',
    via: '100ms',
    excludes: NOT_MISSING,
  },
  {
    name: '100ms’s INIT 401 with the expired token beside it (100mslive/100ms-react-native#1266)',
    input: `Example token - ${HMS_EXPIRED}\n{"action": "INIT", "canRetry": undefined, "code": 401, "description": "Received ", "isTerminal": true, "message": "Bad Request", "name": "HTTPError"}`,
    ...A401,
    top: 'time.expired',
    includes: ['challenge.invalid-token'],
    excludes: ['claim.aud-missing', 'claim.iss-missing'],
  },
  {
    name: 'Mux Player’s expired playback token, the signed URL beside it: its 403 by design (muxinc/elements errors/403-expired-token.md)',
    input: `[mux-player 2.6.0] Video URL has expired: The video’s secured playback-token has expired.\nGET https://stream.mux.com/OzJrJ431iiyW702b4iceBClDHdRe01giL4lTcOIbxb98g.m3u8?token=${MUX_EXPIRED} 403 (Forbidden)`,
    ...A403,
    classification: 'authentication',
    top: 'time.expired',
    via: 'mux',
    tokenExp: NOW - 1200,
    excludes: ['status.mismatch', 'claim.iss-missing'],
  },
  {
    name: 'an expired Mux playback token on its signed URL, the player’s words naming nothing of Mux’s (muxinc/elements#925)',
    input: `GET https://stream.mux.com/OzJrJ431iiyW702b4iceBClDHdRe01giL4lTcOIbxb98g.m3u8?token=${MUX_EXPIRED} 403 (Forbidden)\n[mux-player 2.6.0] MediaError: A network error caused the media download to fail.`,
    ...A403,
    classification: 'authentication',
    top: 'time.expired',
    tokenExp: NOW - 1200,
    excludes: ['status.mismatch'],
  },
  {
    name: 'Mux Player’s aud refusal (muxinc/elements errors/403-incorrect-aud-value.md)',
    input: 'The playback-token has an incorrect aud value: t. aud value should be v.',
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'mux',
  },
  {
    name: 'daily-js ignoring the meeting token, the token beside it (LuisFGom/PROYECTO-ISO-WHATSAPP-V5, its Daily notes)',
    input: `token: ${DAILY_TOKEN}\n❌ Meeting token ignored: invalid-token`,
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'daily',
    excludes: ['claim.aud-missing', 'claim.iss-missing'],
  },
  {
    name: 'Sendbird’s 400302 to a connect without the token the app requires (sendbird-graveyard/SendBird-iOS#53)',
    input: 'Connect user error: Error Domain=Access token is not valid. Code=400302 "(null)"',
    ...REFUSED,
    top: 'challenge.invalid-token',
    via: 'sendbird',
  },
  {
    name: 'PubNub’s Access Manager 403 naming the channels (pubnub/iot-push-demo#1)',
    input:
      'Failed to load resource: the server responded with a status of 403 (Forbidden)\n\n{"status":403,"service":"Access Manager","error":true,"message":"Forbidden","payload":{"channels":["device-8"]}}',
    ...A403,
    top: 'policy.deny',
    via: 'pubnub',
  },
];

describe('round audit-aq: video, voice and chat SDKs’ services refusing the backend’s token', () => {
  it.each(CATCHES)('catches: $name', async (row) => {
    await expectPasteRow(row);
  });

  it('gives Twilio’s own step: the API key, its secret and the grant', async () => {
    const r = await run(
      'Twilio.Device Error: AccessTokenInvalid (20101): Twilio was unable to validate your Access Token',
    );
    expect(r.nextSteps[0]).toContain('API key SID (SK…)');
    const ja = await run(
      'Twilio.Device Error: AccessTokenInvalid (20101): Twilio was unable to validate your Access Token',
      {
        locale: 'ja',
      },
    );
    expect(ja.nextSteps[0]).toContain('API キー SID（SK…）');
  });

  it('gives Twilio’s 24-hour limit for 20104', async () => {
    const r = await run('{"code":20104,"message":"Access Token expired or expiration date invalid"}');
    expect(r.nextSteps[0]).toContain('24 hours');
  });

  it('gives Twilio’s 24-hour ttl for twilio-voice.js’s 31207', async () => {
    const r = await run('Twilio.Device Error: JWTTokenExpirationTooLongError (31207): JWT token expiration too long');
    expect(r.findings[0]).toMatchObject({ code: 'time.long-lifetime', args: { via: 'twilio' } });
    expect(r.nextSteps[0]).toContain('at most 24 hours');
  });

  it('gives the minting backend’s step when the token refused had expired by its own exp', async () => {
    const expired = unsigned(TWILIO_HEADER, {
      grants: { identity: 'alice' },
      iss: API_KEY_SID,
      sub: 'AC516900bace567f86d9125d6e559366b8',
      iat: NOW - 4200,
      exp: NOW - 600,
    });
    const r = await run(
      `token: ${expired}\nTwilio.Device Error: AccessTokenInvalid (20101): Twilio was unable to validate your Access Token`,
    );
    expect(r.findings[0]).toMatchObject({ code: 'time.expired', args: { mintedFor: 'twilio' } });
    expect(r.nextSteps[0]).toContain('mint a new one on your backend');
    const plain = await run(`token: ${expired}\nHTTP/1.1 401 Unauthorized`);
    expect(plain.findings.find((f) => f.code === 'time.expired')?.args.mintedFor).toBeUndefined();
  });

  it('never prints the Twilio token pasted beside the refusal', async () => {
    const r = await run(
      `${TWILIO_TOKEN}\nTwilsock Client\n'init' message failed: {"code":401,"status":"UNAUTHORIZED"}`,
    );
    const json = JSON.stringify(r);
    expect(json.includes(TWILIO_TOKEN.split('.')[2] as string)).toBe(false);
    expect(json.includes(TWILIO_TOKEN.split('.').slice(0, 2).join('.'))).toBe(false);
  });
});

describe('round audit-aq: the products’ secrets are never shown', () => {
  const CERTIFICATE = '5cfd2fd1755d40ecb72977518be15d3b';
  it.each([
    [
      'as an environment line',
      `AGORA_APP_CERTIFICATE=${CERTIFICATE} AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed`,
    ],
    [
      'in a settings object',
      `{"appId":"30b9f4f0c35942538a8f567fda992004","appCertificate":"${CERTIFICATE}","error":"AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed"}`,
    ],
  ])('Agora’s App Certificate %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings[0]?.args.via).toBe('agora');
    expect(JSON.stringify(r).includes(CERTIFICATE)).toBe(false);
  });

  it('keeps Agora’s public App ID, which is no secret', async () => {
    const r = await run(
      `{"appId":"30b9f4f0c35942538a8f567fda992004","error":"AgoraRTCError CAN_NOT_GET_GATEWAY_SERVER: invalid token, authorized failed"}`,
    );
    expect(JSON.stringify(r.findings[0]?.evidence)).toContain('30b9f4f0c35942538a8f567fda992004');
  });
});

describe('round audit-aq: catches not', () => {
  it.each([
    ['another API’s lower-case words', 'HTTP/1.1 401 Unauthorized\n\n{"message":"Invalid access token."}', 'twilio'],
    ['Twilio’s Title Case words with nothing of Twilio near', 'Login page: Invalid Access Token', 'twilio'],
    ['Twilsock’s words without Twilio or Twilsock named', '\'init\' message failed: {"code":401}', 'twilio'],
    ['a connect failure of something else', 'Connect failed with error: timeout after 30s', 'stream'],
    ['“Signature is invalid.” without Zoom', 'HTTP/1.1 401 Unauthorized\n\nSignature is invalid.', 'zoom-meeting-sdk'],
    ['100ms’s INIT answered 200', '{"action": "INIT", "code": 200, "message": "OK"}', '100ms'],
    [
      'PubNub’s Access Manager answering 200',
      '{"status":200,"service":"Access Manager","message":"Success"}',
      'pubnub',
    ],
  ])('%s', async (_name, paste, via) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.via === via)).toEqual([]);
  });

  it('still asks for aud on a token with user_id alone when Stream is not named', async () => {
    const token = unsigned({ alg: 'HS256' }, { user_id: 'john', exp: NOW + 600 });
    const r = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`);
    expect(r.findings.map((f) => f.code)).toContain('claim.aud-missing');
  });

  it('still reports the contradiction for a token with aud v on another host’s 403', async () => {
    const r = await run(`GET https://cdn.example.com/video.m3u8?token=${MUX_EXPIRED} 403 (Forbidden)`);
    expect(r.findings.map((f) => f.code)).toContain('status.mismatch');
  });

  it('still asks for aud on a token with claims r and d when Daily is not named', async () => {
    const token = unsigned({ alg: 'HS256' }, { r: 'eu-west', d: 'x1', exp: NOW + 600 });
    const r = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`);
    expect(r.findings.map((f) => f.code)).toContain('claim.aud-missing');
  });

  it('still asks for aud on a token with grants whose iss is no Twilio API key SID', async () => {
    const token = unsigned(
      { alg: 'HS256' },
      { grants: { identity: 'a' }, iss: 'https://auth.example.com/', exp: NOW + 600 },
    );
    const r = await run(`HTTP/1.1 401 Unauthorized\nAuthorization: Bearer ${token}`);
    expect(r.findings.map((f) => f.code)).toContain('claim.aud-missing');
  });
});
