import { ArgsType, Field } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString } from 'class-validator';
import { CHANNELS, GRANULARITIES, type Channel, type Granularity } from '@servicefloor/contracts';
import { ChannelEnum, GranularityEnum } from '../../common/graphql-enums.js';
import { IsLocalDate } from '../../common/local-date.js';

@ArgsType()
export class MetricsArgs {
  @Field({ description: "First local date, YYYY-MM-DD (inclusive, in each queue site's zone)" })
  @IsLocalDate()
  from: string;

  @Field({ description: 'Last local date, YYYY-MM-DD (inclusive)' })
  @IsLocalDate()
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
