import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';

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
export function statedExpiryArgs(ctx: Context, via: string | undefined, maxAge: boolean): CodeArgs['time.expired'] {
  const args: CodeArgs['time.expired'] =
    via === undefined
      ? { exp: null, agoSeconds: null, skewSeconds: ctx.skewSeconds, maxAge }
      : { via, exp: null, agoSeconds: null, skewSeconds: ctx.skewSeconds, maxAge };
  const since = maxAge ? null : secondsSince(ctx, 'exp', ctx.now);
  if (since !== null && -since > ctx.skewSeconds) args.validForSeconds = -since;
  return args;
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
