import { memo } from 'react';
import { useQuery } from '@apollo/client/react';
import { useIntl } from 'react-intl';
import { ChartCard } from '../../charts/ChartCard.js';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { CHANNEL_LOOK } from '../../directory/channels.js';
import type { Channel } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { useSiteTime } from '../../site/useSiteTime.js';
import {
  figureRows,
  offeredRows,
  type IntervalFigures,
  type IntervalRow,
  type IntervalSeries,
} from './intervalRows.js';
import { OperationsForecast, OperationsIntervals } from './operationsQueries.js';
import type { Scope } from './operationsScope.js';
import type { DepthSample } from './useDepthSamples.js';

/** Interval figures are re-read this often (the live figures above them move every second). */
const REFRESH_MS = 60_000;

type Unit = 'share' | 'seconds';
const FIGURE_CHARTS: readonly {
  field: keyof IntervalFigures;
  titleId: MessageId;
  descriptionId: MessageId;
  unit: Unit;
}[] = [
  {
    field: 'serviceLevel',
    titleId: 'operations.chart.serviceLevel',
    descriptionId: 'operations.chart.serviceLevel.description',
    unit: 'share',
  },
  {
    field: 'asa',
    titleId: 'operations.chart.asa',
    descriptionId: 'operations.chart.asa.description',
    unit: 'seconds',
  },
  {
    field: 'abandonRate',
    titleId: 'operations.chart.abandonment',
    descriptionId: 'operations.chart.abandonment.description',
    unit: 'share',
  },
  {
    field: 'csat',
    titleId: 'operations.chart.csat',
    descriptionId: 'operations.chart.csat.description',
    unit: 'share',
  },
];

/**
 * Today by 15-minute interval for the chosen queues: offered against the forecast, service level
 * (with the target when the queues share one), ASA, abandonment and CSAT, a line per channel (or
 * the one queue); and contacts waiting, sampled live while the page is open.
 */
export const IntervalCharts = memo(function IntervalCharts({
  day,
  scope,
  queues,
  depthSamples,
}: {
  day: string;
  scope: Scope;
  queues: readonly { name: string; channel: Channel; slTarget: number }[];
  depthSamples: readonly DepthSample[];
}) {
  const t = useT();
  const intl = useIntl();
  const formatTime = useSiteTime();
  const names = queues.map((q) => q.name);
  const skip = names.length === 0;
  const intervals = useQuery(OperationsIntervals, {
    variables: { day, queues: names },
    skip,
    pollInterval: REFRESH_MS,
  });
  // Claim desks have no interval forecast of contacts.
  const contactQueues = queues.filter((q) => q.channel !== 'CLAIM_DESK').map((q) => q.name);
  const forecast = useQuery(OperationsForecast, {
    variables: { queues: contactQueues },
    skip: contactQueues.length === 0,
    pollInterval: 5 * REFRESH_MS,
  });

  if (skip) return null;
  if (intervals.error)
    return <ErrorMessage message={intervals.error.message} onRetry={() => void intervals.refetch()} />;
  const report = intervals.data?.queueMetrics;
  if (!report) return <Loading />;

  const series: IntervalSeries[] =
    scope.kind === 'queue'
      ? report.queues.map((q) => ({ key: q.queue, points: q.points }))
      : report.channels
          // Claim desks count claims, not contacts: none of these charts is about them.
          .filter((c) => c.channel !== 'CLAIM_DESK')
          .filter((c) => scope.kind === 'all' || c.channel === scope.channel)
          .map((c) => ({ key: c.channel, points: c.points }));
  const labels: Record<string, string> = Object.fromEntries(
    series.map((s) => [s.key, s.key in CHANNEL_LOOK ? t(CHANNEL_LOOK[s.key as Channel].labelId) : s.key]),
  );
  const forecasts = (forecast.data?.intradayReforecast.queues ?? [])
    .filter((q) => !q.problem)
    .map((q) => ({ start: q.start, forecast: q.forecast as (number | null)[] }));
  const targets = [...new Set(queues.filter((q) => q.channel !== 'CLAIM_DESK').map((q) => q.slTarget))];
  const time = (value: unknown) => formatTime(Number(value), { timeStyle: 'short' });
  const format = (unit: Unit) => (value: number) =>
    unit === 'share'
      ? intl.formatNumber(value, { style: 'percent', maximumFractionDigits: 1 })
      : intl.formatNumber(value, {
          style: 'unit',
          unit: 'second',
          unitDisplay: 'narrow',
          maximumFractionDigits: 0,
        });

  return (
    <div className="card-grid">
      <ChartCard<IntervalRow>
        id="ops-offered"
        titleId="operations.chart.offeredVsForecast"
        descriptionId="operations.chart.offeredVsForecast.description"
        notes={
          forecasts.length === 0 ? (
            <p className="chart-card__note">{t('operations.chart.noForecast')}</p>
          ) : undefined
        }
        chart={{
          data: offeredRows(series, forecasts),
          index: 'start',
          categories: forecasts.length > 0 ? ['offered', 'forecast'] : ['offered'],
          labels: { offered: t('operations.series.offered'), forecast: t('operations.series.forecast') },
          dashed: ['forecast'],
          colours: { offered: 0, forecast: 0 },
          valueFormatter: (v) => intl.formatNumber(v, { maximumFractionDigits: 1 }),
          indexFormatter: time,
          yAxisLabel: t('operations.axis.contacts'),
          valueAxis: { integer: true },
          description: t('operations.chart.offeredVsForecast.description'),
        }}
      />
      {FIGURE_CHARTS.map((c) => (
        <ChartCard<IntervalRow>
          key={c.field}
          id={`ops-${c.field}`}
          titleId={c.titleId}
          descriptionId={c.descriptionId}
          chart={{
            data: figureRows(series, c.field),
            index: 'start',
            categories: series.map((s) => s.key),
            labels,
            valueFormatter: format(c.unit),
            indexFormatter: time,
            yAxisLabel: t(c.unit === 'share' ? 'operations.axis.share' : 'operations.axis.seconds'),
            valueAxis: c.unit === 'share' ? { maxValue: 1 } : undefined,
            referenceLines:
              c.field === 'serviceLevel' && targets.length === 1
                ? [
                    {
                      value: targets[0],
                      label: t('operations.target', { target: format('share')(targets[0]) }),
                    },
                  ]
                : undefined,
            description: t(c.descriptionId),
          }}
        />
      ))}
      <ChartCard<{ start: number; depth: number }>
        id="ops-depth"
        titleId="operations.chart.queueDepth"
        descriptionId="operations.chart.queueDepth.description"
        emptyText={t('operations.chart.queueDepth.sampling')}
        chart={{
          data: depthSamples,
          index: 'start',
          categories: ['depth'],
          labels: { depth: t('operations.series.waiting') },
          valueFormatter: (v) => intl.formatNumber(v),
          indexFormatter: (v) => formatTime(Number(v), { timeStyle: 'medium' }),
          yAxisLabel: t('operations.axis.contacts'),
          valueAxis: { integer: true },
          description: t('operations.chart.queueDepth.description'),
        }}
      />
    </div>
  );
});
