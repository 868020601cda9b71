/**
 * What every listener receives from `app.ts`: configuration, the root logger, the post policy for this
 * run mode, the locale resolver and the clock. Listeners take these as arguments instead of importing
 * singletons, so tests build an app with their own log stream and a shorter policy.
 */
import type { Env } from '../config/env.js';
import type { KeyFetcher } from '../keys/remote-jwks.js';
import type { Logger } from '../log.js';
import type { LocaleResolver } from './locale.js';
import type { PostPolicy } from './respond.js';

export interface SlackDeps {
  env: Env;
  log: Logger;
  policy: PostPolicy;
  resolveLocale: LocaleResolver;
  /** The clock (ms), read at the edge: the engine is given `now`, never reads it. */
  now: () => number;
  /**
   * Fetches trusted issuers' published keys, with the process's cache. Optional: diagnosis.ts makes one
   * per configuration when absent; tests pass their own to start each case with an empty cache.
   */
  keys?: KeyFetcher;
}

/** Which Slack surface a request came from; one value per listener, in every request's log line. */
export type Surface = 'command' | 'modal-open' | 'modal' | 'shortcut' | 'share';

/** A request's child logger: every line it writes names the team, the user and the surface. */
export function requestLog(deps: SlackDeps, surface: Surface, team: string | null | undefined, user: string): Logger {
  return deps.log.child({ surface, team: team ?? null, user });
}

/** When Bolt's receiver got the request (set by app.ts's customPropertiesExtractor), else now. */
export function receivedAt(context: Record<string, unknown>, deps: SlackDeps): number {
  return typeof context.receivedAt === 'number' ? context.receivedAt : deps.now();
}

/**
 * Resolves in the event loop's next check phase, after the I/O that is already waiting. Listeners await it
 * right after `ack()`, and diagnosis.ts between the diagnosis and the rendering, so that requests arriving
 * meanwhile are read and acknowledged between the steps of the reports already under way. Without it, a
 * request's diagnosis, rendering and post ran in the microtasks of its own ack, before Node read the next
 * socket: the tenth request of a burst waited for nine whole reports before its ack (bench/http.mjs, ack
 * p99 at a steady 100 requests/s). Slack times the ack, not the report.
 */
export function yieldToPendingRequests(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
