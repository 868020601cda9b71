import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import { isoSeconds } from '../time-parse.js';

/** An ISO-8601 date and time with its zone: what isoSeconds leaves to Date.parse (days 29-31, longer fractions). */
const ISO_WITH_ZONE = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,9})?(?:Z|[+-]\d\d:\d\d)$/;

/** Time claims at or above this are milliseconds (time.milliseconds says so), not seconds. */
const SECONDS_BELOW = 1e11;

/**
 * The time findings a server or verifier stated without the claim it read (a log's "jwt expired", "jwt not active", a
 * challenge's "The access token expired"), set against the token pasted with them. Where that token disagrees beyond
 * the skew at the reference time (still valid, valid for a while already, issued a while ago), the args say by how
 * much: the verifier judged another token (an older or cached one), or its clock is off by at least that, which the
 * words then say instead of the plain reading.
 */

/** The pasted token's `claim`, as whole seconds before (positive) or after (negative) the time `at`. */
function secondsSince(ctx: Context, claim: 'exp' | 'nbf' | 'iat', at: number | null): number | null {
  if (ctx.claimsSource !== 'token' || at === null) return null;
  const value = ctx.claims?.[claim];
  if (typeof value !== 'number' || !Number.isFinite(value) || value >= SECONDS_BELOW) return null;
  return Math.floor(at - value);
}

/**
 * `validForSeconds`: the pasted token expires that long after the reference time, beyond the skew. The reference time
 * is the failure's or later (a paste is diagnosed after it happened), so a token still valid then was valid when it
 * was refused.
 */
export function statedExpiryArgs(
  ctx: Context,
  via: string | undefined,
  maxAge: boolean,
  at?: string,
): CodeArgs['time.expired'] {
  const args: CodeArgs['time.expired'] =
    via === undefined
      ? { exp: null, agoSeconds: null, skewSeconds: ctx.skewSeconds, maxAge }
      : { via, exp: null, agoSeconds: null, skewSeconds: ctx.skewSeconds, maxAge };
  const since = maxAge ? null : secondsSince(ctx, 'exp', ctx.now);
  if (since !== null && -since > ctx.skewSeconds) args.validForSeconds = -since;
  else if (at !== undefined && !maxAge) statedExp(ctx, at, args);
  return args;
}

/**
 * The expiry a verifier printed (Spring's "Jwt expired at 2026-05-28T13:00:00Z", jjwt's "JWT expired at …Z"), when no
 * token in the paste gives one: how long before the reference time the token expired, so the report says "expired 1h
 * ago" rather than only "expired". Only an ISO-8601 time with its zone is read (a local time without one could be any
 * hour), and only when it lies beyond the skew before the reference time (within it, the printed time and the
 * reference may just disagree).
 */
function statedExp(ctx: Context, at: string, args: CodeArgs['time.expired']): void {
  if (ctx.now === null || (ctx.claimsSource === 'token' && typeof ctx.claims?.exp === 'number')) return;
  const exp = isoSeconds(at) ?? (ISO_WITH_ZONE.test(at) ? Math.floor(Date.parse(at) / 1000) : null);
  if (exp === null || !Number.isFinite(exp) || ctx.now - exp <= ctx.skewSeconds) return;
  args.exp = exp;
  args.agoSeconds = ctx.now - exp;
}

/**
 * `validSinceSeconds`: the pasted token's nbf passed that long before the response's Date, beyond the skew. Only the
 * server's own Date says when it refused the token: a reference time after the failure (an incident read the next
 * morning) would show any nbf as passed.
 */
export function statedNotBeforeArgs(ctx: Context, via: string): CodeArgs['time.not-yet-valid'] {
  const args: CodeArgs['time.not-yet-valid'] = { via, nbf: null, inSeconds: null, skewSeconds: ctx.skewSeconds };
  const since = secondsSince(ctx, 'nbf', ctx.serverDate);
  if (since !== null && since > ctx.skewSeconds) args.validSinceSeconds = since;
  return args;
}

/** `issuedAgoSeconds`: the pasted token's iat is that long before the response's Date, beyond the skew (as nbf). */
export function statedIssuedAtArgs(ctx: Context, via: string): CodeArgs['time.issued-in-future'] {
  const args: CodeArgs['time.issued-in-future'] = { via, iat: null, aheadSeconds: null, skewSeconds: ctx.skewSeconds };
  const since = secondsSince(ctx, 'iat', ctx.serverDate);
  if (since !== null && since > ctx.skewSeconds) args.issuedAgoSeconds = since;
  return args;
}
