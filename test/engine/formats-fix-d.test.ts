/**
 * Round fix-d: next steps that gave one advice twice in other words, and stated denials whose step pointed at the
 * service's logs rather than the product that decided. Each group holds the pastes that now read right and the
 * near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { en } from '../../src/messages/en/index.js';
import { ja } from '../../src/messages/ja/index.js';
import { run } from '../helpers/catches.js';
import { FRESH_MASKED } from '../helpers/paste-fixtures.js';

const codes = (report: Awaited<ReturnType<typeof run>>) => report.findings.map((f) => f.code);
/** How many of a report's steps give an advice of the catalogue's same-advice group `g`. */
const saidOf = (steps: readonly string[], group: readonly string[]) => steps.filter((s) => group.includes(s)).length;

// challenge.no-error (a Bearer challenge without error=) and token.missing both said "check that the request carries
// Authorization: Bearer", each in its own words: a report gave the advice twice (audit-d, corpus line 6699).
describe('one advice once: a challenge without an error and a missing token', () => {
  const bare = 'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer realm="api"\nContent-Type: application/json';
  const stated =
    'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer resource_metadata="http://localhost:3000/.well-known/oauth-protected-resource"\nContent-Type: application/json\n\n{"error":{"code":-32000,"message":"Unauthorized: Missing Authorization header with Bearer token"},"id":1,"jsonrpc":"2.0"}';
  const placeholder =
    '$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer undefined"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer\n\n';

  for (const [name, input] of [
    ['the request unseen', bare],
    ['the server stating it', stated],
    ['a placeholder sent', placeholder],
  ] as const) {
    for (const cat of [en, ja]) {
      it(`${name} (${cat.locale}): says each advice once`, async () => {
        const report = await run(input, { locale: cat.locale });
        expect(codes(report)).toEqual(expect.arrayContaining(['challenge.no-error', 'token.missing']));
        for (const group of cat.sameAdvice) expect(saidOf(report.nextSteps, group)).toBeLessThanOrEqual(1);
        // The advice itself is still given.
        expect(saidOf(report.nextSteps, cat.sameAdvice[0] as readonly string[])).toBe(1);
      });
    }
  }

  it('the request unseen: the ask to paste it stands on its own after the proxy step', async () => {
    const steps = (await run(bare)).nextSteps;
    expect(steps).toHaveLength(3);
    expect(steps[2]).toMatch(/^If the request carries a token, paste the request/);
    expect(steps.join('\n')).not.toContain('If it does, paste');
  });

  it('the resource metadata step stays first', async () => {
    const steps = (await run(stated)).nextSteps;
    expect(steps[0]).toContain('protected-resource metadata');
    expect(steps).toHaveLength(3);
  });

  it('a placeholder alone says where the token comes from, not to paste it', async () => {
    const report = await run(
      'Authorization: Bearer undefined\nHTTP/1.1 401 Unauthorized\nContent-Type: application/json',
    );
    expect(codes(report)).toContain('token.missing');
    expect(report.nextSteps.join('\n')).toContain('the variable after "Bearer " was unset or empty');
    expect(report.nextSteps.join('\n')).not.toContain('if it was sent but not pasted');
  });

  // Near-misses: a token.missing alone keeps both of its steps, and a request that carried a token keeps the step
  // asking for the server's reason.
  it('token.missing alone keeps its two steps', async () => {
    const steps = (
      await run(
        'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://api.acme-corp.com/v1/orders',
      )
    ).nextSteps;
    expect(steps[0]).toMatch(/^Look at the request as (it was sent|the client’s code sent it)/);
    expect(steps[1]).toMatch(/^If the request carries a token/);
  });

  it('two findings giving different advice keep both', async () => {
    const input =
      '> GET /v1/orders HTTP/1.1\n> Host: api.acme-corp.com\n> Authorization: JWT eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ1MSJ9.***\n>\n< HTTP/1.1 401 Unauthorized\n< WWW-Authenticate: Bearer realm="api"\n< Content-Type: application/json\n<\n{"detail":"Authentication credentials were not provided."}';
    const steps = (await run(input)).nextSteps;
    expect(steps.join('\n')).toContain('Send exactly "Authorization: Bearer <token>"');
  });
});

// A denial the product states itself (policy.deny, stated) pointed at "the service's logs" for every product but
// Envoy: the step now names the product's own policy and where its decision is logged, from its docs.
describe('a stated denial points at the product that decided it', () => {
  const policyDeny = (report: Awaited<ReturnType<typeof run>>) => report.findings.find((f) => f.code === 'policy.deny');
  const GENERIC = 'in the service’s logs';
  const rows: Array<[string, string, string, RegExp]> = [
    [
      'Kubernetes RBAC (kubectl)',
      'Error from server (Forbidden): pods is forbidden: User "system:serviceaccount:default:default" cannot list resource "pods" in API group "" in the namespace "default"',
      'kubernetes',
      /kubectl auth can-i .*authorization\.k8s\.io\/decision/,
    ],
    [
      'Elasticsearch security',
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"error":{"root_cause":[{"type":"security_exception","reason":"action [indices:data/write/bulk] is unauthorized for user [logstash]"}],"type":"security_exception","reason":"action [indices:data/write/bulk] is unauthorized for user [logstash]"},"status":403}',
      'elasticsearch',
      /_security\/user\/_privileges.*access_denied/,
    ],
    [
      'Vault',
      'Error reading secret/foo: Error making API request.\n\nURL: GET http://127.0.0.1:8200/v1/secret/foo\nCode: 403. Errors:\n\n* permission denied',
      'vault',
      /vault token capabilities <path>.*audit/,
    ],
    [
      'Kong ACL',
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json; charset=utf-8\nServer: kong/3.4.2\n\n{"message":"You cannot consume this service"}',
      'kong',
      /ACL plugin .*\/consumers\/<consumer>\/acls/,
    ],
    [
      'Azure RBAC',
      'HTTP/1.1 403 Forbidden\n\n{"error":{"code":"AuthorizationFailed","message":"The client \'someone@example.com\' with object id \'5ebbaaba-816c-4bfc-89ed-21118dd400d2\' does not have authorization to perform action \'Microsoft.Resources/subscriptions/resourcegroups/write\' over scope \'/subscriptions/8eaf8250-6182-4d7b-9c43-0b6927cd867d/resourcegroups/rg1\' or the scope is invalid. If access was recently granted, please refresh your credentials."}}',
      'azure-resource-manager',
      /az role assignment list/,
    ],
    [
      'Google Cloud IAM (gcloud)',
      "ERROR: (gcloud.run.services.describe) PERMISSION_DENIED: Permission 'run.services.get' denied on resource 'namespaces/acme/services/orders' (or resource may not exist).",
      'gcloud',
      /gcloud policy-troubleshoot iam/,
    ],
  ];
  for (const [name, input, via, step] of rows) {
    it(`${name}: names the product's policy and its decision log`, async () => {
      const report = await run(input);
      expect(policyDeny(report)?.args).toMatchObject({ via, stated: true });
      expect(report.nextSteps.join('\n')).toMatch(step);
      expect(report.nextSteps.join('\n')).not.toContain(GENERIC);
    });
  }

  it('in Japanese too', async () => {
    const [, input] = rows[0] as (typeof rows)[number];
    const steps = (await run(input, { locale: 'ja' })).nextSteps.join('\n');
    expect(steps).toContain('kubectl auth can-i');
    expect(steps).not.toContain('サービスのログで');
    const [, vault] = rows[2] as (typeof rows)[number];
    expect((await run(vault, { locale: 'ja' })).nextSteps.join('\n')).toContain('vault token capabilities');
  });

  // Near-misses: a denial inferred from a 403 with a sound token keeps the generic step; one stated by a product with no
  // step of its own (a gRPC PERMISSION_DENIED) gets the stated one, which does not ask for the logs just pasted
  // (formats-audit-h); Argo CD has its own since audit-h, and Envoy keeps its own.
  it('an inferred denial keeps the generic step', async () => {
    const input = `Authorization: Bearer ${FRESH_MASKED}\nrequests.exceptions.HTTPError: 403 Client Error: Forbidden for url: https://api.acme-corp.com/v1/admin/users`;
    const report = await run(input);
    expect(policyDeny(report)?.args).toMatchObject({ stated: false });
    expect(report.nextSteps.join('\n')).toContain(GENERIC);
  });

  it('Argo CD gets its RBAC step', async () => {
    const report = await run(
      'FATA[0002] rpc error: code = PermissionDenied desc = permission denied: applications, sync, payments/orders-prod, sub: proj:payments:ci-role, iat: 2026-05-28T06:32:45Z',
    );
    expect(policyDeny(report)?.args).toMatchObject({ stated: true, via: 'argocd' });
    expect(report.nextSteps.join('\n')).toContain('argocd admin settings rbac can');
  });

  // Firestore's words (its row in platforms.ts) have their own step since audit-k (formats-audit-k.test.ts).
  it.each([
    [
      'a gRPC PERMISSION_DENIED',
      'Error: 7 PERMISSION_DENIED: Missing or insufficient permissions.\n    at Object.callErrorFromStatus (/app/node_modules/@grpc/grpc-js/build/src/call.js:31:26)',
    ],
  ])('%s gets the stated step of the product that said it', async (_name, input) => {
    const report = await run(input);
    expect(policyDeny(report)?.args).toMatchObject({ stated: true, via: 'firestore' });
    expect(report.nextSteps.join('\n')).toContain('Firestore refused it');
    expect(report.nextSteps.join('\n')).not.toContain(GENERIC);
  });

  it('Envoy keeps its RBAC step', async () => {
    const report = await run('HTTP/1.1 403 Forbidden\nserver: envoy\ncontent-length: 19\n\nRBAC: access denied');
    expect(report.nextSteps.join('\n')).toContain('Envoy RBAC policy');
  });
});
