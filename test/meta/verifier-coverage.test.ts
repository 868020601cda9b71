import { describe, expect, it } from 'vitest';
import { verifierLogCheck } from '../../src/engine/checks/verifier-log.js';
import { MATCHERS } from '../../src/engine/parse/verifier-messages/index.js';

describe('verifier messages and the check that reports them', () => {
  it('reports every code a verifier-message matcher can produce (none is dropped silently)', () => {
    const handled = new Set<string>(verifierLogCheck.codes);
    const unhandled = [...new Set(MATCHERS.map((m) => m.code))].filter((c) => !handled.has(c));
    expect(unhandled).toEqual([]);
  });
});
