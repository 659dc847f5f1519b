import { ArgsType, Field, Float, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
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
import {
  ASSESSMENT_METRICS,
  DIRECTIONS,
  SCORING_RULES,
  type AssessmentMetric,
  type Direction,
  type ScoringRule,
} from '@servicefloor/assessment';
import { AssessmentMetricEnum, DirectionEnum, ScoringRuleEnum } from '../models/assessment-enums.js';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const MONTH_MESSAGE = 'must be a month, YYYY-MM';
const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

@InputType()
export class CriterionInput {
  @Field()
  @IsString()
  @Matches(/^[a-z0-9-]{1,40}$/, { message: 'must be 1–40 of a–z, 0–9 and -' })
  key: string;
  @Field(() => AssessmentMetricEnum) @IsIn(ASSESSMENT_METRICS) metric: AssessmentMetric;
  @Field(() => String, { nullable: true }) @IsOptional() @IsIn(['HOTLINE', 'ONLINE']) channel?: string | null;
  @Field(() => Float) @IsNumber() @Min(-1) @Max(100_000) target: number;
  @Field(() => DirectionEnum) @IsIn(DIRECTIONS) direction: Direction;
  @Field(() => Float) @IsNumber() @Min(0.1, { message: 'must be at least 0.1' }) @Max(1000) weight: number;
  @Field(() => ScoringRuleEnum) @IsIn(SCORING_RULES) scoring: ScoringRule;
}

@InputType({ description: 'An assessment set to create (no id) or replace' })
export class SaveAssessmentSetInput {
  @Field(() => Int, { nullable: true }) @IsOptional() @IsInt() @Min(1) id?: number | null;
  @Field() @IsString() @Length(1, 200) name: string;
  @Field(() => [CriterionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(40)
  @ValidateNested({ each: true })
  @Type(() => CriterionInput)
  criteria: CriterionInput[];
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  fromMonth?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  toMonth?: string | null;
}

@ArgsType()
export class ScorecardArgs {
  @Field(() => Int, { defaultValue: 0, description: '0: the default set' }) @IsInt() @Min(0) setId: number;
  @Field(() => String, {
    nullable: true,
    description: 'First month YYYY-MM (default: 6 complete months back)',
  })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last month YYYY-MM' })
  @IsOptional()
  @Matches(MONTH, { message: MONTH_MESSAGE })
  to?: string | null;
}

@ArgsType()
export class DrillDownArgs {
  @Field(() => Int, { defaultValue: 0 }) @IsInt() @Min(0) setId: number;
  @Field({ description: 'Criterion key' }) @IsString() @Length(1, 40) criterion: string;
  @Field() @Matches(MONTH, { message: MONTH_MESSAGE }) month: string;
  @Field(() => String, { nullable: true, description: 'Narrow to one queue' })
  @IsOptional()
  @IsString()
  queue?: string | null;
  @Field(() => Int, { nullable: true, description: 'List the agents of this team' })
  @IsOptional()
  @IsInt()
  teamId?: number | null;
  @Field(() => String, {
    nullable: true,
    description: 'Schedule adherence: list this agent’s days with adherent and scheduled minutes',
  })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  agentId?: string | null;
}

@ArgsType()
export class GapArgs {
  @Field() @Matches(MONTH, { message: MONTH_MESSAGE }) month: string;
  @Field(() => String, { nullable: true, description: 'A day of the month to split interval by interval' })
  @IsOptional()
  @IsLocalDate()
  date?: string | null;
}

@ArgsType()
export class RecordsArgs {
  @Field(() => Int, { defaultValue: 50 }) @IsInt() @Min(1) @Max(500) limit: number;
}

@InputType()
export class QaCriterionInput {
  @Field() @IsString() @Length(1, 100) name: string;
  @Field(() => Float) @IsNumber() @Min(0) @Max(100) weight: number;
  @Field(() => Float)
  @IsNumber()
  @Min(0, { message: 'must be 0–100' })
  @Max(100, { message: 'must be 0–100' })
  score: number;
}

@InputType({ description: 'A quality evaluation: a form of weighted criteria for an agent or a contact' })
export class QualityEvaluationInput {
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) agentId?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) contactId?:
    string | null;
  @Field({ description: 'ISO 8601 with offset' })
  @Matches(ISO_WITH_OFFSET, { message: 'must be an ISO 8601 time with an offset' })
  occurredAt: string;
  @Field() @IsString() @Length(1, 200) evaluator: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) form?: string | null;
  @Field(() => [QaCriterionInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => QaCriterionInput)
  criteria: QaCriterionInput[];
}

@InputType({ description: 'A training session of an agent' })
export class TrainingSessionInput {
  @Field() @IsString() @Length(1, 200) agentId: string;
  @Field({ description: 'ISO 8601 with offset' })
  @Matches(ISO_WITH_OFFSET, { message: 'must be an ISO 8601 time with an offset' })
  occurredAt: string;
  @Field(() => Float) @IsNumber() @Min(0.25, { message: 'must be at least 0.25' }) @Max(24) hours: number;
  @Field() @IsString() @Length(1, 200) topic: string;
}
