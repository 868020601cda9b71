/**
 * What a client's own SDK prints about the credentials it gets its token with, before any request is sent (round
 * clients2). No verifier spoke: the client had nothing to send. A paste is often only this print, which read as
 * nothing at all (input.empty) before these rows.
 *
 * - No credentials configured where the SDK looks: token.missing with `unobtained`, and in `actual` what it would have
 *   used (checks/verifier-log.ts turns it into the finding's `credentials`): Google's Application Default Credentials,
 *   Azure Identity's DefaultAzureCredential chain, an Azure CLI sign-in, a kubeconfig's exec plugin, a Supabase session,
 *   a refresh token in Auth0's SPA SDK.
 * - AWS's temporary credentials expired: time.expired with reason `aws-session` (a SigV4 session token, not a JWT; the
 *   words say so).
 *
 * Refused refreshes (Entra ID's AADSTS700082, Supabase's "Invalid Refresh Token: …", Firebase's user-token-expired) are
 * the token endpoint's answers and sit in token-endpoints.ts.
 */
import type { Fragment, Matcher, Reading } from './matcher.js';
import { CLASS, CODE, family, textBefore } from './matcher.js';

const googleAuthLibrary = family('google-auth-library');
const googleAuthPython = family('google-auth');
const goOauth2 = family('golang-oauth2');
const azureIdentity = family('azure-identity');
const azureCli = family('azure-cli');
const clientGo = family('client-go');
const supabaseJs = family('supabase-js');
const auth0Spa = family('auth0-spa-js');
const aws = family('aws');
const openssl = family('openssl');
const oidcClient = family('oidc-client');
const gcloud = family('gcloud');
const git = family('git');
const mssqlJdbc = family('mssql-jdbc');

/**
 * Whether the stack under an OpenSSL key error is a verifier's (Node's Verify.verify, jws's verify, jsonwebtoken's
 * verify.js) rather than a signer's: then the API's public key is what could not be read.
 */
const VERIFY_FRAMES = /at (?:Verify\.verify|Object\.jwsVerify|verifyJws)\b|jsonwebtoken\/verify\.js/;

/** The client found none of the credentials it gets its token with, in the place `actual` names. */
const unobtained = (where: string) => ({ args: { reason: 'unobtained', actual: where } }) as const;
const GOOGLE_ADC = unobtained('google-adc');

export const CLIENT_SDKS: readonly Matcher[] = [
  // The browser's own check of the ID token it was given, in oidc-client-js (IdentityModel/oidc-client-js
  // src/JoseUtilImpl.js, validateJwtAttributes: "iat is in the future: <iat>", "nbf is in the future: <nbf>", "exp is in
  // the past:<exp>", each against the device's clock with clockSkew) and oidc-client-ts after it. The user's clock
  // is what is off, most often (DuendeArchive/identity-model-oidc-client-js#1254: many users after a DST change).
  oidcClient('iat-future', 'time.issued-in-future', 'iat is in the future', { exactCase: true }),
  oidcClient('nbf-future', 'time.not-yet-valid', 'nbf is in the future', { exactCase: true }),
  oidcClient('exp-past', 'time.expired', 'exp is in the past', { exactCase: true }),
  // OpenSSL 3 cannot decode the PEM key it was given, as Node prints it ("Error: error:1E08010C:DECODER
  // routines::unsupported … at Sign.sign (node:internal/crypto/sig…) … jsonwebtoken/sign.js … gtoken" when a Google
  // service-account key sits in an environment variable with literal \n: goenning/google-indexing-script#77; GitHub App
  // keys through octokit: octokit/auth-app.js#332, probot/probot#1773) and PHP's openssl does (lcobucci/jwt's "It was not
  // possible to parse your key, reason: error:1E08010C:…", lcobucci/jwt#983). Signing with it failed, so the client got
  // no token; under a verifier's frames (jsonwebtoken 8's verify: auth0/node-jsonwebtoken#882) the API's key is unread.
  openssl('decoder-unsupported', 'token.missing', 'error:1E08010C:DECODER routines::unsupported', {
    exactCase: true,
    read: (f) =>
      VERIFY_FRAMES.test(f.after(1500, true))
        ? { code: 'verifier.misconfigured', args: {} }
        : { args: { reason: 'unobtained', actual: 'private-key' } },
  }),
  // Google's Application Default Credentials found nowhere (GOOGLE_APPLICATION_CREDENTIALS, gcloud's
  // application_default_credentials.json, the metadata server). google-auth-library-nodejs (GoogleAuth, older builds'
  // googleauth.js) and google/auth-library-php (ApplicationDefaultCredentials::notFound) throw "Could not load the
  // default credentials. Browse to … for more information."; google-auth-library-python raises DefaultCredentialsError
  // with _default.py's _CLOUD_SDK_MISSING_CREDENTIALS, "Your default credentials were not found. To set up Application
  // Default Credentials, see …"; golang.org/x/oauth2/google (default.go, FindDefaultCredentialsWithParams) returns
  // "google: could not find default credentials. See … for more information" (storage.NewClient's "dialing: …" in
  // terraform's gcs backend).
  googleAuthLibrary('no-default-credentials', 'token.missing', 'Could not load the default credentials', {
    ...GOOGLE_ADC,
    exactCase: true,
  }),
  googleAuthPython('DefaultCredentialsError', 'token.missing', 'DefaultCredentialsError', {
    ...CLASS,
    ...GOOGLE_ADC,
    exactCase: true,
  }),
  googleAuthPython('credentials-not-found', 'token.missing', 'Your default credentials were not found', {
    ...GOOGLE_ADC,
    exactCase: true,
  }),
  goOauth2('no-default-credentials', 'token.missing', 'google: could not find default credentials', {
    ...GOOGLE_ADC,
    exactCase: true,
  }),

  // Azure Identity's credential chain got a token from none of its sources: "DefaultAzureCredential failed to retrieve a
  // token from the included credentials." followed by each source's reason (azure-identity for Python and .NET,
  // ChainedTokenCredential's UnavailableMessage in azure-sdk-for-js; the JS troubleshooting guide names
  // CredentialUnavailableError for "cannot execute in the current environment setup due to lack of required
  // configuration"). A source's own refusal printed beneath (AADSTS700082, a refresh token expired) is the cause and
  // is read by its row instead.
  azureIdentity('chain-failed', 'token.missing', 'failed to retrieve a token from the included credentials', {
    ...unobtained('azure-identity'),
    exactCase: true,
    read: noRefusalBelow,
  }),
  azureIdentity('CredentialUnavailableError', 'token.missing', 'CredentialUnavailableError', {
    ...CLASS,
    ...unobtained('azure-identity'),
    exactCase: true,
    read: noRefusalBelow,
  }),
  // Microsoft's JDBC driver for SQL Server getting the Microsoft Entra token a login with an ActiveDirectory* mode needs,
  // and failing: "com.microsoft.sqlserver.jdbc.SQLServerException: Failed to authenticate the user <user> in Active
  // Directory (Authentication=ActiveDirectoryPassword)." (microsoft/mssql-jdbc#1480; Azure/azure-sqldb-spark#28, ADFS's
  // "MSIS7068: Access denied." as its cause; MicrosoftDocs/sql-docs#6402 and #6936 for ActiveDirectoryServicePrincipal,
  // the latter's cause a ConnectException; AzureAD/microsoft-authentication-library-for-java#391 for
  // ActiveDirectoryInteractive). No token was sent: the driver's request to Entra ID failed, and the cause follows.
  mssqlJdbc('entra-token-failed', 'token.missing', 'Failed to authenticate the user', {
    ...unobtained('mssql-entra'),
    exactCase: true,
    read: (f) => {
      const m = /^ [^\n]{0,300}? in Active Directory \(Authentication=ActiveDirectory\w{1,40}\)/.exec(f.after(400));
      return m === null ? null : { args: { reason: 'unobtained', actual: 'mssql-entra' }, extend: m[0].length };
    },
  }),
  // The Azure CLI with no account signed in: azure-cli-core's _profile.py (Profile.get_subscription) raises
  // CLIError("Please run 'az login' to setup account."), which the CLI prints as `ERROR: …` and which terraform's
  // azurerm provider and azd hooks wrap.
  azureCli('not-logged-in', 'token.missing', "Please run 'az login' to setup account", {
    ...unobtained('azure-cli'),
    exactCase: true,
  }),

  // A kubeconfig's exec credential plugin (aws eks get-token, gke-gcloud-auth-plugin, kubelogin) failed or is not
  // installed: client-go's exec round tripper returns `getting credentials: %v` around wrapCmdRunErrorLocked's
  // "exec: executable %s failed with exit code %d" or "exec: executable %s not found"
  // (plugin/pkg/client/auth/exec/exec.go); kubectl prints "Unable to connect to the server: getting credentials: …".
  clientGo('exec-plugin-failed', 'token.missing', 'getting credentials: exec: executable ', {
    ...unobtained('kube-exec'),
    exactCase: true,
    read: execOutcome,
  }),

  // supabase-js with no signed-in session: auth-js's AuthSessionMissingError, message "Auth session missing!"
  // (src/lib/errors.ts), thrown by getUser() and other calls that need a session.
  supabaseJs('AuthSessionMissingError', 'token.missing', 'AuthSessionMissingError', {
    ...CLASS,
    ...unobtained('session'),
    exactCase: true,
  }),
  supabaseJs('session-missing', 'token.missing', 'Auth session missing!', {
    ...unobtained('session'),
    exactCase: true,
  }),

  // Auth0's SPA SDK with useRefreshTokens and no refresh token cached for the audience and scope asked for:
  // MissingRefreshTokenError, "Missing Refresh Token (audience: '…', scope: '…')" (auth0-spa-js src/errors.ts), thrown
  // by getTokenSilently when no valid access token is cached either.
  auth0Spa('MissingRefreshTokenError', 'token.missing', 'Missing Refresh Token (audience: ', {
    ...unobtained('refresh-token'),
    exactCase: true,
  }),

  // Round audit-ss: command-line tools with no credential to use, before any request.
  // gcloud with no account to act as (googlecloudsdk's NoActiveAccountException: "ERROR: (gcloud.compute.disks.list) You
  // do not currently have an active account selected." then "Please run: $ gcloud auth login", jacksegal/google-compute-
  // snapshot#33; alice-biometrics/actions#67 when generating a kubeconfig in CI).
  gcloud('no-active-account', 'token.missing', 'You do not currently have an active account selected', {
    ...unobtained('gcloud-account'),
    exactCase: true,
  }),
  // The AWS CLI v2 and botocore with a profile whose IAM Identity Center (SSO) session is missing or expired: botocore's
  // SSOTokenLoadError "Error loading SSO Token: {error_msg}" ("…: Token for my-sso does not exist", "…: The SSO access
  // token has either expired or is otherwise invalid.", telepresenceio/telepresence#2793 under an EKS exec plugin),
  // TokenRetrievalError "Error when retrieving token from {provider}: {error_msg}" with provider sso ("…: Token has
  // expired and refresh failed", UKGovernmentBEIS/inspect_ai#2380) and UnauthorizedSSOTokenError "The SSO session
  // associated with this profile has expired or is otherwise invalid." (botocore exceptions.py, as benkehoe/aws-sso-util
  // vendors it). No role credentials were fetched, so nothing was signed.
  aws('sso-token-load', 'token.missing', 'Error loading SSO Token: ', { ...unobtained('aws-sso'), exactCase: true }),
  aws(
    'sso-token-retrieval',
    'token.missing',
    'Error when retrieving token from sso: Token has expired and refresh failed',
    {
      ...unobtained('aws-sso'),
      exactCase: true,
    },
  ),
  aws('sso-session-invalid', 'token.missing', 'The SSO session associated with this profile has expired', {
    ...unobtained('aws-sso'),
    exactCase: true,
  }),
  // botocore's NoCredentialsError, "Unable to locate credentials" (the CLI adds `You can configure credentials by running
  // "aws configure".`): no provider in the chain had any (aws/aws-cli#4684, duo-labs/cloudmapper#41).
  aws('NoCredentialsError', 'token.missing', 'NoCredentialsError', {
    ...CLASS,
    ...unobtained('aws-credentials'),
    exactCase: true,
  }),
  aws('no-credentials', 'token.missing', 'Unable to locate credentials', {
    ...unobtained('aws-credentials'),
    exactCase: true,
  }),
  // git with no credential for an HTTPS remote and no terminal to ask on: prompt.c's git_prompt, `die("could not read
  // %s%s", prompt, err)` with the prompt "Username for '<url>': " and err "terminal prompts disabled" under
  // GIT_TERMINAL_PROMPT=0, as `go get` runs it (quintex-dev/asterisk-ari-go#2, golang/go#26145) and CI checkouts do
  // (actions/checkout#641). No request carried a credential.
  git('no-username', 'token.missing', "could not read Username for '", {
    ...unobtained('git-credentials'),
    exactCase: true,
  }),
  git('no-password', 'token.missing', "could not read Password for '", {
    ...unobtained('git-credentials'),
    exactCase: true,
  }),

  // AWS refusing a request signed with temporary credentials past their expiry: ExpiredToken / ExpiredTokenException,
  // "The security token included in the request is expired" (botocore's "An error occurred (ExpiredTokenException) when
  // calling the GetCallerIdentity operation: …", aws-sdk-js-v3's ExpiredTokenException; a session longer than
  // configure-aws-credentials' role-duration-seconds). Not a JWT: the SigV4 session token of an assumed role or SSO.
  // The request's Signature Version 4 did not match the one the service computed with the secret key it holds for the
  // access key id: S3's error code list (docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html: SignatureDoesNotMatch,
  // "The request signature that the server calculated does not match the signature that you provided. Check your AWS
  // secret access key and signing method.", 403) and its XML body (`<Code>SignatureDoesNotMatch</Code><Message>The request
  // signature we calculated does not match the signature you provided. Check your key and signing method.</Message>`,
  // boto/boto#2144), which the AWS APIs and the CLI share ("An error occurred (SignatureDoesNotMatch) when calling …").
  // The request's signature, not a token's: no JWT verifier writes the code.
  aws('SignatureDoesNotMatch', 'signature.invalid', 'SignatureDoesNotMatch', {
    ...CODE,
    args: { reason: 'aws-sigv4' },
  }),
  // API Gateway (execute-api) and the JSON-protocol services answer the same mismatch under another code, 403
  // InvalidSignatureException, with the same sentence and no S3 code: `{"message":"The request signature we calculated
  // does not match the signature you provided. Check your AWS Secret Access Key and signing method. …"}` (mhart/aws4#33,
  // with its canonical string; rpgreen/apigateway-generic-java-sdk#11, "(Service: execute-api; Status Code: 403; Error
  // Code: InvalidSignatureException"; smithy545/aws-apps-scripts#12, `{"__type":"InvalidSignatureException",…}`).
  aws('InvalidSignatureException', 'signature.invalid', 'InvalidSignatureException', {
    ...CODE,
    exactCase: true,
    args: { reason: 'aws-sigv4' },
  }),
  aws('signature-mismatch', 'signature.invalid', 'The request signature we calculated does not match the signature', {
    exactCase: true,
    args: { reason: 'aws-sigv4' },
  }),
  aws('expired-session-token', 'time.expired', 'The security token included in the request is expired', {
    args: { reason: 'aws-session' },
    exactCase: true,
  }),
];

/** Whether a credential chain's print goes on to a source's refusal that its own row reads (Entra ID's AADSTS700082). */
function noRefusalBelow(f: Fragment): Reading | null {
  return f.after(2000, true).includes('AADSTS700082') ? null : {};
}

/**
 * The plugin's own refusal printed before client-go's line, which its own row reads as the cause (round audit-ss): the
 * Azure CLI's "Interactive authentication is needed" under kubelogin (Azure/CloudShell#516), the AWS CLI's SSO token
 * (telepresenceio/telepresence#2793), gcloud's reauthentication (kubernetes/kubernetes#96289). The exec line then adds
 * nothing but where it surfaced.
 */
const PLUGIN_REFUSALS: readonly string[] = [
  'Interactive authentication is needed. Please run:',
  'Error loading SSO Token: ',
  'Reauthentication failed. cannot prompt during non-interactive execution',
  'Reauthentication challenge could not be answered',
];

/** client-go's two outcomes after the executable's name: it failed with an exit code, or it is not installed. */
function execOutcome(f: Fragment): Reading | null {
  const before = textBefore(f, 3000);
  if (PLUGIN_REFUSALS.some((words) => before.includes(words))) return null;
  const m = /^[^\s]{1,200} (?:failed with exit code -?\d{1,3}|not found)/.exec(f.after(260));
  return m === null ? null : { extend: m[0].length };
}
