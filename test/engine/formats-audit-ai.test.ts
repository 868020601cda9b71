/**
 * Round audit-ai: devices, brokers and game backends. A device's credential travels in its MQTT CONNECT packet (a
 * username and password, a SAS token, a JWT as the password, a client certificate), so the refusal is the broker's, in
 * the words its SDK or its own log prints; a broker that accepted the client and refused a topic, or AWS IoT Core's
 * policies refusing an action, is authorization. Pastes from public sources (beside each), ids and hosts made up.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, NOW, run } from '../helpers/catches.js';
import { unsigned } from '../helpers/tokens.js';

describe('Azure IoT Hub refusing a device’s or service’s credential (azure-iot-hub-credentials)', () => {
  it.each([
    // Azure/azure-iot-sdk-c#246: the C SDK's HTTP transport printing the reply.
    [
      'the C SDK’s HTTP reply',
      'Error: File:azure-iot-sdk-c/c-utility/adapters/httpapi_curl.c Func:HTTPAPI_ExecuteRequest Line:594 Failure in HTTP communication: server reply code is 401\nInfo: HTTP Response:{"Message":"ErrorCode:IotHubUnauthorizedAccess;Unauthorized","ExceptionMessage":"Tracking ID:651347e20da64d6b8b424979941eacc0-G:11-TimeStamp:09/29/2017 15:53:06"}',
    ],
    // MattHoneycutt/ps-create-iot-solutions#1: the Device Provisioning Service over AMQP.
    [
      'DPS over AMQP',
      'Unhandled Exception: Microsoft.Azure.Devices.Provisioning.Client.ProvisioningTransportException: AMQP transport exception ---> Microsoft.Azure.Amqp.AmqpException: {"errorCode":401002,"trackingId":"009f4f3a-a461-4257-9597-6c1bf0528b6b","message":"IotHubUnauthorizedAccess","timestampUtc":"2019-10-10T09:37:22.7666564Z"}',
    ],
    // Azure/iotedgehubdev#95: IoT Edge's hub refreshing a module's identity.
    [
      'IoT Edge hub',
      'Microsoft.Azure.Devices.Edge.Hub.CloudProxy.DeviceScopeApiException: Message: Error getting device scope result from IoTHub, HttpStatusCode: Unauthorized, Content: {"Message":"ErrorCode:IotHubUnauthorizedAccess;Unauthorized","ExceptionMessage":"Tracking ID:8d08ff1144d6450680295a10d760244f-G:9-TimeStamp:10/15/2018 03:54:24"}',
    ],
    // helium/router#619: an Erlang client's print of the reply headers.
    [
      'the iothub-errorcode header in an Erlang tuple',
      'channel_start_error: error {ok,401,\n [{<<\\"Server\\">>,<<\\"Microsoft-HTTPAPI/2.0\\">>},\n  {<<\\"iothub-errorcode\\">>,\n   <<\\"IotHubUnauthorizedAccess\\">>}],',
    ],
    // Azure/azure-iot-sdks#985: the C SDK's MQTT transport on a Raspberry Pi.
    [
      'the C SDK’s MQTT CONNACK',
      'Error: Time:Sun Nov  6 02:02:26 2016 File:/home/pi/azure-iot-sdks/c/iothub_client/src/iothubtransport_mqtt_common.c Func:mqtt_operation_complete_callback Line:1273 Connection Not Accepted: 0x5: Not Authorized',
    ],
    // Azure/azure-iot-sdk-c#80: the C# device SDK over MQTT.
    [
      'the C# SDK over MQTT',
      '{Microsoft.Azure.Devices.Client.Exceptions.UnauthorizedException: CONNECT failed: RefusedNotAuthorized\n   at System.Runtime.CompilerServices.TaskAwaiter.ThrowForNonSuccess(Task task)',
    ],
  ])('catches: %s', async (_name, paste) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'azure-iot-hub', credential: 'azure-iot-hub-credentials' });
    const r = await run(paste);
    expect(r.classification).toBe('authentication');
    expect(r.findings.map((x) => x.code)).not.toContain('token.missing');
    expect(r.nextSteps.join('\n')).toContain('az iot hub generate-sas-token');
  });

  it.each([
    [
      'another IoT Hub error',
      '{"Message":"ErrorCode:IotHubQuotaExceeded;Total number of messages on IotHub exceeded"}',
    ],
    ['a longer word', 'IoTHubUnauthorizedDevice was renamed'],
    ['another SDK’s refusal', 'CONNECT failed: RefusedServerUnavailable'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.via === 'azure-iot-hub')).toEqual([]);
  });
});

describe('an MQTT broker refusing the CONNECT, in device SDKs’ and EMQX’s words (mqtt-credentials)', () => {
  it.each([
    // aws/aws-iot-device-sdk-js-v2#315: the CRT's MQTT 5 client in a Lambda, its CONNACK's reason code 135.
    [
      'AWS CRT MQTT 5',
      '2023-01-09T15:58:30.765Z\tb34092c7\tINFO\tConnection failure event: Error: libaws-c-mqtt: AWS_ERROR_MQTT5_CONNACK_CONNECTION_REFUSED, Remote endpoint rejected the CONNECT attempt by returning an unsuccessful CONNACK\n2023-01-09T15:58:30.766Z\tb34092c7\tINFO\tConnack: {     "type": 2,     "sessionPresent": false,     "reasonCode": 135',
      'mqtt',
    ],
    // shamblett/mqtt5_client#131: Dart's client against AWS IoT.
    [
      'Dart mqtt5_client',
      '2025-01-08 14:11:39.831 -- MqttConnectionHandlerBase::_connectAckProcessor connection rejected, reason code is notAuthorized',
      'mqtt',
    ],
    // eclipse-mosquitto/mosquitto#2630: the broker's own log under systemd.
    [
      'Mosquitto’s log',
      'Sep 07 15:28:03 DietPi mosquitto[713]: 1662560883: New connection from 203.0.113.60:60464 on port 1883.\nSep 07 15:28:03 DietPi mosquitto[713]: 1662560883: Client <unknown> disconnected, not authorised.',
      'mosquitto',
    ],
    // Tysonpower/HCPBridgeMqtt_tynet#69: a newer Mosquitto naming the address.
    [
      'Mosquitto’s log with the address',
      '2026-06-21 14:20:44: New connection from 10.0.0.12:52097 on port 1883.\n2026-06-21 14:20:44: Client ESP-34E1C6F61B44 [10.0.0.12:52097] disconnected: not authorised.',
      'mosquitto',
    ],
    // dotnet/MQTTnet#1729: MQTTnet's verbose log against AWS IoT Core.
    [
      'MQTTnet’s CONNACK',
      '[2023-05-07T18:20:40.0958516Z] [MqttNet] [9] [MqttChannelAdapter] [Verbose]: TX (40 bytes) >>> Connect: [ClientId=testid] [Username=] [Password=] [KeepAlivePeriod=35] [CleanSession=True]\n[2023-05-07T18:20:40.1802685Z] [MqttNet] [9] [MqttChannelAdapter] [Verbose]: RX (113 bytes) <<< ConnAck: [ReturnCode=ConnectionAccepted] [ReasonCode=NotAuthorized] [IsSessionPresent=False]',
      'mqtt',
    ],
    // emqx/emqx#17661: EMQX 5's text log.
    [
      'EMQX 5 authentication_failure',
      'clientid: emqx, peername: 10.1.1.1:42291, username: emqx, pid: <0.894819.0>, reason: not_authorized, tag: AUTHN, msg: authentication_failure',
      'emqx',
    ],
    // emqx/emqx#8389: EMQX 5.0.1's trace, HTTP authentication refusing.
    [
      'EMQX connection terminated',
      '2022-07-01T19:50:33+00:00 [MQTT] door_1@172.19.0.1:65426 msg: mqtt_packet_sent, packet: CONNACK(Q0, R0, D0),AckFlags=0, ReasonCode=5\n2022-07-01T19:50:33+00:00 [SOCKET] door_1@172.19.0.1:65426 msg: emqx_connection_terminated, reason: {shutdown,not_authorized}',
      'emqx',
    ],
  ])('catches: %s', async (_name, paste, via) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via, credential: 'mqtt-credentials' });
    const r = await run(paste);
    expect(r.classification).toBe('authentication');
  });

  it.each([
    // Another refusal code: 0x85, the client identifier, is not the credential's.
    [
      'CRT refusal for another reason',
      'Error: libaws-c-mqtt: AWS_ERROR_MQTT5_CONNACK_CONNECTION_REFUSED, Remote endpoint rejected the CONNECT attempt\nConnack: {"type": 2, "reasonCode": 133}',
    ],
    ['a client’s own words', 'the device disconnected, not authorised. try again'],
    [
      'MQTTnet’s PubAck',
      '[MqttNet] [Verbose]: RX (6 bytes) <<< PubAck: [PacketIdentifier=1] [ReasonCode=NotAuthorized]',
    ],
    ['EMQX success', 'clientid: c1, username: dev1, tag: AUTHN, msg: authentication_success'],
    ['another shutdown', 'msg: emqx_connection_terminated, reason: {shutdown,tcp_closed}'],
    ['the words in prose', 'the broker said connection rejected, reason code is something else'],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.credential === 'mqtt-credentials')).toEqual([]);
  });
});

describe('a broker or AWS IoT Core refusing an authenticated device an action (policy.deny)', () => {
  it.each([
    // emqx/emqx#3554: EMQX 4's channel log, the ACL denying a publish.
    [
      'EMQX 4 publish denied',
      '2020-06-25 12:14:30.519 [warning] <<"mosq-xxsRr2Cm3DftLbadYZ">>@127.0.0.1:61797 [Channel] Cannot publish message to devices/test2/lol due to Not authorized.',
      'emqx',
      'authorization.no_match',
    ],
    // IoTReady/flutter-aws-iot#1: AWS IoT Core's CloudWatch entry for a Cognito identity with no IoT policy allowing it.
    [
      'AWS IoT Core CloudWatch entry',
      '{\n    "timestamp": "2020-02-18 19:09:29.632",\n    "logLevel": "ERROR",\n    "status": "Failure",\n    "eventType": "Connect",\n    "protocol": "MQTT",\n    "clientId": "app-client-1",\n    "principalId": "AROAEXAMPLEROLEID0001:CognitoIdentityCredentials",\n    "reason": "AUTHORIZATION_FAILURE",\n    "details": "Authorization Failure"\n}',
      'aws-iot',
      'iot:Connect',
    ],
  ])('catches: %s', async (_name, paste, via, stepWords) => {
    const f = await catches('policy.deny', paste);
    expect(f.args).toMatchObject({ via });
    const r = await run(paste);
    expect(r.classification).toBe('authorization');
    expect(r.nextSteps.join('\n')).toContain(stepWords);
  });

  it.each([
    ['EMQX publish without the refusal', '[Channel] Cannot publish message to devices/d1 due to Quota exceeded.'],
    ['the reason outside an IoT log entry', '{"reason": "AUTHORIZATION_FAILURE", "service": "billing"}'],
  ])('catches not: %s', async (_name, paste) => {
    await catchesNot('policy.deny', paste);
  });
});

describe('ThingsBoard, Home Assistant and game backends refusing a session credential', () => {
  it.each([
    // thingsboard/thingsboard#4532: the refresh endpoint's reply.
    [
      'ThingsBoard’s JWT_TOKEN_EXPIRED',
      'POST /api/auth/token\n{"status":401,"message":"Token has expired","errorCode":11,"timestamp":"2021-05-03T09:04:06.214+00:00"}',
      'time.expired',
      'thingsboard',
    ],
    // The same reply as Postman pretty-prints it.
    [
      'ThingsBoard’s reply pretty-printed',
      '{\n    "status": 401,\n    "message": "Token has expired",\n    "errorCode": 11,\n    "timestamp": "2021-05-03T09:04:06.214+00:00"\n}',
      'time.expired',
      'thingsboard',
    ],
    // home-assistant/android#3635: the companion app's expired token, in the server's log.
    [
      'Home Assistant’s ban log',
      "2023-07-06 18:12:38.254 WARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid authentication from HUAWEI_MediaPad_M5_lite_1 (192.168.0.125). Requested URL: '/api/states/sensor.piscine_temperature'. (Home Assistant/2023.6.0-10170 (Android 8.0.0; BAH2-W19))",
      'challenge.invalid-token',
      'home-assistant',
    ],
    // LeleDerGrasshalmi/FortniteEndpointsDocumentation#424: Epic's reply to a stored access token.
    [
      'Epic’s token_verification_failed',
      '{\n   "errorCode":"errors.com.epicgames.common.authentication.token_verification_failed",\n   "errorMessage":"Sorry we couldn\'t validate your token. Please try with a new token.",\n   "messageVars":[],\n   "numericErrorCode":1031,\n   "originatingService":"friends",\n   "intent":"prod"\n}',
      'challenge.invalid-token',
      'epic-games',
    ],
    // Lawin0129/LawinServer#120: the game's own log line.
    [
      'Epic’s code in the game’s log',
      "LogOnlineAccount: Error: [CheckPlatformPlayAllowed_HttpRequestComplete] errors.com.epicgames.common.authentication.token_verification_failed Sorry we couldn't validate your token. Please try with a new token.",
      'challenge.invalid-token',
      'epic-games',
    ],
    // heroiclabs/nakama-dart#73: the Dart client's gRPC error.
    [
      'Nakama over gRPC',
      '[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: gRPC Error (code: 16, codeName: UNAUTHENTICATED, message: Auth token invalid, details: [], rawResponse: null, trailers: {})',
      'challenge.invalid-token',
      'nakama',
    ],
  ])('catches: %s', async (_name, paste, code, via) => {
    const f = await catches(code as 'time.expired' | 'challenge.invalid-token', paste);
    const credential = { 'home-assistant': 'home-assistant-token', 'epic-games': 'epic-access-token' }[via as string];
    expect(f.args).toMatchObject(credential === undefined ? { via } : { via, credential });
    const r = await run(paste);
    expect(r.classification).toBe('authentication');
  });

  it.each([
    // Noxime/steamworks-rs#142: AuthenticateUserTicket's answer.
    [
      'Steam’s answer',
      '{\n  "response": {\n    "error": {\n      "errorcode": 101,\n      "errordesc": "Invalid ticket"\n    }\n  }\n}',
    ],
    // Detanup01/gbe_fork#250: PlayFab's LoginWithSteam relaying it.
    [
      'PlayFab relaying Steam',
      'Login failed: /Client/LoginWithSteam: Steam API AuthenticateUserTicket error response: {"response":{"error":{"errorcode":101,"errordesc":"Invalid ticket"}}} for authentication ticket 14000000f8b5dbd6ffffffff',
    ],
  ])('catches the Steam session ticket refused: %s', async (_name, paste) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'steam', credential: 'steam-session-ticket' });
    const r = await run(paste);
    expect(r.nextSteps.join('\n')).toContain('AuthenticateUserTicket');
  });

  it.each([
    ['another product’s “Token has expired”', '{"error":"unauthorized","message":"Token has expired"}', 'thingsboard'],
    ['another ThingsBoard code', '{"status":401,"message":"Token has expired","errorCode":10}', 'thingsboard'],
    [
      'a successful Home Assistant login',
      'INFO [homeassistant.components.http.auth] Login attempt succeeded from 192.168.1.25',
      'home-assistant',
    ],
    [
      'another Epic code',
      '{"errorCode":"errors.com.epicgames.common.throttled","numericErrorCode":1041}',
      'epic-games',
    ],
    ['“Invalid ticket” elsewhere', '{"error":"Invalid ticket","code":400}', 'steam'],
    ['Nakama’s words in lower case prose', 'the auth token invalid flag was set', 'nakama'],
  ])('catches not: %s', async (_name, paste, via) => {
    const r = await run(paste);
    expect(r.findings.filter((f) => f.args.via === via)).toEqual([]);
  });
});

describe('Home Assistant’s and Epic’s tokens are JWTs: a decoded one beside the refusal is judged, not described', () => {
  it('reads the expired long-lived token beside Home Assistant’s line', async () => {
    const token = unsigned({ alg: 'HS256', typ: 'JWT' }, { iss: '4f1c0d9e2b7a', iat: NOW - 7200, exp: NOW - 3600 });
    const paste = `curl -H "Authorization: Bearer ${token}" http://homeassistant.local:8123/api/states\nWARNING (MainThread) [homeassistant.components.http.ban] Login attempt or request with invalid authentication from 192.168.1.25 (192.168.1.25)`;
    const r = await run(paste);
    expect(r.findings.map((f) => f.code)).toContain('time.expired');
    expect(r.findings.filter((f) => f.args.credential === 'home-assistant-token')).toEqual([]);
  });
});
