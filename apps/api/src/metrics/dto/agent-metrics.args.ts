import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsIn, IsInt, IsOptional, IsString } from 'class-validator';
import { GRANULARITIES, type Granularity } from '@servicefloor/contracts';
import { GranularityEnum } from '../../common/graphql-enums.js';
import { IsLocalDate } from '../../common/local-date.js';

@ArgsType()
export class AgentMetricsArgs {
  @Field() @IsLocalDate() from: string;
  @Field() @IsLocalDate() to: string;
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
  @Field() @IsLocalDate() from: string;
  @Field() @IsLocalDate() to: string;
  @Field(() => GranularityEnum, { defaultValue: 'DAY' }) @IsIn(GRANULARITIES) granularity: Granularity;
  @Field(() => [String], { nullable: true }) @IsOptional() @IsString({ each: true }) queues?: string[];
}
