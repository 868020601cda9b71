import type { LogHit } from './context.js';
import type { StatusObservation } from './parse/http.js';
import type { JsonObjectSpan } from './parse/json-spans.js';
import { imfDateSeconds, MONTHS, zonedIsoSeconds } from './time-parse.js';

/**
 * The time a pasted log gives the failure: the timestamp of the entry that holds the refusal (a verifier message, else
 * a log entry's status). A log read the next morning judges its token at the moment it failed, not at the clock's.
 *
 * Only a time that names its zone is taken (a local time could be hours off), and only where a logger puts the entry's
 * own time: an envelope member beside the message, the start of the line, a logfmt `time=`. A time after the message
 * (`expiredAt: …`, php-jwt's "nbf prior to …") is the token's, not the entry's.
 */

/** Anchors tried: the first few hits say where the refusal is; more only cost. */
const MAX_ANCHORS = 6;
/** How far into a line a logger's own prefix (and a logfmt `time=`) may reach before the message. */
const MAX_PREFIX = 200;

/**
 * The envelope members that hold an entry's time: Cloud Logging's LogEntry `timestamp` (RFC 3339, "The time the event
 * described by the log entry occurred", googleapis logging_v2 LogEntry.timestamp), ECS' `@timestamp` ("Date/time when
 * the event originated", elastic.co/guide/en/ecs ecs-base.html), pino's and bunyan's `time` (pino writes epoch ms:
 * `{"level":30,"time":1531171074631,"msg":"hello world",…}`, pinojs/pino README).
 */
const ENVELOPE_MEMBERS = ['timestamp', '@timestamp', 'time'] as const;

/** An ISO-8601 date and time with a zone at a line's start; a blank or a comma may stand for `T` and `.` (log4j, Python). */
const LEADING_ISO = /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d{1,9})?(?:Z|[+-]\d\d:?\d\d)(?![\w:])/;
/** RFC 1123 / IMF-fixdate at a line's start (`Thu, 28 May 2026 14:09:58 GMT`, RFC 9110 §5.6.7). */
const LEADING_HTTP_DATE = /^[A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT/;
/**
 * logfmt's time key: logrus' TextFormatter (`time="2015-03-26T01:27:38-04:00" level=debug msg=…`, sirupsen/logrus
 * README) and Go's slog TextHandler (`time=2026-05-28T14:10:00.000Z level=ERROR msg=…`).
 */
const LOGFMT_TIME =
  /(?:^|[ \t])(?:time|ts|timestamp)="?(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:?\d\d))(?=["\s])/;

/**
 * An access log's `[time]` before its quoted request line: the Common Log Format's time, nginx's `$time_local` in its
 * `combined` format (`'$remote_addr - $remote_user [$time_local] "$request" $status …'`, nginx.org
 * ngx_http_log_module), Apache's `%t` ("Time the request was received, in the format [18/Sep/2011:19:18:28 -0400]",
 * httpd.apache.org mod_log_config; `combined` is `%h %l %u %t \"%r\" %>s …`) and morgan's `combined`
 * (`:remote-addr - :remote-user [:date[clf]] ":method :url HTTP/:http-version" :status …`, expressjs/morgan README).
 */
const ACCESS_LOG_TIME = /\[(\d\d)\/([A-Z][a-z]{2})\/(\d{4}):(\d\d:\d\d:\d\d) ([+-]\d\d)(\d\d)\] "/;
/**
 * stern's default line, `{{color .PodColor .PodName}} {{color .ContainerColor .ContainerName}} {{.Message}}` (with
 * `{{.Namespace}}` first across namespaces, stern/stern cmd), whose message `--timestamps` starts with the kubelet's
 * RFC 3339 time (`2021-04-18T03:54:44.764981564Z Connection: keep-alive`, stern/stern stern/tail_test.go): two or
 * three Kubernetes names before the time. The pod's holds a hyphen (a controller's hash suffix), so two words of
 * prose before a time are not taken for one.
 */
const STERN_PREFIX = /^(?:[a-z0-9][a-z0-9.-]{0,252} ){2,3}(?=\d{4}-)/;

/**
 * kubectl's `logs --prefix`, "Prefix each log line with the log source (pod name and container name)": `[pod/<pod>/
 * <container>] ` before the container's own line (`[pod/web-f4c54c7fc-r5d9h/nginx] 2026/10/07 15:28:54 [notice] …`,
 * `[pod/api-0/app] 2026-09-02T01:00:00.000000000Z INFO …` with `--timestamps`, as public runbooks and tests quote it).
 * The line's leading `[` is skipped before it is tried.
 */
const KUBECTL_PREFIX = /^pod\/[a-z0-9][a-z0-9.-]{0,252}\/[a-z0-9][a-z0-9-]{0,62}\] \[?/;

/** Epoch seconds of the failure's log time, or null when the entry shows none with its zone. */
export function logTime(
  text: string,
  json: readonly JsonObjectSpan[],
  hits: readonly LogHit[],
  status: StatusObservation | null,
  statuses: readonly StatusObservation[],
): number | null {
  const anchors: number[] = [];
  // The time checks' own message first: it is the refusal the reference time is for.
  for (const h of hits) if (h.hit.code.startsWith('time.') && anchors.length < MAX_ANCHORS) anchors.push(h.hit.start);
  for (const h of hits) if (!h.hit.code.startsWith('time.') && anchors.length < MAX_ANCHORS) anchors.push(h.hit.start);
  if (status !== null && status.form !== 'status-line' && status.form !== 'har') anchors.push(status.start);
  for (const at of anchors) {
    const found = envelopeTime(json, at) ?? lineTime(text, at);
    if (found !== null) return found;
  }
  return status?.form === 'har' ? harStartedTime(json, status, statuses) : null;
}

/**
 * A HAR entry's `startedDateTime` ("Date and time stamp of the request start (ISO 8601 - YYYY-MM-DDThh:mm:ss.sTZD)",
 * W3C HAR 1.2 spec, w3c.github.io/web-performance/specs/HAR/Overview.html) for the entry whose response is the refused
 * one: the n-th entry answered with its status, where it is the n-th such status in that HAR.
 */
function harStartedTime(
  json: readonly JsonObjectSpan[],
  status: StatusObservation,
  statuses: readonly StatusObservation[],
): number | null {
  const span = json.find((j) => j.start <= status.start && status.start < j.end);
  if (span === undefined) return null;
  let rank = 0;
  for (const s of statuses)
    if (s.form === 'har' && s.code === status.code && s.start >= span.start && s.start < status.start) rank++;
  const log = span.value.log as Record<string, unknown> | undefined;
  const entries = Array.isArray(log?.entries)
    ? log.entries
    : Array.isArray(span.value.entries)
      ? span.value.entries
      : [span.value];
  for (const e of entries) {
    if (typeof e !== 'object' || e === null) continue;
    const entry = e as Record<string, unknown>;
    const response = entry.response as Record<string, unknown> | undefined;
    if (typeof response !== 'object' || response === null || response.status !== status.code) continue;
    if (rank-- > 0) continue;
    const started = entry.startedDateTime;
    return typeof started === 'string' && started.length <= 40 ? zonedIsoSeconds(started) : null;
  }
  return null;
}

/** The time member of the outermost JSON object holding `at`: an envelope beside its message. */
function envelopeTime(json: readonly JsonObjectSpan[], at: number): number | null {
  for (const j of json) {
    if (j.start > at) break;
    if (at >= j.end) continue;
    const v = j.value;
    // A decoded payload holds the token's own times, never the entry's.
    if ('exp' in v || 'iat' in v || 'nbf' in v) return null;
    for (const name of ENVELOPE_MEMBERS) {
      const t = timeValue(v[name]);
      if (t !== null) return t;
    }
    return null;
  }
  return null;
}

/** A member's time: an ISO string with its zone, an IMF-fixdate, or epoch seconds or milliseconds. */
function timeValue(v: unknown): number | null {
  if (typeof v === 'string') {
    if (v.length > 40) return null;
    return zonedIsoSeconds(v) ?? imfDateSeconds(v);
  }
  if (typeof v !== 'number' || !Number.isInteger(v) || v <= 0) return null;
  // Seconds from 2001 to 2286, else milliseconds over the same years: any other number is no time.
  if (v >= 1e9 && v < 1e10) return v;
  if (v >= 1e12 && v < 1e13) return Math.floor(v / 1000);
  return null;
}

/** The time a logger wrote before the message on `at`'s line: at the line's start, or as logfmt's `time=`. */
function lineTime(text: string, at: number): number | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  if (at - lineStart > MAX_PREFIX) return null;
  let s = lineStart;
  // A bracket or a quote around the time (`[2026-05-28T14:10:00Z] ERROR …`).
  while (s < at && (text[s] === ' ' || text[s] === '\t' || text[s] === '[' || text[s] === '"')) s++;
  let prefix = text.slice(s, at);
  const kubectl = prefix.startsWith('pod/') ? KUBECTL_PREFIX.exec(prefix)?.[0] : undefined;
  if (kubectl !== undefined) prefix = prefix.slice(kubectl.length);
  const stern = STERN_PREFIX.exec(prefix)?.[0];
  if (stern?.includes('-')) prefix = prefix.slice(stern.length);
  const iso = LEADING_ISO.exec(prefix);
  if (iso !== null) return zonedIsoSeconds(iso[0].replace(' ', 'T').replace(',', '.'));
  const http = LEADING_HTTP_DATE.exec(prefix);
  if (http !== null) return imfDateSeconds(http[0]);
  if (prefix.indexOf('] "') >= 0) {
    const clf = ACCESS_LOG_TIME.exec(prefix);
    const month = clf === null ? 0 : MONTHS.indexOf(clf[2] as string) + 1;
    if (clf !== null && month > 0) {
      const mm = String(month).padStart(2, '0');
      return zonedIsoSeconds(`${clf[3]}-${mm}-${clf[1]}T${clf[4]}${clf[5]}:${clf[6]}`);
    }
  }
  if (prefix.indexOf('=') < 0) return null;
  const logfmt = LOGFMT_TIME.exec(text.slice(lineStart, at));
  return logfmt?.[1] === undefined ? null : zonedIsoSeconds(logfmt[1]);
}
