/**
 * Round fix-b: reports whose words did not fit the product that refused (audits a and b). Each group holds the pastes
 * that now read right and the near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { NOW, run } from '../helpers/catches.js';
import { A401, A403, REFUSED, S401, S403 } from '../helpers/paste-fixtures.js';
import { expectPasteRow } from '../helpers/paste-rows.js';
import { CLAIMS, rs256, unsigned } from '../helpers/tokens.js';

const HEADER = { alg: 'RS256', typ: 'JWT', kid: 'k1' };
const POOL = 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI';
const COGNITO_ACCESS = {
  sub: '6650f1c2-a9d3-e4b5-c6d7-e8f9a0b1c2d3',
  iss: POOL,
  client_id: '4example0clientid0abc',
  scope: 'orders/read',
  iat: NOW - 600,
  exp: NOW + 3000,
};
const curl = (token: string) => `> GET /v1/orders HTTP/1.1\n> Authorization: Bearer ${token}\n>\n< ${S401}`;
const steps = (r: { nextSteps: string[] }) => r.nextSteps.join('\n');

// A Cognito user pool's access token has no aud by design: its client_id names the app client (aws-jwt-verify checks
// clientId against client_id unless token_use is "id"). Before, claim.aud-missing ranked first and asked to request an
// audience from Auth0 or Entra ID.
describe('a Cognito access token has no aud', () => {
  it('with token_use "access": no claim.aud-missing', async () => {
    await expectPasteRow({
      name: 'Cognito access token',
      input: curl(unsigned(HEADER, { ...COGNITO_ACCESS, token_use: 'access' })),
      ...A401,
      excludes: ['claim.aud-missing', 'claim.aud-mismatch'],
    });
  });
  it('from a Cognito pool, token_use absent: read as its access token', async () => {
    const report = await expectPasteRow({
      name: 'Cognito pool token with client_id, no token_use',
      input: curl(unsigned(HEADER, COGNITO_ACCESS)),
      ...A401,
      excludes: ['claim.aud-missing'],
    });
    expect(steps(report)).not.toMatch(/Auth0|Entra/);
  });
  it('from the global issuer form too', async () => {
    const iss = 'https://issuer.cognito-idp.us-east-1.amazonaws.com/us-east-1_AbCdEfGhI';
    await expectPasteRow({
      name: 'global issuer',
      input: curl(unsigned(HEADER, { ...COGNITO_ACCESS, iss })),
      ...A401,
      excludes: ['claim.aud-missing'],
    });
  });
  it('an expected audience is compared with client_id, in Cognito’s words', async () => {
    const report = await run(curl(unsigned(HEADER, COGNITO_ACCESS)), { expectedAudiences: ['orders-api'] });
    const aud = report.findings.find((f) => f.code === 'claim.aud-mismatch');
    expect(aud?.args).toMatchObject({ aud: ['4example0clientid0abc'], compared: 'cognito-client_id' });
    expect(aud?.detail).toContain('client_id');
    expect(steps(report)).toContain('app client');
  });
  it('the expected audience is the app client id: no mismatch', async () => {
    const report = await run(curl(unsigned(HEADER, COGNITO_ACCESS)), { expectedAudiences: ['4example0clientid0abc'] });
    expect(report.findings.map((f) => f.code)).not.toContain('claim.aud-mismatch');
  });
  it('in Japanese, the step names the app client', async () => {
    const report = await run(curl(unsigned(HEADER, COGNITO_ACCESS)), {
      expectedAudiences: ['orders-api'],
      locale: 'ja',
    });
    expect(steps(report)).toContain('アプリクライアント');
  });
  // Near-misses: a Cognito ID token (token_use "id") always carries aud; another issuer's audless token is no Cognito's.
  it('a Cognito ID token without aud still lacks it', async () => {
    await expectPasteRow({
      name: 'Cognito id token, no aud',
      input: curl(unsigned(HEADER, { ...COGNITO_ACCESS, token_use: 'id' })),
      ...A401,
      includes: ['claim.aud-missing'],
    });
  });
  it('another issuer’s token with client_id and no aud still lacks it', async () => {
    await expectPasteRow({
      name: 'non-Cognito audless token',
      input: curl(unsigned(HEADER, { ...COGNITO_ACCESS, iss: 'https://auth.acme-corp.com/' })),
      ...A401,
      includes: ['claim.aud-missing'],
    });
  });
  it('a look-alike host is no Cognito pool', async () => {
    await expectPasteRow({
      name: 'cognito-idp look-alike',
      input: curl(
        unsigned(HEADER, { ...COGNITO_ACCESS, iss: 'https://cognito-idp.us-east-1.amazonaws.com.evil.test/x' }),
      ),
      ...A401,
      includes: ['claim.aud-missing'],
    });
  });
});

// A product whose credential is no JWT (Grafana Cloud's access-policy token, Grafana's API keys, Consul's and Nomad's
// ACL tokens): before, the step asked for the token's exp, iss, aud and kid.
const GRAFANA_CLOUD =
  'ts=2026-05-28T14:05:11.123Z caller=dedupe.go:112 component=remote level=error remote_name=9f3a1c url=https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push msg="non-recoverable error" count=500 exemplarCount=0 err="server returned HTTP status 401 Unauthorized: authentication error: invalid authentication credentials"';
const JWT_WORDS = /\b(?:exp|iss|aud|kid)\b/;

describe('a refused credential that is no JWT', () => {
  const rows = [
    { name: 'Grafana Cloud remote write', input: GRAFANA_CLOUD, credential: 'grafana-cloud-token', step: 'instance' },
    {
      name: 'Grafana API key',
      input: `${S401}\nContent-Type: application/json\n\n{"message":"Invalid API key","messageId":"api-key.invalid","statusCode":401}`,
      credential: 'grafana-api-key',
      step: 'service-account',
    },
    {
      name: 'Consul ACL not found',
      input: 'Error querying services: Unexpected response code: 403 (ACL not found)',
      credential: 'consul-acl-token',
      step: 'CONSUL_HTTP_TOKEN',
    },
    {
      name: 'Nomad ACL token not found',
      input: 'Error querying jobs: Unexpected response code: 403 (ACL token not found)',
      credential: 'nomad-acl-token',
      step: 'NOMAD_TOKEN',
    },
  ];
  for (const row of rows)
    it(row.name, async () => {
      const report = await run(row.input);
      const f = report.findings.find((x) => x.code === 'challenge.invalid-token');
      expect(f?.args.credential, report.findings.map((x) => x.code).join()).toBe(row.credential);
      expect(steps(report)).toContain(row.step);
      expect(steps(report)).not.toMatch(JWT_WORDS);
      const ja = await run(row.input, { locale: 'ja' });
      expect(steps(ja)).not.toMatch(JWT_WORDS);
    });
  // Near-miss: a product that verifies JWTs keeps the JWT step.
  it('oauth2-proxy’s bearer-token refusal still asks about the JWT', async () => {
    const report = await run(
      'oauth2-proxy: [jwt_session.go:51] Error retrieving session from token in Authorization header: [unable to verify bearer token]',
    );
    const f = report.findings.find((x) => x.code === 'challenge.invalid-token');
    expect(f?.args.credential).toBeUndefined();
    expect(steps(report)).toMatch(JWT_WORDS);
  });
});

// GitHub's fine-grained actors (an App's installation token, GITHUB_TOKEN, a fine-grained PAT) lack permissions, which
// X-Accepted-GitHub-Permissions names (sets separated by ";", any one suffices). Before, the step asked for OAuth scopes.
const GITHUB_BODY = (by: string) =>
  `{"message":"Resource not accessible by ${by}","documentation_url":"https://docs.github.com/rest/issues/comments#create-an-issue-comment","status":"403"}`;

describe('GitHub’s X-Accepted-GitHub-Permissions', () => {
  it('an App’s installation token: the permissions the header names, in App words', async () => {
    const report = await expectPasteRow({
      name: 'integration with the header',
      input: `HTTP/2 403\ncontent-type: application/json; charset=utf-8\nx-accepted-github-permissions: issues=write; pull_requests=write\n\n${GITHUB_BODY('integration')}`,
      ...A403,
      top: 'challenge.insufficient-scope',
      via: 'github',
    });
    const f = report.findings[0];
    expect(f?.args).toMatchObject({
      githubActor: 'integration',
      githubPermissions: [['issues=write'], ['pull_requests=write']],
    });
    expect(f?.title).toContain('issues: write');
    expect(steps(report)).toContain('GitHub App');
    expect(steps(report)).not.toContain('scope request');
    const ja = await run(`HTTP/2 403\nx-accepted-github-permissions: issues=write\n\n${GITHUB_BODY('integration')}`, {
      locale: 'ja',
    });
    expect(steps(ja)).toContain('issues: write');
  });
  it('a fine-grained PAT, a set of two permissions', async () => {
    const report = await run(
      `HTTP/2 403\nX-Accepted-GitHub-Permissions: contents=read,metadata=read\n\n${GITHUB_BODY('personal access token')}`,
    );
    const f = report.findings.find((x) => x.code === 'challenge.insufficient-scope');
    expect(f?.args).toMatchObject({
      githubActor: 'personal-access-token',
      githubPermissions: [['contents=read', 'metadata=read']],
    });
    expect(steps(report)).toContain('fine-grained personal access token');
  });
  it('no header shown: still App permissions, not OAuth scopes', async () => {
    const report = await run(`${S403}\n\n${GITHUB_BODY('integration')}`);
    const f = report.findings.find((x) => x.code === 'challenge.insufficient-scope');
    expect(f?.args).toMatchObject({ githubActor: 'integration', githubPermissions: [] });
    expect(steps(report)).toContain('X-Accepted-GitHub-Permissions');
  });
  // Near-misses: a header value that is no permission list is ignored; a classic OAuth-scope refusal keeps its step.
  it('a garbled header value names no permission', async () => {
    const report = await run(`HTTP/2 403\nx-accepted-github-permissions: ???\n\n${GITHUB_BODY('integration')}`);
    const f = report.findings.find((x) => x.code === 'challenge.insufficient-scope');
    expect(f?.args.githubPermissions).toEqual([]);
  });
  it('another product’s insufficient_scope keeps the scope step', async () => {
    const report = await run(
      `${S403}\nWWW-Authenticate: Bearer error="insufficient_scope", scope="delete:orders"\n\n{"error":"insufficient_scope"}`,
    );
    const f = report.findings.find((x) => x.code === 'challenge.insufficient-scope');
    expect(f?.args.githubActor).toBeUndefined();
    expect(steps(report)).toContain('scope request');
  });
});

// federation.no-match's second step named GitHub Actions' sub whatever minted the token; now it follows the platform
// the token or the paste names, and says nothing of a platform when neither does.
const STS_DENIED = 'AccessDenied: Not authorized to perform sts:AssumeRoleWithWebIdentity';

describe('federation.no-match follows the platform', () => {
  it('an EKS pod (Go SDK WebIdentityErr): the IRSA trust policy', async () => {
    const report = await expectPasteRow({
      name: 'cluster-autoscaler IRSA',
      input: `E0102 12:31:31.394312       1 aws_manager.go:265] Failed to regenerate ASG cache: cannot autodiscover ASGs: WebIdentityErr: failed to retrieve credentials\ncaused by: ${STS_DENIED}\n\tstatus code: 403, request id: 59c595b8-87d3-40a8-9797-a6e71836b439`,
      ...A403,
      top: 'federation.no-match',
    });
    expect(report.findings[0]?.args.workload).toBe('kubernetes');
    expect(steps(report)).toContain('sts.amazonaws.com');
    expect(steps(report)).toContain('system:serviceaccount:');
    expect(steps(report)).not.toContain('repo:OWNER');
  });
  it('aws-actions/configure-aws-credentials: GitHub’s sub', async () => {
    const report = await run(
      `Assuming role with OIDC\nError: Could not assume role with OIDC: ${STS_DENIED.slice(14)}`,
    );
    const f = report.findings.find((x) => x.code === 'federation.no-match');
    expect(f?.args.workload).toBe('github-actions');
    expect(steps(report)).toContain('repo:OWNER');
  });
  it('a GitLab job token variable: GitLab’s sub', async () => {
    const report = await run(
      `$ aws sts assume-role-with-web-identity --role-arn arn:aws:iam::123456789012:role/deploy --role-session-name ci --web-identity-token "$GITLAB_OIDC_TOKEN"\n\nAn error occurred (AccessDenied) when calling the AssumeRoleWithWebIdentity operation: Not authorized to perform sts:AssumeRoleWithWebIdentity`,
    );
    const f = report.findings.find((x) => x.code === 'federation.no-match');
    expect(f?.args.workload).toBe('gitlab-ci');
    expect(steps(report)).toContain('project_path:');
  });
  it('nothing names the platform: no platform’s sub form', async () => {
    const report = await run(`An error occurred (AccessDenied): ${STS_DENIED.slice(14)}`);
    const f = report.findings.find((x) => x.code === 'federation.no-match');
    expect(f?.args.workload).toBeNull();
    expect(steps(report)).not.toContain('repo:OWNER');
    expect(steps(report)).not.toContain('system:serviceaccount');
  });
  it('the token names GitHub even beside a Kubernetes word', async () => {
    const token = rs256({
      ...CLAIMS,
      iss: 'https://token.actions.githubusercontent.com',
      sub: 'repo:acme/orders:ref:refs/heads/main',
      aud: 'sts.amazonaws.com',
    });
    const report = await run(
      `token: ${token}\nWebIdentityErr: failed to retrieve credentials\ncaused by: ${STS_DENIED}`,
    );
    const f = report.findings.find((x) => x.code === 'federation.no-match');
    expect(f?.args.workload).toBe('github-actions');
    expect(JSON.stringify(report)).not.toContain(token.split('.')[2]?.slice(0, 16));
  });
});

describe('smaller report defects', () => {
  // oauth2-proxy's loader error inside its brackets (pkg/middleware/jwt_session.go): before, "with no description".
  it('oauth2-proxy’s loader words are the description', async () => {
    const report = await expectPasteRow({
      name: 'oauth2-proxy not implemented',
      input: `${S403}\nContent-Type: text/plain; charset=utf-8\n\nForbidden\n\noauth2-proxy-7d9c6b: [2026/05/28 14:09:58] [jwt_session.go:51] Error retrieving session from token in Authorization header: [unable to verify bearer token, not implemented]`,
      status: 403,
      classification: 'authentication',
      top: 'challenge.invalid-token',
    });
    expect(report.findings[0]?.args.description).toBe('not implemented');
    expect(report.findings[0]?.detail).not.toContain('no description');
  });
  it('oauth2-proxy without a loader error: no description', async () => {
    const report = await run(
      'oauth2-proxy: Error retrieving session from token in Authorization header: [unable to verify bearer token]',
    );
    expect(report.findings.find((x) => x.code === 'challenge.invalid-token')?.args.description).toBeNull();
  });

  // A malformed token was pasted: scope.insufficient must not say no token is in the paste. (With the challenge's scope
  // alone it is not reported at all, formats-audit-h: the scope required here is the user's own.)
  it('scope.insufficient beside a malformed token', async () => {
    const broken = `${rs256(CLAIMS).split('.')[0]}.eyJpc3MiOiJodHRwczovL2F1dGguYWNtZS1jb3JwLmNvbS8iLCJzdWIiOiJhdXRoM.***`;
    const report = await run(
      `curl -si -X DELETE https://api.acme-corp.com/v1/orders/8812 -H 'Authorization: Bearer ${broken}'\nHTTP/2 403\nwww-authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="delete:orders"`,
      { requiredScopes: ['delete:orders'] },
    );
    const f = report.findings.find((x) => x.code === 'scope.insufficient');
    expect(f?.args).toMatchObject({ grantsUnknown: true, tokenUnreadable: true });
    expect(f?.detail).not.toContain('not in the paste');
  });
  it('scope.insufficient with no token pasted says so', async () => {
    const report = await run(
      `${S403}\nwww-authenticate: Bearer error="insufficient_scope", error_description="The request requires higher privileges than provided by the access token.", scope="delete:orders"`,
      { requiredScopes: ['delete:orders'] },
    );
    const f = report.findings.find((x) => x.code === 'scope.insufficient');
    expect(f?.args.tokenUnreadable).toBeUndefined();
    expect(f?.detail).toContain('not in the paste');
  });

  // Micronaut's AudienceJwtClaimsValidator: "… to include '{}', but audience list ({}) did not." (String.join(",")).
  it('Micronaut’s audience list is the token’s aud', async () => {
    const report = await expectPasteRow({
      name: 'Micronaut audience list',
      input:
        "TRACE i.m.s.t.j.v.AudienceJwtClaimsValidator - Expected JWT audience claim to include 'orders-api', but audience list (billing-api,reports-api) did not.",
      ...REFUSED,
      top: 'claim.aud-mismatch',
      via: 'micronaut-security',
    });
    expect(report.findings[0]?.args).toMatchObject({ aud: ['billing-api', 'reports-api'], expected: ['orders-api'] });
  });
  it('Micronaut’s line cut before the list still names the expected audience', async () => {
    const report = await run(
      "TRACE i.m.s.t.j.v.AudienceJwtClaimsValidator - Expected JWT audience claim to include 'orders-api'",
    );
    const f = report.findings.find((x) => x.code === 'claim.aud-mismatch');
    expect(f?.args).toMatchObject({ aud: [], expected: ['orders-api'] });
  });
});
