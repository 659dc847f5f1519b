import { describe, expect, it } from 'vitest';
import {
  addDays,
  intervalClock,
  parseTyped,
  seriesOf,
  sumWhere,
  whatIfInput,
  NO_WHAT_IF,
} from './planningModel.js';

describe('planning page helpers', () => {
  it('adds calendar days across month and year ends', () => {
    expect(addDays('2026-11-25', -7)).toBe('2026-11-18');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('reads an IntervalSeries, keeping nulls', () => {
    expect(seriesOf([1, null, 2.5, 'x'])).toEqual([1, null, 2.5, null]);
    expect(seriesOf(null)).toEqual([]);
  });

  it('labels intervals by their local start', () => {
    expect(intervalClock(0)).toBe('00:00');
    expect(intervalClock(37)).toBe('09:15');
    expect(intervalClock(95)).toBe('23:45');
  });

  it('sums only where the mask has values', () => {
    expect(sumWhere([1, 2, 3], [5, null, 1])).toBe(4);
  });

  it('turns the what-if form into the API input (percentages as fractions)', () => {
    expect(whatIfInput(NO_WHAT_IF)).toEqual({});
    expect(
      whatIfInput({ volumePercent: '-20', ahtSeconds: '240', targetPercent: '90', shrinkagePercent: '35,5' }),
    ).toEqual({ volumeChange: -0.2, ahtSeconds: 240, targetServiceLevel: 0.9, shrinkage: 0.355 });
    expect(parseTyped('abc')).toBeNull();
  });
});
