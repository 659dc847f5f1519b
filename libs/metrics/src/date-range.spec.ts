import { describe, expect, it } from 'vitest';
import { dateRangeToMs, previousPeriodRange } from './date-range.js';

const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('dateRangeToMs', () => {
  it('covers the local dates inclusively: endMs is the local midnight after `to`', () => {
    expect(dateRangeToMs('2026-03-02', '2026-03-02', 'Asia/Shanghai')).toEqual({
      startMs: at('2026-03-02T00:00:00+08:00'),
      endMs: at('2026-03-03T00:00:00+08:00'),
    });
    expect(dateRangeToMs('2026-03-01', '2026-03-31', 'Asia/Shanghai')).toEqual({
      startMs: at('2026-03-01T00:00:00+08:00'),
      endMs: at('2026-04-01T00:00:00+08:00'),
    });
  });

  it('is DST-safe: the Berlin and New York change days are 23 and 25 hours', () => {
    const berlin = dateRangeToMs('2026-03-29', '2026-03-29', 'Europe/Berlin');
    expect(berlin).toEqual({
      startMs: at('2026-03-29T00:00:00+01:00'),
      endMs: at('2026-03-30T00:00:00+02:00'),
    });
    expect((berlin.endMs - berlin.startMs) / HOUR).toBe(23);
    const newYork = dateRangeToMs('2026-11-01', '2026-11-01', 'America/New_York');
    expect((newYork.endMs - newYork.startMs) / HOUR).toBe(25);
  });

  it('rejects malformed, impossible and reversed dates, naming the field', () => {
    expect(() => dateRangeToMs('2026-3-2', '2026-03-02', 'UTC')).toThrow(
      'from must be YYYY-MM-DD, got "2026-3-2"',
    );
    expect(() => dateRangeToMs('2026-03-02', '02/03/2026', 'UTC')).toThrow('to must be YYYY-MM-DD');
    expect(() => dateRangeToMs('2026-02-30', '2026-03-02', 'UTC')).toThrow(
      'from must be YYYY-MM-DD, got "2026-02-30" (no such date)',
    );
    expect(() => dateRangeToMs('2026-03-02', '2026-03-01', 'UTC')).toThrow('to must not be before from');
    expect(() => dateRangeToMs('2026-03-02', '2026-03-02', 'Nowhere/City')).toThrow('timeZone must be');
  });
});

describe('previousPeriodRange', () => {
  it('a month-aligned range at MONTH granularity → the same number of months before', () => {
    // March 2026 (31 days) → February 2026 (28 days).
    expect(
      previousPeriodRange(
        dateRangeToMs('2026-03-01', '2026-03-31', 'Europe/Berlin'),
        'MONTH',
        'Europe/Berlin',
      ),
    ).toEqual(dateRangeToMs('2026-02-01', '2026-02-28', 'Europe/Berlin'));
    // Q2 2026 → Q1 2026.
    expect(
      previousPeriodRange(
        dateRangeToMs('2026-04-01', '2026-06-30', 'Asia/Shanghai'),
        'MONTH',
        'Asia/Shanghai',
      ),
    ).toEqual(dateRangeToMs('2026-01-01', '2026-03-31', 'Asia/Shanghai'));
    // January → December of the year before.
    expect(previousPeriodRange(dateRangeToMs('2026-01-01', '2026-01-31', 'UTC'), 'MONTH', 'UTC')).toEqual(
      dateRangeToMs('2025-12-01', '2025-12-31', 'UTC'),
    );
  });

  it('a day-aligned range → the same number of calendar days before, whatever their hours', () => {
    // The 23-hour 29 Mar 2026 in Berlin is compared with the 24-hour 28 Mar.
    const day = dateRangeToMs('2026-03-29', '2026-03-29', 'Europe/Berlin');
    expect(previousPeriodRange(day, 'DAY', 'Europe/Berlin')).toEqual(
      dateRangeToMs('2026-03-28', '2026-03-28', 'Europe/Berlin'),
    );
    // The week after the change (30 Mar–5 Apr, 168 h) vs the week containing it (23–29 Mar, 167 h).
    const week = dateRangeToMs('2026-03-30', '2026-04-05', 'Europe/Berlin');
    expect(previousPeriodRange(week, 'WEEK', 'Europe/Berlin')).toEqual(
      dateRangeToMs('2026-03-23', '2026-03-29', 'Europe/Berlin'),
    );
    // March viewed by DAY → the 31 days before (29 Jan–28 Feb), not February.
    expect(previousPeriodRange(dateRangeToMs('2026-03-01', '2026-03-31', 'UTC'), 'DAY', 'UTC')).toEqual(
      dateRangeToMs('2026-01-29', '2026-02-28', 'UTC'),
    );
    // New York: 1 Nov (25 h) → 31 Oct (24 h).
    expect(
      previousPeriodRange(
        dateRangeToMs('2026-11-01', '2026-11-01', 'America/New_York'),
        'INTERVAL',
        'America/New_York',
      ),
    ).toEqual(dateRangeToMs('2026-10-31', '2026-10-31', 'America/New_York'));
  });

  it('an unaligned range → the same length in milliseconds before', () => {
    const range = { startMs: at('2026-03-02T09:00:00+08:00'), endMs: at('2026-03-02T09:30:00+08:00') };
    expect(previousPeriodRange(range, 'INTERVAL', 'Asia/Shanghai')).toEqual({
      startMs: at('2026-03-02T08:30:00+08:00'),
      endMs: range.startMs,
    });
  });

  it('rejects an empty or reversed range', () => {
    expect(() => previousPeriodRange({ startMs: 10, endMs: 10 }, 'DAY', 'UTC')).toThrow(
      'endMs must be after startMs',
    );
    expect(() => previousPeriodRange({ startMs: Number.NaN, endMs: 10 }, 'DAY', 'UTC')).toThrow(
      'startMs must be a finite',
    );
  });
});
