import type { IntlShape } from 'react-intl';

/** A criterion's metric and unit, as the API names them. */
export interface FigureKind {
  metric: string;
  unit: string;
}

/**
 * A criterion's figure in words with its unit: shares as percentages (NPS as points −100…100, the
 * way it is quoted), seconds, hours, QA scores out of 100, training hours per agent. "—" for none.
 */
export function formatFigure(intl: IntlShape, kind: FigureKind, value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  if (kind.metric === 'NPS')
    return intl.formatNumber(value * 100, { maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  switch (kind.unit) {
    case 'FRACTION':
      return intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 1 });
    case 'SECONDS':
      return intl.formatNumber(value, {
        style: 'unit',
        unit: 'second',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      });
    case 'HOURS':
      return intl.formatNumber(value, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'short',
        maximumFractionDigits: 1,
      });
    case 'HOURS_PER_AGENT':
      return intl.formatNumber(value, {
        style: 'unit',
        unit: 'hour',
        unitDisplay: 'short',
        maximumFractionDigits: 2,
      });
    default:
      return intl.formatNumber(value, { maximumFractionDigits: 1 });
  }
}

/** A value-axis maximum for a unit: shares stop at 100 %; other units scale to the data. */
export function axisCap(kind: FigureKind): number | undefined {
  return kind.unit === 'FRACTION' && kind.metric !== 'NPS' ? 1 : undefined;
}

/** The month YYYY-MM as the reader says it ("Mar 2026" / "2026年3月"). */
export function formatMonth(intl: IntlShape, month: string, style: 'short' | 'long' = 'short'): string {
  return intl.formatDate(`${month}-15T12:00:00Z`, { year: 'numeric', month: style, timeZone: 'UTC' });
}
