import { describe, expect, it } from 'vitest';
import { INTERVALS_PER_DAY } from './intervals.js';
import { localDayStart } from './local-calendar.js';
import { applySpecialDays, specialDayCoverage } from './special-days.js';

const D = INTERVALS_PER_DAY;
const start = localDayStart('2026-03-01', 480); // local midnight in Shanghai

describe('specialDayCoverage', () => {
  it('covers whole local days', () => {
    const { multipliers, covered } = specialDayCoverage(
      start,
      3 * D,
      [{ from: '2026-03-02', multiplier: 0.5 }],
      480,
    );
    expect(multipliers.slice(D - 1, D + 1)).toEqual([1, 0.5]);
    expect(multipliers.slice(2 * D - 1, 2 * D + 1)).toEqual([0.5, 1]);
    expect(covered.filter(Boolean)).toHaveLength(D);
  });

  it('places days by the site offset', () => {
    // The same UTC run seen from UTC+0: 2 March starts 8 hours (32 intervals) later.
    const { covered } = specialDayCoverage(start, 3 * D, [{ from: '2026-03-02', multiplier: 2 }], 0);
    expect(covered.indexOf(true)).toBe(D + 32);
  });

  it('multiplies overlapping days and clips to the run', () => {
    const { multipliers } = specialDayCoverage(
      start,
      3 * D,
      [
        { from: '2026-03-02', to: '2026-03-05', multiplier: 2, label: 'promotion' },
        { from: '2026-03-03', multiplier: 0.25, label: 'holiday' },
      ],
      480,
    );
    expect([multipliers[0], multipliers[D], multipliers[2 * D], multipliers[3 * D - 1]]).toEqual([
      1, 2, 0.5, 0.5,
    ]);
    expect(multipliers).toHaveLength(3 * D);
  });

  it('rejects bad special days, naming the field', () => {
    expect(() => specialDayCoverage(start, D, [{ from: '2026-03-32', multiplier: 1 }], 480)).toThrow(
      'specialDays[0].from must be a real calendar date; got "2026-03-32"',
    );
    expect(() =>
      specialDayCoverage(start, D, [{ from: '2026-03-05', to: '2026-03-04', multiplier: 1 }], 480),
    ).toThrow('specialDays[0].to must not be before from (2026-03-05); got "2026-03-04"');
    expect(() => specialDayCoverage(start, D, [{ from: '2026-03-05', multiplier: -1 }], 480)).toThrow(
      'specialDays[0].multiplier must be a number ≥ 0; got -1',
    );
  });
});

describe('applySpecialDays', () => {
  it('multiplies the covered intervals of a forecast', () => {
    const values = applySpecialDays(
      { start, values: new Array<number>(2 * D).fill(10) },
      [{ from: '2026-03-02', multiplier: 1.5 }],
      480,
    );
    expect(values[D - 1]).toBe(10);
    expect(values[D]).toBe(15);
  });
});
