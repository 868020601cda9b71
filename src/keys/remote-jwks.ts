/**
 * Fetches and caches issuers' published key sets for the life of the process, politely:
 * - one jose `createRemoteJWKSet` per JWKS URL, whose cache (`cacheMaxAge`) serves repeated diagnoses and
 *   whose `cooldownDuration` decides when a kid missing from the cached copy may cause another fetch;
 *   its requests go through the guards of guarded-fetch.ts (jose's `customFetch`);
 * - discovery results cached as long as key sets, failures (of discovery or of the key set) remembered
 *   for the cooldown, so a failing endpoint is not asked again by every message in a busy channel;
 * - concurrent diagnoses share one request per URL (jose's pending reload; a pending-discovery map).
 * Nothing here throws: every outcome is a `KeyFetchInfo` for the engine.
 */
import { createRemoteJWKSet, customFetch, type JSONWebKeySet, type RemoteJWKSet } from 'jose';
import type { KeyFetchFailure } from '../engine/args.js';
import type { KeyFetchInfo } from '../engine/options.js';
import { type DiscoveryResult, discoverJwksUri } from './discovery.js';
import { KeyFetchError } from './fetch-error.js';
import { DEFAULT_MAX_BYTES, type FetchGuard, guardedJwksFetch } from './guarded-fetch.js';

export interface KeyFetcherOptions {
  /** Each request (discovery or key set) is abandoned after this long, in ms. */
  timeoutMs: number;
  /** Hosts that may be fetched over http. */
  allowHttpHosts?: readonly string[];
  /** Largest body read, in bytes. Default 256 KiB. */
  maxBytes?: number;
  /** After a fetch, how long before a missing kid may cause another (ms). Default 30 s, jose's default. */
  cooldownMs?: number;
  /** How long a fetched key set or discovery document is used without asking again (ms). Default 5 min. */
  cacheMaxAgeMs?: number;
  /** The clock, for the discovery and failure caches (jose keeps its own for key sets). */
  now?: () => number;
}

/** Where a token's keys are: an issuer to discover, or a JWKS URL (configured with the issuer, or typed on the CLI). */
export interface KeyTarget {
  issuer: string | null;
  jwksUri: string | null;
}

type Failed = Extract<KeyFetchInfo, { status: 'failed' }>;

/** More distinct JWKS URLs than this means a misconfiguration; the oldest entries are dropped. */
const MAX_ENTRIES = 64;

export class KeyFetcher {
  readonly #guard: FetchGuard;
  readonly #timeoutMs: number;
  readonly #cooldownMs: number;
  readonly #cacheMaxAgeMs: number;
  readonly #now: () => number;
  readonly #sets = new Map<string, RemoteJWKSet>();
  readonly #discovered = new Map<string, { at: number; result: DiscoveryResult }>();
  readonly #discovering = new Map<string, Promise<DiscoveryResult>>();
  readonly #failed = new Map<string, { at: number; failure: Failed }>();

  constructor(options: KeyFetcherOptions) {
    this.#guard = { allowHttpHosts: options.allowHttpHosts ?? [], maxBytes: options.maxBytes ?? DEFAULT_MAX_BYTES };
    this.#timeoutMs = options.timeoutMs;
    this.#cooldownMs = options.cooldownMs ?? 30_000;
    this.#cacheMaxAgeMs = options.cacheMaxAgeMs ?? 5 * 60_000;
    this.#now = options.now ?? Date.now;
  }

  /**
   * The key set for a token with `kid`. When the kid is missing from a cached copy, the set is fetched
   * once more unless the copy is younger than the cooldown, and `refetch` says what happened.
   */
  async fetchKeys(target: KeyTarget, kid: string | null): Promise<KeyFetchInfo> {
    const issuer = target.issuer;
    let jwksUri = target.jwksUri;
    if (jwksUri === null) {
      if (issuer === null) return { status: 'failed', issuer, url: null, failure: 'no-jwks-uri', httpStatus: null };
      const found = await this.#discover(issuer);
      if (!found.ok)
        return { status: 'failed', issuer, url: found.url, failure: found.failure, httpStatus: found.httpStatus };
      jwksUri = found.jwksUri;
    }
    const failedBefore = this.#failed.get(jwksUri);
    if (failedBefore !== undefined && this.#now() - failedBefore.at < this.#cooldownMs)
      return { ...failedBefore.failure, issuer };

    const set = this.#setFor(jwksUri);
    let fetchedNow = false;
    try {
      if (!set.fresh) {
        await set.reload();
        fetchedNow = true;
      }
      const current = usableKeys(set.jwks(), jwksUri);
      const kids = kidsOf(current);
      // A copy fetched for this very diagnosis is the issuer's current set: asking again at once would
      // only repeat the request.
      if (kid === null || kids.includes(kid) || fetchedNow) return fetched(issuer, jwksUri, current, 'none', []);
      if (set.coolingDown) return fetched(issuer, jwksUri, current, 'cooling-down', kids);
      try {
        await set.reload();
      } catch {
        return fetched(issuer, jwksUri, current, 'failed', kids);
      }
      return fetched(issuer, jwksUri, usableKeys(set.jwks(), jwksUri), 'refetched', kids);
    } catch (e) {
      const failure = failedFetch(e, issuer, jwksUri);
      this.#failed.set(jwksUri, { at: this.#now(), failure });
      return failure;
    }
  }

  #setFor(jwksUri: string): RemoteJWKSet {
    let set = this.#sets.get(jwksUri);
    if (set === undefined) {
      set = createRemoteJWKSet(new URL(jwksUri), {
        timeoutDuration: this.#timeoutMs,
        cooldownDuration: this.#cooldownMs,
        cacheMaxAge: this.#cacheMaxAgeMs,
        [customFetch]: guardedJwksFetch(this.#guard),
      });
      remember(this.#sets, jwksUri, set);
    }
    return set;
  }

  async #discover(issuer: string): Promise<DiscoveryResult> {
    const cached = this.#discovered.get(issuer);
    if (cached !== undefined && this.#now() - cached.at < (cached.result.ok ? this.#cacheMaxAgeMs : this.#cooldownMs))
      return cached.result;
    let pending = this.#discovering.get(issuer);
    if (pending === undefined) {
      pending = discoverJwksUri(issuer, this.#guard, this.#timeoutMs).then((result) => {
        remember(this.#discovered, issuer, { at: this.#now(), result });
        return result;
      });
      const settled = pending.finally(() => this.#discovering.delete(issuer));
      settled.catch(() => undefined);
      this.#discovering.set(issuer, pending);
    }
    return pending;
  }
}

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_ENTRIES) {
    const oldest = map.keys().next().value;
    if (oldest !== undefined) map.delete(oldest);
  }
}

function fetched(
  issuer: string | null,
  jwksUri: string,
  jwks: JSONWebKeySet,
  refetch: 'none' | 'refetched' | 'cooling-down' | 'failed',
  kidsBefore: string[],
): KeyFetchInfo {
  return { status: 'fetched', issuer, jwksUri, jwks: { keys: jwks.keys.map((k) => ({ ...k })) }, refetch, kidsBefore };
}

/** jose checked that it is a JWK Set; a set without a single key with a kty verifies nothing. */
function usableKeys(jwks: JSONWebKeySet | undefined, url: string): JSONWebKeySet {
  const keys = (jwks?.keys ?? []).filter((k) => typeof k.kty === 'string');
  if (keys.length === 0) throw new KeyFetchError('invalid-jwks', url);
  return { keys };
}

function kidsOf(jwks: JSONWebKeySet): string[] {
  return jwks.keys.flatMap((k) => (typeof k.kid === 'string' ? [k.kid] : []));
}

/** By class and by jose's error codes, never by message text. */
function failedFetch(e: unknown, issuer: string | null, jwksUri: string): Failed {
  if (e instanceof KeyFetchError)
    return { status: 'failed', issuer, url: e.url, failure: e.failure, httpStatus: e.httpStatus };
  const code = e !== null && typeof e === 'object' && 'code' in e && typeof e.code === 'string' ? e.code : '';
  const failure: KeyFetchFailure =
    code === 'ERR_JWKS_TIMEOUT' ? 'timeout' : code === 'ERR_JWKS_INVALID' ? 'invalid-jwks' : 'network';
  return { status: 'failed', issuer, url: jwksUri, failure, httpStatus: null };
}
