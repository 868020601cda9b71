import type { Context } from '../context.js';

/** An identity provider whose access tokens are opaque unless it is told otherwise. */
export type OpaqueIssuer = 'zitadel' | 'auth0';

/**
 * The identity provider the paste names, when its access tokens are opaque by default, so that a JWT verifier's
 * "malformed" may be about the token's kind rather than a damaged copy:
 * - ZITADEL: an application's access token type is Bearer (opaque, to be introspected) unless set to JWT ("The
 *   AccessTokenType defines the type of the access token returned from ZITADEL. Bearer tokens are opaque to clients",
 *   ZITADEL's OIDCConfiguration.accessTokenType; sevensolutions/traefik-oidc-auth#8, "token contains an invalid number
 *   of segments" under ZITADEL);
 * - Auth0: a token requested without an `audience` is opaque, for /userinfo only (auth0.com/docs, Access Token Formats).
 * Only called where a finding is being made (a rare path): the paste's lower-cased text is searched once per name.
 */
export function opaqueIssuerNamed(ctx: Context): OpaqueIssuer | null {
  if (ctx.lower.includes('zitadel')) return 'zitadel';
  // The word, or a tenant's domain: an Auth0 user id (`"sub": "auth0|…"`) is a claim of a JWT it issued.
  const i = ctx.lower.indexOf('auth0');
  if (i >= 0 && (ctx.lower.includes('.auth0.com') || /^auth0\b(?!\|)/.test(ctx.lower.slice(i, i + 6)))) return 'auth0';
  return null;
}
