/**
 * Round clients2: what a client's own SDK prints about its credentials, before or instead of a request. Each read was
 * input.empty before. Each group ends with the same words out of place, which must stay quiet or read as before.
 */
import { describe, expect, it } from 'vitest';
import { A401, QUIET, REFUSED, S401 } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

// google-auth-library-nodejs / google/auth-library-php, google-auth-library-python (_default.py), golang.org/x/oauth2/google
// (default.go): Application Default Credentials found nowhere.
const NODE_ADC =
  'Error: Could not load the default credentials. Browse to https://cloud.google.com/docs/authentication/getting-started for more information.\n    at GoogleAuth.getApplicationDefaultAsync (/app/node_modules/google-auth-library/build/src/auth/googleauth.js:284:15)';
const PYTHON_ADC =
  'google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/set-up-adc for more information.';
const GO_ADC =
  'Error: storage.NewClient() failed: dialing: google: could not find default credentials. See https://cloud.google.com/docs/authentication/external/set-up-adc for more information';
// azure-identity's DefaultAzureCredential, as a public investigation report printed it (each source's reason beneath).
const AZURE_CHAIN = [
  'azure.identity._exceptions.CredentialUnavailableError: DefaultAzureCredential failed to retrieve a token from the included credentials.',
  'Attempted credentials:',
  '\tEnvironmentCredential: EnvironmentCredential authentication unavailable. Environment variables are not fully configured.',
  '\tManagedIdentityCredential: ManagedIdentityCredential authentication unavailable, no response from the IMDS endpoint.',
  '\tAzureCliCredential: Failed to invoke the Azure CLI',
].join('\n');
// azure-cli-core _profile.py.
const AZ_LOGIN = "ERROR: Please run 'az login' to setup account.";
// client-go plugin/pkg/client/auth/exec/exec.go, as kubectl prints it.
const KUBE_EXEC =
  'Unable to connect to the server: getting credentials: exec: executable aws failed with exit code 255';
// supabase auth-js src/lib/errors.ts; auth0-spa-js src/errors.ts.
const SUPABASE_SESSION = 'AuthSessionMissingError: Auth session missing!\n    at SupabaseAuthClient._getUser';
const AUTH0_NO_REFRESH =
  "Error: Missing Refresh Token (audience: 'https://api.example.com', scope: 'openid profile email offline_access')";

const NO_CREDENTIALS: Array<Row & { credentials: string }> = [
  { name: 'google-auth-library (Node)', input: NODE_ADC, via: 'google-auth-library', credentials: 'google-adc' },
  { name: 'google-auth (Python)', input: PYTHON_ADC, via: 'google-auth', credentials: 'google-adc' },
  { name: 'golang.org/x/oauth2/google', input: GO_ADC, via: 'golang-oauth2', credentials: 'google-adc' },
  { name: 'DefaultAzureCredential', input: AZURE_CHAIN, via: 'azure-identity', credentials: 'azure-identity' },
  { name: 'the Azure CLI signed out', input: AZ_LOGIN, via: 'azure-cli', credentials: 'azure-cli' },
  { name: 'a kubeconfig exec plugin that failed', input: KUBE_EXEC, via: 'client-go', credentials: 'kube-exec' },
  {
    name: 'a kubeconfig exec plugin not installed',
    input: 'getting credentials: exec: executable gke-gcloud-auth-plugin not found',
    via: 'client-go',
    credentials: 'kube-exec',
  },
  { name: 'supabase-js with no session', input: SUPABASE_SESSION, via: 'supabase-js', credentials: 'session' },
  {
    name: 'auth0-spa-js with no refresh token',
    input: AUTH0_NO_REFRESH,
    via: 'auth0-spa-js',
    credentials: 'refresh-token',
  },
].map((r) => ({ ...r, ...REFUSED, top: 'token.missing' as const, excludes: ['time.expired' as const] }));

const NO_CREDENTIALS_QUIET: Row[] = [
  {
    name: 'out of shape: the words in prose, another case',
    input: 'we could not load the default credentials on the new runner, any idea?',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'out of shape: an exec line without client-go’s prefix (a build tool)',
    input: 'exec: executable make failed with exit code 2',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'out of shape: getting credentials with no outcome after the name',
    input: 'getting credentials: exec: executable aws is slow today',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'out of shape: az login advice in someone’s words',
    input: 'please run az login to setup account first',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'out of shape: a 401 with a token and a note about ADC keeps its 401 reading',
    input: `${S401}\nWWW-Authenticate: Bearer error="invalid_token"\nnote: not the "default credentials" issue from last week`,
    ...A401,
    top: 'challenge.invalid-token',
    excludes: ['token.missing'],
  },
];

describe('a client SDK found no credentials to get its token with', () => {
  for (const row of [...NO_CREDENTIALS, ...NO_CREDENTIALS_QUIET]) it(row.name, () => expectPasteRow(row));
  for (const row of NO_CREDENTIALS)
    it(`${row.name}: says where it looked`, async () => {
      const report = await expectPasteRow(row);
      expect(report.findings[0]?.args).toMatchObject({ unobtained: true, credentials: row.credentials });
    });
  it('names what to set up, in English and Japanese', async () => {
    const en = await expectPasteRow(NO_CREDENTIALS[0] as Row);
    expect(en.findings[0]?.detail).toContain('Application Default Credentials');
    expect(en.findings[0]?.detail).toContain('No request was sent');
    expect(en.nextSteps.join('\n')).toContain('gcloud auth application-default login');
    const ja = await expectPasteRow(NO_CREDENTIALS[0] as Row, [], { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('リクエストは送られていません');
    const kube = await expectPasteRow(NO_CREDENTIALS[5] as Row);
    expect(kube.nextSteps.join('\n')).toContain('aws sso login');
  });
});

// Refused refreshes: Entra ID's AADSTS700082 (inside DefaultAzureCredential's chain, and as a token endpoint body),
// Supabase Auth's token_refresh.go, Firebase's JS SDK (packages/auth/src/core/errors.ts).
const AADSTS700082 =
  'AADSTS700082: The refresh token has expired due to inactivity. The token was issued on 2024-06-13T22:52:20.0335011Z and was inactive for 90.00:00:00. Trace ID: ae29f595-4fd4-48a4-9759-979eef8c0500';

const REFRESH_REFUSED: Row[] = [
  { name: 'Entra ID: AADSTS700082 from the Azure CLI', input: `ERROR: ${AADSTS700082}`, via: 'entra-id' },
  {
    name: 'Entra ID: AADSTS700082 beneath DefaultAzureCredential is the cause, not a missing credential',
    input: `Error: DefaultAzureCredential failed to retrieve a token from the included credentials.\nAttempted credentials:\n\tEnvironmentCredential: EnvironmentCredential authentication unavailable. Environment variables are not fully configured.\n\tAzureDeveloperCliCredential: ERROR: fetching token: ${AADSTS700082}`,
    via: 'entra-id',
  },
  {
    name: 'Supabase: Invalid Refresh Token: Refresh Token Not Found',
    input: 'AuthApiError: Invalid Refresh Token: Refresh Token Not Found',
    via: 'supabase-auth',
  },
  {
    name: 'Supabase: Invalid Refresh Token: Session Expired',
    input: 'AuthApiError: Invalid Refresh Token: Session Expired',
    via: 'supabase-auth',
  },
  {
    name: 'Firebase: auth/user-token-expired',
    input: 'FirebaseError: Firebase: Error (auth/user-token-expired).',
    via: 'firebase-auth',
  },
].map((r) => ({ ...r, ...REFUSED, top: 'token.revoked' as const, excludes: ['token.missing' as const] }));

const REFRESH_QUIET: Row[] = [
  {
    name: 'out of shape: Invalid Refresh Token with another ending (someone’s own API)',
    input: 'Invalid Refresh Token: please log in',
    ...QUIET,
    excludes: ['token.revoked'],
  },
  {
    name: 'out of shape: the code alone in a list of codes',
    input: 'we map AADSTS700082 and AADSTS50173 to a relogin prompt',
    ...QUIET,
    excludes: ['token.revoked'],
  },
];

describe('a client’s refresh refused', () => {
  for (const row of [...REFRESH_REFUSED, ...REFRESH_QUIET]) it(row.name, () => expectPasteRow(row));
  it('says the refresh was refused and to sign in again, in English and Japanese', async () => {
    const en = await expectPasteRow(REFRESH_REFUSED[0] as Row);
    expect(en.findings[0]?.args).toEqual({ via: 'entra-id', refreshToken: true, provider: 'entra-id' });
    expect(en.findings[0]?.title).toBe('The client’s refresh was refused');
    expect(en.findings).toHaveLength(1);
    expect(en.nextSteps.join('\n')).toContain('90 days');
    const ja = await expectPasteRow(REFRESH_REFUSED[0] as Row, [], { locale: 'ja' });
    expect(ja.findings[0]?.title).toBe('クライアントのリフレッシュが拒否されました');
  });
  it('an invalid_grant body with AADSTS700082 is one refused refresh', async () => {
    const report = await expectPasteRow({
      name: 'body',
      input: `HTTP/1.1 400 Bad Request\nContent-Type: application/json\n\n{"error":"invalid_grant","error_description":"${AADSTS700082}","error_codes":[700082]}`,
      status: 400,
      classification: 'authentication',
      top: 'token.revoked',
    });
    expect(report.findings.filter((f) => f.code === 'token.revoked')).toHaveLength(1);
  });
});

// AWS's temporary credentials (SigV4 session token), as botocore prints the service's ExpiredTokenException.
const AWS_EXPIRED =
  'An error occurred (ExpiredTokenException) when calling the GetCallerIdentity operation: The security token included in the request is expired';

describe('AWS’s temporary credentials expired', () => {
  const rows: Row[] = [
    { name: 'botocore', input: AWS_EXPIRED, ...REFUSED, top: 'time.expired', via: 'aws' },
    {
      name: 'the AWS CLI’s ExpiredToken',
      input:
        'An error occurred (ExpiredToken) when calling the GetObject operation: The security token included in the request is expired',
      ...REFUSED,
      top: 'time.expired',
    },
    {
      // Round keys-a: an access key AWS has no record of is a refused credential (api-keys.ts), not an expired session.
      name: 'out of shape: the invalid (not expired) session is a refused key, not an expiry',
      input: 'StsException: The security token included in the request is invalid.',
      ...REFUSED,
      top: 'challenge.invalid-token',
      excludes: ['time.expired'],
    },
  ];
  for (const row of rows) it(row.name, () => expectPasteRow(row));
  it('names AWS’s session credentials, not a JWT, in English and Japanese', async () => {
    const en = await expectPasteRow(rows[0] as Row);
    expect(en.findings[0]?.args).toMatchObject({ via: 'aws', awsSession: true, exp: null });
    expect(en.findings[0]?.title).toBe('AWS’s temporary credentials have expired');
    expect(en.findings[0]?.detail).toContain('not a JWT');
    expect(en.nextSteps.join('\n')).toContain('aws sso login');
    const ja = await expectPasteRow(rows[0] as Row, [], { locale: 'ja' });
    expect(ja.findings[0]?.detail).toContain('JWT ではありません');
  });
});
