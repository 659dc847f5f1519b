import { useId, useState } from 'react';
import { useIntl } from 'react-intl';
import { EmptyState } from '../../components/EmptyState.js';
import { PageHeader } from '../../components/PageHeader.js';
import { addMonths, calendarDateInZone } from '../../format/calendarDateInZone.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { useSiteZone } from '../../site/useSiteTime.js';

/** The award-style criteria of product.md's assessment, in scorecard order. */
const CRITERIA: readonly MessageId[] = [
  'criterion.serviceLevel',
  'criterion.speedOfAnswer',
  'criterion.abandonment',
  'criterion.satisfaction',
  'criterion.fcr',
  'criterion.quality',
  'criterion.claimSla',
  'criterion.adherence',
  'criterion.training',
];

/** The default assessment period: the six whole months before the current one, in the site's calendar. */
function defaultPeriod(zone: string): { from: string; to: string } {
  const firstOfThisMonth = `${calendarDateInZone(Date.now(), zone).slice(0, 7)}-01`;
  return {
    from: addMonths(firstOfThisMonth, -6).slice(0, 7),
    to: addMonths(firstOfThisMonth, -1).slice(0, 7),
  };
}

/**
 * Assessment: a scorecard of an assessment period against the previous one, monthly trends and
 * drill-down. The scorecard's structure is here; its figures come with the assessment API.
 */
export default function AssessmentPage() {
  const t = useT();
  const intl = useIntl();
  const zone = useSiteZone();
  const ids = useId();
  const [period, setPeriod] = useState(() => defaultPeriod(zone));
  const monthName = (month: string) =>
    intl.formatDate(`${month}-15T12:00:00Z`, { year: 'numeric', month: 'long', timeZone: 'UTC' });

  return (
    <>
      <PageHeader titleId="assessment.title" descriptionId="assessment.description">
        <button type="button" className="button button--secondary" onClick={() => window.print()}>
          {t('assessment.print')}
        </button>
      </PageHeader>

      <form className="filters card" aria-label={t('assessment.period')} onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${ids}-from`}>{t('assessment.fromMonth')}</label>
          <input
            id={`${ids}-from`}
            type="month"
            value={period.from}
            max={period.to}
            onChange={(e) => setPeriod((p) => ({ ...p, from: e.target.value }))}
          />
        </div>
        <div className="field">
          <label htmlFor={`${ids}-to`}>{t('assessment.toMonth')}</label>
          <input
            id={`${ids}-to`}
            type="month"
            value={period.to}
            min={period.from}
            onChange={(e) => setPeriod((p) => ({ ...p, to: e.target.value }))}
          />
        </div>
        <p className="filters__note">
          {t('assessment.periodSummary', { from: monthName(period.from), to: monthName(period.to) })}
        </p>
      </form>

      <section aria-labelledby="assessment-scorecard" className="card">
        <div className="section-heading">
          <h2 id="assessment-scorecard">{t('assessment.scorecard')}</h2>
          <button
            type="button"
            className="button button--secondary"
            disabled
            aria-describedby="assessment-export-note"
          >
            <span aria-hidden="true">↓ </span>
            {t('common.exportCsv')}
          </button>
        </div>
        <p id="assessment-export-note" className="muted">
          {t('assessment.exportNote')}
        </p>
        <div className="data-table__scroll">
          <table>
            <caption className="visually-hidden">{t('assessment.scorecard')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('assessment.criterion')}</th>
                <th scope="col" className="numeric">
                  {t('assessment.thisPeriod')}
                </th>
                <th scope="col" className="numeric">
                  {t('assessment.previousPeriod')}
                </th>
                <th scope="col" className="numeric">
                  {t('assessment.change')}
                </th>
                <th scope="col" className="numeric">
                  {t('assessment.score')}
                </th>
              </tr>
            </thead>
            <tbody>
              {CRITERIA.map((criterion) => (
                <tr key={criterion}>
                  <th scope="row">{t(criterion)}</th>
                  {[0, 1, 2, 3].map((column) => (
                    <td key={column} className="numeric">
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">{t('common.noData')}</span>
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('assessment.total')}</th>
                <td colSpan={3} />
                <td className="numeric">
                  <span aria-hidden="true">—</span>
                  <span className="visually-hidden">{t('common.noData')}</span>
                </td>
              </tr>
            </tfoot>
          </table>
        </div>
        <EmptyState titleId="assessment.empty.title" descriptionId="assessment.empty.description" />
      </section>

      <section aria-labelledby="assessment-trends" className="card">
        <h2 id="assessment-trends">{t('assessment.monthlyTrends')}</h2>
        <EmptyState
          titleId="assessment.trends.empty.title"
          descriptionId="assessment.trends.empty.description"
        />
      </section>
    </>
  );
}
