/**
 * Round audit-v: the Block Kit report read on a phone. Info findings below the cause show no evidence, and
 * "the signature was not checked" is not said again beside "the token's signature is masked".
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/index.js';
import { validateMessage } from '../../src/render/block-limits.js';
import { renderBlocks, type SlackMessage } from '../../src/render/blocks.js';

const NOW = 1_779_977_400; // 2026-05-28T14:10:00Z
/** examples/expired-token.txt: a 401 invalid_token, its token (signature masked ***) expired 8 minutes ago. */
const MASKED = readFileSync(new URL('../../examples/expired-token.txt', import.meta.url), 'utf8');
// The same token with a signature instead of ***: personal data aside, a report with two info notes.
const SIGNED = MASKED.replace('.***', `.${'Q'.repeat(86)}`);
const EMAIL_PAYLOAD = Buffer.from(
  JSON.stringify({
    iss: 'https://auth.acme-corp.com/',
    sub: 'u1',
    email: 'a@b.example',
    iat: 1779973331,
    exp: 1779976931,
  }),
).toString('base64url');
const WITH_EMAIL = MASKED.replace(/\.eyJpc3Mi[A-Za-z0-9_-]+\.\*\*\*/, `.${EMAIL_PAYLOAD}.${'Q'.repeat(86)}`);

/** A live token with an audience and an email, valid for another 50 minutes: nothing in it is a cause. */
const LIVE = `eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.${Buffer.from(
  JSON.stringify({
    iss: 'https://auth.acme-corp.com/',
    sub: 'u1',
    aud: 'https://api.acme-corp.com',
    email: 'a@b.example',
    iat: NOW - 600,
    exp: NOW + 3000,
  }),
).toString('base64url')}.${'Q'.repeat(86)}`;

async function blocks(paste: string, locale: 'en' | 'ja' = 'en'): Promise<{ msg: SlackMessage; codes: string[] }> {
  const report = await diagnose(paste, { now: NOW, locale });
  const msg = renderBlocks(report);
  expect(validateMessage(msg)).toEqual([]);
  return { msg, codes: report.findings.map((f) => f.code) };
}

const sections = (msg: SlackMessage): string[] =>
  msg.blocks.flatMap((b) => (b.type === 'section' && b.text !== undefined ? [b.text.text] : []));
const all = (msg: SlackMessage): string => JSON.stringify(msg.blocks);

describe('audit-v: a masked signature is said once', () => {
  it.each(['en', 'ja'] as const)(
    'drops "not checked: masked" beside input.masked, keeps the docs of what is shown (%s)',
    async (locale) => {
      const { msg, codes } = await blocks(MASKED, locale);
      expect(codes).toEqual(expect.arrayContaining(['signature.unchecked', 'input.masked']));
      expect(all(msg)).not.toContain('signature.unchecked');
      expect(all(msg)).toContain('input.masked');
      const said = locale === 'en' ? '*The signature was not checked*' : '*署名は確認していません*';
      expect(all(msg)).not.toContain(said);
    },
  );

  it('keeps "not checked" when no key was given (nothing else says it)', async () => {
    const { msg, codes } = await blocks(SIGNED);
    expect(codes).toContain('signature.unchecked');
    expect(codes).not.toContain('input.masked');
    expect(sections(msg).some((t) => t.includes(':information_source: *The signature was not checked*'))).toBe(true);
  });
});

describe('audit-v: info findings below the cause keep their title and detail, not their evidence', () => {
  it.each(['en', 'ja'] as const)(
    'shows each note without the line that only points back at the token (%s)',
    async (locale) => {
      const { msg, codes } = await blocks(WITH_EMAIL, locale);
      expect(codes).toEqual(expect.arrayContaining(['time.expired', 'claim.pii', 'signature.unchecked']));
      const notes = sections(msg).filter((t) => t.startsWith(':information_source:'));
      expect(notes).toEqual(
        locale === 'en'
          ? [
              ':information_source: *The token carries personal data*\nemail: anyone holding the token can read them (a JWT is encoded, not encrypted).',
              ':information_source: *The signature was not checked*\nNo key was given: paste the issuer’s JWKS or public key with the token (with the CLI: --jwks) to check kid and signature.',
            ]
          : [
              ':information_source: *トークンに個人情報が含まれています*\nemail が入っています。JWT はエンコードされているだけで暗号化されていないため、トークンを持っている人なら誰でも読めます。',
              ':information_source: *署名は確認していません*\n鍵が渡されていません。kid と署名を確認するには、発行元の JWKS か公開鍵をトークンと一緒に貼り付けてください（CLI では --jwks）。',
            ],
      );
      expect(all(msg)).not.toContain('claims: email');
      expect(all(msg)).not.toContain('クレーム: email');
      expect(all(msg)).not.toContain('no key given');
      expect(all(msg)).toContain('|claim.pii>');
    },
  );

  it("keeps an error or warning finding's evidence, and an info finding shown first (no cause found) whole", async () => {
    const { msg } = await blocks(WITH_EMAIL);
    expect(
      sections(msg).some((t) => /\*The server rejected the token \(invalid_token\)[^*\n]*\*\n.*\n(`|_)/.test(t)),
    ).toBe(true);
    const lone = await blocks(`Authorization: Bearer ${LIVE}`);
    const first = sections(lone.msg).find((t) => t.includes('personal data'));
    expect(first).toContain('`claims: email`');
  });

  it('labels the first note "Findings" when no error or warning is listed above it', async () => {
    const { msg } = await blocks(
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${LIVE}`,
    );
    const notes = sections(msg).filter((t) => t.includes(':information_source: *'));
    expect(notes[0]?.startsWith('*Findings*\n:information_source: *The token carries personal data*')).toBe(true);
  });
});

describe('audit-v: a Latin environment name is set off by a space in Japanese, like every Latin word', () => {
  const paste = (aud: string) =>
    `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCIsImtpZCI6ImFjbWUtMjAyNi0wNSJ9.${Buffer.from(
      JSON.stringify({ iss: 'https://auth.acme-corp.com/', sub: 'u1', aud, iat: NOW - 1800, exp: NOW + 1800 }),
    ).toString('base64url')}.***"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"`;

  it.each([
    ['https://uat.acme-corp.com', 'トークンの aud が UAT 環境を指しています'],
    ['https://qa.acme-corp.com', 'トークンの aud が QA 環境を指しています'],
    ['https://staging.acme-corp.com', 'トークンの aud がステージング環境を指しています'],
  ])('%s → 「%s」', async (aud, title) => {
    const report = await diagnose(paste(aud), { now: NOW, locale: 'ja' });
    expect(report.findings[0]?.title).toBe(title);
    expect(renderBlocks(report).text).toContain(title);
  });
});
