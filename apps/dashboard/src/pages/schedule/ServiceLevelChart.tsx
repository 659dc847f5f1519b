import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useIntl } from 'react-intl';
import { ChartCard } from '../../charts/ChartCard.js';
import { ErrorMessage } from '../../components/StatusMessage.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { clock, DAY_MINUTES, serviceLevelRows } from './scheduleModel.js';
import { ScheduleSimulationQuery } from './scheduleQueries.js';

const WEEKDAY = (minute: number): MessageId =>
  `schedule.weekday.${Math.floor(minute / DAY_MINUTES) % 7}` as MessageId;

/**
 * Service level per interval of one queue: Erlang C's prediction for the scheduled staff beside the
 * simulation check (libs/simulator, mean and 95 % range over the replications). The simulation is
 * a background job: polled while RUNNING, asked again after each edit (`revision`).
 */
export function ServiceLevelChart({
  scheduleId,
  revision,
  queues,
  queue,
  from,
  to,
}: {
  scheduleId: string;
  revision: number;
  queues: readonly { queue: string; predictedServiceLevel: unknown }[];
  queue: string;
  from: number;
  to: number;
}) {
  const t = useT();
  const intl = useIntl();
  const { data, error, refetch, startPolling, stopPolling } = useQuery(ScheduleSimulationQuery, {
    variables: { id: scheduleId },
  });
  const simulation = data?.scheduleSimulation;
  const running = simulation?.status === 'RUNNING';
  useEffect(() => {
    if (running) startPolling(1500);
    else stopPolling();
    return stopPolling;
  }, [running, startPolling, stopPolling]);
  useEffect(() => {
    if (revision > 0) void refetch();
  }, [revision, refetch]);

  const predicted = queues.find((q) => q.queue === queue);
  const simulated =
    simulation?.status === 'READY' ? simulation.queues.find((q) => q.queue === queue) : undefined;
  const rows = serviceLevelRows(predicted, simulated, from, to);
  const week = to - from > DAY_MINUTES;
  const when = (minute: number) => (week ? `${t(WEEKDAY(minute))} ${clock(minute)}` : clock(minute));
  const percent = (v: number) => intl.formatNumber(v, { style: 'percent', maximumFractionDigits: 1 });
  const status =
    simulation?.status === 'READY' && simulated
      ? simulated.weekServiceLevel === null
        ? t('schedule.sl.noContacts')
        : t('schedule.sl.week', {
            mean: percent(simulated.weekServiceLevel),
            low: percent(simulated.weekLow ?? simulated.weekServiceLevel),
            high: percent(simulated.weekHigh ?? simulated.weekServiceLevel),
            replications: simulation.replications,
            confidence: percent(simulation.confidence),
          })
      : running || !simulation
        ? t('schedule.sl.running')
        : null;
  return (
    <>
      {error && <ErrorMessage message={error.message} onRetry={() => void refetch()} />}
      {simulation?.status === 'FAILED' && <ErrorMessage message={simulation.error ?? ''} />}
      <ChartCard
        id="schedule-service-level"
        titleId="schedule.sl.title"
        title={t('schedule.sl.title', { queue })}
        descriptionId="schedule.sl.description"
        notes={
          status && (
            <p className="chart-card__note" role="status" data-testid="simulation-status">
              {running && <span className="loading__spinner" aria-hidden="true" />} {status}
            </p>
          )
        }
        chart={{
          data: rows,
          index: 'minute',
          categories: ['predicted', 'simulated', 'low', 'high'],
          labels: {
            predicted: t('schedule.sl.predicted'),
            simulated: t('schedule.sl.simulated'),
            low: t('schedule.sl.low'),
            high: t('schedule.sl.high'),
          },
          colours: { predicted: 1, simulated: 0, low: 0, high: 0 },
          dashed: ['low', 'high'],
          valueFormatter: percent,
          indexFormatter: (v) => when(Number(v)),
          yAxisLabel: t('schedule.sl.axis'),
          valueAxis: { maxValue: 1 },
          description: t('schedule.sl.description'),
          height: 240,
        }}
      />
    </>
  );
}
