/**
 * Which issuers' published keys may be fetched, and from where. The list is the operator's (environment)
 * or the CLI user's (--issuer, --jwks URL): a pasted token is matched against it and never adds to it, so
 * no paste can make the bot contact an address of its choosing (a metadata endpoint, an internal host).
 */

/** An issuer whose keys may be fetched: discovered from its metadata, or at the JWKS URL given with it. */
export interface TrustedIssuer {
  /** As configured; matched exactly against a token's iss, up to one trailing slash. */
  issuer: string;
  /** A JWKS URL given with the issuer (`iss=https://…/jwks.json`); null: discover it. */
  jwksUri: string | null;
}

/** Why a trusted-issuer entry does not read. */
export type TrustedIssuerProblem = 'empty' | 'issuer-not-url' | 'jwks-not-url';

/**
 * Reads one entry: `https://auth.example.com/` (discovered) or `issuer=https://…/jwks.json`.
 *
 * The `=` that splits the two is the one before `http://` or `https://`: an issuer URL has no query
 * (OpenID Connect Discovery §3), while a JWKS URL may (Entra ID's `?appid=`). With a JWKS URL the
 * issuer may be any string, since nothing is discovered from it.
 */
export function parseTrustedIssuer(
  entry: string,
): { ok: true; value: TrustedIssuer } | { ok: false; problem: TrustedIssuerProblem } {
  const text = entry.trim();
  if (text === '') return { ok: false, problem: 'empty' };
  const split = /=(?=https?:\/\/)/i.exec(text);
  if (split !== null && split.index > 0) {
    const issuer = text.slice(0, split.index).trim();
    const jwksUri = text.slice(split.index + 1).trim();
    if (webUrl(jwksUri) === null) return { ok: false, problem: 'jwks-not-url' };
    return { ok: true, value: { issuer, jwksUri } };
  }
  const url = webUrl(text);
  if (url === null || url.search !== '' || url.hash !== '') return { ok: false, problem: 'issuer-not-url' };
  return { ok: true, value: { issuer: text, jwksUri: null } };
}

/** An http(s) URL without credentials, or null. */
export function webUrl(text: string): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username !== '' || url.password !== '') return null;
  return url;
}

/** Issuers compare exactly, except for one trailing slash (`https://a/` and `https://a` are the same issuer). */
export function sameIssuer(a: string, b: string): boolean {
  return withoutSlash(a) === withoutSlash(b);
}

function withoutSlash(s: string): string {
  return s.endsWith('/') ? s.slice(0, -1) : s;
}

/** The trusted entry for a token's iss, or null: then nothing is fetched. */
export function findTrustedIssuer(trusted: readonly TrustedIssuer[], iss: string | null): TrustedIssuer | null {
  if (iss === null) return null;
  return trusted.find((t) => sameIssuer(t.issuer, iss)) ?? null;
}

/**
 * A host entry for the http allow-list: a name or address, optionally with a port; no scheme, no path. A name's labels
 * are at most 63 characters and the name at most 253 (RFC 1035 §2.3.4): a JWT without `_` is otherwise letters,
 * digits, `-` and dots, and a token given by mistake must read as a bad value, not as a host.
 */
export function isHostEntry(text: string): boolean {
  if (!/^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/.test(text)) return false;
  if (text.startsWith('[')) return true;
  const colon = text.indexOf(':');
  const name = colon < 0 ? text : text.slice(0, colon);
  return name.length <= 253 && name.split('.').every((label) => label.length <= 63);
}

/**
 * https always; http only for a host the operator (or the CLI user, for the URL they typed) named.
 * An entry with a port allows only that port.
 */
export function schemeAllowed(url: URL, allowHttpHosts: readonly string[]): boolean {
  if (url.protocol === 'https:') return true;
  if (url.protocol !== 'http:') return false;
  const host = url.host.toLowerCase();
  const name = url.hostname.toLowerCase();
  return allowHttpHosts.some((h) => {
    const entry = h.toLowerCase();
    return entry === host || entry === name;
  });
}
