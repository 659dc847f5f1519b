import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Channel } from '@servicefloor/contracts';
import { ChannelEnum } from '../../common/graphql-enums.js';
import { PlanningMessageModel } from './forecast.models.js';
import { ForecastSourceEnum, type ForecastSource } from './planning-enums.js';
import { IntervalSeriesScalar } from './interval-series.scalar.js';

@ObjectType({ description: "Today's re-forecast of one queue: actuals so far re-scale the rest of the day" })
export class QueueIntraday {
  @Field() queue: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field() timeZone: string;
  @Field({ description: 'The local date (today at asOf)' }) date: string;
  @Field({ description: 'Start of the day, ISO 8601; interval i starts i × 15 minutes later' }) start: string;
  @Field(() => Int, { description: 'Intervals of the day (96; 92 or 100 on a DST change)' })
  intervalCount: number;
  @Field(() => Int, { description: 'Intervals completed so far = index of the current interval' })
  nowIndex: number;
  @Field(() => ForecastSourceEnum) forecastSource: ForecastSource;
  @Field(() => ID, { nullable: true }) snapshotId: number | null;
  @Field(() => Float, { description: 'Factor applied to the rest of the day (damped, clamped to 0.5–2)' })
  ratio: number;
  @Field(() => Float, { nullable: true, description: 'Σ actual / Σ forecast so far, undamped' }) rawRatio:
    number | null;
  @Field(() => Float) actualSoFar: number;
  @Field(() => Float) forecastSoFar: number;
  @Field(() => IntervalSeriesScalar, { description: "The day's forecast per interval" }) forecast: number[];
  @Field(() => IntervalSeriesScalar, {
    description: 'Actuals for completed intervals, then the re-scaled forecast',
  })
  reforecast: number[];
  @Field(() => IntervalSeriesScalar, {
    description: 'Actual contacts offered per completed interval (nowIndex values)',
  })
  actual: number[];
  @Field(() => IntervalSeriesScalar, { description: 'Forecast AHT per interval, seconds' })
  ahtSeconds: (number | null)[];
  @Field(() => IntervalSeriesScalar, { description: 'Agents needed per interval for the re-forecast volume' })
  requiredAgents: number[];
  @Field(() => IntervalSeriesScalar, { description: 'Agents needed per interval for the original forecast' })
  plannedAgents: number[];
  @Field(() => PlanningMessageModel, { nullable: true }) explanation: PlanningMessageModel | null;
  @Field(() => String, { nullable: true }) problem: string | null;
}

@ObjectType()
export class IntradayReport {
  @Field({ description: 'The instant the figures are as of, ISO 8601 UTC' }) asOf: string;
  @Field(() => [QueueIntraday]) queues: QueueIntraday[];
}

@ObjectType({ description: 'Agents of a queue in one state right now' })
export class StateCount {
  @Field() state: string;
  @Field(() => Int) agents: number;
}

@ObjectType({ description: 'Required against available agents in one interval of the next hours' })
export class GapInterval {
  @Field({ description: 'ISO 8601 with the site offset' }) start: string;
  @Field() end: string;
  @Field({ description: 'e.g. 09:00–09:15' }) label: string;
  @Field(() => Float, { description: 'Re-forecast contacts' }) volume: number;
  @Field(() => Int) required: number;
  @Field(() => Float, {
    nullable: true,
    description:
      'Skill-weighted staff the published schedule puts on the queue (breaks and activities off); null: no published schedule covers the interval',
  })
  scheduled: number | null;
  @Field(() => Int, {
    description: 'Logged in and available for the queue now (AVAILABLE, ON_CONTACT, AFTER_CONTACT_WORK)',
  })
  available: number;
  @Field(() => Int, { description: 'available − required (negative: short)' }) gap: number;
  @Field(() => PlanningMessageModel) explanation: PlanningMessageModel;
}

@ObjectType({ description: 'The staffing gap of one queue over the next hours' })
export class QueueStaffingGap {
  @Field() queue: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field() timeZone: string;
  @Field(() => Int, { description: 'Agents with a skill for the queue in any state but LOGGED_OUT' })
  agentsLoggedIn: number;
  @Field(() => Int, { description: 'Of those, on the phones: AVAILABLE, ON_CONTACT or AFTER_CONTACT_WORK' })
  agentsAvailable: number;
  @Field(() => Int, {
    description: 'Of the available ones, agents who also serve other queues (counted in each)',
  })
  agentsShared: number;
  @Field(() => [StateCount]) agentsByState: StateCount[];
  @Field(() => Float, { description: 'The intraday re-forecast factor applied' }) ratio: number;
  @Field(() => [GapInterval]) intervals: GapInterval[];
  @Field(() => Int, { nullable: true, description: 'The smallest gap over the intervals (negative: short)' })
  worstGap: number | null;
  @Field(() => String, { nullable: true }) problem: string | null;
}

@ObjectType()
export class StaffingGapReport {
  @Field({ description: 'ISO 8601 UTC' }) asOf: string;
  @Field({
    description:
      'True when a published schedule covers any of the intervals (their `scheduled` is then given); the gap compares with agents logged in now either way',
  })
  schedulesExist: boolean;
  @Field(() => PlanningMessageModel) note: PlanningMessageModel;
  @Field(() => [QueueStaffingGap]) queues: QueueStaffingGap[];
}
