import { describe, expect, it } from 'vitest';
import { scoreCriterion } from './score-criterion.js';

const rule = { target: 0.8, direction: 'HIGHER_IS_BETTER', weight: 10 } as const;

describe('scoreCriterion', () => {
  it('PROPORTIONAL: weight × attainment, full weight when met (never more)', () => {
    expect(scoreCriterion(0.72, { ...rule, scoring: 'PROPORTIONAL' })).toEqual({
      actual: 0.72,
      attainment: expect.closeTo(0.9, 12) as number,
      points: expect.closeTo(9, 12) as number,
      status: 'MISSED',
    });
    expect(scoreCriterion(0.96, { ...rule, scoring: 'PROPORTIONAL' }).points).toBe(10);
  });
  it('BANDED: half points from 90 % attainment, none below', () => {
    expect(scoreCriterion(0.73, { ...rule, scoring: 'BANDED' }).points).toBe(5);
    expect(scoreCriterion(0.7, { ...rule, scoring: 'BANDED' }).points).toBe(0);
    expect(scoreCriterion(0.8, { ...rule, scoring: 'BANDED' }).points).toBe(10);
  });
  it('PASS_FAIL: all or nothing', () => {
    expect(scoreCriterion(0.79, { ...rule, scoring: 'PASS_FAIL' }).points).toBe(0);
  });
  it('status NEAR from 95 % attainment (0.77 / 0.8 = 0.9625)', () => {
    expect(scoreCriterion(0.77, { ...rule, scoring: 'PROPORTIONAL' }).status).toBe('NEAR');
  });
  it('NO_DATA keeps points null (not a zero)', () => {
    expect(scoreCriterion(null, { ...rule, scoring: 'PROPORTIONAL' })).toEqual({
      actual: null,
      attainment: null,
      points: null,
      status: 'NO_DATA',
    });
  });
  it('rejects a weight that is not > 0', () => {
    expect(() => scoreCriterion(1, { ...rule, weight: 0, scoring: 'PASS_FAIL' })).toThrow(/weight/);
  });
});
