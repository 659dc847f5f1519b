import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { ServiceLevelGapQuery } from './assessmentQueries.js';
import { formatMonth } from './formatFigure.js';
import { GapIntervals } from './GapIntervals.js';

const GapChart = lazy(() => import('./GapChart.js'));

/** The parts of the gap in the order they are stacked; together they add up to the shortfall. */
export const GAP_PARTS = [
  'forecastErrorHours',
  'scheduleFitHours',
  'shrinkageAbovePlanHours',
  'adherenceLossHours',
  'withoutScheduleHours',
] as const;

/**
 * Why service level was missed in a month: the shortfall in agent-hours split into forecast error,
 * schedule fit, shrinkage above plan and adherence loss against the published schedules, per day
 * (stacked bars), and one chosen day interval by interval. What could not be known is said in
 * words: no forecast, days or intervals without a published schedule (their shortfall not split).
 */
export function GapSection({
  month,
  months,
  onMonth,
}: {
  month: string;
  months: readonly string[];
  onMonth: (month: string) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const ids = useId();
  const [chosenDay, setChosenDay] = useState<string | null>(null);
  const day = chosenDay?.startsWith(`${month}-`) ? chosenDay : null;
  const { data, previousData, loading, error, refetch } = useQuery(ServiceLevelGapQuery, {
    variables: { month, date: day },
  });
  const gap = (data ?? previousData)?.serviceLevelGap;
  const current = gap?.month === month ? gap : undefined;
  const hours = (v: number | null | undefined) =>
    v === null || v === undefined
      ? t('assessment.gap.unknown')
      : t('assessment.gap.hours', { hours: intl.formatNumber(v, { maximumFractionDigits: 1 }) });
  const percent = (v: number | null | undefined) =>
    v === null || v === undefined
      ? t('assessment.gap.unknown')
      : intl.formatNumber(v, { style: 'percent', maximumFractionDigits: 1 });
  const label = (key: (typeof GAP_PARTS)[number]) => t(`assessment.gap.${key}` as MessageId);
  const dayLabel = (date: string) =>
    intl.formatDate(`${date}T12:00:00Z`, {
      weekday: 'short',
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
    });
  const shownParts = current ? GAP_PARTS.filter((k) => current[k] !== null) : [];
  return (
    <section className="card assessment-gap" aria-labelledby={`${ids}-title`} data-testid="gap-section">
      <div className="section-heading">
        <h2 id={`${ids}-title`}>{t('assessment.gap.title')}</h2>
        <div className="field field--inline no-print">
          <label htmlFor={`${ids}-month`}>{t('assessment.month')}</label>
          <select id={`${ids}-month`} value={month} onChange={(e) => onMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {formatMonth(intl, m, 'long')}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">{t('assessment.gap.description', { month: formatMonth(intl, month, 'long') })}</p>
      {loading && !current && <Loading />}
      {error && <ErrorMessage message={error.message} onRetry={() => void refetch()} />}
      {current && (
        <>
          <table className="assessment-gap__summary" data-testid="gap-summary">
            <caption className="visually-hidden">{t('assessment.gap.title')}</caption>
            <tbody>
              <tr>
                <th scope="row">{t('assessment.gap.gapHours')}</th>
                <td className="numeric" data-testid="gap-total">
                  {hours(current.gapHours)}
                </td>
                <td className="muted">
                  {t('assessment.gap.intervals', {
                    shortfall: current.shortfallIntervals,
                    total: current.intervals,
                  })}
                </td>
              </tr>
              {GAP_PARTS.filter((k) => k !== 'withoutScheduleHours' || current.withoutScheduleHours > 0).map(
                (key) => (
                  <tr key={key} data-testid={`gap-${key}`}>
                    <th scope="row">{label(key)}</th>
                    <td className="numeric">{hours(current[key])}</td>
                    <td className="muted">{t(`assessment.gap.${key}.about` as MessageId)}</td>
                  </tr>
                ),
              )}
            </tbody>
          </table>
          <ul className="assessment-notes" data-testid="gap-notes">
            {!current.hasForecast && <li>{t('assessment.gap.noForecast')}</li>}
            {!current.hasSchedule && <li>{t('assessment.gap.noSchedule')}</li>}
            {current.hasSchedule && current.unscheduledShortfallIntervals > 0 && (
              <li>
                {t('assessment.gap.someUnscheduled', {
                  count: current.unscheduledShortfallIntervals,
                  hours: hours(current.withoutScheduleHours),
                  days: current.days
                    .filter((d) => !d.hasSchedule && d.shortfallIntervals > 0)
                    .map((d) => dayLabel(d.date))
                    .join(', '),
                })}
              </li>
            )}
            {current.plannedShrinkage !== null && (
              <li>
                {t('assessment.gap.shrinkage', {
                  planned: percent(current.plannedShrinkage),
                  actual: percent(current.actualShrinkage),
                })}
              </li>
            )}
          </ul>
          {current.gapHours > 0 ? (
            <Suspense fallback={<Loading />}>
              <GapChart
                rows={current.days.map((d) => ({
                  date: d.date,
                  ...Object.fromEntries(GAP_PARTS.map((k) => [k, d[k]])),
                }))}
                parts={shownParts.map((k) => ({
                  key: k,
                  label: t('assessment.gap.legend', { part: label(k), unit: t('assessment.gap.axis') }),
                  colour: GAP_PARTS.indexOf(k),
                }))}
                categoryFormatter={(v) =>
                  intl.formatDate(`${v}T12:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' })
                }
                valueFormatter={(v) => intl.formatNumber(v, { maximumFractionDigits: 1 })}
                yAxisLabel={t('assessment.gap.axis')}
                description={t('assessment.gap.chartDescription')}
                onSelect={(date) => setChosenDay(date)}
              />
            </Suspense>
          ) : (
            <p>{t('assessment.gap.none')}</p>
          )}
          <div className="field field--inline no-print">
            <label htmlFor={`${ids}-day`}>{t('assessment.gap.day')}</label>
            <select
              id={`${ids}-day`}
              value={day ?? ''}
              onChange={(e) => setChosenDay(e.target.value || null)}
              data-testid="gap-day"
            >
              <option value="">{t('assessment.gap.chooseDay')}</option>
              {current.days.map((d) => (
                <option key={d.date} value={d.date}>
                  {t('assessment.gap.dayOption', {
                    day: dayLabel(d.date),
                    hours: hours(d.gapHours),
                    schedule: d.hasSchedule ? '' : t('assessment.gap.dayWithoutSchedule'),
                  })}
                </option>
              ))}
            </select>
          </div>
          {day && current.date === day && <GapIntervals rows={current.dayIntervals} title={dayLabel(day)} />}
          {day && current.date !== day && <Loading />}
        </>
      )}
    </section>
  );
}
