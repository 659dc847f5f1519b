/**
 * @servicefloor/assessment — award-style assessment of a center: criteria scored against targets,
 * a total score and grade, and the service-level gap split into its causes. Pure functions; the
 * figures themselves come from libs/metrics.
 */
export { DIRECTIONS, SCORING_RULES, CRITERION_STATUSES } from './criterion.js';
export type { Direction, ScoringRule, CriterionStatus, CriterionRule, CriterionScore } from './criterion.js';
export { attainment, meetsTarget, MAX_ATTAINMENT } from './attainment.js';
export { scoreCriterion, NEAR_ATTAINMENT, BANDED_HALF_FROM } from './score-criterion.js';
export { totalScore, gradeOf, GRADE_BOUNDS } from './total-score.js';
export type { TotalScore } from './total-score.js';
export { ASSESSMENT_METRICS, METRIC_UNITS, DEFAULT_CRITERIA } from './assessment-metrics.js';
export type { AssessmentMetric, MetricUnit, CriterionDefinition } from './assessment-metrics.js';
export { decomposeInterval, decomposeServiceLevelGap } from './service-level-gap.js';
export type { PlanDelivery, StaffingInterval, IntervalGap, ServiceLevelGap } from './service-level-gap.js';
export { requiredForTarget } from './required-for-target.js';
export type { DemandInterval } from './required-for-target.js';
