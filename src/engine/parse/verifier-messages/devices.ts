/**
 * Devices and their brokers refusing a connection, in the words of the device SDKs and broker logs that print it:
 * an MQTT CONNACK's "not authorized" as Azure IoT's C and C# SDKs, the AWS CRT and Dart's mqtt5_client print it, EMQX's
 * own authentication and authorization logs, and AWS IoT Core's CloudWatch log. A device's credential (a username and
 * password, a SAS token, an X.509 certificate, a JWT as the password) travels in the CONNECT packet, not in a bearer
 * header, so the steps are the broker's (services.ts's `mqtt` rows share their credential kind). Each row's source is
 * beside it.
 */

import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, namedNear } from './matcher.js';

const mqtt = family('mqtt');
const emqx = family('emqx');
const mosquitto = family('mosquitto');
const awsIot = family('aws-iot');
const azureIotHub = family('azure-iot-hub');
const thingsboard = family('thingsboard');
const homeAssistant = family('home-assistant');

/**
 * An MQTT 5 CONNACK's reason code printed after the client's refusal: 135 (0x87, Not authorized) or 134 (0x86, Bad user
 * name or password). Other refusals (0x85 client identifier not valid, 0x9F connection rate exceeded) are not the
 * credential's.
 */
function connackReason(f: Fragment): Reading | null {
  return /"?reasonCode"?\s{0,4}:\s{0,4}13[45]\b/.test(f.after(600, true)) ? {} : null;
}

/** Mosquitto's log names the client before its words: "Client <id> …", newer versions with "[<address>:<port>]" after it. */
function mosquittoClient(f: Fragment): Reading | null {
  return /\bClient [^\s[]{1,200}(?: \[[^\]\n]{1,80}\])? $/.test(f.before(300)) ? {} : null;
}

/** EMQX 4's channel log names the topic between its words: "Cannot publish message to <topic> due to Not authorized." */
function emqxPublishDenied(f: Fragment): Reading | null {
  const m = /^([^\s]{1,300}) due to Not authorized\./.exec(f.after(340));
  return m === null ? null : { extend: m[0].length };
}

/** ThingsBoard's error body gives its ThingsboardErrorCode after the message: 11 is JWT_TOKEN_EXPIRED. */
function thingsboardCode11(f: Fragment): Reading | null {
  // Pretty-printed, the code stands on the next line (`"errorCode": 11` under `"message": …`).
  return /^",\s{0,12}"errorCode"\s{0,4}:\s{0,4}11\b/.test(f.after(80, true)) ? {} : null;
}

/**
 * ThingsBoard named around words any Java server could say: its name, or its WebSocket API (`/api/ws`, the older
 * `/api/ws/plugins/telemetry`, the `authCmd` a client sends first on it; thingsboard.io docs user-guide/telemetry,
 * "WebSocket API").
 */
const thingsboardNear = namedNear(1500, 1500, 'thingsboard', '/api/ws', 'authcmd');

/** ThingsboardErrorCode.AUTHENTICATION is 10: its sign-in filters' refusals, read only with it after the words. */
function thingsboardCode10(f: Fragment): Reading | null {
  return /^",\s{0,12}"errorCode"\s{0,4}:\s{0,4}10\b/.test(f.after(80, true)) ? {} : null;
}

/** AWS IoT Core's log entry names its event and protocol beside the reason (`"eventType": "Connect"`, `"protocol": "MQTT"`). */
function awsIotEntry(f: Fragment): Reading | null {
  const around = f.text.slice(Math.max(0, f.start - 800), f.end + 400);
  return /"eventType"\s{0,4}:/.test(around) && /"(?:principalId|clientId)"\s{0,4}:/.test(around) ? {} : null;
}

export const DEVICES: readonly Matcher[] = [
  // Azure IoT Hub's (and its Device Provisioning Service's) 401 for a credential it could not authenticate: error
  // 401002 IotHubUnauthorizedAccess as its HTTP body (`{"Message":"ErrorCode:IotHubUnauthorizedAccess;Unauthorized",
  // …}`, Azure/azure-iot-sdk-c#246; IoT Edge's hub, Azure/iotedgehubdev#95), its `iothub-errorcode` header
  // (helium/router#619) and DPS's AMQP error (`{"errorCode":401002,…,"message":"IotHubUnauthorizedAccess"}`,
  // MattHoneycutt/ps-create-iot-solutions#1); 401003 IoTHubUnauthorized and its "Authentication failed for this device,
  // renew token or certificate and reconnect" (learn.microsoft.com/azure/iot-hub/troubleshoot-error-codes, "401003 IoT
  // Hub unauthorized": an expired SAS token, a key, rule or thumbprint that does not match).
  azureIotHub('unauthorized-access', 'challenge.invalid-token', 'IotHubUnauthorizedAccess', {
    kind: 'code',
    exactCase: true,
  }),
  azureIotHub('unauthorized', 'challenge.invalid-token', 'IoTHubUnauthorized', {
    kind: 'code',
    exactCase: true,
    read: (f) => (/^[A-Za-z]/.test(f.after(1)) ? null : {}),
  }),
  azureIotHub(
    'authentication-failed',
    'challenge.invalid-token',
    'Authentication failed for this device, renew token or certificate and reconnect',
  ),
  // Azure IoT's C SDK printing IoT Hub's CONNACK return code 5 (iothubtransport_mqtt_common.c's
  // mqtt_operation_complete_callback: "Connection Not Accepted: 0x5: Not Authorized", Azure/azure-iot-sdks#985, a device
  // whose SAS key IoT Hub refused): these SDKs talk to IoT Hub (or IoT Edge's hub) only, so the refusal is its.
  azureIotHub('mqtt-not-accepted', 'challenge.invalid-token', 'Connection Not Accepted: 0x5: Not Authorized', {
    exactCase: true,
  }),
  // Azure IoT's C# device SDK over MQTT, DotNetty's ConnectReturnCode in its words: "UnauthorizedException: CONNECT
  // failed: RefusedNotAuthorized" (Azure/azure-iot-sdk-c#80).
  azureIotHub('mqtt-refused-not-authorized', 'challenge.invalid-token', 'CONNECT failed: RefusedNotAuthorized', {
    exactCase: true,
  }),
  // The AWS CRT's MQTT 5 client (aws-iot-device-sdk-js-v2, -python-v2, -cpp-v2): "AWS_ERROR_MQTT5_CONNACK_CONNECTION_REFUSED,
  // Remote endpoint rejected the CONNECT attempt by returning an unsuccessful CONNACK", then the CONNACK with
  // `"reasonCode": 135` (aws/aws-iot-device-sdk-js-v2#315): only with that reason code, the credential's.
  mqtt('crt-connack-refused', 'challenge.invalid-token', 'AWS_ERROR_MQTT5_CONNACK_CONNECTION_REFUSED', {
    exactCase: true,
    read: connackReason,
  }),
  // Dart's mqtt5_client (shamblett/mqtt5_client#131, connecting to AWS IoT): "MqttConnectionHandlerBase::
  // _connectAckProcessor connection rejected, reason code is notAuthorized".
  mqtt('dart-not-authorized', 'challenge.invalid-token', 'connection rejected, reason code is notAuthorized', {
    exactCase: true,
  }),
  // The Mosquitto broker's own log of a CONNECT it refused (src/handle_connect.c): "Client <id> disconnected, not
  // authorised." (eclipse-mosquitto/mosquitto#2630, #2036, after "Sending CONNACK to … (0, 5)"), and since 2.0 releases
  // that print the address, "Client <id> [<ip>:<port>] disconnected: not authorised." (Tysonpower/HCPBridgeMqtt_tynet#69,
  // iamslan/ha-fossibot#28): no password_file entry, plugin or certificate accepted the client's credentials.
  mosquitto('disconnected-not-authorised', 'challenge.invalid-token', 'disconnected, not authorised.', {
    exactCase: true,
    read: mosquittoClient,
  }),
  mosquitto('disconnected-colon-not-authorised', 'challenge.invalid-token', 'disconnected: not authorised.', {
    exactCase: true,
    read: mosquittoClient,
  }),
  // MQTTnet's verbose log of the CONNACK it received, reason code and all: "<<< ConnAck: [ReturnCode=ConnectionAccepted]
  // [ReasonCode=NotAuthorized] …" (dotnet/MQTTnet#1729, AWS IoT Core refusing a custom authorizer's client). Only on a
  // ConnAck: the same reason code on a PubAck or SubAck refuses a topic, not the connection.
  mqtt('mqttnet-connack-not-authorized', 'challenge.invalid-token', '[ReasonCode=NotAuthorized]', {
    exactCase: true,
    read: (f) => (/<<< ConnAck: [^\n]{0,120}$/.test(f.before(160)) ? {} : null),
  }),
  // EMQX 5's authentication failure as its text log formatter prints it: "reason: not_authorized, tag: AUTHN, msg:
  // authentication_failure" (emqx/emqx#17661); and its connection closed for it, "emqx_connection_terminated, reason:
  // {shutdown,not_authorized}" after the CONNACK with ReasonCode=5 (emqx/emqx#8389, HTTP authentication refusing).
  emqx('authn-failure', 'challenge.invalid-token', 'tag: AUTHN, msg: authentication_failure', { exactCase: true }),
  emqx('terminated-not-authorized', 'challenge.invalid-token', 'reason: {shutdown,not_authorized}', {
    exactCase: true,
  }),
  // EMQX 4's channel refusing a publish its ACL denies, the client authenticated (emqx/emqx#3554: "[Channel] Cannot
  // publish message to devices/test2/lol due to Not authorized."): the topic is not allowed to this client.
  emqx('publish-denied', 'policy.deny', 'Cannot publish message to ', { exactCase: true, read: emqxPublishDenied }),
  // AWS IoT Core's CloudWatch log entry for a connection or a message its policies refuse (IoTReady/flutter-aws-iot#1:
  // `"eventType": "Connect", "protocol": "MQTT", … "reason": "AUTHORIZATION_FAILURE", "details": "Authorization
  // Failure"`): the principal (a certificate, a Cognito identity) was recognised and no attached IoT policy allows
  // the action (iot:Connect on the client id, iot:Publish on the topic).
  awsIot('authorization-failure', 'policy.deny', '"reason": "AUTHORIZATION_FAILURE"', {
    exactCase: true,
    read: awsIotEntry,
  }),
  // ThingsBoard's REST API refusing an expired JWT (its X-Authorization: Bearer token, or the refresh token sent to
  // /api/auth/token): `{"status":401,"message":"Token has expired","errorCode":11,…}` (thingsboard/thingsboard#4532;
  // ThingsboardErrorCode.JWT_TOKEN_EXPIRED is 11). The code after the words keeps other products' sentence out.
  thingsboard('token-expired', 'time.expired', 'Token has expired', { exactCase: true, read: thingsboardCode11 }),
  // ThingsBoard's own words for a JWT it parsed (application/…/security/model/token/JwtTokenFactory.java,
  // parseTokenClaims: ExpiredJwtException becomes `new JwtExpiredTokenException(token, "JWT Token expired", …)`, a bad
  // signature or a malformed token `new BadCredentialsException("Invalid JWT token: ", …)`), as its WebSocket API closes
  // the session with them: "1007 Invalid Frame: JWT Token expired", "1011 Server Error: Invalid JWT token"
  // (thingsboard/thingsboard#10516, a token from thingsboard.cloud sent to demo.thingsboard.io, and with "Bearer " in
  // authCmd's token). Only with ThingsBoard named near: the sentences are many servers'.
  thingsboard('jwt-token-expired', 'time.expired', 'JWT Token expired', { exactCase: true, read: thingsboardNear }),
  thingsboard('invalid-jwt-token', 'challenge.invalid-token', 'Invalid JWT token', {
    exactCase: true,
    read: thingsboardNear,
  }),
  // ThingsBoard's sign-in endpoints refusing a request that is not a POST before reading any credential:
  // RestLoginProcessingFilter (/api/auth/login) and RefreshTokenProcessingFilter (/api/auth/token) throw
  // `new AuthMethodNotSupportedException("Authentication method not supported")` when the method is not POST
  // (thingsboard/thingsboard application/…/auth/rest/RestLoginProcessingFilter.java), answered as
  // `{"status":401,"message":"Authentication method not supported","errorCode":10,…}` (thingsboard/thingsboard#4532).
  // Like a token endpoint's unsupported_grant_type, the request's form was refused and no credential judged.
  thingsboard('auth-method', 'oauth.unsupported-grant', 'Authentication method not supported', {
    exactCase: true,
    read: thingsboardCode10,
  }),
  // Home Assistant's HTTP ban middleware logging a request whose credential it refused: "[homeassistant.components.http.ban]
  // Login attempt or request with invalid authentication from <host> (<ip>). Requested URL: '<path>'. (<user agent>)"
  // (home-assistant/android#3635, an app's expired access token on /api/states; home-assistant/core#44070, the older
  // line without the URL). Its access tokens, and the long-lived ones made on the profile page, are JWTs it signs.
  homeAssistant(
    'invalid-authentication',
    'challenge.invalid-token',
    'Login attempt or request with invalid authentication from',
    { exactCase: true },
  ),
];
