/**
 * What an assessment criterion is: a metric measured over a period, compared with a target in a
 * direction, weighted, and turned into points by a scoring rule.
 */

/** Whether a larger figure is better (service level, CSAT) or a smaller one (ASA, abandonment). */
export const DIRECTIONS = ['HIGHER_IS_BETTER', 'LOWER_IS_BETTER'] as const;
export type Direction = (typeof DIRECTIONS)[number];

/**
 * How attainment becomes points (weight × share):
 * - PROPORTIONAL: share = attainment, capped at 1 (partial credit all the way down);
 * - BANDED: share 1 when met, 0.5 when attainment ≥ 0.9, else 0;
 * - PASS_FAIL: share 1 when met, else 0.
 */
export const SCORING_RULES = ['PROPORTIONAL', 'BANDED', 'PASS_FAIL'] as const;
export type ScoringRule = (typeof SCORING_RULES)[number];

/** Criterion status on the scorecard. */
export const CRITERION_STATUSES = ['MET', 'NEAR', 'MISSED', 'NO_DATA'] as const;
export type CriterionStatus = (typeof CRITERION_STATUSES)[number];

/** The target and how it is scored. */
export interface CriterionRule {
  target: number;
  direction: Direction;
  /** Relative weight (> 0); points are out of the weight. */
  weight: number;
  scoring: ScoringRule;
}

/** A criterion's figures for one period. */
export interface CriterionScore {
  actual: number | null;
  /** actual / target (or target / actual when lower is better); null without data. */
  attainment: number | null;
  /** Points earned, 0…weight; null without data. */
  points: number | null;
  status: CriterionStatus;
}
