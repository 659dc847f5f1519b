import { describe, expect, it } from 'vitest';
import { gradeOf, totalScore } from './total-score.js';

describe('totalScore', () => {
  it('is 100 × earned / weight of the criteria with data; missing ones are counted, not zeroed', () => {
    // (9 + 20) / (10 + 20) = 96.67 %; the 5-weight criterion without data is left out.
    const total = totalScore([
      { weight: 10, points: 9 },
      { weight: 20, points: 20 },
      { weight: 5, points: null },
    ]);
    expect(total.score).toBeCloseTo(96.6667, 3);
    expect(total).toMatchObject({ grade: 'A', scoredWeight: 30, totalWeight: 35, missing: 1 });
  });
  it('is null without any data', () => {
    expect(totalScore([{ weight: 1, points: null }])).toMatchObject({ score: null, grade: null });
  });
  it('grades on 10-point bands', () => {
    expect([95, 90, 89.99, 80, 70, 60, 59.9, 0].map(gradeOf)).toEqual([
      'A',
      'A',
      'B',
      'B',
      'C',
      'D',
      'E',
      'E',
    ]);
  });
});
