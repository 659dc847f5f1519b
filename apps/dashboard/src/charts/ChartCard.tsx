import { lazy, Suspense } from 'react';
import { Loading } from '../components/StatusMessage.js';
import type { MessageId } from '../i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import type { TimeSeriesChartProps } from './TimeSeriesChart.js';

const TimeSeriesChart = lazy(() => import('./TimeSeriesChart.js'));

/**
 * A titled chart panel: the chart when there is data (Recharts fetched on demand), otherwise
 * a placeholder saying what will be drawn there.
 */
export function ChartCard<Row extends Record<string, unknown>>({
  titleId,
  descriptionId,
  chart,
}: {
  titleId: MessageId;
  /** What the chart plots: shown in its place while there is no data. */
  descriptionId: MessageId;
  chart: TimeSeriesChartProps<Row>;
}) {
  const t = useT();
  return (
    <section className="card chart-card">
      <h3>{t(titleId)}</h3>
      {chart.data.length === 0 ? (
        <div className="chart-card__placeholder">
          <p>{t(descriptionId)}</p>
          <p className="chart-card__no-data">{t('common.noData')}</p>
        </div>
      ) : (
        <Suspense fallback={<Loading />}>
          <TimeSeriesChart {...(chart as unknown as TimeSeriesChartProps<Record<string, unknown>>)} />
        </Suspense>
      )}
    </section>
  );
}
