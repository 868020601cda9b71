import type { webApi } from '@slack/bolt';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { createLocaleResolver, localeFromTag } from '../../src/slack/locale.js';

/** A stand-in for the one Web API method the resolver calls; it records its calls. */
function client(answer: () => Promise<unknown>): { client: webApi.WebClient; calls: string[] } {
  const calls: string[] = [];
  const info = async (a: { user: string }) => {
    calls.push(a.user);
    return answer();
  };
  const fake = { users: { info } };
  return { client: fake as unknown as webApi.WebClient, calls };
}

function resolver(now = () => 0, timeoutMs = 200) {
  return createLocaleResolver({
    defaultLocale: 'en',
    timeoutMs,
    ttlMs: 1000,
    failureTtlMs: 100,
    maxEntries: 2,
    log: createLogger({ level: 'silent' }),
    now,
  });
}

const req = (user: string, c: webApi.WebClient | null, extra: object = {}) => ({
  team: 'T1',
  user,
  override: null,
  payload: {},
  client: c,
  ...extra,
});

describe('the report language', () => {
  it.each([
    ['ja-JP', 'ja'],
    ['en-US', 'en'],
    ['en_GB', 'en'],
    ['fr-FR', null],
    [undefined, null],
  ])('maps Slack locale %j to %j', (tag, locale) => {
    expect(localeFromTag(tag)).toBe(locale);
  });

  it('takes lang= first, then the payload, then users.info, then the default', async () => {
    const { client: c } = client(async () => ({ ok: true, user: { locale: 'ja-JP' } }));
    const resolve = resolver();
    expect(await resolve(req('U1', c, { override: 'en' }))).toEqual({ locale: 'en', source: 'option' });
    expect(await resolve(req('U1', c, { payload: { user: { locale: 'en-US' } } }))).toEqual({
      locale: 'en',
      source: 'payload',
    });
    expect(await resolve(req('U1', c))).toEqual({ locale: 'ja', source: 'users.info' });
    expect(await resolve(req('U1', null))).toEqual({ locale: 'en', source: 'default' });
  });

  it('caches per user, and asks again after the cache time', async () => {
    let t = 0;
    const { client: c, calls } = client(async () => ({ ok: true, user: { locale: 'ja-JP' } }));
    const resolve = resolver(() => t);
    await resolve(req('U1', c));
    await resolve(req('U1', c));
    expect(calls).toEqual(['U1']);
    t = 1001;
    await resolve(req('U1', c));
    expect(calls).toEqual(['U1', 'U1']);
  });

  it('uses the default when the lookup fails or is slow', async () => {
    const failing = client(async () => {
      throw Object.assign(new Error('missing_scope'), { code: 'slack_webapi_platform_error' });
    });
    expect(await resolver()(req('U2', failing.client))).toEqual({ locale: 'en', source: 'default' });
    const slow = client(() => new Promise((r) => setTimeout(() => r({ ok: true, user: { locale: 'ja-JP' } }), 500)));
    const started = Date.now();
    expect(await resolver(() => 0, 50)(req('U3', slow.client))).toEqual({ locale: 'en', source: 'default' });
    expect(Date.now() - started).toBeLessThan(400);
  });
});
