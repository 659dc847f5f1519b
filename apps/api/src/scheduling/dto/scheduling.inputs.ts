import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import { IsLocalDate } from '../../common/local-date.js';

const CODE = /^[A-Za-z0-9_-]+$/;
const CODE_MESSAGE = { message: 'must be letters, digits, _ or -' };
const WEEK_MINUTES = 7 * 1440;

export const ACTIVITY_KINDS = ['training', 'meeting', 'coaching'] as const;
export const EDIT_KINDS = ['MOVE', 'RESIZE', 'SWAP', 'ADD_ACTIVITY'] as const;
export type EditKind = (typeof EDIT_KINDS)[number];

@InputType({ description: 'Generate a week of shifts for the agents of some queues' })
export class GenerateScheduleInput {
  @Field({ description: 'Monday of the week, local date YYYY-MM-DD' })
  @IsLocalDate()
  weekStart: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Queue names (default: every queue of the site, or every queue; claim desks are left out)',
  })
  @IsOptional()
  @IsString({ each: true })
  @ArrayMaxSize(200)
  queues?: string[];

  @Field(() => Int, { nullable: true, description: 'Every queue of this site (when queues is not given)' })
  @IsOptional()
  @IsInt()
  siteId?: number;

  @Field(() => Float, { defaultValue: 50, description: 'Time the solver aims to finish in, seconds (2–300)' })
  @IsNumber()
  @Min(2)
  @Max(300)
  timeLimitSeconds: number = 50;

  @Field(() => Int, {
    defaultValue: 1,
    description: 'Seed of the local search (same inputs and seed, same schedule)',
  })
  @IsInt()
  @Min(0)
  seed: number = 1;
}

@InputType()
export class ActivityBlockInput {
  @Field(() => String, { description: 'training, meeting or coaching' })
  @IsIn(ACTIVITY_KINDS)
  kind: (typeof ACTIVITY_KINDS)[number];

  @Field(() => Int, { description: 'Minutes from the week’s Monday 00:00' })
  @IsInt()
  @Min(0)
  @Max(WEEK_MINUTES)
  startMinute: number;

  @Field(() => Int, { description: 'Minutes from the week’s Monday 00:00' })
  @IsInt()
  @Min(0)
  @Max(WEEK_MINUTES + 1440)
  endMinute: number;
}

@InputType({
  description:
    'One edit of a shift: MOVE (startMinute), RESIZE (startMinute and/or endMinute), SWAP (otherShiftId), ADD_ACTIVITY (activity). Times are minutes from the week’s Monday 00:00.',
})
export class EditShiftInput {
  @Field(() => ID) @Matches(/^\d+$/, { message: 'must be a schedule id' }) scheduleId: string;
  @Field() @IsString() @Length(1, 300) shiftId: string;

  @Field(() => String, { description: 'MOVE, RESIZE, SWAP or ADD_ACTIVITY' })
  @IsIn(EDIT_KINDS)
  kind: EditKind;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1440)
  @Max(WEEK_MINUTES + 1440)
  startMinute?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(-1440)
  @Max(WEEK_MINUTES + 1440)
  endMinute?: number;

  @Field({ nullable: true }) @IsOptional() @IsString() @Length(1, 300) otherShiftId?: string;

  @Field(() => ActivityBlockInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActivityBlockInput)
  activity?: ActivityBlockInput;
}

@InputType()
export class BreakRuleInput {
  @Field() @Matches(CODE, CODE_MESSAGE) @Length(1, 64) id: string;
  @Field(() => String, { description: 'break or meal' }) @IsIn(['break', 'meal']) kind: 'break' | 'meal';
  @Field(() => Int) @IsInt() @Min(1) @Max(6) count: number;
  @Field(() => Int) @IsInt() @Min(15) @Max(120) lengthMinutes: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) earliestOffsetMinutes: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) latestOffsetMinutes: number;
  @Field() @IsBoolean() paid: boolean;
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(0) @Max(1440) minShiftMinutes?: number;
}

@InputType({ description: 'A shift template (created, or replaced when the code exists)' })
export class ShiftTemplateInput {
  @Field() @Matches(CODE, CODE_MESSAGE) @Length(1, 64) code: string;
  @Field(() => Int, { description: 'Minutes after local midnight' })
  @IsInt()
  @Min(0)
  @Max(1440)
  earliestStartMinutes: number;
  @Field(() => Int, { description: 'Minutes after local midnight' })
  @IsInt()
  @Min(0)
  @Max(1440)
  latestStartMinutes: number;
  @Field(() => Int, { defaultValue: 15 }) @IsInt() @IsIn([15, 30, 60]) startStepMinutes: number = 15;
  @Field(() => [Int])
  @IsInt({ each: true })
  @Min(60, { each: true })
  @Max(720, { each: true })
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  lengthsMinutes: number[];
  @Field(() => [Int], {
    nullable: true,
    description: 'Days it may be used (0 = Monday); every day when omitted',
  })
  @IsOptional()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  days?: number[];
  @Field(() => [BreakRuleInput])
  @ValidateNested({ each: true })
  @Type(() => BreakRuleInput)
  @ArrayMaxSize(6)
  breakRules: BreakRuleInput[];
}

@InputType({ description: 'A contract (created, or replaced when the code exists)' })
export class ContractInput {
  @Field() @Matches(CODE, CODE_MESSAGE) @Length(1, 64) code: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(80) minHoursPerWeek: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(80) maxHoursPerWeek: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(7) maxWorkingDays: number;
  @Field(() => Float) @IsNumber() @Min(0) @Max(24) minRestHours: number;
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  fixedDaysOff?: number[];
  @Field({ nullable: true, description: 'Make it the contract of agents without one' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}

@InputType({ description: 'An agent can work on `day` (0 = Monday) between these local minutes' })
export class WeeklyWindowInput {
  @Field(() => Int) @IsInt() @Min(0) @Max(6) day: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(1440) fromMinutes: number;
  @Field(() => Int) @IsInt() @Min(0) @Max(2880) toMinutes: number;
}

@InputType({ description: 'An agent’s contract, templates, availability and days off' })
export class AgentSchedulingInput {
  @Field() @IsString() @Length(1, 200) agentId: string;
  @Field({ nullable: true, description: 'null: the default contract' })
  @IsOptional()
  @IsString()
  contractCode?: string;
  @Field(() => [String], { nullable: true, description: 'null: every template' })
  @IsOptional()
  @IsString({ each: true })
  templateCodes?: string[];
  @Field(() => [WeeklyWindowInput], { nullable: true, description: 'null: any time' })
  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => WeeklyWindowInput)
  @ArrayMaxSize(50)
  availability?: WeeklyWindowInput[];
  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsInt({ each: true })
  @Min(0, { each: true })
  @Max(6, { each: true })
  fixedDaysOff?: number[];
}

@InputType({ description: 'Approved time off' })
export class TimeOffInput {
  @Field() @IsString() @Length(1, 200) agentId: string;
  @Field({ description: 'ISO 8601' }) @IsString() start: string;
  @Field({ description: 'ISO 8601' }) @IsString() end: string;
  @Field(() => Float, { nullable: true }) @IsOptional() @IsNumber() @Min(0) @Max(80) paidHours?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 200) note?: string;
}

@InputType({ description: 'A training, meeting or coaching to place inside the attendees’ shifts' })
export class ActivityRequestInput {
  @Field(() => String, { description: 'training, meeting or coaching' })
  @IsIn(ACTIVITY_KINDS)
  kind: (typeof ACTIVITY_KINDS)[number];
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 200) label?: string;
  @Field(() => [String]) @IsString({ each: true }) @ArrayMinSize(1) @ArrayMaxSize(1000) agentIds: string[];
  @Field(() => Int) @IsInt() @Min(15) @Max(480) lengthMinutes: number;
  @Field({ description: 'ISO 8601' }) @IsString() earliestStart: string;
  @Field({ description: 'ISO 8601' }) @IsString() latestEnd: string;
  @Field({ nullable: true, description: 'All attendees at the same time' })
  @IsOptional()
  @IsBoolean()
  together?: boolean;
}

@InputType({
  description:
    'A request for whole days off (local dates of the agent’s site, both included); a scheduler approves or refuses it',
})
export class TimeOffRequestInput {
  @Field({ nullable: true, description: 'The agent (an AGENT user asks for itself and leaves it out)' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  agentId?: string;
  @Field({ description: 'First day off, YYYY-MM-DD' }) @IsLocalDate() fromDate: string;
  @Field({ description: 'Last day off, YYYY-MM-DD (included)' }) @IsLocalDate() toDate: string;
  @Field(() => Float, { nullable: true, description: 'Paid hours it counts for (default 0)' })
  @IsOptional()
  @IsNumber()
  @Min(0)
  @Max(80)
  paidHours?: number;
  @Field({ nullable: true }) @IsOptional() @IsString() @Length(0, 200) note?: string;
}

export const TIME_OFF_DECISIONS = ['APPROVED', 'REFUSED'] as const;

@InputType({ description: 'A scheduler’s answer to a time-off request' })
export class DecideTimeOffInput {
  @Field(() => ID) @Matches(/^\d+$/, { message: 'must be a time-off id' }) id: string;
  @Field(() => String, { description: 'APPROVED or REFUSED' })
  @IsIn(TIME_OFF_DECISIONS)
  decision: (typeof TIME_OFF_DECISIONS)[number];
}
