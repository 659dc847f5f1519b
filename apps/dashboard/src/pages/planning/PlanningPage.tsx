import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { PageHeader } from '../../components/PageHeader.js';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { calendarDateInZone } from '../../format/calendarDateInZone.js';
import { useT } from '../../i18n/useT.js';
import { useSiteZone } from '../../site/useSiteTime.js';
import { CalculatorPanel } from './CalculatorPanel.js';
import { ForecastPanel } from './ForecastPanel.js';
import { IntradayPanel } from './IntradayPanel.js';
import './planning.css';
import { addDays } from './planningModel.js';
import { PlanningQueuesQuery } from './planningQueries.js';
import { RequirementPanel } from './RequirementPanel.js';
import { SnapshotPanel } from './SnapshotPanel.js';

/** Days ahead a requirement can be asked for (the forecast reaches 6 weeks; 4 are offered). */
const DAYS_AHEAD = 27;

/**
 * Planning: the forecast against the actuals (method and accuracy per queue), the requirement
 * per 15-minute interval with what-if inputs, today's re-forecast, and beside them a quick
 * single-interval calculator and saving a forecast snapshot. Every figure comes from the planning
 * API (libs/forecast, libs/erlang); the page only asks and shows.
 */
export default function PlanningPage() {
  const t = useT();
  const zone = useSiteZone();
  const today = calendarDateInZone(Date.now(), zone);
  const queueId = useId();
  const dateId = useId();
  const queues = useQuery(PlanningQueuesQuery);
  const [chosenQueue, setChosenQueue] = useState<string | null>(null);
  const [date, setDate] = useState<string | null>(null);
  const list = queues.data?.queues ?? [];
  const queue =
    list.find((q) => q.name === chosenQueue) ??
    list.find((q) => q.channel !== 'CLAIM_DESK') ??
    list[0] ??
    null;
  const day = date ?? today;

  return (
    <>
      <PageHeader titleId="planning.title" descriptionId="planning.description" />
      {queues.error && <ErrorMessage message={queues.error.message} onRetry={() => void queues.refetch()} />}
      {queues.loading && !queues.data && <Loading />}
      {queues.data && list.length === 0 && <p className="card">{t('planning.noQueues')}</p>}
      {queue && (
        <>
          <div className="card planning-toolbar">
            <div className="field">
              <label htmlFor={queueId}>{t('planning.queue')}</label>
              <select id={queueId} value={queue.name} onChange={(e) => setChosenQueue(e.target.value)}>
                {list.map((q) => (
                  <option key={q.id} value={q.name}>
                    {q.name}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={dateId}>{t('planning.date')}</label>
              <input
                id={dateId}
                type="date"
                value={day}
                min={today}
                max={addDays(today, DAYS_AHEAD)}
                onChange={(e) => setDate(e.target.value || null)}
              />
            </div>
          </div>
          <div className="planning-layout">
            <div className="planning-main">
              <ForecastPanel queue={queue.name} today={today} />
              <RequirementPanel queue={queue.name} date={day} today={today} />
              <IntradayPanel queue={queue.name} />
            </div>
            <aside className="planning-side" aria-label={t('planning.side')}>
              <CalculatorPanel queue={queue} />
              <SnapshotPanel queue={queue.name} />
            </aside>
          </div>
        </>
      )}
    </>
  );
}
