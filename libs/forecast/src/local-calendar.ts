import { INTERVAL_MS, INTERVALS_PER_DAY } from './intervals.js';

const DAY_MS = 86_400_000;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks a site's UTC offset in minutes (e.g. 480 for Asia/Shanghai, −300 for New York in
 * winter): an integer multiple of 15 between −720 and +840, the range of real offsets.
 *
 * How local days line up: the seasonal methods work on lags of 96 and 672 intervals, so their
 * forecasts do not depend on the offset; the offset places calendar dates (special days, per-day
 * accuracy, interval-of-day of a timestamp) on the site's days. A site with daylight saving time
 * passes the offset in force over the period it asks about (the forecast horizon, the compared
 * day). A DST change shifts the local pattern by 4 intervals on the epoch grid: seasonal naive
 * follows after one week, the averaging and smoothing methods over the following weeks.
 *
 * @throws Error naming `field` when the offset is not such a number.
 */
export function assertOffsetMinutes(offsetMinutes: number, field = 'offsetMinutes'): void {
  if (
    !Number.isInteger(offsetMinutes) ||
    offsetMinutes % 15 !== 0 ||
    offsetMinutes < -720 ||
    offsetMinutes > 840
  ) {
    throw new Error(
      `${field} must be an integer multiple of 15 between -720 and 840 (the site's UTC offset in minutes); got ${String(offsetMinutes)}`,
    );
  }
}

/**
 * The epoch ms at which a local calendar day (`YYYY-MM-DD`) starts at a site whose UTC offset is
 * `offsetMinutes`: Date.UTC(y, m − 1, d) − offset. Always a multiple of INTERVAL_MS.
 *
 * @throws Error naming `field` when the date is not a real `YYYY-MM-DD` date.
 */
export function localDayStart(date: string, offsetMinutes: number, field = 'date'): number {
  assertOffsetMinutes(offsetMinutes);
  const match = typeof date === 'string' ? DATE_PATTERN.exec(date) : null;
  if (!match) throw new Error(`${field} must be a date written YYYY-MM-DD; got ${JSON.stringify(date)}`);
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new Error(`${field} must be a real calendar date; got ${JSON.stringify(date)}`);
  }
  return utc - offsetMinutes * 60_000;
}

/** The local calendar day (`YYYY-MM-DD`) containing the instant `epochMs` at a site with UTC offset `offsetMinutes`. */
export function localDate(epochMs: number, offsetMinutes: number): string {
  assertOffsetMinutes(offsetMinutes);
  return new Date(Math.floor((epochMs + offsetMinutes * 60_000) / DAY_MS) * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

/**
 * The local interval of the day (0 = 00:00–00:15 … 95 = 23:45–24:00) of the interval containing
 * `epochMs` at a site with UTC offset `offsetMinutes`.
 */
export function intervalOfDay(epochMs: number, offsetMinutes: number): number {
  assertOffsetMinutes(offsetMinutes);
  const index = Math.floor((epochMs + offsetMinutes * 60_000) / INTERVAL_MS);
  return ((index % INTERVALS_PER_DAY) + INTERVALS_PER_DAY) % INTERVALS_PER_DAY;
}
