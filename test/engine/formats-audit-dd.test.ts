/**
 * Round audit-dd: pastes from protocols and clients the earlier audits had not read: Kafka's SASL/OAUTHBEARER through
 * Strimzi's validator, MQTT brokers' CONNACK refusals as HiveMQ's and MQTT.js's clients print them, Snowflake's
 * key-pair and OAuth refusals, Hasura's "no credential" answers (over HTTP and in graphql-ws's connection_init), and
 * PostgREST's (Supabase's) 42501 for the role its JWT names.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('Strimzi’s expiry check (strimzi-kafka-oauth JWTSignatureValidator: "Token expired at: <ms> (<ISO> UTC)")', () => {
  // Aiven-Open/karapace#1080: librdkafka's line for the broker's answer
  const karapace =
    'SASL authentication error: Token expired at: 1746617414000 (2025-05-07T11:30:14 UTC) (ErrId: 356d7303) (after 302ms in state AUTH_REQ)';

  it('catches: the broker’s answer as a librdkafka client prints it', async () => {
    const f = await catches('time.expired', karapace);
    expect(f.args).toMatchObject({ via: 'strimzi-kafka-oauth' });
  });

  it('catches: the validator’s exception in the broker’s log', async () => {
    await catches(
      'time.expired',
      'io.strimzi.kafka.oauth.validator.TokenExpiredException: Token expired at: 1700000000000 (2023-11-14T22:13:20 UTC)',
    );
  });

  it('catches not: an app’s own "Token expired at:" with a Date’s text', async () => {
    const r = await run('{"status":401,"message":"Token expired at: Tue May 07 11:30:14 UTC 2025"}');
    expect(r.findings.some((f) => f.args && (f.args as { via?: string }).via === 'strimzi-kafka-oauth')).toBe(false);
  });
});

describe('an MQTT broker’s CONNACK refusal (HiveMQ’s Java client, MQTT.js)', () => {
  it('catches: HiveMQ’s Mqtt5ConnAckException (hivemq/hivemq-mqtt-client#463)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'com.hivemq.client.mqtt.mqtt5.exceptions.Mqtt5ConnAckException: CONNECT failed as CONNACK contained an Error Code: NOT_AUTHORIZED',
    );
    expect(f.args).toMatchObject({ via: 'mqtt', credential: 'mqtt-credentials' });
  });

  it('catches: MQTT 3’s bad user name or password from the same client', async () => {
    await catches(
      'challenge.invalid-token',
      'Mqtt3ConnAckException: CONNECT failed as CONNACK contained an Error Code: BAD_USER_NAME_OR_PASSWORD.',
    );
  });

  it('catches: MQTT.js’s error (emqx/emqx#3352)', async () => {
    const f = await catches('challenge.invalid-token', 'Error: Connection refused: Not authorized');
    expect(f.args).toMatchObject({ via: 'mqtt' });
  });

  it('catches not: another CONNACK reason code is no credential refusal', async () => {
    await catchesNot(
      'challenge.invalid-token',
      'CONNECT failed as CONNACK contained an Error Code: SERVER_UNAVAILABLE.',
    );
  });

  it('catches not: a lower-case reason name in prose', async () => {
    await catchesNot(
      'challenge.invalid-token',
      'the docs say CONNACK contained an error code: not_authorized is returned when the ACL denies it',
    );
  });
});

describe('Snowflake’s refusals (390144 key-pair JWT, 390303 OAuth access token)', () => {
  // slothflowlabs/duckle#22
  const sqlApi =
    'query: Snowflake HTTP 401 from https://acme.snowflakecomputing.com/api/v2/statements: { "code" : "390144", "message" : "JWT token is invalid. [7fb87e37-2f26-4a10-9f9c-72276ea898bf]" }';

  it('catches: the SQL API’s 401 body, with Snowflake’s own step', async () => {
    const f = await catches('challenge.invalid-token', sqlApi);
    expect(f.args).toMatchObject({ via: 'snowflake' });
    const r = await run(sqlApi);
    expect(r.nextSteps.join(' ')).toContain('SYSTEM$GET_LOGIN_FAILURE_DETAILS');
  });

  it('catches: the JDBC driver’s exception (docs.snowflake.com key-pair-auth-troubleshooting)', async () => {
    await catches(
      'challenge.invalid-token',
      'n.s.c.jdbc.SnowflakeSQLException FINE <init>:40 - Snowflake exception: JWT token is invalid. [0ce9eb56-821d-4ca9-a774-04ae89a0cf5a], sqlState:08001, vendorCode:390,144, queryId:',
    );
  });

  it('catches: 390303 (iqea-ai/duckdb-snowflake#29)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'OAuth authentication always failed with 390303: Invalid OAuth access token, even with a valid token.',
    );
    expect(f.args).toMatchObject({ via: 'snowflake' });
  });

  it('catches not: Meta’s Graph API says the same words (code 190)', async () => {
    const r = await run('{"error":{"message":"Invalid OAuth access token.","type":"OAuthException","code":190}}');
    expect(r.findings.some((f) => f.args && (f.args as { via?: string }).via === 'snowflake')).toBe(false);
  });

  it('catches not: "JWT token is invalid" without Snowflake’s bracketed uuid', async () => {
    const r = await run('Error: JWT token is invalid. [see logs]');
    expect(r.findings.some((f) => f.args && (f.args as { via?: string }).via === 'snowflake')).toBe(false);
  });
});

describe('Hasura’s answers to a request with no credential (server/src-lib/Hasura/Server/Auth.hs)', () => {
  it('catches: graphql-ws’s connection_init refused with 4400 (hasura/graphql-engine#7696)', async () => {
    const f = await catches(
      'token.missing',
      'Connection Closed: 1000 {"server_error_msg":"4400: Connection initialization failed: x-hasura-admin-secret/x-hasura-access-key required, but not fo...',
    );
    expect(f.args).toMatchObject({ via: 'hasura' });
  });

  it('catches: JWT mode without an Authorization header (v2 words)', async () => {
    await catches(
      'token.missing',
      `{"errors":[{"extensions":{"path":"$","code":"invalid-headers"},"message":"Missing 'Authorization' or 'Cookie' header in JWT authentication mode"}]}`,
    );
  });

  it('catches: JWT mode, v1 words in an Apollo client’s log', async () => {
    await catches('token.missing', '[GraphQL error]: Message: Missing Authorization header in JWT authentication mode');
  });

  it('catches not: the admin-secret header named in setup prose', async () => {
    await catchesNot(
      'token.missing',
      'Set x-hasura-admin-secret in the console to the value of HASURA_GRAPHQL_ADMIN_SECRET.',
    );
  });
});

describe('PostgREST’s (Supabase’s) 42501: the database refused the role the JWT names', () => {
  it('catches: the error object with its 42501 code (supabase/supabase#41483)', async () => {
    const f = await catches(
      'policy.deny',
      '{"code":"42501","details":null,"hint":null,"message":"permission denied for table user_role"}',
    );
    expect(f.args).toMatchObject({ via: 'postgrest' });
    const r = await run(
      '{"code":"42501","details":null,"hint":null,"message":"permission denied for table user_role"}',
    );
    expect(r.nextSteps.join(' ')).toContain('GRANT');
  });

  it('catches: supabase-js’s error printed by console.log', async () => {
    await catches(
      'policy.deny',
      "{\n  code: '42501',\n  details: null,\n  hint: null,\n  message: 'permission denied for table invoices'\n}",
    );
  });

  it('catches: supabase-kt’s exception (supabase-community/supabase-kt#720)', async () => {
    await catches(
      'policy.deny',
      'io.github.jan.supabase.exceptions.UnknownRestException: permission denied for schema public',
    );
  });

  it('catches not: psql’s own error, a database role with no token behind it', async () => {
    await catchesNot('policy.deny', 'ERROR:  permission denied for table users');
  });
});

describe('a 401 beside a browser WebSocket or EventSource, which cannot carry Authorization (checks/browser-transport.ts)', () => {
  it('catches: SignalR’s 401 on the wss:// URL after negotiate passed (dotnet/aspnetcore#15008)', async () => {
    const f = await catches(
      'token.missing',
      'i get a 200 in the /negotiate end point. However get a 401 in the wss://url/myhub?id=xyz&access_token=jwt endpoint.',
    );
    expect(f.args).toMatchObject({ requestUnseen: true, transport: 'websocket' });
    const r = await run('HTTP 401 on wss://api.example.com/hubs/chat?id=abc');
    expect(r.nextSteps.join(' ')).toContain('OnMessageReceived');
  });

  it('catches: the EventSource stream’s 401 (sipyourdrink-ltd/bernstein#3563)', async () => {
    const f = await catches(
      'token.missing',
      'the `GET /api/v1/events` request in DevTools Network shows **401**. The SPA opens the stream with `new EventSource(url)`.',
    );
    expect(f.args).toMatchObject({ transport: 'eventsource' });
  });

  it('catches not: a 401 with no WebSocket or EventSource named keeps the plain steps', async () => {
    const f = await catches('token.missing', 'Fatal Exception: retrofit2.HttpException: HTTP 401');
    expect(f.args).not.toHaveProperty('transport');
  });

  it('catches not: a shown request’s missing header is read from the request, not the transport', async () => {
    const f = await catches(
      'authz-header.missing',
      'GET /hubs/chat HTTP/1.1\nHost: api.example.com\nOrigin: wss://api.example.com\n\nHTTP/1.1 401 Unauthorized',
    );
    expect(f.args ?? {}).not.toHaveProperty('transport');
  });
});

describe('graphql-ws’s 4403 close: the server’s onConnect refused connection_init (enisdenjo/graphql-ws PROTOCOL.md)', () => {
  it('catches: Go’s nhooyr websocket close error (hasura/go-graphql-client#125), with the payload step', async () => {
    const paste =
      'I got the error `failed to read JSON message: failed to get reader: received close frame: status = StatusCode(4403) and reason = "Forbidden"`.';
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'graphql-ws' });
    const r = await run(paste);
    expect(r.nextSteps.join(' ')).toContain('connectionParams');
  });

  it('catches: Apollo’s GraphQLWsLink error', async () => {
    await catches('challenge.invalid-token', 'Error: Socket closed with event 4403 Forbidden');
  });

  it('catches not: another close code', async () => {
    await catchesNot('challenge.invalid-token', 'Error: Socket closed with event 1006');
    await catchesNot('challenge.invalid-token', 'Error: Socket closed with event 44030');
  });
});
