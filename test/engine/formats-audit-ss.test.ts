/**
 * Round audit-ss: what command-line tools print when they refuse or fail to get a credential, pasted from public issue
 * threads (sources beside each case), read as the on-call engineer reads them: which credential the tool lacked, and
 * the tool's own command to get it.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot } from '../helpers/catches.js';

describe('a command-line tool with no credential to use (token.missing, its `credentials`)', () => {
  it('catches: gcloud with no active account (jacksegal/google-compute-snapshot#33)', async () => {
    const f = await catches(
      'token.missing',
      [
        'ERROR: (gcloud.compute.disks.list) You do not currently have an active account selected.',
        'Please run:',
        '',
        '  $ gcloud auth login',
        '',
        'to obtain new credentials, or if you have already logged in with a',
        'different account:',
        '',
        '  $ gcloud config set account ACCOUNT',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'gcloud', unobtained: true, credentials: 'gcloud-account' });
  });

  it.each([
    // aws/aws-sdk-java-v2#4830's profile; the AWS CLI v2's print of botocore's SSOTokenLoadError.
    [
      'a profile never signed in',
      '$ aws s3 ls --profile my-sso\nError loading SSO Token: Token for my-sso does not exist',
    ],
    // telepresenceio/telepresence#2793: under an EKS exec plugin, whose own failure follows.
    [
      'an expired session under kubectl',
      'stderr : Error loading SSO Token: The SSO access token has either expired or is otherwise invalid.\nerror connector/session : unable to track k8s cluster: initial cluster check failed: Get "https://E382390719262A4F.sk1.us-east-1.eks.amazonaws.com/version": getting credentials: exec: executable aws failed with exit code 255',
    ],
    // UKGovernmentBEIS/inspect_ai#2380.
    [
      'a refresh that failed',
      'botocore.exceptions.TokenRetrievalError: Error when retrieving token from sso: Token has expired and refresh failed',
    ],
  ])('catches: the AWS CLI’s IAM Identity Center session, %s', async (_name, paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ via: 'aws', credentials: 'aws-sso' });
  });

  it.each([
    // aws/aws-cli#4684.
    'Unable to locate credentials. You can configure credentials by running "aws configure".',
    // duo-labs/cloudmapper#41.
    'botocore.exceptions.NoCredentialsError: Unable to locate credentials',
  ])('catches: no AWS credentials anywhere in the chain: %s', async (paste) => {
    const f = await catches('token.missing', paste);
    expect(f.args).toMatchObject({ via: 'aws', credentials: 'aws-credentials' });
  });

  it('catches: go get of a private module, git with no credential and no terminal (quintex-dev/asterisk-ari-go#2)', async () => {
    const f = await catches(
      'token.missing',
      [
        '$ go get -u github.com/quintex/go-asterisk-api-client',
        'go: module github.com/quintex/go-asterisk-api-client: git ls-remote -q origin in /home/vagrant/go/pkg/mod/cache/vcs/13fb3104de348f97: exit status 128:',
        "        fatal: could not read Username for 'https://github.com': terminal prompts disabled",
        'Confirm the import path was entered correctly.',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'git', credentials: 'git-credentials' });
  });

  it.each([
    ['prose about gcloud accounts', 'which active account is selected in gcloud? I do not currently know'],
    ['an SSO token cache file name', 'ls ~/.aws/sso/cache/  # the SSO token is loaded from here'],
    ['a question about locating credentials', 'where does boto3 locate credentials when running in Lambda?'],
    ['git asking for the user name', "Username for 'https://github.com': octocat"],
  ])('catches not: %s', async (_name, paste) => {
    await catchesNot('token.missing', paste);
  });
});

describe('the gh CLI printing GitHub’s refusal of its token', () => {
  it.each([
    // cli/cli#10032: a stale GITHUB_TOKEN in the environment.
    'unable to determine base repository: HTTP 401: Bad credentials (https://api.github.com/graphql)\nTry authenticating with:  gh auth login',
    // cli/cli#232: gh's first releases.
    "Notice: authentication required\nhttp error, 'https://api.github.com/graphql' failed (401): 'Bad credentials'",
  ])('catches: %s', async (paste) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'github', credential: 'github-token' });
  });

  it('catches not: no token missing is read from gh’s refusal', async () => {
    await catchesNot(
      'token.missing',
      'HTTP 401: Bad credentials (https://api.github.com/graphql)\nTry authenticating with:  gh auth login',
    );
  });

  it('catches: Spring Security’s "Bad credentials" stays Spring’s, not GitHub’s', async () => {
    const f = await catches(
      'challenge.invalid-token',
      'HTTP/1.1 401 Unauthorized\n\n{"status":401,"error":"Unauthorized","message":"Bad credentials","path":"/login"}',
    );
    expect(f.args).toMatchObject({ via: 'spring-security', credential: 'spring-credentials' });
  });
});
