import { useIntl } from 'react-intl';
import { ChartCard } from '../../charts/ChartCard.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { clock, coverageRows, DAY_MINUTES } from './scheduleModel.js';

interface QueueCoverage {
  queue: string;
  required: unknown;
  scheduled: unknown;
}

const WEEKDAY = (minute: number): MessageId =>
  `schedule.weekday.${Math.floor(minute / DAY_MINUTES) % 7}` as MessageId;

/** Scheduled skill-weighted staff against the requirement per 15-minute interval, under the Gantt. */
export function CoverageChart({
  queues,
  queue,
  from,
  to,
}: {
  queues: readonly QueueCoverage[];
  queue: string | null;
  from: number;
  to: number;
}) {
  const t = useT();
  const intl = useIntl();
  const rows = coverageRows(queues, queue, from, to);
  const week = to - from > DAY_MINUTES;
  const when = (minute: number) => (week ? `${t(WEEKDAY(minute))} ${clock(minute)}` : clock(minute));
  const staff = (v: number) => intl.formatNumber(v, { maximumFractionDigits: 1 });
  const peak = rows.reduce(
    (best, r) => (r.required > best.required ? r : best),
    rows[0] ?? { minute: 0, required: 0 },
  );
  return (
    <ChartCard
      id="schedule-coverage"
      titleId="schedule.coverage.title"
      title={t('schedule.coverage.title', { queue: queue ?? t('schedule.allQueues') })}
      descriptionId="schedule.coverage.description"
      summary={t('schedule.coverage.summary', { peak: staff(peak.required), at: when(peak.minute) })}
      chart={{
        data: rows,
        index: 'minute',
        categories: ['required', 'scheduled'],
        labels: { required: t('schedule.coverage.required'), scheduled: t('schedule.coverage.scheduled') },
        colours: { required: 1, scheduled: 0 },
        valueFormatter: staff,
        indexFormatter: (v) => when(Number(v)),
        yAxisLabel: t('schedule.coverage.axis'),
        description: t('schedule.coverage.description'),
        height: 240,
      }}
    />
  );
}
