import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, docsPath, FINDING_CODES } from '../../src/engine/codes.js';
import { catalogues } from '../../src/messages/index.js';

/**
 * Keeps the catalogue whole, the way typescript-eslint's docs test and zod's locale parity test do:
 * the key list comes from the code union itself, never from a hand-kept list.
 */
const ROOT = join(import.meta.dirname, '../..');
const HEADINGS = {
  en: ['## What it means', '## Common causes', '## How to fix', '## Example', '## Not this code when…'],
  ja: ['## 意味', '## よくある原因', '## 対処', '## 例', '## このコードではない場合'],
} as const;

describe.each(Object.keys(catalogues) as Array<keyof typeof catalogues>)('the %s catalogue', (locale) => {
  it.each([...FINDING_CODES])('has words for %s', (code) => {
    const m = catalogues[locale].findings[code];
    expect(m, `${locale} has no message for ${code}`).toBeDefined();
    expect(typeof m.title).toBe('function');
    expect(typeof m.detail).toBe('function');
    expect(typeof m.steps).toBe('function');
  });
});

describe.each(['en', 'ja'] as const)('the %s docs', (locale) => {
  it.each([...FINDING_CODES])('have a page for %s with the fixed headings', (code) => {
    const path = join(ROOT, docsPath(code, locale));
    expect(existsSync(path), `missing ${docsPath(code, locale)}`).toBe(true);
    const text = readFileSync(path, 'utf8');
    expect(text.startsWith(`# ${code}: `), `${docsPath(code, locale)} must start with "# ${code}: <title>"`).toBe(true);
    const missing = HEADINGS[locale].filter((h) => !text.split('\n').includes(h));
    expect(missing, `${docsPath(code, locale)} lacks headings`).toEqual([]);
  });
  it('have no page without a code', () => {
    const dir = join(ROOT, locale === 'en' ? 'docs/codes' : 'docs/ja/codes');
    const orphans = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .map((f) => f.slice(0, -3))
      .filter((name) => !(FINDING_CODES as readonly string[]).includes(name));
    expect(orphans).toEqual([]);
  });
});

describe('the code catalogue', () => {
  it('gives every code a severity', () => {
    for (const code of FINDING_CODES) expect(['error', 'warning', 'info']).toContain(codes[code].severity);
  });
});
