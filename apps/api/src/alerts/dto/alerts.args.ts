import { ArgsType, Field, ID, Int } from '@nestjs/graphql';
import { AGENT_STATES, type AgentState } from '@servicefloor/contracts';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  Matches,
  Max,
  Min,
} from 'class-validator';
import { AgentStateEnum } from '../../common/graphql-enums.js';
import { ALERT_RULES, type AlertRule } from '../alert-rules.js';
import { AlertRuleEnum } from '../models/alert.model.js';

@ArgsType()
export class AlertsArgs {
  @Field(() => Boolean, {
    nullable: true,
    description: 'true: active only; false: cleared only; omitted: both',
  })
  @IsOptional()
  @IsBoolean()
  active?: boolean;

  @Field(() => [ID], {
    nullable: true,
    description: 'Queue ids (Queue.id); queue alerts of these queues only',
  })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(/^\d+$/, { each: true, message: 'must be queue ids' })
  queueIds?: string[];

  @Field(() => Int, { nullable: true, description: 'Agent alerts of this team only' })
  @IsOptional()
  @IsInt()
  teamId?: number;

  @Field(() => [AlertRuleEnum], { nullable: true })
  @IsOptional()
  @IsIn(ALERT_RULES, { each: true })
  rules?: AlertRule[];

  @Field(() => String, { nullable: true, description: 'Raised at or after this time (ISO 8601 with offset)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  from?: string;

  @Field(() => String, { nullable: true, description: 'Raised before this time (ISO 8601 with offset)' })
  @IsOptional()
  @IsISO8601({ strict: true })
  to?: string;

  @Field(() => Int, { defaultValue: 100, description: 'Most alerts returned (newest first), 1–1000' })
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number;
}

@ArgsType()
export class SetAgentStateAlertLimitArgs {
  @Field(() => AgentStateEnum)
  @IsIn(AGENT_STATES)
  state: AgentState;

  @Field(() => Int, {
    nullable: true,
    description: 'Seconds (60 s – 7 days); null: never alert for this state',
  })
  @IsOptional()
  @IsInt()
  @Min(60)
  @Max(7 * 86_400)
  maxSeconds?: number | null;

  @Field(() => Boolean, { defaultValue: false, description: 'true: go back to the built-in default' })
  @IsBoolean()
  reset: boolean;
}
