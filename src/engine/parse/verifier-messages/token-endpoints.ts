/**
 * Token endpoints refusing the client itself (oauth.invalid-client, a project code; docs/codes/oauth.invalid-client.md):
 * the identity provider's own words for a client id or secret it does not accept, and the way OAuth client SDKs print
 * an `invalid_client` answer when the body itself is not in the paste. A body with `"error":"invalid_client"` is read
 * by parse/error-bodies.ts; these rows read what is left: providers that answer with another error code or none
 * (Keycloak's `unauthorized_client`, GitHub's `incorrect_client_credentials`, Salesforce's `invalid_client_id`) and the
 * SDKs' one-line prints. Each row's text is the product's, from the public capture named beside it. `via` names who
 * said it: the provider where its words are quoted, the SDK where only the error code is.
 */
import type { Matcher } from './matcher.js';
import { ALONE, CLASS, CODE, family, LEADING } from './matcher.js';

const keycloak = family('keycloak');
const okta = family('okta');
const googleOauth = family('google-oauth');
const githubOauth = family('github-oauth');
const salesforce = family('salesforce');
const goOauth2 = family('golang-oauth2');
const oauthlib = family('oauthlib');
const openidClient = family('openid-client');
const springSecurity = family('spring-security');

export const TOKEN_ENDPOINTS: readonly Matcher[] = [
  // Keycloak's client authenticators. Keycloak answers a wrong or missing client secret with `unauthorized_client`
  // (older releases, and releases since 20 for some flows) or `invalid_client`, and these descriptions:
  // "Invalid client or Invalid client credentials" (keycloak/keycloak#16923, p2-inc/keycloak-orgs#61,
  // Stirling-Tools/Stirling-PDF#6567 through Spring's HttpClientErrorException), "Invalid client secret"
  // (code-specialist/fastapi-keycloak#65, Procempa/meteor-keycloak-auth#3), "Client secret not provided in request"
  // (keycloak/keycloak#16124), "UNKNOWN_CLIENT: Client was not identified by any client authenticator"
  // (Waziup/WaziCloud#173). Whatever the error code, the client's credentials were refused.
  keycloak('invalid-client-credentials', 'oauth.invalid-client', 'Invalid client or Invalid client credentials'),
  keycloak('invalid-client-secret', 'oauth.invalid-client', 'Invalid client secret', { ...ALONE, exactCase: true }),
  keycloak('secret-not-provided', 'oauth.invalid-client', 'Client secret not provided in request'),
  keycloak('unknown-client', 'oauth.invalid-client', 'Client was not identified by any client authenticator'),

  // Okta's token endpoint, a wrong secret: "invalid_client: The client secret supplied for a confidential client is
  // invalid." as Authlib's OAuthError prints it (alephdata/aleph#2121).
  okta(
    'client-secret-invalid',
    'oauth.invalid-client',
    'The client secret supplied for a confidential client is invalid',
  ),

  // Google's OAuth 2.0 token endpoint: `invalid_client` "The OAuth client was not found." (an unknown or deleted
  // client id), as google-auth's RefreshError (simonrob/email-oauth2-proxy#362), openid-client's OPError
  // (panva/openid-client#192) and golang.org/x/oauth2 (youtubeuploader's Homebrew test) print it.
  googleOauth('client-not-found', 'oauth.invalid-client', 'The OAuth client was not found'),

  // GitHub OAuth apps: `incorrect_client_credentials`, "The client_id and/or client_secret passed are incorrect." —
  // answered with HTTP 200 (GitHub's "Troubleshooting OAuth app access token request errors"; sourcegraph's fork of
  // x/oauth2, sourcegraph/sourcegraph-public-snapshot#14295; GitHub device-flow clients in public code switch on it).
  // The code counts where it opens a message (`"error":"…"`, `error=…`), not where a sentence names it.
  githubOauth('incorrect-client-credentials', 'oauth.invalid-client', 'incorrect_client_credentials', {
    ...CODE,
    ...LEADING,
  }),
  githubOauth(
    'client-credentials-incorrect',
    'oauth.invalid-client',
    'The client_id and/or client_secret passed are incorrect',
  ),

  // Salesforce's token endpoint: `invalid_client_id` "client identifier invalid" (omniphx/forrest#184 through Guzzle,
  // restforce/restforce#46) and `invalid_client` "invalid client credentials" (restforce/restforce#338:
  // "Restforce::AuthenticationError: invalid_client: invalid client credentials"). Salesforce writes them in lower case.
  salesforce('client-identifier-invalid', 'oauth.invalid-client', 'client identifier invalid', { exactCase: true }),
  // The same answer form-encoded, as the browser shows it after a redirect or jsforce prints it
  // (`error=invalid_client_id&error_description=client%20identifier%20invalid`: forcedotcom/postman-salesforce-apis#42,
  // pozil/salesforce-react-integration#15, jsforce/jsforce#762): the `error=` parameter, not the word in prose.
  salesforce('invalid-client-id-param', 'oauth.invalid-client', 'error=invalid_client_id', {
    ...CODE,
    exactCase: true,
  }),
  salesforce('invalid-client-credentials', 'oauth.invalid-client', 'invalid client credentials', {
    ...LEADING,
    exactCase: true,
  }),

  // SDK prints of an `invalid_client` answer. golang.org/x/oauth2's RetrieveError: `oauth2: "invalid_client"
  // "<description>"` (Supabase Auth's logs: `oauth2: "invalid_client" "Unauthorized"`; Gitea's `Failed OAuth callback:
  // (internal) oauth2: "invalid_client"`). oauthlib's (and Authlib's) InvalidClientError: `InvalidClientError:
  // (invalid_client) Unauthorized` (Google's answer to a wrong secret, in gphotos-sync notes and a Fitbit client's
  // traceback). openid-client's `OPError: invalid_client (<description>)` (panva/openid-client#192). Spring Authorization
  // Server's `[invalid_client] Client authentication failed: client_secret` (its ProviderManager debug line, and
  // an auth server's troubleshooting docs).
  goOauth2('invalid-client', 'oauth.invalid-client', 'oauth2: "invalid_client"', { ...CLASS, exactCase: true }),
  oauthlib('InvalidClientError', 'oauth.invalid-client', 'InvalidClientError', { ...CLASS, exactCase: true }),
  openidClient('OPError-invalid-client', 'oauth.invalid-client', 'OPError: invalid_client', {
    ...CLASS,
    exactCase: true,
  }),
  springSecurity(
    'client-authentication-failed',
    'oauth.invalid-client',
    '[invalid_client] Client authentication failed',
    {
      ...CLASS,
      exactCase: true,
    },
  ),
  // Spring Security's OAuth 2.0 client, the token endpoint's 401: `[invalid_token_response] An error occurred while
  // attempting to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized: [no body]` (or `… on POST request for
  // "…/oauth2/token": "{"error":"invalid_client"}"`), Spring's own tests and public application logs. RFC 6749 §5.2
  // gives a token endpoint's 401 to `invalid_client` alone; a body naming another error decides instead.
  springSecurity(
    'token-response-401',
    'oauth.invalid-client',
    '[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 401',
    { ...CLASS, exactCase: true, read: (f) => (otherError(f.after(400)) ? null : {}) },
  ),
];

/** Whether the text after a match quotes an OAuth error other than `invalid_client` (`"error":"invalid_grant"`). */
function otherError(after: string): boolean {
  const m = /\\?"error\\?"\s*:\s*\\?"([a-z_]{1,40})/.exec(after);
  return m !== null && m[1] !== 'invalid_client';
}
