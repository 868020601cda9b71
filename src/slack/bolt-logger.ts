/**
 * Bolt's `Logger` interface backed by the pino root logger.
 *
 * Bolt, the Web API client and the receivers print request content at DEBUG: `AwsLambdaReceiver` the
 * whole API Gateway event, `HTTPResponseAck` ack bodies, `SocketModeClient` every WebSocket message,
 * and developer mode every body (slack-platform.md §1.12). Those bodies hold the pasted tokens, so this
 * adapter never forwards DEBUG, whatever LOG_LEVEL says, and scrubs credentials from what it forwards.
 */
import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import { type Logger, scrubSecrets, serializeError } from '../log.js';

const RANK: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/** Wraps a pino logger for Bolt; lines carry `component: 'bolt'` (or the name Bolt sets). */
export function toBoltLogger(root: Logger): BoltLogger {
  let level: LogLevel = LogLevel.INFO;
  let log = root.child({ component: 'bolt' });
  const emit = (at: LogLevel, args: unknown[]): void => {
    if (RANK[at] < RANK[level]) return;
    const { err, msg } = describe(args);
    const fields = err === undefined ? {} : { err };
    if (at === LogLevel.ERROR) log.error(fields, msg);
    else if (at === LogLevel.WARN) log.warn(fields, msg);
    else log.info(fields, msg);
  };
  return {
    debug: () => {},
    info: (...args: unknown[]) => emit(LogLevel.INFO, args),
    warn: (...args: unknown[]) => emit(LogLevel.WARN, args),
    error: (...args: unknown[]) => emit(LogLevel.ERROR, args),
    // Bolt calls setLevel with its `logLevel` option; DEBUG is clamped to INFO (see the module comment).
    setLevel: (l: LogLevel) => {
      level = l === LogLevel.DEBUG ? LogLevel.INFO : l;
    },
    getLevel: () => level,
    setName: (name: string) => {
      log = root.child({ component: name });
    },
  };
}

/** Bolt logs strings, errors and sometimes objects; objects are summarised, never dumped whole. */
function describe(args: unknown[]): { err: Record<string, unknown> | undefined; msg: string } {
  let err: Record<string, unknown> | undefined;
  const parts: string[] = [];
  for (const a of args) {
    if (a instanceof Error) {
      err ??= serializeError(a);
      parts.push(scrubSecrets(a.message));
    } else if (typeof a === 'string' || typeof a === 'number' || typeof a === 'boolean') {
      parts.push(scrubSecrets(String(a)));
    } else if (a !== undefined && a !== null) {
      parts.push(`[${Array.isArray(a) ? 'array' : 'object'}]`);
    }
  }
  return { err, msg: parts.join(' ').slice(0, 1000) };
}
