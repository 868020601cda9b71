import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MATCHERS } from '../../src/engine/parse/verifier-messages/index.js';

const README = readFileSync(join(import.meta.dirname, '../../README.md'), 'utf8');
const section = README.slice(README.indexOf('## Messages it recognises'), README.indexOf('## Finding codes'));

describe('README, "Messages it recognises"', () => {
  it('names every library a verifier-message row can name as `via` (a new table cannot go unlisted)', () => {
    const libraries = [...new Set(MATCHERS.map((m) => m.library))];
    expect(section.length).toBeGreaterThan(0);
    expect(libraries.filter((l) => !section.includes(`\`${l}\``))).toEqual([]);
  });
});
