import { AGENT_STATES } from '@servicefloor/contracts';
import type { AgentState } from '@servicefloor/contracts';
import { AGENT_STATE_SECONDS_KEY, emptyAgentCounters } from './agent-counters.js';
import type { AgentCounters } from './agent-counters.js';
import type { ContactRecord, IntervalContribution } from './contact-contribution.js';
import { intervalStart, splitByInterval } from './interval.js';
import { isQaPass } from './quality.js';
import { assertFiniteMs } from './zone.js';

/**
 * An agent's time in `state` over [fromMs, toMs), apportioned to the intervals it covers (seconds of
 * the state's counter: secondsAvailable, secondsOnContact, …). LOGGED_OUT contributes nothing (it is
 * not logged-in time). An empty span gives [].
 *
 * @example agentStateContribution('BREAK', t0 + 10 min, t0 + 20 min) → 300 s of secondsBreak in t0's interval and 300 s in the next
 * @throws RangeError when the state is unknown, a bound is not finite or toMs is before fromMs.
 */
export function agentStateContribution(
  state: AgentState,
  fromMs: number,
  toMs: number,
): IntervalContribution<AgentCounters>[] {
  if (!(AGENT_STATES as readonly string[]).includes(state)) {
    throw new RangeError(`state must be one of ${AGENT_STATES.join(', ')}, got ${JSON.stringify(state)}`);
  }
  const slices = splitByInterval(fromMs, toMs);
  if (state === 'LOGGED_OUT') return [];
  const key = AGENT_STATE_SECONDS_KEY[state];
  return slices.map((slice) => {
    const counters = emptyAgentCounters();
    counters[key] = slice.ms / 1000;
    return { intervalStart: slice.intervalStart, counters };
  });
}

/**
 * A completed contact's contribution to its agent's counters: handled 1 and handleSeconds = talk +
 * hold + ACW, in the interval the contact was offered (the same interval as the queue's handled and
 * AHT, so agents' figures add up to the queue's). Null until the contact is offered and completed
 * with an agentId.
 *
 * @throws RangeError when a duration is negative or not finite, or offeredAt is not finite.
 */
export function agentContactContribution(record: ContactRecord): IntervalContribution<AgentCounters> | null {
  if (record.offeredAt == null || record.completedAt == null) return null;
  if (typeof record.agentId !== 'string' || record.agentId === '') return null;
  assertFiniteMs('offeredAt', record.offeredAt);
  const counters = emptyAgentCounters();
  counters.handled = 1;
  counters.handleSeconds =
    seconds('talkSeconds', record.talkSeconds) +
    seconds('holdSeconds', record.holdSeconds) +
    seconds('acwSeconds', record.acwSeconds);
  return { intervalStart: intervalStart(record.offeredAt), counters };
}

/**
 * A quality evaluation's contribution to its agent's counters, in the interval of `atMs`:
 * qaEvaluations 1, qaScoreSum = score, qaPassed 1 when score ≥ 80.
 *
 * @throws RangeError when the score is not 0–100 or atMs is not finite.
 */
export function qaEvaluationContribution(score: number, atMs: number): IntervalContribution<AgentCounters> {
  const counters = emptyAgentCounters();
  counters.qaEvaluations = 1;
  counters.qaPassed = isQaPass(score) ? 1 : 0;
  counters.qaScoreSum = score;
  return { intervalStart: intervalStart(atMs), counters };
}

/**
 * A training event's contribution to its agent's counters (trainingHours), in the interval of `atMs`.
 *
 * @throws RangeError when hours is not a finite number > 0 or atMs is not finite.
 */
export function trainingContribution(hours: number, atMs: number): IntervalContribution<AgentCounters> {
  if (typeof hours !== 'number' || !Number.isFinite(hours) || hours <= 0) {
    throw new RangeError(`hours must be a finite number > 0, got ${String(hours)}`);
  }
  const counters = emptyAgentCounters();
  counters.trainingHours = hours;
  return { intervalStart: intervalStart(atMs), counters };
}

function seconds(field: string, value: number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${field} must be a finite number ≥ 0, got ${String(value)}`);
  }
  return value;
}
