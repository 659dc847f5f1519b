/** Date and time, medium date and short time: "Mar 2, 2026, 9:00 AM" / "2026年3月2日 09:00". */
export const DATE_TIME: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' };

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * Formats an instant as the wall-clock time of a site, in its IANA time zone (metrics.md, "Time":
 * days, weeks and months are in the site's time zone), in the reader's locale. Uses the
 * platform's Intl and its tz database, so DST transitions come out right.
 *
 * Formatters are cached per (locale, zone, options): creating an Intl.DateTimeFormat is costly
 * and a table of 600 agents would otherwise create one per cell.
 *
 * @throws RangeError "formatInSiteZone requires a valid IANA time zone: got …" for an unknown zone,
 *   and "formatInSiteZone requires a valid instant: got …" for an unparseable date.
 * @example formatInSiteZone('2026-03-02T01:00:00Z', 'Asia/Shanghai', 'en', { timeStyle: 'short' }) // "9:00 AM"
 */
export function formatInSiteZone(
  instant: Date | number | string,
  timeZone: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = DATE_TIME,
): string {
  const date = instant instanceof Date ? instant : new Date(instant);
  if (Number.isNaN(date.getTime())) {
    throw new RangeError(`formatInSiteZone requires a valid instant: got ${JSON.stringify(String(instant))}`);
  }
  return formatterFor(locale, timeZone, options).format(date);
}

function formatterFor(locale: string, timeZone: string, options: Intl.DateTimeFormatOptions) {
  const key = `${locale}|${timeZone}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone });
    } catch (error) {
      if (error instanceof RangeError) {
        throw new RangeError(
          `formatInSiteZone requires a valid IANA time zone: got ${JSON.stringify(timeZone)}`,
          {
            cause: error,
          },
        );
      }
      throw error;
    }
    formatters.set(key, formatter);
  }
  return formatter;
}
