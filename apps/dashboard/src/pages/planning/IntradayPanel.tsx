import { useQuery } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useIntl } from 'react-intl';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import { useT } from '../../i18n/useT.js';
import { ApiMessage } from './ApiMessage.js';
import { intervalClock, seriesOf } from './planningModel.js';
import { PlanningIntradayQuery } from './planningQueries.js';

const PlanningChart = lazy(() => import('./PlanningChart.js'));

/** The re-forecast is asked for again this often (a new interval ends every 15 minutes). */
const REFRESH_MS = 60_000;

/**
 * Today's re-forecast: the contacts so far against the forecast re-scale the rest of the day
 * (damped, clamped); agents needed for the original forecast beside those for the re-forecast.
 */
export function IntradayPanel({ queue }: { queue: string }) {
  const t = useT();
  const intl = useIntl();
  const result = useQuery(PlanningIntradayQuery, { variables: { queue }, pollInterval: REFRESH_MS });
  const day = result.data?.intradayReforecast.queues.find((q) => q.queue === queue);
  const forecast = seriesOf(day?.forecast);
  const actual = seriesOf(day?.actual);
  const reforecast = seriesOf(day?.reforecast);
  const planned = seriesOf(day?.plannedAgents);
  const required = seriesOf(day?.requiredAgents);
  const count = day?.intervalCount ?? 0;
  const volumeRows = Array.from({ length: count }, (_, i) => ({
    x: intervalClock(i),
    forecast: forecast[i] ?? null,
    actual: actual[i] ?? null,
    reforecast: i >= (day?.nowIndex ?? 0) ? (reforecast[i] ?? null) : null,
  }));
  const agentRows = Array.from({ length: count }, (_, i) => ({
    x: intervalClock(i),
    planned: planned[i] ?? null,
    required: required[i] ?? null,
  }));
  const now = day ? intervalClock(Math.min(day.nowIndex, count - 1)) : '';
  const number = (v: number) => intl.formatNumber(v, { maximumFractionDigits: 1 });

  return (
    <section className="card planning-panel" aria-labelledby="planning-intraday">
      <h2 id="planning-intraday">{t('planning.intraday')}</h2>
      <p className="planning-panel__about">{t('planning.intraday.about')}</p>
      {result.error && <ErrorMessage message={result.error.message} onRetry={() => void result.refetch()} />}
      {result.loading && !result.data && <Loading />}
      {day?.problem && <p className="planning-problem">{day.problem}</p>}
      {day && !day.problem && (
        <>
          {day.explanation && <ApiMessage message={day.explanation} className="planning-sentence" />}
          <div className="planning-charts">
            <Suspense fallback={<Loading />}>
              <PlanningChart
                data={volumeRows}
                lines={[
                  { key: 'forecast', label: t('planning.intraday.forecastLine'), colour: 0, dash: '2 3' },
                  { key: 'actual', label: t('planning.intraday.actualLine'), colour: 1 },
                  { key: 'reforecast', label: t('planning.intraday.reforecastLine'), colour: 2, dash: '6 3' },
                ]}
                xAxisLabel={t('planning.axis.interval', { zone: day.timeZone })}
                yAxisLabel={t('planning.axis.contacts')}
                valueFormatter={number}
                marker={{ x: now, label: t('planning.now') }}
                description={t('planning.intraday.chartDescription', { queue, date: day.date })}
                height={240}
              />
              <PlanningChart
                data={agentRows}
                lines={[
                  {
                    key: 'planned',
                    label: t('planning.intraday.plannedLine'),
                    colour: 0,
                    dash: '2 3',
                    step: true,
                  },
                  { key: 'required', label: t('planning.intraday.requiredLine'), colour: 2, step: true },
                ]}
                xAxisLabel={t('planning.axis.interval', { zone: day.timeZone })}
                yAxisLabel={t('planning.axis.agents')}
                valueFormatter={number}
                marker={{ x: now, label: t('planning.now') }}
                integer
                description={t('planning.intraday.agentsDescription', { queue, date: day.date })}
                height={240}
              />
            </Suspense>
          </div>
        </>
      )}
    </section>
  );
}
