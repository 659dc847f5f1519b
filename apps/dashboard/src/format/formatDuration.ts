const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A duration given in seconds, in the largest whole unit that expresses it exactly
 * (hours, minutes or seconds), in the reader's locale: 20 → "20 sec", 259200 → "72 hr",
 * and in zh-CN "20秒", "72小时". For thresholds and targets, which are set in whole units.
 *
 * @throws RangeError "formatDuration requires a finite number of seconds ≥ 0: got …"
 */
export function formatDuration(seconds: number, locale: string): string {
  if (!Number.isFinite(seconds) || seconds < 0) {
    throw new RangeError(`formatDuration requires a finite number of seconds ≥ 0: got ${seconds}`);
  }
  if (seconds >= 3600 && seconds % 3600 === 0) return unitFormatter(locale, 'hour').format(seconds / 3600);
  if (seconds >= 60 && seconds % 60 === 0) return unitFormatter(locale, 'minute').format(seconds / 60);
  return unitFormatter(locale, 'second').format(seconds);
}

function unitFormatter(locale: string, unit: 'hour' | 'minute' | 'second'): Intl.NumberFormat {
  const key = `${locale}|${unit}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
    formatters.set(key, formatter);
  }
  return formatter;
}
