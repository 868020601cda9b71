/**
 * Round audit-xx: telemetry pipelines refused. The paste is the sender's log (an OpenTelemetry exporter, Prometheus'
 * remote write, an agent, a log shipper), not an HTTP exchange, and the credential is an ingest token, an API key or a
 * license key, never a JWT: the finding names the backend and the key, and the steps name where the sender is
 * configured. Pastes from public issue threads (sources beside each case), keys made up.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

describe('a telemetry backend refusing its own key (challenge.invalid-token, its credential)', () => {
  it.each([
    // splunk/splunk-operator#372, from curl: HEC's scheme is Splunk, not Bearer.
    [
      'Splunk HEC’s Invalid token (code 4)',
      'curl -X POST https://splunk-hec.ingest.example.com/services/collector -H "Authorization: Splunk dead-beef" -d \'{"event":"Hello"}\'\n{"text":"Invalid token","code":4}',
      'splunk-hec',
      'splunk-hec-token',
    ],
    // open-telemetry/opentelemetry-collector#7312's table, as a Python client prints the reply.
    [
      'Splunk HEC’s Token disabled (code 1)',
      "HTTPError: 403 Client Error: Forbidden for url: https://splunk.example.com:8088/services/collector/event\n{'text': 'Token disabled', 'code': 1}",
      'splunk-hec',
      'splunk-hec-token-disabled',
    ],
    // DataDog/hiring-engineers#912, the process agent.
    [
      'the Datadog Agent’s forwarder on a 403',
      '2020-06-09 12:40:25 UTC | PROCESS | ERROR | (pkg/forwarder/transaction.go:241 in internalProcess) | API Key invalid, dropping transaction for https://process.datadoghq.com/api/v1/collector\n2020-06-09 12:40:25 UTC | PROCESS | ERROR | (collector.go:311 in readResponseStatuses) | Invalid response from https://process.datadoghq.com: 403 -> %!s(<nil>)',
      'datadog-agent',
      'datadog-agent-api-key',
    ],
    // grafana/alloy#3359.
    [
      'Grafana Cloud’s gateway to Alloy’s remote write',
      'ts=2025-04-16T14:12:35.599576272Z level=error msg="non-recoverable error" component_id=prometheus.remote_write.default url=https://prometheus-prod-55-prod-gb-south-1.grafana.net/api/prom/push err="server returned HTTP status 401 Unauthorized: {\\"status\\":\\"error\\",\\"error\\":\\"authentication error: invalid token\\"}"',
      'grafana-cloud',
      'grafana-cloud-token',
    ],
    // sul-dlss/argo#149, the Ruby agent's audit log.
    [
      'New Relic’s collector on the license key',
      'Response body   {"exception":{"message":"Invalid license key, please contact support@newrelic.com","error_type":"NewRelic::Agent::LicenseException"}}',
      'new-relic',
      'new-relic-license-key',
    ],
    // DataDog/datadog-agent#2077's status wording, and #4998's Agent 5 info page.
    [
      'the Agent’s status page',
      '  API Keys status\n  ===============\n    API key ending with 2b3c4: API Key invalid',
      'datadog-agent',
      'datadog-agent-api-key',
    ],
    ['the Agent 5 info page', 'API Key Status: [ERROR] API Key is invalid', 'datadog-agent', 'datadog-agent-api-key'],
    // DataDog/datadog-agent#18909.
    [
      'the forwarder’s health check',
      '2023-08-21 05:41:55 UTC | CORE | ERROR | (comp/forwarder/defaultforwarder/forwarder_health.go:123 in healthCheckLoop) | No valid api key found, reporting the forwarder as unhealthy.',
      'datadog-agent',
      'datadog-agent-api-key',
    ],
    // grafana/grafana#27357: a data source's request to a hosted Graphite on grafana.net.
    [
      'Grafana Cloud’s gateway body under a data source’s 401',
      'Request URL: https://example.grafana.net/api/datasources/proxy/2/render\nRequest Method: POST\nStatus Code: 401\n\n"invalid authentication credentials"',
      'grafana-cloud',
      'grafana-cloud-token',
    ],
    // newrelic/newrelic-dotnet-agent#2969.
    [
      'New Relic’s .NET agent on the collector’s 401',
      'NewRelic  ERROR: [pid, tid] Request(): Received HTTP status code Unauthorized with message {}. Request content was: [{"high_security":false}]\nNewRelic  ERROR: [pid, tid] Unable to connect to the New Relic service at collector.newrelic.com:443',
      'new-relic',
      'new-relic-license-key',
    ],
  ])('catches: %s', async (_name, paste, via, credential) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via, credential });
    const r = await run(paste);
    // Never a JWT step for an opaque key, and HEC's and Datadog's 403 is their answer by design.
    expect(r.findings.map((x) => x.code)).not.toContain('status.mismatch');
    expect(r.findings.map((x) => x.code)).not.toContain('authz-header.scheme');
  });

  it.each([
    ['another server’s "Invalid token" body', '401 Unauthorized\n{"detail":"Invalid token"}'],
    ['HEC’s words with another code', '{"text":"Invalid token","code":40}'],
    ['HEC’s words with no code', '{"text":"Invalid token"}'],
    [
      'the same gateway words with no Grafana near',
      'url=https://mimir.internal.example/api/v1/push err="server returned HTTP status 401 Unauthorized: {\\"status\\":\\"error\\",\\"error\\":\\"authentication error: invalid token\\"}"',
    ],
    ['another product’s "API key invalid"', 'Error: API key invalid (401)'],
    ['the Agent’s words in another sentence', 'Error: API Key invalid'],
    ['"API Key is invalid" with no status page', 'The API Key is invalid, please check it'],
    [
      'the gateway’s words with no grafana.net near',
      'POST https://api.example.com/v1/ingest 401\n"invalid authentication credentials"',
    ],
    [
      '.NET’s status name in another client’s log',
      'ERROR OrdersClient: Received HTTP status code Unauthorized from https://api.example.com/orders',
    ],
  ])('catches not: %s is no telemetry backend’s key', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.map((f) => f.args)).not.toContainEqual(
      expect.objectContaining({
        credential: expect.stringMatching(/^(?:splunk-hec|datadog-agent|grafana-cloud|new-relic)/),
      }),
    );
  });
});

describe('Splunk’s scheme is HEC’s own', () => {
  it('catches not: authz-header.scheme for "Authorization: Splunk <token>" to HEC (splunk/splunk-operator#372)', async () => {
    await catchesNot(
      'authz-header.scheme',
      'POST /services/collector/event HTTP/1.1\nAuthorization: Splunk 6f1e2d3c-aaaa-bbbb-cccc-0123456789ab\n\nHTTP/1.1 403 Forbidden\n{"text":"Invalid token","code":4}',
    );
  });

  it('catches: the same scheme sent to an API that wants Bearer', async () => {
    const f = await catches(
      'authz-header.scheme',
      'GET /api/orders HTTP/1.1\nAuthorization: Splunk 6f1e2d3c-aaaa-bbbb-cccc-0123456789ab\n\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"',
    );
    expect(f.args).toMatchObject({ scheme: 'Splunk' });
  });
});

describe('a telemetry sender’s bare 401 (token.missing, its sender)', () => {
  it.each([
    // k0rdent/kof#454: the Collector's otlphttp exporter through vmauth.
    [
      'the OpenTelemetry Collector’s exporter',
      'Exporting failed. Dropping data.\n{"error": "not retryable error: Permanent error: rpc error: code = Unauthenticated desc = error exporting items, request to https://vmauth.example.com/vls/insert/opentelemetry/v1/logs responded with HTTP Status Code 401", "dropped_items": 1}',
      'otel-collector',
    ],
    // AgentOps-AI/agentops#902.
    [
      'the OTel Python SDK’s OTLP exporter',
      '[opentelemetry.exporter.otlp.proto.http.trace_exporter] Failed to export batch code: 401, reason: Unauthorized',
      'otel-sdk',
    ],
    // grafana/loki#10560.
    [
      'Prometheus',
      'after we implement basic auth in Prometheus\n"server returned HTTP status 401 Unauthorized"',
      'prometheus',
    ],
    // grafana/loki#7081.
    [
      'Loki with no tenant',
      'level=error ts=2022-09-07T04:29:34.599308846Z caller=client.go:380 component=client host=loki-gateway msg="final error sending batch" status=401 error="server returned HTTP status 401 Unauthorized (401): no org id"',
      'loki-tenant',
    ],
    [
      'Promtail’s push refused',
      'level=error caller=client.go:380 component=client host=logs.example.com msg="final error sending batch" status=401 error="server returned HTTP status 401 Unauthorized (401): "',
      'promtail',
    ],
    // wazuh/wazuh-ansible#783.
    [
      'Filebeat’s output',
      '[publisher_pipeline_output]        pipeline/output.go:154        Failed to connect to backoff(elasticsearch(https://172.16.1.234:9200)): 401 Unauthorized: Unauthorized',
      'beats',
    ],
    // fluent/fluent-bit#1347.
    ['Fluent Bit’s es output', '[2019/05/24 04:08:22] [debug] [out_es] HTTP Status=401 URI=/_bulk', 'fluent-bit'],
    // fluent/fluent-bit#12043's table.
    [
      'Splunk HEC’s Token is required (code 2)',
      'HTTP/1.1 401 Unauthorized\n\n{"text":"Token is required","code":2}',
      'splunk-hec',
    ],
    // elastic/apm-agent-nodejs#3568, APM Server's request log.
    [
      'APM Server with no Authorization',
      '{"log.level":"error","message":"authentication failed: missing or improperly formatted Authorization header: expected \'Authorization: Bearer secret_token\' or \'Authorization: ApiKey base64(API key ID:API key)\'","url.original":"/intake/v2/events","http.response.status_code":401}',
      'elastic-apm',
    ],
  ])('catches: %s', async (_name, paste, sender) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ sender });
  });

  it.each([
    ['a browser’s 401', 'GET https://app.example.com/api/orders 401 (Unauthorized)'],
    ['an application’s own “Exporting failed”', 'Exporting failed: the reports API answered 401 Unauthorized'],
    [
      'an exporter’s failure that is no 401',
      'Exporting failed. Dropping data. {"error": "no more retries left: rpc error: code = DeadlineExceeded desc = context deadline exceeded"}',
    ],
  ])('catches not: %s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.map((f) => f.args)).not.toContainEqual(expect.objectContaining({ sender: expect.any(String) }));
  });
});

describe('a sender authenticated and refused the action (policy.deny)', () => {
  it('catches: OpenSearch security naming a bulk write’s actions as a list (deviantony/docker-elk#568)', async () => {
    const f = await catches(
      'policy.deny',
      'retrying failed action with response code: 403 ({"type"=>"security_exception", "reason"=>"no permissions for [indices:data/write/index, indices:data/write/bulk[s]] and User [name=logstash, backend_roles=[logstash], requestedTenant=null]"})',
    );
    expect(f.args).toMatchObject({ via: 'opensearch-security' });
  });

  it('catches: Elasticsearch’s unauthorized action for Logstash’s user (elastic/logstash#7905)', async () => {
    const f = await catches(
      'policy.deny',
      '[ERROR][logstash.outputs.elasticsearch] Got a bad response code from server, but this code is not considered retryable. Request will be dropped {:code=>403, :response_body=>"{\\"error\\":{\\"root_cause\\":[{\\"type\\":\\"security_exception\\",\\"reason\\":\\"action [indices:data/write/bulk] is unauthorized for user [logstash_internal]\\"}]},\\"status\\":403}"}',
    );
    expect(f.args).toMatchObject({ via: 'elasticsearch' });
  });
});

describe('a telemetry backend’s own 401 body names who answered', () => {
  it('catches: challenge.missing answeredBy Splunk HEC for its code 2 (fluent/fluent-bit#12043’s table)', async () => {
    const f = await catches(
      'challenge.missing',
      'HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n{"text":"Token is required","code":2}',
    );
    expect(f.args).toMatchObject({ answeredBy: 'splunk-hec' });
  });
});
