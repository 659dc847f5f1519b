import { addDays, addMonths } from '../../format/calendarDateInZone.js';

/** The periods a trend is cut into (the API's Granularity enum). */
export type Granularity = 'INTERVAL' | 'DAY' | 'WEEK' | 'MONTH';

export const GRANULARITIES: readonly Granularity[] = ['INTERVAL', 'DAY', 'WEEK', 'MONTH'];

/** The quick choices of range; `custom` reads from/to from the form. */
export type RangePreset = 'last7' | 'last30' | 'lastMonth' | 'last6Months' | 'custom';

export const RANGE_PRESETS: readonly RangePreset[] = [
  'last7',
  'last30',
  'lastMonth',
  'last6Months',
  'custom',
];

/** An inclusive range of the site's calendar dates (YYYY-MM-DD). */
export interface DateRange {
  from: string;
  to: string;
}

/**
 * INTERVAL granularity covers at most this many days: the API refuses more (2,016 points of
 * 15 minutes, metrics.service.ts MAX_INTERVAL_POINTS), and charts draw at most ~2,000 points.
 */
export const MAX_INTERVAL_DAYS = 21;

/** At most this many points per series (the API's limit for intervals, applied to every granularity). */
export const MAX_POINTS = 2016;

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD ("2026-02-30" is not one). */
export function isIsoDate(value: string): boolean {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

/**
 * The dates of a preset, seen from `today` (the site's date). Ranges end yesterday, so every
 * period shown is complete: last 7 days, last 30 days, the last calendar month, the six
 * calendar months before this one (an assessment period, product.md).
 *
 * @throws RangeError for `custom`, which has no dates of its own.
 */
export function presetRange(preset: RangePreset, today: string): DateRange {
  const yesterday = addDays(today, -1);
  const firstOfThisMonth = `${today.slice(0, 8)}01`;
  switch (preset) {
    case 'last7':
      return { from: addDays(today, -7), to: yesterday };
    case 'last30':
      return { from: addDays(today, -30), to: yesterday };
    case 'lastMonth':
      return { from: addMonths(firstOfThisMonth, -1), to: addDays(firstOfThisMonth, -1) };
    case 'last6Months':
      return { from: addMonths(firstOfThisMonth, -6), to: addDays(firstOfThisMonth, -1) };
    case 'custom':
      throw new RangeError('presetRange requires a preset with dates: got "custom"');
  }
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The number of calendar days in an inclusive range. */
export function dayCount(range: DateRange): number {
  return daysBetween(range.from, range.to) + 1;
}

/** The Monday of the week containing a date (weeks start on Monday, metrics.md "Time"). */
export function mondayOf(date: string): string {
  const weekday = new Date(`${date}T00:00:00Z`).getUTCDay(); // 0 = Sunday
  return addDays(date, -((weekday + 6) % 7));
}

/** Last day of the month of a date. */
function lastOfMonth(date: string): string {
  return addDays(addMonths(`${date.slice(0, 8)}01`, 1), -1);
}

/**
 * The range the API compares with (libs/metrics previousPeriodRange, for day-aligned ranges):
 * at MONTH granularity a range of whole calendar months is compared with as many months before
 * it; any other range with the same number of calendar days just before it.
 * @example previousRange({ from: '2026-03-01', to: '2026-03-31' }, 'MONTH') // Feb 1–28
 * @example previousRange({ from: '2026-03-01', to: '2026-03-31' }, 'DAY') // Jan 29–Feb 28
 */
export function previousRange(range: DateRange, granularity: Granularity): DateRange {
  if (granularity === 'MONTH' && range.from.endsWith('-01') && range.to === lastOfMonth(range.to)) {
    const months =
      Number(range.to.slice(0, 4)) * 12 +
      Number(range.to.slice(5, 7)) -
      (Number(range.from.slice(0, 4)) * 12 + Number(range.from.slice(5, 7))) +
      1;
    return { from: addMonths(range.from, -months), to: addDays(range.from, -1) };
  }
  const days = dayCount(range);
  return { from: addDays(range.from, -days), to: addDays(range.from, -1) };
}

/**
 * The periods of a range at a granularity, as the API labels them: YYYY-MM-DD for days, the
 * Monday of each week, the first of each month, YYYY-MM-DDTHH:mm for 15-minute intervals (wall
 * clock of the site; DST days are handled by the caller, see mergeWithPrevious).
 */
export function periodLabels(range: DateRange, granularity: Granularity): string[] {
  const labels: string[] = [];
  switch (granularity) {
    case 'DAY':
      for (let d = range.from; d <= range.to; d = addDays(d, 1)) labels.push(d);
      break;
    case 'WEEK':
      for (let d = mondayOf(range.from); d <= range.to; d = addDays(d, 7)) labels.push(d);
      break;
    case 'MONTH':
      for (let d = `${range.from.slice(0, 8)}01`; d <= range.to; d = addMonths(d, 1)) labels.push(d);
      break;
    case 'INTERVAL':
      for (let d = range.from; d <= range.to; d = addDays(d, 1))
        for (let i = 0; i < 96; i++) {
          const minutes = i * 15;
          labels.push(
            `${d}T${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
          );
        }
      break;
  }
  return labels;
}

/** How many periods a range has at a granularity (without listing them). */
export function periodCount(range: DateRange, granularity: Granularity): number {
  switch (granularity) {
    case 'INTERVAL':
      return dayCount(range) * 96;
    case 'DAY':
      return dayCount(range);
    case 'WEEK':
      return Math.floor(daysBetween(mondayOf(range.from), range.to) / 7) + 1;
    case 'MONTH':
      return (
        Number(range.to.slice(0, 4)) * 12 +
        Number(range.to.slice(5, 7)) -
        (Number(range.from.slice(0, 4)) * 12 + Number(range.from.slice(5, 7))) +
        1
      );
  }
}

/** Why a granularity cannot be used for a range, or null when it can. */
export type GranularityProblem = 'intervalTooLong' | 'tooManyPoints' | null;

export function granularityProblem(range: DateRange, granularity: Granularity): GranularityProblem {
  if (granularity === 'INTERVAL' && dayCount(range) > MAX_INTERVAL_DAYS) return 'intervalTooLong';
  if (periodCount(range, granularity) > MAX_POINTS) return 'tooManyPoints';
  return null;
}

/**
 * The granularity actually used: the one asked for when the range allows it, otherwise the
 * finest coarser one that does (30 days asked by interval are shown by day).
 */
export function usableGranularity(range: DateRange, wanted: Granularity): Granularity {
  const start = GRANULARITIES.indexOf(wanted);
  for (const g of GRANULARITIES.slice(start)) if (granularityProblem(range, g) === null) return g;
  return 'MONTH';
}
