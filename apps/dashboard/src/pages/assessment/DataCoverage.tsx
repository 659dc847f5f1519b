import { useIntl } from 'react-intl';
import { useT } from '../../i18n/useT.js';
import { formatMonth } from './formatFigure.js';
import { monthsLackingData } from './monthsLackingData.js';
import type { ScorecardData } from './scorecardCsv.js';
import { useCriterionName } from './useCriterionName.js';

/**
 * Says plainly which months of the period lack data — none at all (e.g. before the center's
 * history begins), or some criteria — since such months are left out of the scores rather than
 * scored 0. Printed with the report.
 */
export function DataCoverage({ data }: { data: ScorecardData }) {
  const t = useT();
  const intl = useIntl();
  const name = useCriterionName();
  const { empty, partial } = monthsLackingData(data);
  const months = (list: string[]) => list.map((m) => formatMonth(intl, m, 'long')).join(', ');
  return (
    <div
      className={`assessment-coverage${empty.length > 0 ? ' assessment-coverage--warning' : ''}`}
      role="note"
      aria-label={t('assessment.coverage.title')}
      data-testid="data-coverage"
    >
      <h3>{t('assessment.coverage.title')}</h3>
      {empty.length === 0 && partial.length === 0 ? (
        <p>{t('assessment.coverage.complete')}</p>
      ) : (
        <ul>
          {empty.length > 0 && (
            <li data-testid="coverage-empty">
              <span aria-hidden="true">⚠ </span>
              {t('assessment.coverage.none', { count: empty.length, months: months(empty) })}
            </li>
          )}
          {partial.map((p) => (
            <li key={p.month}>
              {t('assessment.coverage.partial', {
                month: formatMonth(intl, p.month, 'long'),
                count: p.criteria.length,
                criteria: p.criteria.map(name).join(', '),
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
