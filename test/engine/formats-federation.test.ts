/**
 * Round 17b of real-world pastes: workload identity federation. A CI job (GitHub Actions, GitLab CI, Terraform Cloud)
 * or a Kubernetes service account presents its OIDC JWT to a cloud's token service and the exchange fails: AWS STS
 * AssumeRoleWithWebIdentity (aws-actions/configure-aws-credentials, the AWS CLI and SDKs, EKS IRSA's WebIdentityErr),
 * Google's STS for Workload Identity Federation (google-github-actions/auth, golang.org/x/oauth2) and IAM Credentials,
 * Microsoft Entra ID's federated identity credentials (azure/login, azure-workload-identity, MSAL) and HashiCorp
 * Vault's JWT auth method (hashicorp/vault-action, the Vault CLI). Every product string is confirmed in a public source
 * named beside its row (or in the row that reads it: parse/verifier-messages/federation.ts). Reading choices:
 * docs/findings.md, "Reading the rules" and the project readings (round 17b). A trust that does not admit the token
 * (a role's trust policy, an attribute condition, a federated credential's subject, a Vault role's bindings) is
 * federation.no-match (round 21a, a project code; docs/codes/federation.no-match.md), no longer policy.deny. The last
 * group puts the same words in prose, configuration or a success, and must stay quiet.
 */
import { describe, expect, it } from 'vitest';
import { NOW } from '../helpers/catches.js';
import { DENIED, MISREAD, NOT_MISSING, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';
import { rs256 } from '../helpers/tokens.js';

const A400 = { status: 400, classification: 'authentication' } as const;
const D400 = { status: 400, classification: 'authorization' } as const;

/** Rows that say no token was ever obtained: the job was given none. */
const NO_TOKEN: Row[] = [
  // google-github-actions/auth's own message (its source and public notes quoting the failure line, verbatim).
  {
    name: 'google-github-actions/auth: GitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    input: [
      'Run google-github-actions/auth@v2',
      'Error: google-github-actions/auth failed with: GitHub Actions did not inject $ACTIONS_ID_TOKEN_REQUEST_TOKEN or $ACTIONS_ID_TOKEN_REQUEST_URL into this job. This most likely means the GitHub Actions workflow permissions are incorrect, or this job is being run from a fork. For more information, please see https://docs.github.com/en/actions/security-guides/automatic-token-authentication#permissions-for-the-github_token',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    via: 'github-actions',
    excludes: MISREAD,
  },
  // @actions/core's getIDToken, as actions/deploy-pages prints it with its own hint (a public note quoting both lines).
  {
    name: '@actions/core: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
    input: [
      'Error: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
      'Error: Ensure GITHUB_TOKEN has permission "id-token: write".',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    via: 'github-actions',
    excludes: MISREAD,
  },
];

const AWS: Row[] = [
  // aws-actions/configure-aws-credentials#1100, #961 (the action's lines, verbatim): the role's trust policy refused
  // the token (a sub condition with the wrong case, in #1100).
  {
    name: 'configure-aws-credentials: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    input: [
      'Run aws-actions/configure-aws-credentials@v4',
      '  with:',
      '    role-to-assume: arn:aws:iam::123456789012:role/gha-deploy',
      '    aws-region: eu-west-1',
      'Assuming role with OIDC',
      'Assuming role with OIDC',
      'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    ].join('\n'),
    ...DENIED,
    top: 'federation.no-match',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // awslabs/amazon-eks-irsa-cfn#18: the CLI's print of STS's InvalidIdentityToken for a token minted for another audience.
  {
    name: 'AWS CLI: InvalidIdentityToken, Incorrect token audience',
    input: [
      '$ aws sts assume-role-with-web-identity --role-arn arn:aws:iam::123456789012:role/gha-deploy --role-session-name test --web-identity-token file://token.jwt',
      '',
      'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  // ministryofjustice/modernisation-platform#12898 (verbatim): no IAM OIDC provider for GitHub's issuer in the account.
  {
    name: 'configure-aws-credentials: No OpenIDConnect provider found in your account',
    input: [
      'Assuming role with OIDC',
      'Error: Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
    ].join('\n'),
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // cluster-autoscaler under EKS IRSA, as a public runbook quotes it (aws-sdk-go v1's WebIdentityErr, "caused by:", the
  // tab-indented "status code: 400, request id: …").
  {
    name: 'EKS IRSA: WebIdentityErr caused by InvalidIdentityToken, no provider for the cluster issuer',
    input: [
      'E0305 09:02:28.252114       1 aws_manager.go:125] Failed to regenerate ASG cache: WebIdentityErr: failed to retrieve credentials',
      'caused by: InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.eks.ap-northeast-2.amazonaws.com/id/B1385EE544E2FDF612BFF447A32B8C5E',
      '\tstatus code: 400, request id: d2ca4afe-78e5-45c5-8ab6-a60c91756b59',
    ].join('\n'),
    ...A400,
    top: 'verifier.misconfigured',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  // The same log shape with STS's AccessDenied (a public IRSA troubleshooting page quoting cluster-autoscaler).
  {
    name: 'EKS IRSA: WebIdentityErr caused by AccessDenied (the role does not trust the service account)',
    input: [
      '0102 12:31:31.394312       1 aws_manager.go:265] Failed to regenerate ASG cache: cannot autodiscover ASGs: WebIdentityErr: failed to retrieve credentials',
      'caused by: AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      '\tstatus code: 403, request id: 59c595b8-87d3-40a8-9797-a6e71836b439',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'federation.no-match',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The EKS IRSA troubleshooting guide's line (verbatim): the IAM OIDC provider's thumbprint is stale.
  {
    name: 'EKS IRSA: InvalidIdentityToken, HTTPS certificate doesn’t match configured thumbprint',
    input:
      "failed to retrieve credentials caused by: InvalidIdentityToken: OpenIDConnect provider's HTTPS certificate doesn't match configured thumbprint",
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  // awslabs/aws-orbit-workbench#707 (verbatim, botocore): the web identity token expired before the call.
  {
    name: 'botocore: ExpiredTokenException from AssumeRoleWithWebIdentity',
    input:
      'botocore.errorfactory.ExpiredTokenException: An error occurred (ExpiredTokenException) when calling the AssumeRoleWithWebIdentity operation: Token expired: current date/time 1624482533 must be before the expiration date/time1624482335',
    ...REFUSED,
    top: 'time.expired',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // aws/aws-sdk-js-v3#3052 (the SDK's stack, verbatim): STS could not fetch the issuer's keys.
  {
    name: 'aws-sdk-js v3: InvalidIdentityToken, Couldn’t retrieve verification key',
    input: [
      "InvalidIdentityToken: Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements",
      '    at deserializeAws_queryAssumeRoleWithWebIdentityCommandError (/app/node_modules/@aws-sdk/client-sts/dist/cjs/protocols/Aws_query.js:363:41)',
      '    at runMicrotasks (<anonymous>)',
    ].join('\n'),
    ...REFUSED,
    top: 'key.jwks-unavailable',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  // aws-sdk-go-v2's print of an InvalidIdentityToken whose message names no cause the engine reads (a credential
  // process's README quoting it): the stated refusal.
  {
    name: 'aws-sdk-go-v2: InvalidIdentityToken with a message of its own',
    input:
      'operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: f4570356-caf6-45a0-9033-bd1bbca3c63b, InvalidIdentityToken: Provided Token is not a Login With Amazon token',
    ...A400,
    top: 'challenge.invalid-token',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The same action's line as GitHub's raw log shows it (timestamps, `##[error]` for core.setFailed), with STS's
  // audience message (aws-actions/configure-aws-credentials#1309, guardian/cdk#1944).
  {
    name: 'configure-aws-credentials in the raw job log: ##[error]Could not assume role with OIDC: Incorrect token audience',
    input: [
      '2026-05-28T14:09:57.1204491Z ##[group]Run aws-actions/configure-aws-credentials@v4',
      '2026-05-28T14:09:57.1205033Z with:',
      '2026-05-28T14:09:57.1205511Z   role-to-assume: arn:aws:iam::123456789012:role/gha-deploy',
      '2026-05-28T14:09:57.1206022Z   aws-region: eu-west-1',
      '2026-05-28T14:09:57.1207781Z ##[endgroup]',
      '2026-05-28T14:09:57.4121904Z Assuming role with OIDC',
      '2026-05-28T14:09:58.6573309Z ##[error]Could not assume role with OIDC: Incorrect token audience',
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // A GitLab CI job calling the AWS CLI with its id_token (the CLI's AccessDenied line, as in the botocore form the
  // project already reads as `aws`): STS is who refused.
  {
    name: 'GitLab CI: aws sts assume-role-with-web-identity, AccessDenied',
    input: [
      '$ aws sts assume-role-with-web-identity --role-arn arn:aws:iam::123456789012:role/gitlab-ci --role-session-name "gitlab-$CI_PIPELINE_ID" --web-identity-token "$GITLAB_OIDC_TOKEN"',
      '',
      'An error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      'ERROR: Job failed: exit code 254',
    ].join('\n'),
    ...DENIED,
    top: 'federation.no-match',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // STS's XML reply as an SDK's debug log prints it (awslabs/aws-sdk-rust#827, mozilla-iam/mozilla-aws-cli#146).
  {
    name: 'STS XML reply: InvalidIdentityToken, Couldn’t retrieve verification key',
    input: [
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
      '  <Error>',
      '    <Type>Sender</Type>',
      '    <Code>InvalidIdentityToken</Code>',
      "    <Message>Couldn't retrieve verification key from your identity provider,  please reference AssumeRoleWithWebIdentity documentation for requirements</Message>",
      '  </Error>',
      '  <RequestId>00000000-0000-0000-0000-000000000000</RequestId>',
      '</ErrorResponse>',
    ].join('\n'),
    ...REFUSED,
    top: 'key.jwks-unavailable',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  {
    name: 'STS XML reply: ExpiredTokenException, Token too old',
    input: [
      '<ErrorResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/">',
      '  <Error>',
      '    <Type>Sender</Type>',
      '    <Code>ExpiredTokenException</Code>',
      '    <Message>Token too old: 441398</Message>',
      '  </Error>',
      '  <RequestId>1fd1964b-1544-11ea-ba37-99c3c1dede42</RequestId>',
      '</ErrorResponse>',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The EBS CSI driver's event under IRSA (aws-sdk-go-v2's "operation error STS: AssumeRoleWithWebIdentity, https
  // response error StatusCode: 403, …, api error AccessDenied: …", as public EKS troubleshooting notes quote it).
  {
    name: 'EBS CSI driver: aws-sdk-go-v2 AccessDenied from AssumeRoleWithWebIdentity',
    input:
      '  Warning  ProvisioningFailed    2m30s                ebs.csi.aws.com_ebs-csi-controller-5d6b79698f-ps9xk  failed to provision volume with StorageClass "gp3": rpc error: code = Internal desc = Could not create volume "pvc-30e5db71-3bf2-49b0-9a89-bd0157974b41": could not create volume in EC2: operation error EC2: CreateVolume, get identity: get credentials: failed to refresh cached credentials, failed to retrieve credentials, operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 403, RequestID: 552909e8-e4c8-43ad-bd34-0dbcbbe18d60, api error AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity',
    status: 403,
    classification: 'authorization',
    top: 'federation.no-match',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // A ROSA cluster's operator role waiting on STS (the rosa CLI's State line, quoting aws-sdk-go-v2).
  {
    name: 'rosa: OIDC Provider not found, InvalidIdentityToken from aws-sdk-go-v2',
    input:
      'State:                  \twaiting (OIDC Provider not found: operation error STS: AssumeRoleWithWebIdentity, https response error StatusCode: 400, RequestID: 0956a1b9-92dd-4270-b654-4143dc650624, InvalidIdentityToken: No OpenIDConnect provider found in your account for https://oidc.op1.openshiftapps.com/2bqn7jb8ts39iushkqantla77o3ic1sl)',
    ...A400,
    top: 'verifier.misconfigured',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, 'challenge.invalid-token', ...MISREAD],
  },
  // As pasted into Slack: prose around the action's lines, in Japanese (a renamed repository no longer matches the
  // trust policy's sub condition).
  {
    name: 'Slack, in Japanese: configure-aws-credentials’s Not authorized, in a code block',
    input: [
      'GitHub Actions から AWS にデプロイできなくなりました。昨日までは動いていました。',
      '```',
      'Assuming role with OIDC',
      'Error: Could not assume role with OIDC: Not authorized to perform sts:AssumeRoleWithWebIdentity',
      '```',
      'リポジトリ名を変更したのが原因でしょうか？',
    ].join('\n'),
    ...DENIED,
    top: 'federation.no-match',
    via: 'aws-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

const GCP: Row[] = [
  // google-github-actions/auth's failure line (auth#211's shape) with STS's invalid_grant for an audience the provider
  // does not allow (the description as public runbooks quote it).
  {
    name: 'google-github-actions/auth: invalid_grant, the audience in ID Token does not match',
    input: [
      'Run google-github-actions/auth@v2',
      'Error: google-github-actions/auth failed with: failed to generate Google Cloud federated token for //iam.googleapis.com/projects/573522191771/locations/global/workloadIdentityPools/github/providers/github-oidc: {"error":"invalid_grant","error_description":"The audience in ID Token [https://iam.googleapis.com/projects/573522191771/locations/global/workloadIdentityPools/github/providers/gh-oidc] does not match the expected audience."}',
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'gcp-sts',
    excludes: [...NOT_MISSING, 'token.revoked', 'challenge.invalid-token', ...MISREAD],
  },
  // Terraform Cloud dynamic provider credentials (golang.org/x/oauth2's "oauth2/google: status code 400: …", from a
  // public TFC runbook).
  {
    name: 'Terraform Cloud: oauth2/google status code 400, invalid_grant audience',
    input:
      '│ Error: oauth2/google: status code 400: {"error":"invalid_grant","error_description":"The audience in ID Token [//iam.googleapis.com/projects/573522191771/locations/global/workloadIdentityPools/tfc-pool/providers/tfc-oidc] does not match the expected audience."}',
    ...A400,
    top: 'claim.aud-mismatch',
    via: 'gcp-sts',
    excludes: [...NOT_MISSING, 'token.revoked', ...MISREAD],
  },
  // The provider's attribute condition refused the token (a TFE runbook quoting the same oauth2/google line).
  {
    name: 'Terraform: oauth2/google unauthorized_client, rejected by the attribute condition',
    input:
      '│ Error: Error when reading or editing Project Service acme-prod/run.googleapis.com: oauth2/google: status code 400: {"error":"unauthorized_client","error_description":"The given credential is rejected by the attribute condition."}',
    ...D400,
    top: 'federation.no-match',
    via: 'gcp-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // opentdf/platform#2781, clouddrove/github-shared-workflows#138 (verbatim): the federated principal may not
  // impersonate the service account. Already read as Google's PERMISSION_DENIED.
  {
    name: 'google-github-actions/auth: iam.serviceAccounts.getAccessToken denied',
    input: [
      'Error: google-github-actions/auth failed with: failed to generate Google Cloud OAuth 2.0 Access Token for deployer@acme-prod.iam.gserviceaccount.com: {',
      '  "error": {',
      '    "code": 403,',
      `    "message": "Permission 'iam.serviceAccounts.getAccessToken' denied on resource (or it may not exist).",`,
      '    "status": "PERMISSION_DENIED",',
      '    "details": [',
      '      {',
      '        "@type": "type.googleapis.com/google.rpc.ErrorInfo",',
      '        "reason": "IAM_PERMISSION_DENIED",',
      '        "domain": "iam.googleapis.com",',
      '        "metadata": {',
      '          "permission": "iam.serviceAccounts.getAccessToken"',
      '        }',
      '      }',
      '    ]',
      '  }',
      '}',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'google-api',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // gcloud with an external-account (WIF) credential, refreshing through Google's STS (a public note quoting it
  // verbatim): the subject token was issued too long before the exchange, though not expired.
  {
    name: 'gcloud: invalid_grant, ID Token issued at … is stale to sign-in',
    input: [
      `ERROR: (gcloud.spanner.instance-configs.list) There was a problem refreshing your current auth tokens: ('Error code invalid_grant: ID Token issued at 1713260741 is stale to sign-in.', '{"error":"invalid_grant","error_description":"ID Token issued at 1713260741 is stale to sign-in."}')`,
      'Please run:',
      '',
      '  $ gcloud auth login',
      '',
      'to obtain new credentials.',
    ].join('\n'),
    ...REFUSED,
    top: 'time.expired',
    via: 'gcp-sts',
    excludes: [...NOT_MISSING, 'token.revoked', ...MISREAD],
  },
  // google-github-actions/auth with a provider that was deleted or never created (public write-ups quoting the line).
  {
    name: 'google-github-actions/auth: invalid_target, the pool or provider does not exist',
    input:
      '##[error]google-github-actions/auth failed with: failed to generate Google Cloud federated token for //iam.googleapis.com/projects/1067163562451/locations/global/workloadIdentityPools/github-pool/providers/github-provider: {"error":"invalid_target","error_description":"The target service indicated by the \\"audience\\" parameters is invalid. This might either be because the pool or provider is disabled or deleted or because it doesn\'t exist."}',
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'gcp-sts',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // google-github-actions/auth#211 (verbatim, the input left as an unexpanded expression): STS's invalid_request for an
  // audience parameter that is not a provider's resource name, read as any RFC 6749 invalid_request.
  {
    name: 'google-github-actions/auth: invalid_request, Invalid value for "audience"',
    input: `google-github-actions/auth failed with: retry function failed with 0 attempts: failed to generate Google Cloud federated token for \${ secrets.GCP_WORKLOAD_IDENTITY_PROVIDER }: {"error":"invalid_request","error_description":"Invalid value for \\"audience\\". This value should be the full resource name of the Identity Provider. See https://cloud.google.com/iam/docs/reference/sts/rest/v1/TopLevel/token for the list of possible formats."}`,
    ...REFUSED,
    top: 'challenge.invalid-request',
    excludes: [...NOT_MISSING, 'claim.aud-mismatch', ...MISREAD],
  },
  // external-dns on GKE with Workload Identity (its log line from a public issue, verbatim shape): the metadata server
  // could not get the Google service account's token, IAM refused the pod's Kubernetes service account.
  {
    name: 'GKE Workload Identity: compute: Received 403 Unable to generate access token; IAM returned 403 Forbidden',
    input:
      'time="2022-06-24T01:44:23Z" level=error msg="Get \\"https://dns.googleapis.com/dns/v1/projects/kdaida123/managedZones?alt=json&prettyPrint=false\\": compute: Received 403 `Unable to generate access token; IAM returned 403 Forbidden: The caller does not have permission\\nThis error could be caused by a missing IAM policy binding on the target IAM service account.\\nFor more information, refer to the Workload Identity documentation:\\n\\thttps://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity#authenticating_to\\n\\n`"',
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'gke-metadata-server',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The metadata endpoint curl'd from the pod (public walkthroughs): its body is the same words.
  {
    name: 'GKE Workload Identity: curl to the metadata token endpoint from the pod',
    input: [
      '$ kubectl exec -it workload-identity-test --namespace testing -- curl -H "Metadata-Flavor: Google" http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token',
      'Unable to generate access token; IAM returned 403 Forbidden: The caller does not have permission',
      'This error could be caused by a missing IAM policy binding on the target IAM service account.',
      'For more information, refer to the Workload Identity documentation:',
      '\thttps://cloud.google.com/kubernetes-engine/docs/how-to/workload-identity#authenticating_to',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'policy.deny',
    via: 'gke-metadata-server',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The exchange by hand (Google's STS token endpoint, its documented form parameters), as an engineer reproduces it:
  // the subject token goes in the form body, so no Authorization header is missing from a token request.
  {
    name: 'curl to sts.googleapis.com/v1/token: invalid_grant audience',
    input: [
      '$ curl -s https://sts.googleapis.com/v1/token -d grant_type=urn:ietf:params:oauth:grant-type:token-exchange -d subject_token_type=urn:ietf:params:oauth:token-type:jwt -d "subject_token=$OIDC_TOKEN" -d audience=//iam.googleapis.com/projects/573522191771/locations/global/workloadIdentityPools/github/providers/github-oidc -d requested_token_type=urn:ietf:params:oauth:token-type:access_token -d scope=https://www.googleapis.com/auth/cloud-platform',
      '{"error":"invalid_grant","error_description":"The audience in ID Token [https://github.com/acme] does not match the expected audience."}',
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'gcp-sts',
    excludes: ['token.missing', 'token.revoked', 'challenge.invalid-token', 'authz-header.missing', ...MISREAD],
  },
];

const ENTRA: Row[] = [
  // Azure/login#482, #453 (the action's lines, verbatim shape): GitHub's sub is not the one the federated credential lists.
  {
    name: 'azure/login: AADSTS700213, no federated identity record for the subject',
    input: [
      'Federated token details:',
      ' issuer - https://token.actions.githubusercontent.com',
      ' subject claim - repo:acme/orders:ref:refs/heads/feature/retry',
      'Attempting Azure CLI login by using OIDC...',
      "Error: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:acme/orders:ref:refs/heads/feature/retry'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation Trace ID: 8335980a-8604-4005-a5e1-f678003d5b01 Correlation ID: c3a1f4bb-2b8a-4486-ac4a-fdd45ed43116 Timestamp: 2026-05-28 14:09:58Z",
      "Error: Login failed with Error: The process '/usr/bin/az' failed with exit code 1. Double check if the 'auth-type' is correct. Refer to https://github.com/Azure/login#readme for more information.",
    ].join('\n'),
    ...DENIED,
    top: 'federation.no-match',
    via: 'entra-id',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // Azure/login#515 (verbatim): the case-sensitive subject match that Entra ID enforces since 2024.
  {
    name: 'azure/login: AADSTS7002138, the subject matches only case-insensitively',
    input:
      "Error: AADSTS7002138: No matching federated identity record found for presented assertion subject 'repo:CODfreak213421/IsocertsgDashboard23:environment:Production'. The subject matches with case-insensitive comparison, but not with case-sensitive comparison. Check your federated identity credential Subject, Audience and Issuer against the presented assertion. See documentation at: https://learn.microsoft.com/entra/workload-id/workload-identity-federation.",
    ...DENIED,
    top: 'federation.no-match',
    via: 'entra-id',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // Azure/azure-workload-identity#1200 (verbatim shape): the AKS cluster's issuer is not on any federated credential.
  {
    name: 'azure-workload-identity: AADSTS700211, no federated identity record for the issuer',
    input:
      'Content: {"error":"invalid_client","error_description":"AADSTS700211: No matching federated identity record found for presented assertion issuer \'https://eastus2.oic.prod-aks.azure.com/7b3f0e2a-1111-4c3e-9a0b-2f4a6c8d0e11/c9e7a1b2-2222-4d5f-8a6b-3c4d5e6f7a8b/\'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation Trace ID: 93eb6af6-43b5-4b16-ad6e-63cf2a050b00 Correlation ID: 8f043819-8577-46b9-b330-a72e2e114665 Timestamp: 2026-05-28 14:09:58Z","error_codes":[700211],"timestamp":"2026-05-28 14:09:58Z","trace_id":"93eb6af6-43b5-4b16-ad6e-63cf2a050b00","correlation_id":"8f043819-8577-46b9-b330-a72e2e114665"}',
    ...REFUSED,
    top: 'claim.iss-mismatch',
    via: 'entra-id',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // GitLab's Azure OIDC troubleshooting docs (verbatim): the job's id_token carries GitLab's default audience.
  {
    name: 'GitLab CI to Azure: AADSTS700212, no federated identity record for the audience',
    input: [
      '$ az login --service-principal --username "$AZURE_CLIENT_ID" --tenant "$AZURE_TENANT_ID" --federated-token "$GITLAB_OIDC_TOKEN"',
      "ERROR: AADSTS700212: No matching federated identity record found for presented assertion audience 'https://gitlab.com'",
    ].join('\n'),
    ...REFUSED,
    top: 'claim.aud-mismatch',
    via: 'entra-id',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // dotnet/docker-tools#1310 (the message, verbatim shape): the federated assertion had expired before it reached
  // Entra ID (a long job reusing the token it fetched at start).
  {
    name: 'Azure.Identity: AADSTS700024, client assertion past its expiry time',
    input:
      'Azure.Identity.AuthenticationFailedException: ClientAssertionCredential authentication failed: A configuration issue is preventing authentication - check the error message from the server for details. You can modify the configuration in the application registration portal. See https://aka.ms/msal-net-invalid-client for details.  Original exception: AADSTS700024: Client assertion is not within its valid time range. Current time: 2026-05-28T14:10:00.5853621Z, assertion valid from 2026-05-28T13:59:01.0000000Z, expiry time of assertion 2026-05-28T14:04:01.0000000Z. Review the documentation at https://docs.microsoft.com/azure/active-directory/develop/active-directory-certificate-credentials . Trace ID: 47ddff41-43d5-4e7e-aa00-dcd12eb2f600 Correlation ID: e26ff7b2-9371-4445-a593-4ec453fa9184 Timestamp: 2026-05-28 14:10:00Z',
    ...REFUSED,
    top: 'time.expired',
    via: 'entra-id',
    excludes: [...NOT_MISSING, 'time.not-yet-valid', ...MISREAD],
  },
  // The same message when the assertion's valid-from is still ahead of Entra ID's clock (a runner whose clock runs fast).
  {
    name: 'az CLI: AADSTS700024, client assertion not yet valid',
    input:
      'ERROR: AADSTS700024: Client assertion is not within its valid time range. Current time: 2026-05-28T14:10:00.6755165Z, assertion valid from 2026-05-28T14:12:31.0000000Z, expiry time of assertion 2026-05-28T14:22:31.0000000Z. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials . Trace ID: 47ddff41-43d5-4e7e-aa00-dcd12eb2f600 Correlation ID: e26ff7b2-9371-4445-a593-4ec453fa9184 Timestamp: 2026-05-28 14:10:00Z',
    ...REFUSED,
    top: 'time.not-yet-valid',
    via: 'entra-id',
    excludes: [...NOT_MISSING, 'time.expired', ...MISREAD],
  },
  // Azure/azure-workload-identity#616 (the webhook's log line, verbatim shape): AADSTS70021 names the token's issuer,
  // subject and audience, which no federated credential lists together.
  {
    name: 'azure-workload-identity: AADSTS70021 in the token credential’s log line',
    input:
      'E1027 23:39:22.893319       1 token_credential.go:62] "failed to acquire token" err="FromAssertion(): http call(https://login.microsoftonline.com/78f9c33e-5b36-4730-93a8-9416d43ee1b3/oauth2/v2.0/token)(POST) error: reply status code was 400:\\n{\\"error\\":\\"invalid_request\\",\\"error_description\\":\\"AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: \'https://kubernetes.default.svc.cluster.local\'. Assertion Subject: \'system:serviceaccount:default:workload-identity-sa\'. Assertion Audience: \'api://AzureADTokenExchange\'. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation\\\\r\\\\nTrace ID: 30b6df93-efd2-459c-ae6a-bad0838f6f00\\\\r\\\\nCorrelation ID: dffc6012-a4af-4f00-80ab-3e831069b3cc\\\\r\\\\nTimestamp: 2022-10-27 23:39:22Z\\",\\"error_codes\\":[70021],\\"timestamp\\":\\"2022-10-27 23:39:22Z\\"}"',
    ...D400,
    top: 'federation.no-match',
    via: 'entra-id',
    excludes: [...NOT_MISSING, 'challenge.invalid-request', ...MISREAD],
  },
  // AADSTS70025 in azure/login's output (public troubleshooting notes quoting it with the action's line).
  {
    name: 'azure/login: AADSTS70025, the app has no federated identity credentials',
    input: [
      "Error: AADSTS70025: The client '***'(ai-chatbot-deployer) has no configured federated identity credentials. Trace ID: d6e5f9cc-1a2b-4c3d-8e9f-0a1b2c3d4e5f Correlation ID: 7f3e2d1c-0b9a-4876-8543-210fedcba987 Timestamp: 2026-05-28 14:09:58Z",
      "Error: Login failed with Error: The process '/usr/bin/az' failed with exit code 1. Double check if the 'auth-type' is correct. Refer to https://github.com/Azure/login#readme for more information.",
    ].join('\n'),
    ...REFUSED,
    top: 'verifier.misconfigured',
    via: 'entra-id',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // As pasted into Slack, quoted, with the change that caused it (a job given an environment gets an
  // `environment:` subject; Azure/login#379).
  {
    name: 'Slack: a quoted AADSTS700213 after a job gained an environment',
    input: [
      '@channel deploy is broken again :(',
      "> Error: AADSTS700213: No matching federated identity record found for presented assertion subject 'repo:acme/orders:environment:Production'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation Trace ID: 8335980a-8604-4005-a5e1-f678003d5b01 Correlation ID: c3a1f4bb-2b8a-4486-ac4a-fdd45ed43116 Timestamp: 2026-05-28 14:09:58Z",
      'we only added `environment: Production` to the job',
    ].join('\n'),
    ...DENIED,
    top: 'federation.no-match',
    via: 'entra-id',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // MSAL's exception with Entra ID's JSON reply (the error_description as in Azure/azure-workload-identity#616): its
  // invalid_request is the assertion refused, read from the description, not a malformed request.
  {
    name: 'MSAL: AADSTS70021 in an invalid_request reply',
    input:
      'msal.exceptions: {"error":"invalid_request","error_description":"AADSTS70021: No matching federated identity record found for presented assertion. Assertion Issuer: \'https://kubernetes.default.svc.cluster.local\'. Assertion Subject: \'system:serviceaccount:default:workload-identity-sa\'. Assertion Audience: \'api://AzureADTokenExchange\'. https://docs.microsoft.com/en-us/azure/active-directory/develop/workload-identity-federation\\r\\nTrace ID: 30b6df93-efd2-459c-ae6a-bad0838f6f00\\r\\nCorrelation ID: dffc6012-a4af-4f00-80ab-3e831069b3cc\\r\\nTimestamp: 2022-10-27 23:39:22Z","error_codes":[70021],"timestamp":"2022-10-27 23:39:22Z"}',
    ...DENIED,
    top: 'federation.no-match',
    via: 'entra-id',
    excludes: [...NOT_MISSING, 'challenge.invalid-request', ...MISREAD],
  },
];

const VAULT: Row[] = [
  // hashicorp/vault-action's failure line (hashicorp/vault-plugin-auth-jwt#382's shape) with hashicorp/cap's audience
  // error (cap jwt/jwt.go).
  {
    name: 'vault-action: invalid audience (aud) claim',
    input:
      'Error: failed to retrieve vault token. code: ERR_NON_2XX_3XX_RESPONSE, message: Response code 400 (Bad Request), vaultResponse: {"errors":["error validating token: invalid audience (aud) claim: audience claim does not match any expected audience"]}',
    ...A400,
    top: 'claim.aud-mismatch',
    via: 'vault',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // hashicorp/vault-plugin-auth-jwt#382 (verbatim): a role's bound_subject (cap's invalid subject).
  {
    name: 'vault-action: invalid subject (sub) claim',
    input:
      'failed to retrieve vault token. code: ERR_NON_2XX_3XX_RESPONSE, message: Response code 400 (Bad Request), vaultResponse: {"errors":["error validating token: invalid subject (sub) claim"]}',
    ...D400,
    top: 'federation.no-match',
    via: 'vault',
    excludes: [...NOT_MISSING, 'claim.sub-missing', ...MISREAD],
  },
  // The Vault CLI's print (api/response.go) of a bound-claims refusal (claims.go; hashicorp/vault-plugin-auth-jwt#305).
  {
    name: 'vault CLI: claim "sub" does not match any associated bound claim values',
    input: [
      'Error writing data to auth/jwt/login: Error making API request.',
      '',
      'URL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login',
      'Code: 400. Errors:',
      '',
      '* error validating claims: claim "sub" does not match any associated bound claim values',
    ].join('\n'),
    ...D400,
    top: 'federation.no-match',
    via: 'vault',
    excludes: [...NOT_MISSING, 'claim.sub-missing', ...MISREAD],
  },
  // path_login.go: `role %q could not be found` (the role the job asked for was never written).
  {
    name: 'vault CLI: role could not be found',
    input: [
      'Error writing data to auth/jwt/login: Error making API request.',
      '',
      'URL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login',
      'Code: 400. Errors:',
      '',
      '* role "gha-deploy" could not be found',
    ].join('\n'),
    ...A400,
    top: 'verifier.misconfigured',
    via: 'vault',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // cap's expiry error (jwt/jwt.go), Vault naming it rather than golang-jwt, whose words it contains.
  {
    name: 'vault-action: invalid expiration time (exp) claim: token is expired',
    input:
      'Error: failed to retrieve vault token. code: ERR_NON_2XX_3XX_RESPONSE, message: Response code 400 (Bad Request), vaultResponse: {"errors":["error validating token: invalid expiration time (exp) claim: token is expired"]}',
    ...A400,
    top: 'time.expired',
    via: 'vault',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The CLI's print of cap's issuer error (a GitLab job whose id_token comes from another GitLab instance).
  {
    name: 'vault CLI: invalid issuer (iss) claim',
    input: [
      'Error writing data to auth/jwt/login: Error making API request.',
      '',
      'URL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login',
      'Code: 400. Errors:',
      '',
      '* error validating token: invalid issuer (iss) claim',
    ].join('\n'),
    ...A400,
    top: 'claim.iss-mismatch',
    via: 'vault',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // hashicorp/vault-plugin-auth-jwt#12 (the curl reply, verbatim): an older Vault's bound_subject refusal. The login
  // carries the JWT in its body, not in Authorization: a token request, where no bearer header is missing.
  {
    name: 'curl to auth/jwt/login: sub claim does not match bound subject',
    input: [
      `$ curl --request POST --data '{"jwt": "$JWT", "role": "dublin"}' $VAULT_ADDR/v1/auth/jwt/login`,
      '{"errors":["sub claim does not match bound subject"]}',
    ].join('\n'),
    ...DENIED,
    top: 'federation.no-match',
    via: 'vault',
    excludes: ['token.missing', 'claim.sub-missing', 'authz-header.missing', ...MISREAD],
  },
  // A role written without bound_audiences meets a GitLab id_token, which always has an aud (path_login.go's words,
  // hashicorp/vault-plugin-auth-jwt#300).
  {
    name: 'vault CLI: audience claim found in JWT but no audiences bound to the role',
    input: [
      'Error writing data to auth/jwt/login: Error making API request.',
      '',
      'URL: PUT https://vault.acme.internal:8200/v1/auth/jwt/login',
      'Code: 400. Errors:',
      '',
      '* audience claim found in JWT but no audiences bound to the role',
    ].join('\n'),
    ...A400,
    top: 'verifier.misconfigured',
    via: 'vault',
    excludes: [...NOT_MISSING, 'claim.aud-mismatch', ...MISREAD],
  },
  // Vault Agent's log for a Kubernetes service account token its role does not bind (a public walkthrough, verbatim
  // shape: Vault Agent indents the API error with "  | ").
  {
    name: 'Vault Agent, Kubernetes auth: service account name not authorized',
    input: [
      '2023-08-02T19:42:42.234Z [ERROR] agent.auth.handler: error authenticating:',
      '  error=',
      '  | Error making API request.',
      '  |',
      '  | URL: PUT http://vault.default.svc:8200/v1/auth/kubernetes/login',
      '  | Code: 403. Errors:',
      '  |',
      '  | * service account name not authorized',
      '   backoff=4m37.45s',
    ].join('\n'),
    status: 403,
    classification: 'authorization',
    top: 'federation.no-match',
    via: 'vault',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
  // The same for the namespace binding, as older Vault answered it (Code: 500; a public Vault Agent walkthrough).
  {
    name: 'Vault Agent, Kubernetes auth: namespace not authorized (Code: 500)',
    input: [
      '[ERROR] auth.handler: error authenticating: error="Error making API request.',
      '',
      'URL: PUT http://vault.default.svc:8200/v1/auth/kubernetes/login',
      'Code: 500. Errors:',
      '',
      '* namespace not authorized" backoff=1.9882590740000001',
    ].join('\n'),
    status: 500,
    classification: 'authorization',
    top: 'federation.no-match',
    via: 'vault',
    excludes: [...NOT_MISSING, ...MISREAD],
  },
];

/** A GitHub Actions OIDC token as the runner mints it (claims per GitHub's docs), valid at NOW. */
const GITHUB_OIDC = rs256(
  {
    iss: 'https://token.actions.githubusercontent.com',
    aud: 'https://github.com/acme',
    sub: 'repo:acme/orders:ref:refs/heads/main',
    repository: 'acme/orders',
    ref: 'refs/heads/main',
    iat: NOW - 120,
    nbf: NOW - 180,
    exp: NOW + 180,
  },
  { kid: 'cc413527-173f-5a05-976e-9c52b1d7b431' },
);

const QUIET_ROWS: Row[] = [
  // A role's trust policy as the AWS docs and configure-aws-credentials' README write it: configuration, no refusal.
  {
    name: 'a trust policy that names sts:AssumeRoleWithWebIdentity',
    input: [
      '{',
      '    "Version": "2012-10-17",',
      '    "Statement": [',
      '        {',
      '            "Effect": "Allow",',
      '            "Principal": {',
      '                "Federated": "arn:aws:iam::123456789012:oidc-provider/token.actions.githubusercontent.com"',
      '            },',
      '            "Action": "sts:AssumeRoleWithWebIdentity",',
      '            "Condition": {',
      '                "StringEquals": { "token.actions.githubusercontent.com:aud": "sts.amazonaws.com" },',
      '                "StringLike": { "token.actions.githubusercontent.com:sub": "repo:acme/orders:*" }',
      '            }',
      '        }',
      '    ]',
      '}',
    ].join('\n'),
    ...QUIET,
    excludes: ['federation.no-match', 'policy.deny', 'verifier.misconfigured', 'token.missing'],
  },
  // configure-aws-credentials' success line (its index.ts: "Authenticated as assumedRoleId …").
  {
    name: 'configure-aws-credentials: a role assumed',
    input: ['Assuming role with OIDC', 'Authenticated as assumedRoleId AROAUPVGPR723GUOXFF77:gha-30797407173'].join(
      '\n',
    ),
    ...QUIET,
    excludes: ['federation.no-match', 'policy.deny', 'token.missing'],
  },
  // aws/aws-sdk-php#1858's subject in prose: the error's name, not an error.
  {
    name: 'prose: the SDK retries InvalidIdentityToken errors',
    input:
      'The AWS SDK for PHP retries InvalidIdentityToken errors from AssumeRoleWithWebIdentity, since STS sometimes cannot reach the identity provider.',
    ...QUIET,
    excludes: ['challenge.invalid-token'],
  },
  // The same words as Vault's path_login.go from an application's own service (a Java role lookup): not Vault's list.
  {
    name: 'an application’s own “role … could not be found”',
    input: [
      'java.util.NoSuchElementException: role "admin" could not be found',
      '\tat com.acme.users.AppUserService.addRoleToUser(AppUserService.java:41)',
    ].join('\n'),
    ...QUIET,
    excludes: ['verifier.misconfigured'],
  },
  // Writing a Vault JWT role (the CLI's "Success! Data written to: …"): bound claims as configuration.
  {
    name: 'vault write of a JWT role with bound claims',
    input: [
      `$ vault write auth/jwt/role/gha-deploy role_type=jwt user_claim=sub bound_audiences=https://github.com/acme bound_claims_type=glob bound_claims='{"sub":"repo:acme/orders:ref:refs/heads/*"}' token_policies=deploy`,
      'Success! Data written to: auth/jwt/role/gha-deploy',
    ].join('\n'),
    ...QUIET,
    excludes: ['federation.no-match', 'policy.deny', 'claim.aud-mismatch'],
  },
  // A refresh token Google no longer honours (google-auth's invalid_grant, in public issue threads): the grant is the
  // refresh token, no verifier words in the description, so it stays token.revoked.
  {
    name: 'Google OAuth: invalid_grant for a refresh token stays token.revoked',
    input: [
      'HTTP/1.1 400 Bad Request',
      'Content-Type: application/json',
      '',
      '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}',
    ].join('\n'),
    ...A400,
    top: 'token.revoked',
    excludes: ['challenge.invalid-token', 'claim.aud-mismatch'],
  },
  // "Token too old" in prose, away from STS's ExpiredTokenException.
  {
    name: 'prose: a runbook line that quotes “Token too old”',
    input: 'our runbook says: if the job fails with Token too old: re-run it from the start',
    ...QUIET,
    excludes: ['time.expired'],
  },
  // Flux's kustomize-controller failing to reach STS at all (Flux v2.6.4's release notes quote it): a network error, no
  // verdict on the token.
  {
    name: 'Flux: STS unreachable (StatusCode: 0, no such host)',
    input:
      '{"level":"error","ts":"2026-05-28T14:09:58.123Z","msg":"Reconciliation failed","controller":"kustomization","error":"failed to decrypt: STS: AssumeRoleWithWebIdentity, https response error\\n   StatusCode: 0, RequestID: ,\\nrequest send failed, Post\\n \\"https://sts.arn.amazonaws.com/\\": dial tcp:\\nlookup sts.arn.amazonaws.com on 10.100.0.10:53: no such host"}',
    ...QUIET,
    excludes: ['federation.no-match', 'policy.deny', 'challenge.invalid-token', 'token.missing'],
  },
  // The words in an application's own Go handler (http.Error with "Forbidden: Namespace not authorized"): not Vault's.
  {
    name: 'an application’s own “Namespace not authorized”',
    input: 'http.Error(w, "Forbidden: Namespace not authorized", http.StatusForbidden)',
    ...QUIET,
    excludes: ['federation.no-match', 'policy.deny'],
  },
];

describe('formats, round 17b: the job was given no OIDC token', () => {
  it.each(NO_TOKEN)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17b: AWS STS AssumeRoleWithWebIdentity', () => {
  it.each(AWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17b: Google STS and IAM Credentials', () => {
  it.each(GCP)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17b: Entra ID federated identity credentials', () => {
  it.each(ENTRA)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17b: Vault JWT auth', () => {
  it.each(VAULT)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17b: must stay quiet', () => {
  it.each(QUIET_ROWS)('$name', async (row) => {
    await expectPasteRow(row);
  });
});

describe('formats, round 17b: the token and the service agree', () => {
  it('an expired job token printed beside STS’s ExpiredTokenException is one cause', async () => {
    const expired = rs256(
      {
        iss: 'https://token.actions.githubusercontent.com',
        aud: 'sts.amazonaws.com',
        sub: 'repo:acme/orders:ref:refs/heads/main',
        iat: NOW - 900,
        nbf: NOW - 960,
        exp: NOW - 600,
      },
      { kid: 'cc413527-173f-5a05-976e-9c52b1d7b431' },
    );
    await expectPasteRow(
      {
        name: 'expired token',
        input: [
          `token: ${expired}`,
          'An error occurred (ExpiredTokenException) when calling the AssumeRoleWithWebIdentity operation: Token expired: current date/time 1779977400 must be before the expiration date/time1779976800',
        ].join('\n'),
        ...REFUSED,
        top: 'time.expired',
        tokenExp: NOW - 600,
        excludes: [...NOT_MISSING, 'input.live-token', 'claim.aud-mismatch'],
      },
      [expired.split('.')[2] as string],
    );
  });
});

describe('formats, round 17b: a signed token in the paste is never echoed', () => {
  it('the job’s OIDC token printed beside STS’s Incorrect token audience', async () => {
    const signature = GITHUB_OIDC.split('.')[2] as string;
    const report = await expectPasteRow(
      {
        name: 'signed token',
        input: [
          `OIDC token: ${GITHUB_OIDC}`,
          'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
        ].join('\n'),
        ...REFUSED,
        top: 'claim.aud-mismatch',
        via: 'aws-sts',
        includes: ['input.live-token'],
        excludes: NOT_MISSING,
      },
      [signature],
    );
    // STS does not print the audience: the token's own is the one it refused.
    expect(report.findings.find((f) => f.code === 'claim.aud-mismatch')?.args.aud).toEqual(['https://github.com/acme']);
  });
});

describe('formats, round 17b: a job that got no OIDC token', () => {
  it('says the client could not get its token, and steps to the id-token permission', async () => {
    const report = await expectPasteRow({
      name: 'no OIDC token',
      input: 'Error: Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable',
      ...REFUSED,
      top: 'token.missing',
      via: 'github-actions',
    });
    expect(report.findings[0]?.args).toEqual({ via: 'github-actions', unobtained: true });
    expect(report.findings[0]?.title).toBe('The client could not get its token');
    expect(report.nextSteps[0]).toContain('permissions: id-token: write');
  });
});

// Audit round c: STS's InvalidIdentityToken with a message no row reads as a cause. The message is STS's description
// of the refusal: quoted, not called absent.
describe('formats, audit c: InvalidIdentityToken quotes the message STS printed after it', () => {
  const invalidToken = (r: { findings: { code: string; detail: string; args: Record<string, unknown> }[] }) =>
    r.findings.find((f) => f.code === 'challenge.invalid-token');
  it('botocore’s "(InvalidIdentityToken) when calling … operation: <message>"', async () => {
    const report = await expectPasteRow({
      name: 'botocore InvalidIdentityToken, unread message',
      input:
        'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
      ...REFUSED,
      top: 'challenge.invalid-token',
      via: 'aws-sts',
    });
    expect(invalidToken(report)?.args.description).toBe(
      'The ID Token provided is not a valid JWT. (You may see this error if you sent an Access Token)',
    );
    expect(invalidToken(report)?.detail).not.toContain('no description');
  });
  it('aws-sdk-go’s "caused by: InvalidIdentityToken: <message>"', async () => {
    const report = await expectPasteRow({
      name: 'aws-sdk-go InvalidIdentityToken, unread message',
      input: [
        'WebIdentityErr: failed to retrieve credentials',
        'caused by: InvalidIdentityToken: The web identity token could not be validated',
        '\tstatus code: 400, request id: d2ca4afe-78e5-45c5-8ab6-a60c91756b59',
      ].join('\n'),
      ...A400,
      top: 'challenge.invalid-token',
      via: 'aws-sts',
    });
    expect(invalidToken(report)?.args.description).toBe('The web identity token could not be validated');
  });
  it('STS’s XML <Code> then <Message>', async () => {
    const report = await expectPasteRow({
      name: 'STS XML InvalidIdentityToken',
      input:
        '<ErrorResponse><Error><Type>Sender</Type><Code>InvalidIdentityToken</Code><Message>The web identity token could not be validated</Message></Error></ErrorResponse>',
      ...REFUSED,
      top: 'challenge.invalid-token',
      via: 'aws-sts',
    });
    expect(invalidToken(report)?.args.description).toBe('The web identity token could not be validated');
  });
  it('a code with nothing after it keeps no description', async () => {
    const report = await expectPasteRow({
      name: 'bare InvalidIdentityToken',
      input: 'botocore error code: (InvalidIdentityToken)',
      ...REFUSED,
      top: 'challenge.invalid-token',
      via: 'aws-sts',
    });
    expect(invalidToken(report)?.args.description).toBeNull();
  });
  it('a row that reads the message as its cause is not quoted as an invalid_token description', async () => {
    const report = await expectPasteRow({
      name: 'read message',
      input:
        'An error occurred (InvalidIdentityToken) when calling the AssumeRoleWithWebIdentity operation: Incorrect token audience',
      ...REFUSED,
      top: 'claim.aud-mismatch',
      via: 'aws-sts',
      excludes: ['challenge.invalid-token'],
    });
    expect(report.findings[0]?.code).toBe('claim.aud-mismatch');
  });
});
