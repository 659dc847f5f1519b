import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantile } from './quantile.js';

describe('quantile (linear interpolation, R type 7 / numpy default)', () => {
  it('matches published values', () => {
    // Wikipedia "Percentile", linear interpolation between closest ranks, C = 1: 40th percentile of
    // 15, 20, 35, 40, 50 is 29 (h = 4 × 0.4 = 1.6 → 20 + 0.6 × 15).
    expect(quantile([15, 20, 35, 40, 50], 0.4)).toBeCloseTo(29, 12);
    // numpy.percentile([15, 20, 35, 40, 50], 90) = 46.0 (h = 3.6 → 40 + 0.6 × 10).
    expect(quantile([50, 15, 40, 20, 35], 0.9)).toBeCloseTo(46, 12);
    // numpy.median([1, 2, 3, 4]) = 2.5; numpy.percentile([1, 2, 3, 4], 90) = 3.7.
    expect(quantile([4, 3, 2, 1], 0.5)).toBe(2.5);
    expect(quantile([1, 2, 3, 4], 0.9)).toBeCloseTo(3.7, 12);
    expect(quantile([7], 0.9)).toBe(7);
    expect(quantile([1, 2, 3], 0)).toBe(1);
    expect(quantile([1, 2, 3], 1)).toBe(3);
  });

  it('rejects empty input, bad q and non-finite values', () => {
    expect(() => quantile([], 0.5)).toThrow('quantile requires at least one value');
    expect(() => quantile([1], 1.5)).toThrow('q must be between 0 and 1, got 1.5');
    expect(() => quantile([1, Number.NaN], 0.5)).toThrow('values[1] must be a finite number');
  });

  it('lies between the minimum and maximum and grows with q (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -1e6, max: 1e6 }), { minLength: 1 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const [lo, hi] = a < b ? [a, b] : [b, a];
          expect(quantile(values, lo)).toBeGreaterThanOrEqual(Math.min(...values));
          expect(quantile(values, hi)).toBeLessThanOrEqual(Math.max(...values));
          expect(quantile(values, lo)).toBeLessThanOrEqual(quantile(values, hi) + 1e-9);
        },
      ),
    );
  });
});
