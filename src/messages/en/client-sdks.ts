/**
 * Words for what a client's own SDK said about its credentials (round clients2): where it looked and found nothing
 * (token.missing's `credentials`), AWS's expired session credentials (time.expired's `awsSession`), a refused refresh
 * (token.revoked's `refreshToken`). Kept apart from findings.ts so that file stays one entry per code.
 */
import type { ClientCredentials } from '../../engine/args.js';

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
  'refresh-token': [
    'Check that the login asked for offline_access and that the API in Auth0 allows offline access, and that getTokenSilently asks for the same audience and scope as the login; otherwise sign the user in again (or enable useRefreshTokensFallback).',
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

export const REFRESH_REFUSED = {
  title: 'The client’s refresh was refused',
  detail: (via: string) =>
    `The identity provider${via} refused the client’s refresh token or session (expired, revoked, already used or unknown), so the client got no new access token.`,
  steps: [
    'Sign in again (az login, the application’s own login) to get a new refresh token.',
    'If it keeps happening, check the provider’s refresh token lifetime and revocation: Entra ID ends one unused for 90 days (AADSTS700082); Supabase refuses a refresh token already used or from an ended session; Firebase ends a user’s tokens when the password changes or the account is disabled.',
  ],
};
