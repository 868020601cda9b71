/**
 * Round 19a of real-world pastes: token endpoints refusing the client (oauth.invalid-client, a project code;
 * docs/codes/oauth.invalid-client.md) across identity providers and the SDKs that print their answers: Keycloak (whose
 * `unauthorized_client` carries client-authentication words), Okta, Google, GitHub OAuth apps (`incorrect_client_credentials`,
 * with HTTP 200), Salesforce (`invalid_client_id`), Auth0 (`access_denied` "Unauthorized"), Ory Hydra, Cognito, and
 * golang.org/x/oauth2, oauthlib, Authlib, openid-client, google-auth, Spring Security and Spring Authorization Server.
 * Product strings are confirmed in the public captures named beside each row or in the rows that read them
 * (parse/verifier-messages/token-endpoints.ts, parse/error-bodies.ts). Readings: docs/findings.md ("round 19a").
 * The last group holds the same words in prose, a declined consent and another token-endpoint error, which must not be
 * read as a refused client.
 */
import { describe, it } from 'vitest';
import { A401, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

/** What a token endpoint's refusal of the client is not: no bearer token was due, and no grant was judged. */
const NOT_A_TOKEN_PROBLEM = ['token.missing', 'authz-header.missing', 'token.revoked'] as const;

const REFUSED_CLIENT: Row[] = [
  {
    // Keycloak's client authenticator through Spring's RestTemplate/RestClient (Stirling-Tools/Stirling-PDF#6567; keycloak/keycloak#16923)
    name: "Keycloak via Spring HttpClientErrorException: 401 unauthorized_client 'Invalid client or Invalid client credentials'",
    input:
      'Caused by: org.springframework.web.client.HttpClientErrorException$Unauthorized: 401 Unauthorized on POST request for "https://auth.acme-corp.com/realms/acme/protocol/openid-connect/token": "{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}"',
    ...A401,
    top: 'oauth.invalid-client',
    via: 'keycloak',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // code-specialist/fastapi-keycloak#65 (the title is the print)
    name: "fastapi-keycloak: HTTP 403 unauthorized_client 'Invalid client secret' (the client, not a permission, was refused)",
    input:
      "fastapi_keycloak.exceptions.KeycloakError: HTTP 403: {'error': 'unauthorized_client', 'error_description': 'Invalid client secret'}",
    status: 403,
    classification: 'authentication',
    top: 'oauth.invalid-client',
    via: 'keycloak',
    includes: ['status.mismatch'],
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // Keycloak's invalid_client wording (keycloak/keycloak#16923); the body is RFC 6749's, Keycloak's words name it
    name: "curl to Keycloak: invalid_client 'Invalid client or Invalid client credentials'",
    input: [
      '$ curl -s -X POST https://sso.acme-corp.com/realms/acme/protocol/openid-connect/token -d grant_type=client_credentials -d client_id=orders-api -d client_secret=$KC_SECRET',
      '{"error":"invalid_client","error_description":"Invalid client or Invalid client credentials"}',
    ].join('\n'),
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'keycloak',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // GitHub's "Troubleshooting OAuth app access token request errors": incorrect_client_credentials is answered with 200
    name: 'GitHub OAuth app: 200 with incorrect_client_credentials',
    input: [
      'HTTP/2 200',
      'content-type: application/json; charset=utf-8',
      '',
      '{"error":"incorrect_client_credentials","error_description":"The client_id and/or client_secret passed are incorrect.","error_uri":"https://docs.github.com/apps/managing-oauth-apps/troubleshooting-oauth-app-access-token-request-errors/#incorrect-client-credentials"}',
    ].join('\n'),
    status: 200,
    classification: 'authentication',
    top: 'oauth.invalid-client',
    via: 'github-oauth',
    includes: ['status.not-auth'],
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // GitHub answers form-encoded unless asked for JSON (the same page)
    name: 'GitHub OAuth app: the form-encoded answer',
    input:
      'error=incorrect_client_credentials&error_description=The+client_id+and%2For+client_secret+passed+are+incorrect.&error_uri=https%3A%2F%2Fdocs.github.com%2Fapps%2Fmanaging-oauth-apps%2Ftroubleshooting-oauth-app-access-token-request-errors%2F%23incorrect-client-credentials',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'github-oauth',
  },
  {
    // omniphx/forrest#184: Guzzle's ClientException message
    name: "Salesforce through Guzzle: 400 invalid_client_id 'client identifier invalid'",
    input:
      'Client error: `POST https://login.salesforce.com/services/oauth2/token` resulted in a `400 Bad Request` response: {"error":"invalid_client_id","error_description":"client identifier invalid"}',
    status: 400,
    classification: 'authentication',
    top: 'oauth.invalid-client',
    via: 'salesforce',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // restforce/restforce#338
    name: 'Restforce: invalid_client: invalid client credentials',
    input: 'Restforce::AuthenticationError: invalid_client: invalid client credentials',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'salesforce',
  },
  {
    // golang.org/x/oauth2's RetrieveError with Google's description (youtubeuploader's Homebrew test asserts this print)
    name: "Go oauth2: 'invalid_client' 'The OAuth client was not found.'",
    input: '2026/05/28 14:09:58 token exchange failed: oauth2: "invalid_client" "The OAuth client was not found."',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'golang-oauth2',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // Supabase Auth's log for a wrong Google secret, quoted in public setup notes
    name: "Supabase Auth (Go oauth2): Unable to exchange external code: oauth2: 'invalid_client' 'Unauthorized'",
    input: 'Unable to exchange external code: oauth2: "invalid_client" "Unauthorized"',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'golang-oauth2',
  },
  {
    // PingOne through Go oauth2, quoted in a public runbook
    name: "Go oauth2 in front of PingOne: 'Request denied: Invalid client credentials'",
    input: 'Failed to exchange token: oauth2: "invalid_client" "Request denied: Invalid client credentials"',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'golang-oauth2',
  },
  {
    // Entra ID's code names the service over the SDK's print (a public troubleshooting page quotes this line)
    name: 'Go oauth2 with AADSTS7000215: the provider’s code names it',
    input:
      'Error: Failed to get token: failed to exchange GitHub Actions OIDC token: oauth2: "invalid_client" "AADSTS7000215: Invalid client secret provided"',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'entra-id',
  },
  {
    // oauthlib's raise_from_error, as a Fitbit client's traceback ends (Google's answer to a wrong secret: gphotos-sync notes)
    name: 'oauthlib: InvalidClientError: (invalid_client) Unauthorized',
    input: [
      '  File "/usr/lib/python3/site-packages/oauthlib/oauth2/rfc6749/errors.py", line 405, in raise_from_error',
      '    raise cls(**kwargs)',
      'oauthlib.oauth2.rfc6749.errors.InvalidClientError: (invalid_client) Unauthorized',
    ].join('\n'),
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'oauthlib',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // panva/openid-client#192
    name: 'openid-client: OPError: invalid_client (The OAuth client was not found.)',
    input: 'OPError: invalid_client (The OAuth client was not found.)',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'openid-client',
  },
  {
    // Spring Authorization Server's ProviderManager debug line (a public write-up's log)
    name: 'Spring Authorization Server: [invalid_client] Client authentication failed: client_secret',
    input:
      '2026-05-28T14:09:58.223Z DEBUG 27914 --- [oauth-server] [io-9000-exec-10] o.s.s.authentication.ProviderManager     : Authentication failed with provider ClientSecretAuthenticationProvider since [invalid_client] Client authentication failed: client_secret',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'spring-security',
  },
  {
    // Spring Security's OAuth2AuthorizationException as a client app logs it (a public write-up's log)
    name: "Spring OAuth2 client: [invalid_token_response] … 401 … {'error':'invalid_client'}",
    input:
      '2026-05-28T14:09:58.593Z ERROR 79948 --- [client] [nio-8081-exec-1] o.a.c.c.C.[.[.[/].[dispatcherServlet]    : Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: org.springframework.security.oauth2.core.OAuth2AuthorizationException: [invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized on POST request for "http://localhost:9000/oauth2/token": "{"error":"invalid_client"}"] with root cause',
    ...A401,
    top: 'oauth.invalid-client',
    via: 'spring-security',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // The same exception when the token endpoint's 401 has no body (a public README's troubleshooting note: a wrong client secret)
    name: 'Spring OAuth2 client: the token endpoint’s 401 with [no body]',
    input:
      '[invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized: [no body]',
    ...A401,
    top: 'oauth.invalid-client',
    via: 'spring-security',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // alephdata/aleph#2121: Okta's description through Authlib
    name: 'Authlib + Okta: The client secret supplied for a confidential client is invalid.',
    input:
      'authlib.integrations.base_client.errors.OAuthError: invalid_client: The client secret supplied for a confidential client is invalid.',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'okta',
  },
  {
    // simonrob/email-oauth2-proxy#362 (the title is the print)
    name: "google-auth: RefreshError('invalid_client: The OAuth client was not found.', {...})",
    input:
      "google.auth.exceptions.RefreshError: ('invalid_client: The OAuth client was not found.', {'error': 'invalid_client', 'error_description': 'The OAuth client was not found.'})",
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'google-oauth',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // Ory Hydra's invalid_client description (NX211/workbench#22)
    name: "Ory Hydra: 401 invalid_client, 'The requested OAuth 2.0 Client does not exist.'",
    input: [
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json;charset=UTF-8',
      '',
      '{"error":"invalid_client","error_description":"Client authentication failed (e.g., unknown client, no client authentication included, or unsupported authentication method). The requested OAuth 2.0 Client does not exist."}',
    ].join('\n'),
    ...A401,
    top: 'oauth.invalid-client',
    via: 'response body',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // Cognito's bare body (amazon-archives/amazon-cognito-auth-js#206)
    name: "Cognito: {'error':'invalid_client'} from /oauth2/token",
    input: [
      "$ curl -s -X POST https://acme.auth.us-east-1.amazoncognito.com/oauth2/token -H 'Content-Type: application/x-www-form-urlencoded' -d 'grant_type=client_credentials&client_id=4f8h2k3m&client_secret=$SECRET'",
      '{"error":"invalid_client"}',
    ].join('\n'),
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'response body',
  },
  {
    // auth0/node-auth0#682, auth0-samples/auth0-python-web-app#62 (parse/error-bodies.ts)
    name: "Auth0: 401 access_denied 'Unauthorized' from /oauth/token",
    input: [
      'POST https://acme.us.auth0.com/oauth/token 401',
      '{"error":"access_denied","error_description":"Unauthorized"}',
    ].join('\n'),
    ...A401,
    top: 'oauth.invalid-client',
    via: 'auth0',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // A refresh refused (Keycloak's and Box's invalid_grant words) is token.revoked, not the client
    name: 'Spring OAuth2 client: a 401 whose body is invalid_grant stays token.revoked',
    input:
      'org.springframework.security.oauth2.core.OAuth2AuthorizationException: [invalid_token_response] An error occurred while attempting to retrieve the OAuth 2.0 Access Token Response: 401 Unauthorized: [{"error":"invalid_grant","error_description":"Invalid refresh token"}]',
    ...A401,
    top: 'token.revoked',
    excludes: ['oauth.invalid-client', 'token.missing'],
  },
  {
    // forcedotcom/postman-salesforce-apis#42: the page Salesforce redirects to
    name: 'Salesforce: the form-encoded invalid_client_id answer',
    input: 'error=invalid_client_id&error_description=client%20identifier%20invalid',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'salesforce',
  },
];

const QUIET_ROWS: Row[] = [
  {
    // A user who declined consent: access_denied with another description (RFC 6749 §4.1.2.1)
    name: 'quiet: access_denied for a declined consent is not the client',
    input: [
      'https://app.acme-corp.com/callback?error=access_denied&error_description=User%20did%20not%20authorize%20the%20request',
      '{"error":"access_denied","error_description":"User did not authorize the request"}',
    ].join('\n'),
    ...QUIET,
    excludes: ['oauth.invalid-client'],
  },
  {
    name: 'quiet: GitHub’s error code named in a sentence',
    input: 'GitHub answers incorrect_client_credentials without an error status, so check the body and not the status',
    ...QUIET,
    excludes: ['oauth.invalid-client'],
  },
  {
    name: 'quiet: Keycloak’s and Salesforce’s words inside prose',
    input:
      'Invalid client secret handling changed in Keycloak 24, and we should rotate invalid client credentials weekly anyway',
    ...QUIET,
    excludes: ['oauth.invalid-client'],
  },
  {
    name: 'quiet: Salesforce’s error code named in a sentence',
    input:
      'the jsforce login keeps failing with invalid_client_id until the connected app propagates, give it 10 minutes',
    ...QUIET,
    excludes: ['oauth.invalid-client'],
  },
  {
    name: 'quiet: a discovery document listing client authentication methods',
    input:
      '{"token_endpoint":"https://sso.acme-corp.com/realms/acme/protocol/openid-connect/token","token_endpoint_auth_methods_supported":["private_key_jwt","client_secret_basic","client_secret_post","tls_client_auth","client_secret_jwt"]}',
    ...QUIET,
    excludes: ['oauth.invalid-client'],
  },
  {
    // Auth0's unauthorized_client (devdennysegura/flutter-auth0#35): the client's credentials were accepted, the grant
    // is not enabled for it: oauth.unauthorized-client (round 21a, a project code), not oauth.invalid-client
    name: "unauthorized_client 'Grant type … not allowed for the client' is oauth.unauthorized-client",
    input: [
      'POST https://acme.us.auth0.com/oauth/token 403',
      '{"error":"unauthorized_client","error_description":"Grant type \'client_credentials\' not allowed for the client."}',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'oauth.unauthorized-client',
    via: 'response body',
    excludes: ['oauth.invalid-client', 'token.missing', 'authz-header.missing', 'policy.deny'],
  },
];

describe('Round 19a: token endpoints refusing the client', () => {
  for (const row of REFUSED_CLIENT) it(row.name, () => expectPasteRow(row));
});

describe('Round 19a: the same words where no client was refused', () => {
  for (const row of QUIET_ROWS) it(row.name, () => expectPasteRow(row));
});
