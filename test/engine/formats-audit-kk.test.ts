/**
 * Round audit-kk: real 403s, who denied what. Cloud IAM denials (AWS's `is not authorized to perform` with the policy
 * type that refused, Google's `Permission '…' denied for resource`, Azure Storage's data-plane mismatch, Microsoft
 * Graph's Authorization_RequestDenied) and the rows that must not catch. Each row is a public thread's paste (tokens,
 * account ids and names made up in the same shape).
 */
import { describe, expect, it } from 'vitest';
import { A403, DENIED, MISREAD, QUIET } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow } from '../helpers/paste-rows.js';

interface Row extends PasteRow {
  /** policy.deny's args that must match (the action, the resource, the policy type). */
  deny?: Record<string, unknown>;
  /** Words the next steps must hold: the grant to add, where. */
  step?: string;
}

const CATCHES: Row[] = [
  {
    name: 'Go SDK v2: no identity-based policy allows iam:PassRole (alphagov/govuk-infrastructure#2439)',
    input:
      'operation error Bedrock: PutModelInvocationLoggingConfiguration, https response error StatusCode: 403, User: arn:aws:sts::210287912431:assumed-role/terraform-cloud/terraform-run-h7rD1XcGWxHMDCG7 is not authorized to perform: iam:PassRole on resource: arn:aws:iam::210287912431:role/govuk-chat-bedrock-access-role because no identity-based policy allows the iam:PassRole action',
    ...A403,
    top: 'policy.deny',
    via: 'aws',
    deny: {
      permission: 'iam:PassRole',
      resource: 'arn:aws:iam::210287912431:role/govuk-chat-bedrock-access-role',
      awsPolicy: 'identity',
      principal: 'arn:aws:sts::210287912431:assumed-role/terraform-cloud/terraform-run-h7rD1XcGWxHMDCG7',
    },
  },
  {
    name: 'controller JSON log: explicit deny in a service control policy (kubernetes-sigs/aws-load-balancer-controller#2322)',
    input: [
      '{',
      '  "level": "error",',
      '  "msg": "Reconciler error",',
      '  "error": "AccessDeniedException: User: arn:aws:sts::123456789012:assumed-role/alb-controller-role/1635254000 is not authorized to perform: waf-regional:GetWebACLForResource on resource: arn:aws:waf-regional:eu-west-1:123456789012:*/* with an explicit deny in a service control policy"',
      '}',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    via: 'aws',
    deny: { permission: 'waf-regional:GetWebACLForResource', awsPolicy: 'scp', explicitDeny: true },
    step: 'service control policy denies waf-regional:GetWebACLForResource',
  },
  {
    name: 'Terraform: no permissions boundary allows, the sentence wrapped (nebari-dev/nebari#2152)',
    input: [
      '[terraform]: │ Error: error creating role: UnauthorizedOperation: You are not authorized to perform this operation. User: arn:aws:iam::111122223333:user/nebari-deployer is not authorized to perform: ec2:CreateRole on resource: arn:aws:iam::111122223333:role/nebari-node',
      ' because no permissions boundary allows the ec2:CreateRole action.',
      '[terraform]: │  status code: 403, request id: 6bcc1ed4-f323-4db4-86fa-5e23b5df90ae',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'aws',
    deny: { permission: 'ec2:CreateRole', awsPolicy: 'boundary' },
    step: 'permissions boundary of the user nebari-deployer',
  },
  {
    name: 'Lambda errorMessage with a quoted S3 resource (aws-samples/serverless-patterns#2457)',
    input: [
      'errorType": "AmazonS3Exception",',
      '  "errorMessage": "User: arn:aws:sts::683517028648:assumed-role/ResizerRole/ResizerFunction is not authorized to perform: s3:GetObject on resource: \\"arn:aws:s3:::imageresizer-683517028648/photo.jpeg\\" because no identity-based policy allows the s3:GetObject action"',
    ].join('\n'),
    ...DENIED,
    top: 'policy.deny',
    deny: { permission: 's3:GetObject', resource: 'arn:aws:s3:::imageresizer-683517028648/photo.jpeg' },
  },
  {
    name: 'botocore: explicit deny in a resource-based policy (noobaa/noobaa-core#10060)',
    input:
      'An error occurred (AccessDenied) when calling the ListObjectsV2 operation: User: arn:aws:iam::444455556666:user/alice is not authorized to perform: s3:ListBucket on resource: "arn:aws:s3:::team-bucket" with an explicit deny in a resource-based policy',
    ...DENIED,
    top: 'policy.deny',
    via: 'aws',
    deny: {
      permission: 's3:ListBucket',
      resource: 'arn:aws:s3:::team-bucket',
      awsPolicy: 'resource',
      explicitDeny: true,
    },
  },
  {
    name: 'an action that takes no resource, session policy (Cognito unauth role shape, nmwalsh/aws-ai-services-site#49)',
    input:
      'User: arn:aws:sts::430695380796:assumed-role/Cognito_Unauth_Role/CognitoIdentityCredentials is not authorized to perform: rekognition:DetectLabels because no session policy allows the rekognition:DetectLabels action',
    ...DENIED,
    top: 'policy.deny',
    deny: { permission: 'rekognition:DetectLabels', awsPolicy: 'session' },
  },
  {
    name: "grpc-java: Secret Manager's 'denied for resource' (GoogleCloudPlatform/java-docs-samples#6571)",
    input:
      "com.google.api.gax.rpc.PermissionDeniedException: io.grpc.StatusRuntimeException: PERMISSION_DENIED: Permission 'secretmanager.secrets.setIamPolicy' denied for resource 'projects/779844219229/secrets/java-1639072054467' (or it may not exist).",
    ...DENIED,
    top: 'policy.deny',
    deny: {
      permission: 'secretmanager.secrets.setIamPolicy',
      resource: 'projects/779844219229/secrets/java-1639072054467',
    },
  },
  {
    name: 'bare PERMISSION_DENIED line with IAM v2’s unquoted permission (GoogleCloudPlatform/nodejs-docs-samples#3144)',
    input:
      'PERMISSION_DENIED: Permission iam.googleapis.com/denypolicies.create denied on resource cloudresourcemanager.googleapis.com/projects/long-door-651',
    ...DENIED,
    top: 'policy.deny',
    deny: { permission: 'iam.googleapis.com/denypolicies.create' },
  },
  {
    name: 'Azure SDK 403 with the response headers printed: no request shown (Azure/kusto-copy#79)',
    input: [
      'Status: 403 (This request is not authorized to perform this operation using this permission.)',
      'ErrorCode: AuthorizationPermissionMismatch',
      '',
      'Headers:',
      'Server: Windows-Azure-Blob/1.0 Microsoft-HTTPAPI/2.0',
      'x-ms-request-id: 1a9db850-b01e-0036-17c2-5708ec000000',
      'x-ms-client-request-id: 0d3662ef-5c42-44dd-8c01-0a4353c87670',
      'x-ms-error-code: AuthorizationPermissionMismatch',
    ].join('\n'),
    ...A403,
    top: 'policy.deny',
    via: 'azure-storage',
    excludes: ['authz-header.missing'],
    step: 'Storage Blob Data Contributor',
  },
  {
    name: 'Microsoft Graph: Authorization_RequestDenied, the app’s Graph permission (microsoftgraph/nodejs-connect-rest-sample#69)',
    input: [
      '403 Forbidden',
      '',
      '{',
      '  "error": {',
      '    "code": "Authorization_RequestDenied",',
      '    "message": "Insufficient privileges to complete the operation.",',
      '    "innerError": { "request-id": "6fca4864-c043-4aa6-b312-39cbe2ae4c41", "date": "2017-08-04T17:42:04" }',
      '  }',
      '}',
    ].join('\n'),
    ...A403,
    top: 'challenge.insufficient-scope',
    via: 'microsoft-graph',
    step: 'grant admin consent',
  },
  {
    name: 'Google domain-wide delegation: unauthorized_client from the token endpoint (googleapis/google-auth-library-ruby#210)',
    input: [
      'Signet::AuthorizationError (Authorization failed.  Server message:)',
      '{',
      '  "error": "unauthorized_client",',
      '  "error_description": "Client is unauthorized to retrieve access tokens using this method, or client not authorized for any of the scopes requested."',
      '}',
    ].join('\n'),
    status: null,
    classification: 'authorization',
    top: 'oauth.unauthorized-client',
    step: 'Domain-wide delegation',
  },
];

const CATCHES_NOT: Row[] = [
  {
    name: 'another provider’s unauthorized_client keeps the grant-type steps',
    input:
      '{"error":"unauthorized_client","error_description":"The client is not authorized to request a token using this method."}',
    status: null,
    classification: 'authorization',
    top: 'oauth.unauthorized-client',
    step: 'allowed grant types',
  },
  {
    name: 'API Gateway’s resource policy stays the authorizer’s denial, not a second policy.deny',
    input:
      '{"Message":"User: anonymous is not authorized to perform: execute-api:Invoke on resource: arn:aws:execute-api:us-east-1:123456789012:abcdef1234/prod/GET/orders"}',
    ...DENIED,
    top: 'proxy.authorizer-deny',
    excludes: ['policy.deny'],
  },
  {
    name: 'prose about the sentence, with no principal',
    input: 'The role is not authorized to perform: s3:GetObject until the policy is attached.',
    ...QUIET,
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    name: 'an app’s own "User: … is not authorized" with no AWS action',
    input: 'User: bob is not authorized to perform: delete the project',
    ...QUIET,
    excludes: ['policy.deny'],
  },
  {
    name: 'PERMISSION_DENIED in a sentence, no IAM denial after it',
    input: 'We get PERMISSION_DENIED: sometimes, when the quota is exceeded.',
    ...QUIET,
    excludes: ['policy.deny'],
  },
  {
    name: 'a request that does send x-ms-client-request-id and no Authorization is still a request shown',
    input: [
      'GET /container?restype=container HTTP/1.1',
      'Host: acct.blob.core.windows.net',
      'x-ms-client-request-id: 0d3662ef-5c42-44dd-8c01-0a4353c87670',
      'x-ms-version: 2025-07-05',
      '',
      'HTTP/1.1 401 Unauthorized',
    ].join('\n'),
    status: 401,
    classification: 'authentication',
    includes: ['authz-header.missing'],
  },
];

async function check(row: Row): Promise<void> {
  const report = await expectPasteRow(row);
  if (row.step !== undefined) expect(report.nextSteps.join('\n')).toContain(row.step);
  if (row.deny === undefined) return;
  const deny = report.findings.find((f) => f.code === 'policy.deny');
  expect(deny?.args).toMatchObject(row.deny);
}

describe('real 403s: who denied what', () => {
  for (const row of CATCHES) it(`catches: ${row.name}`, () => check(row));
  for (const row of CATCHES_NOT) it(`catches not: ${row.name}`, () => check(row));
});
