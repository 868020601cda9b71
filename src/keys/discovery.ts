/**
 * Finds a trusted issuer's `jwks_uri` in its metadata: OpenID Connect Discovery
 * (`<issuer>/.well-known/openid-configuration`), then RFC 8414 OAuth authorization-server metadata
 * (`<origin>/.well-known/oauth-authorization-server<path>`) when the first is not there.
 *
 * The document must name the issuer it was fetched for (OIDC Discovery §4.3, RFC 8414 §3.3): a
 * document for another issuer is refused rather than trusted for keys.
 */
import { z } from 'zod';
import type { KeyFetchFailure } from '../engine/args.js';
import { KeyFetchError } from './fetch-error.js';
import { type FetchGuard, fetchJsonText } from './guarded-fetch.js';
import { sameIssuer, webUrl } from './trusted-issuers.js';

export type DiscoveryResult =
  | { ok: true; jwksUri: string; url: string }
  | { ok: false; failure: KeyFetchFailure; httpStatus: number | null; url: string };

const Metadata = z.object({ issuer: z.string().optional(), jwks_uri: z.string().optional() });

/** The metadata URLs to try, in order. */
export function discoveryUrls(issuer: string): string[] {
  const base = issuer.endsWith('/') ? issuer.slice(0, -1) : issuer;
  const url = new URL(issuer);
  const path = url.pathname.endsWith('/') ? url.pathname.slice(0, -1) : url.pathname;
  return [`${base}/.well-known/openid-configuration`, `${url.origin}/.well-known/oauth-authorization-server${path}`];
}

/** Never rejects: every failure is a result. Each request gets `timeoutMs`. */
export async function discoverJwksUri(issuer: string, guard: FetchGuard, timeoutMs: number): Promise<DiscoveryResult> {
  let last: DiscoveryResult | null = null;
  for (const url of discoveryUrls(issuer)) {
    try {
      const { text, url: from } = await fetchJsonText(url, { signal: AbortSignal.timeout(timeoutMs) }, guard);
      return readMetadata(issuer, text, from);
    } catch (e) {
      const failure = asFailure(e, url);
      // Not there: the issuer may publish the other form. Anything else (a timeout, a 500) is the answer.
      if (failure.failure === 'http-status' && (failure.httpStatus === 404 || failure.httpStatus === 410)) {
        last = failure;
        continue;
      }
      return failure;
    }
  }
  return last ?? { ok: false, failure: 'no-jwks-uri', httpStatus: null, url: issuer };
}

function readMetadata(issuer: string, text: string, url: string): DiscoveryResult {
  const parsed = Metadata.safeParse(JSON.parse(text));
  if (!parsed.success) return { ok: false, failure: 'no-jwks-uri', httpStatus: null, url };
  const meta = parsed.data;
  if (meta.issuer === undefined || !sameIssuer(meta.issuer, issuer))
    return { ok: false, failure: 'issuer-mismatch', httpStatus: null, url };
  const jwks = meta.jwks_uri === undefined ? null : webUrl(meta.jwks_uri);
  if (jwks === null) return { ok: false, failure: 'no-jwks-uri', httpStatus: null, url };
  return { ok: true, jwksUri: jwks.href, url };
}

function asFailure(e: unknown, url: string): Extract<DiscoveryResult, { ok: false }> {
  if (e instanceof KeyFetchError) return { ok: false, failure: e.failure, httpStatus: e.httpStatus, url: e.url };
  return { ok: false, failure: 'network', httpStatus: null, url };
}
