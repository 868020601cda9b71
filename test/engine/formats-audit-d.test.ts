/**
 * Round audit-d: defects found reading sampled Japanese reports (and their Slack blocks) as the on-call engineer
 * would. Each group holds the pastes that now read right and the near-misses that must read as before.
 */
import { describe, expect, it } from 'vitest';
import { renderText } from '../../src/render/text.js';
import { run } from '../helpers/catches.js';
import { EXPIRED, S401, S403 } from '../helpers/paste-fixtures.js';

const finding = (report: Awaited<ReturnType<typeof run>>, code: string) => report.findings.find((f) => f.code === code);

// challenge.malformed's Japanese detail put the parser's English reason in brackets for the reasons its map lacked
// ("0文字目で解析に失敗しました（no challenge in the header）"), and an empty header read as a parse error at character 0.
describe('challenge.malformed reasons in Japanese', () => {
  it('an empty WWW-Authenticate says the header holds no challenge, in both languages', async () => {
    const input = `${S401}\nWWW-Authenticate:\nContent-Length: 0`;
    const ja = finding(await run(input, { locale: 'ja' }), 'challenge.malformed');
    expect(ja?.detail).toContain('チャレンジがありません');
    expect(ja?.detail).not.toMatch(/no challenge|文字目/);
    const jaReport = await run(input, { locale: 'ja' });
    expect(jaReport.nextSteps.join('\n')).toContain('チャレンジのない WWW-Authenticate');
    const en = finding(await run(input), 'challenge.malformed');
    expect(en?.detail).toContain('holds no challenge');
    expect(en?.detail).not.toContain('At character');
  });

  it('a repeated auth-param is named in Japanese words', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer realm="a", realm="b"`;
    const ja = finding(await run(input, { locale: 'ja' }), 'challenge.malformed');
    expect(ja?.detail).toContain('auth-param "realm" が2回以上あります');
    expect(ja?.detail).not.toContain('repeated');
  });

  it('an unquoted value that is no token is said in Japanese', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer realm=a@b, error="invalid_token"`;
    const ja = finding(await run(input, { locale: 'ja' }), 'challenge.malformed');
    expect(ja?.detail).not.toContain('unquoted value');
    expect(ja?.detail).toContain('文字目');
  });

  it('a reason the map already held reads as before (near-miss)', async () => {
    const input = `${S401}\nWWW-Authenticate: Bearer realm="api`;
    const ja = finding(await run(input, { locale: 'ja' }), 'challenge.malformed');
    expect(ja?.detail).toContain('quoted-string が閉じられていません');
    const en = finding(await run(input), 'challenge.malformed');
    expect(en?.detail).toMatch(/^At character \d+: unterminated quoted-string\./);
  });
});

// A token whose payload is damaged inside and that a signature follows, last in the paste: the paste's end cut
// nothing of the payload, yet the words said the token "ends the paste, so it may have been cut" and asked to paste
// it again with its signature masked (it was).
const [HEAD, PAYLOAD] = EXPIRED.split('.') as [string, string];
const DAMAGED = `${HEAD}.${PAYLOAD.slice(0, 30)}${PAYLOAD.slice(36)}`;
const ENDS: Array<{ name: string; input: string; endsPaste: boolean }> = [
  {
    name: 'damaged payload, masked signature, last in the paste',
    input: `token: ${DAMAGED}.xxxx\n\n`,
    endsPaste: false,
  },
  { name: 'damaged payload, *** signature', input: `Authorization: Bearer ${DAMAGED}.***`, endsPaste: false },
  { name: 'damaged payload, empty signature', input: `Authorization: Bearer ${DAMAGED}.`, endsPaste: false },
  {
    name: 'payload cut at the paste end (near-miss: still cut)',
    input: `Authorization: Bearer ${HEAD}.${PAYLOAD.slice(0, 41)}`,
    endsPaste: true,
  },
];

describe('a damaged payload a signature follows is no cut by the paste', () => {
  it.each(ENDS)('$name', async ({ input, endsPaste }) => {
    const report = await run(input, { now: '2026-05-28T14:12:00Z' });
    const malformed = finding(report, 'token.malformed');
    expect(malformed, report.findings.map((f) => f.code).join()).toBeDefined();
    expect((malformed?.args as { endsPaste?: true } | undefined)?.endsPaste === true).toBe(endsPaste);
    expect(report.nextSteps[0]?.includes('header.payload.***')).toBe(endsPaste);
  });
});

// Envoy's RBAC filter (Istio's AuthorizationPolicy) answers `RBAC: access denied` before the service sees the
// request; the step sent the engineer to "the service's logs".
const ENVOY_403 = `Request URL: https://api.example.com/v1/admin/users
Status Code: 403 Forbidden
server: envoy

RBAC: access denied`;

describe('a policy denial Envoy states', () => {
  it('points at the RBAC policy and its debug log, not the service', async () => {
    const report = await run(ENVOY_403);
    expect(report.findings[0]?.code).toBe('policy.deny');
    expect(report.nextSteps[0]).toContain('AuthorizationPolicy');
    expect(report.nextSteps[0]).toContain('rbac:debug');
    expect(report.nextSteps.join('\n')).not.toContain('in the service’s logs');
    const ja = await run(ENVOY_403, { locale: 'ja' });
    expect(ja.nextSteps[0]).toContain('AuthorizationPolicy');
    expect(ja.nextSteps[0]).not.toContain('サービスのログで');
  });

  it('a denial another product states keeps the service step (near-miss)', async () => {
    const report = await run(`${S403}\n\nFirebaseError: Missing or insufficient permissions.`);
    const deny = finding(report, 'policy.deny');
    expect(deny?.args).toMatchObject({ stated: true });
    expect(report.nextSteps.join('\n')).not.toContain('AuthorizationPolicy');
  });

  it('an inferred denial keeps the service step (near-miss)', async () => {
    const report = await run(`${S403}\nserver: envoy\n\n{"message":"forbidden"}`);
    expect(report.nextSteps.join('\n')).not.toContain('AuthorizationPolicy');
  });
});

// A log of retries repeats one challenge hundreds of times: the text report printed every one.
describe('repeated challenges in the text report', () => {
  const line = 'WWW-Authenticate: Bearer error="invalid_token", error_description="The signature key was not found"';
  const input = `${S401}\n${Array.from({ length: 40 }, () => line).join('\n')}\nWWW-Authenticate: Bearer realm="other"\n${line}`;

  it('shows each distinct challenge once, with its count', async () => {
    const report = await run(input);
    expect(report.challenges).toHaveLength(42);
    const text = renderText(report, { color: false });
    const shown = text.split('\n').filter((l) => l.startsWith('  Bearer '));
    expect(shown).toEqual([
      '  Bearer error="invalid_token", error_description="The signature key was not found" ×41',
      '  Bearer realm="other"',
    ]);
  });

  it('a single challenge carries no count (near-miss)', async () => {
    const text = renderText(await run(`${S401}\n${line}`), { color: false });
    expect(text).toContain('  Bearer error="invalid_token", error_description="The signature key was not found"\n');
    expect(text).not.toContain('×');
  });
});
