import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoOf } from '../../src/messages/time-format.js';

/** What isoOf replaced: the Date round trip, which stays the reference it must match exactly. */
function viaDate(seconds: number): string {
  const ms = seconds * 1000;
  if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return String(seconds);
  return new Date(ms).toISOString().replace('.000Z', 'Z');
}

describe('isoOf', () => {
  it.each([
    [0, '1970-01-01T00:00:00Z'],
    [1_779_977_400, '2026-05-28T14:10:00Z'],
    [951_782_400, '2000-02-29T00:00:00Z'],
    [-1, '1969-12-31T23:59:59Z'],
    [-62_135_596_800, '0001-01-01T00:00:00Z'],
    [-62_167_219_200, '0000-01-01T00:00:00Z'],
    [-62_167_219_201, '-000001-12-31T23:59:59Z'],
    [253_402_300_800, '+010000-01-01T00:00:00Z'],
    [8.64e12, '+275760-09-13T00:00:00Z'],
    [-8.64e12, '-271821-04-20T00:00:00Z'],
    [1.5, '1970-01-01T00:00:01.500Z'],
    [-0.0005, '1970-01-01T00:00:00Z'],
    [1e13, '10000000000000'],
    [1_779_977_400_123, '+058375-03-29T06:42:03Z'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
  ])('%s → %s', (seconds, iso) => {
    expect(isoOf(seconds)).toBe(iso);
    expect(isoOf(seconds)).toBe(viaDate(seconds));
  });

  it('matches toISOString at the edges of the Date range', () => {
    for (const s of [
      8.64e12,
      8.64e12 + 0.001,
      8.64e12 - 0.001,
      -8.64e12,
      -8.64e12 - 0.001,
      -8.64e12 + 0.001,
      8.64e12 + 1,
    ]) {
      expect(isoOf(s)).toBe(viaDate(s));
    }
  });

  it('matches toISOString on every day boundary around leap years and centuries', () => {
    for (const year of [-400, -100, -4, -1, 0, 1, 4, 100, 1600, 1700, 1900, 2000, 2100, 2400, 9999, 10000]) {
      const start = Date.UTC(year, 0, 1) / 1000;
      for (let day = -2; day < 370; day++) {
        for (const offset of [0, 1, 86_399]) {
          const s = start + day * 86_400 + offset;
          expect(isoOf(s)).toBe(viaDate(s));
        }
      }
    }
  });

  it('matches toISOString for any number (integers, fractions, negatives, beyond the range)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -8_640_000_000_000, max: 8_640_000_000_000 }),
          fc.double({ min: -8.7e12, max: 8.7e12, noNaN: true }),
          fc.double(),
          fc.integer({ min: 0, max: 4_102_444_800 }),
        ),
        (s) => isoOf(s) === viaDate(s),
      ),
      { numRuns: 20_000 },
    );
  });
});
