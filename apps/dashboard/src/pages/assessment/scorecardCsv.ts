import type { AssessmentScorecardQuery } from '../../graphql/generated/graphql.js';
import { toCsv, type CsvValue } from '../trends/csv.js';

export type ScorecardData = AssessmentScorecardQuery['assessmentScorecard'];

/**
 * The scorecard as CSV (RFC 4180): one row per criterion with its definition, the period's actual,
 * attainment, points and status, the previous period's, then each month's recomputed and frozen
 * figure. Ratios are fractions and times seconds/hours, as metrics.md asks of exports; a final
 * row carries the total score and grade.
 */
export function scorecardCsv(s: ScorecardData): string {
  const months = s.months.map((m) => m.month);
  const header = [
    'criterion',
    'metric',
    'channel',
    'unit',
    'target',
    'direction',
    'weight',
    'scoring',
    'actual',
    'attainment',
    'points',
    'status',
    'previousActual',
    'previousPoints',
    'previousStatus',
    ...months.flatMap((m) => [`actual_${m}`, `frozen_${m}`]),
  ];
  const rows: CsvValue[][] = s.criteria.map((c) => [
    c.criterion.key,
    c.criterion.metric,
    c.criterion.channel,
    c.criterion.unit,
    c.criterion.target,
    c.criterion.direction,
    c.criterion.weight,
    c.criterion.scoring,
    c.current.actual,
    c.current.attainment,
    c.current.points,
    c.current.status,
    c.previous.actual,
    c.previous.points,
    c.previous.status,
    ...months.flatMap((m) => {
      const month = c.months.find((x) => x.month === m);
      return [month?.score.actual, month?.frozen?.score.actual];
    }),
  ]);
  rows.push([
    'total',
    null,
    null,
    'SCORE',
    null,
    null,
    s.total.totalWeight,
    null,
    s.total.score,
    null,
    null,
    s.total.grade,
    s.previousTotal.score,
    null,
    s.previousTotal.grade,
    ...months.flatMap((m) => {
      const month = s.months.find((x) => x.month === m);
      return [month?.total.score, month?.frozenTotal?.score];
    }),
  ]);
  return toCsv(header, rows);
}
