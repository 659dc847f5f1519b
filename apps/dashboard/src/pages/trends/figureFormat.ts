import type { ChartUnit } from './trendsModel.js';

const formatters = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * A figure in the reader's locale with its unit: a fraction as a percentage ("82.5%"), seconds
 * ("18s", "18秒"), a count ("1,204"). `axis` rounds more (axis ticks need no decimals).
 */
export function formatFigure(value: number, unit: ChartUnit, locale: string, axis = false): string {
  switch (unit) {
    case 'percent':
      return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(value);
    case 'seconds':
      return numberFormat(locale, {
        style: 'unit',
        unit: 'second',
        unitDisplay: 'narrow',
        maximumFractionDigits: axis || value >= 100 ? 0 : 1,
      }).format(value);
    case 'contacts':
    case 'claims':
      return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
  }
}

/** A difference of two fractions in percentage points, without the unit ("2.1"). */
export function formatPoints(fractionDifference: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(
    fractionDifference * 100,
  );
}
