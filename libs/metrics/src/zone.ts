import { TZDate } from '@date-fns/tz';

/*
 * Calendar helpers in an IANA time zone, shared by the period and date-range functions.
 * Internal: not exported from index.ts.
 */

const knownZones = new Set<string>();

/**
 * Throws a RangeError naming `timeZone` unless the runtime's Intl knows the zone
 * (e.g. "Asia/Shanghai", "Europe/Berlin"). Results are cached per name.
 */
export function assertTimeZone(timeZone: string): void {
  if (knownZones.has(timeZone)) return;
  const reason = `timeZone must be an IANA time zone name such as "Asia/Shanghai", got ${JSON.stringify(timeZone)}`;
  if (typeof timeZone !== 'string' || timeZone.trim() === '') throw new RangeError(reason);
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
  } catch {
    throw new RangeError(reason);
  }
  knownZones.add(timeZone);
}

/** Throws a RangeError naming `field` unless `value` is a finite number. */
export function assertFiniteMs(field: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new RangeError(`${field} must be a finite number of epoch milliseconds, got ${String(value)}`);
  }
}

/** The local calendar date of an instant: month is 0-based (as in Date), weekday 0 = Sunday. */
export interface LocalDate {
  year: number;
  month: number;
  day: number;
  weekday: number;
}

export function localDate(atMs: number, timeZone: string): LocalDate {
  const d = new TZDate(atMs, timeZone);
  return { year: d.getFullYear(), month: d.getMonth(), day: d.getDate(), weekday: d.getDay() };
}

/**
 * The first instant of the local calendar date (year, month 0-based, day) in the zone. Out-of-range
 * months and days roll over as in `Date` (day 32 of January is 1 February), which is how callers step
 * through the calendar without counting hours. Where midnight does not exist (a DST gap at 00:00, as in
 * America/Santiago or Asia/Beirut) the day starts at the end of the gap (01:00); where midnight occurs
 * twice (America/Havana in November) it is the first one. Both come from TZDate's normalisation.
 */
export function localMidnight(year: number, month: number, day: number, timeZone: string): number {
  return new TZDate(year, month, day, 0, 0, 0, 0, timeZone).getTime();
}
