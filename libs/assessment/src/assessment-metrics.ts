import type { Direction, ScoringRule } from './criterion.js';

/**
 * The metrics a criterion can measure, each from the one implementation in libs/metrics (or, for
 * forecast accuracy, libs/forecast's WAPE), with the unit its figures are in.
 */
export const ASSESSMENT_METRICS = [
  'SERVICE_LEVEL',
  'ASA',
  'ABANDON_RATE',
  'CSAT',
  'NPS',
  'FCR',
  'QA_SCORE',
  'CLAIMS_WITHIN_SLA',
  'CLAIM_CYCLE_TIME',
  'SCHEDULE_ADHERENCE',
  'FORECAST_ACCURACY',
  'TRAINING_HOURS_PER_AGENT',
] as const;
export type AssessmentMetric = (typeof ASSESSMENT_METRICS)[number];

/** FRACTION: 0–1 shown as %; SECONDS; HOURS; SCORE: 0–100 points; HOURS_PER_AGENT. */
export type MetricUnit = 'FRACTION' | 'SECONDS' | 'HOURS' | 'SCORE' | 'HOURS_PER_AGENT';

export const METRIC_UNITS: Readonly<Record<AssessmentMetric, MetricUnit>> = {
  SERVICE_LEVEL: 'FRACTION',
  ASA: 'SECONDS',
  ABANDON_RATE: 'FRACTION',
  CSAT: 'FRACTION',
  NPS: 'FRACTION',
  FCR: 'FRACTION',
  QA_SCORE: 'SCORE',
  CLAIMS_WITHIN_SLA: 'FRACTION',
  CLAIM_CYCLE_TIME: 'HOURS',
  SCHEDULE_ADHERENCE: 'FRACTION',
  FORECAST_ACCURACY: 'FRACTION',
  TRAINING_HOURS_PER_AGENT: 'HOURS_PER_AGENT',
};

/** A criterion as defined (before it is measured). */
export interface CriterionDefinition {
  /** Stable key within its set, e.g. "sl-hotline". */
  key: string;
  metric: AssessmentMetric;
  /** SERVICE_LEVEL, ASA, ABANDON_RATE: restrict to one channel (HOTLINE, ONLINE); all when null. */
  channel: string | null;
  target: number;
  direction: Direction;
  weight: number;
  scoring: ScoringRule;
}

/**
 * The default set of issue #9, with targets from metrics.md where it names them (80 % within T
 * for hotline and online, 90 % of claims within the claim SLA, QA pass mark 80) and common
 * industry targets elsewhere. Forecast accuracy is measured as WAPE (lower is better).
 */
export const DEFAULT_CRITERIA: readonly CriterionDefinition[] = [
  criterion('sl-hotline', 'SERVICE_LEVEL', 'HOTLINE', 0.8, 'HIGHER_IS_BETTER', 15, 'PROPORTIONAL'),
  criterion('sl-online', 'SERVICE_LEVEL', 'ONLINE', 0.8, 'HIGHER_IS_BETTER', 10, 'PROPORTIONAL'),
  criterion('asa', 'ASA', null, 30, 'LOWER_IS_BETTER', 8, 'PROPORTIONAL'),
  criterion('abandonment', 'ABANDON_RATE', null, 0.05, 'LOWER_IS_BETTER', 8, 'PROPORTIONAL'),
  criterion('csat', 'CSAT', null, 0.85, 'HIGHER_IS_BETTER', 12, 'PROPORTIONAL'),
  criterion('nps', 'NPS', null, 0.3, 'HIGHER_IS_BETTER', 6, 'PROPORTIONAL'),
  criterion('fcr', 'FCR', null, 0.75, 'HIGHER_IS_BETTER', 8, 'PROPORTIONAL'),
  criterion('qa', 'QA_SCORE', null, 85, 'HIGHER_IS_BETTER', 10, 'PROPORTIONAL'),
  criterion('claims-sla', 'CLAIMS_WITHIN_SLA', null, 0.9, 'HIGHER_IS_BETTER', 7, 'PROPORTIONAL'),
  criterion('claim-cycle', 'CLAIM_CYCLE_TIME', null, 48, 'LOWER_IS_BETTER', 4, 'PROPORTIONAL'),
  criterion('adherence', 'SCHEDULE_ADHERENCE', null, 0.9, 'HIGHER_IS_BETTER', 5, 'BANDED'),
  criterion('forecast', 'FORECAST_ACCURACY', null, 0.15, 'LOWER_IS_BETTER', 3, 'BANDED'),
  criterion('training', 'TRAINING_HOURS_PER_AGENT', null, 2, 'HIGHER_IS_BETTER', 4, 'PROPORTIONAL'),
];

function criterion(
  key: string,
  metric: AssessmentMetric,
  channel: string | null,
  target: number,
  direction: Direction,
  weight: number,
  scoring: ScoringRule,
): CriterionDefinition {
  return { key, metric, channel, target, direction, weight, scoring };
}
