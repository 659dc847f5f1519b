import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgentState } from '@servicefloor/contracts';
import { AgentStateEnum } from '../../common/graphql-enums.js';
import { ALERT_RULES, type AlertRule } from '../alert-rules.js';

export type { AlertRule };
export const AlertRuleEnum = Object.fromEntries(ALERT_RULES.map((r) => [r, r])) as { [K in AlertRule]: K };
registerEnumType(AlertRuleEnum, {
  name: 'AlertRule',
  description:
    'SERVICE_LEVEL_TODAY / SERVICE_LEVEL_30_MIN: service level below the queue target (cleared at target + 2 points); QUEUE_DEPTH: more waiting than alertMaxDepth; LONGEST_WAIT: longest wait over alertMaxWaitSeconds (both cleared at 80 % of the limit); AGENT_STATE_DURATION: an agent in a state longer than its limit (cleared when the state changes)',
});

@ObjectType({ description: 'An alert from raise to clear' })
export class Alert {
  @Field(() => ID) id: string;
  @Field(() => AlertRuleEnum) rule: AlertRule;
  @Field(() => ID, { nullable: true, description: 'Queue.id of a queue rule' }) queueId: string | null;
  @Field(() => String, { nullable: true }) queue: string | null;
  @Field(() => String, { nullable: true, description: 'The agent (event id) of an agent rule' }) agentId:
    string | null;
  @Field(() => String, { nullable: true }) agentName: string | null;
  @Field(() => Int, { nullable: true }) teamId: number | null;
  @Field(() => AgentStateEnum, { nullable: true }) agentState: AgentState | null;
  @Field({ description: 'ISO 8601, UTC' }) raisedAt: string;
  @Field(() => String, { nullable: true, description: 'ISO 8601, UTC; null while active' }) clearedAt:
    string | null;
  @Field() active: boolean;
  @Field(() => Float, {
    description:
      'The figure when raised: a fraction for service level, contacts for depth, seconds for waits and states',
  })
  value: number;
  @Field(() => Float, { description: 'The limit it crossed (same unit)' }) threshold: number;
  @Field(() => Float, { nullable: true, description: 'The figure when cleared' }) clearedValue: number | null;
}

@ObjectType({ description: 'How long an agent may stay in a state before AGENT_STATE_DURATION is raised' })
export class AgentStateAlertLimit {
  @Field(() => AgentStateEnum) state: AgentState;
  @Field(() => Int, { nullable: true, description: 'Seconds; null: no alert for this state' })
  maxSeconds: number | null;
  @Field({ description: 'True when the built-in default is in force (no override stored)' })
  isDefault: boolean;
}
