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
