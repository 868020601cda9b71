import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import { note } from '../evidence.js';
import { jsonText } from '../json-text.js';
import { MINTED_TOKEN_SERVICES } from '../parse/verifier-messages/media-sdks.js';
import { proxyAssertionOf } from '../proxy-assertion.js';
import type { FindingData, Source, TimeVerdict } from '../types.js';
import { defineCheck, finding } from './define.js';
import type { PlatformLimits } from './platform-limits.js';
import { presignedExpiryFindings } from './presigned-expiry.js';
import { supabaseProjectKey } from './supabase.js';
import { isAwsUserClaims, isNonAccessToken } from './token-type.js';
import { clerkSessionToken } from './unchecked-claims.js';

/** NumericDate seconds of a time claim, or why it is not one. */
/**
 * A Mux signed playback token on Mux's own playback or image host (mux.com/docs/guides/secure-video-playback: aud v, t,
 * g or s, sub the playback ID, the token as ?token= on stream.mux.com or image.mux.com): Mux answers it expired with
 * 403, its own answer (muxinc/elements errors/403-expired-token.md), even when the player printed nothing of Mux's.
 */
function muxPlayback(ctx: Context, claims: Record<string, unknown>): string | undefined {
  if (typeof claims.aud !== 'string' || !/^[vtgs]$/.test(claims.aud)) return undefined;
  return ctx.lower.includes('stream.mux.com/') || ctx.lower.includes('image.mux.com/') ? 'mux' : undefined;
}

export type TimeValue =
  | { kind: 'absent' }
  | { kind: 'seconds'; value: number }
  | { kind: 'milliseconds'; value: number; seconds: number }
  | { kind: 'invalid'; raw: unknown };

/** 13 digits: milliseconds since the epoch (after 2001-09-09 in ms, before year 33658 in seconds). */
const MILLISECONDS_THRESHOLD = 1e12;
/**
 * 14 digits and more (microseconds, nanoseconds, garbage) are no NumericDate anyone meant: dividing by
 * 1000 would still be thousands of years out and feed nonsense lifetimes and verdicts, so they are invalid.
 */
const MILLISECONDS_LIMIT = 1e13;

/** One value for every absent claim (never written to): a claim is read several times per diagnosis (checks, report). */
const ABSENT: TimeValue = { kind: 'absent' };

export function readTimeClaim(claims: Record<string, unknown> | null, name: 'exp' | 'nbf' | 'iat'): TimeValue {
  if (claims === null || !(name in claims)) return ABSENT;
  const raw = claims[name];
  if (typeof raw !== 'number' || !Number.isFinite(raw) || raw < 0 || raw >= MILLISECONDS_LIMIT)
    return { kind: 'invalid', raw };
  if (raw >= MILLISECONDS_THRESHOLD) return { kind: 'milliseconds', value: raw, seconds: Math.floor(raw / 1000) };
  return { kind: 'seconds', value: raw };
}

/** The seconds to judge with: milliseconds are read as what the issuer meant, so the verdict is still useful. */
export function usableSeconds(t: TimeValue): number | null {
  if (t.kind === 'seconds') return t.value;
  if (t.kind === 'milliseconds') return t.seconds;
  return null;
}

export function expVerdict(exp: number, now: number, skew: number): TimeVerdict {
  if (exp + skew < now) return 'expired';
  if (Math.abs(now - exp) <= skew) return 'borderline';
  return 'ok';
}

export function nbfVerdict(nbf: number, now: number, skew: number): TimeVerdict {
  return nbf - skew > now ? 'not-yet-valid' : 'ok';
}

export function iatVerdict(iat: number, now: number, skew: number): TimeVerdict {
  return iat - skew > now ? 'in-future' : 'ok';
}

const SHORT_LIFETIME = 5 * 60;
const LONG_LIFETIME = 24 * 60 * 60;

function describe(raw: unknown): string {
  const s = typeof raw === 'string' ? JSON.stringify(raw) : String(jsonText(raw) ?? raw);
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

/** exp / nbf / iat against the reference time and the skew allowance (JWT TTL Check, JWT Clock Skew Check). */
const CODES = [
  'time.expired',
  'time.borderline',
  'time.not-yet-valid',
  'time.issued-in-future',
  'time.no-exp',
  'time.milliseconds',
  'time.invalid',
  'time.inconsistent',
  'time.short-lifetime',
  'time.long-lifetime',
] as const;
type Code = (typeof CODES)[number];

export const timeCheck = defineCheck({
  id: 'time',
  codes: CODES,
  run(ctx: Context, prior) {
    // A cut payload's claims (ctx.cutClaims) were each read whole: what they say about time is a fact. What they lack
    // may be after the cut, so neither a missing exp nor a lifetime judged by a claim that may follow is said of them.
    const cut = ctx.claims === null;
    const claims = ctx.presentClaims;
    // A presigned request's own expiry (an RDS IAM authentication token): judged as an exp is, JWT or not beside it.
    const presigned = presignedExpiryFindings(ctx);
    if (claims === null) return presigned;
    const out: FindingData<Code>[] = [...presigned];
    const src = ctx.claimsSource;
    const { now, skewSeconds: skew } = ctx;
    // An AWS front door's user-claims token (an ALB's authenticate action, Verified Access) carries its exp in its JWS
    // header, not among the claims (checks/token-type.ts): that exp is the one its verifier checks.
    const exp = readTimeClaim(!('exp' in claims) && isAwsUserClaims(ctx.header) ? ctx.header : claims, 'exp');
    const nbf = readTimeClaim(claims, 'nbf');
    const iat = readTimeClaim(claims, 'iat');

    // Claim by claim rather than over a list of pairs: this runs for every token, and most claims are plain seconds.
    unusable(exp, 'exp', src, out);
    unusable(nbf, 'nbf', src, out);
    unusable(iat, 'iat', src, out);

    const e = usableSeconds(exp);
    // A DPoP proof (or another JWT that is never an access token): a missing exp is beside the point (a proof has none by
    // design, its iat bounds it).
    // APNs' provider token has no exp by design: APNs counts from its iat (platformWindow).
    if (exp.kind === 'absent' && !cut && !isNonAccessToken(prior, ctx) && ctx.selfSigned?.maxAgeSeconds === undefined)
      out.push(finding('time.no-exp', {}, note('claim-absent', { claim: 'exp' }), src));
    if (e !== null && now !== null) {
      const verdict = expVerdict(e, now, skew);
      if (verdict === 'expired') {
        const args: CodeArgs['time.expired'] = {
          exp: e,
          agoSeconds: now - e,
          skewSeconds: skew,
          maxAge: false,
          ...proxyAssertionOf(ctx),
        };
        // The platform's caller mints its own token: the step is its minting code, not a refresh.
        if (ctx.selfSigned !== null) args.platform = ctx.selfSigned.id;
        const minted =
          ctx.hits.find((h) => MINTED_TOKEN_SERVICES.has(h.hit.library))?.hit.library ?? muxPlayback(ctx, claims);
        if (minted !== undefined) args.mintedFor = minted;
        out.push(finding('time.expired', args, `exp: ${e}`, src));
      } else if (verdict === 'borderline') {
        out.push(finding('time.borderline', { exp: e, pastSeconds: now - e, skewSeconds: skew }, `exp: ${e}`, src));
      }
    }
    const n = usableSeconds(nbf);
    const i = usableSeconds(iat);
    if (n !== null && now !== null && nbfVerdict(n, now, skew) === 'not-yet-valid') {
      const args: CodeArgs['time.not-yet-valid'] = { nbf: n, inSeconds: n - now, skewSeconds: skew };
      // iat is the issuer's clock when it signed: one not ahead of the reference time rules out an issuer clock ahead
      // by the whole wait, so an nbf beyond it (a not-before delay, the lifetime added to nbf) is the issuer's choice.
      if (i !== null && iatVerdict(i, now, skew) === 'ok' && n - i > skew) args.afterIatSeconds = n - i;
      const shown = args.afterIatSeconds === undefined ? `nbf: ${n}` : `iat: ${i}, nbf: ${n}`;
      out.push(finding('time.not-yet-valid', args, shown, src));
    }
    if (i !== null && now !== null && iatVerdict(i, now, skew) === 'in-future') {
      out.push(
        finding('time.issued-in-future', { iat: i, aheadSeconds: i - now, skewSeconds: skew }, `iat: ${i}`, src),
      );
    }
    const platform = ctx.selfSigned;
    if (platform !== null) platformWindow(platform, e, i, now, skew, src, out);
    if (e !== null) {
      if (n !== null && n > e)
        out.push(finding('time.inconsistent', { claim: 'nbf', value: n, exp: e }, `nbf: ${n}, exp: ${e}`, src));
      if (i !== null && i > e)
        out.push(finding('time.inconsistent', { claim: 'iat', value: i, exp: e }, `iat: ${i}, exp: ${e}`, src));
      if (i !== null && e >= i) {
        const ttl = e - i;
        // Clerk mints a session token a minute long and its frontend renews it before it runs out ("short-lived JWTs",
        // a refresh/access pair with its long-lived cookie: clerk/javascript discussions#336): short by design.
        if (ttl < SHORT_LIFETIME && !clerkSessionToken(ctx, claims))
          out.push(finding('time.short-lifetime', { ttlSeconds: ttl }, `iat: ${i}, exp: ${e}`, src));
        // "over 24 hours for an access token": an ID token or a refresh token is allowed to live longer, and a
        // Supabase project key is an API key that lives ~10 years by design. A platform's own rule is the one it meets.
        if (
          ttl > LONG_LIFETIME &&
          ctx.selfSigned === null &&
          !cut &&
          !looksLikeIdToken(claims) &&
          supabaseProjectKey(claims) === null
        ) {
          out.push(finding('time.long-lifetime', { ttlSeconds: ttl }, `iat: ${i}, exp: ${e}`, src));
        }
      }
    }
    return out;
  },
});

/**
 * The platform's own window for the JWT its caller signs (checks/platform-limits.ts): exp at most so far after iat, or
 * after the platform's clock (the reference time), which is what a signing machine's clock running ahead breaks; an iat
 * at most so old (APNs). The platform is strict, so no skew is allowed beyond its own limit.
 */
function platformWindow(
  p: PlatformLimits,
  e: number | null,
  i: number | null,
  now: number | null,
  skew: number,
  src: Source,
  out: FindingData<Code>[],
): void {
  const limit = p.maxLifetimeSeconds;
  if (limit !== undefined && e !== null) {
    const ttl = i !== null && e >= i ? e - i : null;
    const fromNow = now === null ? null : e - now;
    if ((ttl !== null && ttl > limit) || (fromNow !== null && fromNow > limit)) {
      const args: CodeArgs['time.long-lifetime'] = { ttlSeconds: ttl, platform: p.id, limitSeconds: limit };
      if (fromNow !== null && fromNow > limit && (ttl === null || ttl <= limit)) args.fromNowSeconds = fromNow;
      // The platform refuses it: the cause, not a risk (docs/findings.md's project reading).
      const shown = i === null ? `exp: ${e}` : `iat: ${i}, exp: ${e}`;
      out.push(finding('time.long-lifetime', args, shown, src, 'error'));
    }
  }
  const maxAge = p.maxAgeSeconds;
  if (maxAge !== undefined && i !== null && now !== null && now - i > maxAge) {
    const args: CodeArgs['time.expired'] = { exp: null, agoSeconds: now - i - maxAge, skewSeconds: skew, maxAge: true };
    out.push(finding('time.expired', { ...args, platform: p.id, limitSeconds: maxAge, iat: i }, `iat: ${i}`, src));
  }
}

/** time.milliseconds or time.invalid for a claim that holds no usable seconds. */
function unusable(t: TimeValue, name: 'exp' | 'nbf' | 'iat', src: Source, out: FindingData<Code>[]): void {
  if (t.kind === 'milliseconds')
    out.push(finding('time.milliseconds', { claim: name, value: t.value }, `${name}: ${t.value}`, src));
  if (t.kind === 'invalid') {
    out.push(finding('time.invalid', { claim: name, value: describe(t.raw) }, `${name}: ${describe(t.raw)}`, src));
  }
}

export function looksLikeIdToken(claims: Record<string, unknown>): boolean {
  return 'nonce' in claims || 'at_hash' in claims || 'c_hash' in claims || claims.token_use === 'id';
}
