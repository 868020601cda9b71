/**
 * Round audit-g: the Japanese words added today, read beside the English ones. Each row is a paste whose Japanese
 * report now reads as an engineer in Japan would write it (one clause shape per list of causes, the catalogue's
 * 「報告しています」 for what a server says), and the English words stay as they were.
 */
import { describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';

import { S401 } from '../helpers/paste-fixtures.js';

const findingOf = (r: Report, code: string): Finding => {
  const f = r.findings.find((x) => x.code === code);
  expect(f, `expected ${code}; got ${r.findings.map((x) => x.code).join(', ')}`).toBeDefined();
  return f as Finding;
};

describe('token.missing the server states, in Japanese', () => {
  const input = `${S401}\nContent-Type: application/json\n\n{"message":"Missing Authorization header"}`;
  it('says what the server reported, and lists the three causes in one shape', async () => {
    const f = findingOf(await run(input, { locale: 'ja' }), 'token.missing');
    expect(f.args).toMatchObject({ stated: true });
    expect(f.detail).toContain('トークンなしで届いたと報告しています');
    expect(f.detail).toContain('途中で削除された、のいずれかです。');
    expect(f.detail).not.toContain('言っています');
  });
  it('not: the English words change', async () => {
    const f = findingOf(await run(input), 'token.missing');
    expect(f.detail).toContain('The server says the request reached it without a token');
  });
});

describe('a placeholder sent for the token, in Japanese', () => {
  it('gives the two causes as alternatives', async () => {
    const r = await run(`${S401}\nAuthorization: Bearer undefined`, { locale: 'ja' });
    expect(findingOf(r, 'token.missing').args.placeholder).toBe('undefined');
    expect(r.nextSteps.join('\n')).toContain('トークン取得のリクエストが失敗したかのどちらかです');
  });
});

describe('a refused credential that is no JWT, in Japanese', () => {
  it('a Grafana API key: not known to Grafana, said as Japanese says it', async () => {
    const r = await run(
      `${S401}\nContent-Type: application/json\n\n{"message":"Invalid API key","messageId":"api-key.invalid","statusCode":401}`,
      { locale: 'ja' },
    );
    const f = findingOf(r, 'challenge.invalid-token');
    expect(f.args).toMatchObject({ credential: 'grafana-api-key' });
    expect(f.detail).toContain('Grafana にこのキー（トークン）は登録されていません');
    expect(f.detail).not.toContain('知りません');
  });
  it('a Grafana Cloud token: three causes in one shape', async () => {
    const r = await run(
      'ts=2026-05-28T14:05:11.123Z caller=dedupe.go:112 component=remote level=error remote_name=9f3a1c url=https://prometheus-prod-13-prod-us-east-0.grafana.net/api/prom/push msg="non-recoverable error" count=500 exemplarCount=0 err="server returned HTTP status 401 Unauthorized: authentication error: invalid authentication credentials"',
      { locale: 'ja' },
    );
    const f = findingOf(r, 'challenge.invalid-token');
    expect(f.args).toMatchObject({ credential: 'grafana-cloud-token' });
    expect(f.detail).toContain('トークンに必要なスコープがない、のいずれかです。');
  });
  it('NATS: two causes as alternatives', async () => {
    const f = findingOf(await run('Error: nats: Authorization Violation', { locale: 'ja' }), 'challenge.invalid-token');
    expect(f.detail).toContain('オペレーターに信頼されていないかのどちらかです。');
  });
});

describe('STS without the issuer’s IAM OIDC provider, in Japanese', () => {
  const input = [
    'Assuming role with OIDC',
    'Error: Could not assume role with OIDC: No OpenIDConnect provider found in your account for https://token.actions.githubusercontent.com',
  ].join('\n');
  it('asks to check both conditions, not one or the other', async () => {
    const r = await run(input, { locale: 'ja' });
    expect(findingOf(r, 'verifier.misconfigured').args.oidcProvider).toBe(
      'https://token.actions.githubusercontent.com',
    );
    expect(r.nextSteps.join('\n')).toContain(
      'プロバイダーのあるアカウントであること、ロールの信頼ポリシーの Federated プリンシパルがそのプロバイダーであることを確かめてください',
    );
  });
  it('not: the English step changes', async () => {
    const r = await run(input);
    expect(r.nextSteps.join('\n')).toContain('Check that the role is assumed in the account the provider is in');
  });
});

// A gateway that states a denial by its own rules: before, policy.deny sent the reader to the service's logs while the
// gateway's finding, one step later, said to look at the gateway's rules "rather than the application's". Now both
// findings give the gateway's step, once.
describe('a denial a gateway states, one step that points at the gateway', () => {
  const SERVICE_LOGS = 'in the service’s logs';
  const rows = [
    {
      name: 'Linkerd’s inbound policy (a proxy log)',
      product: 'Linkerd',
      input:
        'wget: server returned error: HTTP/1.1 403 Forbidden\n[  1289.245238s]  INFO ThreadId(02) daemon:admin{listen.addr=0.0.0.0:4191}: linkerd_app_inbound::policy::http: Request denied server.group=policy.linkerd.io server.kind=server server.name=ops route.group= route.kind=default route.name=default client.tls=None(NoClientHello) client.ip=10.0.3.252\n[  1289.245771s]  INFO ThreadId(02) daemon:admin{listen.addr=0.0.0.0:4191}:rescue{client.addr=10.0.3.252:52222}: linkerd_app_core::errors::respond: HTTP/1.1 request failed error=unauthorized request on route',
    },
    {
      name: 'Tyk’s policy',
      product: 'Tyk',
      input:
        'HTTP/1.1 403 Forbidden\nContent-Type: application/json\nX-Generator: tyk.io\n\n{"error": "Key not authorized: no matching policy"}',
    },
  ];
  // Cloud Run's invoker check has a step of its own (round left-k: roles/run.invoker, --allow-unauthenticated), which
  // replaces the generic gateway step, once.
  it('Cloud Run’s invoker check: its own step, once', async () => {
    const r = await run(
      'HTTP/1.1 403 Forbidden\nserver: Google Frontend\n\nThe request was not authorized to invoke this service.',
    );
    expect(findingOf(r, 'policy.deny').args).toMatchObject({ stated: true });
    expect(r.nextSteps.filter((s) => s.includes('roles/run.invoker'))).toHaveLength(1);
    expect(r.nextSteps.join('\n')).not.toContain('RBAC, ACL');
    expect(r.nextSteps.join('\n')).not.toContain(SERVICE_LOGS);
  });
  for (const row of rows) {
    it(row.name, async () => {
      const r = await run(row.input);
      expect(findingOf(r, 'policy.deny').args).toMatchObject({ stated: true });
      const gateway = r.nextSteps.filter((s) => s.startsWith(`Look at ${row.product}’s own authorization rules`));
      expect(gateway).toHaveLength(1);
      expect(r.nextSteps.join('\n')).not.toContain(SERVICE_LOGS);
    });
    it(`${row.name}, in Japanese`, async () => {
      const r = await run(row.input, { locale: 'ja' });
      expect(r.nextSteps.filter((s) => s.includes(`${row.product} 自身のこのルート`))).toHaveLength(1);
      expect(r.nextSteps.join('\n')).not.toContain('サービスのログで');
    });
  }
  // Near-misses: a denial no gateway states keeps the service's step; Envoy and Kong keep their own.
  it('not: a service’s own denial (Django REST framework)', async () => {
    const r = await run(
      'HTTP/1.1 403 Forbidden\nContent-Type: application/json\n\n{"detail":"You do not have permission to perform this action."}',
    );
    expect(findingOf(r, 'policy.deny')).toBeDefined();
    // Its own settings, not its logs: the denial pasted is its log (formats-audit-h).
    expect(r.nextSteps.join('\n')).toContain('Check what the service that refused it allows this caller');
  });
  it('not: Kong’s ACL keeps its own step', async () => {
    const r = await run(
      'HTTP/1.1 403 Forbidden\nServer: kong/3.4.2\nContent-Type: application/json\n\n{"message":"You cannot consume this service"}',
    );
    expect(r.nextSteps.join('\n')).toContain('Kong’s ACL plugin refused the consumer');
    expect(r.nextSteps.join('\n')).not.toContain('Look at Kong’s own authorization rules');
  });
});

describe('GitHub permissions, in Japanese', () => {
  it('no space between Japanese words around the permission it names', async () => {
    const r = await run(
      'reviewdog: POST https://api.github.com/repos/acme/orders/pulls/42/reviews: 403 Resource not accessible by integration []',
      { locale: 'ja' },
    );
    expect(findingOf(r, 'challenge.insufficient-scope').args).toMatchObject({ githubActor: 'integration' });
    expect(r.nextSteps[0]).toContain('GitHub App の設定（Permissions）でこのエンドポイントに必要な権限');
  });
});
