/**
 * key-material.ts's scan reads one character in 44 (stop 22): it must find exactly the maximal base64url runs of 44 or
 * more that a plain regex finds, wherever they sit in a string, and hide only those that look like key material.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { hideKeyMaterial, isKeyMaterial, MIN_KEY_RUN } from '../../src/engine/key-material.js';
import type { Report } from '../../src/engine/types.js';

const label = () => '‹hidden›';
/** Random base64url of `n` characters. */
const randomRun = (n: number) => randomBytes(n).toString('base64url').slice(0, n);
/** Random key material of `n` (44 or more) base64url characters (retried until it reads as such). */
function keyOf(n: number): string {
  for (;;) {
    const k = randomBytes(n).toString('base64url').slice(0, n);
    if (isKeyMaterial(k)) return k;
  }
}
/** What a plain regex scan would leave: each maximal run of 44 or more that is key material replaced. */
function reference(text: string): string {
  return text.replace(/[A-Za-z0-9_-]{44,}/g, (run) => (isKeyMaterial(run) ? label() : run));
}
const hidden = (text: string) =>
  (
    hideKeyMaterial({ findings: [{ evidence: text }], token: null } as unknown as Report, label) as unknown as {
      findings: Array<{ evidence: string }>;
    }
  ).findings[0]?.evidence;

describe('hideKeyMaterial finds the runs a regex would', () => {
  it.each([
    ['at the start', (k: string) => `${k} rejected`],
    ['at the end', (k: string) => `signature=${k}`],
    ['alone', (k: string) => k],
    ['between prose and punctuation', (k: string) => `the value "${k}", then more words follow here`],
    ['two, side by side across a dot', (k: string) => `${k}.${keyOf(60)}`],
  ])('%s', (_name, place) => {
    for (const n of [MIN_KEY_RUN, MIN_KEY_RUN + 1, 87, 342]) {
      const text = place(keyOf(n));
      expect(hidden(text)).toBe(reference(text));
      expect(hidden(text)).toContain('‹hidden›');
    }
  });

  it('leaves a 43-character run, prose and identifiers as they are, and returns the same report when nothing is hidden', () => {
    const report = {
      findings: [
        { evidence: `kid ${randomRun(43)} and data-plane-kafka-network-thread-0-ListenerName-and-more-words` },
      ],
      token: null,
    } as unknown as Report;
    expect(hideKeyMaterial(report, label)).toBe(report);
  });

  it("hides a wrap's piece one blank or ` | ` from a hidden run, and no identifier, hex id or word there", () => {
    const piece = 'az-JWzrNNXEmRDXzFPg';
    const run = keyOf(60);
    expect(hidden(`401 Unauthorized ${piece} ${run} done`)).toBe('401 Unauthorized ‹hidden› ‹hidden› done');
    expect(hidden(`${run} | ${piece} | done`)).toBe('‹hidden› | ‹hidden› | done');
    for (const kept of ['Build2026ReleaseCandidate', '4bf92f3577b34da6a3ce929d0e0e4736', 'SignatureDoesNotMatch'])
      expect(hidden(`${kept} ${run} ${kept}`)).toBe(`${kept} ‹hidden› ${kept}`);
  });

  it('matches the regex on random mixtures of runs, words and separators', () => {
    // A word stands a blank apart on each side: a run one blank from a hidden one is a wrap's piece, hidden with it
    // (wrap-neighbours.ts; tested below), which no regex of runs reads.
    for (let i = 0; i < 300; i++) {
      let text = '';
      while (text.length < 400) {
        const r = Math.random();
        text += r < 0.2 ? randomRun(30 + Math.floor(Math.random() * 80)) : r < 0.5 ? ' word ' : r < 0.7 ? '-_' : ' . ';
      }
      expect(hidden(text)).toBe(reference(text));
    }
  });
});
