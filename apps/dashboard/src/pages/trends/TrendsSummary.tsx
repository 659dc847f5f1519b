import { useIntl } from 'react-intl';
import type { TrendsContactFiguresFragment } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { changeOf, type FigureKind } from './changeOf.js';
import { formatFigure, formatPoints } from './figureFormat.js';
import type { ChartUnit, SummaryRow } from './trendsModel.js';

/** The columns of the summary: metrics.md field, heading, how it is compared, which way is better. */
const COLUMNS: readonly {
  field: keyof Omit<TrendsContactFiguresFragment, '__typename'>;
  labelId: MessageId;
  unit: ChartUnit;
  kind: FigureKind;
  higherIsBetter: boolean | null;
}[] = [
  { field: 'offered', labelId: 'metric.offered', unit: 'contacts', kind: 'count', higherIsBetter: null },
  {
    field: 'serviceLevel',
    labelId: 'metric.serviceLevel',
    unit: 'percent',
    kind: 'ratio',
    higherIsBetter: true,
  },
  { field: 'asa', labelId: 'trends.metric.asa', unit: 'seconds', kind: 'seconds', higherIsBetter: false },
  { field: 'aht', labelId: 'trends.metric.aht', unit: 'seconds', kind: 'seconds', higherIsBetter: null },
  {
    field: 'abandonRate',
    labelId: 'metric.abandonRate',
    unit: 'percent',
    kind: 'ratio',
    higherIsBetter: false,
  },
  { field: 'csat', labelId: 'trends.metric.csat', unit: 'percent', kind: 'ratio', higherIsBetter: true },
  { field: 'fcr', labelId: 'trends.metric.fcr', unit: 'percent', kind: 'ratio', higherIsBetter: true },
];

/**
 * Totals of the range per series, each with its change against the previous period in an arrow
 * and words ("▲ up 2.1 pts, better"), never colour alone.
 */
export function TrendsSummary({
  rows,
  seriesName,
  compare,
  caption,
}: {
  rows: readonly SummaryRow[];
  seriesName: (row: SummaryRow) => string;
  compare: boolean;
  caption: string;
}) {
  const t = useT();
  const { locale } = useIntl();
  const figure = (value: number | null, unit: ChartUnit) =>
    value === null ? t('chart.noValue') : formatFigure(value, unit, locale);

  return (
    <div className="data-table__scroll">
      <table className="trends-summary">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('trends.summary.series')}</th>
            {COLUMNS.map((c) => (
              <th key={c.field} scope="col" className="numeric">
                {t(c.labelId)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={seriesName(row)}>
              <th scope="row">{seriesName(row)}</th>
              {COLUMNS.map((c) => {
                const value = row.total[c.field];
                const before = row.previousTotal[c.field];
                const change = changeOf(value, before, c.kind, c.higherIsBetter);
                let amount = '';
                if (change && change.direction !== 'same') {
                  amount =
                    c.kind === 'ratio'
                      ? t('trends.change.points', { points: formatPoints(change.difference, locale) })
                      : c.kind === 'seconds'
                        ? formatFigure(change.difference, 'seconds', locale)
                        : change.amount === null
                          ? formatFigure(change.difference, c.unit, locale)
                          : formatFigure(change.amount, 'percent', locale);
                }
                return (
                  <td key={c.field} className="numeric" data-field={c.field}>
                    <span className="trends-summary__value">{figure(value, c.unit)}</span>
                    {compare && (
                      <span
                        className={`change${change?.better === true ? ' change--better' : change?.better === false ? ' change--worse' : ''}`}
                      >
                        {change === null ? (
                          t('trends.change.none')
                        ) : (
                          <>
                            <span aria-hidden="true" className="change__arrow">
                              {change.direction === 'up' ? '▲' : change.direction === 'down' ? '▼' : '＝'}
                            </span>{' '}
                            {change.direction === 'same'
                              ? t('trends.change.same')
                              : t(change.direction === 'up' ? 'trends.change.up' : 'trends.change.down', {
                                  amount,
                                })}
                            {change.better !== null &&
                              ` ${t(change.better ? 'trends.change.better' : 'trends.change.worse')}`}
                          </>
                        )}
                        <span className="change__previous">
                          {t('trends.change.previous', { value: figure(before, c.unit) })}
                        </span>
                      </span>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
