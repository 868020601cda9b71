import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The engine is pure: text in, report out. It may use jose and zod, and node:crypto for fingerprints,
 * but nothing that does I/O, no Slack, no logger, and nothing from the adapters around it.
 */
const ENGINE = join(import.meta.dirname, '../../src/engine');
const FORBIDDEN = [
  /^node:(fs|http|https|net|dns|child_process|worker_threads|readline)(\/|$)/,
  /^(fs|http|https|net)$/,
  /^@slack\//,
  /^pino/,
  /^\.\.\/(cli|slack|config|render)\//,
  /^\.\.\/\.\.\/(cli|slack|config|render|log)/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('engine boundary', () => {
  const sources = files(ENGINE);
  it.each(sources.map((f) => [relative(ENGINE, f), f]))('%s imports nothing that does I/O', (_name, file) => {
    const text = readFileSync(file, 'utf8');
    const imports = [...text.matchAll(/\bfrom\s+'([^']+)'/g), ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)].map(
      (m) => m[1] ?? '',
    );
    const bad = imports.filter((i) => FORBIDDEN.some((re) => re.test(i)));
    expect(bad).toEqual([]);
  });
  it('reads no clock', () => {
    for (const file of sources) {
      const text = readFileSync(file, 'utf8');
      expect({
        file: relative(ENGINE, file),
        clock: /\bDate\.now\(|new Date\(\s*\)|performance\.now\(/.test(text),
      }).toEqual({ file: relative(ENGINE, file), clock: false });
    }
  });
});
