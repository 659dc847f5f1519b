/**
 * A running time (a wait, a time in state) as a clock reads it, in whole seconds: "0:45",
 * "12:05", "1:02:03"; a day or more as days and hours in the reader's locale ("2d 3h", "2天3小时"), where seconds no longer matter.
 *
 * @throws RangeError "formatElapsed requires a finite number of seconds ≥ 0: got …"
 */
export function formatElapsed(seconds: number, locale: string): string {
  if (!Number.isFinite(seconds) || seconds < 0)
    throw new RangeError(`formatElapsed requires a finite number of seconds ≥ 0: got ${seconds}`);
  const whole = Math.floor(seconds);
  const two = (n: number) => String(n).padStart(2, '0');
  const h = Math.floor(whole / 3600);
  const m = Math.floor(whole / 60) % 60;
  const s = whole % 60;
  if (h === 0) return `${m}:${two(s)}`;
  if (h < 24) return `${h}:${two(m)}:${two(s)}`;
  const days = new Intl.NumberFormat(locale, { style: 'unit', unit: 'day', unitDisplay: 'narrow' });
  const hours = new Intl.NumberFormat(locale, { style: 'unit', unit: 'hour', unitDisplay: 'narrow' });
  return `${days.format(Math.floor(h / 24))} ${hours.format(h % 24)}`;
}
