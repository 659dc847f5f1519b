const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The calendar date (YYYY-MM-DD) that an instant falls on in a time zone: "today" for a site
 * is `calendarDateInZone(Date.now(), site.timeZone)`, not the browser's date.
 *
 * @throws RangeError "calendarDateInZone requires a valid IANA time zone: got …"
 * @example calendarDateInZone('2026-03-01T17:00:00Z', 'Asia/Shanghai') // "2026-03-02"
 */
export function calendarDateInZone(instant: Date | number | string, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      // en-CA formats dates as YYYY-MM-DD; the parts are read by type, not by position.
      formatter = new Intl.DateTimeFormat('en-CA', {
        timeZone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
    } catch (error) {
      throw new RangeError(
        `calendarDateInZone requires a valid IANA time zone: got ${JSON.stringify(timeZone)}`,
        {
          cause: error,
        },
      );
    }
    formatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(instant instanceof Date ? instant : new Date(instant));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')}`;
}

/**
 * Adds whole calendar days to a YYYY-MM-DD date (no time zone involved: it is a date, not an instant).
 * @example addDays('2026-03-01', -1) // "2026-02-28"
 */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * Adds whole calendar months to a YYYY-MM-DD date, clamping the day to the month's length.
 * @example addMonths('2026-08-31', -6) // "2026-02-28"
 */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(d, lastDay));
  return target.toISOString().slice(0, 10);
}
