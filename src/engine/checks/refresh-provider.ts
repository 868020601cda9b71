import type { Context } from '../context.js';
import { OKTA_DOMAINS } from './other-api.js';

/** The identity provider that refused a client's refresh (token.revoked's `provider`), when the paste shows which. */
export type RefreshProvider =
  | 'entra-id'
  | 'auth0'
  | 'keycloak'
  | 'okta'
  | 'google'
  | 'cognito'
  | 'supabase'
  | 'firebase';

/** Who said it, when a product's own row read the refusal. */
const BY_VIA: Readonly<Record<string, RefreshProvider>> = {
  'entra-id': 'entra-id',
  'supabase-auth': 'supabase',
  'firebase-auth': 'firebase',
  cognito: 'cognito',
  // gcloud refreshes with Google's token endpoint (parse/verifier-messages/token-endpoints.ts).
  gcloud: 'google',
  // The Firebase CLI signs in with a Google account and refreshes at Google's token endpoint.
  'firebase-cli': 'google',
};

/**
 * Each provider's own wording of the refusal, lower-cased: Auth0's "Unknown or invalid refresh token."
 * (community.auth0.com, "Troubleshoot Refresh Token Unknown or Invalid Before Expiry"), Okta's "The refresh token is
 * invalid or expired." (support.okta.com, "Okta Refresh Token Invalid or Expired Error"), Google's "Token has been
 * expired or revoked." (googleapis/google-api-php-client#1328, dolfim/django-gmailapi-backend#9); Cognito's below, in
 * its own case. Keycloak's "Invalid refresh token" is too common a phrase to name it by: its URLs do.
 */
const WORDS: ReadonlyArray<readonly [string, RefreshProvider]> = [
  ['unknown or invalid refresh token', 'auth0'],
  ['the refresh token is invalid or expired', 'okta'],
  ['token has been expired or revoked', 'google'],
];

/**
 * Words read in their own case: Cognito's capitals ("Refresh Token has been revoked", as its row in
 * verifier-messages/token-endpoints.ts reads them), since other servers say "Refresh token has been revoked" too (an
 * MCP server's OAuth, can1357/oh-my-pi#1908, Logfire's).
 */
const EXACT_WORDS: ReadonlyArray<readonly [string, RefreshProvider]> = [['Refresh Token has been revoked', 'cognito']];

/**
 * The provider's hosts and paths as a token endpoint URL or an issuer shows them: a tenant's `*.auth0.com`, Keycloak's
 * `/realms/<realm>/`, Okta's hosted domains (other-api.ts's OKTA_DOMAINS), a Cognito user pool's `cognito-idp.` issuer or
 * its `*.amazoncognito.com` domain, Google's `oauth2.googleapis.com` token endpoint, a Supabase project's `*.supabase.co`,
 * Firebase's `securetoken.googleapis.com`, Entra ID's `login.microsoftonline.com`.
 */
const HOSTS: ReadonlyArray<readonly [string, RefreshProvider]> = [
  ['.auth0.com', 'auth0'],
  ['/realms/', 'keycloak'],
  ...OKTA_DOMAINS.map((domain) => [domain, 'okta'] as const),
  ['cognito-idp.', 'cognito'],
  ['.amazoncognito.com', 'cognito'],
  ['oauth2.googleapis.com', 'google'],
  ['accounts.google.com', 'google'],
  ['securetoken.googleapis.com', 'firebase'],
  ['.supabase.co', 'supabase'],
  ['login.microsoftonline.com', 'entra-id'],
];

/**
 * Which provider refused the refresh: who said it, the provider's own words, else the one provider the paste's URLs and
 * token issuer name (none when they name several: the step then stays generic). Run only for a refusal of a refresh,
 * which few pastes hold.
 */
export function refreshProvider(ctx: Context, via: string | undefined): RefreshProvider | null {
  const own = via === undefined ? undefined : BY_VIA[via];
  if (own !== undefined) return own;
  const lower = ctx.lower;
  for (const [words, provider] of WORDS) if (lower.includes(words)) return provider;
  for (const [words, provider] of EXACT_WORDS) if (ctx.text.includes(words)) return provider;
  const iss = typeof ctx.claims?.iss === 'string' ? ctx.claims.iss.toLowerCase() : '';
  let found: RefreshProvider | null = null;
  for (const [mark, provider] of HOSTS) {
    if (!lower.includes(mark) && !iss.includes(mark)) continue;
    if (found !== null && found !== provider) return null;
    found = provider;
  }
  return found;
}

/** token.revoked's args for a refused refresh. */
export function refusedRefreshArgs(
  ctx: Context,
  via: string | undefined,
): { via?: string; refreshToken: true; provider?: RefreshProvider } {
  const provider = refreshProvider(ctx, via);
  const base = via === undefined ? { refreshToken: true as const } : { via, refreshToken: true as const };
  return provider === null ? base : { ...base, provider };
}
