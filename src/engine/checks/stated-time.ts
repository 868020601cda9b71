import type { CodeArgs } from '../args.js';
import type { Context } from '../context.js';
import { proxyAssertionOf } from '../proxy-assertion.js';
import { imfDateSeconds, zonedIsoSeconds } from '../time-parse.js';

/**
 * .NET's invariant culture's general date and time, `MM/dd/yyyy HH:mm:ss`, which IdentityModel (IDX10223's
 * "ValidTo (UTC): '05/28/2026 13:00:00'", IDX10222's ValidFrom) and ASP.NET Core's JwtBearerHandler ("The token
 * expired at '05/28/2026 13:00:00'", `Expires.ToString(CultureInfo.InvariantCulture)`) print. Both print the token's
 * times in UTC (the handler's `Expires` is the token's `ValidTo`, a UTC DateTime).
 */
const DOTNET_INVARIANT = /^(\d\d)\/(\d\d)\/(\d{4}) (\d\d):(\d\d):(\d\d)$/;
const DOTNET_VIAS: ReadonlySet<string> = new Set(['identitymodel', 'aspnetcore']);
/**
 * Azure Resource Manager's ExpiredAuthenticationToken prints both times in .NET's en-US general format, `M/d/yyyy
 * h:mm:ss AM|PM`, and says they are UTC: "The access token expiry UTC time '6/15/2026 8:22:51 AM' is earlier than
 * current UTC time '6/15/2026 9:27:25 AM'." (microsoft/foundry-dev-tools#461, whose report's own "UTC time: Mon, 15 Jun
 * 2026 09:27:56 GMT" agrees).
 */
const US_GENERAL = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d\d):(\d\d) ([AP]M)$/;
const US_GENERAL_VIAS: ReadonlySet<string> = new Set(['azure-resource-manager']);
/**
 * Verifiers that print times as epoch seconds: jwcrypto's JWTExpired, `Expired at %d, time: %d(leeway: %d)` (latchset/
 * jwcrypto jwcrypto/jwt.py, _check_exp), the token's exp and its own clock; google-auth's `Token expired, %d < %d`
 * (google/auth/jwt.py _verify_iat_and_exp: exp plus clock_skew_in_seconds, 0 unless the caller passes one, then its clock);
 * buddy-sign's `Token is expired (%d)` (funcool/buddy-sign jwt.clj validate-claims), the token's exp; Meilisearch's
 * "Tenant token expired. Was valid up to `%d` and we're now `%d`." (verifier-messages/search-engines.ts), the tenant
 * token's exp and the engine's clock.
 */
const EPOCH_VIAS: ReadonlySet<string> = new Set(['jwcrypto', 'google-auth', 'buddy-sign', 'meilisearch']);
const EPOCH_SECONDS = /^\d{9,11}$/;

/** Go's time.Time String(): `2006-01-02 15:04:05.999999999 -0700 MST` (fraction and zone name optional). */
const GO_TIME = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.\d{1,9})? ([+-]\d\d)(\d\d)(?: [A-Z][A-Za-z0-9+-]{0,5})?$/;

function goTimeSeconds(at: string): number | null {
  const m = GO_TIME.exec(at);
  if (m === null) return null;
  const ms = Date.parse(`${m[1]}T${m[2]}${m[3]}:${m[4]}`);
  return Number.isFinite(ms) ? Math.floor(ms / 1000) : null;
}

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
  // A cut payload's claims were each read whole (ctx.cutClaims).
  const value = ctx.presentClaims?.[claim];
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
  printedNow?: string,
): CodeArgs['time.expired'] {
  const args: CodeArgs['time.expired'] =
    via === undefined
      ? { exp: null, agoSeconds: null, skewSeconds: ctx.skewSeconds, maxAge }
      : { via, exp: null, agoSeconds: null, skewSeconds: ctx.skewSeconds, maxAge };
  Object.assign(args, proxyAssertionOf(ctx));
  const since = maxAge ? null : secondsSince(ctx, 'exp', ctx.now);
  if (since !== null && -since > ctx.skewSeconds) args.validForSeconds = -since;
  else if (at !== undefined && !maxAge) {
    statedExp(ctx, at, via, args, printedNow);
    otherExp(ctx, at, via, args);
  }
  return args;
}

/**
 * The expiry a verifier printed (Spring's "Jwt expired at …Z", jjwt's, IdentityModel's ValidTo, ASP.NET Core's "The
 * token expired at '…'") beside a pasted token whose exp is another second: each prints the exp of the token it read,
 * to the second, so the request carried another token than the one pasted (an older or cached one).
 */
function otherExp(ctx: Context, at: string, via: string | undefined, args: CodeArgs['time.expired']): void {
  const exp = ctx.claimsSource === 'token' ? ctx.presentClaims?.exp : undefined;
  if (typeof exp !== 'number' || !Number.isFinite(exp) || exp >= SECONDS_BELOW) return;
  const printed = printedSeconds(at, via);
  if (printed !== null && printed !== Math.floor(exp)) args.statedExp = printed;
}

/**
 * The expiry a verifier printed (Spring's "Jwt expired at 2026-05-28T13:00:00Z", jjwt's "JWT expired at …Z"), when no
 * token in the paste gives one: how long before the reference time the token expired, so the report says "expired 1h
 * ago" rather than only "expired". Only an ISO-8601 time with its zone is read (a local time without one could be any
 * hour), and only when it lies beyond the skew before the reference time (within it, the printed time and the
 * reference may just disagree). When the verifier printed its own clock beside it (jjwt's "Current time: …"), that is
 * the reference: the token expired that long before it was refused, whenever the paste is read.
 */
function statedExp(
  ctx: Context,
  at: string,
  via: string | undefined,
  args: CodeArgs['time.expired'],
  printedNow?: string,
): void {
  if (ctx.now === null || (ctx.claimsSource === 'token' && typeof ctx.presentClaims?.exp === 'number')) return;
  const exp = printedSeconds(at, via);
  const now = (printedNow === undefined ? null : printedSeconds(printedNow, via)) ?? ctx.now;
  if (exp === null || now - exp <= ctx.skewSeconds) return;
  args.exp = exp;
  args.agoSeconds = now - exp;
}

/**
 * A time a verifier printed, as epoch seconds: ISO-8601 with its zone, or .NET's invariant format from the .NET
 * verifiers, which print UTC. Anything else (a local time, a locale's own format) is not read.
 */
function printedSeconds(at: string, via: string | undefined): number | null {
  const iso = zonedIsoSeconds(at);
  if (iso !== null) return iso;
  // Zoned forms any verifier may print: JavaScript's toUTCString (Clerk's "Expiry date: Thu, 26 Nov 2026 21:40:00 GMT"),
  // Go's time.Time String() (go-oidc's "Token Expiry: 2026-11-26 21:40:00 +0000 UTC").
  const zoned = imfDateSeconds(at) ?? goTimeSeconds(at);
  if (zoned !== null) return zoned;
  if (via !== undefined && EPOCH_VIAS.has(via)) return EPOCH_SECONDS.test(at) ? Number(at) : null;
  if (via !== undefined && US_GENERAL_VIAS.has(via)) return usGeneralSeconds(at);
  if (via === undefined || !DOTNET_VIAS.has(via)) return null;
  const m = DOTNET_INVARIANT.exec(at);
  if (m === null) return null;
  const [month, day, year, h, min, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as number[];
  return utcSeconds(year as number, month as number, day as number, h as number, min as number, sec as number);
}

/** `M/d/yyyy h:mm:ss AM|PM` as UTC: 12 AM is midnight, 12 PM noon; an hour outside 1-12 is no such time. */
function usGeneralSeconds(at: string): number | null {
  const m = US_GENERAL.exec(at);
  if (m === null) return null;
  const [month, day, year, h12, min, sec] = [m[1], m[2], m[3], m[4], m[5], m[6]].map(Number) as number[];
  if ((h12 as number) < 1 || (h12 as number) > 12) return null;
  const h = ((h12 as number) % 12) + (m[7] === 'PM' ? 12 : 0);
  return utcSeconds(year as number, month as number, day as number, h, min as number, sec as number);
}

function utcSeconds(year: number, month: number, day: number, h: number, min: number, sec: number): number | null {
  const ms = Date.UTC(year, month - 1, day, h, min, sec);
  // Date.UTC rolls over (13/40/2026 becomes a later date): a value that does not survive the round trip is no date.
  const back = new Date(ms);
  return back.getUTCMonth() === month - 1 && back.getUTCDate() === day && h < 24 ? Math.floor(ms / 1000) : null;
}

/**
 * `validSinceSeconds`: the pasted token's nbf passed that long before the response's Date, beyond the skew. Only the
 * server's own Date says when it refused the token: a reference time after the failure (an incident read the next
 * morning) would show any nbf as passed.
 */
export function statedNotBeforeArgs(ctx: Context, via: string, at?: string): CodeArgs['time.not-yet-valid'] {
  const args: CodeArgs['time.not-yet-valid'] = { via, nbf: null, inSeconds: null, skewSeconds: ctx.skewSeconds };
  const since = secondsSince(ctx, 'nbf', ctx.serverDate);
  if (since !== null && since > ctx.skewSeconds) args.validSinceSeconds = since;
  else if (at !== undefined) {
    const nbf = printedAhead(ctx, 'nbf', at, via);
    if (nbf !== null) {
      args.nbf = nbf;
      args.inSeconds = nbf - (ctx.now as number);
    }
  }
  return args;
}

/**
 * The `nbf` or `iat` a verifier printed ("Jwt used before 2026-05-28T14:20:00Z", php-jwt's "Cannot handle token with
 * nbf prior to …", IDX10222's ValidFrom), when no pasted token gives that claim: read only when it lies beyond the skew
 * after the reference time, so that "not valid for another 20m" is still true when the report is read.
 */
function printedAhead(ctx: Context, claim: 'nbf' | 'iat', at: string, via: string): number | null {
  if (ctx.now === null || (ctx.claimsSource === 'token' && typeof ctx.presentClaims?.[claim] === 'number')) return null;
  const t = printedSeconds(at, via);
  return t !== null && t - ctx.now > ctx.skewSeconds ? t : null;
}

/** `issuedAgoSeconds`: the pasted token's iat is that long before the response's Date, beyond the skew (as nbf). */
export function statedIssuedAtArgs(ctx: Context, via: string, at?: string): CodeArgs['time.issued-in-future'] {
  const args: CodeArgs['time.issued-in-future'] = { via, iat: null, aheadSeconds: null, skewSeconds: ctx.skewSeconds };
  const since = secondsSince(ctx, 'iat', ctx.serverDate);
  if (since !== null && since > ctx.skewSeconds) args.issuedAgoSeconds = since;
  else if (at !== undefined) {
    const iat = printedAhead(ctx, 'iat', at, via);
    if (iat !== null) {
      args.iat = iat;
      args.aheadSeconds = iat - (ctx.now as number);
    }
  }
  return args;
}
