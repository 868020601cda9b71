/**
 * Mobile clients' HTTP logs as the device's log prints them: each line of OkHttp's HttpLoggingInterceptor or of Dio's
 * LogInterceptor behind logcat's prefix (Android) or Flutter's `flutter: ` (iOS). The prefix is a paste artefact
 * (findings.md, "Paste artefacts are undone"): removed, the lines read as the interceptor printed them — OkHttp's
 * `--> GET …`, its request fields, `<-- 401 …` and the response's fields; Dio's `*** Request ***`, ` Authorization: …`,
 * `statusCode: 401`, ` www-authenticate: …` — so the request's fields are the request's and the challenge the
 * response's.
 *
 * Only the lines of a tag that printed such a marker lose their prefix (`D/OkHttp: <-- 401 …` makes every `D/OkHttp:`
 * line the interceptor's); the other apps' and the system's lines keep theirs.
 *
 * The prefixes, from logcat's own formats (AOSP system/logging liblog/logprint.cpp, android_log_formatLogLine):
 * - brief `%c/%-8s(%5d): ` (`I/flutter (12345): `, as `flutter run` shows an Android device's output), tag `%c/%-8s: `
 *   (`D/OkHttp  : `, and Android Studio's older window, `D/OkHttp: ` after `date time pid-tid/package `), time
 *   `%s %c/%-8s(%5d): `;
 * - threadtime, logcat's default, `%s %5d %5d %c %-8s: ` (`11-25 10:00:00.123  1234  5678 D OkHttp  : `);
 * - Android Studio's newer window: `date time  pid-tid  tag  package  P  ` (the columns padded with blanks);
 * - Flutter on iOS: `flutter: ` before each line its `print` wrote.
 * OkHttp's lines: square/okhttp okhttp-logging-interceptor HttpLoggingInterceptor.kt (`--> ${method} ${url}`,
 * `<-- ${code} ${message} ${url} (${ms}ms)`, `name: value` per field, `--> END`, `<-- END HTTP`); its Android logger
 * tags them `OkHttp` (or the app's own tag through a custom Logger). Dio's: cfug/dio dio/lib/src/interceptors/log.dart
 * (`*** Request ***`, `*** Response ***`, `*** DioException ***:`, `uri: …`, `statusCode: …`, `headers:` and each field
 * as ` name: value`).
 */

/** The interceptors' markers: a paste without one holds none of their logs (one search each, see mayHoldMobileLog). */
const OKHTTP_RESPONSE = '<-- ';
const OKHTTP_REQUEST = '--> ';
const DIO_MARKERS = ['*** Request ***', '*** Response ***', '*** DioException ***'] as const;

/** How far into a line a prefix is looked for: logcat's is under 100 characters, Studio's columns a little more. */
const PREFIX_REACH = 200;
/** How many lines of a paste are looked at: a log of more is cut to this many (a paste is a few hundred). */
const MAX_LINES = 20_000;

/** A logcat time: `MM-DD HH:MM:SS.mmm`, with the year (`-v year`, Android Studio) or not. */
const TIME = String.raw`(?:\d{4}-)?\d\d-\d\d \d\d:\d\d:\d\d\.\d{3,9}`;
/** A log priority: verbose, debug, info, warn, error, fatal, assert. */
const PRIORITY = '[VDIWEFA]';

/**
 * The prefixes, each anchored at the line's start and made of bounded runs of distinct classes (linear); the tag is
 * the first group. Tried in order on the line's first PREFIX_REACH characters.
 */
const PREFIXES: readonly RegExp[] = [
  // brief, tag, time, and Android Studio's older window (`date time pid-tid/package P/tag: `).
  new RegExp(
    `^(?:${TIME} +(?:\\d{1,7}-\\d{1,7}/[^\\s/]{1,128} +)?)?${PRIORITY}/([^\\s:(]{1,64}) *(?:\\( *\\d{1,7}\\))?: ?`,
  ),
  // threadtime.
  new RegExp(`^${TIME} +\\d{1,7} +\\d{1,7} +${PRIORITY} +([^\\s:]{1,64}) *: ?`),
  // Android Studio's newer window: pid-tid, tag, package, priority.
  new RegExp(`^${TIME} +\\d{1,7}-\\d{1,7} +([^\\s]{1,64}) +[^\\s]{1,128} +${PRIORITY} {1,4}`),
  // Flutter on iOS.
  /^(flutter): /,
];

/** Whether the paste may hold an interceptor's log: its markers searched for, cheaply (normalisation runs on every paste). */
export function mayHoldMobileLog(text: string): boolean {
  // `<-- ` for OkHttp's response (or `<-- HTTP FAILED`), `--> ` for a request logged with no answer yet (a paste cut
  // before the response, or a call that hung); `** ` for Dio's three.
  return text.indexOf(OKHTTP_RESPONSE) >= 0 || text.indexOf(OKHTTP_REQUEST) >= 0 || text.indexOf('** ') >= 0;
}

/** The line's prefix: where its message starts, and the tag that wrote it; null when it has none of the forms. */
function prefixOf(line: string): { end: number; tag: string } | null {
  const head = line.length > PREFIX_REACH ? line.slice(0, PREFIX_REACH) : line;
  // Every form starts with a digit, a priority letter or `flutter`.
  // Reads inside the line only: one past its end would deoptimise this for good (round 28).
  const c = head.length > 0 ? head.charCodeAt(0) : -1;
  if (!((c >= 0x30 && c <= 0x39) || c === 0x66 || (head.length > 1 && head.charCodeAt(1) === 0x2f))) return null;
  for (const re of PREFIXES) {
    const m = re.exec(head);
    if (m !== null) return { end: m[0].length, tag: m[1] ?? '' };
  }
  return null;
}

/** Whether a message is one of the interceptors' markers (what makes its tag's lines theirs). */
function isMarker(line: string, from: number): boolean {
  if (line.startsWith(OKHTTP_RESPONSE, from) || line.startsWith(OKHTTP_REQUEST, from)) return true;
  return line.charCodeAt(from) === 0x2a && DIO_MARKERS.some((m) => line.startsWith(m, from));
}

/**
 * The paste with the prefixes of the interceptors' lines removed (see the module's comment), or the paste itself when
 * no line of it is one. Two passes over the lines: the tags that printed a marker, then the lines of those tags.
 */
export function stripMobileLogPrefixes(text: string): string {
  const lines = text.split('\n', MAX_LINES);
  const prefixes: ({ end: number; tag: string } | null)[] = new Array(lines.length);
  const tags = new Set<string>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const prefix = prefixOf(line);
    prefixes[i] = prefix;
    if (prefix !== null && isMarker(line, prefix.end)) tags.add(prefix.tag);
  }
  if (tags.size === 0) return text;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    const prefix = prefixes[i];
    if (prefix === null || prefix === undefined || !tags.has(prefix.tag)) continue;
    lines[i] = (lines[i] as string).slice(prefix.end);
    changed = true;
  }
  if (!changed) return text;
  const joined = lines.join('\n');
  // Lines past MAX_LINES were not split off: they follow as they were.
  const cut = lines.length === MAX_LINES ? nthLineEnd(text, MAX_LINES) : text.length;
  return cut < text.length ? joined + text.slice(cut) : joined;
}

/** Where the `n`th line of the text ends (its `\n`, or the text's end). */
function nthLineEnd(text: string, n: number): number {
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = text.indexOf('\n', at + 1);
    if (at < 0) return text.length;
  }
  return at;
}
