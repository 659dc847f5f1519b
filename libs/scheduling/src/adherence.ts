import type { AgentState } from '@servicefloor/contracts';
import type { ActivityKind } from './model.js';
import { localDateKey, toMs, type Instant } from './local-time.js';

export type { Instant } from './local-time.js';

/** What an agent is scheduled to do: work on a queue, a break, a meal, or an activity. */
export type ScheduledActivityKind = 'work' | 'break' | 'meal' | ActivityKind;

/**
 * The agent states that count as doing each scheduled activity (metrics.md agent states).
 * Coaching is a meeting with a coach, so it is MEETING.
 */
export const ADHERENCE_STATES: Readonly<Record<ScheduledActivityKind, readonly AgentState[]>> = {
  work: ['AVAILABLE', 'ON_CONTACT', 'AFTER_CONTACT_WORK'],
  break: ['BREAK'],
  meal: ['MEAL'],
  training: ['TRAINING'],
  meeting: ['MEETING'],
  coaching: ['MEETING'],
};

/** Default adherence tolerance per activity, seconds (metrics.md: default 60 s). */
export const DEFAULT_TOLERANCE_SECONDS = 60;

/** One scheduled activity of one agent, [start, end). */
export interface ScheduledActivity {
  agentId: string;
  activity: ScheduledActivityKind;
  start: Instant;
  end: Instant;
}

/** A period an agent spent in one state, [start, end). Time in no period counts as LOGGED_OUT. */
export interface ActualState {
  agentId: string;
  state: AgentState;
  start: Instant;
  end: Instant;
}

export interface AdherenceInput {
  scheduledActivities: ScheduledActivity[];
  actualStates: ActualState[];
  /** Seconds of mismatch forgiven per mismatch, by scheduled activity (default 60 each). */
  toleranceSecondsByActivity?: Partial<Record<ScheduledActivityKind, number>>;
  /** IANA time zone whose calendar dates the days are (default "UTC"). */
  timeZone?: string;
}

/** Adherence and conformance of one agent on one local date. */
export interface AgentDayAdherence {
  agentId: string;
  /** Local date, YYYY-MM-DD. */
  date: string;
  scheduledSeconds: number;
  adherentSeconds: number;
  /** adherentSeconds / scheduledSeconds; null when nothing was scheduled. */
  adherence: number | null;
  loggedInSeconds: number;
  /** loggedInSeconds / scheduledSeconds; null when nothing was scheduled. */
  conformance: number | null;
}

interface Span {
  start: number;
  end: number;
}

function tolerance(input: AdherenceInput, activity: ScheduledActivityKind): number {
  const seconds = input.toleranceSecondsByActivity?.[activity] ?? DEFAULT_TOLERANCE_SECONDS;
  if (!(seconds >= 0))
    throw new RangeError(`toleranceSecondsByActivity.${activity} must be ≥ 0, got ${seconds}`);
  return seconds * 1000;
}

function checkedSpans<T extends { agentId: string; start: Instant; end: Instant }>(
  field: string,
  items: T[],
): Map<string, (T & Span)[]> {
  const byAgent = new Map<string, (T & Span)[]>();
  items.forEach((item, i) => {
    const start = toMs(`${field}[${i}].start`, item.start);
    const end = toMs(`${field}[${i}].end`, item.end);
    if (!(end > start)) throw new RangeError(`${field}[${i}].end must be after its start`);
    const list = byAgent.get(item.agentId) ?? [];
    list.push({ ...item, start, end });
    byAgent.set(item.agentId, list);
  });
  for (const [agentId, list] of byAgent) {
    list.sort((a, b) => a.start - b.start);
    for (let k = 1; k < list.length; k++) {
      if (list[k].start < list[k - 1].end) {
        throw new RangeError(
          `${field} of agent "${agentId}" overlap at ${new Date(list[k].start).toISOString()}`,
        );
      }
    }
  }
  return byAgent;
}

/**
 * Adherent milliseconds of one scheduled span: time in a matching state, plus, for every maximal
 * stretch of mismatch inside the span, its first `toleranceMs` (a late or early change of state up to
 * the tolerance is not held against the agent).
 */
function adherentMs(
  span: Span,
  allowed: readonly AgentState[],
  states: (ActualState & Span)[],
  toleranceMs: number,
): number {
  let matched = 0;
  let forgiven = 0;
  let cursor = span.start;
  const mismatch = (until: number): void => {
    if (until > cursor) forgiven += Math.min(until - cursor, toleranceMs);
  };
  for (const s of states) {
    if (s.end <= span.start || !allowed.includes(s.state)) continue;
    if (s.start >= span.end) break;
    const from = Math.max(s.start, span.start);
    const to = Math.min(s.end, span.end);
    mismatch(from);
    matched += to - from;
    cursor = to;
  }
  mismatch(span.end);
  return matched + forgiven;
}

/**
 * Adherence and conformance per agent per local date (metrics.md "Agent metrics"):
 * adherence = time whose actual state matches the scheduled activity / scheduled time;
 * conformance = time logged in / time scheduled to work.
 *
 * A state matches an activity when it is one of ADHERENCE_STATES[activity]. Each maximal stretch of
 * mismatch within one scheduled activity is forgiven up to that activity's tolerance (default 60 s),
 * so a state change up to the tolerance early or late costs nothing and a longer one costs what
 * exceeds the tolerance. Scheduled time is every scheduled activity, breaks and meals included;
 * logged-in time is every period in a state other than LOGGED_OUT, scheduled or not, so conformance
 * above 1 means overtime. A scheduled activity, and a state period, belong to the local date on which
 * it starts.
 *
 * Throws a RangeError naming the field when a time is invalid, an end is not after its start, the
 * scheduled activities or the states of one agent overlap, a tolerance is negative or the time zone
 * is unknown.
 *
 * @example 09:00–10:00 work, agent AVAILABLE from 09:00:30: 30 s late is within the 60 s tolerance,
 * so adherence is 1; AVAILABLE from 09:02: 120 s mismatch, 60 forgiven, adherence (3600 − 60) / 3600.
 */
export function adherence(input: AdherenceInput): AgentDayAdherence[] {
  const timeZone = input.timeZone ?? 'UTC';
  const scheduled = checkedSpans('scheduledActivities', input.scheduledActivities);
  const states = checkedSpans('actualStates', input.actualStates);
  const rows = new Map<string, AgentDayAdherence>();
  const row = (agentId: string, at: number): AgentDayAdherence => {
    const date = localDateKey(at, timeZone);
    const key = `${agentId}\u0000${date}`;
    let r = rows.get(key);
    if (!r) {
      r = {
        agentId,
        date,
        scheduledSeconds: 0,
        adherentSeconds: 0,
        adherence: null,
        loggedInSeconds: 0,
        conformance: null,
      };
      rows.set(key, r);
    }
    return r;
  };
  for (const [agentId, list] of scheduled) {
    const own = states.get(agentId) ?? [];
    for (const a of list) {
      const r = row(agentId, a.start);
      r.scheduledSeconds += (a.end - a.start) / 1000;
      r.adherentSeconds +=
        adherentMs(a, ADHERENCE_STATES[a.activity], own, tolerance(input, a.activity)) / 1000;
    }
  }
  for (const [agentId, list] of states) {
    for (const s of list)
      if (s.state !== 'LOGGED_OUT') row(agentId, s.start).loggedInSeconds += (s.end - s.start) / 1000;
  }
  const out = [...rows.values()];
  for (const r of out) {
    if (r.scheduledSeconds > 0) {
      r.adherence = r.adherentSeconds / r.scheduledSeconds;
      r.conformance = r.loggedInSeconds / r.scheduledSeconds;
    }
  }
  return out.sort((a, b) => a.agentId.localeCompare(b.agentId) || a.date.localeCompare(b.date));
}

/** The live adherence of one agent now. */
export interface AdherenceStatus {
  /** The activity scheduled now, or null when the agent is not scheduled. */
  scheduled: ScheduledActivityKind | null;
  expectedStates: readonly AgentState[];
  /** Seconds the agent has been in a mismatching state during the current activity (0 when matching). */
  mismatchSeconds: number;
  outOfAdherence: boolean;
}

/**
 * Live adherence of an agent at `now`: which activity is scheduled, whether the current state (held
 * since `since`) matches it, and whether the mismatch has lasted longer than the activity's tolerance
 * (counted from the later of `since` and the activity's start, as in adherence()). An agent with
 * nothing scheduled now is never out of adherence. `agentSchedule` is the agent's own scheduled
 * activities. Throws a RangeError when a time is invalid.
 */
export function adherenceStatus(
  now: Instant,
  agentSchedule: ScheduledActivity[],
  currentState: AgentState,
  since: Instant,
  toleranceSecondsByActivity?: Partial<Record<ScheduledActivityKind, number>>,
): AdherenceStatus {
  const at = toMs('now', now);
  const from = toMs('since', since);
  const current = agentSchedule.find(
    (a, i) => toMs(`agentSchedule[${i}].start`, a.start) <= at && at < toMs(`agentSchedule[${i}].end`, a.end),
  );
  if (!current) return { scheduled: null, expectedStates: [], mismatchSeconds: 0, outOfAdherence: false };
  const expectedStates = ADHERENCE_STATES[current.activity];
  if (expectedStates.includes(currentState)) {
    return { scheduled: current.activity, expectedStates, mismatchSeconds: 0, outOfAdherence: false };
  }
  const mismatchMs = at - Math.max(from, toMs('start', current.start));
  const toleranceMs = tolerance(
    { scheduledActivities: [], actualStates: [], toleranceSecondsByActivity },
    current.activity,
  );
  return {
    scheduled: current.activity,
    expectedStates,
    mismatchSeconds: Math.max(0, mismatchMs) / 1000,
    outOfAdherence: mismatchMs > toleranceMs,
  };
}

/**
 * Whether an agent is out of adherence at `now` (see adherenceStatus): in a state that does not match
 * the scheduled activity for longer than its tolerance. Throws a RangeError when a time is invalid.
 */
export function isOutOfAdherence(
  now: Instant,
  agentSchedule: ScheduledActivity[],
  currentState: AgentState,
  since: Instant,
  toleranceSecondsByActivity?: Partial<Record<ScheduledActivityKind, number>>,
): boolean {
  return adherenceStatus(now, agentSchedule, currentState, since, toleranceSecondsByActivity).outOfAdherence;
}
