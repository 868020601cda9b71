/**
 * The one root logger of the Slack app (pino), and the helpers that keep secrets out of log lines.
 *
 * The first line of defence is that no caller passes a paste, a token, a request body or a response_url
 * to the logger: a token is named by its fingerprint. The redact paths and the error serialiser are the
 * second line, for whatever slips through (an error whose message quotes a request, a library's log).
 */
import { type DestinationStream, type Logger, type LoggerOptions, pino } from 'pino';

export type { Logger } from 'pino';

/** Log levels LOG_LEVEL accepts. */
export type LogLevelName = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * Paths pino censors. Constants, never user input. `text` and `body` cover pastes and Slack payloads,
 * `response_url`/`responseUrl` and `private_metadata` are capabilities to post into a channel, the
 * rest are credentials.
 */
export const REDACT_PATHS: readonly string[] = [
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'headers["x-slack-signature"]',
  'token',
  '*.token',
  'botToken',
  '*.botToken',
  'text',
  '*.text',
  'body',
  '*.body',
  'payload',
  '*.payload',
  'response_url',
  '*.response_url',
  'responseUrl',
  '*.responseUrl',
  'private_metadata',
  '*.private_metadata',
];

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
    redact: { paths: [...REDACT_PATHS], censor: '[redacted]' },
    serializers: { err: (e: unknown) => serializeError(e) },
  };
  return options.destination === undefined ? pino(config) : pino(config, options.destination);
}
