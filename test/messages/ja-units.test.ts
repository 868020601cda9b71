/**
 * Round words-hh: the Japanese catalogue writes a number right against its unit or counter (「90日」「60秒」「3件」) and
 * against the Japanese before it, never 「90 日」 or 「最大 10分」 (its header comment, src/messages/ja/findings.ts, says
 * why). Two scans hold it to that: the catalogue's source, and the Japanese reports of a sample of the golden corpus
 * (test/messages/fixtures/ja-units-sample.jsonl: test-derived pastes whose reports give a number and a unit, 42 of
 * them in the spaced form before this round), with the paste's own words (quoted) taken out first.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/engine/diagnose.js';

const UNIT = '(?:ミリ秒|時間|日|分|秒|週|か月|ヶ月|年|月|文字|件|個|回|桁|バイト|つ)';
/** A number, a blank and its unit: 「90 日」, 「${skew} 秒」 in the source. */
const SPACED = new RegExp(`(?:[0-9]|\\$\\{[^{}]*\\}) ${UNIT}`, 'u');
/** Japanese, a blank, then a number with its unit: 「最大 10分」. */
const SPACED_BEFORE = new RegExp(
  `[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}、。（「] [0-9]+${UNIT}`,
  'u',
);

const ROOT = join(import.meta.dirname, '../..');
const JA = join(ROOT, 'src/messages/ja');
const SAMPLE = readFileSync(join(import.meta.dirname, 'fixtures/ja-units-sample.jsonl'), 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .map((l) => JSON.parse(l) as string);

/** The engine's words only: the paste's own, quoted "…" or 「…」, keep the spacing they came with. */
const ownWords = (s: string) => s.replace(/"[^"\n]*"/g, '""').replace(/「[^」\n]*」/g, '「」');

describe('ja numbers sit right against their unit', () => {
  it.each(readdirSync(JA).filter((f) => f.endsWith('.ts')))(
    'catches not: the spaced form in src/messages/ja/%s',
    (file) => {
      const lines = readFileSync(join(JA, file), 'utf8').split('\n');
      const spaced = lines.filter((l) => SPACED.test(l) || SPACED_BEFORE.test(l));
      expect(spaced).toEqual([]);
    },
  );

  it('catches not: the spaced form in the Japanese reports of the golden sample', async () => {
    const found: string[] = [];
    for (const input of SAMPLE) {
      const r = await diagnose(input, { now: '2026-05-28T14:10:00Z', locale: 'ja' });
      for (const words of [...r.findings.flatMap((f) => [f.title, f.detail]), ...r.nextSteps]) {
        const own = ownWords(words);
        if (SPACED.test(own) || SPACED_BEFORE.test(own)) found.push(words);
      }
    }
    expect(found).toEqual([]);
  });

  it('catches: the detector sees the spaced form it forbids', () => {
    expect(SPACED.test('有効期限は 90 日です')).toBe(true);
    expect(SPACED.test('許容誤差（60 秒）')).toBe(true);
    expect(SPACED_BEFORE.test('最大 10分かかります')).toBe(true);
    expect(SPACED.test('有効期限は90日です') || SPACED_BEFORE.test('Box は60秒')).toBe(false);
  });
});
