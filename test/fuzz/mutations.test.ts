/**
 * Real pastes, mutated the ways an incident mangles them: cut short, headers duplicated, random bytes,
 * a token repeated hundreds of times, deeply nested JSON, unbalanced quotes in WWW-Authenticate, up to
 * 10,000 `Bearer ` prefixes, wrapped lines, CRLF, Slack escapes, smart quotes, zero-width characters,
 * two pastes spliced together. Whatever comes out must still get a report, in time proportional to its
 * size, that renders within Slack's limits and never shows a piece of a pasted signature.
 *
 * test/engine/robustness.test.ts covers fixed hostile shapes at 1 MB and a signature property over clean
 * paste formats; this file covers combinations of mutations of real pastes. See fuzz.ts for FUZZ_RUNS.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activeSecrets, secretsIn } from '../helpers/leaks.js';
import {
  boundMs,
  CORPUS,
  diagnoseTimed,
  expectNoLeakIn,
  expectWellFormed,
  type Mutation,
  mutateAll,
  runs,
  SEED,
  timeoutFor,
} from './fuzz.js';

const position = fc.nat({ max: 1_000_000 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('truncate' as const),
    at: position,
    keep: fc.constantFrom('head' as const, 'tail' as const),
  }),
  fc.record({
    kind: fc.constant('duplicate-headers' as const),
    times: fc.integer({ min: 1, max: 300 }),
    pick: fc.nat(50),
  }),
  fc.record({
    kind: fc.constant('random-bytes' as const),
    at: position,
    bytes: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 64 }),
    overwrite: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('repeat-token' as const),
    times: fc.integer({ min: 1, max: 300 }),
    separator: fc.constantFrom(' ', '\n', ', ', '', '\nAuthorization: Bearer '),
  }),
  fc.record({
    kind: fc.constant('deep-json' as const),
    depth: fc.integer({ min: 1, max: 20_000 }),
    open: fc.constantFrom('{"a":', '[', '{"payload":', '{"headers":{"authorization":'),
    closed: fc.boolean(),
    at: fc.nat(100),
  }),
  fc.record({
    kind: fc.constant('www-authenticate-quotes' as const),
    edit: fc.constantFrom(
      'insert' as const,
      'drop-last' as const,
      'dangling-param' as const,
      'escape-at-end' as const,
      'only-quotes' as const,
    ),
    at: position,
    count: fc.integer({ min: 1, max: 200 }),
  }),
  fc.record({ kind: fc.constant('bearer-prefixes' as const), count: fc.integer({ min: 1, max: 10_000 }) }),
  fc.record({ kind: fc.constant('wrap' as const), width: fc.integer({ min: 8, max: 120 }) }),
  fc.constant({ kind: 'crlf' as const }),
  fc.constant({ kind: 'slack-escape' as const }),
  fc.record({
    kind: fc.constant('quote-lines' as const),
    prefix: fc.constantFrom('> ', '&gt; ', '< ', '    ', '\t', '| '),
  }),
  fc.constant({ kind: 'smart-quotes' as const }),
  fc.record({
    kind: fc.constant('zero-width' as const),
    at: position,
    char: fc.constantFrom('\u200b', '\ufeff', '\u00a0', '\u2028', '\u0000', '\ud800'),
  }),
  fc.record({ kind: fc.constant('flip-case' as const), every: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('splice' as const), other: fc.nat(100), at: position }),
);

const paste = fc.nat(CORPUS.length - 1).map((i) => CORPUS[i] as (typeof CORPUS)[number]);
/** Every signed token of the corpus: a splice can bring any of them into a paste. */
const SECRETS = secretsIn(CORPUS.map((p) => p.text).join('\n'));

describe('mutated real pastes', () => {
  it('the corpus holds real signatures to leak', () => {
    expect(SECRETS.length).toBeGreaterThanOrEqual(6);
  });

  const n = runs(250);
  it(`always yield a report within the time bound, render within Slack's limits and leak no signature (${n} runs)`, {
    timeout: timeoutFor(n, 200),
  }, async () => {
    let largest = 0;
    await fc.assert(
      fc.asyncProperty(paste, fc.array(mutation, { minLength: 1, maxLength: 4 }), async (p, mutations) => {
        const input = mutateAll(p.text, mutations);
        largest = Math.max(largest, input.length);
        const { report, ms } = await diagnoseTimed(input);
        expect(ms, `${input.length} chars took ${ms.toFixed(0)} ms`).toBeLessThanOrEqual(boundMs(input));
        const { outputs } = expectWellFormed(report);
        expectNoLeakIn(outputs, activeSecrets(input, SECRETS));
      }),
      { seed: SEED, numRuns: n },
    );
    // The generators reach the sizes they are meant to (a repeated token, 10,000 prefixes, deep JSON).
    expect(largest).toBeGreaterThan(64 * 1024);
  });

  it('yield a report for each paste under each single mutation at its extreme', async () => {
    const extremes: Mutation[] = [
      { kind: 'truncate', at: 0, keep: 'head' },
      { kind: 'duplicate-headers', times: 300, pick: 0 },
      { kind: 'repeat-token', times: 300, separator: '' },
      { kind: 'deep-json', depth: 20_000, open: '{"a":', closed: false, at: 0 },
      { kind: 'www-authenticate-quotes', edit: 'only-quotes', at: 0, count: 200 },
      { kind: 'bearer-prefixes', count: 10_000 },
      { kind: 'wrap', width: 8 },
    ];
    for (const p of CORPUS) {
      for (const m of extremes) {
        const input = mutateAll(p.text, [m]);
        const { report, ms } = await diagnoseTimed(input);
        expect(ms, `${p.name} / ${m.kind}: ${input.length} chars in ${ms.toFixed(0)} ms`).toBeLessThanOrEqual(
          boundMs(input),
        );
        expectNoLeakIn(expectWellFormed(report).outputs, activeSecrets(input, SECRETS));
      }
    }
  });
});
