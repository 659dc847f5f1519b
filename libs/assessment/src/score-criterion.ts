import { attainment, meetsTarget } from './attainment.js';
import type { CriterionRule, CriterionScore, CriterionStatus } from './criterion.js';

/** Attainment at or above this (but short of the target) is NEAR rather than MISSED. */
export const NEAR_ATTAINMENT = 0.95;
/** BANDED scoring gives half points from this attainment. */
export const BANDED_HALF_FROM = 0.9;

/**
 * Scores one criterion for one period: attainment (see {@link attainment}), points = weight × share
 * where share follows the scoring rule (PROPORTIONAL: min(attainment, 1); BANDED: 1 when met, 0.5
 * from 90 % attainment, else 0; PASS_FAIL: 1 when met, else 0), and the status (MET, NEAR from 95 %
 * attainment, MISSED, NO_DATA when actual is null — then points are null, not 0, so a missing
 * source does not pass for a failure).
 *
 * @throws RangeError when the weight is not > 0 or the target is not finite.
 */
export function scoreCriterion(actual: number | null, rule: CriterionRule): CriterionScore {
  if (!(rule.weight > 0) || !Number.isFinite(rule.weight))
    throw new RangeError(`weight must be a number > 0, got ${rule.weight}`);
  const a = attainment(actual, rule.target, rule.direction);
  if (actual === null || a === null)
    return { actual: null, attainment: null, points: null, status: 'NO_DATA' };
  const met = meetsTarget(actual, rule.target, rule.direction);
  return { actual, attainment: a, points: rule.weight * share(a, met, rule), status: status(a, met) };
}

function share(a: number, met: boolean, rule: CriterionRule): number {
  switch (rule.scoring) {
    case 'PROPORTIONAL':
      return met ? 1 : Math.min(a, 1);
    case 'BANDED':
      return met ? 1 : a >= BANDED_HALF_FROM ? 0.5 : 0;
    case 'PASS_FAIL':
      return met ? 1 : 0;
  }
}

function status(a: number, met: boolean): CriterionStatus {
  if (met) return 'MET';
  return a >= NEAR_ATTAINMENT ? 'NEAR' : 'MISSED';
}
