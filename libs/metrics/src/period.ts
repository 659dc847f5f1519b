import type { Granularity } from '@servicefloor/contracts';
import { INTERVAL_MS, intervalStart } from './interval.js';
import { assertFiniteMs, assertTimeZone, localDate, localMidnight } from './zone.js';

/**
 * Start of the interval, day, week (Monday first) or month containing `atMs`, in the site's IANA time
 * zone (metrics.md, "Time"). Days are calendar days, so they last 23 or 25 hours across a DST change;
 * where local midnight does not exist the day starts when the clock jumps (see localMidnight).
 * INTERVAL ignores the zone (intervals are epoch-aligned), but the zone is still validated.
 *
 * @example periodStart(Date.parse('2026-03-04T10:00:00+08:00'), 'WEEK', 'Asia/Shanghai') === Date.parse('2026-03-02T00:00:00+08:00')
 * @throws RangeError when atMs is not finite, the zone is unknown or the granularity is not one of Granularity.
 */
export function periodStart(atMs: number, granularity: Granularity, timeZone: string): number {
  assertFiniteMs('atMs', atMs);
  assertTimeZone(timeZone);
  if (granularity === 'INTERVAL') return intervalStart(atMs);
  return periodContaining(atMs, granularity, timeZone).start;
}

/**
 * Start of the period that follows the one containing `startMs` (so for a period start, the end of that
 * period). Steps through the local calendar, never by adding hours, so a day after a DST change is
 * still the next local midnight.
 *
 * @throws RangeError as periodStart.
 */
export function nextPeriodStart(startMs: number, granularity: Granularity, timeZone: string): number {
  assertFiniteMs('startMs', startMs);
  assertTimeZone(timeZone);
  if (granularity === 'INTERVAL') return intervalStart(startMs) + INTERVAL_MS;
  return periodContaining(startMs, granularity, timeZone).end;
}

type CalendarGranularity = Exclude<Granularity, 'INTERVAL'>;
interface Period {
  start: number;
  end: number;
}

/*
 * Computing a local period with TZDate costs a few Intl calls (~0.2 ms), and roll-ups ask for the same
 * periods over and over. Computed periods are exact, so they are kept per zone and granularity in a
 * sorted list of disjoint [start, end) ranges and found by binary search. The cache is dropped when it
 * grows past MAX_CACHED_PERIODS (about 50 years of days).
 */
const periodCache = new Map<string, Period[]>();
const MAX_CACHED_PERIODS = 20_000;
let cachedPeriods = 0;

function periodContaining(atMs: number, granularity: CalendarGranularity, timeZone: string): Period {
  const key = `${granularity}|${timeZone}`;
  let periods = periodCache.get(key);
  if (periods === undefined) {
    periods = [];
    periodCache.set(key, periods);
  }
  // Index of the last cached period starting at or before atMs.
  let lo = 0;
  let hi = periods.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (periods[mid]!.start <= atMs) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (found >= 0 && atMs < periods[found]!.end) return periods[found]!;
  const period = computePeriod(atMs, granularity, timeZone);
  if (cachedPeriods >= MAX_CACHED_PERIODS) {
    periodCache.clear();
    cachedPeriods = 0;
    periodCache.set(key, [period]);
  } else {
    periods.splice(found + 1, 0, period);
  }
  cachedPeriods += 1;
  return period;
}

function computePeriod(atMs: number, granularity: CalendarGranularity, timeZone: string): Period {
  const d = localDate(atMs, timeZone);
  switch (granularity) {
    case 'DAY':
      return {
        start: localMidnight(d.year, d.month, d.day, timeZone),
        end: localMidnight(d.year, d.month, d.day + 1, timeZone),
      };
    case 'WEEK': {
      // getDay(): 0 = Sunday … 6 = Saturday; days back to Monday = (weekday + 6) mod 7.
      const monday = d.day - ((d.weekday + 6) % 7);
      return {
        start: localMidnight(d.year, d.month, monday, timeZone),
        end: localMidnight(d.year, d.month, monday + 7, timeZone),
      };
    }
    case 'MONTH':
      return {
        start: localMidnight(d.year, d.month, 1, timeZone),
        end: localMidnight(d.year, d.month + 1, 1, timeZone),
      };
    default:
      throw badGranularity(granularity);
  }
}

/**
 * The starts of every period that overlaps [startMs, endMs), in order: the axis of a trend chart,
 * so periods without data can be shown as empty. An empty range gives [].
 *
 * @throws RangeError as periodStart, or when endMs is before startMs.
 */
export function periodStartsInRange(
  range: { startMs: number; endMs: number },
  granularity: Granularity,
  timeZone: string,
): number[] {
  assertFiniteMs('startMs', range.startMs);
  assertFiniteMs('endMs', range.endMs);
  if (range.endMs < range.startMs) {
    throw new RangeError(`endMs must not be before startMs (startMs ${range.startMs}, endMs ${range.endMs})`);
  }
  const starts: number[] = [];
  if (range.endMs === range.startMs) return starts;
  for (let at = periodStart(range.startMs, granularity, timeZone); at < range.endMs;) {
    starts.push(at);
    at = nextPeriodStart(at, granularity, timeZone);
  }
  return starts;
}

function badGranularity(granularity: never): RangeError {
  return new RangeError(
    `granularity must be one of INTERVAL, DAY, WEEK, MONTH, got ${JSON.stringify(granularity)}`,
  );
}
