/**
 * Helper round 25a: the proxy check's body texts are found by the verifier-message scan (scan.ts, BODY_TEXTS; its
 * `body`, Context.proxyBodyText), the few that hold no trigger by proxy.ts itself (BODY_UNSCANNED). These properties
 * hold both to the plain search, with and without tokens' spans (whose insides the scan passes over).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANCHORS, anyBodySignal, unscannedBodyText } from '../../src/engine/checks/proxy.js';
import { BODY_UNSCANNED, UAEX } from '../../src/engine/parse/proxy-texts.js';
import { findCandidates, foldForMatching } from '../../src/engine/parse/verifier-messages/scan.js';
import { spansOf } from '../helpers/token-spans.js';

// Envoy's UAEX flag too: proxy.ts reads its access-log line only where the scan saw it.
const scanned = [...ANCHORS.filter((t) => !BODY_UNSCANNED.includes(t)), UAEX.toLowerCase()];
const runTexts = scanned.filter((t) => /^[a-z0-9_.-]+$/.test(t));

// Texts whole, cut anywhere (so a trigger occurs without its text), upper-cased, glued to runs of token characters
// (`xauthinvalidcookiex` inside a token, found anywhere, not at word starts), and the words around them.
const text = fc.constantFrom(...ANCHORS, UAEX, '" 403 UAEX 0 0');
const chunk = fc.stringMatching(/^[A-Za-z0-9_-]{20,90}$/);
const glue = fc.constantFrom('', '-', '.', 'x', '9');
const piece = fc.oneof(
  { arbitrary: text, weight: 3 },
  { arbitrary: fc.tuple(text, fc.nat()).map(([t, k]) => t.slice(k % t.length)), weight: 2 },
  { arbitrary: fc.tuple(text, fc.nat()).map(([t, k]) => t.slice(0, k % t.length)), weight: 2 },
  { arbitrary: chunk, weight: 2 },
  { arbitrary: fc.tuple(chunk, glue, fc.constantFrom(...runTexts), glue, chunk).map((p) => p.join('')), weight: 3 },
  { arbitrary: fc.tuple(chunk, glue, text).map((p) => p.join('')), weight: 2 },
  { arbitrary: fc.tuple(text, glue, chunk).map((p) => p.join('')), weight: 2 },
  {
    arbitrary: fc.constantFrom(' ', '\n', 'request ', 'authorization: bearer ', 'policy', 'invalid', 'error ', '<'),
    weight: 2,
  },
);
const paste = fc
  .tuple(fc.array(piece, { maxLength: 12 }), fc.boolean())
  .map(([parts, upper]) => (upper ? parts.join('').toUpperCase() : parts.join('')));

describe('the proxy body texts the scan finds', () => {
  it('splits the texts: those of BODY_UNSCANNED are body texts, and the scan has some made of token characters', () => {
    for (const t of BODY_UNSCANNED) expect(ANCHORS).toContain(t);
    expect(runTexts.length).toBeGreaterThan(10);
  });

  it('says a scanned text occurs exactly when one does, told of the tokens or not', () => {
    fc.assert(
      fc.property(paste, fc.nat(12), (t, cut) => {
        const lower = foldForMatching(t);
        const plain = scanned.some((s) => lower.includes(s));
        expect(findCandidates(t, lower).body).toBe(plain);
        for (const spans of [spansOf(t, 0), spansOf(t, cut)]) expect(findCandidates(t, lower, spans).body).toBe(plain);
      }),
      { numRuns: 6000 },
    );
  });

  it('with unscannedBodyText, gates the check wherever searching for every text finds one', () => {
    fc.assert(
      fc.property(paste, fc.nat(12), (t, cut) => {
        const lower = foldForMatching(t);
        if (BODY_UNSCANNED.some((s) => lower.includes(s))) expect(unscannedBodyText(lower)).toBe(true);
        const gate = findCandidates(t, lower, spansOf(t, cut)).body || unscannedBodyText(lower);
        if (anyBodySignal(lower)) expect(gate).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });

  it('stays linear on a megabyte of tokens and body-text triggers', () => {
    const unit = `${'a'.repeat(300)}.${'b'.repeat(300)} request policy auth invalid `;
    const big = unit.repeat(Math.ceil((1 << 20) / unit.length));
    const lower = foldForMatching(big);
    const spans = spansOf(big, 0);
    const t0 = performance.now();
    expect(findCandidates(big, lower, spans).body).toBe(false);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
