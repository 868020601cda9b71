/**
 * The one root logger of the Slack app (pino), and the helpers that keep secrets out of log lines.
 *
 * The first line of defence is that no caller passes a paste, a token, a request body or a response_url
 * to the logger: a token is named by its fingerprint. The redact paths (with `censorNested`) and the error
 * serialiser are the second line, for whatever slips through (an error whose message quotes a request, a
 * library's log).
 */
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

export type { Logger } from 'pino';

/** Log levels LOG_LEVEL accepts. */
export type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Keys whose values are never logged: `text` and `body` cover pastes and Slack payloads,
 * `response_url`/`responseUrl` and `private_metadata` are capabilities to post into a channel, the
 * rest are credentials. They are censored at the top of a line and one level down (`{ command: { text } }`).
 */
const SECRET_KEYS: readonly string[] = [
  'authorization',
  'token',
  'botToken',
  'text',
  'body',
  'payload',
  'response_url',
  'responseUrl',
  'private_metadata',
];

const CENSOR = '[redacted]';

/**
 * Paths pino censors: the secret keys at the top of a line, and the request headers. Constants, never
 * user input. Exact paths only: wildcard paths (`*.text`) made pino run its generic redactor over every
 * value of every line and every child's bindings, parsing each path again each time: ~19 µs of the ~24 µs
 * a slash command spent logging (its child logger and its line). The level below is `censorNested`'s.
 */
export const REDACT_PATHS: readonly string[] = [
  ...SECRET_KEYS,
  'headers.authorization',
  'headers["x-slack-signature"]',
];

/**
 * What the wildcard paths did, for a fraction of the cost: a secret key (or `headers.authorization`)
 * inside an object logged under any key is censored. The caller's objects are never changed; a line
 * with nothing to censor is returned as it came, without a copy.
 */
export function censorNested(fields: Record<string, unknown>): Record<string, unknown> {
  let out = fields;
  for (const key in fields) {
    // `err` goes through serializeError, which keeps only safe fields; a copy here would lose its Error type.
    if (key === 'err') continue;
    const value = fields[key];
    if (typeof value !== 'object' || value === null || Array.isArray(value)) continue;
    const clean = censorSecretKeys(value as Record<string, unknown>);
    if (clean === value) continue;
    if (out === fields) out = { ...fields };
    out[key] = clean;
  }
  return out;
}

function censorSecretKeys(obj: Record<string, unknown>): Record<string, unknown> {
  let out = obj;
  for (const key of SECRET_KEYS) {
    if (!Object.hasOwn(obj, key)) continue;
    if (out === obj) out = { ...obj };
    out[key] = CENSOR;
  }
  const headers = obj.headers;
  if (typeof headers === 'object' && headers !== null && Object.hasOwn(headers, 'authorization')) {
    if (out === obj) out = { ...obj };
    out.headers = { ...headers, authorization: CENSOR };
  }
  return out;
}

/**
 * Replaces credentials in free text: Slack tokens, Bearer credentials, JWT-shaped strings and Slack
 * response URLs. For library messages and error texts, which we do not control.
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(/\bxox[a-z]-[A-Za-z0-9-]+/g, 'xox*-‹redacted›')
    .replace(/\bxapp-[A-Za-z0-9-]+/g, 'xapp-‹redacted›')
    .replace(/\b(Bearer|Basic)\s+[A-Za-z0-9._~+/=-]{8,}/gi, '$1 ‹redacted›')
    .replace(/\beyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*\.?[A-Za-z0-9_-]*/g, '‹jwt›')
    .replace(/https:\/\/hooks\.slack\.com\/[^\s"'<>]+/g, 'https://hooks.slack.com/‹redacted›');
}

/** What an error becomes in a log line: its code and a scrubbed message, plus the HTTP facts retries care about. */
export function serializeError(e: unknown, depth = 0): Record<string, unknown> {
  if (!(e instanceof Error)) return { message: scrubSecrets(String(e)).slice(0, 500) };
  const out: Record<string, unknown> = { type: e.name, message: scrubSecrets(e.message).slice(0, 500) };
  const extra = e as Error & { code?: unknown; statusCode?: unknown; retryAfter?: unknown; data?: { error?: unknown } };
  if (typeof extra.code === 'string') out.code = extra.code;
  if (typeof extra.statusCode === 'number') out.statusCode = extra.statusCode;
  if (typeof extra.retryAfter === 'number') out.retryAfter = extra.retryAfter;
  if (typeof extra.data?.error === 'string') out.slackError = extra.data.error;
  // Causes nest (a SlackPostError wrapping a fetch error wrapping a socket error); cycles are cut.
  if (e.cause !== undefined && depth < 3) out.cause = serializeError(e.cause, depth + 1);
  return out;
}

/** Options of `createLogger`. */
export interface LogOptions {
  level: LogLevelName;
  /** Where lines go; stdout when absent. Tests pass a stream and read every line. */
  destination?: DestinationStream;
}

/** The root logger. Create one per process and give each request a child: `log.child({ team, user, surface })`. */
export function createLogger(options: LogOptions): Logger {
  const config: LoggerOptions = {
    level: options.level,
    base: { service: 'jwt-diagnose' },
    redact: { paths: [...REDACT_PATHS], censor: CENSOR },
    formatters: { log: censorNested, bindings: censorNested },
    serializers: { err: (e: unknown) => serializeError(e) },
  };
  const root = options.destination === undefined ? pino(config) : pino(config, options.destination);
  // pino gives `formatters.bindings` the root's bindings only; children (which inherit this) get the same guard.
  const pinoChild = root.child;
  root.child = function (this: Logger, bindings, childOptions) {
    return pinoChild.call(this, censorNested(bindings), childOptions);
  } as Logger['child'];
  return root;
}
