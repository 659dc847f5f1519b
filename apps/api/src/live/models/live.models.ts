import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { AgentState, Channel } from '@servicefloor/contracts';
import { AgentStateEnum, ChannelEnum } from '../../common/graphql-enums.js';
import { ContactMetricsModel } from '../../metrics/models/contact-metrics.model.js';
import { AlertRuleEnum, type AlertRule } from '../../alerts/models/alert.model.js';
import { Alert } from '../../alerts/models/alert.model.js';

export const LIVE_UPDATE_KINDS = ['SNAPSHOT', 'CHANGES', 'HEARTBEAT'] as const;
export type LiveUpdateKind = (typeof LIVE_UPDATE_KINDS)[number];
export const LiveUpdateKindEnum = {
  SNAPSHOT: 'SNAPSHOT',
  CHANGES: 'CHANGES',
  HEARTBEAT: 'HEARTBEAT',
} as const;
registerEnumType(LiveUpdateKindEnum, {
  name: 'LiveUpdateKind',
  description:
    'SNAPSHOT: every item of the filter (replace what you hold); CHANGES: items that changed (merge by id); HEARTBEAT: items not pushed for 5 seconds, refreshed at serverTime so waits and times in state keep ticking (merge by id; every item comes at least every 5 s, and a filter with no items gets an empty HEARTBEAT every 5 s)',
});

@ObjectType({
  description:
    'Agents whose skills include the queue, by their latest state (agents with no state event yet count as loggedOut)',
})
export class LiveAgentCounts {
  @Field(() => Int) available: number;
  @Field(() => Int) onContact: number;
  @Field(() => Int) afterContactWork: number;
  @Field(() => Int) break: number;
  @Field(() => Int) meal: number;
  @Field(() => Int) training: number;
  @Field(() => Int) meeting: number;
  @Field(() => Int) other: number;
  @Field(() => Int) loggedOut: number;
  @Field(() => Int, { description: 'Every state but LOGGED_OUT' }) loggedIn: number;
  @Field(() => Int) total: number;
}

@ObjectType({ description: 'A claim desk now: its open claims and today so far' })
export class LiveClaims {
  @Field(() => Int, { description: 'Open claims (opened or reopened, not settled or rejected since)' })
  backlog: number;
  @Field(() => String, {
    nullable: true,
    description: 'First opening of the oldest open claim (ISO 8601, UTC)',
  })
  oldestOpenSince: string | null;
  @Field(() => Float, { description: 'Age of the oldest open claim, seconds at serverTime (0 when none)' })
  oldestOpenSeconds: number;
  @Field(() => Int) openedToday: number;
  @Field(() => Int, { description: 'Claims whose latest settlement fell today' }) settledToday: number;
  @Field(() => Int, { description: 'Of those, settled within the queue claim SLA' })
  settledWithinSlaToday: number;
  @Field(() => Float, { nullable: true, description: 'settledWithinSlaToday / settledToday' })
  settledInSlaRate: number | null;
  @Field(() => Int) claimSlaHours: number;
}

@ObjectType({ description: 'A queue now. Times are computed on the server clock at serverTime.' })
export class LiveQueue {
  @Field(() => ID, { description: 'The queue id (Queue.id)' }) id: string;
  @Field() name: string;
  @Field(() => ChannelEnum) channel: Channel;
  @Field(() => Int) siteId: number;
  @Field({ description: "IANA zone of the queue's site (today is cut in it)" }) timeZone: string;
  @Field(() => Float, { description: 'Service-level target, a fraction' }) slTarget: number;
  @Field(() => Int) slThresholdSeconds: number;
  @Field(() => Int, { nullable: true }) alertMaxDepth: number | null;
  @Field(() => Int, { nullable: true }) alertMaxWaitSeconds: number | null;
  @Field(() => Int, {
    description: 'Contacts waiting now: offered, not yet answered, abandoned or flowed out',
  })
  depth: number;
  @Field(() => Float, { description: 'Longest current wait, seconds (0 when nobody waits)' })
  longestWaitSeconds: number;
  @Field(() => String, {
    nullable: true,
    description: 'Offer time of the longest-waiting contact (ISO 8601, UTC); null when nobody waits',
  })
  oldestWaitingSince: string | null;
  @Field(() => LiveAgentCounts) agents: LiveAgentCounts;
  @Field({ description: "Today's local date in the site's zone, YYYY-MM-DD" }) todayDate: string;
  @Field(() => ContactMetricsModel, {
    description: "Today so far (site's zone), from the interval roll-ups (metrics.md definitions)",
  })
  today: ContactMetricsModel;
  @Field({ description: 'Start of the rolling window (ISO 8601, UTC): contacts offered since then' })
  last30MinutesFrom: string;
  @Field(() => ContactMetricsModel, { description: 'Contacts offered in the last 30 minutes' })
  last30Minutes: ContactMetricsModel;
  @Field(() => [AlertRuleEnum], { description: 'Rules with an active alert on this queue' })
  activeAlerts: AlertRule[];
  @Field(() => LiveClaims, { nullable: true, description: 'Claim desks only (null for other channels)' })
  claims: LiveClaims | null;
}

@ObjectType({ description: 'A list of live queues at one server time' })
export class LiveQueuesUpdate {
  @Field(() => LiveUpdateKindEnum) kind: LiveUpdateKind;
  @Field({ description: 'Server clock when the figures were computed (ISO 8601, UTC)' }) serverTime: string;
  @Field(() => [LiveQueue]) queues: LiveQueue[];
}

@ObjectType({ description: 'The contact an agent is connected to (answered, not completed)' })
export class LiveContact {
  @Field() contactId: string;
  @Field(() => ID, { nullable: true }) queueId: string | null;
  @Field(() => String, { nullable: true }) queue: string | null;
  @Field({ description: 'When it was answered (ISO 8601, UTC)' }) answeredAt: string;
  @Field(() => Float, { description: 'Seconds since it was answered, at serverTime' }) seconds: number;
}

@ObjectType({ description: 'An agent now. Times are computed on the server clock at serverTime.' })
export class LiveAgent {
  @Field(() => ID, { description: 'Agent.id' }) id: string;
  @Field({ description: 'The id events use' }) agentId: string;
  @Field() name: string;
  @Field(() => Int, { nullable: true }) teamId: number | null;
  @Field(() => [Int], { description: 'Queues the agent serves (skills)' }) queueIds: number[];
  @Field(() => AgentStateEnum, { description: 'Latest state; LOGGED_OUT when none was ever received' })
  state: AgentState;
  @Field(() => String, { nullable: true }) reason: string | null;
  @Field(() => String, { nullable: true, description: 'When the state began (ISO 8601, UTC)' }) since:
    string | null;
  @Field(() => Float, { nullable: true, description: 'Seconds in the state, at serverTime' })
  secondsInState: number | null;
  @Field(() => LiveContact, { nullable: true }) currentContact: LiveContact | null;
  @Field(() => AlertRuleEnum, {
    nullable: true,
    description: 'AGENT_STATE_DURATION while that alert is active',
  })
  activeAlert: AlertRule | null;
}

@ObjectType()
export class LiveAgentsUpdate {
  @Field(() => LiveUpdateKindEnum) kind: LiveUpdateKind;
  @Field({ description: 'Server clock when the figures were computed (ISO 8601, UTC)' }) serverTime: string;
  @Field(() => [LiveAgent]) agents: LiveAgent[];
}

@ObjectType()
export class LiveAlertsUpdate {
  @Field(() => LiveUpdateKindEnum, {
    description:
      'SNAPSHOT: the active alerts; CHANGES: alerts raised or cleared (clearedAt set); HEARTBEAT: no alerts, only serverTime',
  })
  kind: LiveUpdateKind;
  @Field() serverTime: string;
  @Field(() => [Alert]) alerts: Alert[];
}
