/**
 * @servicefloor/metrics — the one implementation of the metric definitions of
 * shared/docs/metrics.md, as pure functions.
 */
export { INTERVAL_MS, intervalStart, splitByInterval } from './interval.js';
export type { IntervalSlice } from './interval.js';
export { periodStart, nextPeriodStart, periodStartsInRange } from './period.js';
export { dateRangeToMs, previousPeriodRange } from './date-range.js';
export type { TimeRange } from './date-range.js';
export { ratio } from './ratio.js';
export {
  ANSWER_WAIT_BUCKET_BOUNDS,
  ABANDON_WAIT_BUCKET_BOUNDS,
  WAIT_BUCKET_COUNT,
  waitBucketIndex,
  waitBoundIndex,
} from './wait-buckets.js';
export {
  CONTACT_COUNTER_KEYS,
  ANSWER_WAIT_BUCKET_KEYS,
  ABANDON_WAIT_BUCKET_KEYS,
  emptyContactCounters,
  addContactCounters,
  subtractContactCounters,
} from './contact-counters.js';
export type { ContactCounterKey, ContactCounters } from './contact-counters.js';
export { contactContribution } from './contact-contribution.js';
export type { ContactRecord, ContactSettings, IntervalContribution } from './contact-contribution.js';
export { serviceLevel } from './service-level.js';
export type { ServiceLevelCounts } from './service-level.js';
export { CONTACT_METRIC_INPUTS, contactInputKeys, contactMetrics } from './contact-metrics.js';
export type {
  ContactInputKey,
  ContactMetrics,
  ContactMetricsDefinition,
  ContactMetricsSettings,
} from './contact-metrics.js';
export {
  CSAT_TOP2_MIN,
  NPS_PROMOTER_MIN,
  NPS_DETRACTOR_MAX,
  isCsatTop2,
  npsCategory,
  csat,
  csatMean,
  nps,
} from './surveys.js';
export type { NpsCategory } from './surveys.js';
export { QA_PASS_SCORE, isQaPass, qaScore, qaPassRate } from './quality.js';
export { counterSummer, mergeCounters, rollUp, sumCounters } from './roll-up.js';
export type { Counters, PeriodRow } from './roll-up.js';
export { emptyContactState, foldContactEvent } from './contact-state.js';
export type { ContactState } from './contact-state.js';
export {
  AGENT_COUNTER_KEYS,
  AGENT_STATE_SECONDS_KEY,
  emptyAgentCounters,
  addAgentCounters,
  subtractAgentCounters,
} from './agent-counters.js';
export type { AgentCounterKey, AgentCounters } from './agent-counters.js';
export {
  agentStateContribution,
  agentContactContribution,
  qaEvaluationContribution,
  trainingContribution,
} from './agent-contribution.js';
export { agentMetrics } from './agent-metrics.js';
export type { AgentMetrics, AgentSchedule } from './agent-metrics.js';
export {
  SCHEDULED_ACTIVITIES,
  ACTIVITY_STATES,
  DEFAULT_ADHERENCE_TOLERANCE_SECONDS,
  adherence,
} from './adherence.js';
export type { ScheduledActivity, ScheduledBlock, StateSpan, AdherenceResult } from './adherence.js';
export { quantile } from './quantile.js';
export { claimFigures, isClaimOpenAt } from './claims.js';
export type { ClaimRecord, ClaimFigures, ClaimAging } from './claims.js';
export { replaceContactContribution } from './contact-counters.js';
export type { ContactReplacement } from './contact-counters.js';
export { FCR_REPEAT_WINDOW_MS, isRepeatContact, repeatedContactIds } from './repeat-contacts.js';
export type { CustomerContact } from './repeat-contacts.js';
export { assertTimeZone } from './zone.js';
export { claimContributions, claimState, emptyClaimCounters, sortClaimEvents } from './claim-state.js';
export type { ClaimCounters, ClaimEventPoint, ClaimState } from './claim-state.js';
