/**
 * Round left-aa: readings the audits left (a refresh's 400 invalid_grant told in prose, Kuma's gateway named from its
 * Server header, …). Each row cites the source of its shape; catch-not rows are the near misses.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('the writer’s "the token refresh fails with 400 invalid_grant": the token endpoint refused the refresh token', () => {
  // RFC 6749 §5.2: the token endpoint answers invalid_grant with 400 ("The provided authorization grant … or refresh
  // token is invalid, expired, revoked …"); the same words as an issue's first lines (DuendeArchive/IdentityServer4#1784:
  // "refresh token seems to fail with invalid_grant").
  it('catches: the refresh named, the 400 and the code after it, en and ja', async () => {
    for (const paste of [
      'After an hour the token refresh fails with 400 invalid_grant and users are logged out.',
      'refreshing the access token returns 400 invalid_grant since yesterday',
      'The refresh_token request now gets HTTP 400 - invalid_grant',
    ]) {
      const f = await catches('token.revoked', paste);
      expect(f.args).toMatchObject({ refreshToken: true });
    }
    const ja = await catches('token.revoked', 'トークンのリフレッシュで400 invalid_grant が返ります', { locale: 'ja' });
    expect(ja.args).toMatchObject({ refreshToken: true });
  });

  it('catches not: a 400 beside an API’s code, a question or a condition, a 400 with no code', async () => {
    await catchesNot('token.revoked', 'The API returns 400 invalid_token');
    await catchesNot('token.revoked', 'if the refresh fails with 400 invalid_grant, should we sign in again?');
    await catchesNot('token.revoked', 'The token refresh request returns 400 Bad Request.');
    await catchesNot('token.revoked', 'status 4000 invalid_grant_type_foo');
  });

  it('catches: an invalid_grant whose line names the token refresh says the refresh token was refused', async () => {
    const f = await catches('token.revoked', 'our token refresh seems to fail with invalid_grant');
    expect(f.args).toMatchObject({ refreshToken: true });
  });
});

describe('Kuma’s gateway is named from its Server header, not as Envoy', () => {
  // Kuma's built-in gateway sets server_name "Kuma Gateway" (kumahq/kuma pkg/plugins/runtime/gateway:
  // envoy_listeners.ServerHeader("Kuma Gateway")); the reply as kumahq/kuma-website#2322 shows it.
  const kuma =
    '< HTTP/1.1 403 Forbidden\n< content-length: 19\n< content-type: text/plain\n< server: Kuma Gateway\n< x-envoy-upstream-service-time: 24\n<\nRBAC: access denied';

  it('catches: server: Kuma Gateway with Envoy’s RBAC denial', async () => {
    const f = await catches('proxy.gateway-response', kuma);
    expect(f.args).toMatchObject({ product: 'Kuma', policyDenial: true });
    expect(f.title).toContain('Kuma');
    expect((await catches('policy.deny', kuma)).args).toMatchObject({ mesh: 'kuma' });
  });

  it('catches not: server: envoy stays Envoy; a request header naming Kuma names nothing', async () => {
    const envoy = kuma.replace('server: Kuma Gateway', 'server: envoy');
    expect((await catches('proxy.gateway-response', envoy)).args.product).toBe('Envoy');
    const asked = `> GET /api HTTP/1.1\n> server: Kuma Gateway\n>\n${kuma.replace('< server: Kuma Gateway\n', '')}`;
    const r = await run(asked);
    expect(r.findings.find((f) => f.code === 'proxy.gateway-response')?.args.product).toBe('Envoy');
  });
});

describe('the Collector’s otlphttp exporter’s 403 under gRPC PermissionDenied: the backend refused its credential', () => {
  // The exporter wraps its backend's HTTP answer in the gRPC code it maps the status to (open-telemetry/
  // opentelemetry-collector#9905, exporter/otlphttpexporter/otlp.go: "error exporting items, request to %s responded
  // with HTTP Status Code %d", ", Message=%s, Details=%v" after it when the body is a Status); the maintainers read the
  // 403 as "not properly authenticating against your OTLP endpoint" (open-telemetry/opentelemetry-collector#13477).
  const log =
    '2025-07-24T15:21:18.514Z        error   internal/queue_sender.go:57     Exporting failed. Dropping data.  {"resource": {}, "otelcol.component.id": "otlphttp/openobserve", "otelcol.component.kind": "exporter", "otelcol.signal": "metrics", "error": "not retryable error: Permanent error: rpc error: code = PermissionDenied desc = error exporting items, request to https://observe.example.com/api/acme/v1/metrics responded with HTTP Status Code 403", "dropped_items": 805}';

  it('catches: the exporter’s 403, with and without the helper’s line; an authentication failure with the sender’s steps', async () => {
    for (const paste of [
      log,
      'rpc error: code = PermissionDenied desc = error exporting items, request to https://x.example/v1/traces responded with HTTP Status Code 403',
    ]) {
      const f = await catches('token.missing', paste);
      expect(f.args).toMatchObject({ sender: 'otel-collector', senderForbidden: true });
      expect(f.title).toContain('(403)');
      const r = await run(paste);
      expect(r.classification).toBe('authentication');
      expect(r.findings.some((x) => x.code === 'policy.deny' || x.code === 'status.mismatch')).toBe(false);
    }
    const ja = await catches('token.missing', log, { locale: 'ja' });
    expect(ja.title).toContain('（403）');
  });

  it('catches not: a backend message naming a permission stays policy.deny; a gRPC server’s own PermissionDenied too', async () => {
    const permission = log.replace(
      'Code 403"',
      'Code 403, Message=the caller does not have permission to write to this dataset, Details=[]"',
    );
    expect((await catches('policy.deny', permission)).args.via).toBe('grpc');
    await catchesNot('token.missing', permission);
    await catches('policy.deny', 'rpc error: code = PermissionDenied desc = user lacks the orders.write role');
    const r401 = await run(log.replace('PermissionDenied', 'Unauthenticated').replace('Code 403', 'Code 401'));
    const f = r401.findings.find((x) => x.code === 'token.missing');
    expect(f?.args).toMatchObject({ sender: 'otel-collector' });
    expect(f?.args.senderForbidden).toBeUndefined();
  });
});

describe('a bare wget or curl command beside a policy’s denial: the command sent no Authorization, and that is no cause', () => {
  // A Prometheus scrape of the Linkerd proxy's admin port refused by its authorization policy (linkerd/linkerd2#13013):
  // wget sends no Authorization unless told (GNU Wget's manual, "HTTP Options"), and the denial is of the caller's
  // identity (client.tls=None), not of a header it lacked.
  const linkerd = `/prometheus $ wget "http://10.0.3.86:4191/metrics"
Connecting to 10.0.3.86:4191 (10.0.3.86:4191)
wget: server returned error: HTTP/1.1 403 Forbidden
[  1289.245771s]  INFO ThreadId(02) daemon:admin{listen.addr=0.0.0.0:4191}:rescue{client.addr=10.0.3.252:52222}: linkerd_app_core::errors::respond: HTTP/1.1 request failed error=unauthorized request on route`;

  it('catches: the policy’s denial without authz-header.missing', async () => {
    await catches('policy.deny', linkerd);
    await catchesNot('authz-header.missing', linkerd);
  });

  it('catches not: a bare command to a token-protected API keeps it (a 401, an authorizer’s "Unauthorized", a bare 403)', async () => {
    await catches('authz-header.missing', 'curl -i https://api.example.com/v1/orders\nHTTP/1.1 401 Unauthorized\n');
    await catches(
      'authz-header.missing',
      'curl -i https://h1z7c2zen5.execute-api.eu-central-1.amazonaws.com/dev/items/\nHTTP/1.1 403 Forbidden\n\n{"message":"Unauthorized"}',
    );
    await catches(
      'authz-header.missing',
      'wget "https://api.example.com/v1/orders"\nwget: server returned error: HTTP/1.1 403 Forbidden',
    );
  });
});

describe('a 403 to an API Gateway WebSocket API’s handshake: $connect’s authorizer or IAM refused it', () => {
  // A WebSocket API authorizes only $connect (docs.aws.amazon.com apigateway developerguide
  // apigateway-websocket-api-lambda-auth.html); the clients print only the status: Node's ws "Unexpected server
  // response: 403" (websockets/ws lib/websocket.js), Chrome's "Error during WebSocket handshake: Unexpected response
  // code: 403".
  it('catches: the browser’s line and ws’s error beside the execute-api wss:// URL, en and ja', async () => {
    for (const paste of [
      "WebSocket connection to 'wss://abc123def4.execute-api.us-east-1.amazonaws.com/dev' failed: Error during WebSocket handshake: Unexpected response code: 403",
      "const ws = new WebSocket('wss://abc123def4.execute-api.us-east-1.amazonaws.com/production');\nError: Unexpected server response: 403",
    ]) {
      const f = await catches('proxy.authorizer-deny', paste);
      expect(f.args).toMatchObject({ product: 'AWS API Gateway', authorizer: 'websocket-connect' });
      expect(f.title).toContain('$connect');
    }
    const ja = await catches(
      'proxy.authorizer-deny',
      "WebSocket connection to 'wss://abc123def4.execute-api.us-east-1.amazonaws.com/dev' failed: Error during WebSocket handshake: Unexpected response code: 403",
      { locale: 'ja' },
    );
    expect(ja.title).toContain('$connect');
  });

  it('catches not: another host’s handshake 403, the handshake’s 401, an https REST call to execute-api', async () => {
    await catchesNot(
      'proxy.authorizer-deny',
      "WebSocket connection to 'wss://chat.example.com/ws' failed: Error during WebSocket handshake: Unexpected response code: 403",
    );
    const r401 = await run(
      "WebSocket connection to 'wss://abc123def4.execute-api.us-east-1.amazonaws.com/dev' failed: Error during WebSocket handshake: Unexpected response code: 401",
    );
    expect(r401.findings.some((f) => f.args.authorizer === 'websocket-connect')).toBe(false);
    const rest = await run(
      'curl -i https://abc123def4.execute-api.us-east-1.amazonaws.com/prod/orders\nHTTP/1.1 403 Forbidden\n\n{"message":"Unexpected response code: 403"}',
    );
    expect(rest.findings.some((f) => f.args.authorizer === 'websocket-connect')).toBe(false);
  });
});
