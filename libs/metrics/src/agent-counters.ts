import type { AgentState } from '@servicefloor/contracts';

/**
 * Every additive counter of an agent's interval (what a roll-up row stores):
 * - seconds* — seconds spent in each logged-in state (LOGGED_OUT is not counted);
 * - handled / handleSeconds — completed contacts the agent handled and their talk + hold + ACW;
 * - qaEvaluations / qaScoreSum / qaPassed — quality evaluations, the sum of their scores, those ≥ 80;
 * - trainingHours — hours reported by training events.
 * Seconds come from epoch-ms spans (ms / 1000): with whole-second event times they are whole numbers
 * and sums are exact; with sub-second times compare roll-ups with a tolerance.
 */
export const AGENT_COUNTER_KEYS = [
  'secondsAvailable',
  'secondsOnContact',
  'secondsAfterContactWork',
  'secondsBreak',
  'secondsMeal',
  'secondsTraining',
  'secondsMeeting',
  'secondsOther',
  'handled',
  'handleSeconds',
  'qaEvaluations',
  'qaScoreSum',
  'qaPassed',
  'trainingHours',
] as const;

export type AgentCounterKey = (typeof AGENT_COUNTER_KEYS)[number];

/** The counters of one agent and interval (or any roll-up of them). All are additive. */
export type AgentCounters = Record<AgentCounterKey, number>;

/** The seconds counter of each logged-in state. */
export const AGENT_STATE_SECONDS_KEY: Readonly<Record<Exclude<AgentState, 'LOGGED_OUT'>, AgentCounterKey>> = {
  AVAILABLE: 'secondsAvailable',
  ON_CONTACT: 'secondsOnContact',
  AFTER_CONTACT_WORK: 'secondsAfterContactWork',
  BREAK: 'secondsBreak',
  MEAL: 'secondsMeal',
  TRAINING: 'secondsTraining',
  MEETING: 'secondsMeeting',
  OTHER: 'secondsOther',
};

// Never frozen or exported: spreading a frozen object is ~20× slower.
const ZERO_AGENT_COUNTERS: Readonly<AgentCounters> = Object.fromEntries(
  AGENT_COUNTER_KEYS.map((key) => [key, 0]),
) as AgentCounters;

/** Counters with every figure 0: the identity of addAgentCounters (a copy of one zero object, see emptyContactCounters). */
export function emptyAgentCounters(): AgentCounters {
  return { ...ZERO_AGENT_COUNTERS };
}

/** a + b, key by key. Returns a new object. */
export function addAgentCounters(a: AgentCounters, b: AgentCounters): AgentCounters {
  const sum = {} as AgentCounters;
  for (const key of AGENT_COUNTER_KEYS) sum[key] = a[key] + b[key];
  return sum;
}

/** a − b, key by key: removes a contribution that is being replaced. Returns a new object. */
export function subtractAgentCounters(a: AgentCounters, b: AgentCounters): AgentCounters {
  const difference = {} as AgentCounters;
  for (const key of AGENT_COUNTER_KEYS) difference[key] = a[key] - b[key];
  return difference;
}
