/**
 * The edge flow the CLI and the Slack app share: diagnose, and when the token's issuer is trusted (or
 * the CLI user named a JWKS URL), fetch the issuer's published keys and diagnose again with them.
 *
 * The engine stays pure: the first diagnosis only reads which token the paste is about (its iss, kid
 * and alg, from `report.token`); the keys, or the reason there are none, go into the second as data
 * (`keyFetch`). A token whose iss is not trusted makes no request at all, whatever it names.
 */
import { diagnose } from '../engine/diagnose.js';
import type { DiagnoseOptions, KeyFetchInfo } from '../engine/options.js';
import type { Report } from '../engine/types.js';
import type { KeyFetcher, KeyTarget } from './remote-jwks.js';
import { findTrustedIssuer, type TrustedIssuer } from './trusted-issuers.js';

/** Where keys may come from, and how long a diagnosis may wait for them. */
export interface RemoteKeys {
  fetcher: KeyFetcher;
  /** The issuers whose keys may be fetched; a token's iss is matched against these, never added to them. */
  trusted: readonly TrustedIssuer[];
  /** A JWKS URL the user typed (CLI `--jwks URL`): fetched for any token, since they asked for it. */
  jwksUrl: string | null;
  /**
   * Every key request of one diagnosis ends by then (ms). A fetch still running is reported as a
   * timeout; it goes on in the background (bounded by the fetcher's own timeout) and fills the cache.
   */
  deadlineMs: number;
  /** Told of each fetch that failed, for the operator's log (the report says it to the user). */
  onFailure?: (failure: Extract<KeyFetchInfo, { status: 'failed' }>) => void;
}

/** `diagnose`, with the issuer's published keys when it is trusted. Never throws for a fetch. */
export async function diagnoseWithRemoteKeys(
  input: string,
  options: DiagnoseOptions,
  remote: RemoteKeys | null,
): Promise<Report> {
  if (remote === null || (remote.trusted.length === 0 && remote.jwksUrl === null)) return diagnose(input, options);
  const first = await diagnose(input, options);
  const token = signedToken(first);
  if (token === null) return first;
  let target: KeyTarget;
  if (remote.jwksUrl !== null) target = { issuer: null, jwksUri: remote.jwksUrl };
  else {
    const trusted = findTrustedIssuer(remote.trusted, token.iss);
    if (trusted === null)
      return diagnose(input, {
        ...options,
        keyFetch: { status: 'skipped', reason: 'issuer-not-trusted', iss: token.iss },
      });
    target = trusted;
  }
  const keyFetch = await withDeadline(remote.fetcher.fetchKeys(target, token.kid), remote.deadlineMs, {
    status: 'failed',
    issuer: target.issuer,
    url: target.jwksUri,
    failure: 'timeout',
    httpStatus: null,
  });
  if (keyFetch.status === 'failed') remote.onFailure?.(keyFetch);
  return diagnose(input, { ...options, keyFetch });
}

/** The paste's signed token (a JWS with an alg other than none, masked or not), or null: nothing to fetch for. */
function signedToken(report: Report): { iss: string | null; kid: string | null } | null {
  const t = report.token;
  if (t === null || t.kind !== 'jws' || t.header === null) return null;
  const alg = t.header.alg;
  if (typeof alg !== 'string' || alg.toLowerCase() === 'none') return null;
  const iss = t.payload?.iss;
  const kid = t.header.kid;
  return { iss: typeof iss === 'string' ? iss : null, kid: typeof kid === 'string' ? kid : null };
}

async function withDeadline<T>(work: Promise<T>, ms: number, onTimeout: T): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(onTimeout), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
