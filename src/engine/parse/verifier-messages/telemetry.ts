/**
 * Telemetry backends refusing what an agent, exporter or collector sent with its data (round audit-xx): Splunk's HTTP
 * Event Collector, the Datadog Agent's forwarder, Grafana Cloud's ingestion gateway, New Relic's collector and Elastic's
 * APM Server. The paste is the sender's log, not an HTTP exchange, and the credential is an ingest token, an API key or
 * a license key the backend looks up: checks/credential-kind.ts names it, so the steps are about that key and where the
 * sender reads it, never a JWT's claims.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { family, namedNear } from './matcher.js';

const splunk = family('splunk-hec');
const datadogAgent = family('datadog-agent');
const grafanaCloud = family('grafana-cloud');
const newRelic = family('new-relic');
const elasticApm = family('elastic-apm-server');

/**
 * HEC's reply `{"text":"<words>","code":<n>}` (or a Python or Ruby print of it, single quotes, a space after the
 * colons): the words as its `text` member with its own numeric code after them. Other servers say "Invalid token" too;
 * HEC's code beside the words is what names it.
 */
function hecReply(code: number): (f: Fragment) => Reading | null {
  const after = new RegExp(`^["']\\s?,\\s?["']code["']\\s?:\\s?${code}(?!\\d)`);
  return (f) => (/["']text["']\s?:\s?["']$/.test(f.before(16)) && after.test(f.after(24, true)) ? {} : null);
}

/** Elastic's APM Server, or an agent that sends to it, named near a message any Go service could print. */
const elasticApmNear = namedNear(
  1500,
  600,
  'apm-server',
  'apm server',
  'elastic-agent',
  'elastic agent',
  'elastic.apm',
);

export const TELEMETRY: readonly Matcher[] = [
  // Splunk's HTTP Event Collector, its reply codes (docs.splunk.com/Documentation/Splunk/latest/Data/
  // TroubleshootHTTPEventCollector, "Possible error codes"; the same table in open-telemetry/opentelemetry-collector#7312
  // and fluent/fluent-bit#12043): 403 {"text":"Invalid token","code":4} for an `Authorization: Splunk <token>` it does
  // not know (splunk/splunk-operator#372, from curl), 403 {"text":"Token disabled","code":1}, 401 {"text":"Token is
  // required","code":2} with no Authorization header.
  splunk('invalid-token', 'challenge.invalid-token', 'Invalid token', { exactCase: true, read: hecReply(4) }),
  splunk('token-disabled', 'challenge.invalid-token', 'Token disabled', { exactCase: true, read: hecReply(1) }),
  splunk('token-required', 'token.missing', 'Token is required', { exactCase: true, read: hecReply(2) }),
  // 401 {"text":"Invalid authorization","code":3}: an Authorization header HEC cannot read as `Splunk <token>`, such as
  // a bare token with no Splunk prefix (the same tables; fluent/fluent-bit#12043: "Malformed header Authorization:
  // <token> (no Splunk prefix) 401 {"text":"Invalid authorization","code":3}").
  splunk('invalid-authorization', 'authz-header.scheme', 'Invalid authorization', {
    exactCase: true,
    read: hecReply(3),
  }),
  // The Datadog Agent's forwarder on a 403 from its intake, which it reads as its API key refused
  // (comp/forwarder/defaultforwarder/transaction/transaction.go: `log.Errorf("API Key invalid, dropping transaction for
  // %s", logURL)` when resp.StatusCode == 403; DataDog/hiring-engineers#912 from the process agent,
  // department-of-veterans-affairs/notification-api#1083 against ddog-gov.com). The URL after the words is the site the
  // agent sends to.
  datadogAgent('api-key-invalid', 'challenge.invalid-token', 'API Key invalid, dropping transaction', {
    exactCase: true,
  }),
  // The Agent's status page, which validates each configured key against its site: "API key ending with 22222: API Key
  // invalid" (Agent 6 and 7; DataDog/datadog-agent#2077 changed it from "https://app.datadoghq.com,****22222: API Key
  // invalid" to "API key ending by 22222 on endpoint https://app.datadoghq.com: API Key invalid"), the Agent 5 info
  // page's "API Key Status: [ERROR] API Key is invalid" (DataDog/datadog-agent#4998; DataDog/chef-datadog#961 greps
  // it), and the forwarder's health check finding no key that validates: "No valid api key found, reporting the
  // forwarder as unhealthy." (comp/forwarder/defaultforwarder/forwarder_health.go, DataDog/datadog-agent#18909).
  datadogAgent('status-api-key-invalid', 'challenge.invalid-token', 'API Key invalid', {
    exactCase: true,
    read: (f) =>
      /API key ending (?:by|with) [\w*]{1,40}(?: on endpoint [^\s]{1,200})?: $|,\*{0,40}\w{1,10}: $/.test(f.before(260))
        ? {}
        : null,
  }),
  datadogAgent('status-api-key-is-invalid', 'challenge.invalid-token', 'API Key is invalid', {
    exactCase: true,
    read: (f) => (/API Key Status:?\s{0,8}(?:\[ERROR\]\s{0,4})?$/.test(f.before(40)) ? {} : null),
  }),
  datadogAgent(
    'no-valid-api-key',
    'challenge.invalid-token',
    'No valid api key found, reporting the forwarder as unhealthy',
    {
      exactCase: true,
    },
  ),
  // Grafana Cloud's gateway refusing the access-policy token a remote-write client sent with its instance ID, as Grafana
  // Alloy's and the Agent's prometheus.remote_write log it: `server returned HTTP status 401 Unauthorized:
  // {"status":"error","error":"authentication error: invalid token"}` (grafana/alloy#3359, grafana/loki#18830). Other
  // gateways may say "invalid token": only with Grafana's hosts near (grafana.net, the stack's push URL).
  grafanaCloud('invalid-token', 'challenge.invalid-token', 'authentication error: invalid token', {
    exactCase: true,
    read: namedNear(600, 200, 'grafana.net', 'grafana'),
  }),
  // The same gateway's body on its own, quoted under a Grafana data source's 401 to a Grafana Cloud stack ("Status Code:
  // 401 … "invalid authentication credentials"", grafana/grafana#27357, a hosted Graphite behind *.grafana.net): only
  // with grafana.net near, which names the gateway; services.ts's row reads the remote-write client's longer line.
  grafanaCloud('invalid-credentials-body', 'challenge.invalid-token', 'invalid authentication credentials', {
    exactCase: true,
    read: namedNear(600, 200, 'grafana.net'),
  }),
  // New Relic's collector refusing the agent's license key, as the Ruby agent's audit log prints its reply:
  // {"exception":{"message":"Invalid license key, please contact support@newrelic.com","error_type":
  // "NewRelic::Agent::LicenseException"}} (sul-dlss/argo#149).
  newRelic(
    'invalid-license-key',
    'challenge.invalid-token',
    'Invalid license key, please contact support@newrelic.com',
    {
      exactCase: true,
    },
  ),
  // The .NET agent's log of the collector's 401, which New Relic answers for a license key it does not accept
  // (newrelic/newrelic-dotnet-agent#2969: "NewRelic  ERROR: … Request(): Received HTTP status code Unauthorized with
  // message {}" then "Unable to connect to the New Relic service at collector.newrelic.com:443"; its fix, #2982, logs
  // that a 401 "occurs when the key is not valid"). Only with New Relic named near: the words are .NET's enum name.
  newRelic('dotnet-unauthorized', 'challenge.invalid-token', 'Received HTTP status code Unauthorized', {
    exactCase: true,
    read: namedNear(200, 400, 'newrelic'),
  }),
  // Elastic's APM Server when an agent's intake request carries no `Authorization: Bearer <secret_token>` or
  // `ApiKey <base64>` (its request log, log_middleware.go: "authentication failed: missing or improperly formatted
  // Authorization header: expected 'Authorization: Bearer secret_token' or 'Authorization: ApiKey base64(API key
  // ID:API key)'", elastic/apm-agent-nodejs#3568, elastic/apm-agent-dotnet#2152, elastic/apm-server#6757).
  elasticApm(
    'missing-authorization',
    'token.missing',
    'authentication failed: missing or improperly formatted Authorization header',
    { exactCase: true },
  ),
  // …and, having authenticated the agent, refusing the action: its gRPC interceptor answers the processors'
  // auth.ErrUnauthorized ("unauthorized", wrapped with a reason) as PermissionDenied (internal/beater/interceptors/auth.go:
  // `status.Error(codes.PermissionDenied, err.Error())`; authentication failures are Unauthenticated), and its API key
  // authorizer names the APM privilege the key lacks (internal/beater/auth/apikey.go: "%w: API Key not permitted action
  // %q"). The bare words are any Go service's: only with APM Server or an Elastic agent named near them.
  elasticApm('api-key-not-permitted', 'policy.deny', 'unauthorized: API Key not permitted action', {
    exactCase: true,
    read: (f) => {
      const m = /^ "[\w:]{1,40}"/.exec(f.after(48));
      return m === null ? {} : { extend: m[0].length };
    },
  }),
  elasticApm('grpc-unauthorized', 'policy.deny', 'code = PermissionDenied desc = unauthorized', {
    exactCase: true,
    read: (f) => (/^:/.test(f.after(2)) ? null : elasticApmNear(f)),
  }),
];
