import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';

/** exp values at or above this are milliseconds (time.milliseconds says so), not a remaining lifetime. */
const SECONDS_BELOW = 1e11;

/**
 * The args of a `time.expired` that a server or verifier stated without the exp it read (a log's "jwt expired", a
 * challenge's "The access token expired"). When the paste's own token is still valid beyond the skew at the reference
 * time, `validForSeconds` says for how long: the verifier judged another token (an older or cached one), or its clock is
 * that far ahead, which the words then say instead of "get a new token".
 */
export function statedExpiryArgs(ctx: Context, via: string | undefined, maxAge: boolean): CodeArgs['time.expired'] {
  const args: CodeArgs['time.expired'] =
    via === undefined
      ? { exp: null, agoSeconds: null, skewSeconds: ctx.skewSeconds, maxAge }
      : { via, exp: null, agoSeconds: null, skewSeconds: ctx.skewSeconds, maxAge };
  const exp = ctx.claimsSource === 'token' ? ctx.claims?.exp : undefined;
  if (maxAge || ctx.now === null || typeof exp !== 'number' || !Number.isFinite(exp) || exp >= SECONDS_BELOW)
    return args;
  const left = Math.floor(exp - ctx.now);
  if (left > ctx.skewSeconds) args.validForSeconds = left;
  return args;
}
