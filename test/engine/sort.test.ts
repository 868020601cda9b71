import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sortSmall } from '../../src/engine/sort.js';

describe('sortSmall', () => {
  it('orders as the builtin stable sort does, below and above its threshold', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.integer({ min: 0, max: 4 }), fc.nat()), { maxLength: 30 }), (pairs) => {
        const compare = (a: [number, number], b: [number, number]) => a[0] - b[0];
        expect(sortSmall(pairs.slice(), compare, 8)).toEqual(pairs.slice().sort(compare));
      }),
    );
  });
});
