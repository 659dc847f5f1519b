import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERVALS_PER_WEEK } from './intervals.js';
import { seasonalNaive } from './seasonal-naive.js';

const W = INTERVALS_PER_WEEK;
const start = Date.parse('2026-03-01T16:00:00Z');

describe('seasonalNaive', () => {
  it('forecasts each interval by the same interval last week, repeating beyond a week', () => {
    // history: one week with value = position in the week (0 … 671); by hand ŷ(T+h) = (h−1) mod 672
    const history = { start, values: Array.from({ length: W }, (_, i) => i) };
    const f = seasonalNaive({ history, horizon: W + 30 });
    expect(f).toHaveLength(W + 30);
    expect(f[0]).toBe(0);
    expect(f[671]).toBe(671);
    expect(f[672]).toBe(0);
    expect(f[699]).toBe(27);
  });

  it('uses only the most recent week', () => {
    const values = [...new Array<number>(W).fill(5), ...Array.from({ length: W }, (_, i) => i % 7)];
    expect(seasonalNaive({ history: { start, values }, horizon: 10 })).toEqual([
      0, 1, 2, 3, 4, 5, 6, 0, 1, 2,
    ]);
  });

  it('skips an excluded interval to the same interval of the week before', () => {
    const values = [...new Array<number>(W).fill(3), ...new Array<number>(W).fill(9)];
    const excluded = values.map((_, i) => i === W + 10);
    const f = seasonalNaive({ history: { start, values }, horizon: 12, excluded });
    expect(f[10]).toBe(3);
    expect(f[11]).toBe(9);
  });

  it('scales with the history (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(1000), { minLength: W, maxLength: W + 50 }),
        fc.double({ min: 0, max: 100, noNaN: true }),
        (values, c) => {
          const plain = seasonalNaive({ history: { start, values }, horizon: 100 });
          const scaled = seasonalNaive({
            history: { start, values: values.map((v) => v * c) },
            horizon: 100,
          });
          scaled.forEach((v, i) => expect(v).toBeCloseTo(plain[i] * c, 9));
        },
      ),
      { numRuns: 30 },
    );
  });

  it('forecasts a constant series as that constant (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1e6, noNaN: true }), (c) => {
        const f = seasonalNaive({ history: { start, values: new Array<number>(W).fill(c) }, horizon: 200 });
        expect(f.every((v) => v === c)).toBe(true);
      }),
      { numRuns: 20 },
    );
  });

  it('rejects bad input, naming the field and reason', () => {
    const values = new Array<number>(W).fill(1);
    expect(() => seasonalNaive({ history: { start, values: values.slice(1) }, horizon: 1 })).toThrow(
      'history.values must hold at least 672 values; got 671',
    );
    expect(() => seasonalNaive({ history: { start: start + 1, values }, horizon: 1 })).toThrow(
      /^history\.start must be/,
    );
    expect(() => seasonalNaive({ history: { start, values: [...values.slice(1), -1] }, horizon: 1 })).toThrow(
      'history.values[671] must be a finite number ≥ 0; got -1',
    );
    expect(() => seasonalNaive({ history: { start, values }, horizon: 0 })).toThrow(
      'horizon must be an integer ≥ 1; got 0',
    );
    expect(() => seasonalNaive({ history: { start, values }, horizon: 1, excluded: [true] })).toThrow(
      /^excluded must be an array of 672 booleans/,
    );
  });
});
