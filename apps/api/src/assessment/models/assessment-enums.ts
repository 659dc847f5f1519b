import { registerEnumType } from '@nestjs/graphql';
import { ASSESSMENT_METRICS, CRITERION_STATUSES, DIRECTIONS, SCORING_RULES } from '@servicefloor/assessment';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const AssessmentMetricEnum = asEnum(ASSESSMENT_METRICS);
export const DirectionEnum = asEnum(DIRECTIONS);
export const ScoringRuleEnum = asEnum(SCORING_RULES);
export const CriterionStatusEnum = asEnum(CRITERION_STATUSES);
export const MetricUnitEnum = asEnum(['FRACTION', 'SECONDS', 'HOURS', 'SCORE', 'HOURS_PER_AGENT'] as const);
export const SampleKindEnum = asEnum(['CONTACTS', 'EVALUATIONS', 'TRAINING', 'CLAIMS', 'NONE'] as const);

registerEnumType(AssessmentMetricEnum, {
  name: 'AssessmentMetric',
  description: 'What a criterion measures (metrics.md definitions; FORECAST_ACCURACY is WAPE)',
});
registerEnumType(DirectionEnum, { name: 'Direction' });
registerEnumType(ScoringRuleEnum, {
  name: 'ScoringRule',
  description: 'PROPORTIONAL: weight × attainment (≤ 1); BANDED: full when met, half from 90 %; PASS_FAIL',
});
registerEnumType(CriterionStatusEnum, { name: 'CriterionStatus' });
registerEnumType(MetricUnitEnum, {
  name: 'MetricUnit',
  description: 'FRACTION (0–1), SECONDS, HOURS, SCORE (0–100), HOURS_PER_AGENT (per agent per month)',
});
registerEnumType(SampleKindEnum, { name: 'AssessmentSampleKind' });
