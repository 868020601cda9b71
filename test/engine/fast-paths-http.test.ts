/**
 * Helper round 24a (the HTTP reader, normalisation, JSON spans): each fast path against the plain formulation it
 * replaced, on inputs built from the characters the fast path treats specially.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { balancedSpans, balancedSpansByRegex, findJsonObjects } from '../../src/engine/parse/json-spans.js';

/** Texts made of the characters balancedSpans acts on, with a little else between them. */
const structural = fc
  .array(fc.constantFrom('{', '}', '"', '\\', '\n', ' ', 'a', ':', ',', '1', '{"k": "v"}', '"\\"', '\\\n'), {
    maxLength: 60,
  })
  .map((parts) => parts.join(''));

describe('balancedSpans (one cursor per character it acts on)', () => {
  it('finds the spans the regex pass finds', () => {
    fc.assert(
      fc.property(structural, (text) => {
        expect(balancedSpans(text)).toEqual(balancedSpansByRegex(text));
      }),
      { numRuns: 3000 },
    );
  });

  it('finds the spans of arbitrary text as the regex pass does', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        expect(balancedSpans(text)).toEqual(balancedSpansByRegex(text));
      }),
      { numRuns: 1000 },
    );
  });

  it('handles an escape at the very end, a string left open, and braces inside strings', () => {
    for (const text of ['{"a\\', '{"a', '{"}"}', '{"\n}', '{"\\"}"}', '}{', '{{"x":"{"}}', 'x{"a":1}y{"b":"\\\\"}']) {
      expect(balancedSpans(text)).toEqual(balancedSpansByRegex(text));
    }
    expect(findJsonObjects('body: {"error":"invalid_token","n":"}"} end').map((s) => s.value)).toEqual([
      { error: 'invalid_token', n: '}' },
    ]);
  });
});
