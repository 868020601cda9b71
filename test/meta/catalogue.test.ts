import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codes, docsPath, FINDING_CODES } from '../../src/engine/codes.js';
import { NOTE_KEYS, type NoteKey } from '../../src/engine/evidence.js';
import { type Catalogue, catalogues } from '../../src/messages/index.js';
import { NOTE_SAMPLES, quotedArgs } from '../helpers/notes.js';

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
  it.each([...NOTE_KEYS])('has words for the evidence note %s', (key) => {
    const words = catalogues[locale].evidence[key];
    expect(typeof words, `${locale} has no words for the evidence note ${key}`).toBe('function');
  });
});

/** A note worded in one catalogue: the union of word functions cannot be called with a union of args. */
function word(cat: Catalogue, key: NoteKey, args: object): string {
  return (cat.evidence[key] as (a: object, f: Catalogue['format']) => string)(args, cat.format);
}

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** What a Japanese evidence line may keep in ASCII besides its args: claim, header and protocol names. */
const JA_KEEPS = new Set([
  ...['alg', 'kid', 'iss', 'scope', 'scp', 'roles', 'permissions', 'groups'],
  ...['JWKS', 'JWK', 'Set', 'PEM', 'HTTP', 'URL', 'JSON', 'https', 'jwks_uri'],
  // A header's name, as the findings' Japanese words keep it (リクエストに Authorization ヘッダーがありません).
  ...['Authorization'],
]);
/** Args that are enum values (words to translate), not quotes to keep. */
const ENUM_ARGS = new Set(['failure', 'signature']);

describe('the evidence notes', () => {
  it.each([...NOTE_KEYS])('word %s in each language, and in Japanese with no English left', (key) => {
    for (const args of NOTE_SAMPLES[key]) {
      const en = word(catalogues.en, key, args);
      const ja = word(catalogues.ja, key, args);
      expect(en.trim(), `${key} ${JSON.stringify(args)}`).not.toBe('');
      expect(ja, `${key} ${JSON.stringify(args)}`).not.toBe(en);
      expect(ja, `${key} ${JSON.stringify(args)}`).toMatch(JAPANESE);
      const quotes = quotedArgs(Object.fromEntries(Object.entries(args).filter(([k]) => !ENUM_ARGS.has(k))));
      let rest = ja;
      for (const q of quotes.sort((a, b) => b.length - a.length)) rest = rest.split(q).join(' ');
      const english = (rest.match(/[A-Za-z][A-Za-z_-]*/g) ?? []).filter((w) => !JA_KEEPS.has(w));
      expect(english, `${key} ${JSON.stringify(args)}: ${ja}`).toEqual([]);
    }
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
