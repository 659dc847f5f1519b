import type { Granularity } from '@servicefloor/contracts';
import { periodStart } from './period.js';
import { assertFiniteMs, assertTimeZone, localDate, localMidnight } from './zone.js';

/** A half-open time range [startMs, endMs) in epoch milliseconds. */
export interface TimeRange {
  startMs: number;
  endMs: number;
}

const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

/**
 * The time range of the local dates `fromDate` to `toDate`, both inclusive, in the site's zone:
 * startMs is the local midnight starting `fromDate`, endMs the local midnight after `toDate`
 * (so a one-day range is 23, 24 or 25 hours long).
 *
 * @example dateRangeToMs('2026-03-02', '2026-03-02', 'Asia/Shanghai') → { startMs: Date.parse('2026-03-02T00:00+08:00'), endMs: Date.parse('2026-03-03T00:00+08:00') }
 * @throws RangeError "from must be YYYY-MM-DD, got …" / "to …" for a malformed or impossible date,
 *   "to must not be before from" when the range is reversed, or for an unknown zone.
 */
export function dateRangeToMs(fromDate: string, toDate: string, timeZone: string): TimeRange {
  const from = parseDate('from', fromDate);
  const to = parseDate('to', toDate);
  assertTimeZone(timeZone);
  if (Date.UTC(to.year, to.month, to.day) < Date.UTC(from.year, from.month, from.day)) {
    throw new RangeError(`to must not be before from (from ${fromDate}, to ${toDate})`);
  }
  return {
    startMs: localMidnight(from.year, from.month, from.day, timeZone),
    endMs: localMidnight(to.year, to.month, to.day + 1, timeZone),
  };
}

/**
 * The comparison range immediately before `range`, of the same calendar length:
 * - MONTH granularity and both ends at local month starts: the same number of months before
 *   (March 2026 → February 2026; Q2 → Q1);
 * - otherwise, both ends at local midnights: the same number of calendar days before (a 7-day week
 *   across a DST change is still compared with the 7 days before it, although their hours differ);
 * - otherwise the same number of milliseconds before.
 *
 * @throws RangeError when a bound is not finite, endMs is not after startMs, or the zone is unknown.
 */
export function previousPeriodRange(range: TimeRange, granularity: Granularity, timeZone: string): TimeRange {
  const { startMs, endMs } = range;
  assertFiniteMs('startMs', startMs);
  assertFiniteMs('endMs', endMs);
  assertTimeZone(timeZone);
  if (endMs <= startMs) {
    throw new RangeError(`endMs must be after startMs (startMs ${startMs}, endMs ${endMs})`);
  }
  const start = localDate(startMs, timeZone);
  const end = localDate(endMs, timeZone);
  const dayAligned =
    periodStart(startMs, 'DAY', timeZone) === startMs && periodStart(endMs, 'DAY', timeZone) === endMs;
  if (granularity === 'MONTH' && dayAligned && start.day === 1 && end.day === 1) {
    const months = end.year * 12 + end.month - (start.year * 12 + start.month);
    return { startMs: localMidnight(start.year, start.month - months, 1, timeZone), endMs: startMs };
  }
  if (dayAligned) {
    const days = Math.round(
      (Date.UTC(end.year, end.month, end.day) - Date.UTC(start.year, start.month, start.day)) / DAY_MS,
    );
    return { startMs: localMidnight(start.year, start.month, start.day - days, timeZone), endMs: startMs };
  }
  return { startMs: startMs - (endMs - startMs), endMs: startMs };
}

function parseDate(field: 'from' | 'to', value: string): { year: number; month: number; day: number } {
  const match = typeof value === 'string' ? DATE_PATTERN.exec(value) : null;
  if (match === null) throw new RangeError(`${field} must be YYYY-MM-DD, got ${JSON.stringify(value)}`);
  const year = Number(match[1]);
  const month = Number(match[2]) - 1;
  const day = Number(match[3]);
  const check = new Date(Date.UTC(year, month, day));
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month || check.getUTCDate() !== day) {
    throw new RangeError(`${field} must be YYYY-MM-DD, got ${JSON.stringify(value)} (no such date)`);
  }
  return { year, month, day };
}
