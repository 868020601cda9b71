/**
 * Helper round 24a (the HTTP reader, normalisation, JSON spans): each fast path against the plain formulation it
 * replaced, on inputs built from the characters the fast path treats specially.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { indexOfByTail, NextIndex } from '../../src/engine/parse/http/chars.js';
import { createCollector } from '../../src/engine/parse/http/collect.js';
import { ScanState } from '../../src/engine/parse/http/state.js';
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

/**
 * Helper round 26 (perf26): the client-log readers' searches from a rarer character (NextIndex's `lead`,
 * indexOfByTail's), and the paste-level gate in front of them (ScanState.mayHoldClientLog), against plain searches.
 * A paste the gate turns down holds none of the markers the Apache, Faraday, NSHTTPURLResponse and Ktor readers start
 * from (each reader reads only where its marker is), so skipping them there finds what asking them finds: nothing.
 */
describe('client-log markers searched by their tails', () => {
  const markers = ['http-outgoing-', ' -- re', 'NSHTTPURLResponse', 'COMMON HEADERS', '"=>["', 'source=http-debug'];
  const pieces = fc
    .array(
      fc.constantFrom(
        ...markers,
        ...markers.map((m) => m.slice(1)),
        ...markers.map((m) => m.slice(0, -1)),
        'http',
        'ttp-outgoing-',
        '-outgoing-',
        '-- re',
        ' ',
        '\n',
        'h',
        '"',
        '=',
        'N',
        'S',
        'x',
      ),
      { maxLength: 30 },
    )
    .map((parts) => parts.join(''));

  it('NextIndex with a lead finds what indexOf finds, position by position', () => {
    fc.assert(
      fc.property(pieces, fc.constantFrom(...markers), fc.integer({ min: 0, max: 4 }), (text, needle, lead) => {
        const next = new NextIndex(text, needle, Math.min(lead, needle.length - 1));
        for (let p = 0; p <= text.length; p++) expect(next.from(p)).toBe(text.indexOf(needle, p));
        expect(indexOfByTail(text, needle, 0, Math.min(lead, needle.length - 1) || 1)).toBe(text.indexOf(needle));
      }),
      { numRuns: 2000 },
    );
  });

  it('the gate is open exactly where a paste holds one of the markers', () => {
    fc.assert(
      fc.property(pieces, (text) => {
        const s = new ScanState(createCollector(text), []);
        const plain = ['http-outgoing-', ' -- re', 'NSHTTPURLResponse', 'COMMON HEADERS'].some((m) => text.includes(m));
        expect(s.mayHoldClientLog()).toBe(plain);
      }),
      { numRuns: 2000 },
    );
  });
});
