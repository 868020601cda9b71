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
  if (ctx.lower.includes('auth0')) return 'auth0';
  return null;
}
