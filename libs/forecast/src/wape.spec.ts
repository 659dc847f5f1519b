import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wape } from './wape.js';

describe('wape', () => {
  it('is Σ|actual − forecast| / Σ actual (metrics.md), hand-computed', () => {
    // |10 − 12| + |20 − 17| + |0 − 1| = 6; Σ actual = 30
    expect(wape([10, 20, 0], [12, 17, 1])).toBeCloseTo(6 / 30, 15);
    expect(wape([5, 5], [5, 5])).toBe(0);
  });

  it('is null when Σ actual = 0', () => {
    expect(wape([0, 0], [1, 2])).toBeNull();
    expect(wape([], [])).toBeNull();
  });

  it('does not change when both series are scaled (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 1, max: 1000 }), fc.nat(1000)), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        (pairs, c) => {
          const a = pairs.map((p) => p[0]);
          const f = pairs.map((p) => p[1]);
          expect(
            wape(
              a.map((v) => v * c),
              f.map((v) => v * c),
            ),
          ).toBeCloseTo(wape(a, f)!, 9);
        },
      ),
    );
  });

  it('rejects bad input, naming the field', () => {
    expect(() => wape([1, 2], [1])).toThrow('forecast must have as many values as actual (2); got 1');
    expect(() => wape([1, -2], [1, 1])).toThrow('actual[1] must be a finite number ≥ 0; got -2');
    expect(() => wape([1], [Number.NaN])).toThrow('forecast[0] must be a finite number; got NaN');
  });
});
