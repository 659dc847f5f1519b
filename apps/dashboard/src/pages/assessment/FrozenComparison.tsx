import { useIntl } from 'react-intl';
import { useT } from '../../i18n/useT.js';
import { formatFigure, formatMonth } from './formatFigure.js';
import type { ScorecardData } from './scorecardCsv.js';
import { useCriterionName } from './useCriterionName.js';

/**
 * Evidence that holds: each closed month's score as frozen when it closed, beside the score
 * recomputed now, and the criteria whose figures moved since (late data or changed definitions).
 */
export function FrozenComparison({ data, currentMonth }: { data: ScorecardData; currentMonth: string }) {
  const t = useT();
  const intl = useIntl();
  const name = useCriterionName();
  const score = (s: { score: number | null; grade: string | null } | null) =>
    !s || s.score === null
      ? '—'
      : t('assessment.scoreWithGrade', {
          score: intl.formatNumber(s.score, { maximumFractionDigits: 1 }),
          grade: s.grade,
        });
  return (
    <div className="data-table__scroll">
      <table data-testid="frozen-table">
        <caption className="visually-hidden">{t('assessment.frozenTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('assessment.month')}</th>
            <th scope="col">{t('assessment.frozenAt')}</th>
            <th scope="col" className="numeric">
              {t('assessment.frozenScore')}
            </th>
            <th scope="col" className="numeric">
              {t('assessment.recomputedScore')}
            </th>
            <th scope="col">{t('assessment.differences')}</th>
          </tr>
        </thead>
        <tbody>
          {data.months.map((m) => {
            const moved = data.criteria
              .map((c) => ({ c, month: c.months.find((x) => x.month === m.month) }))
              .filter((x) => x.month?.differs);
            return (
              <tr key={m.month}>
                <th scope="row">{formatMonth(intl, m.month, 'long')}</th>
                <td>
                  {m.frozenAt
                    ? intl.formatDate(m.frozenAt, {
                        dateStyle: 'medium',
                        timeStyle: 'short',
                        timeZone: data.timeZone,
                      })
                    : m.month < currentMonth
                      ? t('assessment.nothingToFreeze')
                      : t('assessment.notFrozen')}
                </td>
                <td className="numeric">{score(m.frozenTotal)}</td>
                <td className="numeric">{score(m.total)}</td>
                <td>
                  {!m.frozenAt ? (
                    '—'
                  ) : moved.length === 0 ? (
                    <span>
                      <span aria-hidden="true">✓ </span>
                      {t('assessment.noDifference')}
                    </span>
                  ) : (
                    <ul className="assessment-differences">
                      {moved.map(({ c, month }) => (
                        <li key={c.criterion.key}>
                          <span aria-hidden="true">≠ </span>
                          {t('assessment.differenceLine', {
                            criterion: name(c.criterion),
                            frozen: formatFigure(intl, c.criterion, month!.frozen?.score.actual),
                            now: formatFigure(intl, c.criterion, month!.score.actual),
                          })}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
