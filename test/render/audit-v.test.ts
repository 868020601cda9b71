/**
 * Round audit-v: the Block Kit report read on a phone. Info findings below the cause are one line each, and
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
      const said = locale === 'en' ? 'The signature was not checked' : '署名は確認していません';
      expect(all(msg)).not.toContain(said);
    },
  );

  it('keeps "not checked" when no key was given (nothing else says it)', async () => {
    const { msg, codes } = await blocks(SIGNED);
    expect(codes).toContain('signature.unchecked');
    expect(codes).not.toContain('input.masked');
    expect(sections(msg).some((t) => t.includes(':information_source: The signature was not checked'))).toBe(true);
  });
});

describe('audit-v: info findings below the cause are one line each', () => {
  it.each(['en', 'ja'] as const)(
    'lists each note by its title, without its detail or evidence (%s)',
    async (locale) => {
      const { msg, codes } = await blocks(WITH_EMAIL, locale);
      expect(codes).toEqual(expect.arrayContaining(['time.expired', 'claim.pii', 'signature.unchecked']));
      const notes = sections(msg).find((t) => t.startsWith(':information_source:'));
      expect(notes?.split('\n')).toEqual(
        locale === 'en'
          ? [
              ':information_source: The token carries personal data',
              ':information_source: The signature was not checked',
            ]
          : [':information_source: トークンに個人情報が含まれています', ':information_source: 署名は確認していません'],
      );
      // The notes' words beyond their titles are on their pages, still linked.
      expect(all(msg)).not.toContain('claims: email');
      expect(all(msg)).not.toContain('no key given');
      expect(all(msg)).toContain('|claim.pii>');
    },
  );

  it('keeps an error or warning finding whole, and an info finding shown first (no cause found) whole', async () => {
    const { msg } = await blocks(WITH_EMAIL);
    expect(sections(msg).some((t) => t.includes('*The server rejected the token (invalid_token)*\n'))).toBe(true);
    const lone = await blocks(`Authorization: Bearer ${LIVE}`);
    const first = sections(lone.msg).find((t) => t.includes('personal data'));
    expect(first).toContain('`claims: email`');
  });

  it('labels the notes "Findings" when no error or warning is listed above them', async () => {
    const { msg } = await blocks(
      `HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\nAuthorization: Bearer ${LIVE}`,
    );
    const notes = sections(msg).find((t) => t.includes(':information_source: The signature was not checked'));
    expect(notes?.startsWith('*Findings*\n:information_source:')).toBe(true);
  });
});
