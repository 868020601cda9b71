/**
 * The one way src/keys/ makes a request: a GET for a JSON document, under guards that keep a diagnosis
 * bounded and the bot from being pointed anywhere else:
 * - https only, unless the URL's host is on the http allow-list;
 * - redirects are not followed by fetch (`redirect: 'manual'`); one to the same host and port is
 *   followed here, a few times at most, with the scheme re-checked; one to another host fails;
 * - the caller's signal bounds the whole exchange, body included (a server that sends headers and then
 *   trickles is a timeout, not a hang);
 * - the body is read incrementally and abandoned past `maxBytes` (a Content-Length above it is refused
 *   before reading);
 * - an HTML answer (an error or sign-in page) is refused unread; anything else must parse as JSON.
 * Failures are `KeyFetchError`s classified by status, signal state and parse result, never by message text.
 */
import type { FetchImplementation } from 'jose';
import { KeyFetchError } from './fetch-error.js';
import { schemeAllowed } from './trusted-issuers.js';

export interface FetchGuard {
  allowHttpHosts: readonly string[];
  /** Largest body read, in bytes. */
  maxBytes: number;
}

/** Discovery documents and key sets are a few KB; the largest real ones (with x5c chains) stay well under this. */
export const DEFAULT_MAX_BYTES = 256 * 1024;
const MAX_SAME_HOST_REDIRECTS = 3;
const USER_AGENT = 'jwt-diagnose (key check)';

/** GETs `url` under the guards; resolves with the JSON text and the URL it came from. */
export async function fetchJsonText(
  url: string,
  init: { signal: AbortSignal; headers?: Headers },
  guard: FetchGuard,
): Promise<{ text: string; url: string }> {
  const first = new URL(url);
  let current = first;
  for (let hop = 0; ; hop++) {
    if (!schemeAllowed(current, guard.allowHttpHosts)) throw new KeyFetchError('not-https', current.href);
    const res = await send(current.href, init);
    if (res.status >= 300 && res.status < 400) {
      discard(res);
      const next = redirectTarget(res, current);
      // Only the same host and port: a redirect elsewhere is exactly what a trusted-issuer list must not allow.
      if (next === null || next.host !== first.host || hop >= MAX_SAME_HOST_REDIRECTS) {
        throw new KeyFetchError('redirect-blocked', current.href, { httpStatus: res.status });
      }
      current = next;
      continue;
    }
    if (res.status !== 200) {
      discard(res);
      throw new KeyFetchError('http-status', current.href, { httpStatus: res.status });
    }
    const type = (res.headers.get('content-type') ?? '').toLowerCase();
    if (type.includes('text/html') || type.includes('application/xhtml')) {
      discard(res);
      throw new KeyFetchError('not-json', current.href);
    }
    const length = Number(res.headers.get('content-length') ?? Number.NaN);
    if (Number.isFinite(length) && length > guard.maxBytes) {
      discard(res);
      throw new KeyFetchError('too-large', current.href);
    }
    const text = await readCapped(res, guard.maxBytes, current.href, init.signal);
    try {
      JSON.parse(text);
    } catch (e) {
      throw new KeyFetchError('not-json', current.href, { cause: e });
    }
    return { text, url: current.href };
  }
}

/**
 * jose's `customFetch` for `createRemoteJWKSet`: the same guards, and a plain 200 JSON response for jose
 * to parse and validate as a JWK Set (it throws `ERR_JWKS_INVALID` when it is not one).
 */
export function guardedJwksFetch(guard: FetchGuard): FetchImplementation {
  return async (url, options) => {
    const { text } = await fetchJsonText(url, { signal: options.signal, headers: options.headers }, guard);
    return new Response(text, { status: 200, headers: { 'content-type': 'application/json' } });
  };
}

async function send(url: string, init: { signal: AbortSignal; headers?: Headers }): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  headers.set('user-agent', USER_AGENT);
  try {
    return await fetch(url, { method: 'GET', redirect: 'manual', signal: init.signal, headers });
  } catch (e) {
    throw new KeyFetchError(init.signal.aborted ? 'timeout' : 'network', url, { cause: e });
  }
}

function redirectTarget(res: Response, from: URL): URL | null {
  const location = res.headers.get('location');
  if (location === null || location === '') return null;
  try {
    return new URL(location, from);
  } catch {
    return null;
  }
}

/** Lets go of a body that will not be read, so the connection is freed. */
function discard(res: Response): void {
  res.body?.cancel().catch(() => undefined);
}

async function readCapped(res: Response, maxBytes: number, url: string, signal: AbortSignal): Promise<string> {
  const body = res.body;
  if (body === null) return '';
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        reader.cancel().catch(() => undefined);
        throw new KeyFetchError('too-large', url);
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof KeyFetchError) throw e;
    throw new KeyFetchError(signal.aborted ? 'timeout' : 'network', url, { cause: e });
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch (e) {
    throw new KeyFetchError('not-json', url, { cause: e });
  }
}
