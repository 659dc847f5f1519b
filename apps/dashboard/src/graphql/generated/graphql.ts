/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type AgentState =
  | 'AFTER_CONTACT_WORK'
  | 'AVAILABLE'
  | 'BREAK'
  | 'LOGGED_OUT'
  | 'MEAL'
  | 'MEETING'
  | 'ON_CONTACT'
  | 'OTHER'
  | 'TRAINING';

/** SERVICE_LEVEL_TODAY / SERVICE_LEVEL_30_MIN: service level below the queue target (cleared at target + 2 points); QUEUE_DEPTH: more waiting than alertMaxDepth; LONGEST_WAIT: longest wait over alertMaxWaitSeconds (both cleared at 80 % of the limit); AGENT_STATE_DURATION: an agent in a state longer than its limit (cleared when the state changes) */
export type AlertRule =
  | 'AGENT_STATE_DURATION'
  | 'LONGEST_WAIT'
  | 'QUEUE_DEPTH'
  | 'SERVICE_LEVEL_30_MIN'
  | 'SERVICE_LEVEL_TODAY';

/** The target that sets the number of agents: with one agent fewer it would be missed */
export type BindingTarget =
  | 'ASA'
  | 'OCCUPANCY'
  | 'SERVICE_LEVEL'
  | 'STABILITY';

/** A front line: phone, chat/web, claim settlements */
export type Channel =
  | 'CLAIM_DESK'
  | 'HOTLINE'
  | 'ONLINE';

export type CreateAgentInput = {
  agentId: string;
  name: string;
  skills?: Array<SkillInput> | null | undefined;
  teamId?: number | null | undefined;
};

export type CreateQueueInput = {
  alertMaxDepth?: number | null | undefined;
  alertMaxWaitSeconds?: number | null | undefined;
  channel: Channel;
  claimSlaHours?: number | null | undefined;
  name: string;
  shortAbandonSeconds?: number | null | undefined;
  siteId: number;
  slTarget?: number | null | undefined;
  slThresholdSeconds?: number | null | undefined;
  slVariant?: ServiceLevelVariant | null | undefined;
};

export type CreateSiteInput = {
  name: string;
  timeZone: string;
};

export type CreateTeamInput = {
  name: string;
  siteId: number;
};

export type CreateUserInput = {
  agentId?: string | null | undefined;
  displayName: string;
  role: Role;
  username: string;
};

/** What to forecast and how */
export type ForecastInput = {
  /** k of the k-week average, 1–12 */
  averageWeeks?: number;
  /** First local day to forecast, YYYY-MM-DD (default: today in each queue's zone) */
  from?: string | null | undefined;
  /** Weeks of history to learn from (less when the queue is younger), 2–104 */
  historyWeeks?: number;
  /** Weeks to forecast, 1–6 */
  horizonWeeks?: number;
  /** Coverage of the prediction intervals, 0.5–0.99 */
  level?: number;
  method?: ForecastMethodChoice;
  /** Queue names; every queue when omitted */
  queues?: Array<string> | null | undefined;
  /** Apply the stored special days (and leave them out of the history) */
  useSpecialDays?: boolean;
};

/** SEASONAL_NAIVE: same interval last week; WEEKLY_AVERAGE: mean of the same interval over the last k weeks; HOLT_WINTERS_ADDITIVE / HOLT_WINTERS_MULTIPLICATIVE: double-seasonal (day and week) exponential smoothing with trend */
export type ForecastMethod =
  | 'HOLT_WINTERS_ADDITIVE'
  | 'HOLT_WINTERS_MULTIPLICATIVE'
  | 'SEASONAL_NAIVE'
  | 'WEEKLY_AVERAGE';

/** A ForecastMethod, or AUTO: the method with the lowest back-test WAPE (ties to the simpler) */
export type ForecastMethodChoice =
  | 'AUTO'
  | 'HOLT_WINTERS_ADDITIVE'
  | 'HOLT_WINTERS_MULTIPLICATIVE'
  | 'SEASONAL_NAIVE'
  | 'WEEKLY_AVERAGE';

export type Granularity =
  | 'DAY'
  | 'INTERVAL'
  | 'MONTH'
  | 'WEEK';

/** Which alerts: queue alerts by queue and site; agent alerts by team, site and (with queueIds) the queues the agent serves */
export type LiveAlertFilter = {
  queueIds?: Array<string | number> | null | undefined;
  rules?: Array<AlertRule> | null | undefined;
  siteId?: number | null | undefined;
  teamId?: number | null | undefined;
};

/** Which queues: every condition given must hold (all queues when empty) */
export type LiveQueueFilter = {
  channel?: Channel | null | undefined;
  /** Queue ids (Queue.id) */
  queueIds?: Array<string | number> | null | undefined;
  siteId?: number | null | undefined;
};

/** SNAPSHOT: every item of the filter (replace what you hold); CHANGES: items that changed (merge by id); HEARTBEAT: items not pushed for 5 seconds, refreshed at serverTime so waits and times in state keep ticking (merge by id; every item comes at least every 5 s, and a filter with no items gets an empty HEARTBEAT every 5 s) */
export type LiveUpdateKind =
  | 'CHANGES'
  | 'HEARTBEAT'
  | 'SNAPSHOT';

/** KNOWN: set for the queue; ESTIMATED: from abandon and answer waits of the last 4 weeks; NONE: Erlang C */
export type PatienceSource =
  | 'ESTIMATED'
  | 'KNOWN'
  | 'NONE';

export type Role =
  | 'ADMIN'
  | 'AGENT'
  | 'EXECUTIVE'
  | 'MANAGER'
  | 'SCHEDULER';

export type SaveForecastSnapshotInput = {
  /** The forecast to save (defaults as for planningForecast) */
  forecast?: ForecastInput | null | undefined;
  label: string;
  note?: string | null | undefined;
};

/** DEFAULT: within T / (answered + abandoned + flowed out − short abandoned); ANSWERED_ONLY: within T / answered; OFFERED: within T / offered; EXCLUDE_FLOWED_OUT: DEFAULT without flowed out */
export type ServiceLevelVariant =
  | 'ANSWERED_ONLY'
  | 'DEFAULT'
  | 'EXCLUDE_FLOWED_OUT'
  | 'OFFERED';

export type SkillInput = {
  proficiency: number;
  queueId: number;
};

/** One interval from numbers you give; a queue fills in its targets and planning settings */
export type StaffingCalculatorInput = {
  /** Average handle time, seconds */
  ahtSeconds: number;
  /** Wording of the sentence (default: the queue’s, else HOTLINE) */
  channel?: Channel | null | undefined;
  /** Interval length, minutes */
  intervalMinutes?: number;
  /** Default: the queue’s, else none */
  maxOccupancy?: number | null | undefined;
  /** Mean patience, seconds: Erlang A beside Erlang C (default: the queue’s known or estimated patience) */
  patienceSeconds?: number | null | undefined;
  /** Take the target, threshold, shrinkage, occupancy cap and patience from this queue */
  queue?: string | null | undefined;
  /** Default: the queue’s, else 0.3 */
  shrinkage?: number | null | undefined;
  targetAsaSeconds?: number | null | undefined;
  /** Required unless a queue is given */
  targetServiceLevel?: number | null | undefined;
  /** Required unless a queue is given */
  thresholdSeconds?: number | null | undefined;
  variations?: WhatIfVariationsInput | null | undefined;
  /** Contacts offered in the interval */
  volume: number;
};

/** ERLANG_C: no abandonment; ERLANG_A: with abandonment (mean patience known or estimated); CLAIM_DESK: deferred work settled within its SLA window */
export type StaffingModel =
  | 'CLAIM_DESK'
  | 'ERLANG_A'
  | 'ERLANG_C';

/** Requirements from a saved snapshot (snapshotId) or a forecast computed now (forecast) */
export type StaffingRequirementsInput = {
  /** Forecast options when no snapshot is given (defaults as for planningForecast) */
  forecast?: ForecastInput | null | undefined;
  /** First local day to compute (default: the forecast’s first) */
  from?: string | null | undefined;
  /** Queue names (default: every queue of the forecast) */
  queues?: Array<string> | null | undefined;
  /** A saved forecast snapshot */
  snapshotId?: string | number | null | undefined;
  /** Last local day to compute, inclusive (default: the forecast’s last) */
  to?: string | null | undefined;
  whatIf?: WhatIfInput | null | undefined;
};

export type UpdateAgentInput = {
  agentId?: string | null | undefined;
  name?: string | null | undefined;
  skills?: Array<SkillInput> | null | undefined;
  teamId?: number | null | undefined;
};

export type UpdateQueueInput = {
  alertMaxDepth?: number | null | undefined;
  alertMaxWaitSeconds?: number | null | undefined;
  channel?: Channel | null | undefined;
  claimSlaHours?: number | null | undefined;
  name?: string | null | undefined;
  shortAbandonSeconds?: number | null | undefined;
  siteId?: number | null | undefined;
  slTarget?: number | null | undefined;
  slThresholdSeconds?: number | null | undefined;
  slVariant?: ServiceLevelVariant | null | undefined;
};

export type UpdateSiteInput = {
  name?: string | null | undefined;
  timeZone?: string | null | undefined;
};

export type UpdateTeamInput = {
  name?: string | null | undefined;
  siteId?: number | null | undefined;
};

export type UpdateUserInput = {
  agentId?: string | null | undefined;
  displayName?: string | null | undefined;
  role?: Role | null | undefined;
  username?: string | null | undefined;
};

/** What-if overrides: the requirement is recomputed at once, nothing is written */
export type WhatIfInput = {
  /** Relative AHT change, e.g. 0.05 = +5 % (−0.9…5) */
  ahtChange?: number | null | undefined;
  /** AHT in seconds for every interval, instead of the forecast */
  ahtSeconds?: number | null | undefined;
  /** Claim desk: claims already open to clear in the first day’s SLA window */
  claimBacklog?: number | null | undefined;
  /** Occupancy cap, 0.3–1 */
  maxOccupancy?: number | null | undefined;
  /** Shrinkage, 0–0.95 */
  shrinkage?: number | null | undefined;
  /** ASA target, seconds */
  targetAsaSeconds?: number | null | undefined;
  /** Service-level target, 0.05–0.999 */
  targetServiceLevel?: number | null | undefined;
  /** Service-level threshold T, seconds */
  thresholdSeconds?: number | null | undefined;
  /** Relative volume change, e.g. 0.1 = +10 %, −0.2 = −20 % (−0.95…5) */
  volumeChange?: number | null | undefined;
};

/** Values to sweep; each list replaces the base value (cartesian product, at most 10,000 rows) */
export type WhatIfVariationsInput = {
  ahtSeconds?: Array<number> | null | undefined;
  shrinkage?: Array<number> | null | undefined;
  targetServiceLevel?: Array<number> | null | undefined;
  /** Relative volume changes, each > −1 */
  volumeChange?: Array<number> | null | undefined;
};

export type AccessAdminQueryVariables = Exact<{ [key: string]: never; }>;


export type AccessAdminQuery = { kioskTokens: Array<{ __typename: 'AccessCredential', id: string, name: string, hint: string, createdAt: string, createdBy: string, lastUsedAt: string | null, revokedAt: string | null }>, apiKeys: Array<{ __typename: 'AccessCredential', id: string, name: string, hint: string, createdAt: string, createdBy: string, lastUsedAt: string | null, revokedAt: string | null }>, users: Array<{ __typename: 'User', id: string, username: string, displayName: string, hasPassword: boolean | null }> };

export type AccessCreateKioskTokenMutationVariables = Exact<{
  name: string;
}>;


export type AccessCreateKioskTokenMutation = { created: { __typename: 'CreatedAccessCredential', secret: string, credential: { __typename: 'AccessCredential', id: string, name: string, hint: string, createdAt: string, createdBy: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type AccessCreateApiKeyMutationVariables = Exact<{
  name: string;
}>;


export type AccessCreateApiKeyMutation = { created: { __typename: 'CreatedAccessCredential', secret: string, credential: { __typename: 'AccessCredential', id: string, name: string, hint: string, createdAt: string, createdBy: string, lastUsedAt: string | null, revokedAt: string | null } } };

export type AccessRevokeKioskTokenMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessRevokeKioskTokenMutation = { revokeKioskToken: { __typename: 'AccessCredential', id: string, revokedAt: string | null } };

export type AccessRevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type AccessRevokeApiKeyMutation = { revokeApiKey: { __typename: 'AccessCredential', id: string, revokedAt: string | null } };

export type AccessSetUserPasswordMutationVariables = Exact<{
  userId: string | number;
  password: string;
}>;


export type AccessSetUserPasswordMutation = { setUserPassword: { __typename: 'User', id: string, hasPassword: boolean | null } };

export type AdminAgentFieldsFragment = { __typename: 'Agent', id: string, agentId: string, name: string, teamId: number | null, skills: Array<{ __typename: 'Skill', queueId: number, queueName: string, proficiency: number }> };

export type AdminAgentsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminAgentsQuery = { agents: Array<{ __typename: 'Agent', id: string, agentId: string, name: string, teamId: number | null, skills: Array<{ __typename: 'Skill', queueId: number, queueName: string, proficiency: number }> }>, teams: Array<{ __typename: 'Team', id: string, name: string }>, queues: Array<{ __typename: 'Queue', id: string, name: string }> };

export type AdminCreateAgentMutationVariables = Exact<{
  input: CreateAgentInput;
}>;


export type AdminCreateAgentMutation = { createAgent: { __typename: 'Agent', id: string, agentId: string, name: string, teamId: number | null, skills: Array<{ __typename: 'Skill', queueId: number, queueName: string, proficiency: number }> } };

export type AdminUpdateAgentMutationVariables = Exact<{
  id: string | number;
  input: UpdateAgentInput;
}>;


export type AdminUpdateAgentMutation = { updateAgent: { __typename: 'Agent', id: string, agentId: string, name: string, teamId: number | null, skills: Array<{ __typename: 'Skill', queueId: number, queueName: string, proficiency: number }> } };

export type AdminQueueFieldsFragment = { __typename: 'Queue', id: string, name: string, channel: Channel, siteId: number, slThresholdSeconds: number, slTarget: number, slVariant: ServiceLevelVariant, shortAbandonSeconds: number, claimSlaHours: number, alertMaxDepth: number | null, alertMaxWaitSeconds: number | null };

export type AdminQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminQueuesQuery = { queues: Array<{ __typename: 'Queue', id: string, name: string, channel: Channel, siteId: number, slThresholdSeconds: number, slTarget: number, slVariant: ServiceLevelVariant, shortAbandonSeconds: number, claimSlaHours: number, alertMaxDepth: number | null, alertMaxWaitSeconds: number | null }>, sites: Array<{ __typename: 'Site', id: string, name: string }> };

export type AdminCreateQueueMutationVariables = Exact<{
  input: CreateQueueInput;
}>;


export type AdminCreateQueueMutation = { createQueue: { __typename: 'Queue', id: string, name: string, channel: Channel, siteId: number, slThresholdSeconds: number, slTarget: number, slVariant: ServiceLevelVariant, shortAbandonSeconds: number, claimSlaHours: number, alertMaxDepth: number | null, alertMaxWaitSeconds: number | null } };

export type AdminUpdateQueueMutationVariables = Exact<{
  id: string | number;
  input: UpdateQueueInput;
}>;


export type AdminUpdateQueueMutation = { updateQueue: { __typename: 'Queue', id: string, name: string, channel: Channel, siteId: number, slThresholdSeconds: number, slTarget: number, slVariant: ServiceLevelVariant, shortAbandonSeconds: number, claimSlaHours: number, alertMaxDepth: number | null, alertMaxWaitSeconds: number | null } };

export type AdminSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminSitesQuery = { sites: Array<{ __typename: 'Site', id: string, name: string, timeZone: string }> };

export type AdminCreateSiteMutationVariables = Exact<{
  input: CreateSiteInput;
}>;


export type AdminCreateSiteMutation = { createSite: { __typename: 'Site', id: string, name: string, timeZone: string } };

export type AdminUpdateSiteMutationVariables = Exact<{
  id: string | number;
  input: UpdateSiteInput;
}>;


export type AdminUpdateSiteMutation = { updateSite: { __typename: 'Site', id: string, name: string, timeZone: string } };

export type AdminTeamsQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminTeamsQuery = { teams: Array<{ __typename: 'Team', id: string, name: string, siteId: number }>, sites: Array<{ __typename: 'Site', id: string, name: string }> };

export type AdminCreateTeamMutationVariables = Exact<{
  input: CreateTeamInput;
}>;


export type AdminCreateTeamMutation = { createTeam: { __typename: 'Team', id: string, name: string, siteId: number } };

export type AdminUpdateTeamMutationVariables = Exact<{
  id: string | number;
  input: UpdateTeamInput;
}>;


export type AdminUpdateTeamMutation = { updateTeam: { __typename: 'Team', id: string, name: string, siteId: number } };

export type AdminUsersQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminUsersQuery = { users: Array<{ __typename: 'User', id: string, username: string, displayName: string, role: Role, agentId: string | null }>, agents: Array<{ __typename: 'Agent', id: string, agentId: string, name: string }> };

export type AdminCreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type AdminCreateUserMutation = { createUser: { __typename: 'User', id: string, username: string, displayName: string, role: Role, agentId: string | null } };

export type AdminUpdateUserMutationVariables = Exact<{
  id: string | number;
  input: UpdateUserInput;
}>;


export type AdminUpdateUserMutation = { updateUser: { __typename: 'User', id: string, username: string, displayName: string, role: Role, agentId: string | null } };

export type OperationsDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type OperationsDirectoryQuery = { queues: Array<{ __typename: 'Queue', id: string, name: string, channel: Channel, siteId: number, slTarget: number }>, teams: Array<{ __typename: 'Team', id: string, name: string }> };

export type OperationsIntervalsQueryVariables = Exact<{
  day: string;
  queues?: Array<string> | string | null | undefined;
}>;


export type OperationsIntervalsQuery = { queueMetrics: { __typename: 'QueueMetricsReport', queues: Array<{ __typename: 'QueueMetricsSeries', queue: string, channel: Channel, slTarget: number, points: Array<{ __typename: 'MetricsPoint', periodStart: string, metrics: { __typename: 'ContactMetricsModel', offered: number, serviceLevel: number | null, asa: number | null, abandonRate: number | null, csat: number | null, surveys: number } }> }>, channels: Array<{ __typename: 'ChannelMetricsSeries', channel: Channel, points: Array<{ __typename: 'MetricsPoint', periodStart: string, metrics: { __typename: 'ContactMetricsModel', offered: number, serviceLevel: number | null, asa: number | null, abandonRate: number | null, csat: number | null, surveys: number } }> }> } };

export type OperationsForecastQueryVariables = Exact<{
  queues?: Array<string> | string | null | undefined;
}>;


export type OperationsForecastQuery = { intradayReforecast: { __typename: 'IntradayReport', queues: Array<{ __typename: 'QueueIntraday', queue: string, start: string, forecast: unknown, reforecast: unknown, nowIndex: number, problem: string | null }> } };

export type OperationsStaffingGapQueryVariables = Exact<{
  queues?: Array<string> | string | null | undefined;
}>;


export type OperationsStaffingGapQuery = { staffingGap: { __typename: 'StaffingGapReport', schedulesExist: boolean, queues: Array<{ __typename: 'QueueStaffingGap', queue: string, channel: Channel, problem: string | null, worstGap: number | null, intervals: Array<{ __typename: 'GapInterval', start: string, label: string, required: number, available: number, gap: number }> }> } };

export type OperationsAlertHistoryQueryVariables = Exact<{
  from: string;
  queueIds?: Array<string | number> | string | number | null | undefined;
}>;


export type OperationsAlertHistoryQuery = { alerts: Array<{ __typename: 'Alert', id: string, active: boolean, rule: AlertRule, queue: string | null, queueId: string | null, agentName: string | null, agentState: AgentState | null, raisedAt: string, clearedAt: string | null, value: number, threshold: number }> };

export type OperationsQueuesFeedSubscriptionVariables = Exact<{
  filter?: LiveQueueFilter | null | undefined;
}>;


export type OperationsQueuesFeedSubscription = { liveQueues: { __typename: 'LiveQueuesUpdate', kind: LiveUpdateKind, serverTime: string, queues: Array<{ __typename: 'LiveQueue', id: string, name: string, channel: Channel, depth: number, oldestWaitingSince: string | null, timeZone: string, today: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, shortAbandoned: number, flowedOut: number, answeredWithinThreshold: number, asa: number | null, surveys: number, csat: number | null } }> } };

export type OperationsAgentsFeedSubscriptionVariables = Exact<{
  teamId?: number | null | undefined;
}>;


export type OperationsAgentsFeedSubscription = { liveAgents: { __typename: 'LiveAgentsUpdate', kind: LiveUpdateKind, serverTime: string, agents: Array<{ __typename: 'LiveAgent', id: string, agentId: string, name: string, teamId: number | null, queueIds: Array<number>, state: AgentState, reason: string | null, since: string | null, activeAlert: AlertRule | null, currentContact: { __typename: 'LiveContact', queue: string | null, answeredAt: string } | null }> } };

export type OperationsAlertsFeedSubscriptionVariables = Exact<{
  filter?: LiveAlertFilter | null | undefined;
}>;


export type OperationsAlertsFeedSubscription = { liveAlerts: { __typename: 'LiveAlertsUpdate', kind: LiveUpdateKind, serverTime: string, alerts: Array<{ __typename: 'Alert', id: string, active: boolean, rule: AlertRule, queue: string | null, queueId: string | null, agentName: string | null, agentState: AgentState | null, raisedAt: string, clearedAt: string | null, value: number, threshold: number }> } };

export type PlanningMessageFragment = { __typename: 'PlanningMessageModel', key: string, params: unknown, text: string };

export type PlanningQueuesQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanningQueuesQuery = { queues: Array<{ __typename: 'Queue', id: string, name: string, channel: Channel, slTarget: number, slThresholdSeconds: number }> };

export type PlanningForecastQueryVariables = Exact<{
  input: ForecastInput;
}>;


export type PlanningForecastQuery = { planningForecast: { __typename: 'ForecastReport', horizonWeeks: number, queues: Array<{ __typename: 'QueueForecast', queue: string, channel: Channel, method: ForecastMethod | null, requestedMethod: ForecastMethodChoice, problem: string | null, from: string, start: string, timeZone: string, intervalMinutes: number, intervalCount: number, level: number, historyIntervals: number, volume: unknown, lower: unknown, upper: unknown, ahtSeconds: unknown, backtest: Array<{ __typename: 'ForecastMethodScore', method: ForecastMethod, wape: number | null, bias: number | null, folds: number, intervals: number, chosen: boolean }> }> } };

export type PlanningActualsQueryVariables = Exact<{
  from: string;
  to: string;
  queue: string;
}>;


export type PlanningActualsQuery = { queueMetrics: { __typename: 'QueueMetricsReport', queues: Array<{ __typename: 'QueueMetricsSeries', queue: string, points: Array<{ __typename: 'MetricsPoint', periodStart: string, metrics: { __typename: 'ContactMetricsModel', offered: number } }> }> } };

export type PlanningRequirementsQueryVariables = Exact<{
  input: StaffingRequirementsInput;
  date: string;
}>;


export type PlanningRequirementsQuery = { staffingRequirements: { __typename: 'StaffingRequirementsReport', queues: Array<{ __typename: 'QueueRequirements', queue: string, channel: Channel, model: StaffingModel, problem: string | null, intervalMinutes: number, timeZone: string, start: string, patience: { __typename: 'PatienceInfo', source: PatienceSource, seconds: number | null, explanation: { __typename: 'PlanningMessageModel', key: string, params: unknown, text: string } }, inputs: { __typename: 'RequirementInputs', targetServiceLevel: number, thresholdSeconds: number, shrinkage: number, maxOccupancy: number | null, targetAsaSeconds: number | null, volumeChange: number, ahtChange: number, ahtSeconds: number | null }, totals: { __typename: 'RequirementTotals', volume: number, agentHours: number, scheduledHours: number, peakAgents: number, peakStart: string | null }, rows: Array<{ __typename: 'RequirementRow', label: string, start: string, volume: number, ahtSeconds: number | null, trafficErlangs: number, agents: number, fractionalAgents: number, serviceLevel: number | null, asa: number | null, occupancy: number | null, abandonRate: number | null, scheduledStaff: number, scheduledAgents: number, shrinkage: number, model: StaffingModel, bindingTarget: BindingTarget | null, explanation: { __typename: 'PlanningMessageModel', key: string, params: unknown, text: string }, details: Array<{ __typename: 'PlanningMessageModel', key: string, params: unknown, text: string }>, formula: Array<{ __typename: 'PlanningMessageModel', key: string, params: unknown, text: string }>, erlangC: { __typename: 'ModelFigures', model: StaffingModel, agents: number, fractionalAgents: number, serviceLevel: number, asa: number, occupancy: number, probWait: number, abandonRate: number | null } | null, erlangA: { __typename: 'ModelFigures', model: StaffingModel, agents: number, fractionalAgents: number, serviceLevel: number, asa: number, occupancy: number, probWait: number, abandonRate: number | null } | null }> }> } };

export type PlanningModelFiguresFragment = { __typename: 'ModelFigures', model: StaffingModel, agents: number, fractionalAgents: number, serviceLevel: number, asa: number, occupancy: number, probWait: number, abandonRate: number | null };

export type PlanningIntradayQueryVariables = Exact<{
  queue: string;
}>;


export type PlanningIntradayQuery = { intradayReforecast: { __typename: 'IntradayReport', asOf: string, queues: Array<{ __typename: 'QueueIntraday', queue: string, date: string, start: string, timeZone: string, problem: string | null, nowIndex: number, intervalCount: number, ratio: number, actualSoFar: number, forecastSoFar: number, forecast: unknown, actual: unknown, reforecast: unknown, plannedAgents: unknown, requiredAgents: unknown, explanation: { __typename: 'PlanningMessageModel', key: string, params: unknown, text: string } | null }> } };

export type PlanningCalculatorQueryVariables = Exact<{
  input: StaffingCalculatorInput;
}>;


export type PlanningCalculatorQuery = { staffingCalculator: { __typename: 'StaffingCalculation', model: StaffingModel, agents: number, fractionalAgents: number, trafficErlangs: number, serviceLevel: number | null, asa: number | null, occupancy: number | null, abandonRate: number | null, scheduledStaff: number, scheduledAgents: number, patienceSeconds: number | null, explanation: { __typename: 'PlanningMessageModel', key: string, params: unknown, text: string }, details: Array<{ __typename: 'PlanningMessageModel', key: string, params: unknown, text: string }>, formula: Array<{ __typename: 'PlanningMessageModel', key: string, params: unknown, text: string }>, erlangC: { __typename: 'ModelFigures', model: StaffingModel, agents: number, fractionalAgents: number, serviceLevel: number, asa: number, occupancy: number, probWait: number, abandonRate: number | null } | null, erlangA: { __typename: 'ModelFigures', model: StaffingModel, agents: number, fractionalAgents: number, serviceLevel: number, asa: number, occupancy: number, probWait: number, abandonRate: number | null } | null } };

export type SaveForecastSnapshotMutationVariables = Exact<{
  input: SaveForecastSnapshotInput;
}>;


export type SaveForecastSnapshotMutation = { saveForecastSnapshot: { __typename: 'ForecastSnapshot', id: string, label: string, from: string, to: string, horizonWeeks: number, createdAt: string, skipped: Array<{ __typename: 'SkippedQueue', queue: string, problem: string }> } };

export type PlanningSnapshotsQueryVariables = Exact<{ [key: string]: never; }>;


export type PlanningSnapshotsQuery = { forecastSnapshots: Array<{ __typename: 'ForecastSnapshot', id: string, label: string, from: string, to: string, createdAt: string }> };

export type TrendsDirectoryQueryVariables = Exact<{ [key: string]: never; }>;


export type TrendsDirectoryQuery = { queues: Array<{ __typename: 'Queue', id: string, name: string, channel: Channel, slTarget: number }>, teams: Array<{ __typename: 'Team', id: string, name: string }> };

export type TrendsContactFiguresFragment = { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null };

export type TrendsContactPointFragment = { __typename: 'MetricsPoint', label: string, periodStart: string, metrics: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null } };

export type TrendsContactsQueryVariables = Exact<{
  from: string;
  to: string;
  granularity: Granularity;
  queues?: Array<string> | string | null | undefined;
  channel?: Channel | null | undefined;
  byQueue: boolean;
}>;


export type TrendsContactsQuery = { queueMetrics: { __typename: 'QueueMetricsReport', queues?: Array<{ __typename: 'QueueMetricsSeries', queue: string, channel: Channel, timeZone: string, slTarget: number, points: Array<{ __typename: 'MetricsPoint', label: string, periodStart: string, metrics: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null } }>, previousPoints: Array<{ __typename: 'MetricsPoint', label: string, periodStart: string, metrics: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null } }>, total: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null }, previousTotal: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null } }>, channels?: Array<{ __typename: 'ChannelMetricsSeries', channel: Channel, timeZone: string, points: Array<{ __typename: 'MetricsPoint', label: string, periodStart: string, metrics: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null } }>, previousPoints: Array<{ __typename: 'MetricsPoint', label: string, periodStart: string, metrics: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null } }>, total: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null }, previousTotal: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, serviceLevel: number | null, asa: number | null, aht: number | null, abandonRate: number | null, csat: number | null, fcr: number | null } }> } };

export type TrendsAgentSeriesFragment = { __typename: 'AgentMetricsSeries', id: string, name: string, timeZone: string, points: Array<{ __typename: 'AgentMetricsPoint', label: string, periodStart: string, metrics: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number } }>, total: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number }, previousTotal: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number } };

export type TrendsAgentsQueryVariables = Exact<{
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  granularity: Granularity;
  teamIds?: Array<number> | number | null | undefined;
  compare: boolean;
}>;


export type TrendsAgentsQuery = { current: { __typename: 'AgentMetricsReport', teams: Array<{ __typename: 'AgentMetricsSeries', id: string, name: string, timeZone: string, points: Array<{ __typename: 'AgentMetricsPoint', label: string, periodStart: string, metrics: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number } }>, total: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number }, previousTotal: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number } }>, agents: Array<{ __typename: 'AgentMetricsSeries', id: string, name: string, timeZone: string, points: Array<{ __typename: 'AgentMetricsPoint', label: string, periodStart: string, metrics: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number } }>, total: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number }, previousTotal: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number } }> }, previous?: { __typename: 'AgentMetricsReport', teams: Array<{ __typename: 'AgentMetricsSeries', id: string, points: Array<{ __typename: 'AgentMetricsPoint', label: string, periodStart: string, metrics: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number } }> }>, agents: Array<{ __typename: 'AgentMetricsSeries', id: string, points: Array<{ __typename: 'AgentMetricsPoint', label: string, periodStart: string, metrics: { __typename: 'AgentMetricsModel', occupancy: number | null, shrinkage: number | null, handled: number } }> }> } };

export type TrendsClaimPeriodFragment = { __typename: 'ClaimPeriod', label: string, periodStart: string, backlog: number, opened: number, settled: number, settledWithinSla: number, settledWithinSlaRate: number | null };

export type TrendsClaimsQueryVariables = Exact<{
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  granularity: Granularity;
  queues?: Array<string> | string | null | undefined;
  compare: boolean;
}>;


export type TrendsClaimsQuery = { current: { __typename: 'ClaimMetricsReport', queues: Array<{ __typename: 'ClaimQueueSeries', queue: string, slaHours: number, timeZone: string, points: Array<{ __typename: 'ClaimPeriod', label: string, periodStart: string, backlog: number, opened: number, settled: number, settledWithinSla: number, settledWithinSlaRate: number | null }>, total: { __typename: 'ClaimPeriod', label: string, periodStart: string, backlog: number, opened: number, settled: number, settledWithinSla: number, settledWithinSlaRate: number | null }, previousTotal: { __typename: 'ClaimPeriod', label: string, periodStart: string, backlog: number, opened: number, settled: number, settledWithinSla: number, settledWithinSlaRate: number | null } }> }, previous?: { __typename: 'ClaimMetricsReport', queues: Array<{ __typename: 'ClaimQueueSeries', queue: string, points: Array<{ __typename: 'ClaimPeriod', label: string, periodStart: string, backlog: number, opened: number, settled: number, settledWithinSla: number, settledWithinSlaRate: number | null }> }> } };

export type WallboardQueuesFeedSubscriptionVariables = Exact<{
  filter?: LiveQueueFilter | null | undefined;
}>;


export type WallboardQueuesFeedSubscription = { liveQueues: { __typename: 'LiveQueuesUpdate', kind: LiveUpdateKind, serverTime: string, queues: Array<{ __typename: 'LiveQueue', id: string, name: string, channel: Channel, siteId: number, timeZone: string, depth: number, oldestWaitingSince: string | null, slTarget: number, slThresholdSeconds: number, alertMaxDepth: number | null, alertMaxWaitSeconds: number | null, activeAlerts: Array<AlertRule>, today: { __typename: 'ContactMetricsModel', offered: number, answered: number, abandoned: number, shortAbandoned: number, flowedOut: number, answeredWithinThreshold: number, serviceLevel: number | null, asa: number | null, abandonRate: number | null }, agents: { __typename: 'LiveAgentCounts', available: number, onContact: number }, claims: { __typename: 'LiveClaims', backlog: number, oldestOpenSince: string | null, settledInSlaRate: number | null, claimSlaHours: number } | null }> } };

export type WallboardAgentsFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type WallboardAgentsFeedSubscription = { liveAgents: { __typename: 'LiveAgentsUpdate', kind: LiveUpdateKind, serverTime: string, agents: Array<{ __typename: 'LiveAgent', id: string, state: AgentState, queueIds: Array<number> }> } };

export type WallboardAlertsFeedSubscriptionVariables = Exact<{
  filter?: LiveAlertFilter | null | undefined;
}>;


export type WallboardAlertsFeedSubscription = { liveAlerts: { __typename: 'LiveAlertsUpdate', kind: LiveUpdateKind, serverTime: string, alerts: Array<{ __typename: 'Alert', id: string, active: boolean, rule: AlertRule, queue: string | null, queueId: string | null, agentName: string | null, agentState: AgentState | null, raisedAt: string, clearedAt: string | null, value: number, threshold: number }> } };

export type ShellSitesQueryVariables = Exact<{ [key: string]: never; }>;


export type ShellSitesQuery = { sites: Array<{ __typename: 'Site', id: string, name: string, timeZone: string }> };

export const AdminAgentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}}]}}]}}]} as unknown as DocumentNode<AdminAgentFieldsFragment, unknown>;
export const AdminQueueFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slVariant"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandonSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxWaitSeconds"}}]}}]} as unknown as DocumentNode<AdminQueueFieldsFragment, unknown>;
export const PlanningMessageFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningMessageModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<PlanningMessageFragment, unknown>;
export const PlanningModelFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningModelFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"fractionalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"probWait"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}}]}}]} as unknown as DocumentNode<PlanningModelFiguresFragment, unknown>;
export const TrendsContactFiguresFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendsContactFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactMetricsModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"aht"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"fcr"}}]}}]} as unknown as DocumentNode<TrendsContactFiguresFragment, unknown>;
export const TrendsContactPointFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendsContactPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactFigures"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendsContactFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactMetricsModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"aht"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"fcr"}}]}}]} as unknown as DocumentNode<TrendsContactPointFragment, unknown>;
export const TrendsAgentSeriesFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendsAgentSeries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentMetricsSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}}]}}]}}]} as unknown as DocumentNode<TrendsAgentSeriesFragment, unknown>;
export const TrendsClaimPeriodFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendsClaimPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"settledWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"settledWithinSlaRate"}}]}}]} as unknown as DocumentNode<TrendsClaimPeriodFragment, unknown>;
export const AccessAdminDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AccessAdmin"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kioskTokens"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]}}]} as unknown as DocumentNode<AccessAdminQuery, AccessAdminQueryVariables>;
export const AccessCreateKioskTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessCreateKioskToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"createKioskToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCreateKioskTokenMutation, AccessCreateKioskTokenMutationVariables>;
export const AccessCreateApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessCreateApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"name"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"created"},"name":{"kind":"Name","value":"createApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"name"},"value":{"kind":"Variable","name":{"kind":"Name","value":"name"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"credential"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hint"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastUsedAt"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]}}]} as unknown as DocumentNode<AccessCreateApiKeyMutation, AccessCreateApiKeyMutationVariables>;
export const AccessRevokeKioskTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRevokeKioskToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeKioskToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AccessRevokeKioskTokenMutation, AccessRevokeKioskTokenMutationVariables>;
export const AccessRevokeApiKeyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessRevokeApiKey"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeApiKey"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<AccessRevokeApiKeyMutation, AccessRevokeApiKeyMutationVariables>;
export const AccessSetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AccessSetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hasPassword"}}]}}]}}]} as unknown as DocumentNode<AccessSetUserPasswordMutation, AccessSetUserPasswordMutationVariables>;
export const AdminAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminAgents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAgentFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}}]}}]}}]} as unknown as DocumentNode<AdminAgentsQuery, AdminAgentsQueryVariables>;
export const AdminCreateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}}]}}]}}]} as unknown as DocumentNode<AdminCreateAgentMutation, AdminCreateAgentMutationVariables>;
export const AdminUpdateAgentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateAgent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAgentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAgent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminAgentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminAgentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Agent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"skills"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"queueName"}},{"kind":"Field","name":{"kind":"Name","value":"proficiency"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateAgentMutation, AdminUpdateAgentMutationVariables>;
export const AdminQueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminQueueFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slVariant"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandonSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxWaitSeconds"}}]}}]} as unknown as DocumentNode<AdminQueuesQuery, AdminQueuesQueryVariables>;
export const AdminCreateQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateQueueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminQueueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slVariant"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandonSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxWaitSeconds"}}]}}]} as unknown as DocumentNode<AdminCreateQueueMutation, AdminCreateQueueMutationVariables>;
export const AdminUpdateQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateQueueInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateQueue"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdminQueueFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdminQueueFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Queue"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slVariant"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandonSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxWaitSeconds"}}]}}]} as unknown as DocumentNode<AdminUpdateQueueMutation, AdminUpdateQueueMutationVariables>;
export const AdminSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<AdminSitesQuery, AdminSitesQueryVariables>;
export const AdminCreateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<AdminCreateSiteMutation, AdminCreateSiteMutationVariables>;
export const AdminUpdateSiteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateSite"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSiteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSite"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateSiteMutation, AdminUpdateSiteMutationVariables>;
export const AdminTeamsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminTeams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminTeamsQuery, AdminTeamsQueryVariables>;
export const AdminCreateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<AdminCreateTeamMutation, AdminCreateTeamMutationVariables>;
export const AdminUpdateTeamDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateTeam"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTeamInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTeam"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateTeamMutation, AdminUpdateTeamMutationVariables>;
export const AdminUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdminUsers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<AdminUsersQuery, AdminUsersQueryVariables>;
export const AdminCreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminCreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}}]}}]}}]} as unknown as DocumentNode<AdminCreateUserMutation, AdminCreateUserMutationVariables>;
export const AdminUpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AdminUpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"username"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}}]}}]}}]} as unknown as DocumentNode<AdminUpdateUserMutation, AdminUpdateUserMutationVariables>;
export const OperationsDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OperationsDirectoryQuery, OperationsDirectoryQueryVariables>;
export const OperationsIntervalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsIntervals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queues"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"INTERVAL"}},{"kind":"Argument","name":{"kind":"Name","value":"queues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queues"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"surveys"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"surveys"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperationsIntervalsQuery, OperationsIntervalsQueryVariables>;
export const OperationsForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queues"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intradayReforecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"queues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queues"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"reforecast"}},{"kind":"Field","name":{"kind":"Name","value":"nowIndex"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]}}]} as unknown as DocumentNode<OperationsForecastQuery, OperationsForecastQueryVariables>;
export const OperationsStaffingGapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsStaffingGap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queues"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffingGap"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"hours"},"value":{"kind":"IntValue","value":"2"}},{"kind":"ObjectField","name":{"kind":"Name","value":"queues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queues"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"schedulesExist"}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"worstGap"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperationsStaffingGapQuery, OperationsStaffingGapQueryVariables>;
export const OperationsAlertHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OperationsAlertHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queueIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"queueIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queueIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"limit"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"agentState"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clearedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]} as unknown as DocumentNode<OperationsAlertHistoryQuery, OperationsAlertHistoryQueryVariables>;
export const OperationsQueuesFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OperationsQueuesFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQueueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveQueues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serverTime"}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandoned"}},{"kind":"Field","name":{"kind":"Name","value":"flowedOut"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"surveys"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperationsQueuesFeedSubscription, OperationsQueuesFeedSubscriptionVariables>;
export const OperationsAgentsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OperationsAgentsFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveAgents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"teamId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serverTime"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"agentId"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"teamId"}},{"kind":"Field","name":{"kind":"Name","value":"queueIds"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"since"}},{"kind":"Field","name":{"kind":"Name","value":"activeAlert"}},{"kind":"Field","name":{"kind":"Name","value":"currentContact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OperationsAgentsFeedSubscription, OperationsAgentsFeedSubscriptionVariables>;
export const OperationsAlertsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"OperationsAlertsFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serverTime"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"agentState"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clearedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]} as unknown as DocumentNode<OperationsAlertsFeedSubscription, OperationsAlertsFeedSubscriptionVariables>;
export const PlanningQueuesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningQueues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}}]}}]}}]} as unknown as DocumentNode<PlanningQueuesQuery, PlanningQueuesQueryVariables>;
export const PlanningForecastDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningForecast"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ForecastInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"planningForecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"horizonWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"requestedMethod"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"historyIntervals"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"lower"}},{"kind":"Field","name":{"kind":"Name","value":"upper"}},{"kind":"Field","name":{"kind":"Name","value":"ahtSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"backtest"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"method"}},{"kind":"Field","name":{"kind":"Name","value":"wape"}},{"kind":"Field","name":{"kind":"Name","value":"bias"}},{"kind":"Field","name":{"kind":"Name","value":"folds"}},{"kind":"Field","name":{"kind":"Name","value":"intervals"}},{"kind":"Field","name":{"kind":"Name","value":"chosen"}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanningForecastQuery, PlanningForecastQueryVariables>;
export const PlanningActualsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningActuals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"EnumValue","value":"INTERVAL"}},{"kind":"Argument","name":{"kind":"Name","value":"queues"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"queue"}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offered"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<PlanningActualsQuery, PlanningActualsQueryVariables>;
export const PlanningRequirementsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningRequirements"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingRequirementsInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffingRequirements"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"intervalMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"patience"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"seconds"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningMessage"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"inputs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"targetServiceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"thresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"maxOccupancy"}},{"kind":"Field","name":{"kind":"Name","value":"targetAsaSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"volumeChange"}},{"kind":"Field","name":{"kind":"Name","value":"ahtChange"}},{"kind":"Field","name":{"kind":"Name","value":"ahtSeconds"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"agentHours"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledHours"}},{"kind":"Field","name":{"kind":"Name","value":"peakAgents"}},{"kind":"Field","name":{"kind":"Name","value":"peakStart"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"volume"}},{"kind":"Field","name":{"kind":"Name","value":"ahtSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"trafficErlangs"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"fractionalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStaff"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAgents"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"bindingTarget"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erlangC"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningModelFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erlangA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningModelFigures"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningMessageModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningModelFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"fractionalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"probWait"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}}]}}]} as unknown as DocumentNode<PlanningRequirementsQuery, PlanningRequirementsQueryVariables>;
export const PlanningIntradayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningIntraday"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"intradayReforecast"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"queues"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"queue"}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"asOf"}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}},{"kind":"Field","name":{"kind":"Name","value":"nowIndex"}},{"kind":"Field","name":{"kind":"Name","value":"intervalCount"}},{"kind":"Field","name":{"kind":"Name","value":"ratio"}},{"kind":"Field","name":{"kind":"Name","value":"actualSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"forecastSoFar"}},{"kind":"Field","name":{"kind":"Name","value":"forecast"}},{"kind":"Field","name":{"kind":"Name","value":"actual"}},{"kind":"Field","name":{"kind":"Name","value":"reforecast"}},{"kind":"Field","name":{"kind":"Name","value":"plannedAgents"}},{"kind":"Field","name":{"kind":"Name","value":"requiredAgents"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningMessage"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningMessageModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}}]} as unknown as DocumentNode<PlanningIntradayQuery, PlanningIntradayQueryVariables>;
export const PlanningCalculatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningCalculator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffingCalculatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffingCalculator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"fractionalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"trafficErlangs"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledStaff"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledAgents"}},{"kind":"Field","name":{"kind":"Name","value":"patienceSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"explanation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"details"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"formula"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningMessage"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erlangC"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningModelFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"erlangA"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PlanningModelFigures"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningMessage"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PlanningMessageModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"params"}},{"kind":"Field","name":{"kind":"Name","value":"text"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PlanningModelFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ModelFigures"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"model"}},{"kind":"Field","name":{"kind":"Name","value":"agents"}},{"kind":"Field","name":{"kind":"Name","value":"fractionalAgents"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"probWait"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}}]}}]} as unknown as DocumentNode<PlanningCalculatorQuery, PlanningCalculatorQueryVariables>;
export const SaveForecastSnapshotDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveForecastSnapshot"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveForecastSnapshotInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveForecastSnapshot"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"horizonWeeks"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"skipped"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"problem"}}]}}]}}]}}]} as unknown as DocumentNode<SaveForecastSnapshotMutation, SaveForecastSnapshotMutationVariables>;
export const PlanningSnapshotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlanningSnapshots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"forecastSnapshots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]} as unknown as DocumentNode<PlanningSnapshotsQuery, PlanningSnapshotsQueryVariables>;
export const TrendsDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendsDirectory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}}]}},{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<TrendsDirectoryQuery, TrendsDirectoryQueryVariables>;
export const TrendsContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendsContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queues"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"channel"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Channel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byQueue"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queueMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"queues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queues"}}},{"kind":"Argument","name":{"kind":"Name","value":"channel"},"value":{"kind":"Variable","name":{"kind":"Name","value":"channel"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byQueue"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactFigures"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"channels"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byQueue"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousPoints"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactPoint"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactFigures"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactFigures"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendsContactFigures"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ContactMetricsModel"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"aht"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}},{"kind":"Field","name":{"kind":"Name","value":"csat"}},{"kind":"Field","name":{"kind":"Name","value":"fcr"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendsContactPoint"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MetricsPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsContactFigures"}}]}}]}}]} as unknown as DocumentNode<TrendsContactsQuery, TrendsContactsQueryVariables>;
export const TrendsAgentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendsAgents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"teamIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compare"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"agentMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsAgentSeries"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsAgentSeries"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"agentMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"teamIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"teamIds"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compare"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"teams"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendsAgentSeries"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AgentMetricsSeries"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"occupancy"}},{"kind":"Field","name":{"kind":"Name","value":"shrinkage"}},{"kind":"Field","name":{"kind":"Name","value":"handled"}}]}}]}}]} as unknown as DocumentNode<TrendsAgentsQuery, TrendsAgentsQueryVariables>;
export const TrendsClaimsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrendsClaims"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"from"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Granularity"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"queues"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"compare"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"current"},"name":{"kind":"Name","value":"claimMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"from"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"queues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queues"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"slaHours"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsClaimPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsClaimPeriod"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previousTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsClaimPeriod"}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"previous"},"name":{"kind":"Name","value":"claimMetrics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"from"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousFrom"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"previousTo"}}},{"kind":"Argument","name":{"kind":"Name","value":"granularity"},"value":{"kind":"Variable","name":{"kind":"Name","value":"granularity"}}},{"kind":"Argument","name":{"kind":"Name","value":"queues"},"value":{"kind":"Variable","name":{"kind":"Name","value":"queues"}}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"compare"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"points"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TrendsClaimPeriod"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TrendsClaimPeriod"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ClaimPeriod"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"periodStart"}},{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"opened"}},{"kind":"Field","name":{"kind":"Name","value":"settled"}},{"kind":"Field","name":{"kind":"Name","value":"settledWithinSla"}},{"kind":"Field","name":{"kind":"Name","value":"settledWithinSlaRate"}}]}}]} as unknown as DocumentNode<TrendsClaimsQuery, TrendsClaimsQueryVariables>;
export const WallboardQueuesFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WallboardQueuesFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveQueueFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveQueues"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serverTime"}},{"kind":"Field","name":{"kind":"Name","value":"queues"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"siteId"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"depth"}},{"kind":"Field","name":{"kind":"Name","value":"oldestWaitingSince"}},{"kind":"Field","name":{"kind":"Name","value":"slTarget"}},{"kind":"Field","name":{"kind":"Name","value":"slThresholdSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxDepth"}},{"kind":"Field","name":{"kind":"Name","value":"alertMaxWaitSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"activeAlerts"}},{"kind":"Field","name":{"kind":"Name","value":"today"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"offered"}},{"kind":"Field","name":{"kind":"Name","value":"answered"}},{"kind":"Field","name":{"kind":"Name","value":"abandoned"}},{"kind":"Field","name":{"kind":"Name","value":"shortAbandoned"}},{"kind":"Field","name":{"kind":"Name","value":"flowedOut"}},{"kind":"Field","name":{"kind":"Name","value":"answeredWithinThreshold"}},{"kind":"Field","name":{"kind":"Name","value":"serviceLevel"}},{"kind":"Field","name":{"kind":"Name","value":"asa"}},{"kind":"Field","name":{"kind":"Name","value":"abandonRate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"onContact"}}]}},{"kind":"Field","name":{"kind":"Name","value":"claims"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"backlog"}},{"kind":"Field","name":{"kind":"Name","value":"oldestOpenSince"}},{"kind":"Field","name":{"kind":"Name","value":"settledInSlaRate"}},{"kind":"Field","name":{"kind":"Name","value":"claimSlaHours"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WallboardQueuesFeedSubscription, WallboardQueuesFeedSubscriptionVariables>;
export const WallboardAgentsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WallboardAgentsFeed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveAgents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serverTime"}},{"kind":"Field","name":{"kind":"Name","value":"agents"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"state"}},{"kind":"Field","name":{"kind":"Name","value":"queueIds"}}]}}]}}]}}]} as unknown as DocumentNode<WallboardAgentsFeedSubscription, WallboardAgentsFeedSubscriptionVariables>;
export const WallboardAlertsFeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"WallboardAlertsFeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LiveAlertFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"liveAlerts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"serverTime"}},{"kind":"Field","name":{"kind":"Name","value":"alerts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"rule"}},{"kind":"Field","name":{"kind":"Name","value":"queue"}},{"kind":"Field","name":{"kind":"Name","value":"queueId"}},{"kind":"Field","name":{"kind":"Name","value":"agentName"}},{"kind":"Field","name":{"kind":"Name","value":"agentState"}},{"kind":"Field","name":{"kind":"Name","value":"raisedAt"}},{"kind":"Field","name":{"kind":"Name","value":"clearedAt"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"threshold"}}]}}]}}]}}]} as unknown as DocumentNode<WallboardAlertsFeedSubscription, WallboardAlertsFeedSubscriptionVariables>;
export const ShellSitesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ShellSites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sites"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]} as unknown as DocumentNode<ShellSitesQuery, ShellSitesQueryVariables>;