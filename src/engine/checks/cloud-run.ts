import type { Context } from '../context.js';

/**
 * Google's ID-token issuers (the `iss` of a Google-signed ID token, with or without the scheme: developers.google.com,
 * "Authenticate with a backend server", verifying the ID token's iss).
 */
const GOOGLE_ISSUERS: ReadonlySet<string> = new Set(['https://accounts.google.com', 'accounts.google.com']);
/**
 * A Cloud Run service's generated URL as an ID token's audience: `https://<service>-<hash>-<region>.a.run.app` or
 * `https://<service>-<project number>.<region>.run.app`, with an optional trailing slash. Bounded labels, no nesting.
 */
const RUN_APP_URL = /^https:\/\/([a-z0-9-]{1,120}(?:\.[a-z0-9-]{1,40})?\.run\.app)\/?$/i;

/** The two shapes of a generated URL: compared only within one, since one service has a URL of each. */
const shapeOf = (host: string) => (host.endsWith('.a.run.app') ? 'hash' : 'numbered');

/**
 * A Google ID token sent to one Cloud Run service with another service's URL as its `aud`: Cloud Run's IAM check
 * wants "an audience claim matching the receiving service's *.run.app URL" (cloud.google.com/run/docs/configuring/
 * custom-audiences) and refuses the rest with 401. The expectation it implies is the request's own URL. Null when the
 * request went elsewhere, the token is no Google ID token, or one of its audiences could be the receiver's (the same
 * host; a URL of the other shape, which may be the same service's; anything that is no run.app URL, which may be a
 * custom audience the service accepts).
 */
export function cloudRunAudience(ctx: Context, claims: Readonly<Record<string, unknown>>): string | null {
  const host = ctx.requestHost?.toLowerCase();
  if (host === undefined || !host.endsWith('.run.app')) return null;
  if (typeof claims.iss !== 'string' || !GOOGLE_ISSUERS.has(claims.iss)) return null;
  const aud = typeof claims.aud === 'string' ? [claims.aud] : [];
  if (aud.length === 0) return null;
  for (const a of aud) {
    const other = RUN_APP_URL.exec(a)?.[1]?.toLowerCase();
    if (other === undefined || other === host || shapeOf(other) !== shapeOf(host)) return null;
  }
  return `https://${host}`;
}
