/**
 * Which language a report is written in.
 *
 * In order: an explicit `lang=` in the command text; a `locale` Slack put in the payload; the user's
 * Slack locale from `users.info` with `include_locale` (needs the `users:read` scope; cached per user
 * for a while so a busy incident costs one lookup per person); the workspace default from config.
 * A failed or slow lookup falls back to the default: the language never delays or breaks a report.
 */
import type { webApi } from '@slack/bolt';
import type { Locale } from '../engine/types.js';
import type { Logger } from '../log.js';

/** Where the locale came from, for the request's log line; `form`: resolved when the form was opened. */
export type LocaleSource = 'option' | 'payload' | 'users.info' | 'default' | 'form';

/** What the resolver knows about a request. */
export interface LocaleRequest {
  team: string | null;
  user: string;
  /** `lang=` from the command, or the locale carried from an earlier step (the modal's metadata). */
  override: Locale | null;
  /** The payload, searched for a `locale` field. */
  payload: unknown;
  client: webApi.WebClient | null;
}

/** Options of `createLocaleResolver`. */
export interface LocaleOptions {
  defaultLocale: Locale;
  /** A lookup slower than this is abandoned (the answer is still cached when it comes). */
  timeoutMs: number;
  ttlMs: number;
  /** Failures are remembered for less time than answers, so a transient error heals quickly. */
  failureTtlMs: number;
  maxEntries: number;
  log: Logger;
  now?: () => number;
}

/** Resolves a request's report language. */
export type LocaleResolver = (req: LocaleRequest) => Promise<{ locale: Locale; source: LocaleSource }>;

/** `ja-JP` → ja, `en-US` → en; a language we have no catalogue for → null (the default applies). */
export function localeFromTag(tag: unknown): Locale | null {
  if (typeof tag !== 'string') return null;
  const lang = tag.trim().toLowerCase().split(/[-_]/)[0];
  return lang === 'ja' || lang === 'en' ? lang : null;
}

/** Slack puts `locale` at the top of some payloads and under `user` in others. */
function payloadLocale(payload: unknown): Locale | null {
  if (payload === null || typeof payload !== 'object') return null;
  const p = payload as { locale?: unknown; user?: { locale?: unknown } };
  return localeFromTag(p.locale) ?? localeFromTag(p.user?.locale);
}

interface Entry {
  locale: Locale | null;
  until: number;
}

export function createLocaleResolver(options: LocaleOptions): LocaleResolver {
  const now = options.now ?? Date.now;
  // A per-process cache, not state: losing it costs one lookup. Map order makes eviction oldest-first.
  const cache = new Map<string, Entry>();

  const remember = (key: string, locale: Locale | null, ttl: number): void => {
    cache.delete(key);
    cache.set(key, { locale, until: now() + ttl });
    while (cache.size > options.maxEntries) {
      const oldest = cache.keys().next().value;
      if (oldest === undefined) break;
      cache.delete(oldest);
    }
  };

  const lookup = async (key: string, user: string, client: webApi.WebClient): Promise<Locale | null> => {
    const cached = cache.get(key);
    if (cached !== undefined && cached.until > now()) return cached.locale;
    const call = client.users
      .info({ user, include_locale: true })
      .then((res) => {
        const locale = localeFromTag(res.user?.locale);
        remember(key, locale, options.ttlMs);
        return locale;
      })
      .catch((e: unknown) => {
        remember(key, null, options.failureTtlMs);
        options.log.warn({ err: e }, 'users.info failed; using the default locale');
        return null;
      });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<null>((resolve) => {
      timer = setTimeout(() => resolve(null), options.timeoutMs);
      timer.unref();
    });
    try {
      return await Promise.race([call, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  return async (req) => {
    if (req.override !== null) return { locale: req.override, source: 'option' };
    const fromPayload = payloadLocale(req.payload);
    if (fromPayload !== null) return { locale: fromPayload, source: 'payload' };
    if (req.client !== null) {
      const found = await lookup(`${req.team ?? ''}:${req.user}`, req.user, req.client);
      if (found !== null) return { locale: found, source: 'users.info' };
    }
    return { locale: options.defaultLocale, source: 'default' };
  };
}
