import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { CHANNELS, GRANULARITIES, type Channel, type Granularity } from '@servicefloor/contracts';
import { ChannelEnum, GranularityEnum } from '../../common/graphql-enums.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@ArgsType()
export class MetricsArgs {
  @Field({ description: "First local date, YYYY-MM-DD (inclusive, in each queue site's zone)" })
  @Matches(DATE, { message: 'must be YYYY-MM-DD' })
  from: string;

  @Field({ description: 'Last local date, YYYY-MM-DD (inclusive)' })
  @Matches(DATE, { message: 'must be YYYY-MM-DD' })
  to: string;

  @Field(() => GranularityEnum, { defaultValue: 'DAY' })
  @IsIn(GRANULARITIES)
  granularity: Granularity;

  @Field(() => [String], { nullable: true, description: 'Queue names; all queues when omitted' })
  @IsOptional()
  @IsString({ each: true })
  queues?: string[];

  @Field(() => ChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;
}
