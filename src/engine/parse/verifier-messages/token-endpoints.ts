/**
 * Token endpoints refusing the client itself (oauth.invalid-client, a project code; docs/codes/oauth.invalid-client.md):
 * the identity provider's own words for a client id or secret it does not accept, and the way OAuth client SDKs print
 * an `invalid_client` answer when the body itself is not in the paste. A body with `"error":"invalid_client"` is read
 * by parse/error-bodies.ts; these rows read what is left: providers that answer with another error code or none
 * (Keycloak's `unauthorized_client`, GitHub's `incorrect_client_credentials`, Salesforce's `invalid_client_id`) and the
 * SDKs' one-line prints. Each row's text is the product's, from the public capture named beside it. `via` names who
 * said it: the provider where its words are quoted, the SDK where only the error code is. Round 21a adds the token
 * endpoint's other refusals, project codes too: a grant the client may not use (oauth.unauthorized-client), a refused
 * scope (oauth.invalid-scope), a grant type not offered (oauth.unsupported-grant), and league/oauth2-client's print of
 * any of them.
 */
import type { JwtAssertionProblem } from '../../args.js';
import { jwtAssertionStated } from '../jwt-assertion.js';
import type { Fragment, Matcher, Reading } from './matcher.js';
import { ALONE, CLASS, CODE, family, LEADING, textAround } from './matcher.js';
import type { RowCode } from './row-codes.js';

const keycloak = family('keycloak');
const okta = family('okta');
const googleOauth = family('google-oauth');
const githubOauth = family('github-oauth');
const salesforce = family('salesforce');
const goOauth2 = family('golang-oauth2');
const oauthlib = family('oauthlib');
const openidClient = family('openid-client');
const springSecurity = family('spring-security');
const oidcProvider = family('oidc-provider');
const identityServer = family('identityserver');
const leagueClient = family('league-oauth2-client');
const entra = family('entra-id');
const supabaseAuth = family('supabase-auth');
const firebaseAuth = family('firebase-auth');
const fosite = family('fosite');
const doorkeeper = family('doorkeeper');
const cognito = family('cognito');
const gcloud = family('gcloud');
const firebaseCli = family('firebase-cli');
const box = family('box');
const docusign = family('docusign');

/** A refresh the identity provider refused, said to the client (token.revoked's `refreshToken`). */
const REFRESH_REFUSED = { args: { reason: 'refresh-token' } } as const;

/** A row for Google's refusal of a client's signed JWT assertion; `part` is what failed (parse/jwt-assertion.ts). */
function assertionRow(id: string, text: string, part: JwtAssertionProblem): Matcher {
  return googleOauth(id, 'token.revoked', text, { exactCase: true, args: { reason: `jwt-assertion:${part}` } });
}

/** Salesforce named near its words: its hosts (salesforce.com, force.com) or its clients (restforce, jsforce). */
function salesforceNear(f: Fragment): Reading | null {
  return /salesforce|force\.com|restforce|jsforce/i.test(textAround(f, 1500, 400)) ? {} : null;
}

/** Declines a description that is a JSON body's `"error_description": "…"` value (the body reader reads that one). */
export function outsideJsonDescription(f: Fragment): Reading | null {
  return /"error_description\\?"\s{0,2}:\s{0,2}\\?"$/.test(f.before(40)) ? null : {};
}

/** The rest of Google's sentence after its first clause, read with it as the description: ", or client not …". */
const DELEGATION_REST = ', or client not authorized for any of the scopes requested.';
function googleDelegationRest(f: Fragment): Reading {
  const after = f.after(DELEGATION_REST.length);
  if (after.startsWith(DELEGATION_REST)) return { extend: DELEGATION_REST.length };
  return after.startsWith('.') ? { extend: 1 } : {};
}

export const TOKEN_ENDPOINTS: readonly Matcher[] = [
  // Keycloak's client authenticators. Keycloak answers a wrong or missing client secret with `unauthorized_client`
  // (older releases, and releases since 20 for some flows) or `invalid_client`, and these descriptions:
  // "Invalid client or Invalid client credentials" (keycloak/keycloak#16923, p2-inc/keycloak-orgs#61,
  // Stirling-Tools/Stirling-PDF#6567 through Spring's HttpClientErrorException), "Invalid client secret"
  // (code-specialist/fastapi-keycloak#65, Procempa/meteor-keycloak-auth#3), "Client secret not provided in request"
  // (keycloak/keycloak#16124), "UNKNOWN_CLIENT: Client was not identified by any client authenticator"
  // (Waziup/WaziCloud#173). Whatever the error code, the client's credentials were refused.
  keycloak('invalid-client-credentials', 'oauth.invalid-client', 'Invalid client or Invalid client credentials'),
  // The same words cut before the plural's "s" (a log line or paste cut at its end): they name the refusal already.
  keycloak('invalid-client-credential-cut', 'oauth.invalid-client', 'Invalid client or Invalid client credential'),
  keycloak('invalid-client-secret', 'oauth.invalid-client', 'Invalid client secret', { ...ALONE, exactCase: true }),
  keycloak('secret-not-provided', 'oauth.invalid-client', 'Client secret not provided in request'),
  keycloak('unknown-client', 'oauth.invalid-client', 'Client was not identified by any client authenticator'),
  // Keycloak's client credentials grant for a client without a service account (ClientCredentialsGrantType:
  // `UNAUTHORIZED_CLIENT, "Client not enabled to retrieve service account"`, and "Public client not allowed to retrieve
  // service account"; printed as `unauthorized_client (Client not enabled to retrieve service account)`,
  // louislam/uptime-kuma#4202): the client authenticated, the grant is not enabled for it (oauth.unauthorized-client).
  keycloak(
    'service-account-not-enabled',
    'oauth.unauthorized-client',
    'Client not enabled to retrieve service account',
  ),
  keycloak(
    'public-client-service-account',
    'oauth.unauthorized-client',
    'Public client not allowed to retrieve service account',
  ),
  // Keycloak refusing a scope the client has no client scope for: `{"error":"invalid_scope","error_description":
  // "Invalid scopes: read"}` (keycloak/keycloak#33185; form-encoded `error=invalid_scope&error_description=Invalid+scopes%3A+`
  // after a redirect, devopskube/redmine_openid_connect#73).
  keycloak('invalid-scopes', 'oauth.invalid-scope', 'Invalid scopes: ', { exactCase: true }),
  // Keycloak's authorization code grant (services/…/protocol/oidc/grants/AuthorizationCodeGrantType.java): a code it
  // cannot parse, or one already redeemed ("Attempt to use same code twice should invalidate existing clientSession"),
  // is `invalid_grant` "Code not valid" with the event error invalid_code; one past its lifespan is "Code is expired"
  // with expired_code. The login's code was refused, not a token revoked (oauth.invalid-code): pasted from the
  // adapters' "failed to turn code into token" (keycloak/keycloak#13357), keycloak-js in the console
  // (mauriciovigolo/keycloak-angular#464), python-keycloak's KeycloakGetError (marcospereirampj/python-keycloak#339), a
  // client's "Get Token Error" (thunderbird/thunderbird-accounts#732). Only as a message of its own: the words in a
  // sentence state nothing.
  keycloak('code-not-valid', 'oauth.invalid-code', 'Code not valid', { ...ALONE, exactCase: true }),
  keycloak('code-expired', 'oauth.invalid-code', 'Code is expired', {
    ...ALONE,
    exactCase: true,
    args: { reason: 'expired' },
  }),
  // OAuth2CodeParser's warning beside it for a code redeemed twice: "Code '<uuid>' already used for userSession '…' and
  // client '…'." (keycloak-angular#464's server log).
  keycloak('code-already-used', 'oauth.invalid-code', "' already used for userSession '", {
    exactCase: true,
    read: (f) => (/Code '[0-9a-f-]{8,80}$/.test(f.before(90)) ? {} : null),
  }),
  // The same refusals in Keycloak's event log: `type="CODE_TO_TOKEN_ERROR", …, error="invalid_code"` (an ops runbook's
  // "Invalid Code Error During Login" quotes it; unquoted in keycloak-angular#464) or `error=expired_code` (Errors.INVALID_CODE and EXPIRED_CODE, as
  // AuthorizationCodeGrantType raises them). Only in a CODE_TO_TOKEN_ERROR event.
  keycloak('event-invalid-code', 'oauth.invalid-code', 'error="invalid_code"', { ...CODE, read: codeToTokenEvent }),
  keycloak('event-invalid-code-bare', 'oauth.invalid-code', 'error=invalid_code', { ...CODE, read: codeToTokenEvent }),
  keycloak('event-expired-code', 'oauth.invalid-code', 'error="expired_code"', {
    ...CODE,
    args: { reason: 'expired' },
    read: codeToTokenEvent,
  }),
  keycloak('event-expired-code-bare', 'oauth.invalid-code', 'error=expired_code', {
    ...CODE,
    args: { reason: 'expired' },
    read: codeToTokenEvent,
  }),

  // Okta's management API for an API token (SSWS) it does not hold, revoked, or sent without its SSWS scheme: error
  // code E0000011, summary "Invalid token provided" (Okta's error-code reference, developer.okta.com/docs/reference/
  // error-codes/#E0000011), as its JSON sends them and clients print them (mbegan/Okta-PSModule#65: `errorCode:
  // E0000011; errorSummary: Invalid token provided`). Only with the code before it.
  okta('E0000011', 'challenge.invalid-token', 'Invalid token provided', {
    exactCase: true,
    read: (f) => (f.before(60).includes('E0000011') ? {} : null),
  }),

  // Okta's token endpoint, a wrong secret: "invalid_client: The client secret supplied for a confidential client is
  // invalid." as Authlib's OAuthError prints it (alephdata/aleph#2121).
  okta(
    'client-secret-invalid',
    'oauth.invalid-client',
    'The client secret supplied for a confidential client is invalid',
  ),

  // Okta's unauthorized_client for a grant the application does not allow: "The client is not authorized to use the
  // provided grant type. Configured grant types: [authorization_code, implicit]." (okta/okta-signin-widget's tests;
  // public Okta client-credentials troubleshooting notes).
  okta(
    'grant-type-not-configured',
    'oauth.unauthorized-client',
    'The client is not authorized to use the provided grant type',
  ),

  // Google's OAuth 2.0 token endpoint: `invalid_client` "The OAuth client was not found." (an unknown or deleted
  // client id), as google-auth's RefreshError (simonrob/email-oauth2-proxy#362), openid-client's OPError
  // (panva/openid-client#192) and golang.org/x/oauth2 (youtubeuploader's Homebrew test) print it.
  googleOauth('client-not-found', 'oauth.invalid-client', 'The OAuth client was not found'),
  // Google's token endpoint refusing a service account's grant for a user (domain-wide delegation) where a client prints
  // the description outside the body: google-apis-rs's `AuthError { error: UnauthorizedClient, error_description:
  // Some("Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the
  // scopes requested.") }` (Byron/google-apis-rs#486), and the body's own error_description (the body reader leaves
  // a description a row reads to the row: parse/error-bodies.ts).
  googleOauth(
    'delegation-unauthorized',
    'oauth.unauthorized-client',
    'Client is unauthorized to retrieve access tokens using this method',
    { exactCase: true, args: { reason: 'google-delegation' }, read: googleDelegationRest },
  ),
  // Its refusals of a service account's signed JWT (the jwt-bearer grant; parse/jwt-assertion.ts has the causes), as
  // google-auth's RefreshError prints them (`invalid_grant: <description>`: gcloud's "There was a problem refreshing your
  // current auth tokens: invalid_grant: Invalid JWT Signature.", googleapis/java-firestore#2290; google/oculi#5) and Dart's
  // openid_client (`OpenIdException(invalid_grant): Invalid JWT Signature.`, appsup-dart/firebase_admin#7). The error code
  // before the words keeps an access-token verifier's "Invalid JWT signature" (jjwt samples, OpenSearch) out.
  assertionRow('assertion-signature', 'invalid_grant: Invalid JWT Signature', 'signature'),
  assertionRow('openid-assertion-signature', '(invalid_grant): Invalid JWT Signature', 'signature'),
  assertionRow('assertion-time', 'invalid_grant: Invalid JWT: Token must be a short-lived token', 'time'),
  assertionRow('assertion-account', 'invalid_grant: Invalid grant: account not found', 'account'),
  // DocuSign's JWT grant refusing the integration's assertion, its own snake_case codes under invalid_grant wherever a
  // client prints them (developers.docusign.com, JWT Grant errors): issuer_not_found, the assertion's iss is no
  // integration key of that environment (docusign/docusign-esign-php-client#187: "Error: invalid_grant
  // error_description issuer_not_found"), no_valid_keys_or_signatures, not signed by one of that integration key's RSA
  // keys, or a clock off (docusign/docusign-esign-csharp-client#323). In a body's error_description, parse/jwt-assertion.ts
  // reads the same words.
  docusign('issuer-not-found', 'token.revoked', 'issuer_not_found', {
    ...CODE,
    exactCase: true,
    args: { reason: 'jwt-assertion:grant' },
    read: outsideJsonDescription,
  }),
  docusign('no-valid-keys', 'token.revoked', 'no_valid_keys_or_signatures', {
    ...CODE,
    exactCase: true,
    args: { reason: 'jwt-assertion:grant' },
    read: outsideJsonDescription,
  }),
  // Box's JWT grant refusing the app's assertion, as its SDKs and CLI print the description outside the body: the Box
  // CLI's "Auth Error: Please check the 'exp' claim. Should be an integer [400 bad request] invalid grant - …"
  // (box/boxcli#354; box/box-node-sdk#713), boxsdk's "BoxOAuthException: … Message: Please check the 'sub' claim. The
  // 'sub' specified is invalid." (box/box-python-sdk#868). Its exp (60 seconds at most, a synced clock) or its other
  // claims; in a body's error_description, parse/jwt-assertion.ts reads the same words.
  box('exp-claim', 'token.revoked', "Please check the 'exp' claim", {
    exactCase: true,
    args: { reason: 'jwt-assertion:lifetime' },
    read: (f) => (f.after(24).startsWith('. Should be an integer') ? null : outsideJsonDescription(f)),
  }),
  // The same check refusing an exp that is not a whole number (box/boxcli#354): the client's arithmetic, not its clock.
  box('exp-integer', 'token.revoked', "Please check the 'exp' claim. Should be an integer", {
    exactCase: true,
    args: { reason: 'jwt-assertion:format' },
    read: outsideJsonDescription,
  }),
  box('claim', 'token.revoked', "Please check the '", {
    exactCase: true,
    args: { reason: 'jwt-assertion:grant' },
    read: (f) => (/^(?:jti|sub|iss|aud|box_sub_type)' claim/.test(f.after(20)) ? outsideJsonDescription(f) : null),
  }),

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
  // Token endpoints of every kind say these words too (a Go server's `fmt.Errorf("invalid client credentials")`, FastAPI
  // apps' `detail=`): Salesforce's only with Salesforce named near them (its host, restforce, jsforce).
  salesforce('invalid-client-credentials', 'oauth.invalid-client', 'invalid client credentials', {
    ...LEADING,
    exactCase: true,
    read: salesforceNear,
  }),

  // node-oidc-provider's unauthorized_client for a grant the client is not registered for, "requested grant type is
  // restricted to this client" (as openid-client prints it: `OpenIdConnectError: unauthorized_client (requested grant
  // type is restricted to this client)`, panva/openid-client#106).
  oidcProvider(
    'grant-type-restricted',
    'oauth.unauthorized-client',
    'requested grant type is restricted to this client',
  ),
  // IdentityServer's token request validator logs why it answered unauthorized_client: "Client not authorized for
  // client credentials flow, check the AllowedGrantTypes setting" (its source, and the resource owner flow's line in
  // DuendeArchive/IdentityServer4#4480's log).
  identityServer('allowed-grant-types', 'oauth.unauthorized-client', 'check the AllowedGrantTypes setting', {
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
  // RFC 6749 §5.2's own description of invalid_client, which token endpoints send as their error_description and
  // which clients print without the error code: Ory fosite's ErrInvalidClient (under Hydra: ory/hydra#1580, #2907,
  // and the Dart openid_client's `OpenIdException(invalid_client): Client authentication failed (e.g., …)`,
  // appsup-dart/openid_client#69) and Doorkeeper's `invalid_client` description "Client authentication failed due to
  // unknown client, no client authentication included, or unsupported authentication method." (18F/C2#1581, Mastodon's
  // API docs). Either way the client's own authentication was refused. A JSON body's error_description is the body
  // reader's (parse/error-bodies.ts, with its `invalid_client`): these rows read the description where no body does.
  fosite(
    'invalid-client',
    'oauth.invalid-client',
    'Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method)',
    { read: outsideJsonDescription },
  ),
  doorkeeper(
    'invalid-client',
    'oauth.invalid-client',
    'Client authentication failed due to unknown client, no client authentication included, or unsupported authentication method',
    { read: outsideJsonDescription },
  ),
  // The same SDKs' prints of the token endpoint's other errors (RFC 6749 §5.2): golang.org/x/oauth2's `oauth2:
  // "unauthorized_client" "Unauthorized"` (Google refusing a refresh for another client's token, in public notes; with
  // Keycloak's "Invalid client or Invalid client credentials", which names the client refused: rank.ts) and `oauth2:
  // "invalid_scope" "Invalid device flow scope: …"` (a public troubleshooting note); oauthlib's (and Authlib's) error
  // classes UnauthorizedClientError, InvalidScopeError (`authlib.oauth2.rfc6749.errors.InvalidScopeError: invalid_scope:`,
  // atviriduomenys/spinta#484) and UnsupportedGrantTypeError (oauthlib/oauth2/rfc6749/errors.py).
  goOauth2('unauthorized-client', 'oauth.unauthorized-client', 'oauth2: "unauthorized_client"', {
    ...CLASS,
    exactCase: true,
  }),
  goOauth2('invalid-scope', 'oauth.invalid-scope', 'oauth2: "invalid_scope"', { ...CLASS, exactCase: true }),
  // Round 22: the refresh refused, `oauth2: "invalid_grant" "Token has been expired or revoked."` (Google's words, as
  // terraform, gcloud-based tools and Go services print golang.org/x/oauth2's RetrieveError; inside grpc-go's
  // `per-RPC creds failed due to error: …`): the grant is no longer accepted, as a body's invalid_grant is
  // (token.revoked). A description the other rows read (a federation's refusal) names the cause instead.
  // Google answers a refresh token it no longer honours with those words (developers.google.com/identity/protocols/
  // oauth2, "Refresh token expiration"), and a description may name the refresh token itself: then the client's
  // refresh was refused, and reading it as an access token revoked would send the reader back to the refresh.
  goOauth2('invalid-grant', 'token.revoked', 'oauth2: "invalid_grant"', {
    ...CLASS,
    exactCase: true,
    refinable: true,
    read: (f) => {
      const after = f.after(140);
      if (/^ "(?:Token has been expired or revoked\.|[^"\n]{0,120}refresh[ _-]?token)/i.test(after))
        return REFRESH_REFUSED;
      // Google's refusal of a service account's signed JWT (parse/jwt-assertion.ts): `oauth2: "invalid_grant" "Invalid
      // JWT Signature."`, as grpc-go and Go services print it.
      const assertion = after.startsWith(' "') ? jwtAssertionStated(after.slice(2)) : null;
      return assertion === null ? {} : { args: { reason: `jwt-assertion:${assertion}` } };
    },
  }),
  // The client's own token source, before any request: its access token expired and it holds no refresh token to get
  // another (golang.org/x/oauth2 oauth2.go, tokenRefresher.Token; the same words in Databricks' and other SDKs, and
  // inside grpc-go's `per-RPC creds failed due to error: …`). The expiry is the cause; nothing reached the server.
  goOauth2('expired-no-refresh', 'time.expired', 'oauth2: token expired and refresh token is not set', {
    exactCase: true,
    args: { reason: 'no-refresh-token' },
  }),
  // Round clients2: a client's refresh refused, as the SDK prints it when no body is in the paste. Entra ID's
  // AADSTS700082 "The refresh token has expired due to inactivity. The token was issued on … and was inactive for
  // 90.00:00:00." (invalid_grant; azure-identity's AzureCliCredential and azd print it inside DefaultAzureCredential's
  // chain, Azure/azure-sdk-for-python's troubleshooting notes). Supabase Auth's refresh_token grant
  // (internal/api/token_refresh.go): "Invalid Refresh Token: Refresh Token Not Found", "…: Session Expired", "…: User
  // Banned", which its /token endpoint answers as invalid_grant and supabase-js prints as `AuthApiError: …`. Firebase
  // Auth's JS SDK (packages/auth/src/core/errors.ts): TOKEN_EXPIRED, `auth/user-token-expired`, "The user's credential
  // is no longer valid. The user must sign in again.", its name for securetoken's TOKEN_EXPIRED (parse/error-bodies.ts
  // reads that body as invalid_grant).
  entra('AADSTS700082', 'token.revoked', 'AADSTS700082: The refresh token has expired due to inactivity', {
    ...CODE,
    ...REFRESH_REFUSED,
    exactCase: true,
  }),
  supabaseAuth('refresh-token-refused', 'token.revoked', 'Invalid Refresh Token: ', {
    ...REFRESH_REFUSED,
    exactCase: true,
    read: (f) => {
      // And the reuse of a rotated refresh token outside the reuse interval, "Invalid Refresh Token: Already Used"
      // (refresh_token_already_used), or a token older than its session (supabase/auth internal/tokens/service.go,
      // RefreshTokenGrant: "…: No Valid Session Found"); supabase-js prints it as [AuthApiError: …] (openillumi.com/
      // supabase-nextjs-invalid-refresh-token-fix: two refreshes racing in Next.js middleware).
      const m = /^(?:Refresh Token Not Found|Session Expired|User Banned|Already Used|No Valid Session Found)/.exec(
        f.after(40),
      );
      return m === null ? null : { extend: m[0].length };
    },
  }),
  // Round audit-ss: gcloud's refresh of its stored user or service-account credentials refused, "ERROR:
  // (gcloud.projects.list) There was a problem refreshing your current auth tokens: invalid_grant: Bad Request" then
  // "Please run: $ gcloud auth login" (GoogleCloudPlatform/django-cloud-deploy#190), or "…refreshing auth tokens for
  // account <account>: ('invalid_grant: …', …)" (GoogleCloudPlatform/spring-cloud-gcp#3719). Only for the words
  // Google refuses a refresh token with, "Bad Request" and "Token has been expired or revoked." (developers.google.com/
  // identity/protocols/oauth2, "Refresh token expiration"): its reauthentication, its refusal of a service account's
  // signed JWT ("Invalid JWT Signature.", the assertion rows above) and its STS's refusal of a federated credential ("ID
  // Token issued at … is stale to sign-in.", federation.ts) are other causes, as are an impersonation refused or a local
  // error after the colon.
  gcloud('refresh-refused', 'token.revoked', 'There was a problem refreshing', {
    ...REFRESH_REFUSED,
    exactCase: true,
    read: (f) => (GCLOUD_REFRESH_REFUSED.test(f.after(200)) ? {} : null),
  }),
  // The Firebase CLI's refresh of its stored Google sign-in (or of FIREBASE_TOKEN, a refresh token from firebase
  // login:ci) refused: "Authentication Error: Your credentials are no longer valid. Please run firebase login --reauth"
  // then "For CI servers and headless environments, generate a new token with firebase login:ci" (firebase/firebase-
  // tools#7453, #2508, #9418).
  firebaseCli(
    'credentials-no-longer-valid',
    'token.revoked',
    'Your credentials are no longer valid. Please run firebase login',
    {
      ...REFRESH_REFUSED,
      exactCase: true,
    },
  ),
  firebaseAuth('user-token-expired', 'token.revoked', 'auth/user-token-expired', {
    ...CODE,
    ...REFRESH_REFUSED,
    exactCase: true,
  }),
  // Cognito user pools refusing the refresh token (InitiateAuth REFRESH_TOKEN_AUTH): NotAuthorizedException "Refresh
  // Token has expired" (x-amzn-ErrorType: NotAuthorizedException, x-amzn-ErrorMessage: Refresh Token has expired, as
  // Amplify Swift prints the reply under "Session expired could not fetch AWS Credentials": aws-amplify/amplify-swift#3496)
  // and "Refresh Token has been revoked" after a sign-out elsewhere (repost.aws, "revoke-cognito-jwt-token"). The
  // capitals are Cognito's; Entra ID's "The refresh token has expired due to inactivity" is lower-case.
  cognito('refresh-expired', 'token.revoked', 'Refresh Token has expired', { ...REFRESH_REFUSED, exactCase: true }),
  cognito('refresh-revoked', 'token.revoked', 'Refresh Token has been revoked', {
    ...REFRESH_REFUSED,
    exactCase: true,
  }),
  // And "Invalid Refresh Token." for one it does not accept at all: NotAuthorizedException from InitiateAuth /
  // AdminInitiateAuth REFRESH_TOKEN_AUTH (aws/aws-sdk-java-v2#1687 and #3418, aws/aws-sdk-js-v3#7162; botocore's body
  // {"__type":"NotAuthorizedException","message":"Invalid Refresh Token."} in aws/aws-sdk-cpp#1789). Supabase's rows
  // above read the same words with a reason after a colon; these stand with Cognito's exception name near them.
  cognito('refresh-invalid', 'token.revoked', 'Invalid Refresh Token', {
    ...REFRESH_REFUSED,
    exactCase: true,
    read: (f) => {
      if (f.after(1) === ':') return null;
      return textAround(f, 300, 300).includes('NotAuthorizedException') ? {} : null;
    },
  }),
  oauthlib('UnauthorizedClientError', 'oauth.unauthorized-client', 'UnauthorizedClientError', {
    ...CLASS,
    exactCase: true,
  }),
  oauthlib('InvalidScopeError', 'oauth.invalid-scope', 'InvalidScopeError', { ...CLASS, exactCase: true }),
  oauthlib('UnsupportedGrantTypeError', 'oauth.unsupported-grant', 'UnsupportedGrantTypeError', {
    ...CLASS,
    exactCase: true,
  }),
  // league/oauth2-client (PHP) throws IdentityProviderException with the token endpoint's `error` as its message:
  // `League\OAuth2\Client\Provider\Exception\IdentityProviderException: invalid_client in …/GenericProvider.php:222`
  // (XeroAPI/xero-php-oauth2#139, magium/active-directory#36), Laravel's log `IdentityProviderException(code: 401):
  // invalid_client at …` (BookStackApp/BookStack#5127, microsoft/kiota-samples#6812), `…: invalid_grant in …`
  // (jamesfairhurst/smart-playlists-for-spotify#14). The error after it is the code.
  leagueClient('IdentityProviderException', 'oauth.invalid-client', 'IdentityProviderException', {
    ...CLASS,
    exactCase: true,
    read: leagueError,
  }),
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

/** gcloud's `…auth tokens: invalid_grant: Bad Request` or `…: ('invalid_grant: Token has been expired or revoked.', …)`. */
const GCLOUD_REFRESH_REFUSED =
  /^ (?:your current auth tokens|auth tokens for account [^\s:]{1,120}): \(?'?(?:Error code )?invalid_grant: (?:Bad Request|Token has been expired or revoked)/;

/** A Keycloak event line's `type=CODE_TO_TOKEN_ERROR` (quoted or not) before the match, on the same line. */
function codeToTokenEvent(f: Fragment): Reading | null {
  return f.before(400).includes('CODE_TO_TOKEN_ERROR') ? {} : null;
}

/** Whether the text after a match quotes an OAuth error other than `invalid_client` (`"error":"invalid_grant"`). */
function otherError(after: string): boolean {
  const m = /\\?"error\\?"\s*:\s*\\?"([a-z_]{1,40})/.exec(after);
  return m !== null && m[1] !== 'invalid_client';
}

/** RFC 6749 §5.2's error codes, as the finding each states. */
const TOKEN_ENDPOINT_ERRORS: ReadonlyMap<string, RowCode> = new Map<string, RowCode>([
  ['invalid_client', 'oauth.invalid-client'],
  ['unauthorized_client', 'oauth.unauthorized-client'],
  ['invalid_scope', 'oauth.invalid-scope'],
  ['unsupported_grant_type', 'oauth.unsupported-grant'],
  ['invalid_grant', 'token.revoked'],
]);

/** league/oauth2-client's `IdentityProviderException: <error>` or `IdentityProviderException(code: 401): <error>`. */
function leagueError(f: Fragment): Reading | null {
  const m = /^(?:\(code: \d{1,3}\))?: ([a-z_]{1,40})\b/.exec(f.after(60));
  const code = m === null ? undefined : TOKEN_ENDPOINT_ERRORS.get(m[1] ?? '');
  return code === undefined ? null : { code, extend: m?.[0].length ?? 0 };
}
