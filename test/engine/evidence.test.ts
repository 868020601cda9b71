import { describe, expect, it } from 'vitest';
import { note, sameEvidence } from '../../src/engine/evidence.js';
import type { DiagnoseOptions } from '../../src/engine/options.js';
import type { Report } from '../../src/engine/types.js';
import { run } from '../helpers/catches.js';
import { CLAIMS, jwksFor, otherRsa, rs256, unsigned } from '../helpers/tokens.js';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const TWO_KEYS = { keys: [...jwksFor('acme-2026-04', otherRsa.publicKey).keys, ...jwksFor('acme-2026-05').keys] };

function sent(token: string): string {
  return `$ curl -i https://api.acme-corp.com/v1/orders -H "Authorization: Bearer ${token}"\nHTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"`;
}

async function both(input: string, options: DiagnoseOptions = {}): Promise<{ en: Report; ja: Report }> {
  return { en: await run(input, { ...options, locale: 'en' }), ja: await run(input, { ...options, locale: 'ja' }) };
}

function evidenceOf(r: Report, code: string): string | undefined {
  return r.findings.find((f) => f.code === code)?.evidence;
}

describe('evidence: quotes stay as they are, notes are worded in the report’s language', () => {
  it.each([
    ['key.kid-missing', sent(rs256(CLAIMS, {})), { keys: [TWO_KEYS] }, 'header has no kid; 2 keys given', 'kid なし'],
    [
      'signature.valid',
      sent(rs256(CLAIMS, { kid: 'acme-2026-05' })),
      { keys: [TWO_KEYS] },
      'verified with kid "acme-2026-05"',
      '検証成功',
    ],
    [
      'signature.invalid',
      sent(rs256(CLAIMS, { kid: 'acme-2026-05' }, otherRsa.privateKey)),
      { keys: [jwksFor('acme-2026-05')] },
      'does not verify with the key given',
      '検証失敗',
    ],
    [
      'key.kid-unknown',
      sent(rs256(CLAIMS, { kid: 'acme-2026-03' })),
      { keys: [TWO_KEYS] },
      'key set kids: "acme-2026-04", "acme-2026-05"',
      '鍵セットにない',
    ],
    ['alg.none', sent(unsigned({ alg: 'none' }, CLAIMS, '')), {}, 'header alg: "none"', 'ヘッダーの alg'],
    [
      'claim.sub-missing',
      sent(unsigned({ alg: 'RS256' }, { ...CLAIMS, sub: undefined })),
      {},
      'no sub claim',
      'sub クレームなし',
    ],
  ] as const)(
    'words %s’s note in English as before, and in Japanese',
    async (code, input, options, english, japanese) => {
      const r = await both(input, options as DiagnoseOptions);
      expect(evidenceOf(r.en, code)).toContain(english);
      expect(evidenceOf(r.ja, code)).toContain(japanese);
    },
  );

  it('shows a quote the same in both languages', async () => {
    const r = await both(sent(unsigned({ alg: 'RS256' }, { ...CLAIMS, exp: 1779976931 })));
    expect(evidenceOf(r.en, 'time.expired')).toBe('exp: 1779976931');
    expect(evidenceOf(r.ja, 'time.expired')).toBe('exp: 1779976931');
    expect(evidenceOf(r.ja, 'challenge.invalid-token')).toBe(evidenceOf(r.en, 'challenge.invalid-token'));
    expect(evidenceOf(r.ja, 'input.masked')).toMatch(JAPANESE);
  });
});

describe('sameEvidence', () => {
  const masked = note('signature-masked', { token: '‹token sha256:1a2b3c4d›', marker: '***' });
  it('compares quotes by their text and notes by key and args', () => {
    expect(sameEvidence('exp: 1', 'exp: 1')).toBe(true);
    expect(sameEvidence('exp: 1', 'exp: 2')).toBe(false);
    expect(sameEvidence(masked, note('signature-masked', { token: '‹token sha256:1a2b3c4d›', marker: '***' }))).toBe(
      true,
    );
    expect(sameEvidence(masked, note('signature-masked', { token: '‹token sha256:1a2b3c4d›', marker: null }))).toBe(
      false,
    );
    expect(sameEvidence(masked, note('payload-masked', { token: '‹token sha256:1a2b3c4d›' }))).toBe(false);
  });
  it('never takes a quote for a note', () => {
    expect(sameEvidence('‹token sha256:1a2b3c4d› signature replaced by ***', masked)).toBe(false);
  });
});
