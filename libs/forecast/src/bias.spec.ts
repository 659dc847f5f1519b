import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bias } from './bias.js';
import { wape } from './wape.js';

describe('bias', () => {
  it('is Σ(forecast − actual) / Σ actual, positive when over-forecast (hand-computed)', () => {
    // (12 − 10) + (17 − 20) + (1 − 0) = 0 → no bias even though WAPE is 0.2
    expect(bias([10, 20, 0], [12, 17, 1])).toBe(0);
    expect(bias([10, 10], [12, 13])).toBeCloseTo(5 / 20, 15); // over-forecast by 25 %
    expect(bias([10, 10], [8, 9])).toBeCloseTo(-3 / 20, 15); // under-forecast by 15 %
  });

  it('is null when Σ actual = 0', () => {
    expect(bias([0], [3])).toBeNull();
  });

  it('never exceeds WAPE in size (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(100), fc.nat(100)), { minLength: 1, maxLength: 40 }), (pairs) => {
        const a = pairs.map((p) => p[0]);
        const f = pairs.map((p) => p[1]);
        const b = bias(a, f);
        if (b === null) return expect(wape(a, f)).toBeNull();
        expect(Math.abs(b)).toBeLessThanOrEqual(wape(a, f)! + 1e-12);
      }),
    );
  });

  it('rejects mismatched lengths', () => {
    expect(() => bias([1], [1, 2])).toThrow('forecast must have as many values as actual (1); got 2');
  });
});
