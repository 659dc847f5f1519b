import { describe, expect, it } from 'vitest';
import {
  dayCount,
  granularityProblem,
  isIsoDate,
  mondayOf,
  periodCount,
  periodLabels,
  presetRange,
  previousRange,
  usableGranularity,
} from './dateRange.js';

describe('presetRange', () => {
  // 25 Nov 2026 is a Wednesday; the ranges end the day before, so every period is complete.
  const today = '2026-11-25';
  it('last 7 and last 30 days end yesterday', () => {
    expect(presetRange('last7', today)).toEqual({ from: '2026-11-18', to: '2026-11-24' });
    expect(presetRange('last30', today)).toEqual({ from: '2026-10-26', to: '2026-11-24' });
    expect(dayCount(presetRange('last30', today))).toBe(30);
  });
  it('last month and last 6 months are whole calendar months', () => {
    expect(presetRange('lastMonth', today)).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(presetRange('last6Months', today)).toEqual({ from: '2026-05-01', to: '2026-10-31' });
    expect(presetRange('lastMonth', '2026-03-01')).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(presetRange('lastMonth', '2027-01-10')).toEqual({ from: '2026-12-01', to: '2026-12-31' });
  });
  it('refuses custom, which has no dates of its own', () => {
    expect(() => presetRange('custom', today)).toThrow(
      'presetRange requires a preset with dates: got "custom"',
    );
  });
});

describe('isIsoDate', () => {
  it('accepts real dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-1')).toBe(false);
    expect(isIsoDate('')).toBe(false);
  });
});

describe('previousRange', () => {
  // The same cases as libs/metrics date-range.spec.ts (previousPeriodRange), in dates.
  it('a month-aligned range at MONTH granularity → the same number of months before', () => {
    expect(previousRange({ from: '2026-03-01', to: '2026-03-31' }, 'MONTH')).toEqual({
      from: '2026-02-01',
      to: '2026-02-28',
    });
    expect(previousRange({ from: '2026-04-01', to: '2026-06-30' }, 'MONTH')).toEqual({
      from: '2026-01-01',
      to: '2026-03-31',
    });
    expect(previousRange({ from: '2026-01-01', to: '2026-01-31' }, 'MONTH')).toEqual({
      from: '2025-12-01',
      to: '2025-12-31',
    });
  });
  it('any other range → the same number of calendar days before', () => {
    expect(previousRange({ from: '2026-03-01', to: '2026-03-31' }, 'DAY')).toEqual({
      from: '2026-01-29',
      to: '2026-02-28',
    });
    expect(previousRange({ from: '2026-03-30', to: '2026-04-05' }, 'WEEK')).toEqual({
      from: '2026-03-23',
      to: '2026-03-29',
    });
    // Not month-aligned at MONTH granularity: days, as the API does.
    expect(previousRange({ from: '2026-03-05', to: '2026-03-31' }, 'MONTH')).toEqual({
      from: '2026-02-06',
      to: '2026-03-04',
    });
  });
});

describe('periodLabels and periodCount', () => {
  it('lists days, Mondays of weeks, firsts of months and 96 intervals a day', () => {
    const range = { from: '2026-03-01', to: '2026-03-10' }; // Sunday to Tuesday
    expect(periodLabels(range, 'DAY')).toHaveLength(10);
    expect(periodLabels(range, 'WEEK')).toEqual(['2026-02-23', '2026-03-02', '2026-03-09']);
    expect(periodLabels({ from: '2026-01-15', to: '2026-03-01' }, 'MONTH')).toEqual([
      '2026-01-01',
      '2026-02-01',
      '2026-03-01',
    ]);
    const intervals = periodLabels({ from: '2026-03-01', to: '2026-03-02' }, 'INTERVAL');
    expect(intervals).toHaveLength(192);
    expect(intervals.slice(0, 2)).toEqual(['2026-03-01T00:00', '2026-03-01T00:15']);
    expect(intervals.at(-1)).toBe('2026-03-02T23:45');
  });
  it('counts as many periods as it lists', () => {
    for (const range of [
      { from: '2026-03-01', to: '2026-03-10' },
      { from: '2025-12-29', to: '2026-01-04' },
      { from: '2026-01-31', to: '2026-07-01' },
    ])
      for (const g of ['INTERVAL', 'DAY', 'WEEK', 'MONTH'] as const)
        expect(periodCount(range, g), `${g} ${range.from}`).toBe(periodLabels(range, g).length);
  });
  it('mondayOf: weeks start on Monday', () => {
    expect(mondayOf('2026-03-01')).toBe('2026-02-23'); // Sunday
    expect(mondayOf('2026-03-02')).toBe('2026-03-02'); // Monday
  });
});

describe('granularity limits', () => {
  it('allows 15-minute intervals for up to 21 days (2,016 points)', () => {
    expect(granularityProblem({ from: '2026-03-01', to: '2026-03-21' }, 'INTERVAL')).toBeNull();
    expect(granularityProblem({ from: '2026-03-01', to: '2026-03-22' }, 'INTERVAL')).toBe('intervalTooLong');
  });
  it('refuses more than 2,016 points at any granularity', () => {
    expect(granularityProblem({ from: '2020-01-01', to: '2026-01-01' }, 'DAY')).toBe('tooManyPoints');
    expect(granularityProblem({ from: '2020-01-01', to: '2026-01-01' }, 'WEEK')).toBeNull();
  });
  it('falls back to the finest coarser granularity that fits', () => {
    expect(usableGranularity({ from: '2026-03-01', to: '2026-03-30' }, 'INTERVAL')).toBe('DAY');
    expect(usableGranularity({ from: '2020-01-01', to: '2026-01-01' }, 'INTERVAL')).toBe('WEEK');
    expect(usableGranularity({ from: '2026-03-01', to: '2026-03-02' }, 'INTERVAL')).toBe('INTERVAL');
  });
});
