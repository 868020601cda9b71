/**
 * Which telemetry sender's log a bare 401 is in (round audit-xx). An exporter, agent or collector sends the credential
 * its configuration gives with every request and logs only the status it got back: the paste shows neither the request
 * nor the credential, so the steps name where that sender is configured, not a browser's DevTools. Each sender is told
 * by a fixed string of its own log, asked with one `indexOf` of the paste's lower-cased text.
 */
import type { TelemetrySender } from '../args.js';
import type { Context } from '../context.js';

/** Lower-cased marks, the first found naming the sender; the more specific before the ones they may sit beside. */
const MARKS: readonly (readonly [string, TelemetrySender])[] = [
  // Loki's, Mimir's and Tempo's tenant middleware (dskit's user.ErrNoOrgID, "no org id") when auth_enabled is on and
  // the push has no X-Scope-OrgID: promtail's "server returned HTTP status 401 Unauthorized (401): no org id"
  // (grafana/loki#7081, #1386).
  ['no org id', 'loki-tenant'],
  // Promtail's and Alloy loki.write's client: msg="final error sending batch" status=401 (grafana/loki#7081).
  ['error sending batch', 'promtail'],
  // The OpenTelemetry Collector's exporter helper: "Exporting failed. Dropping data." with the exporter's error
  // (k0rdent/kof#454, open-telemetry/opentelemetry-collector#12451 and #13477), "Exporting failed. The error is not
  // retryable. Dropping data." and "Exporting failed. Will retry the request after interval." in older releases; its
  // component fields and its helper's package name it too. An application's own "Exporting failed" is not enough.
  ['exporting failed. dropping data', 'otel-collector'],
  ['exporting failed. the error is not retryable', 'otel-collector'],
  ['exporting failed. will retry', 'otel-collector'],
  ['otelcol.component', 'otel-collector'],
  ['exporterhelper', 'otel-collector'],
  // Its otlphttp exporter's own error for the backend's answer, quoted without the helper's line around it
  // (exporter/otlphttpexporter/otlp.go: "error exporting items, request to %s responded with HTTP Status Code %d").
  ['error exporting items, request to', 'otel-collector'],
  // The OTel Python SDK's OTLP/HTTP exporters: "[opentelemetry.exporter.otlp.proto.http.trace_exporter] Failed to export
  // batch code: 401, reason: Unauthorized" (AgentOps-AI/agentops#902).
  ['opentelemetry.exporter.otlp', 'otel-sdk'],
  // Beats' publisher: "Failed to connect to backoff(elasticsearch(https://…)): 401 Unauthorized: …" (elastic/Machinebeat
  // #24, wazuh/wazuh-ansible#783).
  ['to backoff(elasticsearch(', 'beats'],
  // Fluent Bit's es output: "[out_es] HTTP Status=401 URI=/_bulk" (fluent/fluent-bit#1347), "[output:es:es.0] HTTP
  // status=…" in later releases (fluent/fluent-bit#3301).
  ['[out_es] http status=', 'fluent-bit'],
  ['[output:es:', 'fluent-bit'],
  // Prometheus' remote-write and scrape clients: "server returned HTTP status 401 Unauthorized" (storage/remote/
  // client.go, scrape/scrape.go; grafana/loki#10560 from a scrape, grafana/agent#133 from remote_write), as Grafana Alloy
  // and the Agent print it too.
  ['server returned http status 40', 'prometheus'],
];

/** The sender whose log the paste is, or null. */
export function telemetrySender(ctx: Context): TelemetrySender | null {
  for (const [mark, sender] of MARKS) if (ctx.lower.includes(mark)) return sender;
  return null;
}

/** The sender a backend's own words name (parse/verifier-messages/telemetry.ts): its token.missing's steps. */
export function senderOfVia(via: string): TelemetrySender | null {
  return via === 'splunk-hec' ? 'splunk-hec' : via === 'elastic-apm-server' ? 'elastic-apm' : null;
}
