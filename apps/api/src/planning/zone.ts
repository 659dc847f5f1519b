import { tzOffset } from '@date-fns/tz';
import { dateRangeToMs } from '@servicefloor/metrics';
import { formatInZone } from '../metrics/format-in-zone.js';

/*
 * Local days of a queue's site, as the planning features use them. Dates are `YYYY-MM-DD` local
 * days of the site's IANA zone; instants are epoch ms on the 15-minute grid of metrics.md.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Epoch ms of local midnight starting `date` in `timeZone` (DST-safe). */
export function dayStart(date: string, timeZone: string): number {
  return dateRangeToMs(date, date, timeZone).startMs;
}

/** Epoch ms of local midnight ending `date` in `timeZone` (the next day's start). */
export function dayEnd(date: string, timeZone: string): number {
  return dateRangeToMs(date, date, timeZone).endMs;
}

/** The local date containing the instant `ms`. */
export function localDateOf(ms: number, timeZone: string): string {
  return formatInZone(ms, timeZone, 'date');
}

/** `HH:mm` of the instant `ms` in `timeZone`. */
export function localTimeOf(ms: number, timeZone: string): string {
  return formatInZone(ms, timeZone, 'minute').slice(11);
}

/** ISO 8601 with the site's offset. */
export function isoInZone(ms: number, timeZone: string): string {
  return formatInZone(ms, timeZone, 'iso');
}

/** The site's UTC offset in minutes at the instant `ms` (480 for Asia/Shanghai). */
export function offsetMinutesAt(ms: number, timeZone: string): number {
  return tzOffset(timeZone, new Date(ms));
}

/** `date` moved by `days` calendar days. */
export function addDays(date: string, days: number): string {
  const match = DATE.exec(date);
  if (!match) throw new RangeError(`date must be YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]) + days);
  return new Date(utc).toISOString().slice(0, 10);
}

/** True when `date` is a real calendar date written YYYY-MM-DD. */
export function isDate(date: string): boolean {
  const match = DATE.exec(date);
  if (!match) return false;
  const utc = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(utc).toISOString().slice(0, 10) === date;
}
