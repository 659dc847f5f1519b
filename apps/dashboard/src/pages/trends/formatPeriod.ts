import type { Granularity } from './dateRange.js';

const OPTIONS: Record<Granularity, Record<'tick' | 'long', Intl.DateTimeFormatOptions>> = {
  INTERVAL: {
    tick: { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
    long: {
      weekday: 'short',
      year: 'numeric',
      month: 'short',
      day: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    },
  },
  DAY: {
    tick: { month: 'short', day: 'numeric' },
    long: { weekday: 'short', year: 'numeric', month: 'short', day: 'numeric' },
  },
  WEEK: {
    tick: { month: 'short', day: 'numeric' },
    long: { year: 'numeric', month: 'short', day: 'numeric' },
  },
  MONTH: {
    tick: { month: 'short', year: 'numeric' },
    long: { month: 'long', year: 'numeric' },
  },
};

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A period label of the API (the site's wall clock: "2026-03-02" or "2026-03-02T09:15") in the
 * reader's locale: "Mar 2" / "3月2日" on an axis, "Mon, Mar 2, 2026" in a tooltip. The label is
 * already in the site's zone, so it is formatted as a wall-clock time (in UTC, which shifts
 * nothing) rather than converted again.
 *
 * @throws RangeError "formatPeriod requires a label YYYY-MM-DD or YYYY-MM-DDTHH:mm: got …"
 */
export function formatPeriod(
  label: string,
  granularity: Granularity,
  locale: string,
  style: 'tick' | 'long',
): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(label);
  if (!match) {
    throw new RangeError(
      `formatPeriod requires a label YYYY-MM-DD or YYYY-MM-DDTHH:mm: got ${JSON.stringify(label)}`,
    );
  }
  const [, y, m, d, hh = '0', mm = '0'] = match;
  const instant = Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm));
  const key = `${locale}|${granularity}|${style}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...OPTIONS[granularity][style], timeZone: 'UTC' });
    formatters.set(key, formatter);
  }
  return formatter.format(instant);
}
