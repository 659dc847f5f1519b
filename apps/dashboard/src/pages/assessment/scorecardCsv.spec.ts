import { describe, expect, it } from 'vitest';
import { scorecardCsv, type ScorecardData } from './scorecardCsv.js';

const score = (actual: number | null, points: number | null, status = 'MET') => ({
  __typename: 'CriterionScoreModel' as const,
  actual,
  attainment: actual === null ? null : 1,
  points,
  status,
});

const data = {
  __typename: 'AssessmentScorecard',
  from: '2026-03',
  to: '2026-04',
  previousFrom: '2026-01',
  previousTo: '2026-02',
  timeZone: 'Asia/Shanghai',
  set: { __typename: 'AssessmentSet', id: 0, name: 'Default' },
  total: {
    __typename: 'TotalScoreModel',
    score: 95,
    grade: 'A',
    missing: 0,
    scoredWeight: 10,
    totalWeight: 10,
  },
  previousTotal: { __typename: 'TotalScoreModel', score: null, grade: null, missing: 1 },
  criteria: [
    {
      __typename: 'ScorecardCriterionModel',
      criterion: {
        __typename: 'AssessmentCriterion',
        key: 'sl-hotline',
        metric: 'SERVICE_LEVEL',
        channel: 'HOTLINE',
        target: 0.8,
        direction: 'HIGHER_IS_BETTER',
        weight: 10,
        scoring: 'PROPORTIONAL',
        unit: 'FRACTION',
      },
      current: score(0.82, 10),
      previous: score(null, null, 'NO_DATA'),
      months: [
        {
          __typename: 'CriterionMonth',
          month: '2026-03',
          differs: true,
          score: score(0.81, 10),
          frozen: { __typename: 'FrozenFigureModel', frozenAt: 'x', target: 0.8, score: score(0.85, 10) },
        },
        {
          __typename: 'CriterionMonth',
          month: '2026-04',
          differs: false,
          score: score(0.83, 10),
          frozen: null,
        },
      ],
    },
  ],
  months: [
    {
      __typename: 'ScorecardMonth',
      month: '2026-03',
      frozenAt: 'x',
      total: { __typename: 'TotalScoreModel', score: 100, grade: 'A' },
      frozenTotal: { __typename: 'TotalScoreModel', score: 100, grade: 'A' },
    },
    {
      __typename: 'ScorecardMonth',
      month: '2026-04',
      frozenAt: null,
      total: { __typename: 'TotalScoreModel', score: 100, grade: 'A' },
      frozenTotal: null,
    },
  ],
} as unknown as ScorecardData;

describe('scorecardCsv', () => {
  it('has metrics.md-style fields, one row per criterion and a total row, months recomputed beside frozen', () => {
    const lines = scorecardCsv(data).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'criterion,metric,channel,unit,target,direction,weight,scoring,actual,attainment,points,status,previousActual,previousPoints,previousStatus,actual_2026-03,frozen_2026-03,actual_2026-04,frozen_2026-04',
    );
    expect(lines[1]).toBe(
      'sl-hotline,SERVICE_LEVEL,HOTLINE,FRACTION,0.8,HIGHER_IS_BETTER,10,PROPORTIONAL,0.82,1,10,MET,,,NO_DATA,0.81,0.85,0.83,',
    );
    expect(lines[2]).toBe('total,,,SCORE,,,10,,95,,,A,,,,100,100,100,');
  });
});
