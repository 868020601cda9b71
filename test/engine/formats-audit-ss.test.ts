/**
 * Round audit-ss: what command-line tools print when they refuse or fail to get a credential, pasted from public issue
 * threads (sources beside each case), read as the on-call engineer reads them: which credential the tool lacked, and
 * the tool's own command to get it.
 */
import { describe, expect, it } from 'vitest';
import { catches, catchesNot, run } from '../helpers/catches.js';

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
    expect(f.args).toMatchObject({ via: 'github', credential: 'gh-cli-token' });
  });

  it('catches: go-github’s print of the same refusal stays GitHub’s token, not gh’s', async () => {
    const f = await catches('challenge.invalid-token', 'GET https://api.github.com/user: 401 Bad credentials []');
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

describe('gcloud’s refresh refused: Google no longer takes its refresh token (token.revoked, refreshToken)', () => {
  // GoogleCloudPlatform/django-cloud-deploy#190.
  const refused = [
    '$ gcloud projects list',
    'ERROR: (gcloud.projects.list) There was a problem refreshing your current auth tokens: invalid_grant: Bad Request',
    'Please run:',
    '',
    '  $ gcloud auth login',
  ].join('\n');

  it('catches: invalid_grant after gcloud’s refresh', async () => {
    const f = await catches('token.revoked', refused);
    expect(f.args).toMatchObject({ via: 'gcloud', refreshToken: true, provider: 'google' });
  });

  it('catches: Google’s words for a refresh token it ended, in gcloud’s tuple form', async () => {
    const f = await catches(
      'token.revoked',
      "ERROR: (gcloud.container.clusters.get-credentials) There was a problem refreshing your current auth tokens: ('invalid_grant: Token has been expired or revoked.', {'error': 'invalid_grant', 'error_description': 'Token has been expired or revoked.'})",
    );
    expect(f.args).toMatchObject({ refreshToken: true, provider: 'google' });
  });

  it('catches not: Google STS’s stale federated ID token is no refresh refused (a WIF credential)', async () => {
    await catchesNot(
      'token.revoked',
      'ERROR: (gcloud.spanner.instance-configs.list) There was a problem refreshing your current auth tokens: (\'Error code invalid_grant: ID Token issued at 1713260741 is stale to sign-in.\', \'{"error":"invalid_grant","error_description":"ID Token issued at 1713260741 is stale to sign-in."}\')',
    );
  });

  it('catches: a service account’s signed JWT refused stays the key’s, not a refresh (spring-cloud-gcp#3719)', async () => {
    const f = await catches(
      'token.revoked',
      "ERROR: (gcloud.config.set) There was a problem refreshing auth tokens for account ci@proj.iam.gserviceaccount.com: ('invalid_grant: Invalid JWT Signature.', ***'error': 'invalid_grant', 'error_description': 'Invalid JWT Signature.'***)",
    );
    expect(f.args).toMatchObject({ jwtAssertion: 'signature' });
    expect(f.args).not.toHaveProperty('refreshToken');
  });

  it.each([
    // google/turbinia#725-style local failures and GoogleCloudPlatform/genai-for-marketing#138: no refusal by Google.
    'ERROR: (gcloud.auth.application-default.login) There was a problem refreshing your current auth tokens: None could not be converted to bytes',
    // google-github-actions/auth#340: an impersonation refused is a permission, not a refresh refused.
    'ERROR: (gcloud.compute.ssh) There was a problem refreshing your current auth tokens: Unable to acquire impersonated credentials',
  ])('catches not: %s', async (paste) => {
    await catchesNot('token.revoked', paste);
  });
});

describe('a command-line tool told to sign the user in again (oauth.interaction-required)', () => {
  it.each([
    // GoogleCloudPlatform/cloud-run-proxy#43.
    [
      'gcloud with no terminal',
      'ERROR: (gcloud.beta.run.services.proxy) There was a problem refreshing your current auth tokens: Reauthentication failed. cannot prompt during non-interactive execution.\nPlease run:\n\n  $ gcloud auth login',
    ],
    // kubernetes/kubernetes#96289: kubectl's gcp auth provider running gcloud config-helper.
    [
      'gcloud under kubectl',
      'Unable to connect to the server: error executing access token command ""/usr/lib/google-cloud-sdk/bin/gcloud config config-helper --format=json"": err=exit status 1 output= stderr=Reauthentication required.\nERROR: (gcloud.config.config-helper) There was a problem reauthenticating while refreshing your current auth tokens: Reauthentication challenge could not be answered because you are not in an interactive session.',
    ],
    // cline/cline#4080: Google's token endpoint through an app using the user's ADC.
    [
      'Google’s invalid_rapt',
      '400 - {"error":"invalid_grant","error_description":"reauth related error (invalid_rapt)","error_uri":"https://support.google.com/a/answer/9368756","error_subtype":"invalid_rapt"}',
    ],
    // googleapis/python-storage#17.
    [
      'google-auth’s RefreshError with rapt_required',
      'google.auth.exceptions.RefreshError: (\'invalid_grant: reauth related error (rapt_required)\', \'{\\n  "error": "invalid_grant",\\n  "error_description": "reauth related error (rapt_required)",\\n  "error_subtype": "rapt_required"\\n}\')',
    ],
  ])('catches: %s, Google wanting the user again', async (_name, paste) => {
    const f = await catches('oauth.interaction-required', paste);
    expect(f.args).toMatchObject({ reason: 'login', provider: 'google' });
  });

  it('catches not: the invalid_rapt refusal is no token revoked', async () => {
    await catchesNot(
      'token.revoked',
      '400 - {"error":"invalid_grant","error_description":"reauth related error (invalid_rapt)","error_subtype":"invalid_rapt"}',
    );
  });

  it('catches: the Azure CLI after AADSTS70043, its az login --scope (MicrosoftDocs/executable-docs#667)', async () => {
    const f = await catches(
      'oauth.interaction-required',
      [
        'StdErr: ERROR: AADSTS70043: The refresh token has expired or is invalid due to sign-in frequency checks by conditional access. The token was issued on 2025-02-20T05:53:09.5071163Z and the maximum allowed lifetime for this request is 43200. Trace ID: 5cb99b7e-aa19-40bb-8d4a-1549475d3a00',
        'Interactive authentication is needed. Please run:',
        'az login --scope https://management.core.windows.net//.default',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ provider: 'entra-id', cli: 'azure-cli' });
  });

  it('catches: azd’s reauthentication (Azure/azure-dev#2675)', async () => {
    const f = await catches(
      'oauth.interaction-required',
      'ERROR: reauthentication required, run `azd auth login` to log in',
    );
    expect(f.args).toMatchObject({ via: 'azd', cli: 'azd' });
  });

  it.each([
    ['a README line', 'Reauthentication is required every 16 hours by our Google Workspace policy.'],
    ['prose about az', 'if interactive authentication is needed, run az login first'],
  ])('catches not: %s', async (_name, paste) => {
    await catchesNot('oauth.interaction-required', paste);
  });
});

describe('git over HTTPS refused by its host (challenge.invalid-token, the host’s credential)', () => {
  it.each([
    // gitextensions/gitextensions#12876.
    "remote: Invalid username or token. Password authentication is not supported for Git operations.\nfatal: Authentication failed for 'https://github.com/Finovers/Astra.git/'",
    // theshteves/commit-bot#16.
    "remote: Support for password authentication was removed on August 13, 2021.\nremote: Please see https://docs.github.com/en/get-started/getting-started-with-git/about-remote-repositories#cloning-with-https-urls for information on currently recommended modes of authentication.\nfatal: Authentication failed for 'https://github.com/KeroAutishima/commit-bot.git/'",
  ])('catches: GitHub refusing a password for git: %s', async (paste) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'github', credential: 'github-git-credentials' });
  });

  it('catches: GitLab’s HTTP Basic: Access denied (mikeizbicki/cmc-csci046#481)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      [
        "Username for 'https://gitlab.com': oklipfel",
        "Password for 'https://oklipfel@gitlab.com': ",
        'remote: HTTP Basic: Access denied. The provided password or token is incorrect or your account has 2FA enabled and you must use a personal access token instead of a password. See https://gitlab.com/help/topics/git/troubleshooting_git#error-on-git-fetch-http-basic-access-denied',
        "fatal: Authentication failed for 'https://gitlab.com/mikeizbicki/master-theorem.git/'",
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'gitlab', credential: 'gitlab-git-credentials' });
  });

  it('catches: git’s own line alone, whatever the host (git-for-windows/git#1119)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      "fatal: Authentication failed for 'https://github.com/acme/app.git/'",
    );
    expect(f.args).toMatchObject({ via: 'git-server', credential: 'git-https-credentials' });
  });

  it.each([
    ['"HTTP Basic: Access denied" with no GitLab and no git', 'HTTP Basic: Access denied'],
    ['prose about git’s message', 'git says authentication failed for my repo, any idea?'],
    [
      'prose about GitHub’s password policy',
      'password authentication is not supported for git operations anymore, use a token',
    ],
  ])('catches not: %s', async (_name, paste) => {
    await catchesNot('challenge.invalid-token', paste);
  });
});

describe("Google’s 403 body inside a Python string’s repr (its \\' escapes)", () => {
  // google-github-actions/auth#340: gcloud impersonating a service account it may not.
  const impersonate = [
    'ERROR: (gcloud.compute.ssh) There was a problem refreshing your current auth tokens: Unable to acquire impersonated credentials',
    '',
    '{',
    '  "error": {',
    '    "code": 403,',
    '    "message": "Permission \\\'iam.serviceAccounts.getAccessToken\\\' denied on resource (or it may not exist).",',
    '    "status": "PERMISSION_DENIED",',
    '    "details": [',
    '      {',
    '        "@type": "type.googleapis.com/google.rpc.ErrorInfo",',
    '        "reason": "IAM_PERMISSION_DENIED",',
    '        "domain": "iam.googleapis.com",',
    '        "metadata": { "permission": "iam.serviceAccounts.getAccessToken" }',
    '      }',
    '    ]',
    '  }',
    '}',
  ].join('\n');

  it('catches: the permission IAM refused, read from the body', async () => {
    const f = await catches('policy.deny', impersonate);
    expect(f.args).toMatchObject({ via: 'google-api', permission: 'iam.serviceAccounts.getAccessToken' });
  });

  it('catches not: a JS object literal with single-quoted strings stays unread as JSON', async () => {
    await catchesNot('policy.deny', "{ error: { code: 403, message: 'Permission \\'x.y.z\\' denied' } }");
  });
});

describe('the Firebase CLI’s stored sign-in refused (token.revoked, refreshToken)', () => {
  // firebase/firebase-tools#7453.
  const reauth =
    'Error: Authentication Error: Your credentials are no longer valid. Please run firebase login --reauth\n\nFor CI servers and headless environments, generate a new token with firebase login:ci';

  it('catches: its refresh refused, with firebase login --reauth in the steps', async () => {
    const f = await catches('token.revoked', reauth);
    expect(f.args).toMatchObject({ via: 'firebase-cli', refreshToken: true, provider: 'google' });
    expect((await run(reauth)).nextSteps[0]).toContain('firebase login --reauth');
  });

  it('catches not: the CLI’s warning that its authentication needs updating (firebase/firebase-tools#342)', async () => {
    await catchesNot(
      'token.revoked',
      '⚠  Your CLI authentication needs to be updated to take advantage of new features.\n⚠  Please run firebase login --reauth',
    );
  });
});

describe('helm pulling a chart from an OCI registry it has no login for', () => {
  // helm/helm#10373: containerd 1.5's words, without the token request.
  const helm = [
    '$ helm install hero-php-test oci://myregistry.azurecr.io/helm/hero-php --version 0.2.1 --namespace testing --debug',
    'install.go:178: [debug] Original chart version: "0.2.1"',
    'Error: INSTALLATION FAILED: failed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    'helm.go:88: [debug] unexpected status: 401 Unauthorized',
  ].join('\n');

  it('catches: the token service refused, with helm registry login in the steps', async () => {
    const f = await catches('token.missing', helm);
    expect(f.args).toMatchObject({ client: 'docker-registry', registryClient: 'helm', tokenService: true });
  });

  it('catches not: helm named only in prose is no registry client of the paste', async () => {
    const f = await catches(
      'token.missing',
      'we use helm charts too\nfailed to authorize: failed to fetch anonymous token: unexpected status: 401 Unauthorized',
    );
    expect(f.args).not.toHaveProperty('registryClient');
  });

  it('catches not: an unexpected status that is no token request’s is no registry’s refusal', async () => {
    const f = await catches('token.missing', 'webhook call failed: unexpected status: 401 Unauthorized');
    expect(f.args).not.toHaveProperty('client');
  });
});

describe('the Vercel CLI’s token refused (challenge.invalid-token, credential vercel-token)', () => {
  it.each([
    // vercel/vercel#10131: the CLI's message since 2023.
    '$ vercel deploy\nVercel CLI 30.2.3\nError: The specified token is not valid. Use `vercel login` to generate a new token.',
    // vercel/vercel#3143: the now CLI's.
    '$ now\n> Error! The specified token is not valid',
  ])('catches: %s', async (paste) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'vercel', credential: 'vercel-token' });
  });

  it('catches not: the same words with no Vercel near', async () => {
    await catchesNot('challenge.invalid-token', 'our API says: The specified token is not valid');
  });
});

describe('a package repository refusing the build (challenge.invalid-token, the build’s credentials)', () => {
  it.each([
    // jenkins-infra/helpdesk#3545: Maven 3.9 to Artifactory.
    '[ERROR] Failed to execute goal org.apache.maven.plugins:maven-deploy-plugin:3.1.1:deploy (default-deploy) on project x: Failed to deploy artifacts: Could not transfer artifact io.jenkins.plugins:x:pom:1.0 from/to maven.jenkins-ci.org (https://repo.jenkins-ci.org/releases/): authentication failed for https://repo.jenkins-ci.org/releases/io/jenkins/plugins/x/1.0/x-1.0.pom, status: 401 Unauthorized -> [Help 1]',
    // ESAPI/esapi-java-legacy#891: maven-resolver's older words, to Sonatype's staging repository.
    'Caused by: org.eclipse.aether.deployment.DeploymentException: Failed to deploy artifacts: Could not transfer artifact org.owasp.esapi:esapi:pom:2.7.0.1-RC1 from/to sonatype-nexus-staging (https://oss.sonatype.org/service/local/staging/deploy/maven2): status code: 401, reason phrase: Unauthorized (401)',
  ])('catches: Maven’s repository, %#', async (paste) => {
    const f = await catches('challenge.invalid-token', paste);
    expect(f.args).toMatchObject({ via: 'maven', credential: 'maven-repository-credentials' });
  });

  it('catches: an Azure Artifacts feed refusing dotnet restore (NuGet/Home#10502)', async () => {
    const f = await catches(
      'challenge.invalid-token',
      [
        "C:\\Program Files\\dotnet\\sdk\\3.1.11\\NuGet.targets(123,5): error : Failed to retrieve information about 'MyProject.MyNugetPackage' from remote source 'https://pkgs.dev.azure.com/MyOrg/MyProject/_packaging/MyFeed/nuget/v3/index.json'. [C:\\Projects\\MyProject\\Project.sln]",
        'C:\\Program Files\\dotnet\\sdk\\3.1.11\\NuGet.targets(123,5): error : Response status code does not indicate success: 401 (Unauthorized). [C:\\Projects\\MyProject\\Project.sln]',
      ].join('\n'),
    );
    expect(f.args).toMatchObject({ via: 'nuget', credential: 'nuget-feed-credentials' });
  });

  it.each([
    [
      'any .NET HttpClient’s 401',
      'System.Net.Http.HttpRequestException: Response status code does not indicate success: 401 (Unauthorized).\n   at MyApp.OrdersClient.GetAsync()',
    ],
    [
      'Apache HttpClient’s 401 in an application',
      'org.apache.http.client.HttpResponseException: status code: 401, reason phrase: Unauthorized\n\tat com.example.OrdersClient.fetch(OrdersClient.java:42)',
    ],
  ])('catches not: %s is no package repository’s', async (_name, paste) => {
    const r = await run(paste);
    expect(r.findings.map((f) => f.args)).not.toContainEqual(expect.objectContaining({ via: 'nuget' }));
    expect(r.findings.map((f) => f.args)).not.toContainEqual(expect.objectContaining({ via: 'maven' }));
  });
});

describe('kubectl’s exec plugin failing on its tool’s own refusal: the refusal is the cause', () => {
  // Azure/CloudShell#516: kubelogin through the Azure CLI's sign-in.
  const kubelogin = [
    '$kubectl get pods -n external',
    '',
    'Error: failed to get token: expected an empty error but received: AzureCLICredential: WARNING: A Cloud Shell credential problem occurred.',
    'ERROR: Audience 6dae42f8-4368-4678-94ff-3960e28e3630/.default is not a supported MSI token audience.',
    'Interactive authentication is needed. Please run:',
    'az login -- scope 6dae42f8-4368-4678-94ff-3960e28e3630/.default',
    '',
    'E0124 09:22:49.253018 1514 memcache.go: 265] "Unhandled Error" err="couldn\'t get current server API group list: Get \\"https://example.hcp.eastus.azmk8s.io:443/api?timeout=32s\\": getting credentials: exec: executable kubelogin failed with exit code 1"',
  ].join('\n');

  it('catches: the Azure CLI’s sign-in wanted again', async () => {
    const f = await catches('oauth.interaction-required', kubelogin);
    expect(f.args).toMatchObject({ cli: 'azure-cli' });
  });

  it('catches not: the exec plugin’s failure as the cause beside it', async () => {
    await catchesNot('token.missing', kubelogin);
  });

  it('catches: the exec plugin’s failure alone stays token.missing (kube-exec)', async () => {
    const f = await catches(
      'token.missing',
      'Unable to connect to the server: getting credentials: exec: executable kubelogin failed with exit code 1',
    );
    expect(f.args).toMatchObject({ credentials: 'kube-exec' });
  });
});
