/**
 * The host name of a URL or of a `Host` header value, lower-cased and without port or userinfo:
 * the form later checks compare with `iss`/`aud` (`claim.environment`).
 *
 * One pass over the authority by offsets; only the host itself is copied, and lower-cased only when it
 * has an upper-case letter. Slicing out each part, `lastIndexOf('@')` and an unconditional `toLowerCase`
 * cost about 0.5 µs a URL, a tenth of reading a curl command. `hostOfBySlices` is the plain form it replaced,
 * the reference for test/engine/fast-paths.test.ts.
 */
export function hostOf(urlOrHost: string): string | null {
  const s = urlOrHost.trim();
  const scheme = s.indexOf('://');
  let from = 0;
  if (scheme >= 0 && scheme <= 10) from = scheme + 3;
  else if (s.startsWith('//')) from = 2;
  // The authority ends at '/', '?', '#', whitespace or a quote; the host follows its last '@'.
  let end = s.length;
  let at = -1;
  for (let i = from; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x2f || c === 0x3f || c === 0x23 || c <= 0x20 || c === 0x22 || c === 0x27) {
      end = i;
      break;
    }
    if (c === 0x40) at = i;
  }
  const start = at >= 0 ? at + 1 : from;
  if (start < end && s.charCodeAt(start) === 0x5b) {
    // An IPv6 literal: up to its `]`, without which it is no host.
    const close = s.indexOf(']', start);
    return close >= 0 && close < end ? s.slice(start, close + 1).toLowerCase() : null;
  }
  // Up to a port's ':'. Letters, digits, '-', '.', '_' (and any non-ASCII), enough to refuse `{{baseUrl}}` or
  // `$HOST`; lower-casing changes none of that (no character lower-cases to anything else).
  let hostEnd = end;
  let upper = false;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x3a) {
      hostEnd = i;
      break;
    }
    if ((c >= 0x41 && c <= 0x5a) || c > 0x7f) upper = true;
    else if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x5f)) {
      return null;
    }
  }
  if (hostEnd === start) return null;
  const host = s.slice(start, hostEnd);
  return upper ? host.toLowerCase() : host;
}

/** hostOf the plain way (each part sliced out, then lower-cased and checked): for test/engine/fast-paths.test.ts. */
export function hostOfBySlices(urlOrHost: string): string | null {
  let s = urlOrHost.trim();
  const scheme = s.indexOf('://');
  if (scheme >= 0 && scheme <= 10) s = s.slice(scheme + 3);
  else if (s.startsWith('//')) s = s.slice(2);
  let end = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // '/', '?', '#', whitespace, quotes end the authority.
    if (c === 0x2f || c === 0x3f || c === 0x23 || c <= 0x20 || c === 0x22 || c === 0x27) {
      end = i;
      break;
    }
  }
  let authority = s.slice(0, end);
  const at = authority.lastIndexOf('@');
  if (at >= 0) authority = authority.slice(at + 1);
  let host: string;
  if (authority.startsWith('[')) {
    const close = authority.indexOf(']');
    host = close > 0 ? authority.slice(0, close + 1) : authority;
  } else {
    const colon = authority.indexOf(':');
    host = colon >= 0 ? authority.slice(0, colon) : authority;
  }
  host = host.toLowerCase();
  return isPlausibleHost(host) ? host : null;
}

/** Letters, digits, '-', '.', '_' (and an IPv6 literal): enough to refuse `{{baseUrl}}` or `$HOST`. */
function isPlausibleHost(host: string): boolean {
  if (host === '') return false;
  if (host.startsWith('[')) return host.endsWith(']');
  for (let i = 0; i < host.length; i++) {
    const c = host.charCodeAt(i);
    const ok =
      (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x2e || c === 0x5f || c > 0x7f;
    if (!ok) return false;
  }
  return true;
}
