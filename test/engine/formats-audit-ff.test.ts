/**
 * Round audit-ff: real pastes from CI/CD and infrastructure-as-code. client-go's own words for an API server's 401
 * ("the server has asked for the client to provide credentials"), as Terraform's kubernetes and helm providers print
 * them with no kubectl around them, and Google STS's "Specified identity issuer … not found in the configured identity
 * providers" (the pool's provider names another issuer) read as what they state; the same words quoted in prose,
 * or another STS error, stay as before.
 */
import { describe, expect, it } from 'vitest';
import { catches, run } from '../helpers/catches.js';
import { MISREAD, QUIET, REFUSED } from '../helpers/paste-fixtures.js';
import { expectPasteRow, type PasteRow as Row } from '../helpers/paste-rows.js';

const CLIENT_GO: Row[] = [
  {
    name: 'Terraform kubernetes provider (hashicorp/terraform-provider-kubernetes#1130)',
    input: [
      'Error: the server has asked for the client to provide credentials',
      'Error: Failed to update daemonset: Unauthorized',
      'Error: Failed to update deployment: Unauthorized',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
    excludes: ['policy.deny', ...MISREAD],
  },
  {
    name: 'Terraform helm provider in its box (aws-samples/…-kubeflow#121)',
    input: [
      '│ Error: Kubernetes cluster unreachable: the server has asked for the client to provide credentials',
      '│ ',
      '│   with module.kubeflow-components.helm_release.pv_efs,',
      '│   on kubeflow/main.tf line 24, in resource "helm_release" "pv_efs":',
    ].join('\n'),
    ...REFUSED,
    top: 'token.missing',
  },
  {
    name: 'client-go discovery log (klog)',
    input:
      'E0803 04:27:47.110741   30616 memcache.go:265] "Unhandled Error" err="couldn\'t get current server API group list: the server has asked for the client to provide credentials"',
    ...REFUSED,
    top: 'token.missing',
  },
  {
    name: 'alone on its line',
    input: 'the server has asked for the client to provide credentials',
    ...REFUSED,
    top: 'token.missing',
  },
];

const CLIENT_GO_QUIET: Row[] = [
  {
    name: 'quoted in a troubleshooting note',
    input: 'If you get "the server has asked for the client to provide credentials", add your user to the cluster.',
    ...QUIET,
    excludes: ['token.missing'],
  },
  {
    name: 'in a sentence',
    input: 'It looks like the server has asked for the client to provide credentials again after the upgrade',
    ...QUIET,
    excludes: ['token.missing'],
  },
];

describe('client-go’s 401 words, as Terraform’s providers print them', () => {
  for (const row of [...CLIENT_GO, ...CLIENT_GO_QUIET]) {
    it(`${CLIENT_GO.includes(row) ? 'catches' : 'catches not'}: ${row.name}`, async () => {
      const r = await expectPasteRow(row);
      if (CLIENT_GO.includes(row)) expect(r.findings[0]?.title).toContain('Kubernetes API server');
    });
  }
  it('catches: kubectl’s bracketed form is still kubectl’s, once', async () => {
    const r = await run(
      'error: You must be logged in to the server (the server has asked for the client to provide credentials)',
    );
    expect(r.findings[0]?.code).toBe('token.missing');
    expect(r.findings[0]?.args.client).toBe('kubectl');
    expect(r.findings.filter((f) => f.code === 'token.missing')).toHaveLength(1);
  });
});

describe('Google STS: the token’s issuer is not the pool provider’s', () => {
  // terraform-google-modules/terraform-google-github-actions-runners#40
  const GCLOUD =
    'ERROR: gcloud crashed (OAuthError): (\'Error code invalid_grant: Specified identity issuer https://token.actions.githubusercontent.com not found in the configured identity providers.\', \'{"error":"invalid_grant","error_description":"Specified identity issuer https://token.actions.githubusercontent.com not found in the configured identity providers."}\')';
  it('catches: gcloud’s OAuthError', async () => {
    const f = await catches('claim.iss-mismatch', GCLOUD);
    expect(f.args).toMatchObject({ via: 'gcp-sts', iss: 'https://token.actions.githubusercontent.com' });
    expect((await run(GCLOUD)).findings.some((x) => x.code === 'token.revoked')).toBe(false);
  });
  it('catches not: the words without the issuer before "not found"', async () => {
    const r = await run('Specified identity issuer is required. See the configured identity providers.');
    expect(r.findings.some((x) => x.code === 'claim.iss-mismatch')).toBe(false);
  });
  it('catches not: another invalid_grant stays as it was', async () => {
    const r = await run('{"error":"invalid_grant","error_description":"Bad Request"}');
    expect(r.findings.some((x) => x.code === 'claim.iss-mismatch')).toBe(false);
  });
});
