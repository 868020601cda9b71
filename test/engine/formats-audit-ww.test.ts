/**
 * Round audit-ww: real-time connections refused. A WebSocket handshake's 401 from Node's ws or wscat (which can send
 * headers), SignalR's refused negotiate, and the services that close a socket with their own code (Centrifugo, Ably,
 * Action Cable, Socket.IO's middleware, WSO2's handshake): who refused, the cause the code gives, and steps about where
 * that client sends the token. Sources beside each paste; the rows' own in
 * src/engine/parse/verifier-messages/realtime.ts and src/engine/checks/browser-transport.ts.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { catches, catchesNot, run } from '../helpers/catches.js';

async function textOf(input: string, locale: 'en' | 'ja' = 'en'): Promise<string> {
  return renderText(await run(input, { locale }));
}

describe('Node’s ws and wscat: a handshake refused, from a client that can send headers', () => {
  // jklepatch/eattheblocks#71: ws's abortHandshake under a bot's connection to a provider's wss endpoint.
  const ws = [
    'Error: Unexpected server response: 401',
    '    at ClientRequest.<anonymous> (C:\\Users\\J\\Desktop\\pcs bot\\node_modules\\ws\\lib\\websocket.js:580:7)',
    '    at ClientRequest.emit (events.js:376:20)',
    "Emitted 'error' event on WebSocket instance at:",
    '    at abortHandshake (C:\\Users\\J\\Desktop\\pcs bot\\node_modules\\ws\\lib\\websocket.js:698:15)',
  ].join('\n');
  // eclipse-ditto/ditto#845: wscat against a ws:// URL.
  const wscat = 'root@raspberry:/home# wscat -c ws://localhost:8080/ws/2\nerror: Unexpected server response: 401';

  it.each([
    ['ws', ws],
    ['wscat', wscat],
  ])('catches: %s’s 401, with the headers option as the step, not a browser’s limits', async (_, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ requestUnseen: true, transport: 'ws-client' });
    const { status, nextSteps } = await run(paste);
    expect(status).toBe(401);
    expect(nextSteps[0]).toContain('headers: { Authorization');
    expect(nextSteps.join(' ')).not.toContain('a browser cannot set headers');
  });

  it('catches not: a browser’s WebSocket 401 keeps the browser’s step (max-mapper/websocket-stream#11)', async () => {
    const f = await catches(
      'token.missing',
      "WebSocket connection to 'wss://localhost:8890/test' failed: Unexpected response code: 401",
    );
    expect(f.args).toMatchObject({ transport: 'websocket' });
  });

  it('catches not: ws’s 404 is no auth failure (websockets/ws#1462)', async () => {
    await catchesNot('token.missing', 'Error: Unexpected server response: 404\n    at ClientRequest.req.on');
  });
});

describe('SignalR’s negotiate refused', () => {
  // dotnet/aspnetcore#13325: the JavaScript client's debug log, statusText only.
  const js = [
    '[2019-08-22T06:14:24.981Z] Debug: Sending negotiation request: http://localhost:5000/EventHub/negotiate. Utils.ts:178',
    'Error: Failed to complete negotiation with the server: Error: Unauthorized',
  ].join('\n');
  // aspnet/SignalR#2553: the .NET client's log of the same refusal.
  const dotnet = [
    'fail: Microsoft.AspNetCore.Http.Connections.Client.HttpConnection[10]',
    "      Failed to start connection. Error getting negotiation response from 'http://localhost:54543/broadcast'.",
    'System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).',
  ].join('\n');

  it.each([
    ['the JavaScript client', js],
    ['the .NET client', dotnet],
  ])('catches: %s’s 401, with accessTokenFactory in the step', async (_, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ transport: 'signalr' });
    const { status, nextSteps } = await run(paste);
    expect(status).toBe(401);
    expect(nextSteps[0]).toContain('accessTokenFactory');
  });

  it('catches: the later wording with its number is one 401, not two', async () => {
    const report = await run(
      "Error: Failed to complete negotiation with the server: Error: Unauthorized: Status code '401'",
    );
    expect(report.status).toBe(401);
    expect(report.findings.map((f) => f.code)).toEqual(['token.missing']);
  });

  it('catches not: a negotiate that failed for another reason (dotnet/AspNetCore.Docs#22921)', async () => {
    const report = await run(
      'Error: Failed to complete negotiation with the server: Error\nError: Failed to start the connection: Error',
    );
    expect(report.status).toBeNull();
    expect(report.findings.map((f) => f.code)).not.toContain('token.missing');
  });

  it('the Japanese step names the same option', async () => {
    expect(await textOf(js, 'ja')).toContain('accessTokenFactory');
  });
});

describe('Centrifugo’s own codes', () => {
  // centrifugal/centrifugo#811: the client's disconnect context and the server's log (a subscription token whose sub
  // was not the connection's user). The token here is made up, with the claims.
  const token =
    'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJkYTU1YzNjZS1mNDZlLTQzMzctYjQ5ZS02ZDg1MTljZTVhYzQiLCJjaGFubmVsIjoiJHN5c3RlbTptb25pdG9yaW5nL3JlcG9ydCIsImlhdCI6MTcxNTQzNjkxOSwiZXhwIjoxMTE4MjcxNjkxOX0.Zm9vYmFyYmF6cXV4cXV1eHF1dXpmb29iYXJiYXpxdXhxdXV4cXV1eg';
  const disconnect = [
    `jwt : ${token}`,
    'error message :',
    '{"context":{"code":3500,"reason":"invalid token"}}',
    'centrifugo log :',
    '{"level":"debug","client":"xxxx","reason":"invalid token","user":"yyyy","time":"2024-05-11T14:15:19Z","message":"closing client connection"}',
  ].join('\n');

  it('catches: 3500 invalid token, named Centrifugo’s, with the sub and key in the step', async () => {
    const f = await catches('challenge.invalid-token', disconnect);
    expect(f.args).toMatchObject({ via: 'centrifugo' });
    const { nextSteps } = await run(disconnect);
    expect(nextSteps[0]).toContain('3500');
    expect(nextSteps[0]).toContain('sub');
    const text = await textOf(disconnect);
    expect(text).not.toContain(token.split('.')[2] as string);
  });

  it('catches: error 109 token expired, with getToken as the step (centrifugal/centrifuge-js#202)', async () => {
    const paste = 'error {"type":"connect","error":{"code":109,"message":"token expired"}}';
    const f = await catches('time.expired', paste);
    expect(f.args).toMatchObject({ via: 'centrifugo' });
    expect((await run(paste)).nextSteps[0]).toContain('getToken');
  });

  it('catches not: "invalid token" without Centrifugo’s code or its closing message', async () => {
    const report = await run('{"reason":"invalid token","user":"u1"}');
    expect(report.findings.map((f) => f.args.via)).not.toContain('centrifugo');
  });
});

describe('Ably’s ErrorInfo codes', () => {
  // ably/ably-js#311: a 40102 (the clientId changed under a resumed connection) and a 40142 as the writer saw them.
  const mismatched =
    'Connection failed: {"previous":"connecting","current":"failed","reason":{"message":"Mismatched clientId for existing connection","code":40102,"statusCode":401}}';
  const expired =
    'It connects fine, gets a `message: "Key/token status changed (expire)", code: 40142, statusCode: 401}` as expected';

  it('catches: 40142 is time.expired, with authCallback in the step and no JWT step', async () => {
    const f = await catches('time.expired', expired);
    expect(f.args).toMatchObject({ via: 'ably' });
    const { nextSteps } = await run(expired);
    expect(nextSteps[0]).toContain('authCallback');
    expect(nextSteps.join(' ')).not.toContain('compare the verifier’s clock');
  });

  it('catches: 40102 is Ably’s refusal, its code quoted', async () => {
    const f = await catches('challenge.invalid-token', mismatched);
    expect(f.args).toMatchObject({ via: 'ably', description: '40102 incompatible credentials' });
  });

  it('catches: 40160 is the token’s capability, and in Japanese', async () => {
    const paste = '[ErrorInfo: Channel denied access based on given capability; statusCode=401; code=40160]';
    const f = await catches('scope.insufficient', paste);
    expect(f.args).toMatchObject({ via: 'ably' });
    expect(await textOf(paste, 'ja')).toContain('Ably');
  });

  it('catches not: NestJS’s statusCode 401 body is no Ably error', async () => {
    const report = await run('{"statusCode":401,"message":"Unauthorized","code":"E_AUTH"}');
    expect(report.findings.map((f) => f.args.via)).not.toContain('ably');
  });
});

describe('Action Cable, Socket.IO, WSO2: the app’s or gateway’s refusal of the connection', () => {
  // rails/rails#32128: Action Cable's log for a rejected connection (lines as Rails prints them).
  const cable = [
    'Started GET "/cable/" [WebSocket] for 127.0.0.1 at 2018-02-27 10:12:01 -0500',
    'Successfully upgraded to WebSocket (REQUEST_METHOD: GET, HTTP_CONNECTION: keep-alive, Upgrade, HTTP_UPGRADE: websocket)',
    'An unauthorized connection attempt was rejected',
    'Finished "/cable/" [WebSocket] for 127.0.0.1 at 2018-02-27 10:12:01 -0500',
  ].join('\n');
  // nkzawa/socket.io-stream#111: socket.io-client 2 with the token in the query, the middleware's error unhandled.
  const socketIo = [
    "var socket = io.connect('https://localhost:3000', {",
    '  query: {token: Auth.getToken()}',
    '})',
    'events.js:62 Uncaught Error: Uncaught, unspecified "error" event. (Authentication error)',
  ].join('\n');

  it('catches: Action Cable’s rejection, with the cookie and the consumer’s URL in the step', async () => {
    const f = await catches('challenge.invalid-token', cable);
    expect(f.args).toMatchObject({ via: 'action-cable' });
    const step = (await run(cable)).nextSteps[0] ?? '';
    expect(step).toContain('reject_unauthorized_connection');
    expect(step).toContain('cookie');
  });

  it('catches not: devise-jwt’s cause after the same words is devise-jwt’s', async () => {
    const f = await catches(
      'token.revoked',
      'An unauthorized connection attempt was rejected: Warden::JWTAuth::Errors::RevokedToken',
    );
    expect(f.args).toMatchObject({ via: 'warden-jwt_auth' });
  });

  it('catches: Socket.IO’s middleware refusal, with the auth option in the step', async () => {
    const f = await catches('challenge.invalid-token', socketIo);
    expect(f.args).toMatchObject({ via: 'socket-io' });
    expect((await run(socketIo)).nextSteps[0]).toContain('socket.handshake.auth.token');
  });

  it('catches not: "Authentication error" with no Socket.IO near it', async () => {
    const report = await run('Login failed: Authentication error');
    expect(report.findings.map((f) => f.args.via)).not.toContain('socket-io');
  });

  it('catches: WSO2’s handshake refusal (wso2/api-manager#4345)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      '[2025-09-24 11:02:32,863] ERROR - HandshakeProcessor Authentication failed for /swapi/1.0.0',
    );
    expect(f.args).toMatchObject({ via: 'wso2' });
  });
});

describe('A browser’s WebSocket handshake refused with 403', () => {
  // bryceg/Owin.WebSocket#21 and motyar/golangSocketChat#1: Chrome's console line, the only thing pasted.
  const console403 =
    "WebSocket connection to 'ws://localhost:1212/socket' failed: Error during WebSocket handshake: Unexpected response code: 403";
  // SignalR/SignalR#3880: the handshake as the browser sent it and IIS's 403 (host and tokens made up).
  const handshake = [
    'GET ws://chat-test.example.it/signalr/connect?transport=webSockets&connectionToken=sQdCuTQxZPGnHxHajlg0 HTTP/1.1',
    'Host: chat-test.example.it',
    'Connection: Upgrade',
    'Upgrade: websocket',
    'Origin: http://bridge.example.it:8002',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: +1aKgr819BsAsHMsE3KZXg==',
    '',
    'HTTP/1.1 403 Forbidden',
    'Server: Microsoft-IIS/8.5',
    'Date: Tue, 28 Feb 2017 16:30:53 GMT',
  ].join('\n');

  it('catches: the console line alone leads with the origin check and where the token travels', async () => {
    const report = await run(console403);
    expect(report.status).toBe(403);
    expect(report.findings).toEqual([]);
    expect(report.nextSteps[0]).toContain('Upgrader.CheckOrigin');
    expect(await textOf(console403, 'ja')).toContain('オリジンチェック');
  });

  it('catches: the handshake shown has no Authorization because a browser cannot add one', async () => {
    const f = await catches('authz-header.missing', handshake);
    expect(f.args).toMatchObject({ transport: 'websocket' });
    const { nextSteps } = await run(handshake);
    expect(nextSteps[0]).toContain('a browser cannot set headers');
    expect(nextSteps[1]).toContain('origin');
  });

  it('catches not: a handshake without a browser’s Origin (Node’s ws) keeps the header step', async () => {
    const f = await catches('authz-header.missing', handshake.replace('Origin: http://bridge.example.it:8002\n', ''));
    expect(f.args).not.toHaveProperty('transport');
  });

  it('catches not: a plain 403 with no handshake gets no WebSocket step', async () => {
    const report = await run('HTTP/1.1 403 Forbidden');
    expect(report.nextSteps.join(' ')).not.toContain('WebSocket');
  });
});

describe('A token parameter that carries nothing', () => {
  // healthlocker/healthlocker#387: a Phoenix socket opened before the page had its token; Phoenix answers 403 for any
  // connect/3 that returns :error (phoenixframework/phoenix#2847).
  const phoenix =
    "WebSocket connection to 'wss://www.healthlocker.uk/socket/websocket?token=&vsn=1.0.0' failed: Error during WebSocket handshake: Unexpected response code: 403";

  it('catches: ?token= empty is a token never sent, and the step is about when the socket is created', async () => {
    const f = await catches('token.missing', phoenix);
    expect(f.args).toMatchObject({ placeholder: '', inQuery: 'token' });
    const { nextSteps } = await run(phoenix);
    expect(nextSteps[0]).toContain('token parameter');
    expect(await textOf(phoenix, 'ja')).toContain('token パラメーター');
  });

  it('catches: an empty ?access_token= on an EventSource’s 401', async () => {
    const f = await catches(
      'token.missing',
      "GET https://api.example.com/events?access_token= 401 (Unauthorized)\nEventSource's response has a status 401",
    );
    expect(f.args).toMatchObject({ placeholder: '', inQuery: 'access_token' });
  });

  it.each([
    [
      'a placeholder the redactor keeps out',
      'GET https://api.example.com/events?access_token=undefined 401 (Unauthorized)',
    ],
    [
      'a token in the parameter',
      "WebSocket connection to 'wss://x.example/socket?token=abc123def456&vsn=2.0.0' failed: Error during WebSocket handshake: Unexpected response code: 403",
    ],
    [
      'another parameter’s empty value',
      "WebSocket connection to 'wss://x.example/socket?csrf_token=&vsn=2.0.0' failed: Error during WebSocket handshake: Unexpected response code: 403",
    ],
    ['no refusal', 'connecting to wss://x.example/socket?token=&vsn=2.0.0'],
  ])('catches not: %s', async (_, paste) => {
    const report = await run(paste);
    expect(report.findings.some((f) => f.args.inQuery !== undefined)).toBe(false);
  });
});

describe('pusher-js: the app’s own auth endpoint refused', () => {
  // pusher/pusher-js#900: the user-authentication endpoint's 403, as the console printed it.
  const signin =
    '["Error during signin: Error: Unable to retrieve auth string from user-authentication endpoint - received status: 403 from /authorize. See: https://pusher.com/docs/channels/server_api/authenticating_users"]';

  it('catches: the endpoint’s 403 is the app’s refusal, with its headers and channel callback as the steps', async () => {
    const f = await catches('proxy.authorizer-deny', signin);
    expect(f.args).toMatchObject({ via: 'pusher' });
    const { nextSteps } = await run(signin);
    expect(nextSteps[0]).toContain('channelAuthorization');
    expect(nextSteps[1]).toContain('Broadcast::channel');
    expect(await textOf(signin, 'ja')).toContain('Pusher 認可エンドポイント');
  });

  it('catches not: status 0, the request failing before any answer (a CORS or network error)', async () => {
    const report = await run(
      'AuthError: Unable to retrieve auth string from channel-authorization endpoint - received status: 0 from /pusher/auth',
    );
    expect(report.findings.map((f) => f.args.via)).not.toContain('pusher');
  });
});

describe('Hasura refusing a subscription with no token', () => {
  // hasura/graphql-engine#9818: an Apollo client's subscriptions on the wss endpoint.
  const subscription = [
    'I am trying to set up subscriptions using the apollo client but I keep getting',
    "Missing 'Authorization' or 'Cookie' header in JWT authentication mode When I hit my wss endpoint.",
  ].join('\n');

  it('catches: the step names connectionParams’ headers, where Hasura reads a subscription’s token', async () => {
    const f = await catches('token.missing', subscription);
    expect(f.args).toMatchObject({ via: 'hasura', transport: 'websocket' });
    expect((await run(subscription)).nextSteps[0]).toContain('connectionParams');
    expect(await textOf(subscription, 'ja')).toContain('connection_init');
  });

  it('catches not: the same words over HTTP keep the header step', async () => {
    const f = await catches(
      'token.missing',
      '{"errors":[{"extensions":{"code":"invalid-headers"},"message":"Missing \'Authorization\' or \'Cookie\' header in JWT authentication mode"}]}',
    );
    expect(f.args).not.toHaveProperty('transport');
  });
});

describe('A SignalR hub under Windows authentication', () => {
  // dotnet/aspnetcore#36652: the server's log for a WPF client's hub connection after an upgrade.
  const negotiate = [
    "16:56:14.664|DEBUG|Request matched endpoint '/orderHub'",
    '16:56:14.664|DEBUG|AuthenticationScheme: Negotiate was not authenticated.',
    '16:56:14.664|INFO|Authorization failed. These requirements were not met:',
    'DenyAnonymousAuthorizationRequirement: Requires an authenticated user.',
    '16:56:14.664|DEBUG|Challenged 401 Negotiate.',
    '16:56:14.664|INFO|AuthenticationScheme: Negotiate was challenged.',
  ].join('\n');

  it('catches: Negotiate’s challenge makes the missing credential a Windows one, with UseDefaultCredentials', async () => {
    const f = await catches('token.missing', negotiate);
    expect(f.args).toMatchObject({ via: 'aspnetcore', windowsAuth: true });
    const { nextSteps } = await run(negotiate);
    expect(nextSteps[0]).toContain('UseDefaultCredentials');
    expect(nextSteps.join(' ')).not.toContain('"Authorization: Bearer <token>"');
    expect(await textOf(negotiate, 'ja')).toContain('Windows 認証');
  });

  it('catches not: the same refusal under a Bearer challenge keeps the bearer step', async () => {
    const f = await catches(
      'token.missing',
      'DenyAnonymousAuthorizationRequirement: Requires an authenticated user.\nAuthenticationScheme: Bearer was challenged.',
    );
    expect(f.args).not.toHaveProperty('windowsAuth');
  });
});

describe('The EventSource polyfill’s refusal', () => {
  // Yaffle/EventSource#113: the polyfill chosen for its headers option, refused with 401.
  const polyfill = [
    'I am currently using your EventSourcePolyfill because of the Authorization header feature.',
    "Uncaught Error: EventSource's response has a status 401  that is not 200. Aborting the connection.",
  ].join('\n');

  it('catches: the polyfill can send headers, so its step is its headers option, not the browser’s limit', async () => {
    const f = await catches('token.missing', polyfill);
    expect(f.args).toMatchObject({ transport: 'eventsource-polyfill' });
    const step = (await run(polyfill)).nextSteps[0] ?? '';
    expect(step).toContain('new EventSourcePolyfill(url, { headers');
    expect(step).not.toContain('cannot send an Authorization header');
  });

  it('catches not: the browser’s own EventSource keeps its step', async () => {
    const f = await catches(
      'token.missing',
      'GET https://api.example.com/stream 401 (Unauthorized)\nconst es = new EventSource("/stream")',
    );
    expect(f.args).toMatchObject({ transport: 'eventsource' });
  });
});

describe('Pusher’s 4009', () => {
  // pusher/pusher-channels-flutter#199: the Flutter client's onError with an auth endpoint that answered nothing usable.
  const paste =
    'I/flutter: Connection: CONNECTING -> CONNECTED\nI/flutter: Error: Connection not authorized within timeout (4009)';

  it('catches: the connection brought no credential in time, with signin and Authorized Connections in the step', async () => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ via: 'pusher' });
    expect(f.title).toContain('Pusher');
    const step = (await run(paste)).nextSteps[0] ?? '';
    expect(step).toContain('pusher.signin()');
    expect(step).toContain('Authorized Connections');
    expect(await textOf(paste, 'ja')).toContain('Authorized Connections');
  });

  it('catches not: a connection merely slow to connect', async () => {
    const report = await run('Pusher: Connection timed out after 10000ms, retrying');
    expect(report.findings.map((f) => f.args.via)).not.toContain('pusher');
  });
});
