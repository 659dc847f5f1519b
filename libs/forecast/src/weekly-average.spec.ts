import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERVALS_PER_WEEK } from './intervals.js';
import { weeklyAverage } from './weekly-average.js';

const W = INTERVALS_PER_WEEK;
const start = Date.parse('2026-03-01T16:00:00Z');
const weeksOf = (...levels: number[]) => levels.flatMap((level) => new Array<number>(W).fill(level));

describe('weeklyAverage', () => {
  it('averages the same interval over the last k weeks (hand-computed)', () => {
    const history = { start, values: weeksOf(1, 2, 6) };
    expect(weeklyAverage({ history, horizon: 3, weeks: 2 })).toEqual([4, 4, 4]); // (2 + 6) / 2
    expect(weeklyAverage({ history, horizon: 3, weeks: 3 })).toEqual([3, 3, 3]); // (1 + 2 + 6) / 3
    expect(weeklyAverage({ history, horizon: 3, weeks: 1 })).toEqual([6, 6, 6]);
  });

  it('keeps intervals of the week apart', () => {
    const values = weeksOf(0, 0, 0);
    values[5] = 3;
    values[W + 5] = 6;
    values[2 * W + 5] = 9;
    const f = weeklyAverage({ history: { start, values }, horizon: W + 6, weeks: 2 });
    expect(f[5]).toBe(7.5); // (6 + 9) / 2
    expect(f[4]).toBe(0);
    expect(f[W + 5]).toBe(7.5); // the second forecast week repeats the first
  });

  it('defaults to k = 4 and needs k weeks of history', () => {
    expect(weeklyAverage({ history: { start, values: weeksOf(8, 1, 2, 3, 4) }, horizon: 1 })).toEqual([2.5]);
    expect(() => weeklyAverage({ history: { start, values: weeksOf(1, 2, 3) }, horizon: 1 })).toThrow(
      'history.values must hold at least 2688 values; got 2016',
    );
    expect(() => weeklyAverage({ history: { start, values: weeksOf(1) }, horizon: 1, weeks: 0 })).toThrow(
      'weeks must be an integer ≥ 1; got 0',
    );
  });

  it('takes the k most recent known values when some are excluded', () => {
    const values = weeksOf(10, 20, 30, 40);
    const excluded = values.map((_, i) => i >= 3 * W); // the whole last week is a cleansed holiday
    expect(weeklyAverage({ history: { start, values }, horizon: 2, weeks: 2, excluded })).toEqual([25, 25]);
  });

  it('scales with the history and keeps a constant (properties)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(500), { minLength: 2 * W, maxLength: 2 * W }),
        fc.double({ min: 0, max: 50, noNaN: true }),
        (values, c) => {
          const plain = weeklyAverage({ history: { start, values }, horizon: 50, weeks: 2 });
          const scaled = weeklyAverage({
            history: { start, values: values.map((v) => v * c) },
            horizon: 50,
            weeks: 2,
          });
          scaled.forEach((v, i) => expect(v).toBeCloseTo(plain[i] * c, 9));
          const flat = weeklyAverage({
            history: { start, values: new Array<number>(2 * W).fill(c) },
            horizon: 50,
            weeks: 2,
          });
          flat.forEach((v) => expect(v).toBeCloseTo(c, 12));
        },
      ),
      { numRuns: 25 },
    );
  });
});
