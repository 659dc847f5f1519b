import { dateRangeToMs, type TimeRange } from '@servicefloor/metrics';

/** A month as the site reads it, YYYY-MM. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The month `n` months after `month` (n may be negative). */
export function addMonths(month: Month, n: number): Month {
  const [y, m] = month.split('-').map(Number);
  const index = y * 12 + (m - 1) + n;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** Every month from `from` to `to`, inclusive. */
export function monthsBetween(from: Month, to: Month): Month[] {
  const out: Month[] = [];
  for (let m = from; m <= to; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** First and last local date of a month, YYYY-MM-DD. */
export function monthDates(month: Month): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** The epoch-ms range of months `from`…`to` in a time zone (DST-safe, libs/metrics). */
export function monthRange(from: Month, to: Month, timeZone: string): TimeRange {
  return dateRangeToMs(monthDates(from).from, monthDates(to).to, timeZone);
}

/** The month (YYYY-MM) a local date string YYYY-MM-DD… falls in. */
export function monthOfDate(date: string): Month {
  return date.slice(0, 7);
}

/** The month containing `atMs` in a zone. */
export function monthAt(atMs: number, timeZone: string): Month {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit' })
    .format(atMs)
    .slice(0, 7);
}

/** The default period: the last 6 complete months before the month of `nowMs`. */
export function defaultPeriod(nowMs: number, timeZone: string): { from: Month; to: Month } {
  const current = monthAt(nowMs, timeZone);
  return { from: addMonths(current, -6), to: addMonths(current, -1) };
}
