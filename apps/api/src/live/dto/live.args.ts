import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { CHANNELS, type Channel } from '@servicefloor/contracts';
import { ArrayMaxSize, IsIn, IsInt, IsOptional, Matches } from 'class-validator';
import { ALERT_RULES, type AlertRule } from '../../alerts/alert-rules.js';
import { AlertRuleEnum } from '../../alerts/models/alert.model.js';
import { ChannelEnum } from '../../common/graphql-enums.js';

@InputType({ description: 'Which queues: every condition given must hold (all queues when empty)' })
export class LiveQueueFilter {
  @Field(() => [ID], { nullable: true, description: 'Queue ids (Queue.id)' })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(/^\d+$/, { each: true, message: 'must be queue ids' })
  queueIds?: string[];

  @Field(() => ChannelEnum, { nullable: true })
  @IsOptional()
  @IsIn(CHANNELS)
  channel?: Channel;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  siteId?: number;
}

@InputType({
  description:
    'Which alerts: queue alerts by queue and site; agent alerts by team, site and (with queueIds) the queues the agent serves',
})
export class LiveAlertFilter {
  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(/^\d+$/, { each: true, message: 'must be queue ids' })
  queueIds?: string[];

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  siteId?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  teamId?: number;

  @Field(() => [AlertRuleEnum], { nullable: true })
  @IsOptional()
  @IsIn(ALERT_RULES, { each: true })
  rules?: AlertRule[];
}
