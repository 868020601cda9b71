/**
 * Round audit-aj: CI systems that could not give a job its OIDC token, so no token reached the cloud it was meant for
 * (token.missing's `unobtained`, as GitHub Actions' rows in federation.ts). Each row is the CI's or its tool's own words.
 */
import type { Matcher } from './matcher.js';
import { family, namedNear } from './matcher.js';

const circleci = family('circleci');
const buildkite = family('buildkite');
const terraformAws = family('terraform-aws');

const UNOBTAINED = { args: { reason: 'unobtained' } } as const;

export const CI_OIDC_TOKENS: readonly Matcher[] = [
  // CircleCI injects $CIRCLE_OIDC_TOKEN and $CIRCLE_OIDC_TOKEN_V2 only into jobs that use a context (and CircleCI
  // server before 4.4 not at all): its aws-cli orb's role assumption then stops with "OIDC Token cannot be found. A
  // CircleCI context must be specified." (CircleCI-Public/aws-cli-orb#161).
  circleci(
    'no-oidc-token',
    'token.missing',
    'OIDC Token cannot be found. A CircleCI context must be specified.',
    UNOBTAINED,
  ),
  // buildkite-agent's `oidc request-token` refused by Buildkite's API for a lifetime over its maximum: "buildkite-agent:
  // fatal: POST https://agent.buildkite.com/v3/jobs/<id>/oidc/tokens: 422 Unprocessable Entity: Requested lifetime too
  // high (requested: 14400 max: 7200)" (buildkite-plugins/aws-assume-role-with-web-identity-buildkite-plugin#43).
  buildkite('lifetime-too-high', 'token.missing', 'Requested lifetime too high (requested: ', {
    ...UNOBTAINED,
    exactCase: true,
  }),
  // Terraform's AWS provider and S3 backend finding no credentials anywhere in their chain (hashicorp/aws-sdk-go-base's
  // NoValidCredentialSourcesError: "Error: No valid credential sources found" over `with provider["registry.terraform.io/
  // hashicorp/aws"]`, then the chain's last try, "failed to refresh cached credentials, no EC2 IMDS role found"). On HCP
  // Terraform with dynamic provider credentials the run gets its workload identity token, and the provider its role,
  // only with TFC_AWS_PROVIDER_AUTH=true and TFC_AWS_RUN_ROLE_ARN set on the workspace (developer.hashicorp.com
  // terraform/cloud-docs/workspaces/dynamic-provider-credentials/aws-configuration). Only with Terraform named near.
  terraformAws('no-credential-sources', 'token.missing', 'No valid credential sources found', {
    ...UNOBTAINED,
    exactCase: true,
    read: namedNear(1500, 1500, 'terraform', 'hashicorp/aws', 'opentofu'),
  }),
];
