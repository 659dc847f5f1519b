import { lazy, Suspense, useId, type ReactNode } from 'react';
import { Loading } from '../components/StatusMessage.js';
import type { MessageId } from '../i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import { chartHasValues } from './chartData.js';
import type { TimeSeriesChartProps } from './TimeSeriesChart.js';
import './charts.css';

const TimeSeriesChart = lazy(() => import('./TimeSeriesChart.js'));

/** Above this many periods the hidden table is left out (a screen reader cannot page 2,000 rows): the CSV has them. */
export const MAX_TABLE_ROWS = 200;

/**
 * A titled chart panel: the chart when there is data (Recharts fetched on demand), otherwise
 * a placeholder saying what will be drawn there. For screen readers, the chart is described
 * (`summary`) and its figures are in a visually hidden table (up to MAX_TABLE_ROWS periods).
 */
export function ChartCard<Row extends Record<string, unknown>>({
  titleId,
  title,
  descriptionId,
  description,
  chart,
  summary,
  notes,
  emptyText,
  rowHeader,
  id,
}: {
  titleId: MessageId;
  /** The title in words, when it needs values (otherwise `titleId`'s message). */
  title?: string;
  /** What the chart plots: shown in its place while there is no data. */
  descriptionId: MessageId;
  /** The description in words, when it needs values. */
  description?: string;
  chart: TimeSeriesChartProps<Row>;
  /** A sentence for screen readers: what the chart shows (ranges, highs and lows). */
  summary?: string;
  /** Shown under the title (what is left out, what a line means). */
  notes?: ReactNode;
  /** Why there is nothing to draw (default: "No data yet"). */
  emptyText?: string;
  /** The first cell of each row of the hidden table (default: the x-axis tick). */
  rowHeader?: (row: Row) => string;
  id?: string;
}) {
  const t = useT();
  const headingId = useId();
  const tableId = useId();
  const heading = title ?? t(titleId);
  const about = description ?? t(descriptionId);
  const hasValues = chartHasValues(chart.data, chart.categories);
  return (
    <section className="card chart-card" aria-labelledby={headingId} id={id} data-chart={id}>
      <h3 id={headingId}>{heading}</h3>
      {hasValues && <p className="chart-card__description">{about}</p>}
      {notes}
      {!hasValues ? (
        <div className="chart-card__placeholder">
          <p>{about}</p>
          <p className="chart-card__no-data">{emptyText ?? t('common.noData')}</p>
        </div>
      ) : (
        <>
          <Suspense fallback={<Loading />}>
            <TimeSeriesChart
              {...(chart as unknown as TimeSeriesChartProps<Record<string, unknown>>)}
              description={summary ?? chart.description}
            />
          </Suspense>
          {chart.data.length <= MAX_TABLE_ROWS ? (
            // The wrapper hides the table: a table ignores the 1px width of .visually-hidden.
            <div className="visually-hidden">
              <table id={tableId}>
                <caption>{t('chart.tableCaption', { title: heading })}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('chart.period')}</th>
                    {chart.categories.map((key) => (
                      <th key={key} scope="col">
                        {chart.labels[key] ?? key}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {chart.data.map((row, i) => (
                    <tr key={i}>
                      <th scope="row">
                        {rowHeader ? rowHeader(row) : chart.indexFormatter(row[chart.index])}
                      </th>
                      {chart.categories.map((key) => {
                        const value = row[key];
                        return (
                          <td key={key}>
                            {typeof value === 'number' ? chart.valueFormatter(value) : t('chart.noValue')}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : (
            <p className="visually-hidden">{t('chart.tableTooLong', { periods: chart.data.length })}</p>
          )}
        </>
      )}
    </section>
  );
}
