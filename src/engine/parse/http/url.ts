/**
 * The host name of a URL or of a `Host` header value, lower-cased and without port or userinfo:
 * the form later checks compare with `iss`/`aud` (`claim.environment`).
 */
export function hostOf(urlOrHost: string): string | null {
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
