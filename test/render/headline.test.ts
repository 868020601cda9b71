/**
 * The line that names the cause. A finding that only describes the paste (a masked or live token, the signature's
 * state, personal data, a long lifetime) is no cause of a refusal: when it ranks first because nothing else was found,
 * text and blocks say that nothing in the paste explains the refusal rather than offering it as "most likely".
 */
import { describe, expect, it } from 'vitest';
import { explainsRefusal } from '../../src/engine/codes.js';
import { diagnose } from '../../src/index.js';
import { catalogueFor } from '../../src/messages/index.js';
import { renderBlocks } from '../../src/render/blocks.js';
import { renderText } from '../../src/render/text.js';
import { EXPIRED_MASKED, FRESH_MASKED, S401 } from '../helpers/paste-fixtures.js';

const NOW = { now: '2026-05-28T14:10:00Z' };

function headline(text: string): string {
  return text.split('\n')[1] ?? '';
}

describe('the headline names a cause only when the first finding can be one', () => {
  it.each(['en', 'ja'] as const)('a 401 with a masked, valid token and nothing else (%s)', async (locale) => {
    const report = await diagnose(`${S401}\n\nAuthorization: Bearer ${FRESH_MASKED}`, { ...NOW, locale });
    const cat = catalogueFor(locale);
    expect(explainsRefusal(report.findings[0]?.code ?? 'input.empty')).toBe(false);
    expect(headline(renderText(report))).toBe(cat.ui.noFindings);
    const msg = renderBlocks(report);
    expect(JSON.stringify(msg.blocks)).not.toContain(cat.ui.mostLikely);
    expect(msg.text).toContain(cat.ui.noFindings);
  });

  it('an expired token names its expiry as most likely', async () => {
    const report = await diagnose(`${S401}\n\nAuthorization: Bearer ${EXPIRED_MASKED}`, NOW);
    const cat = catalogueFor('en');
    expect(report.findings[0]?.code).toBe('time.expired');
    expect(headline(renderText(report))).toMatch(new RegExp(`^${cat.ui.mostLikely}: .*\\(time\\.expired\\)$`));
    expect(JSON.stringify(renderBlocks(report).blocks)).toContain(cat.ui.mostLikely);
  });

  it('an empty paste says no cause, and still lists what it found', async () => {
    const report = await diagnose('hello', NOW);
    const text = renderText(report);
    expect(headline(text)).toBe(catalogueFor('en').ui.noFindings);
    expect(text).toContain('input.empty');
  });

  it('the codes that can explain a refusal include every error code', async () => {
    const { codes, FINDING_CODES } = await import('../../src/engine/codes.js');
    for (const code of FINDING_CODES)
      if (codes[code].severity === 'error') expect(explainsRefusal(code), code).toBe(true);
  });
});
