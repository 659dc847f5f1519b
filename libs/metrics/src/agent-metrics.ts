import type { AgentCounters } from './agent-counters.js';
import { ratio } from './ratio.js';

/** What the schedule says about the same agent(s) and period, when there is a schedule. */
export interface AgentSchedule {
  /** Time scheduled to work (shifts, including scheduled breaks and activities), seconds. */
  scheduledSeconds?: number | null;
  /** Scheduled time whose actual state matched the scheduled activity (see adherence), seconds. */
  adherentSeconds?: number | null;
}

/** The agent metrics of metrics.md. Ratios are fractions or null (zero denominator or no schedule). */
export interface AgentMetrics {
  /** Seconds in any state but LOGGED_OUT. */
  loggedInSeconds: number;
  /** On contact + after-contact work, seconds. */
  handlingSeconds: number;
  availableSeconds: number;
  /** Break + meal + training + meeting + other, seconds. */
  shrinkageSeconds: number;
  /** handling / (handling + available). */
  occupancy: number | null;
  /** handling / logged in. */
  utilization: number | null;
  /** (break + meal + training + meeting + other) / paid, with paid time = logged-in time. */
  shrinkage: number | null;
  /** logged in / scheduled; null without a schedule. */
  conformance: number | null;
  /** adherent / scheduled; null without a schedule. */
  adherence: number | null;
  handled: number;
  /** handleSeconds / handled, seconds. */
  aht: number | null;
  qaEvaluations: number;
  /** Mean evaluation score, 0–100. */
  qaScore: number | null;
  /** Share of evaluations scoring ≥ 80. */
  qaPassRate: number | null;
  trainingHours: number;
}

/**
 * Computes the agent metrics of metrics.md from counters (one agent or a team, one interval or any
 * roll-up):
 * - occupancy = handling / (handling + available idle), handling = on contact + after-contact work;
 * - utilization = handling / logged-in time;
 * - shrinkage = time not available for contacts (break, meal, training, meeting, other) / paid time.
 *   Paid time is taken as logged-in time: absence (scheduled but not logged in) is not observable from
 *   agent states, and shows instead in conformance;
 * - conformance = logged-in / scheduled time; adherence = adherent / scheduled time — both null
 *   without a schedule (scheduledSeconds missing or 0), adherence also without adherentSeconds;
 * - AHT = handleSeconds / handled; QA score = mean score; QA pass rate = share ≥ 80.
 *
 * @throws RangeError when scheduledSeconds or adherentSeconds is negative or not finite.
 */
export function agentMetrics(counters: AgentCounters, schedule: AgentSchedule = {}): AgentMetrics {
  const scheduled = optionalSeconds('scheduledSeconds', schedule.scheduledSeconds);
  const adherent = optionalSeconds('adherentSeconds', schedule.adherentSeconds);
  const handlingSeconds = counters.secondsOnContact + counters.secondsAfterContactWork;
  const shrinkageSeconds =
    counters.secondsBreak +
    counters.secondsMeal +
    counters.secondsTraining +
    counters.secondsMeeting +
    counters.secondsOther;
  const loggedInSeconds = counters.secondsAvailable + handlingSeconds + shrinkageSeconds;
  return {
    loggedInSeconds,
    handlingSeconds,
    availableSeconds: counters.secondsAvailable,
    shrinkageSeconds,
    occupancy: ratio(handlingSeconds, handlingSeconds + counters.secondsAvailable),
    utilization: ratio(handlingSeconds, loggedInSeconds),
    shrinkage: ratio(shrinkageSeconds, loggedInSeconds),
    conformance: scheduled === null ? null : ratio(loggedInSeconds, scheduled),
    adherence: scheduled === null || adherent === null ? null : ratio(adherent, scheduled),
    handled: counters.handled,
    aht: ratio(counters.handleSeconds, counters.handled),
    qaEvaluations: counters.qaEvaluations,
    qaScore: ratio(counters.qaScoreSum, counters.qaEvaluations),
    qaPassRate: ratio(counters.qaPassed, counters.qaEvaluations),
    trainingHours: counters.trainingHours,
  };
}

function optionalSeconds(field: string, value: number | null | undefined): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
    throw new RangeError(`${field} must be a finite number ≥ 0, got ${String(value)}`);
  }
  return value;
}
