import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import type { AssessmentMetric, CriterionStatus, Direction, ScoringRule } from '@servicefloor/assessment';
import {
  AssessmentMetricEnum,
  CriterionStatusEnum,
  DirectionEnum,
  MetricUnitEnum,
  SampleKindEnum,
  ScoringRuleEnum,
} from './assessment-enums.js';

@ObjectType({ description: 'A criterion as defined: metric, target, direction, weight, scoring rule' })
export class AssessmentCriterion {
  @Field() key: string;
  @Field(() => AssessmentMetricEnum) metric: AssessmentMetric;
  @Field(() => String, { nullable: true, description: 'HOTLINE or ONLINE; all channels when null' })
  channel: string | null;
  @Field(() => Float, { description: 'In the metric unit (fractions for ratios)' }) target: number;
  @Field(() => DirectionEnum) direction: Direction;
  @Field(() => Float) weight: number;
  @Field(() => ScoringRuleEnum) scoring: ScoringRule;
  @Field(() => MetricUnitEnum) unit: string;
}

@ObjectType()
export class AssessmentSet {
  @Field(() => Int, { description: '0 is the default set' }) id: number;
  @Field() name: string;
  @Field(() => Int, { nullable: true }) ownerUserId: number | null;
  @Field({ description: 'Whether the caller may change it' }) editable: boolean;
  @Field(() => String, { nullable: true, description: 'Fixed first month, else the last 6 complete months' })
  fromMonth: string | null;
  @Field(() => String, { nullable: true }) toMonth: string | null;
  @Field(() => [AssessmentCriterion]) criteria: AssessmentCriterion[];
}

@ObjectType({ description: 'A figure scored against its target' })
export class CriterionScoreModel {
  @Field(() => Float, { nullable: true }) actual: number | null;
  @Field(() => Float, { nullable: true, description: 'Fraction; 1 = on target (capped at 1.5)' })
  attainment: number | null;
  @Field(() => Float, { nullable: true, description: 'Out of the weight; null without data' }) points:
    number | null;
  @Field(() => CriterionStatusEnum) status: CriterionStatus;
}

@ObjectType({ description: 'A closed month as frozen: the figure and the target in force then' })
export class FrozenFigureModel {
  @Field() frozenAt: string;
  @Field(() => Float) target: number;
  @Field(() => CriterionScoreModel) score: CriterionScoreModel;
}

@ObjectType()
export class CriterionMonth {
  @Field({ description: 'YYYY-MM' }) month: string;
  @Field(() => CriterionScoreModel, { description: 'Recomputed now' }) score: CriterionScoreModel;
  @Field(() => FrozenFigureModel, { nullable: true, description: 'As frozen when the month closed' })
  frozen: FrozenFigureModel | null;
  @Field({ description: 'Whether the recomputed figure or points differ from the frozen ones' })
  differs: boolean;
}

@ObjectType()
export class ScorecardCriterionModel {
  @Field(() => AssessmentCriterion) criterion: AssessmentCriterion;
  @Field(() => CriterionScoreModel) current: CriterionScoreModel;
  @Field(() => CriterionScoreModel) previous: CriterionScoreModel;
  @Field(() => [CriterionMonth]) months: CriterionMonth[];
}

@ObjectType()
export class TotalScoreModel {
  @Field(() => Float, { nullable: true, description: '0–100 over the criteria with data' }) score:
    number | null;
  @Field(() => String, { nullable: true }) grade: string | null;
  @Field(() => Float) scoredWeight: number;
  @Field(() => Float) totalWeight: number;
  @Field(() => Int, { description: 'Criteria without data (left out of the score)' }) missing: number;
}

@ObjectType()
export class ScorecardMonth {
  @Field() month: string;
  @Field(() => TotalScoreModel) total: TotalScoreModel;
  @Field(() => String, { nullable: true }) frozenAt: string | null;
  @Field(() => TotalScoreModel, { nullable: true }) frozenTotal: TotalScoreModel | null;
}

@ObjectType({ description: 'An assessment period scored, with the previous period of the same length' })
export class AssessmentScorecard {
  @Field(() => AssessmentSet) set: AssessmentSet;
  @Field() from: string;
  @Field() to: string;
  @Field() previousFrom: string;
  @Field() previousTo: string;
  @Field() timeZone: string;
  @Field(() => [ScorecardCriterionModel]) criteria: ScorecardCriterionModel[];
  @Field(() => TotalScoreModel) total: TotalScoreModel;
  @Field(() => TotalScoreModel) previousTotal: TotalScoreModel;
  @Field(() => [ScorecardMonth]) months: ScorecardMonth[];
}

@ObjectType()
export class DrillRowModel {
  @Field() id: string;
  @Field() name: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => Float, { description: 'Contacts offered, surveys, agents or claims settled behind the value' })
  volume: number;
}

@ObjectType({ description: 'One record behind a figure; fields not relevant to its kind are null' })
export class SampleRowModel {
  @Field() id: string;
  @Field() at: string;
  @Field(() => String, { nullable: true }) queue: string | null;
  @Field(() => String, { nullable: true }) agentId: string | null;
  @Field(() => Float, { nullable: true }) waitSeconds: number | null;
  @Field(() => String, { nullable: true, description: 'ANSWERED, ABANDONED, FLOWED_OUT, WAITING' })
  outcome: string | null;
  @Field(() => Int, { nullable: true }) csat: number | null;
  @Field(() => Int, { nullable: true }) nps: number | null;
  @Field(() => Boolean, { nullable: true }) resolved: boolean | null;
  @Field(() => Float, { nullable: true }) score: number | null;
  @Field(() => String, { nullable: true }) evaluator: string | null;
  @Field(() => Float, { nullable: true }) hours: number | null;
  @Field(() => String, { nullable: true }) topic: string | null;
  @Field(() => Float, { nullable: true }) cycleHours: number | null;
}

@ObjectType({ description: 'One agent’s day against the published schedule (metrics.md adherence)' })
export class AdherenceDayModel {
  @Field() date: string;
  @Field(() => Float) scheduledMinutes: number;
  @Field(() => Float, { description: 'Scheduled time in the state the activity expects' })
  adherentMinutes: number;
  @Field(() => Float, { nullable: true, description: 'adherent / scheduled' }) adherence: number | null;
  @Field(() => Float) loggedInMinutes: number;
  @Field(() => Float, { nullable: true, description: 'logged in / scheduled' }) conformance: number | null;
}

@ObjectType()
export class AssessmentDrillDown {
  @Field(() => AssessmentCriterion) criterion: AssessmentCriterion;
  @Field() month: string;
  @Field(() => Float, { nullable: true }) value: number | null;
  @Field(() => [DrillRowModel]) queues: DrillRowModel[];
  @Field(() => [DrillRowModel]) teams: DrillRowModel[];
  @Field(() => [DrillRowModel]) agents: DrillRowModel[];
  @Field() byAgent: boolean;
  @Field(() => SampleKindEnum) sampleKind: string;
  @Field(() => [SampleRowModel]) sample: SampleRowModel[];
  @Field(() => String, { nullable: true, description: 'The agent whose days are listed' })
  agentId: string | null;
  @Field(() => [AdherenceDayModel], {
    description: 'Schedule adherence of `agentId`: each day of the month with a published schedule',
  })
  agentDays: AdherenceDayModel[];
}

@ObjectType({
  description:
    'A service-level gap in agent-hours and its parts (null: cannot be known); the parts (null as 0) and withoutScheduleHours add up to gapHours',
})
export class GapPartsModel {
  @Field(() => Float, { description: 'Required − delivered agent-hours over the intervals short' })
  gapHours: number;
  @Field(() => Float, { nullable: true, description: 'Demand above the forecast (null: no forecast)' })
  forecastErrorHours: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Forecast requirement − scheduled to work (null: no published schedule)',
  })
  scheduleFitHours: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Paid time × (actual − planned shrinkage) (null: no published schedule)',
  })
  shrinkageAbovePlanHours: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Scheduled work logged in but not working (null: no published schedule)',
  })
  adherenceLossHours: number | null;
  @Field(() => Float, { description: 'Gap of intervals without a published schedule, not split' })
  withoutScheduleHours: number;
  @Field(() => Float, { nullable: true, description: 'Scheduled breaks, meals and activities / paid time' })
  plannedShrinkage: number | null;
  @Field(() => Float, { nullable: true, description: 'Paid time not available for contacts / paid time' })
  actualShrinkage: number | null;
  @Field(() => Int) shortfallIntervals: number;
  @Field(() => Int, { description: 'Intervals short without a published schedule' })
  unscheduledShortfallIntervals: number;
  @Field(() => Int) intervals: number;
}

@ObjectType()
export class GapDayModel extends GapPartsModel {
  @Field() date: string;
  @Field({ description: 'Whether any interval of the day was under a published schedule' })
  hasSchedule: boolean;
}

@ObjectType({
  description: 'One 15-minute interval: needed, planned and delivered agents, and its gap split (agents)',
})
export class GapIntervalModel {
  @Field({ description: 'Start, ISO 8601 with the site offset' }) start: string;
  @Field({ description: 'Local start, HH:mm' }) time: string;
  @Field() hasSchedule: boolean;
  @Field(() => Float, { description: 'Agents the actual demand needed (Erlang C at the SL target)' })
  requiredActual: number;
  @Field(() => Float, { nullable: true, description: 'Agents the forecast needed' })
  requiredForecast: number | null;
  @Field(() => Float, { nullable: true, description: 'On shift (paid)' }) paid: number | null;
  @Field(() => Float, { nullable: true, description: 'Scheduled to work' }) scheduled: number | null;
  @Field(() => Float, { nullable: true, description: 'Of the scheduled work, logged in' })
  loggedIn: number | null;
  @Field(() => Float, { nullable: true, description: 'Of the scheduled work, working (adherent)' })
  adherent: number | null;
  @Field(() => Float, { description: 'Agents delivered (available, on contact, after-contact work)' })
  delivered: number;
  @Field(() => Float) gap: number;
  @Field(() => Float, { nullable: true }) forecastError: number | null;
  @Field(() => Float, { nullable: true }) scheduleFit: number | null;
  @Field(() => Float, { nullable: true }) shrinkageAbovePlan: number | null;
  @Field(() => Float, { nullable: true }) adherenceLoss: number | null;
  @Field(() => Float, { nullable: true }) withoutSchedule: number | null;
  @Field(() => Float, { nullable: true }) plannedShrinkage: number | null;
  @Field(() => Float, { nullable: true }) actualShrinkage: number | null;
}

@ObjectType()
export class ServiceLevelGapModel extends GapPartsModel {
  @Field() month: string;
  @Field() hasForecast: boolean;
  @Field({ description: 'Whether any interval of the month was under a published schedule' })
  hasSchedule: boolean;
  @Field(() => [GapDayModel]) days: GapDayModel[];
  @Field(() => String, { nullable: true, description: 'The day split interval by interval' })
  date: string | null;
  @Field(() => [GapIntervalModel], { description: 'The intervals of `date` (empty without one)' })
  dayIntervals: GapIntervalModel[];
}

@ObjectType()
export class QaCriterionScore {
  @Field() name: string;
  @Field(() => Float) score: number;
}

@ObjectType()
export class QualityEvaluationModel {
  @Field() eventId: string;
  @Field() at: string;
  @Field(() => String, { nullable: true }) agentId: string | null;
  @Field(() => String, { nullable: true }) contactId: string | null;
  @Field(() => Float) score: number;
  @Field() evaluator: string;
  @Field(() => String, { nullable: true }) form: string | null;
  @Field(() => [QaCriterionScore]) criteria: QaCriterionScore[];
}

@ObjectType()
export class TrainingSessionModel {
  @Field() eventId: string;
  @Field() at: string;
  @Field() agentId: string;
  @Field(() => Float) hours: number;
  @Field() topic: string;
}
