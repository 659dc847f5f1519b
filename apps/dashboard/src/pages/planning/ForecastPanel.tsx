import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import type { ForecastMethod } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { addDays, intervalClock, seriesOf } from './planningModel.js';
import { PlanningActualsQuery, PlanningForecastQuery } from './planningQueries.js';

const PlanningChart = lazy(() => import('./PlanningChart.js'));

/** Days before today laid against the actuals (the forecast of those days is made from the history before them). */
const LOOKBACK_DAYS = 7;
/** Days after today drawn (today and tomorrow). */
const AHEAD_DAYS = 2;
const INTERVAL_MS = 15 * 60_000;

const METHOD_IDS: Record<ForecastMethod, MessageId> = {
  SEASONAL_NAIVE: 'planning.method.SEASONAL_NAIVE',
  WEEKLY_AVERAGE: 'planning.method.WEEKLY_AVERAGE',
  HOLT_WINTERS_ADDITIVE: 'planning.method.HOLT_WINTERS_ADDITIVE',
  HOLT_WINTERS_MULTIPLICATIVE: 'planning.method.HOLT_WINTERS_MULTIPLICATIVE',
};

/**
 * The forecast against the actuals: the last week's forecast (made from the history before it)
 * and the next two days, with the prediction interval, beside the contacts that arrived; the
 * method chosen per queue with its back-test WAPE and bias. With under three weeks of history
 * the forecast starts today instead.
 */
export function ForecastPanel({ queue, today }: { queue: string; today: string }) {
  const t = useT();
  const intl = useIntl();
  const [lookback, setLookback] = useState(LOOKBACK_DAYS);
  const from = addDays(today, -lookback);
  const forecast = useQuery(PlanningForecastQuery, {
    variables: { input: { from, horizonWeeks: lookback > 0 ? 2 : 1 } },
  });
  const queues = forecast.data?.planningForecast.queues ?? [];
  const mine = queues.find((q) => q.queue === queue);
  // Too little history to forecast last week from what came before it: forecast from today.
  const tooLittleHistory = Boolean(mine?.problem) && lookback > 0;
  // The actuals wait until the range is settled (asking first would start a request the range
  // change then cancels).
  const actuals = useQuery(PlanningActualsQuery, {
    variables: { from, to: today, queue },
    fetchPolicy: 'network-only',
    skip: !forecast.data || tooLittleHistory,
  });
  if (tooLittleHistory) setLookback(0);

  const rows = useMemo(() => {
    if (!mine || mine.problem) return [];
    const offered = new Map<number, number>();
    for (const period of actuals.data?.queueMetrics.queues[0]?.points ?? [])
      offered.set(Date.parse(period.periodStart), period.metrics.offered);
    const volume = seriesOf(mine.volume);
    const lower = seriesOf(mine.lower);
    const upper = seriesOf(mine.upper);
    const start = Date.parse(mine.start);
    const count = Math.min(volume.length, (lookback + AHEAD_DAYS) * 96);
    const now = Date.now();
    return Array.from({ length: count }, (_, i) => {
      const at = start + i * INTERVAL_MS;
      const day = addDays(mine.from, Math.floor(i / 96));
      return {
        x: `${day.slice(5)} ${intervalClock(i)}`,
        forecast: volume[i],
        band: lower[i] !== null && upper[i] !== null ? ([lower[i], upper[i]] as const) : null,
        actual: at + INTERVAL_MS <= now ? (offered.get(at) ?? 0) : null,
      };
    });
  }, [mine, actuals.data, lookback]);

  const pct = (v: number | null | undefined) =>
    v === null || v === undefined
      ? t('planning.none')
      : intl.formatNumber(v, { style: 'percent', maximumFractionDigits: 1 });
  const signedPct = (v: number | null | undefined) =>
    v === null || v === undefined
      ? t('planning.none')
      : intl.formatNumber(v, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' });
  const chosen = mine?.backtest.find((b) => b.chosen);

  return (
    <section className="card planning-panel" aria-labelledby="planning-forecast">
      <h2 id="planning-forecast">{t('planning.forecast')}</h2>
      <p className="planning-panel__about">
        {t(lookback > 0 ? 'planning.forecast.about' : 'planning.forecast.aboutToday')}
      </p>
      {forecast.error && (
        <ErrorMessage message={forecast.error.message} onRetry={() => void forecast.refetch()} />
      )}
      {forecast.loading && !forecast.data && <Loading />}
      {mine?.problem && lookback === 0 && <p className="planning-problem">{mine.problem}</p>}
      {mine && !mine.problem && (
        <>
          <p className="planning-sentence" data-testid="forecast-summary">
            {t('planning.forecast.summary', {
              method: mine.method ? t(METHOD_IDS[mine.method]) : t('planning.none'),
              wape: pct(chosen?.wape),
              bias: signedPct(chosen?.bias),
              level: intl.formatNumber(mine.level, { style: 'percent' }),
            })}
          </p>
          <Suspense fallback={<Loading />}>
            <PlanningChart
              data={rows}
              band={{
                key: 'band',
                label: t('planning.forecast.band', {
                  level: intl.formatNumber(mine.level, { style: 'percent' }),
                }),
                colour: 0,
              }}
              lines={[
                { key: 'forecast', label: t('planning.forecast.forecastLine'), colour: 0 },
                { key: 'actual', label: t('planning.forecast.actualLine'), colour: 1, dash: '5 3' },
              ]}
              xAxisLabel={t('planning.axis.intervalDate', { zone: mine.timeZone })}
              yAxisLabel={t('planning.axis.contacts')}
              valueFormatter={(v) => intl.formatNumber(v, { maximumFractionDigits: 1 })}
              marker={lookback > 0 ? { x: `${today.slice(5)} 00:00`, label: t('planning.today') } : undefined}
              description={t('planning.forecast.chartDescription', { queue })}
            />
          </Suspense>
        </>
      )}
      {queues.length > 0 && (
        <div className="planning-scroll">
          <table className="planning-table" data-testid="forecast-methods">
            <caption>{t('planning.forecast.methodsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('planning.queue')}</th>
                <th scope="col">{t('planning.forecast.method')}</th>
                <th scope="col" className="numeric">
                  {t('planning.forecast.wape')}
                </th>
                <th scope="col" className="numeric">
                  {t('planning.forecast.bias')}
                </th>
              </tr>
            </thead>
            <tbody>
              {queues.map((q) => {
                const best = q.backtest.find((b) => b.chosen);
                return (
                  <tr key={q.queue} aria-current={q.queue === queue ? 'true' : undefined}>
                    <th scope="row">{q.queue}</th>
                    <td className="planning-table__wrap">
                      {q.method ? t(METHOD_IDS[q.method]) : (q.problem ?? t('planning.none'))}
                    </td>
                    <td className="numeric">{pct(best?.wape)}</td>
                    <td className="numeric">{signedPct(best?.bias)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
