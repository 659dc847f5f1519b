import { useIntl } from 'react-intl';
import type { MessageId } from '../../i18n/catalogue.js';
import { useT } from '../../i18n/useT.js';
import { formatFigure, formatMonth } from './formatFigure.js';
import type { ScorecardData } from './scorecardCsv.js';
import { StatusBadge } from './StatusBadge.js';
import { useCriterionName } from './useCriterionName.js';

/**
 * The scorecard: per criterion its target, this period's actual beside the previous period's,
 * attainment, points out of the weight and status; the total score and grade at the foot.
 * A criterion's name opens its drill-down.
 */
export function ScorecardTable({
  data,
  onDrill,
}: {
  data: ScorecardData;
  onDrill: (criterionKey: string) => void;
}) {
  const t = useT();
  const intl = useIntl();
  const name = useCriterionName();
  const points = (value: number | null, weight: number) =>
    value === null
      ? '—'
      : t('assessment.pointsOf', {
          points: intl.formatNumber(value, { maximumFractionDigits: 1 }),
          weight: intl.formatNumber(weight, { maximumFractionDigits: 1 }),
        });
  const total = (s: { score: number | null; grade: string | null }) =>
    s.score === null
      ? '—'
      : t('assessment.scoreWithGrade', {
          score: intl.formatNumber(s.score, { maximumFractionDigits: 1 }),
          grade: s.grade,
        });
  return (
    <div className="data-table__scroll">
      <table className="assessment-scorecard" data-testid="scorecard">
        <caption className="visually-hidden">{t('assessment.scorecard')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.criterion')}</th>
            <th scope="col" className="numeric">
              {t('assessment.target')}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.thisPeriodRange', {
                from: formatMonth(intl, data.from),
                to: formatMonth(intl, data.to),
              })}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.previousPeriodRange', {
                from: formatMonth(intl, data.previousFrom),
                to: formatMonth(intl, data.previousTo),
              })}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.attainment')}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.points')}
            </th>
            <th scope="col">{t('assessment.status')}</th>
          </tr>
        </thead>
        <tbody>
          {data.criteria.map((c) => (
            <tr key={c.criterion.key} data-criterion={c.criterion.key}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onDrill(c.criterion.key)}>
                  {name(c.criterion)}
                </button>
                <span className="muted assessment-scorecard__rule">
                  {t(`assessment.direction.${c.criterion.direction}` as MessageId)} ·{' '}
                  {t(`assessment.scoring.${c.criterion.scoring}` as MessageId)}
                </span>
              </th>
              <td className="numeric">{formatFigure(intl, c.criterion, c.criterion.target)}</td>
              <td className="numeric" data-field="actual">
                {formatFigure(intl, c.criterion, c.current.actual)}
              </td>
              <td className="numeric">{formatFigure(intl, c.criterion, c.previous.actual)}</td>
              <td className="numeric">
                {c.current.attainment === null
                  ? '—'
                  : intl.formatNumber(c.current.attainment, { style: 'percent', maximumFractionDigits: 0 })}
              </td>
              <td className="numeric">{points(c.current.points, c.criterion.weight)}</td>
              <td>
                <StatusBadge status={c.current.status} />
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('assessment.total')}</th>
            <td />
            <td className="numeric assessment-scorecard__total" data-testid="total-score">
              {total(data.total)}
            </td>
            <td className="numeric">{total(data.previousTotal)}</td>
            <td colSpan={3} className="muted">
              {data.total.missing > 0 ? t('assessment.missingNote', { count: data.total.missing }) : null}
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
