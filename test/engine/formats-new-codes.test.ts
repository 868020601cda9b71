/**
 * Round 21a: four project codes for causes that read as the wrong code before (docs/findings.md, groups `oauth` and
 * `federation`): federation.no-match (a workload identity federation's trust does not admit the presented token:
 * Entra ID's federated identity credentials, an AWS role's trust policy, a Google workload identity provider's
 * attribute condition, a Vault role's bindings), oauth.unauthorized-client (RFC 6749 §5.2 `unauthorized_client`),
 * oauth.invalid-scope (`invalid_scope`) and oauth.unsupported-grant (`unsupported_grant_type`), and league/oauth2-client's
 * IdentityProviderException. Product strings are confirmed in the public sources named beside each row, or in the rows
 * that read them (parse/verifier-messages/federation.ts, token-endpoints.ts; parse/error-bodies.ts). Readings:
 * docs/findings.md ("round 21a"). Each group ends with the same words where nothing was refused.
 */
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/index.js';
import { NOW } from '../helpers/catches.js';
import { DENIED, NOT_MISSING, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { CLAIMS, rs256 } from '../helpers/tokens.js';

/** What a token endpoint's or a federation's refusal is not: no bearer token was due, no grant was judged. */
const NOT_A_TOKEN_PROBLEM = ['token.missing', 'authz-header.missing', 'token.revoked', 'challenge.missing'] as const;

/** A GitHub Actions OIDC token for a job with an environment (claims per GitHub's docs), valid at NOW. */
const JOB_TOKEN = rs256(
  {
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'api://AzureADTokenExchange',
    sub: 'repo:acme/orders:environment:Production',
    repository: 'acme/orders',
    environment: 'Production',
    iat: NOW - 60,
    nbf: NOW - 120,
    exp: NOW + 240,
  },
  { kid: 'cc413527-173f-5a05-976e-9c52b1d7b431' },
);

const FEDERATION: Row[] = [
  {
    // google-github-actions/auth's failure line (its shape in formats-federation.test.ts) with STS's attribute-condition
    // refusal (public runbooks quote `{"error":"unauthorized_client","error_description":"The given credential is
    // rejected by the attribute condition."}`): the error code is not the cause, the provider's condition is.
    name: 'google-github-actions/auth: unauthorized_client, rejected by the attribute condition',
    input: [
      'Run google-github-actions/auth@v2',
      'Error: google-github-actions/auth failed with: failed to generate Google Cloud federated token for //iam.googleapis.com/projects/573522191771/locations/global/workloadIdentityPools/github/providers/github-oidc: {"error":"unauthorized_client","error_description":"The given credential is rejected by the attribute condition."}',
    ].join('\n'),
    ...DENIED,
    top: 'federation.no-match',
    via: 'gcp-sts',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'oauth.unauthorized-client', 'policy.deny'],
  },
  {
    // A Go client's RetrieveError print of the same answer (golang.org/x/oauth2's `oauth2: "<error>" "<description>"`).
    name: 'Go oauth2: unauthorized_client with the attribute condition’s words',
    input:
      'failed to exchange token: oauth2: "unauthorized_client" "The given credential is rejected by the attribute condition."',
    ...DENIED,
    top: 'federation.no-match',
    via: 'gcp-sts',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'oauth.unauthorized-client'],
  },
  {
    // The EKS IRSA troubleshooting shape (formats-federation.test.ts): STS's AccessDenied is the trust policy's refusal,
    // and the SDK's AccessDenied beside it is the same cause, not a second policy.deny.
    name: 'EKS IRSA: AccessDenied is the role’s trust policy, one finding',
    input: [
      'E0102 12:31:31.394312       1 aws_manager.go:265] Failed to regenerate ASG cache: cannot autodiscover ASGs: WebIdentityErr: failed to retrieve credentials',
      'caused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      '\tstatus code: 403, request id: 59c595b8-87d3-40a8-9797-a6e71836b439',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'federation.no-match',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, 'policy.deny'],
  },
  {
    // The Vault CLI's print of a bound-claims refusal on another claim than sub (claims.go;
    // hashicorp/vault-plugin-auth-jwt#305's `ref_protected`).
    name: 'vault CLI: claim "ref_protected" does not match any associated bound claim values',
    input: [
      'Error writing data to auth/jwt/login: Error making API request.',
      '',
      'URL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login',
      'Code: 400. Errors:',
      '',
      '* error validating claims: claim "ref_protected" does not match any associated bound claim values',
    ].join('\n'),
    status: 400,
    classification: 'authorization',
    top: 'federation.no-match',
    via: 'vault',
    excludes: [...NOT_MISSING, 'claim.required-missing', 'policy.deny'],
  },
  {
    // Bound iss/aud values are the issuer and audience the role expects: their own codes stay.
    name: 'vault CLI: a bound aud value stays claim.aud-mismatch',
    input: [
      'Code: 400. Errors:',
      '',
      '* error validating claims: claim "aud" does not match any associated bound claim values',
    ].join('\n'),
    status: 400,
    classification: 'authentication',
    top: 'claim.aud-mismatch',
    via: 'vault',
    excludes: ['federation.no-match'],
  },
  {
    // AADSTS700212 names the audience as what matched no credential: the audience code stays (formats-federation).
    name: 'az CLI: AADSTS700212 stays claim.aud-mismatch',
    input:
      "ERROR: AADSTS700212: No matching federated identity record found for presented assertion audience 'https://gitlab.com'",
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'entra-id',
    excludes: ['federation.no-match'],
  },
];

const FEDERATION_QUIET: Row[] = [
  {
    // A Terraform google_iam_workload_identity_pool_provider block as the provider's docs write it: configuration.
    name: 'quiet: an attribute condition in Terraform',
    input: [
      'resource "google_iam_workload_identity_pool_provider" "github" {',
      '  attribute_condition = "assertion.repository_owner == \'acme\'"',
      '  attribute_mapping = {',
      '    "google.subject" = "assertion.sub"',
      '  }',
      '}',
    ].join('\n'),
    ...QUIET,
    excludes: ['federation.no-match', 'policy.deny'],
  },
  {
    name: 'quiet: a runbook sentence about federated credentials',
    input:
      'if azure/login fails after you add an environment, add a federated credential for the environment subject; the trust policy on the AWS side needs the same change',
    ...QUIET,
    excludes: ['federation.no-match'],
  },
  {
    // GKE Workload Identity's IAM 403 is a missing roles/iam.workloadIdentityUser binding, not the token's claims.
    name: 'GKE metadata server: IAM returned 403 stays policy.deny',
    input:
      'compute: Received 403 `Unable to generate access token; IAM returned 403 Forbidden: The caller does not have permission\nThis error could be caused by a missing IAM policy binding on the target IAM service account.`',
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    excludes: ['federation.no-match'],
  },
];

const UNAUTHORIZED_CLIENT: Row[] = [
  {
    // Keycloak's ClientCredentialsGrantType answers 401 with these words (its source; public notes quote the body).
    name: 'curl to Keycloak: 401 unauthorized_client, Client not enabled to retrieve service account',
    input: [
      '$ curl -i -X POST https://sso.acme-corp.com/realms/acme/protocol/openid-connect/token -d grant_type=client_credentials -d client_id=orders-web -d client_secret=$KC_SECRET',
      'HTTP/1.1 401 Unauthorized',
      'Content-Type: application/json',
      '',
      '{"error":"unauthorized_client","error_description":"Client not enabled to retrieve service account"}',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    top: 'oauth.unauthorized-client',
    via: 'keycloak',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'oauth.invalid-client'],
  },
  {
    // louislam/uptime-kuma#4202 (the log line, verbatim)
    name: 'Uptime Kuma: unauthorized_client (Client not enabled to retrieve service account)',
    input: 'The oauth config is invalid. unauthorized_client (Client not enabled to retrieve service account)',
    ...DENIED,
    top: 'oauth.unauthorized-client',
    via: 'keycloak',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'oauth.invalid-client'],
  },
  {
    // panva/openid-client#106 (verbatim): node-oidc-provider's description through openid-client.
    name: 'openid-client: unauthorized_client (requested grant type is restricted to this client)',
    input: [
      '{ OpenIdConnectError: unauthorized_client (requested grant type is restricted to this client)',
      '    at Client.requestErrorHandler (/home/app/node_modules/openid-client/lib/helpers/error_handler.js:16:11)',
      "  error: 'unauthorized_client',",
      "  error_description: 'requested grant type is restricted to this client' }",
    ].join('\n'),
    ...DENIED,
    top: 'oauth.unauthorized-client',
    via: 'oidc-provider',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // DuendeArchive/IdentityServer4#4480 (the log, verbatim shape)
    name: 'IdentityServer4 log: Client not authorized for resource owner flow, check the AllowedGrantTypes setting',
    input:
      '2026-05-28 14:09:58.385 +00:00 [ERR] Client not authorized for resource owner flow, check the AllowedGrantTypes setting{"client_id":"orders-web"}, details: {"ClientId":"orders-web","ClientName":"orders web","GrantType":"password","Scopes":null}',
    ...DENIED,
    top: 'oauth.unauthorized-client',
    via: 'identityserver',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // Google refusing a refresh made with another client's id, as golang.org/x/oauth2 prints it (public notes).
    name: 'Go oauth2: "unauthorized_client" "Unauthorized" from Google',
    input: 'refresh provider token: oauth2: "unauthorized_client" "Unauthorized"',
    ...DENIED,
    top: 'oauth.unauthorized-client',
    via: 'golang-oauth2',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'oauth.invalid-client'],
  },
  {
    // Keycloak's wrong-secret words under unauthorized_client (oauth2-proxy's and Argo CD's logs in public notes): the
    // words name the client refused.
    name: 'Go oauth2 + Keycloak: unauthorized_client with Invalid client credentials is oauth.invalid-client',
    input: 'token exchange failed: oauth2: "unauthorized_client" "Invalid client or Invalid client credentials"',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'keycloak',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'oauth.unauthorized-client'],
  },
  {
    // Azure.Identity's print (public troubleshooting notes, verbatim shape): AADSTS700016 is an app id the tenant does
    // not know, under unauthorized_client.
    name: "Azure.Identity: '(unauthorized_client) AADSTS700016: Application with identifier … was not found'",
    input:
      "WorkloadIdentityCredential: Microsoft Entra ID error '(unauthorized_client) AADSTS700016: Application with identifier '6b2d1d92-7018-4182-b70e-821127bec509' was not found in the directory 'acme'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.'",
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'entra-id',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'oauth.unauthorized-client'],
  },
  {
    // The same answer as Entra ID's JSON body.
    name: 'Entra ID body: unauthorized_client with AADSTS700016 is oauth.invalid-client',
    input:
      '{"error":"unauthorized_client","error_description":"AADSTS700016: Application with identifier \'6b2d1d92-7018-4182-b70e-821127bec509\' was not found in the directory \'acme\'. This can happen if the application has not been installed by the administrator of the tenant or consented to by any user in the tenant. You may have sent your authentication request to the wrong tenant.\\r\\nTrace ID: 1b2c3d4e\\r\\n","error_codes":[700016]}',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'entra-id',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'oauth.unauthorized-client'],
  },
  {
    // Okta's description (okta/okta-signin-widget's tests; public Okta troubleshooting notes), as Authlib prints it
    name: 'Authlib + Okta: unauthorized_client, Configured grant types: [authorization_code, implicit]',
    input:
      'authlib.integrations.base_client.errors.OAuthError: unauthorized_client: The client is not authorized to use the provided grant type. Configured grant types: [authorization_code, implicit].',
    ...DENIED,
    top: 'oauth.unauthorized-client',
    via: 'okta',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'oauth.invalid-client'],
  },
];

const INVALID_SCOPE: Row[] = [
  {
    // keycloak/keycloak#33185 (the body, verbatim)
    name: 'curl to Keycloak: 400 invalid_scope, Invalid scopes: read',
    input: [
      "$ curl -i --request POST --url 'http://localhost:8080/realms/myrealm/protocol/openid-connect/token' --header 'content-type: application/x-www-form-urlencoded' --data grant_type=client_credentials --data client_id=client --data client_secret=$SECRET --data scope=read",
      'HTTP/1.1 400 Bad Request',
      'Content-Type: application/json',
      '',
      '{"error":"invalid_scope","error_description":"Invalid scopes: read"}',
    ].join('\n'),
    status: 400,
    classification: 'authorization',
    top: 'oauth.invalid-scope',
    via: 'keycloak',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'challenge.invalid-request'],
  },
  {
    // auth0/docs#6177 (the body, verbatim)
    name: 'Auth0: invalid_scope, User is not authorized to the audience for those scopes',
    input: [
      'POST https://acme.us.auth0.com/oauth/token 400',
      '{',
      '    "error": "invalid_scope",',
      '    "error_description": "User is not authorized to the audience for those scopes"',
      '}',
    ].join('\n'),
    status: 400,
    classification: 'authorization',
    top: 'oauth.invalid-scope',
    via: 'response body',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // AngellusMortis/django_microsoft_auth#460 (verbatim)
    name: "Entra ID: (invalid_scope) AADSTS70011: The provided value for the input parameter 'scope' is not valid",
    input:
      "(invalid_scope) AADSTS70011: The provided value for the input parameter 'scope' is not valid. The scope '' is not configured for this tenant.",
    ...DENIED,
    top: 'oauth.invalid-scope',
    via: 'entra-id',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // laravel/socialite#315: Guzzle's print of Entra's answer, cut short by Guzzle (`(truncated...)`), so no JSON body
    // can be read: the code and its words decide (a leftover of round 21a).
    name: 'Entra ID through Guzzle, truncated: AADSTS70011 "The provided request must include a \'scope\' input parameter"',
    input: [
      '[2026-05-28 14:09:58] production.ERROR: Client error: `POST https://login.microsoftonline.com/common/oauth2/v2.0/token` resulted in a `400 Bad Request` response:',
      '{"error":"invalid_scope","error_description":"AADSTS70011: The provided request must include a \'scope\' input parameter.\\r\\nTrace ID: 5d1c7a2e-9b3f (truncated...)',
    ].join('\n'),
    status: 400,
    classification: 'authorization',
    top: 'oauth.invalid-scope',
    via: 'entra-id',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // atviriduomenys/spinta#484 (Authlib's authorization server log, verbatim shape)
    name: 'Authlib server: InvalidScopeError: invalid_scope, then the 400',
    input: [
      'ERROR: Authorization server error: invalid_scope: ',
      'Traceback (most recent call last):',
      '  File "authlib/oauth2/rfc6749/grants/base.py", line 92, in validate_requested_scope',
      '    raise InvalidScopeError(state=self.request.state)',
      'authlib.oauth2.rfc6749.errors.InvalidScopeError: invalid_scope: ',
      'INFO: "POST /auth/token HTTP/1.1" 400 Bad Request',
    ].join('\n'),
    status: 400,
    classification: 'authorization',
    top: 'oauth.invalid-scope',
    via: 'oauthlib',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // MSAL for Python's error dict (the message as public MSAL samples quote it): a delegated scope in a client
    // credentials request
    name: 'MSAL for Python: AADSTS1002012, Client credential flows must have a scope value with /.default',
    input:
      "{'error': 'invalid_scope', 'error_description': 'AADSTS1002012: The provided value for scope Sites.Manage.All offline_access openid profile User.Read is not valid. Client credential flows must have a scope value with /.default suffixed to the resource identifier (application ID URI). Trace ID: 5b8c1d2e', 'error_codes': [1002012]}",
    ...DENIED,
    top: 'oauth.invalid-scope',
    via: 'entra-id',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // A Go print of Google's device-flow refusal (a public troubleshooting note, verbatim)
    name: 'Go oauth2: "invalid_scope" "Invalid device flow scope: …"',
    input: 'oauth2: "invalid_scope" "Invalid device flow scope: https://www.googleapis.com/auth/drive"',
    ...DENIED,
    top: 'oauth.invalid-scope',
    via: 'golang-oauth2',
  },
  {
    // A resource server's insufficient_scope is the token's scopes, not the token endpoint's refusal.
    name: 'an API’s insufficient_scope stays challenge.insufficient-scope',
    input: ['HTTP/1.1 403 Forbidden', 'WWW-Authenticate: Bearer error="insufficient_scope", scope="orders:write"'].join(
      '\n',
    ),
    status: 403,
    classification: 'authorization',
    top: 'challenge.insufficient-scope',
    excludes: ['oauth.invalid-scope'],
  },
  {
    name: 'quiet: invalid_scope in a sentence',
    input: 'the invalid_scope error went away once we asked for openid profile instead of name,email',
    ...QUIET,
    excludes: ['oauth.invalid-scope'],
  },
  {
    name: 'quiet: Keycloak’s words lower-cased in prose',
    input: 'invalid scopes: that is what keycloak says when the client scope is not assigned to the client',
    ...QUIET,
    excludes: ['oauth.invalid-scope'],
  },
];

const UNSUPPORTED_GRANT: Row[] = [
  {
    // aaronhuggins/sf-jwt-token#1 (the body, verbatim): Salesforce's answer to a jwt-bearer request
    name: 'Salesforce: 400 unsupported_grant_type, grant type not supported',
    input: [
      'POST https://test.salesforce.com/services/oauth2/token 400 (Bad Request)',
      '{"error":"unsupported_grant_type","error_description":"grant type not supported"}',
    ].join('\n'),
    status: 400,
    classification: 'undetermined',
    top: 'oauth.unsupported-grant',
    via: 'response body',
    excludes: [...NOT_A_TOKEN_PROBLEM, 'challenge.invalid-request'],
  },
  {
    // django-oauth/django-oauth-toolkit#363: grant_type=client-credentials (a hyphen) answered unsupported_grant_type
    name: 'django-oauth-toolkit: {"error": "unsupported_grant_type"} for client-credentials',
    input: [
      '$ curl -X POST "http://127.0.0.1:8000/o/token/" -d "grant_type=client-credentials&client_id=$CLIENT_ID&client_secret=$CLIENT_SECRET"',
      '{"error": "unsupported_grant_type"}',
    ].join('\n'),
    ...QUIET,
    top: 'oauth.unsupported-grant',
    via: 'response body',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // MicrosoftDocs/Managed-Desktop#10 (the message it quotes): grant_type=client_credential, a missing "s"
    name: "Entra ID: AADSTS70003, The app requested an unsupported grant type 'client_credential'",
    input: [
      'HTTP/1.1 400 Bad Request',
      '',
      '{"error":"unsupported_grant_type","error_description":"AADSTS70003: The app requested an unsupported grant type \'client_credential\'. Trace ID: 0d1e2f3a","error_codes":[70003]}',
    ].join('\n'),
    status: 400,
    classification: 'undetermined',
    top: 'oauth.unsupported-grant',
    via: 'entra-id',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    name: 'quiet: a discovery document listing the grant types',
    input:
      '{"issuer":"https://sso.acme-corp.com/realms/acme","grant_types_supported":["authorization_code","client_credentials","refresh_token","urn:ietf:params:oauth:grant-type:token-exchange"]}',
    ...QUIET,
    excludes: ['oauth.unsupported-grant', 'oauth.unauthorized-client'],
  },
];

/** The same errors form-encoded: a redirect's query, an application/x-www-form-urlencoded answer. */
const FORM: Row[] = [
  {
    // Netflix/consoleme#9075 (the response, verbatim shape): Okta's authorization server redirects with the error
    name: 'Okta: 302 whose Location carries error=invalid_scope',
    input: [
      'HTTP/1.1 302 Found',
      'Date: Thu, 28 May 2026 14:09:58 GMT',
      'Content-Length: 0',
      'Connection: close',
      'location: http://127.0.0.1:8081/auth?state=http%3A%2F%2F127.0.0.1%3A8081%2F&error=invalid_scope&error_description=One+or+more+scopes+are+not+configured+for+the+authorization+server+resource.',
      'content-language: en',
    ].join('\n'),
    status: 302,
    classification: 'authorization',
    top: 'oauth.invalid-scope',
    via: 'response body',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // bshaffer/oauth2-server-php#344 (verbatim)
    name: 'oauth2-server-php: error=unauthorized_client, form-encoded',
    input: 'error=unauthorized_client&error_description=The+grant+type+is+unauthorized+for+this+client_id',
    ...DENIED,
    top: 'oauth.unauthorized-client',
    via: 'response body',
  },
  {
    // devopskube/redmine_openid_connect#73 (Rails' log line, verbatim shape): Keycloak's words, encoded, name it
    name: 'Rails log: Keycloak’s redirect with error=invalid_scope&error_description=Invalid+scopes%3A+',
    input:
      'Started GET "/oic/local_login?error=invalid_scope&error_description=Invalid+scopes%3A+&state=21318a43-69f0-46fb-8df3-9cad122948fe" for 10.249.3.45 at 2026-05-28 14:09:58 +0000',
    ...DENIED,
    top: 'oauth.invalid-scope',
    via: 'keycloak',
  },
  {
    // Keycloak's wrong-secret words under unauthorized_client, form-encoded: the client was refused
    name: 'form-encoded unauthorized_client with Keycloak’s Invalid client credentials is oauth.invalid-client',
    input:
      'https://app.acme-corp.com/callback?error=unauthorized_client&error_description=Invalid+client+or+Invalid+client+credentials',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'keycloak',
    excludes: ['oauth.unauthorized-client'],
  },
  {
    // A user declining consent (RFC 6749 §4.1.2.1) is not the client's grant or scope.
    name: 'quiet: error=access_denied in a callback URL',
    input:
      'https://app.acme-corp.com/callback?error=access_denied&error_description=User+did+not+authorize+the+request&state=af0ifjsldkj',
    ...QUIET,
    excludes: ['oauth.unauthorized-client', 'oauth.invalid-scope', 'oauth.invalid-client'],
  },
  {
    // Not a parameter of its own: a longer name that ends in `error=`.
    name: 'quiet: last_error=invalid_scope in a metrics line',
    input: 'oauth_refresh_total{client="orders"} 3 last_error=invalid_scope',
    ...QUIET,
    excludes: ['oauth.invalid-scope'],
  },
];

const LEAGUE: Row[] = [
  {
    // XeroAPI/xero-php-oauth2#139 (verbatim)
    name: 'league/oauth2-client: IdentityProviderException: invalid_client in GenericProvider.php',
    input:
      'ERROR: League\\OAuth2\\Client\\Provider\\Exception\\IdentityProviderException: invalid_client in /vendor/league/oauth2-client/src/Provider/GenericProvider.php:222',
    ...REFUSED,
    top: 'oauth.invalid-client',
    via: 'league-oauth2-client',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // BookStackApp/BookStack#5127 (Laravel's log line, verbatim shape)
    name: 'Laravel log: IdentityProviderException(code: 401): invalid_client',
    input:
      '[2026-05-28 14:09:58] production.ERROR: invalid_client {"exception":"[object] (League\\\\OAuth2\\\\Client\\\\Provider\\\\Exception\\\\IdentityProviderException(code: 401): invalid_client at /app/www/app/Access/Oidc/OidcOAuthProvider.php:120)',
    // The exception's code is the token endpoint's status.
    status: 401,
    classification: 'authentication',
    top: 'oauth.invalid-client',
    via: 'league-oauth2-client',
    excludes: [...NOT_A_TOKEN_PROBLEM],
  },
  {
    // jamesfairhurst/smart-playlists-for-spotify#14 (verbatim): a refresh refused
    name: 'league/oauth2-client: IdentityProviderException: invalid_grant is token.revoked',
    input:
      'production.ERROR: League\\OAuth2\\Client\\Provider\\Exception\\IdentityProviderException: invalid_grant in /home/forge/smartplaylistsforspotify.co.uk/vendor/league/oauth2-client/src/Provider/GenericProvider.php:216',
    ...REFUSED,
    top: 'token.revoked',
    via: 'league-oauth2-client',
    excludes: ['oauth.invalid-client', 'token.missing'],
  },
  {
    name: 'quiet: IdentityProviderException named in code',
    input: '} catch (IdentityProviderException $e) { Log::warning($e->getMessage()); }',
    ...QUIET,
    excludes: ['oauth.invalid-client', 'token.revoked'],
  },
];

describe('Round 21a: federation.no-match', () => {
  for (const row of [...FEDERATION, ...FEDERATION_QUIET]) it(row.name, () => expectPasteRow(row));

  it('names what AADSTS70021 names of the assertion: issuer, subject and audience', async () => {
    const report = await diagnose(
      'msal.exceptions: {"error":"invalid_request","error_description":"AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: \'https://kubernetes.default.svc.cluster.local\'. Assertion Subject: \'system:serviceaccount:default:workload-identity-sa\'. Assertion Audience: \'api://AzureADTokenExchange\'. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation\\r\\nTrace ID: 30b6df93-efd2-459c-ae6a-bad0838f6f00\\r\\n","error_codes":[70021]}',
      { now: NOW },
    );
    expect(report.findings[0]?.code).toBe('federation.no-match');
    expect(report.findings[0]?.args).toMatchObject({
      via: 'entra-id',
      issuer: 'https://kubernetes.default.svc.cluster.local',
      subject: 'system:serviceaccount:default:workload-identity-sa',
      audience: 'api://AzureADTokenExchange',
      workload: 'kubernetes',
    });
    expect(report.findings[0]?.title).toBe('No federated identity credential of the app matches the token');
    // The steps give the service account's subject form, not GitHub's.
    expect(report.nextSteps.join('\n')).toContain('"system:serviceaccount:NAMESPACE:NAME"');
    expect(report.nextSteps.join('\n')).not.toContain('repo:OWNER/REPO');
  });

  it('quotes the pasted job token’s sub beside AADSTS700213, and never its signature', async () => {
    const signature = JOB_TOKEN.split('.')[2] as string;
    const input = [
      `id-token: ${JOB_TOKEN}`,
      "Error: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:acme/orders:environment:Production'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation Trace ID: 8335980a-8604-4005-a5e1-f678003d5b01 Correlation ID: c3a1f4bb-2b8a-4486-ac4a-fdd45ed43116 Timestamp: 2026-05-28 14:09:58Z",
    ].join('\n');
    const report = await expectPasteRow(
      {
        name: 'azure/login with the job token',
        input,
        ...DENIED,
        top: 'federation.no-match',
        via: 'entra-id',
        includes: ['input.live-token'],
        excludes: [...NOT_A_TOKEN_PROBLEM, 'policy.deny'],
      },
      [signature],
    );
    const f = report.findings[0];
    expect(f?.args).toMatchObject({
      subject: 'repo:acme/orders:environment:Production',
      tokenSub: 'repo:acme/orders:environment:Production',
      tokenIss: 'https://token.actions.githubusercontent.com',
      tokenAud: ['api://AzureADTokenExchange'],
      workload: 'github-actions',
    });
    expect(f?.detail).toContain('sub "repo:acme/orders:environment:Production"');
    expect(report.nextSteps.join('\n')).toContain('"repo:OWNER/REPO:environment:NAME"');
    const ja = await diagnose(input, { now: NOW, locale: 'ja' });
    expect(ja.findings[0]?.detail).not.toContain(signature);
    expect(ja.findings[0]?.title).toBe('トークンに一致するフェデレーション資格情報がアプリにありません');
  });

  it('names the claim a Vault bound-claims rule checked', async () => {
    const report = await diagnose(FEDERATION[3]?.input ?? '', { now: NOW });
    expect(report.findings[0]?.args).toMatchObject({ via: 'vault', claim: 'ref_protected' });
    expect(report.findings[0]?.detail).toContain('"ref_protected"');
  });
});

describe('federation.no-match: the subject form of the platform that minted the token', () => {
  // GitLab's ID token docs (docs.gitlab.com/ci/secrets/id_token_authentication): sub
  // "project_path:{group}/{project}:ref_type:{type}:ref:{branch_name}", iss the instance.
  // The job's token pasted beside Vault's refusal (claims.go's words): its sub says which platform minted it.
  const vault = (iss: string, sub: string) =>
    `$ vault write auth/jwt/login role=deploy jwt="$CI_JOB_JWT"\nError writing data to auth/jwt/login: Error making API request.\n\nURL: PUT https://vault.acme-corp.com/v1/auth/jwt/login\nCode: 400. Errors:\n\n* claim "ref_protected" does not match any associated bound claim values\n\njob token: ${rs256({ ...CLAIMS, iss, sub, aud: 'https://vault.acme-corp.com' })}`;
  it.each([
    [
      'GitLab CI',
      'https://gitlab.com',
      'project_path:acme/orders:ref_type:branch:ref:main',
      'project_path:GROUP/PROJECT',
    ],
    [
      'Kubernetes',
      'https://oidc.eks.us-east-1.amazonaws.com/id/EXAMPLE',
      'system:serviceaccount:orders:deploy',
      'system:serviceaccount:NAMESPACE:NAME',
    ],
    [
      'GitHub Actions',
      'https://token.actions.githubusercontent.com',
      'repo:acme/orders:ref:refs/heads/main',
      'repo:OWNER/REPO:ref:refs/heads/BRANCH',
    ],
    [
      'another platform',
      'https://app.terraform.io',
      'organization:acme:project:orders:workspace:prod:run_phase:apply',
      'character for character',
    ],
  ])('%s', async (_name, iss, sub, form) => {
    const report = await diagnose(vault(iss, sub), { now: NOW });
    const f = report.findings.find((x) => x.code === 'federation.no-match');
    expect(f?.args).toMatchObject({ via: 'vault', claim: 'ref_protected', tokenSub: sub });
    expect(report.nextSteps.join('\n')).toContain(form);
  });
});

describe('Round 21a: oauth.unauthorized-client', () => {
  for (const row of UNAUTHORIZED_CLIENT) it(row.name, () => expectPasteRow(row));
});

describe('Round 21a: oauth.invalid-scope', () => {
  for (const row of INVALID_SCOPE) it(row.name, () => expectPasteRow(row));
});

describe('Round 21a: oauth.unsupported-grant', () => {
  for (const row of UNSUPPORTED_GRANT) it(row.name, () => expectPasteRow(row));
});

describe('Round 21a: the same errors form-encoded', () => {
  for (const row of FORM) it(row.name, () => expectPasteRow(row));
});

describe('Round 21a: league/oauth2-client', () => {
  for (const row of LEAGUE) it(row.name, () => expectPasteRow(row));
});
