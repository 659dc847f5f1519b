import { Field, Float, ID, InputType, Int, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsNumber,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { CHANNELS, type Channel } from '@servicefloor/contracts';
import { FORECAST_METHODS } from '@servicefloor/forecast';
import { ChannelEnum } from '../../common/graphql-enums.js';
import {
  ForecastMethodChoiceEnum,
  PatienceModeEnum,
  type ForecastMethodChoice,
  type PatienceMode,
} from '../models/planning-enums.js';
import { IsLocalDate } from '../../common/local-date.js';

@InputType({ description: 'What to forecast and how' })
export class ForecastInput {
  @Field(() => [String], { nullable: true, description: 'Queue names; every queue when omitted' })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(500)
  queues?: string[];

  @Field({
    nullable: true,
    description: "First local day to forecast, YYYY-MM-DD (default: today in each queue's zone)",
  })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @Field(() => Int, { defaultValue: 4, description: 'Weeks to forecast, 1–6' })
  @IsInt()
  @Min(1)
  @Max(6)
  horizonWeeks: number = 4;

  @Field(() => ForecastMethodChoiceEnum, { defaultValue: 'auto' })
  @IsIn(['auto', ...FORECAST_METHODS])
  method: ForecastMethodChoice = 'auto';

  @Field(() => Int, { defaultValue: 4, description: 'k of the k-week average, 1–12' })
  @IsInt()
  @Min(1)
  @Max(12)
  averageWeeks: number = 4;

  @Field(() => Int, {
    defaultValue: 26,
    description: 'Weeks of history to learn from (less when the queue is younger), 2–104',
  })
  @IsInt()
  @Min(2)
  @Max(104)
  historyWeeks: number = 26;

  @Field(() => Float, { defaultValue: 0.8, description: 'Coverage of the prediction intervals, 0.5–0.99' })
  @IsNumber()
  @Min(0.5)
  @Max(0.99)
  level: number = 0.8;

  @Field({
    defaultValue: true,
    description: 'Apply the stored special days (and leave them out of the history)',
  })
  @IsBoolean()
  useSpecialDays: boolean = true;
}

@InputType()
export class SaveForecastSnapshotInput {
  @Field() @IsString() @Length(1, 200) label: string;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 2000) note?: string;
  @Field(() => ForecastInput, {
    nullable: true,
    description: 'The forecast to save (defaults as for planningForecast)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ForecastInput)
  forecast?: ForecastInput;
}

@InputType()
export class SpecialDayInput {
  @Field({ description: 'First local day, YYYY-MM-DD' }) @IsLocalDate() from: string;
  @Field({ nullable: true, description: 'Last local day (default: from)' })
  @IsOptional()
  @IsLocalDate()
  to?: string;
  @Field(() => Float, {
    description: 'Forecast volume multiplier, 0–20 (1: only leave the days out of the history)',
  })
  @IsNumber()
  @Min(0)
  @Max(20)
  multiplier: number;
  @Field() @IsString() @Length(1, 200) label: string;
  @Field(() => String, { nullable: true, description: 'Queue name (omit for every queue)' })
  @IsOptional()
  @IsString()
  queue?: string | null;
  @Field(() => ChannelEnum, { nullable: true, description: 'Channel (omit for every channel)' })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel | null;
}

@InputType()
export class UpdateSpecialDayInput extends PartialType(SpecialDayInput) {}

@InputType({
  description: "Changes to a queue's planning settings; omitted fields keep their value, null clears",
})
export class PlanningSettingsInput {
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(0.95) shrinkage?: number;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0.3) @Max(1) maxOccupancy?:
    number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(1) @Max(86_400) targetAsaSeconds?:
    number | null;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(1) @Max(86_400) patienceSeconds?:
    number | null;
  @Field(() => PatienceModeEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.keys(PatienceModeEnum))
  patienceMode?: PatienceMode;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(0.5)
  @Max(24)
  claimHoursPerDay?: number;
  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(86_400)
  claimHandleSeconds?: number;
}

@InputType({ description: 'What-if overrides: the requirement is recomputed at once, nothing is written' })
export class WhatIfInput {
  @Field(() => Float, {
    nullable: true,
    description: 'Relative volume change, e.g. 0.1 = +10 %, −0.2 = −20 % (−0.95…5)',
  })
  @IsOptional()
  @IsNumber()
  @Min(-0.95)
  @Max(5)
  volumeChange?: number;

  @Field(() => Float, { nullable: true, description: 'Relative AHT change, e.g. 0.05 = +5 % (−0.9…5)' })
  @IsOptional()
  @IsNumber()
  @Min(-0.9)
  @Max(5)
  ahtChange?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'AHT in seconds for every interval, instead of the forecast',
  })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(86_400)
  ahtSeconds?: number;

  @Field(() => Float, { nullable: true, description: 'Service-level target, 0.05–0.999' })
  @IsOptional()
  @IsNumber()
  @Min(0.05)
  @Max(0.999)
  targetServiceLevel?: number;

  @Field(() => Int, { nullable: true, description: 'Service-level threshold T, seconds' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  thresholdSeconds?: number;

  @Field(() => Float, { nullable: true, description: 'Shrinkage, 0–0.95' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(0.95)
  shrinkage?: number;

  @Field(() => Float, { nullable: true, description: 'Occupancy cap, 0.3–1' })
  @IsOptional()
  @IsNumber()
  @Min(0.3)
  @Max(1)
  maxOccupancy?: number;

  @Field(() => Float, { nullable: true, description: 'ASA target, seconds' })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(86_400)
  targetAsaSeconds?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Claim desk: claims already open to clear in the first day’s SLA window',
  })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(10_000_000)
  claimBacklog?: number;
}

@InputType({
  description: 'Requirements from a saved snapshot (snapshotId) or a forecast computed now (forecast)',
})
export class StaffingRequirementsInput {
  @Field(() => ID, { nullable: true, description: 'A saved forecast snapshot' })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'must be a snapshot id' })
  snapshotId?: string;

  @Field(() => ForecastInput, {
    nullable: true,
    description: 'Forecast options when no snapshot is given (defaults as for planningForecast)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ForecastInput)
  forecast?: ForecastInput;

  @Field(() => [String], {
    nullable: true,
    description: 'Queue names (default: every queue of the forecast)',
  })
  @IsOptional()
  @IsString({ each: true })
  queues?: string[];

  @Field({ nullable: true, description: 'First local day to compute (default: the forecast’s first)' })
  @IsOptional()
  @IsLocalDate()
  from?: string;

  @Field({
    nullable: true,
    description: 'Last local day to compute, inclusive (default: the forecast’s last)',
  })
  @IsOptional()
  @IsLocalDate()
  to?: string;

  @Field(() => WhatIfInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WhatIfInput)
  whatIf?: WhatIfInput;
}

@InputType({
  description: 'Values to sweep; each list replaces the base value (cartesian product, at most 10,000 rows)',
})
export class WhatIfVariationsInput {
  @Field(() => [Float], { nullable: true, description: 'Relative volume changes, each > −1' })
  @IsOptional()
  @IsNumber({}, { each: true })
  @Min(-0.95, { each: true })
  @Max(5, { each: true })
  @ArrayMaxSize(50)
  volumeChange?: number[];

  @Field(() => [Float], { nullable: true })
  @IsOptional()
  @IsNumber({}, { each: true })
  @Min(1, { each: true })
  @Max(86_400, { each: true })
  @ArrayMaxSize(50)
  ahtSeconds?: number[];

  @Field(() => [Float], { nullable: true })
  @IsOptional()
  @IsNumber({}, { each: true })
  @Min(0.05, { each: true })
  @Max(0.999, { each: true })
  @ArrayMaxSize(50)
  targetServiceLevel?: number[];

  @Field(() => [Float], { nullable: true })
  @IsOptional()
  @IsNumber({}, { each: true })
  @Min(0, { each: true })
  @Max(0.95, { each: true })
  @ArrayMaxSize(50)
  shrinkage?: number[];
}

@InputType({
  description: 'One interval from numbers you give; a queue fills in its targets and planning settings',
})
export class StaffingCalculatorInput {
  @Field(() => String, {
    nullable: true,
    description: 'Take the target, threshold, shrinkage, occupancy cap and patience from this queue',
  })
  @IsOptional()
  @IsString()
  queue?: string;

  @Field(() => ChannelEnum, {
    nullable: true,
    description: 'Wording of the sentence (default: the queue’s, else HOTLINE)',
  })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @Field(() => Float, { description: 'Contacts offered in the interval' })
  @IsNumber()
  @Min(0)
  @Max(1_000_000)
  volume: number;

  @Field(() => Int, { defaultValue: 15, description: 'Interval length, minutes' })
  @IsInt()
  @Min(1)
  @Max(1440)
  intervalMinutes: number = 15;

  @Field(() => Float, { description: 'Average handle time, seconds' })
  @IsNumber()
  @Min(1)
  @Max(86_400)
  ahtSeconds: number;

  @Field(() => Float, { nullable: true, description: 'Required unless a queue is given' })
  @IsOptional()
  @IsNumber()
  @Min(0.05)
  @Max(0.999)
  targetServiceLevel?: number;

  @Field(() => Int, { nullable: true, description: 'Required unless a queue is given' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(86_400)
  thresholdSeconds?: number;

  @Field(() => Float, { nullable: true, description: 'Default: the queue’s, else 0.3' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(0.95)
  shrinkage?: number;

  @Field(() => Float, { nullable: true, description: 'Default: the queue’s, else none' })
  @IsOptional()
  @IsNumber()
  @Min(0.3)
  @Max(1)
  maxOccupancy?: number;

  @Field(() => Float, { nullable: true })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(86_400)
  targetAsaSeconds?: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Mean patience, seconds: Erlang A beside Erlang C (default: the queue’s known or estimated patience)',
  })
  @IsOptional()
  @IsNumber()
  @Min(1)
  @Max(86_400)
  patienceSeconds?: number;

  @Field(() => WhatIfVariationsInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WhatIfVariationsInput)
  variations?: WhatIfVariationsInput;
}

@InputType()
export class IntradayInput {
  @Field(() => [String], { nullable: true, description: 'Queue names; every queue when omitted' })
  @IsOptional()
  @IsString({ each: true })
  queues?: string[];

  @Field({
    nullable: true,
    description: 'The instant to evaluate at, ISO 8601 (default: now); replays a past day',
  })
  @IsOptional()
  @IsString()
  asOf?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      "The snapshot whose forecast is re-scaled (default: the latest snapshot covering today, else today's forecast)",
  })
  @IsOptional()
  @Matches(/^\d+$/, { message: 'must be a snapshot id' })
  snapshotId?: string;
}

@InputType()
export class StaffingGapInput extends IntradayInput {
  @Field(() => Int, { defaultValue: 2, description: 'Hours ahead, 1–8' })
  @IsInt()
  @Min(1)
  @Max(8)
  hours: number = 2;
}
