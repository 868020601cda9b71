/**
 * Words for what a client's own SDK said about its credentials (round clients2): where it looked and found nothing
 * (token.missing's `credentials`), AWS's expired session credentials (time.expired's `awsSession`), a refused refresh
 * (token.revoked's `refreshToken`). Kept apart from findings.ts so that file stays one entry per code.
 */
import type { ClientCredentials } from '../../engine/args.js';
import type { RefreshProvider } from '../../engine/checks/refresh-provider.js';

/** Why the client had no token, after "could not get a token: ". */
export const NO_CREDENTIALS: Record<ClientCredentials, string> = {
  'google-adc':
    'none of Google’s Application Default Credentials is set up (GOOGLE_APPLICATION_CREDENTIALS, gcloud’s application-default login, a metadata server)',
  'azure-identity':
    'no source in Azure Identity’s credential chain could give one (environment variables, workload or managed identity, an Azure CLI, azd or PowerShell sign-in); each source’s reason is listed under the message',
  'azure-cli': 'no account is signed in to the Azure CLI',
  'kube-exec':
    'the kubeconfig’s exec credential plugin failed or is not installed; its own error is printed before this line',
  session: 'no user is signed in (no session is stored)',
  'refresh-token':
    'no access token is cached for the audience and scope asked for, and no refresh token to get one with',
  'private-key':
    'OpenSSL could not read the private key (PEM) the client signs its JWT or assertion with, so nothing was signed and no request carried a token',
  'docker-config':
    "its configuration (~/.docker/config.json and the credential helper it names) holds no credentials for this registry's host name: no docker login to it, a login to another host name, or a helper that returned nothing",
  'credential-helper':
    'the credential helper its ~/.docker/config.json names (credsStore or credHelpers: docker-credential-desktop, -osxkeychain, -pass, -ecr-login…) exited with an error, so it had no credentials to send',
  'gcloud-account':
    'gcloud has no active account: no gcloud auth login (or activate-service-account) was run for this user or configuration, or the configuration names no account',
  'aws-sso':
    'the IAM Identity Center (SSO) session of the AWS profile is missing or has expired, and it could not be refreshed, so no role credentials could be fetched',
  'aws-credentials':
    'the AWS credential provider chain found no credentials anywhere it looks (environment variables, ~/.aws/credentials and ~/.aws/config for the profile, SSO, a container or instance role)',
  'git-credentials':
    'git had no credentials for the HTTPS remote (no credential helper or stored credential answered) and was not allowed to prompt for a user name and password',
  'mssql-entra':
    'Microsoft Entra ID gave none for the login’s Authentication=ActiveDirectory… mode (the driver asks for one before it logs in); the cause is printed after its message (an AADSTS error from Entra ID, MSIS7068 from a federated ADFS, a ConnectException when Entra ID or the managed-identity endpoint could not be reached)',
};

export const NO_CREDENTIALS_STEPS: Record<ClientCredentials, string[]> = {
  'google-adc': [
    'Locally, run gcloud auth application-default login. Elsewhere, set GOOGLE_APPLICATION_CREDENTIALS to a credentials file, or attach a service account to the workload (Cloud Run, GKE Workload Identity, a VM) so the metadata server answers.',
    'In a container, check that the file the variable names is mounted there, and that the metadata server is reachable where one is expected.',
  ],
  'azure-identity': [
    'Read each source’s reason under the message and fix the one meant to work: environment variables (AZURE_TENANT_ID, AZURE_CLIENT_ID and a secret or certificate), workload identity (its federated token file), a managed identity assigned to the host, or az login / azd auth login on a workstation.',
  ],
  'azure-cli': [
    'Run az login (az login --identity on a host with a managed identity, az login --service-principal in CI), then az account set --subscription … when there are several.',
  ],
  'kube-exec': [
    'Run the plugin command from the kubeconfig by hand (kubectl config view --minify: users[].user.exec) to see its error: aws eks get-token (an expired AWS SSO session: aws sso login), gke-gcloud-auth-plugin (gcloud auth login), kubelogin (az login).',
    'If it says "not found", install the plugin or put it on the PATH of the process that runs kubectl.',
  ],
  session: [
    'Sign the user in before calling what needs a session (getUser, updateUser, …), or treat the missing session as signed out; on a server, check that the request’s auth cookies reach the Supabase client.',
  ],
  'private-key': [
    'Check the key the client reads: a PEM with real line breaks (an environment variable often holds literal \\n: turn them back into newlines, or store the key base64-encoded), its -----BEGIN …----- and -----END …----- lines intact, no quotes or spaces around it, and a PEM, not a .p12 or a key file’s JSON.',
    'If the key itself is damaged (a Google service-account key file, a GitHub App key), download a new one and deploy it.',
  ],
  'refresh-token': [
    'Check that the login asked for offline_access and that the API in Auth0 allows offline access, and that getTokenSilently asks for the same audience and scope as the login; otherwise sign the user in again (or enable useRefreshTokensFallback).',
  ],
  'docker-config': [
    'Log in to the registry host exactly as the image name spells it (docker login <host>; for Amazon ECR: aws ecr get-login-password --region <region> | docker login --username AWS --password-stdin <account>.dkr.ecr.<region>.amazonaws.com), as the same user that runs the push or build.',
    "An image from another account's registry (a base image in FROM) needs its own login to that host. With a credential helper (credHelpers, credsStore), run the helper by hand to see its error.",
  ],
  'credential-helper': [
    'Run the helper by hand to see its own error: echo <registry host> | docker-credential-<name> get (a pass store that is locked or not initialised, a keychain not reachable over SSH, Docker Desktop not running, AWS credentials missing for ecr-login).',
    'Fix the helper (unlock pass / gpg, start Docker Desktop, set AWS credentials), or remove credsStore / the host from credHelpers in ~/.docker/config.json and docker login again.',
  ],
  'gcloud-account': [
    'Run gcloud auth login (on a server or in CI: gcloud auth activate-service-account --key-file=…, or workload identity federation), or gcloud config set account <account> for an account already signed in (gcloud auth list shows them).',
    'A tool that runs gcloud as another user (sudo, a service, a container) reads that user’s configuration: sign in as that user, or point CLOUDSDK_CONFIG at the configuration that holds the account.',
  ],
  'aws-sso': [
    'Sign in again: aws sso login --profile <profile> (the profile the command used: --profile or AWS_PROFILE), then run the command again.',
    'If it keeps failing, check the profile’s sso_session / sso_start_url and sso_region in ~/.aws/config, and that the tool runs as the user whose ~/.aws/sso/cache holds the token.',
  ],
  'aws-credentials': [
    'Give the process credentials where the chain looks: aws configure (an access key) or aws configure sso for a profile, AWS_PROFILE or --profile naming a profile that exists, or AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY in its environment; on AWS, a role attached to the instance, task or function.',
    'A process run as another user (sudo, a service, a container) reads that user’s ~/.aws: check with aws configure list as that user.',
  ],
  'git-credentials': [
    'Give git a credential for the host: a credential helper (git config credential.helper, Git Credential Manager, gh auth setup-git), a ~/.netrc entry, or in CI the job’s token (actions/checkout’s token, a CI_JOB_TOKEN).',
    'For Go modules from a private repository, set GOPRIVATE to its path and give git the token (git config --global url."https://<user>:<token>@github.com/".insteadOf "https://github.com/", or ~/.netrc), or fetch over SSH.',
  ],
  'mssql-entra': [
    'Read the cause under the driver’s message and fix the credential of the mode the connection string names: ActiveDirectoryPassword, the user’s password (an account with MFA, or federated to an ADFS that refuses it, cannot use it: use ActiveDirectoryInteractive or a service principal); ActiveDirectoryServicePrincipal, the application id as user and a client secret that has not expired, in the tenant of the server; ActiveDirectoryManagedIdentity (MSI), an identity assigned to the host, its client id as user for a user-assigned one; ActiveDirectoryDefault, the sources DefaultAzureCredential tries.',
    'Check that the driver’s msal4j (and azure-identity for the Default and ManagedIdentity modes) are on the classpath in versions it supports, and that the host reaches login.microsoftonline.com (or the managed-identity endpoint).',
  ],
};

export const AWS_SESSION = {
  title: 'AWS’s temporary credentials have expired',
  detail: () =>
    `AWS says the session token the request was signed with has expired: the temporary credentials of an assumed role, an SSO or a federated session (SigV4, not a JWT) are past their expiry.`,
  steps: [
    'Get new credentials: aws sso login, assume the role again, or let the SDK’s credential provider renew them (a fixed AWS_SESSION_TOKEN in the environment never renews).',
    'For a job that runs longer than its session, raise the session’s duration (configure-aws-credentials’ role-duration-seconds, within the role’s maximum session duration).',
  ],
};

/**
 * Why each provider ends a refresh token, for the step after signing in again: Entra ID's 90 days of inactivity
 * (AADSTS700082); Auth0's absolute and inactivity lifetimes and rotation's reuse detection, which revokes the token's
 * family, its tenant logs saying why (community.auth0.com, "Troubleshoot Refresh Token Unknown or Invalid Before
 * Expiry", "Handling Expired Refresh Tokens"); Keycloak's sessions, which a refresh token does not outlive, and its
 * realm's Revoke Refresh Token (keycloak/keycloak#30452, server_admin's "Session and token timeouts"); Okta's access
 * policy rule (support.okta.com, "Refresh Token Expiration Behavior": 90 days on the org authorization server, set per
 * rule on a custom one, with an idle lifetime); Google's six months unused, a password change with Gmail scopes, the
 * user's revocation, and 7 days for an app whose consent screen is in Testing (developers.google.com/identity/protocols/
 * oauth2, "Refresh token expiration"); Cognito's app client refresh token expiration, 30 days by default
 * (docs.aws.amazon.com/cognito, "Refresh tokens"); Supabase's reuse interval, time-boxed sessions and inactivity timeout
 * (supabase.com/docs/guides/auth/sessions); Firebase's password change and disabled accounts (as before).
 */
const REFRESH_LIFETIMES: Record<RefreshProvider | 'other', string> = {
  'entra-id':
    'If it keeps happening, check why Entra ID ended it: one unused for 90 days expires (AADSTS700082), and a password change or an admin’s revoking the user’s sessions revokes them all.',
  auth0:
    'If it keeps happening, check the application’s refresh token settings in Auth0 (absolute and inactivity lifetimes; with rotation, a refresh token used a second time revokes its whole family), and the tenant logs (Monitoring → Logs: a failed exchange, type ferrt, says why).',
  keycloak:
    'If it keeps happening, check the realm’s SSO Session Idle and SSO Session Max (a refresh token does not outlive the user’s session, which also ends on logout) and Revoke Refresh Token, which makes each refresh token single-use.',
  okta: 'If it keeps happening, check the refresh token lifetime and the "expires if not used every" period in the authorization server’s access policy rule (fixed at 90 days on the org authorization server), and whether rotation refused a reused token; the System Log names it (outcome.reason invalid_refresh_token).',
  google:
    'If it keeps happening, check why Google ended it: the user revoked the app’s access, it went six months unused, the password changed (Gmail scopes), or the OAuth consent screen is in Testing, whose refresh tokens last 7 days.',
  cognito:
    'If it keeps happening, check the app client’s refresh token expiration (30 days unless set otherwise) and whether the token was revoked (RevokeToken, a global sign-out).',
  supabase:
    'If it keeps happening, check the session: Supabase refuses a refresh token already used (outside its reuse interval) or from an ended session (sign-out, time-box or inactivity timeout).',
  firebase:
    'If it keeps happening, check the account: Firebase ends a user’s tokens when the password changes or the account is disabled or deleted.',
  other:
    'If it keeps happening, check the identity provider’s refresh token lifetimes (absolute and idle), rotation (a refresh token used twice is refused) and revocation (sign-out, password change).',
};

/** A token endpoint's 401 for a refresh is most often about the client itself (RFC 6749 §5.2 invalid_client). */
const REFRESH_CLIENT_STEP =
  'Check the client credentials the refresh request sends: the client_id and client secret (expired, rotated, another environment’s) and how they go (HTTP Basic or client_secret_post, as the client is registered). The token endpoint’s response body names the error: paste it.';

export const REFRESH_REFUSED = {
  title: 'The client’s refresh was refused',
  // Who said so closes the sentence: a client (gcloud, the Firebase CLI, an SDK) reports the refusal as often as the
  // identity provider (Supabase Auth, Cognito) writes it, and "the identity provider (gcloud)" named the CLI as one.
  detail: (via: string, writerSaid = false) =>
    writerSaid
      ? 'The paste’s words say the token refresh itself got the 401: the token endpoint refused the refresh, so the client got no new access token (no API judged an access token). A token endpoint answers 401 when it does not accept the client’s own credentials (RFC 6749 §5.2 invalid_client: a wrong, expired or rotated client secret, or one sent another way than the client is registered for), and some providers answer so for a refresh token that expired, was rotated or was revoked: the response body’s error (invalid_client or invalid_grant) says which.'
      : `The identity provider refused the client’s refresh token or session (expired, revoked, already used or unknown), so the client got no new access token${via}.`,
  steps: (provider: RefreshProvider | undefined, via?: string, writerSaid = false): string[] => [
    // The Firebase CLI keeps its own Google refresh token (firebase login), or takes one in FIREBASE_TOKEN (login:ci).
    via === 'firebase-cli'
      ? 'Run firebase login --reauth. In CI, a FIREBASE_TOKEN made with firebase login:ci is that refresh token: make a new one, or better, deploy with a service account (GOOGLE_APPLICATION_CREDENTIALS, workload identity federation).'
      : provider === 'entra-id'
        ? 'Sign in again (az login, the application’s own login) to get a new refresh token.'
        : provider === 'google'
          ? // Google's refresh tokens on a workstation are gcloud's two logins: Application Default Credentials (Terraform,
            // the client libraries) have their own, which gcloud auth login does not renew (pulumi/pulumi-gcp#479).
            'Sign in again to get a new refresh token: gcloud auth application-default login for Application Default Credentials (Terraform, Google’s client libraries), gcloud auth login for gcloud itself, or the application’s own login.'
          : 'Sign in again (the application’s own login) to get a new refresh token.',
    REFRESH_LIFETIMES[provider ?? 'other'],
    ...(writerSaid ? [REFRESH_CLIENT_STEP] : []),
  ],
};
