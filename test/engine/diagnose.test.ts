import { describe, expect, it } from 'vitest';
import { diagnose } from '../../src/engine/diagnose.js';
import { NOW, run } from '../helpers/catches.js';

/**
 * `input.empty` is decided here, after every check has run: it means nothing diagnosable was found, i.e.
 * no check found anything *and* there is no classification (a 401 or 403 status gives one on its own).
 * What the parsers merely recognised (a header line such as Content-Type) does not count.
 */
describe('diagnose: input.empty after all checks', () => {
  it('catches a paste with nothing recognisable, and reports nothing else', async () => {
    const report = await run('can someone look at this? it worked yesterday');
    expect(report.findings).toHaveLength(1);
    expect(report.findings[0]).toMatchObject({ code: 'input.empty', severity: 'info', args: {} });
    expect(report).toMatchObject({ status: null, classification: 'undetermined', token: null, lifetime: null });
  });

  it('does not catch a recognised status that no check has anything to say about', async () => {
    // Recognised, yet no finding: a bare 403 is diagnosed (authorization), not "empty".
    const report = await run('HTTP/1.1 403 Forbidden');
    expect(report.findings.map((f) => f.code)).not.toContain('input.empty');
    expect(report).toMatchObject({ status: 403, classification: 'authorization' });
  });

  it.each([
    ['a lone response header line', 'Content-Type: text/html'],
    ['headers that say nothing about the failure', 'Date: Thu, 28 May 2026 14:09:58 GMT\nX-Trace: abc\nServer: nginx'],
    ['a challenge that states no error, with no status', 'WWW-Authenticate: Basic realm="x"'],
  ])('catches %s: recognised, but nothing to diagnose', async (_name, input) => {
    const report = await run(input);
    expect(report.findings.map((f) => f.code)).toEqual(['input.empty']);
    expect(report.classification).toBe('undetermined');
  });

  it('does not catch a challenge with no status line', async () => {
    const report = await run('WWW-Authenticate: Bearer error="invalid_token"');
    expect(report.findings.map((f) => f.code)).toEqual(['challenge.invalid-token']);
  });

  it.each([
    ['binary-looking junk', '\u0000\u0001\u0002\uFFFD\uD800'],
    ['unbalanced braces', '{{{{{{"a": [[[['],
    ['a lone eyJ', 'eyJ'],
    ['ten thousand dots', '.'.repeat(10_000)],
  ])('never throws on %s: at worst it says input.empty', async (_name, input) => {
    const report = await diagnose(input, { now: NOW });
    expect(Array.isArray(report.findings)).toBe(true);
  });
});
