import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel } from '@servicefloor/contracts';
import { ChannelEnum } from '../../common/graphql-enums.js';
import { PlanningMessageModel } from './forecast.models.js';
import {
  BindingTargetEnum,
  PatienceModeEnum,
  PatienceSourceEnum,
  StaffingModelEnum,
  type BindingTarget,
  type PatienceMode,
  type PatienceSource,
  type PlanningStaffingModel,
} from './planning-enums.js';
import { IntervalSeriesScalar } from './interval-series.scalar.js';

@ObjectType({ description: "A queue's planning settings (defaults where none were saved)" })
export class QueuePlanningSettings {
  @Field() queue: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field(() => Float, { description: 'Share of paid time not available for contacts (default 0.3)' })
  shrinkage: number;
  @Field(() => Float, { nullable: true, description: 'Occupancy cap (default 0.85; null: none)' })
  maxOccupancy: number | null;
  @Field(() => Float, { nullable: true, description: 'ASA target, seconds (null: none)' }) targetAsaSeconds:
    number | null;
  @Field(() => Float, { nullable: true, description: 'Known mean patience, seconds (null: estimate it)' })
  patienceSeconds: number | null;
  @Field(() => PatienceModeEnum) patienceMode: PatienceMode;
  @Field(() => Float, {
    description: 'Claim desk: hours an agent works claims per day, before shrinkage (default 8)',
  })
  claimHoursPerDay: number;
  @Field(() => Float, {
    description: 'Claim desk: handle time per claim when the history has none, seconds (default 1200)',
  })
  claimHandleSeconds: number;
  @Field(() => Float, { description: 'Service-level target of the queue (edit it on the queue)' })
  targetServiceLevel: number;
  @Field(() => Int, { description: 'Service-level threshold T of the queue, seconds' })
  thresholdSeconds: number;
  @Field({ description: 'True when nothing was saved for the queue and these are the defaults' })
  isDefault: boolean;
}

@ObjectType({ description: 'The patience behind the model, and where it came from' })
export class PatienceInfo {
  @Field(() => Float, { nullable: true, description: 'Mean patience used, seconds (null: Erlang C)' })
  seconds: number | null;
  @Field(() => PatienceSourceEnum) source: PatienceSource;
  @Field(() => Int, { description: 'Abandons in the estimation window' }) abandoned: number;
  @Field(() => Float, {
    description: 'Σ waiting time of answered and abandoned contacts in the window, seconds',
  })
  exposureSeconds: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Σ abandon wait / abandoned, seconds (shown for comparison; biased low)',
  })
  averageAbandonWaitSeconds: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'The estimate θ̂ = Σ waits / abandoned, seconds (null: too few abandons)',
  })
  estimatedSeconds: number | null;
  @Field(() => Int, { description: 'Days of history the estimate is taken over' }) windowDays: number;
  @Field(() => PlanningMessageModel) explanation: PlanningMessageModel;
}

@ObjectType({
  description: 'The inputs a requirement was computed with (queue settings with the what-if applied)',
})
export class RequirementInputs {
  @Field(() => Float) targetServiceLevel: number;
  @Field(() => Int) thresholdSeconds: number;
  @Field(() => Float) shrinkage: number;
  @Field(() => Float, { nullable: true }) maxOccupancy: number | null;
  @Field(() => Float, { nullable: true }) targetAsaSeconds: number | null;
  @Field(() => Int) intervalSeconds: number;
  @Field(() => Float, { description: 'Relative change applied to the forecast volume (0.1 = +10 %)' })
  volumeChange: number;
  @Field(() => Float, { description: 'Relative change applied to the forecast AHT' }) ahtChange: number;
  @Field(() => Float, { nullable: true, description: 'AHT used instead of the forecast, seconds' })
  ahtSeconds: number | null;
  @Field(() => Float, { description: 'Claim desk: claims already open to clear in the first day’s window' })
  claimBacklog: number;
}

@ObjectType({ description: 'One queueing model evaluated at its own required number of agents' })
export class ModelFigures {
  @Field(() => StaffingModelEnum) model: PlanningStaffingModel;
  @Field(() => Int) agents: number;
  @Field(() => Float) fractionalAgents: number;
  @Field(() => Float) serviceLevel: number;
  @Field(() => Float, { description: 'seconds' }) asa: number;
  @Field(() => Float) occupancy: number;
  @Field(() => Float, { description: 'P(wait)' }) probWait: number;
  @Field(() => Float, { nullable: true, description: 'P(abandon), Erlang A only' }) abandonRate:
    number | null;
}

@ObjectType({ description: 'The claim desk workload behind a day’s requirement' })
export class ClaimDeskFigures {
  @Field(() => Float, { description: 'Claims expected in the SLA window starting that day' })
  arrivals: number;
  @Field(() => Float) backlogToClear: number;
  @Field(() => Float) handleSeconds: number;
  @Field(() => Float) productiveHoursPerAgent: number;
  @Field(() => Float) slaHours: number;
  @Field(() => Float) staffHours: number;
  @Field(() => Float) claimsPerHour: number;
}

@ObjectType({ isAbstract: true })
export class StaffingFigures {
  @Field(() => StaffingModelEnum, { description: 'The model the requirement is taken from' })
  model: PlanningStaffingModel;
  @Field(() => Float, {
    description: 'Contacts in the interval (claims in the SLA window for the claim desk)',
  })
  volume: number;
  @Field(() => Float, { nullable: true, description: 'AHT, seconds' }) ahtSeconds: number | null;
  @Field(() => Int) intervalSeconds: number;
  @Field(() => Float, { description: 'A = volume × AHT / interval, erlangs (0 for the claim desk)' })
  trafficErlangs: number;
  @Field(() => Int, { description: 'Agents needed on contacts' }) agents: number;
  @Field(() => Float, { description: 'Agents as a fraction, interpolated on the binding target' })
  fractionalAgents: number;
  @Field(() => Float, { nullable: true }) serviceLevel: number | null;
  @Field(() => Float, { nullable: true, description: 'seconds' }) asa: number | null;
  @Field(() => Float, { nullable: true }) occupancy: number | null;
  @Field(() => Float, { nullable: true }) probWait: number | null;
  @Field(() => Float, { nullable: true, description: 'P(abandon), Erlang A only' }) abandonRate:
    number | null;
  @Field(() => Float) shrinkage: number;
  @Field(() => Float, { description: 'agents / (1 − shrinkage)' }) scheduledStaff: number;
  @Field(() => Int, { description: 'scheduledStaff rounded up to whole people' }) scheduledAgents: number;
  @Field(() => BindingTargetEnum, {
    nullable: true,
    description: 'The target that sets the number (Erlang models)',
  })
  bindingTarget: BindingTarget | null;
  @Field(() => ModelFigures, { nullable: true, description: 'Erlang C at its own requirement' })
  erlangC: ModelFigures | null;
  @Field(() => ModelFigures, {
    nullable: true,
    description: 'Erlang A at its own requirement (when patience is known or estimated)',
  })
  erlangA: ModelFigures | null;
  @Field(() => ClaimDeskFigures, { nullable: true }) claimDesk: ClaimDeskFigures | null;
  @Field(() => PlanningMessageModel, { description: 'The requirement in one plain sentence' })
  explanation: PlanningMessageModel;
  @Field(() => [PlanningMessageModel], {
    description: 'Further sentences: predicted performance, the binding target, Erlang A beside Erlang C',
  })
  details: PlanningMessageModel[];
  @Field(() => [PlanningMessageModel], {
    description: 'The formulas with the numbers filled in, one line each',
  })
  formula: PlanningMessageModel[];
}

@ObjectType({ description: 'The requirement of one interval (one local day for the claim desk), explained' })
export class RequirementRow extends StaffingFigures {
  @Field({ description: 'Start, ISO 8601 with the site offset' }) start: string;
  @Field({ description: 'End, ISO 8601 with the site offset' }) end: string;
  @Field({ description: 'Local date' }) date: string;
  @Field({ description: 'Local time span, e.g. 09:00–09:15 (the date for a claim desk day)' }) label: string;
}

@ObjectType({
  description:
    'The requirement per interval as parallel arrays (index i = interval i from `start`), for charts and grids. Erlang-only figures are null for the claim desk.',
})
export class RequirementSeries {
  @Field(() => IntervalSeriesScalar) volume: number[];
  @Field(() => IntervalSeriesScalar) ahtSeconds: (number | null)[];
  @Field(() => IntervalSeriesScalar) trafficErlangs: number[];
  @Field(() => IntervalSeriesScalar) agents: number[];
  @Field(() => IntervalSeriesScalar) fractionalAgents: number[];
  @Field(() => IntervalSeriesScalar) serviceLevel: (number | null)[];
  @Field(() => IntervalSeriesScalar) asa: (number | null)[];
  @Field(() => IntervalSeriesScalar) occupancy: (number | null)[];
  @Field(() => IntervalSeriesScalar, { description: 'Erlang A only' }) abandonRate: (number | null)[];
  @Field(() => IntervalSeriesScalar) scheduledStaff: number[];
  @Field(() => IntervalSeriesScalar) scheduledAgents: number[];
  @Field(() => IntervalSeriesScalar, { description: 'Erlang C requirement (null for the claim desk)' })
  erlangCAgents: (number | null)[];
  @Field(() => IntervalSeriesScalar, { description: 'Erlang A requirement (null without patience)' })
  erlangAAgents: (number | null)[];
}

@ObjectType()
export class RequirementTotals {
  @Field(() => Int) intervals: number;
  @Field(() => Float, { description: 'Contacts over the range (after the what-if)' }) volume: number;
  @Field(() => Float, { description: 'Σ agents × interval hours' }) agentHours: number;
  @Field(() => Float, { description: 'Σ scheduled staff × interval hours (paid hours)' })
  scheduledHours: number;
  @Field(() => Int) peakAgents: number;
  @Field(() => String, { nullable: true, description: 'Start of the first interval with the peak, ISO 8601' })
  peakStart: string | null;
}

@ObjectType({ description: 'The staffing requirement of one queue over the range' })
export class QueueRequirements {
  @Field() queue: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field() timeZone: string;
  @Field(() => StaffingModelEnum) model: PlanningStaffingModel;
  @Field(() => RequirementInputs) inputs: RequirementInputs;
  @Field(() => PatienceInfo) patience: PatienceInfo;
  @Field({ description: 'Start of the first interval, ISO 8601 with the site offset' }) start: string;
  @Field(() => Int, { description: '15, or 1440 for the claim desk (one row per local day)' })
  intervalMinutes: number;
  @Field(() => Int) intervalCount: number;
  @Field(() => RequirementSeries) series: RequirementSeries;
  @Field(() => RequirementTotals) totals: RequirementTotals;
  @Field(() => String, { nullable: true, description: 'Why there is no requirement (e.g. no forecast)' })
  problem: string | null;
  // `rows(date)` is resolved by RequirementsRowsResolver from the solved figures kept here.
}

@ObjectType()
export class StaffingRequirementsReport {
  @Field(() => ID, {
    nullable: true,
    description: 'The snapshot the forecast came from (null: computed now)',
  })
  snapshotId: number | null;
  @Field(() => [QueueRequirements]) queues: QueueRequirements[];
}

@ObjectType({ description: 'One combination of a what-if sweep' })
export class WhatIfRow {
  @Field(() => Float) volumeChange: number;
  @Field(() => Float) volume: number;
  @Field(() => Float) ahtSeconds: number;
  @Field(() => Float) targetServiceLevel: number;
  @Field(() => Float) shrinkage: number;
  @Field(() => StaffingModelEnum) model: PlanningStaffingModel;
  @Field(() => Int) agents: number;
  @Field(() => Float) fractionalAgents: number;
  @Field(() => Float) serviceLevel: number;
  @Field(() => Float) asa: number;
  @Field(() => Float) occupancy: number;
  @Field(() => Float, { nullable: true }) abandonRate: number | null;
  @Field(() => Float) scheduledStaff: number;
  @Field(() => Int) scheduledAgents: number;
}

@ObjectType({
  description: 'One interval computed from the numbers given, explained, with an optional what-if sweep',
})
export class StaffingCalculation extends StaffingFigures {
  @Field(() => Float, { nullable: true, description: 'Patience used, seconds' }) patienceSeconds:
    number | null;
  @Field(() => [WhatIfRow], {
    description: 'One row per combination of the variations (empty without variations)',
  })
  sweep: WhatIfRow[];
}
