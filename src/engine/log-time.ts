import type { LogHit } from './context.js';
import type { StatusObservation } from './parse/http.js';
import type { JsonObjectSpan } from './parse/json-spans.js';
import { httpDateSeconds, zonedIsoSeconds } from './time-parse.js';

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

/** Epoch seconds of the failure's log time, or null when the entry shows none with its zone. */
export function logTime(
  text: string,
  json: readonly JsonObjectSpan[],
  hits: readonly LogHit[],
  status: StatusObservation | null,
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
    return zonedIsoSeconds(v) ?? httpDateSeconds(v);
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
  const prefix = text.slice(s, at);
  const iso = LEADING_ISO.exec(prefix);
  if (iso !== null) return zonedIsoSeconds(iso[0].replace(' ', 'T').replace(',', '.'));
  const http = LEADING_HTTP_DATE.exec(prefix);
  if (http !== null) return httpDateSeconds(http[0]);
  if (prefix.indexOf('=') < 0) return null;
  const logfmt = LOGFMT_TIME.exec(text.slice(lineStart, at));
  return logfmt?.[1] === undefined ? null : zonedIsoSeconds(logfmt[1]);
}
