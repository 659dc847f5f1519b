import { AGENT_STATES, type AgentState } from '@servicefloor/contracts';

/** What the live floor watches (product.md: "be alerted when a queue breaches its target"). */
export const ALERT_RULES = [
  /** Today's service level so far below the queue's target. */
  'SERVICE_LEVEL_TODAY',
  /** Service level of the last 30 minutes below the queue's target. */
  'SERVICE_LEVEL_30_MIN',
  /** More contacts waiting than the queue's alertMaxDepth. */
  'QUEUE_DEPTH',
  /** The longest current wait above the queue's alertMaxWaitSeconds. */
  'LONGEST_WAIT',
  /** An agent in one state longer than that state's limit. */
  'AGENT_STATE_DURATION',
] as const;
export type AlertRule = (typeof ALERT_RULES)[number];

/**
 * Hysteresis: an alert is raised when its figure crosses the limit and cleared only once the
 * figure is back by a margin, so a figure hovering at the limit does not flap.
 * - service level: raised below the target, cleared at target + 2 points (or when there are too
 *   few contacts to judge: fewer than SL_MIN_CONTACTS answered, abandoned or flowed out);
 * - depth and longest wait: raised above the limit, cleared at or below 80 % of it;
 * - agent state: raised past the state's limit, cleared when the state changes.
 */
export const SL_CLEAR_MARGIN = 0.02;
export const SL_MIN_CONTACTS = 10;
export const CLEAR_FRACTION = 0.8;

/** Default limits per agent state, seconds (null: never alert). Admins override them per state. */
export const DEFAULT_AGENT_STATE_LIMITS: Record<AgentState, number | null> = {
  AVAILABLE: null,
  ON_CONTACT: 30 * 60,
  AFTER_CONTACT_WORK: 5 * 60,
  BREAK: 20 * 60,
  MEAL: 60 * 60,
  TRAINING: 4 * 3600,
  MEETING: 2 * 3600,
  OTHER: 15 * 60,
  LOGGED_OUT: null,
};

/** The effective limit of every state: stored overrides over the defaults. */
export function agentStateLimits(overrides: Map<string, number | null>): Record<AgentState, number | null> {
  const limits = { ...DEFAULT_AGENT_STATE_LIMITS };
  for (const state of AGENT_STATES) if (overrides.has(state)) limits[state] = overrides.get(state)!;
  return limits;
}

/** BREACH: raise (if not active); CLEAR: clear (if active); HOLD: between the two, keep as is. */
export type AlertVerdict = 'BREACH' | 'CLEAR' | 'HOLD';

export interface AlertCheck {
  rule: AlertRule;
  verdict: AlertVerdict;
  /** The figure judged (null when there is nothing to judge, which clears). */
  value: number | null;
  threshold: number;
}

/** The live figures of one queue that its rules judge. */
export interface QueueAlertFigures {
  slTarget: number;
  alertMaxDepth: number | null;
  alertMaxWaitSeconds: number | null;
  depth: number;
  longestWaitSeconds: number;
  today: ServiceLevelSample;
  last30Minutes: ServiceLevelSample;
}

export interface ServiceLevelSample {
  serviceLevel: number | null;
  /** Contacts with an outcome (answered + abandoned + flowed out). */
  contacts: number;
}

/** Judges every queue rule against a queue's live figures (rules whose limit is unset clear). */
export function checkQueueAlerts(figures: QueueAlertFigures): AlertCheck[] {
  return [
    serviceLevelCheck('SERVICE_LEVEL_TODAY', figures.today, figures.slTarget),
    serviceLevelCheck('SERVICE_LEVEL_30_MIN', figures.last30Minutes, figures.slTarget),
    aboveLimitCheck('QUEUE_DEPTH', figures.depth, figures.alertMaxDepth),
    aboveLimitCheck('LONGEST_WAIT', figures.longestWaitSeconds, figures.alertMaxWaitSeconds),
  ];
}

function serviceLevelCheck(rule: AlertRule, sample: ServiceLevelSample, target: number): AlertCheck {
  const value = sample.contacts >= SL_MIN_CONTACTS ? sample.serviceLevel : null;
  let verdict: AlertVerdict = 'HOLD';
  if (value === null || value >= target + SL_CLEAR_MARGIN - 1e-12) verdict = 'CLEAR';
  else if (value < target) verdict = 'BREACH';
  return { rule, verdict, value, threshold: target };
}

function aboveLimitCheck(rule: AlertRule, value: number, limit: number | null): AlertCheck {
  if (limit === null) return { rule, verdict: 'CLEAR', value: null, threshold: 0 };
  let verdict: AlertVerdict = 'HOLD';
  if (value > limit) verdict = 'BREACH';
  else if (value <= limit * CLEAR_FRACTION) verdict = 'CLEAR';
  return { rule, verdict, value, threshold: limit };
}

/**
 * Judges an agent's time in its current state. An active alert raised for another state (or for
 * a state whose limit was lifted) clears: the agent has moved on.
 */
export function checkAgentAlert(
  state: AgentState,
  secondsInState: number,
  limits: Record<AgentState, number | null>,
  activeFor: AgentState | null,
): AlertCheck {
  const limit = limits[state];
  const rule: AlertRule = 'AGENT_STATE_DURATION';
  if (activeFor !== null && activeFor !== state) return { rule, verdict: 'CLEAR', value: null, threshold: 0 };
  if (limit === null) return { rule, verdict: 'CLEAR', value: null, threshold: 0 };
  if (secondsInState > limit) return { rule, verdict: 'BREACH', value: secondsInState, threshold: limit };
  return { rule, verdict: 'CLEAR', value: secondsInState, threshold: limit };
}

/** The key an active alert holds (one active alert per rule and subject). */
export function alertKey(rule: AlertRule, subject: number | string): string {
  return `${rule}:${subject}`;
}
