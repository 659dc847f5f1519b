import { GRANULARITIES } from '@servicefloor/contracts';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { INTERVAL_MS } from './interval.js';
import { nextPeriodStart, periodStart, periodStartsInRange } from './period.js';

/*
 * DST dates are from the tz database (2026): Europe/Berlin springs forward on Sun 29 Mar at 01:00 UTC
 * and falls back on Sun 25 Oct at 01:00 UTC; America/New_York springs forward on Sun 8 Mar at 07:00 UTC
 * and falls back on Sun 1 Nov at 06:00 UTC. Asia/Shanghai is UTC+8 all year. 2 Mar 2026 is a Monday.
 */
const at = (iso: string) => Date.parse(iso);
const HOUR = 3_600_000;

describe('periodStart / nextPeriodStart: days', () => {
  it('Berlin: the spring-forward day lasts 23 hours', () => {
    const start = periodStart(at('2026-03-29T12:00:00+02:00'), 'DAY', 'Europe/Berlin');
    expect(start).toBe(at('2026-03-29T00:00:00+01:00'));
    const end = nextPeriodStart(start, 'DAY', 'Europe/Berlin');
    expect(end).toBe(at('2026-03-30T00:00:00+02:00'));
    expect((end - start) / HOUR).toBe(23);
  });

  it('Berlin: the fall-back day lasts 25 hours', () => {
    const start = periodStart(at('2026-10-25T02:30:00+01:00'), 'DAY', 'Europe/Berlin');
    expect(start).toBe(at('2026-10-25T00:00:00+02:00'));
    expect((nextPeriodStart(start, 'DAY', 'Europe/Berlin') - start) / HOUR).toBe(25);
  });

  it('New York: 23-hour and 25-hour days', () => {
    const spring = periodStart(at('2026-03-08T23:59:00-04:00'), 'DAY', 'America/New_York');
    expect(spring).toBe(at('2026-03-08T00:00:00-05:00'));
    expect((nextPeriodStart(spring, 'DAY', 'America/New_York') - spring) / HOUR).toBe(23);
    const fall = periodStart(at('2026-11-01T01:30:00-05:00'), 'DAY', 'America/New_York');
    expect(fall).toBe(at('2026-11-01T00:00:00-04:00'));
    expect((nextPeriodStart(fall, 'DAY', 'America/New_York') - fall) / HOUR).toBe(25);
  });

  it('Shanghai: a local day is 16:00Z to 16:00Z', () => {
    expect(periodStart(at('2026-03-02T23:59:59+08:00'), 'DAY', 'Asia/Shanghai')).toBe(
      at('2026-03-01T16:00:00Z'),
    );
    expect(periodStart(at('2026-03-02T00:00:00+08:00'), 'DAY', 'Asia/Shanghai')).toBe(
      at('2026-03-01T16:00:00Z'),
    );
  });

  it('a day whose midnight does not exist starts when the clock jumps (Santiago, 11 Sep 2022)', () => {
    // Chile sprang forward at 00:00 → 01:00 local on 11 Sep 2022 (tz database), so that day starts at 01:00 −03.
    const start = periodStart(at('2022-09-11T12:00:00-03:00'), 'DAY', 'America/Santiago');
    expect(start).toBe(at('2022-09-11T01:00:00-03:00'));
    expect(nextPeriodStart(start, 'DAY', 'America/Santiago')).toBe(at('2022-09-12T00:00:00-03:00'));
  });
});

describe('periodStart / nextPeriodStart: weeks and months', () => {
  it('weeks start on Monday', () => {
    // Sun 1 Mar 2026 belongs to the week of Mon 23 Feb; Mon 2 Mar starts a week.
    expect(periodStart(at('2026-03-01T23:00:00+08:00'), 'WEEK', 'Asia/Shanghai')).toBe(
      at('2026-02-23T00:00:00+08:00'),
    );
    expect(periodStart(at('2026-03-02T00:00:00+08:00'), 'WEEK', 'Asia/Shanghai')).toBe(
      at('2026-03-02T00:00:00+08:00'),
    );
    expect(periodStart(at('2026-03-08T23:59:59+08:00'), 'WEEK', 'Asia/Shanghai')).toBe(
      at('2026-03-02T00:00:00+08:00'),
    );
    expect(nextPeriodStart(at('2026-03-04T10:00:00+08:00'), 'WEEK', 'Asia/Shanghai')).toBe(
      at('2026-03-09T00:00:00+08:00'),
    );
  });

  it('a week across spring-forward lasts 167 hours (Berlin, 23–29 Mar 2026)', () => {
    const start = periodStart(at('2026-03-29T12:00:00+02:00'), 'WEEK', 'Europe/Berlin');
    expect(start).toBe(at('2026-03-23T00:00:00+01:00'));
    expect((nextPeriodStart(start, 'WEEK', 'Europe/Berlin') - start) / HOUR).toBe(7 * 24 - 1);
  });

  it('months: Berlin March 2026 has 31 × 24 − 1 hours, October 31 × 24 + 1', () => {
    const march = periodStart(at('2026-03-15T12:00:00+01:00'), 'MONTH', 'Europe/Berlin');
    expect(march).toBe(at('2026-03-01T00:00:00+01:00'));
    expect(nextPeriodStart(march, 'MONTH', 'Europe/Berlin')).toBe(at('2026-04-01T00:00:00+02:00'));
    expect((nextPeriodStart(march, 'MONTH', 'Europe/Berlin') - march) / HOUR).toBe(743);
    const october = periodStart(at('2026-10-31T23:59:00+01:00'), 'MONTH', 'Europe/Berlin');
    expect((nextPeriodStart(october, 'MONTH', 'Europe/Berlin') - october) / HOUR).toBe(745);
  });

  it('months roll over the year, in Shanghai and New York', () => {
    expect(nextPeriodStart(at('2026-12-31T23:00:00+08:00'), 'MONTH', 'Asia/Shanghai')).toBe(
      at('2027-01-01T00:00:00+08:00'),
    );
    // 1 Jan 2027 00:30 in Shanghai is still 31 Dec 2026 in New York.
    expect(periodStart(at('2027-01-01T00:30:00+08:00'), 'MONTH', 'America/New_York')).toBe(
      at('2026-12-01T00:00:00-05:00'),
    );
  });

  it('INTERVAL ignores the zone', () => {
    expect(periodStart(at('2026-03-02T09:07:00+08:00'), 'INTERVAL', 'Asia/Shanghai')).toBe(
      at('2026-03-02T09:00:00+08:00'),
    );
    expect(nextPeriodStart(at('2026-03-02T09:07:00+08:00'), 'INTERVAL', 'Asia/Shanghai')).toBe(
      at('2026-03-02T09:15:00+08:00'),
    );
  });
});

describe('periodStartsInRange', () => {
  it('lists the periods overlapping a range', () => {
    expect(
      periodStartsInRange(
        { startMs: at('2026-03-28T12:00:00+01:00'), endMs: at('2026-03-30T00:00:01+02:00') },
        'DAY',
        'Europe/Berlin',
      ),
    ).toEqual([
      at('2026-03-28T00:00:00+01:00'),
      at('2026-03-29T00:00:00+01:00'),
      at('2026-03-30T00:00:00+02:00'),
    ]);
    // 23-hour day = 92 intervals.
    expect(
      periodStartsInRange(
        { startMs: at('2026-03-29T00:00:00+01:00'), endMs: at('2026-03-30T00:00:00+02:00') },
        'INTERVAL',
        'Europe/Berlin',
      ),
    ).toHaveLength(92);
    expect(periodStartsInRange({ startMs: 5, endMs: 5 }, 'DAY', 'UTC')).toEqual([]);
  });
});

describe('errors', () => {
  it('names the zone, the granularity and the time', () => {
    expect(() => periodStart(0, 'DAY', 'Mars/Olympus')).toThrow(
      'timeZone must be an IANA time zone name such as "Asia/Shanghai", got "Mars/Olympus"',
    );
    expect(() => periodStart(0, 'YEAR' as never, 'UTC')).toThrow('granularity must be one of');
    expect(() => nextPeriodStart(Number.POSITIVE_INFINITY, 'DAY', 'UTC')).toThrow('startMs must be a finite');
    expect(() => periodStartsInRange({ startMs: 2, endMs: 1 }, 'DAY', 'UTC')).toThrow(
      'endMs must not be before startMs',
    );
  });
});

describe('properties (checked against Intl.DateTimeFormat, independent of TZDate)', () => {
  const zones = [
    'Europe/Berlin',
    'America/New_York',
    'Asia/Shanghai',
    'Asia/Kathmandu',
    'Australia/Lord_Howe',
  ];
  const localDay = (ms: number, timeZone: string) =>
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
      ms,
    );
  const instant = fc.integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2030, 0, 1) });

  it('a period contains its instant, starts on a new local day and is followed by nextPeriodStart', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), fc.constantFrom(...GRANULARITIES), (ms, zone, g) => {
        const start = periodStart(ms, g, zone);
        const next = nextPeriodStart(start, g, zone);
        expect(start).toBeLessThanOrEqual(ms);
        expect(next).toBeGreaterThan(ms);
        expect(periodStart(next - 1, g, zone)).toBe(start);
        expect(periodStart(next, g, zone)).toBe(next);
        if (g === 'INTERVAL') {
          expect(next - start).toBe(INTERVAL_MS);
        } else {
          expect(localDay(start - 1, zone)).not.toBe(localDay(start, zone));
          expect(localDay(ms, zone) >= localDay(start, zone)).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('a day is the set of instants with the same local date', () => {
    fc.assert(
      fc.property(instant, fc.constantFrom(...zones), (ms, zone) => {
        const start = periodStart(ms, 'DAY', zone);
        const next = nextPeriodStart(start, 'DAY', zone);
        expect(localDay(start, zone)).toBe(localDay(ms, zone));
        expect(localDay(next - 1, zone)).toBe(localDay(ms, zone));
        expect(localDay(next, zone)).not.toBe(localDay(ms, zone));
      }),
      { numRuns: 400 },
    );
  });
});
