import { addDays, dayStart, isDate, offsetMinutesAt } from '../planning/zone.js';

/*
 * A schedule counts time in minutes from Monday 00:00 of its week in the site's zone
 * (libs/scheduling model.ts). These convert between those minutes and epoch milliseconds.
 */

/** True when `date` is a calendar date that falls on a Monday. */
export function isMonday(date: string): boolean {
  return isDate(date) && new Date(`${date}T00:00:00Z`).getUTCDay() === 1;
}

/** The Monday on or before the local date `date`. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** Epoch ms of minute `minute` of the week starting `weekStart` (local midnight of its day + minutes). */
export function minuteToMs(minute: number, weekStart: string, timeZone: string): number {
  const day = Math.floor(minute / 1440);
  return dayStart(addDays(weekStart, day), timeZone) + (minute - day * 1440) * 60_000;
}

/** The minute of the week starting `weekStart` that the instant `ms` falls in (may be < 0 or past the week). */
export function msToMinute(ms: number, weekStart: string, timeZone: string): number {
  const wall = ms + offsetMinutesAt(ms, timeZone) * 60_000;
  return Math.floor((wall - Date.parse(`${weekStart}T00:00:00Z`)) / 60_000);
}
