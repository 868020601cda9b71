import { describe, expect, it } from 'vitest';
import { isoOf } from '../../src/messages/time-format.js';

/**
 * Fast paths of the checks and the conclusion held to plain reference versions (round 24b). Each reference is the
 * code the fast path stands in for, or what it must equal.
 */

/** What isoOf must equal: the Date round trip without its `.000`. */
const viaDate = (seconds: number) => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

describe('isoOf: the int32 path (whole seconds in [0, 2^31))', () => {
  it('matches the Date round trip across the range, its edges and its leap days', () => {
    const samples = [0, -0, 1, 59, 60, 3599, 3600, 86_399, 86_400, 2 ** 31 - 2, 2 ** 31 - 1, 2 ** 31, 951_782_400];
    for (let s = 0; s < 2 ** 31; s += 86_400 * 7 + 3_607) samples.push(s);
    // Every day of 2000 (a leap year of a century), 2024 and 2036 around 29 February, at each day's last second.
    for (const year of [2000, 2024, 2036]) {
      const start = Date.UTC(year, 1, 20) / 1000;
      for (let d = 0; d < 20; d++) samples.push(start + d * 86_400 - 1, start + d * 86_400);
    }
    for (const s of samples) expect(isoOf(s)).toBe(viaDate(s));
  });

  it('leaves fractions and negative seconds to the general path', () => {
    for (const s of [-1, -86_401, 1_779_977_400.5, 2 ** 31 + 0.25]) expect(isoOf(s)).toBe(viaDate(s));
  });
});
