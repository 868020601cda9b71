/**
 * Words for a telemetry sender's 401 (token.missing's `sender`, round audit-xx): an exporter, agent or collector whose
 * own log shows the backend's answer. Its configuration sends the credential with every export, so the steps name
 * that configuration. Kept apart from findings.ts so that file stays one entry per code.
 */
import type { TelemetrySender } from '../../engine/args.js';

export const SENDER_TITLE: Record<TelemetrySender, string> = {
  'otel-collector': 'The backend refused the OpenTelemetry Collector’s export as unauthenticated',
  'otel-sdk': 'The backend refused the OTLP exporter’s export as unauthenticated',
  prometheus: 'The endpoint refused Prometheus’s request as unauthenticated',
  promtail: 'Loki refused the client’s push as unauthenticated',
  'loki-tenant': 'Loki got no tenant ID (X-Scope-OrgID) with the request',
  beats: 'Elasticsearch did not authenticate the Beat',
  'fluent-bit': 'The destination refused Fluent Bit’s output as unauthenticated',
  'splunk-hec': 'Splunk’s HTTP Event Collector got no token (Token is required, code 2)',
  'elastic-apm': 'APM Server got no secret token or API key from the agent',
};

/** Why a sender's credential did not count: the same for every sender that sends one from its configuration. */
const FROM_CONFIG =
  'it sends the credential its configuration gives with every request, so none was configured, one came out empty (an environment variable the process does not have), or the backend does not accept the one it sent. The paste shows neither the request nor the credential.';

/**
 * The Collector's otlphttp exporter's 403, which it logs as gRPC PermissionDenied (open-telemetry/opentelemetry-collector
 * #9905): the maintainers read it as the exporter not authenticating to its backend (#13477).
 */
export const SENDER_FORBIDDEN_TITLE = 'The backend refused the OpenTelemetry Collector’s credential (403)';
export const SENDER_FORBIDDEN_DETAIL = `The OpenTelemetry Collector’s otlphttp exporter logs its backend’s HTTP 403 as gRPC PermissionDenied and drops the data; the backend’s answer names no permission, and most OTLP backends answer a missing or wrong credential (an ingestion key, a token, an organisation or tenant header) so: ${FROM_CONFIG}`;

export const SENDER_DETAIL: Record<TelemetrySender, string> = {
  'otel-collector': `The OpenTelemetry Collector logs its backend’s 401 (or gRPC UNAUTHENTICATED) for an exporter and drops the data: ${FROM_CONFIG}`,
  'otel-sdk': `The application’s OpenTelemetry SDK logs the 401 its OTLP exporter got: ${FROM_CONFIG}`,
  prometheus: `Prometheus (or Grafana Alloy, the Grafana Agent) logs the 401 its remote-write endpoint or a scrape target answered: ${FROM_CONFIG}`,
  promtail: `The Loki client (Promtail, Alloy’s loki.write) logs the 401 its push got: ${FROM_CONFIG}`,
  'loki-tenant':
    'Loki (like Mimir and Tempo) says "no org id": it runs multi-tenant (auth_enabled, on by default) and the request carried no X-Scope-OrgID header naming the tenant. This is not a refused token: the tenant header is missing.',
  beats: `The Beat could not connect to Elasticsearch’s output and logs its 401: ${FROM_CONFIG}`,
  'fluent-bit': `Fluent Bit’s output logs the 401 its destination answered: ${FROM_CONFIG}`,
  'splunk-hec':
    'Splunk’s HTTP Event Collector says the request carried no token (401, "Token is required", code 2): HEC reads it from "Authorization: Splunk <token>", so the sender sent no Authorization header, or its token setting came out empty.',
  'elastic-apm':
    'APM Server says the agent’s request carried no "Authorization: Bearer <secret_token>" or "Authorization: ApiKey <base64(id:key)>": the agent has no secret_token or api_key set while the server requires one, or sent another scheme.',
};

export const SENDER_STEPS: Record<TelemetrySender, readonly string[]> = {
  // The Collector's confighttp/configgrpc settings (headers, auth.authenticator naming an extension: basicauth,
  // bearertokenauth, oauth2client) and its ${env:NAME} expansion, which gives an empty string for an unset variable.
  'otel-collector': [
    'Look at the exporter named in the log (its otelcol.component.id or name): its headers (authorization, api-key, x-honeycomb-team… whatever the backend documents) or its auth: authenticator, which must name an extension listed under extensions and service.extensions (basicauth/client, bearertokenauth, oauth2client).',
    `A value written \${env:NAME} is empty when the Collector’s process has no NAME: check the variable in the Collector’s own environment (its pod, container or service unit), then the credential against the backend’s docs for its type, region and header.`,
  ],
  // opentelemetry.io/docs/specs/otel/protocol/exporter ("Specifying headers via environment variables").
  'otel-sdk': [
    'Check the headers the exporter sends: OTEL_EXPORTER_OTLP_HEADERS (or OTEL_EXPORTER_OTLP_TRACES_HEADERS, …_METRICS_…, …_LOGS_…) as key=value pairs separated by commas, a space in a value written %20 (Authorization=Bearer%20<token>), or the exporter’s headers argument in code; and OTEL_EXPORTER_OTLP_ENDPOINT, since a key is its backend’s and region’s.',
  ],
  // prometheus.io/docs/prometheus/latest/configuration/configuration (remote_write, scrape_config: basic_auth,
  // authorization, oauth2); grafana.com/docs/alloy prometheus.remote_write (endpoint > basic_auth); Grafana Cloud's
  // remote write takes the stack's Prometheus instance ID as the user and an access-policy token as the password.
  prometheus: [
    'Check the credentials in the remote_write block (or the scrape_config of the target that answered): basic_auth with username and password or password_file, or authorization with type and credentials or credentials_file (Alloy: the endpoint block’s basic_auth); a file that is empty or unreadable sends nothing.',
    'For Grafana Cloud: the username is the stack’s Prometheus instance ID (a number) and the password an access-policy token with the metrics:write scope, both from the stack’s Prometheus details page.',
  ],
  // grafana.com/docs/loki/latest/send-data/promtail/configuration (clients: basic_auth, bearer_token, tenant_id);
  // Alloy's loki.write endpoint block takes the same.
  promtail: [
    'Check the client’s credentials: the clients entry of Promtail’s config (basic_auth with username and password or password_file, bearer_token or bearer_token_file), or the endpoint block of Alloy’s loki.write. For Grafana Cloud Logs, the username is the stack’s Loki user ID (a number) and the password an access-policy token with the logs:write scope.',
  ],
  // grafana/loki#7081 and #1386 (auth_enabled: false in a single-tenant Loki); grafana.com/docs/loki/latest/operations/
  // multi-tenancy (X-Scope-OrgID; Promtail's and loki.write's tenant_id).
  'loki-tenant': [
    'Send a tenant ID with every request: tenant_id in Promtail’s clients entry or Alloy’s loki.write endpoint, tenant_id in Fluent Bit’s loki output, or an X-Scope-OrgID header in the OpenTelemetry Collector’s exporter headers; a gateway in front of Loki that authenticates users may set it for them, so check that it does.',
    'A single-tenant Loki can run without tenants instead: auth_enabled: false in its config (each component, the same value).',
  ],
  // elastic.co/guide/en/beats/filebeat/current/elasticsearch-output.html (username, password, api_key as id:api_key)
  // and `filebeat test output`.
  beats: [
    `Check output.elasticsearch in the Beat’s config: username and password (a keystore value such as \${ES_PWD} that the keystore lacks is empty), or api_key written as the key’s id and key joined by a colon (id:api_key), not its base64 encoding. Run filebeat test output (metricbeat test output, …) to try them.`,
  ],
  // docs.fluentbit.io/manual/pipeline/outputs/elasticsearch (HTTP_User, HTTP_Passwd, Cloud_Auth, AWS_Auth);
  // fluent/fluent-bit#1347, where HTTP_Password instead of HTTP_Passwd sent no password.
  'fluent-bit': [
    `Check the output’s credentials: for the es output, HTTP_User and HTTP_Passwd spelled so (HTTP_Password is not the key and sends no password, fluent/fluent-bit#1347), Cloud_Auth for Elastic Cloud, AWS_Auth for Amazon OpenSearch; for another output, its own key or header setting. An \${ENV_VAR} the process lacks is empty.`,
  ],
  // docs.splunk.com Data/FormateventsforHTTPEventCollector (the Authorization: Splunk header); the senders' token
  // settings: the Collector's splunk_hec exporter token, Fluent Bit's splunk output splunk_token, Vector's default_token.
  'splunk-hec': [
    'Set the token where the sender reads it (the Collector’s splunk_hec exporter token, Fluent Bit’s splunk_token, Vector’s default_token, or the environment variable they expand) and check that the request carries "Authorization: Splunk <token>"; curl -H "Authorization: Splunk <token>" https://<host>:8088/services/collector/event -d \'{"event":"test"}\' tests it.',
  ],
  // elastic.co/guide/en/apm/guide/current/secure-agent-communication.html (secret_token, API keys; anonymous access
  // for RUM agents, which cannot keep a secret; elastic/apm-server#6757).
  'elastic-apm': [
    'Give the agent the credential APM Server requires: secret_token (ELASTIC_APM_SECRET_TOKEN) equal to the server’s apm-server.auth.secret_token, or api_key (ELASTIC_APM_API_KEY) for an API key created for APM; a RUM (browser) agent sends neither, so the server must allow anonymous access for it (apm-server.auth.anonymous).',
  ],
};
