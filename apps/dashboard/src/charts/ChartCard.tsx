import { lazy, Suspense } from 'react';
import { EmptyState } from '../components/EmptyState.js';
import { Loading } from '../components/StatusMessage.js';
import type { MessageId } from '../i18n/catalogue.js';
import { useT } from '../i18n/useT.js';
import type { TimeSeriesChartProps } from './TimeSeriesChart.js';

const TimeSeriesChart = lazy(() => import('./TimeSeriesChart.js'));

/**
 * A titled chart panel: the chart when there is data (Recharts fetched on demand), otherwise
 * an empty state saying what will be drawn and why it isn't yet.
 */
export function ChartCard<Row extends Record<string, unknown>>({
  titleId,
  emptyTitleId,
  emptyDescriptionId,
  chart,
}: {
  titleId: MessageId;
  emptyTitleId: MessageId;
  emptyDescriptionId: MessageId;
  chart: TimeSeriesChartProps<Row>;
}) {
  const t = useT();
  return (
    <section className="card chart-card">
      <h3>{t(titleId)}</h3>
      {chart.data.length === 0 ? (
        <EmptyState titleId={emptyTitleId} descriptionId={emptyDescriptionId} />
      ) : (
        <Suspense fallback={<Loading />}>
          <TimeSeriesChart {...(chart as unknown as TimeSeriesChartProps<Record<string, unknown>>)} />
        </Suspense>
      )}
    </section>
  );
}
