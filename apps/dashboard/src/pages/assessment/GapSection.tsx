import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useId } from 'react';
import { useIntl } from 'react-intl';
import { ErrorMessage, Loading } from '../../components/StatusMessage.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { ServiceLevelGapQuery } from './assessmentQueries.js';
import { formatMonth } from './formatFigure.js';

const GapChart = lazy(() => import('./GapChart.js'));

const PARTS = [
  'forecastErrorHours',
  'scheduleFitHours',
  'shrinkageAbovePlanHours',
  'adherenceLossHours',
] as const;

/**
 * Why service level was missed in a month: the shortfall in agent-hours split into forecast error,
 * schedule fit, shrinkage above plan and adherence loss, per day, with what could not be known
 * said in words (no saved forecast, no published schedules).
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
  const selectId = useId();
  const { data, loading, error, refetch } = useQuery(ServiceLevelGapQuery, { variables: { month } });
  const hours = (v: number | null | undefined) =>
    v === null || v === undefined
      ? t('assessment.gap.unknown')
      : t('assessment.gap.hours', { hours: intl.formatNumber(v, { maximumFractionDigits: 1 }) });
  const gap = data?.serviceLevelGap;
  const label = (key: (typeof PARTS)[number]) => t(`assessment.gap.${key}` as MessageId);
  return (
    <section className="card assessment-gap" aria-labelledby={`${selectId}-title`} data-testid="gap-section">
      <div className="section-heading">
        <h2 id={`${selectId}-title`}>{t('assessment.gap.title')}</h2>
        <div className="field field--inline no-print">
          <label htmlFor={selectId}>{t('assessment.month')}</label>
          <select id={selectId} value={month} onChange={(e) => onMonth(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {formatMonth(intl, m, 'long')}
              </option>
            ))}
          </select>
        </div>
      </div>
      <p className="muted">{t('assessment.gap.description', { month: formatMonth(intl, month, 'long') })}</p>
      {loading && <Loading />}
      {error && <ErrorMessage message={error.message} onRetry={() => void refetch()} />}
      {gap && (
        <>
          <table className="assessment-gap__summary">
            <caption className="visually-hidden">{t('assessment.gap.title')}</caption>
            <tbody>
              <tr>
                <th scope="row">{t('assessment.gap.gapHours')}</th>
                <td className="numeric" data-testid="gap-total">
                  {hours(gap.gapHours)}
                </td>
                <td className="muted">
                  {t('assessment.gap.intervals', { shortfall: gap.shortfallIntervals, total: gap.intervals })}
                </td>
              </tr>
              {PARTS.map((key) => (
                <tr key={key}>
                  <th scope="row">{label(key)}</th>
                  <td className="numeric">{hours(gap[key])}</td>
                  <td className="muted">{t(`assessment.gap.${key}.about` as MessageId)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <ul className="assessment-notes">
            {!gap.hasForecast && <li>{t('assessment.gap.noForecast')}</li>}
            {!gap.hasSchedule && <li>{t('assessment.gap.noSchedule')}</li>}
            <li>
              {t('assessment.gap.plannedShrinkage', {
                share: intl.formatNumber(gap.plannedShrinkage, {
                  style: 'percent',
                  maximumFractionDigits: 1,
                }),
              })}
            </li>
          </ul>
          {gap.gapHours > 0 ? (
            <Suspense fallback={<Loading />}>
              <GapChart
                rows={gap.days.map((d) => ({
                  date: d.date,
                  ...Object.fromEntries(PARTS.map((k) => [k, d[k]])),
                }))}
                parts={PARTS.filter((k) => gap[k] !== null).map((k) => ({ key: k, label: label(k) }))}
                dateFormatter={(v) =>
                  intl.formatDate(`${v}T12:00:00Z`, { month: 'short', day: 'numeric', timeZone: 'UTC' })
                }
                hoursFormatter={(v) => intl.formatNumber(v, { maximumFractionDigits: 0 })}
                yAxisLabel={t('assessment.gap.axis')}
                description={t('assessment.gap.chartDescription')}
              />
            </Suspense>
          ) : (
            <p>{t('assessment.gap.none')}</p>
          )}
        </>
      )}
    </section>
  );
}
