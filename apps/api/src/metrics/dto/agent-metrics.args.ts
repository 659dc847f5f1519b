import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString, Matches } from 'class-validator';
import { GRANULARITIES, type Granularity } from '@servicefloor/contracts';
import { GranularityEnum } from '../../common/graphql-enums.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class AgentMetricsArgs {
  @Field() @Matches(DATE, { message: 'must be YYYY-MM-DD' }) from: string;
  @Field() @Matches(DATE, { message: 'must be YYYY-MM-DD' }) to: string;
  @Field(() => GranularityEnum, { defaultValue: 'DAY' }) @IsIn(GRANULARITIES) granularity: Granularity;
  @Field(() => [Int], {
    nullable: true,
    description: 'Teams; all when omitted. With exactly one team, its agents are listed too.',
  })
  @IsOptional()
  @IsInt({ each: true })
  teamIds?: number[];
  @Field(() => [String], { nullable: true, description: 'Agents to list individually' })
  @IsOptional()
  @IsString({ each: true })
  agentIds?: string[];
}

@ArgsType()
export class ClaimMetricsArgs {
  @Field() @Matches(DATE, { message: 'must be YYYY-MM-DD' }) from: string;
  @Field() @Matches(DATE, { message: 'must be YYYY-MM-DD' }) to: string;
  @Field(() => GranularityEnum, { defaultValue: 'DAY' }) @IsIn(GRANULARITIES) granularity: Granularity;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsString({ each: true }) queues?: string[];
}
