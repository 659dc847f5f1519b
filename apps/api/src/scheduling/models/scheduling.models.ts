import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import { IntervalSeriesScalar } from '../../planning/models/interval-series.scalar.js';

@ObjectType({ description: 'A break or meal every shift of a template contains' })
export class BreakRuleModel {
  @Field() id: string;
  @Field({ description: 'break or meal' }) kind: string;
  @Field(() => Int) count: number;
  @Field(() => Int) lengthMinutes: number;
  @Field(() => Int, { description: 'Earliest start, minutes after the shift starts' })
  earliestOffsetMinutes: number;
  @Field(() => Int, { description: 'Latest start, minutes after the shift starts' })
  latestOffsetMinutes: number;
  @Field() paid: boolean;
  @Field(() => Int, { nullable: true }) minShiftMinutes?: number | null;
}

@ObjectType({
  description: 'A kind of shift: start window (local minutes after midnight), lengths, days, breaks',
})
export class ShiftTemplateModel {
  @Field() code: string;
  @Field(() => Int) earliestStartMinutes: number;
  @Field(() => Int) latestStartMinutes: number;
  @Field(() => Int) startStepMinutes: number;
  @Field(() => [Int]) lengthsMinutes: number[];
  @Field(() => [Int], { nullable: true, description: 'Days it may be used (0 = Monday); null: every day' })
  days: number[] | null;
  @Field(() => [BreakRuleModel]) breakRules: BreakRuleModel[];
}

@ObjectType({ description: 'Working-time rules' })
export class ContractModel {
  @Field() code: string;
  @Field(() => Float) minHoursPerWeek: number;
  @Field(() => Float) maxHoursPerWeek: number;
  @Field(() => Int) maxWorkingDays: number;
  @Field(() => Float) minRestHours: number;
  @Field(() => [Int]) fixedDaysOff: number[];
  @Field() isDefault: boolean;
}

@ObjectType()
export class WeeklyWindowModel {
  @Field(() => Int) day: number;
  @Field(() => Int) fromMinutes: number;
  @Field(() => Int) toMinutes: number;
}

@ObjectType({ description: 'An agent’s scheduling settings (agents without any get the default contract)' })
export class AgentSchedulingModel {
  @Field() agentId: string;
  @Field(() => String, { nullable: true }) contractCode: string | null;
  @Field(() => [String], { nullable: true }) templateCodes: string[] | null;
  @Field(() => [WeeklyWindowModel], { nullable: true }) availability: WeeklyWindowModel[] | null;
  @Field(() => [Int], { nullable: true }) fixedDaysOff: number[] | null;
}

@ObjectType({ description: 'Time off of an agent: requested, then approved or refused by a scheduler' })
export class TimeOffModel {
  @Field(() => ID) id: string;
  @Field() agentId: string;
  @Field({ description: 'The agent’s name in the directory (its id when unknown)' }) agentName: string;
  @Field({ description: 'ISO 8601 UTC' }) start: string;
  @Field({ description: 'ISO 8601 UTC (excluded)' }) end: string;
  @Field({ description: 'The agent’s site time zone (the days below are local to it)' }) timeZone: string;
  @Field({ description: 'First local day it touches, YYYY-MM-DD' }) firstDay: string;
  @Field({ description: 'Last local day it touches, YYYY-MM-DD' }) lastDay: string;
  @Field(() => Float) paidHours: number;
  @Field() note: string;
  @Field({ description: 'PENDING, APPROVED (the generator honours it) or REFUSED' }) status: string;
  @Field(() => String, { nullable: true, description: 'Who asked (null: entered approved)' })
  requestedBy: string | null;
  @Field(() => String, { nullable: true }) decidedBy: string | null;
  @Field(() => String, { nullable: true, description: 'ISO 8601 UTC' }) decidedAt: string | null;
}

@ObjectType()
export class ActivityRequestModel {
  @Field(() => ID) id: string;
  @Field() kind: string;
  @Field() label: string;
  @Field(() => [String]) agentIds: string[];
  @Field(() => Int) lengthMinutes: number;
  @Field() earliestStart: string;
  @Field() latestEnd: string;
  @Field(() => Boolean, { nullable: true }) together: boolean | null;
}

@ObjectType({
  description: 'The scheduling model: templates, contracts, agent settings, time off, activities',
})
export class SchedulingRulesModel {
  @Field(() => [ShiftTemplateModel]) templates: ShiftTemplateModel[];
  @Field(() => [ContractModel]) contracts: ContractModel[];
  @Field(() => [AgentSchedulingModel]) agents: AgentSchedulingModel[];
  @Field(() => [TimeOffModel]) timeOff: TimeOffModel[];
  @Field(() => [ActivityRequestModel]) activities: ActivityRequestModel[];
}

@ObjectType({ description: 'A break, meal or activity inside a shift' })
export class ShiftPartModel {
  @Field({ description: 'break, meal, training, meeting or coaching' }) kind: string;
  @Field(() => Int, { description: 'Minutes from the week’s Monday 00:00' }) startMinute: number;
  @Field(() => Int) endMinute: number;
  @Field({ description: 'ISO 8601 with the site offset' }) start: string;
  @Field() end: string;
  @Field(() => Boolean, { nullable: true, description: 'Breaks and meals: counted as paid time' }) paid:
    boolean | null;
  @Field(() => String, { nullable: true, description: 'Activities: the request it fulfils' }) activityId:
    string | null;
}

@ObjectType({ description: 'One shift: on `queue` outside its breaks and activities' })
export class ShiftModel {
  @Field(() => ID) id: string;
  @Field() agentId: string;
  @Field() templateId: string;
  @Field() queue: string;
  @Field(() => Int, { description: 'Minutes from the week’s Monday 00:00' }) startMinute: number;
  @Field(() => Int) endMinute: number;
  @Field({ description: 'ISO 8601 with the site offset' }) start: string;
  @Field() end: string;
  @Field(() => Float) paidHours: number;
  @Field(() => [ShiftPartModel]) breaks: ShiftPartModel[];
  @Field(() => [ShiftPartModel]) activities: ShiftPartModel[];
}

@ObjectType({ description: 'One agent’s week' })
export class ScheduleAgentModel {
  @Field() agentId: string;
  @Field() name: string;
  @Field(() => Int, { nullable: true }) teamId: number | null;
  @Field(() => Float) paidHours: number;
  @Field(() => [ShiftModel]) shifts: ShiftModel[];
}

@ObjectType({ description: 'Scheduled, skill-weighted staff against the requirement of one queue' })
export class QueueCoverageModel {
  @Field() queue: string;
  @Field(() => IntervalSeriesScalar, {
    description: 'Agents needed on the queue per interval (planning requirement)',
  })
  required: number[];
  @Field(() => IntervalSeriesScalar, { description: 'Skill-weighted staff on the queue per interval' })
  scheduled: number[];
  @Field(() => IntervalSeriesScalar, { description: 'max(0, required − scheduled)' }) under: number[];
  @Field(() => IntervalSeriesScalar, {
    description: 'Erlang C service level with the scheduled staff (whole agents); null without contacts',
  })
  predictedServiceLevel: (number | null)[];
  @Field(() => Float) requiredStaffHours: number;
  @Field(() => Float) scheduledStaffHours: number;
  @Field(() => Float) underStaffHours: number;
  @Field(() => Float) overStaffHours: number;
  @Field(() => Int, { description: 'Intervals with unmet demand' }) unmetIntervals: number;
  @Field(() => String, { nullable: true, description: 'Why the requirement is missing (e.g. no forecast)' })
  problem: string | null;
}

@ObjectType()
export class CoverageTotalsModel {
  @Field(() => Float) requiredStaffHours: number;
  @Field(() => Float) scheduledStaffHours: number;
  @Field(() => Float) underStaffHours: number;
  @Field(() => Float) overStaffHours: number;
}

@ObjectType({ description: 'Coverage per 15-minute interval of the week (index i = interval i from start)' })
export class ScheduleCoverageModel {
  @Field({ description: 'Start of interval 0, ISO 8601 with the site offset' }) start: string;
  @Field(() => Int) intervalMinutes: number;
  @Field(() => [QueueCoverageModel]) queues: QueueCoverageModel[];
  @Field(() => CoverageTotalsModel) totals: CoverageTotalsModel;
}

@ObjectType({ description: 'A rule the schedule breaks' })
export class ViolationModel {
  @Field() rule: string;
  @Field() agentId: string;
  @Field(() => String, { nullable: true }) shiftId: string | null;
  @Field() message: string;
}

@ObjectType({ description: 'How generation went: coverage, paid hours and the gap to the LP lower bound' })
export class GenerationFiguresModel {
  @Field(() => Int) agents: number;
  @Field(() => Int) shifts: number;
  @Field(() => Float) underCoverageStaffHours: number;
  @Field(() => Float) overCoverageStaffHours: number;
  @Field(() => Float) paidHours: number;
  @Field(() => Float, { description: 'No schedule can cover better: the covering model’s LP relaxation' })
  lowerBoundUnderStaffHours: number;
  @Field(() => Float, { description: 'underCoverage − lower bound, staff-hours' }) gapStaffHours: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Required staff-hours that no allowed shift reaches (e.g. a 24-hour queue’s night with only day templates): in both the under-coverage and the bound, whatever the schedule (null: generated before it was reported)',
  })
  unreachableStaffHours: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'gap / (lower bound − unreachable): the gap against the least under-coverage possible where agents can work; 0 when the gap is 0, null when only that bound is 0',
  })
  gapRatio: number | null;
  @Field(() => Float) seconds: number;
  @Field(() => Boolean, { description: 'Solved in a worker thread (off the request thread)' })
  inWorker: boolean;
  @Field(() => Int) unplacedActivities: number;
  @Field(() => [String], { description: 'Queues without a requirement, and why' }) warnings: string[];
}

@ObjectType({ description: 'A week’s schedule (GENERATING until the solver finishes)' })
export class ScheduleModel {
  @Field(() => ID) id: string;
  @Field() weekStart: string;
  @Field() timeZone: string;
  @Field(() => [String]) queues: string[];
  @Field({ description: 'GENERATING, READY, PUBLISHED, FAILED or CANCELLED' }) status: string;
  @Field() createdAt: string;
  @Field(() => Float, { nullable: true, description: 'Time the generation was given, seconds' })
  timeLimitSeconds: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'While GENERATING: seconds since it started (progress against timeLimitSeconds)',
  })
  elapsedSeconds: number | null;
  @Field(() => String, { nullable: true }) publishedAt: string | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field(() => GenerationFiguresModel, { nullable: true }) figures: GenerationFiguresModel | null;
  // agents, coverage and violations are resolved fields (ScheduleResolver).
}

@ObjectType({ description: 'An agent’s own published week (read-only)' })
export class MyScheduleModel {
  @Field(() => ID) scheduleId: string;
  @Field() weekStart: string;
  @Field() timeZone: string;
  @Field(() => String, { nullable: true }) publishedAt: string | null;
  @Field() agent: ScheduleAgentModel;
}

@ObjectType({
  description: 'Simulated service level of one queue per interval, beside Erlang C’s prediction',
})
export class QueueSimulationModel {
  @Field() queue: string;
  @Field(() => IntervalSeriesScalar, {
    description: 'Mean simulated service level per interval (0–1); null where no contact was offered',
  })
  serviceLevel: (number | null)[];
  @Field(() => IntervalSeriesScalar, { description: 'Low end of its confidence range' })
  low: (number | null)[];
  @Field(() => IntervalSeriesScalar, { description: 'High end of its confidence range' })
  high: (number | null)[];
  @Field(() => IntervalSeriesScalar, { description: 'Whole agents simulated per interval' })
  agents: number[];
  @Field(() => Float, { nullable: true, description: 'Service level of the whole week (mean)' })
  weekServiceLevel: number | null;
  @Field(() => Float, { nullable: true }) weekLow: number | null;
  @Field(() => Float, { nullable: true }) weekHigh: number | null;
}

@ObjectType({
  description:
    'A simulation check of a schedule (libs/simulator staffing plan): the scheduled staff of each queue with the forecast volumes and AHT, replicated; RUNNING until done',
})
export class ScheduleSimulationModel {
  @Field(() => ID) scheduleId: string;
  @Field({ description: 'RUNNING, READY or FAILED' }) status: string;
  @Field(() => Int) replications: number;
  @Field(() => Int) seed: number;
  @Field(() => Float, { description: 'Confidence level of the ranges (0.95)' }) confidence: number;
  @Field(() => Float, { nullable: true, description: 'Seconds the simulation took (READY)' })
  seconds: number | null;
  @Field(() => String, { nullable: true }) error: string | null;
  @Field({ description: 'Start of interval 0, ISO 8601 with the site offset' }) start: string;
  @Field(() => [QueueSimulationModel]) queues: QueueSimulationModel[];
}
