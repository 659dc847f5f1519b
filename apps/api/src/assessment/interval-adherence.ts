import type { AgentState } from '@servicefloor/contracts';
import { INTERVAL_MS } from '@servicefloor/metrics';
import {
  adherence,
  ADHERENCE_STATES,
  type ActualState,
  type ScheduledActivityKind,
} from '@servicefloor/scheduling';
import { localDateOf } from '../planning/zone.js';

/** A scheduled activity or a state period in epoch milliseconds, [start, end). */
export interface TimedActivity {
  agentId: string;
  activity: ScheduledActivityKind;
  start: number;
  end: number;
}
export type TimedState = ActualState & { state: AgentState; start: number; end: number };

/** Seconds of one interval's plan: on shift, scheduled to work, and of that logged in and working. */
export interface IntervalPlanSeconds {
  paid: number;
  scheduled: number;
  loggedIn: number;
  adherent: number;
}

export interface IntervalAdherenceInput {
  activities: readonly TimedActivity[];
  states: readonly TimedState[];
  tolerances: Partial<Record<ScheduledActivityKind, number>>;
  timeZone: string;
}

/**
 * The scheduled agents' work per 15-minute interval, measured with the scheduling module's
 * definitions (libs/scheduling adherence(), metrics.md): adherent = scheduled work time in a working
 * state, logged in = scheduled work time in any state but LOGGED_OUT (conformance, the same rule
 * on the states seen as in or out). The tolerance forgives the start of each stretch of mismatch
 * within a whole activity, so it is measured per agent and day on whole activities; what it
 * forgives is spread over that day's intervals in proportion to their mismatch (cutting activities
 * at interval boundaries would forgive a long absence again in every interval).
 */
export function intervalAdherence(input: IntervalAdherenceInput): Map<number, IntervalPlanSeconds> {
  const out = new Map<number, IntervalPlanSeconds>();
  const slot = (at: number) => {
    let s = out.get(at);
    if (!s) out.set(at, (s = { paid: 0, scheduled: 0, loggedIn: 0, adherent: 0 }));
    return s;
  };
  const work: TimedActivity[] = [];
  const slices = new Map<string, Slice>();
  for (const a of input.activities) {
    const isWork = a.activity === 'work';
    if (isWork) work.push(a);
    // A scheduled activity belongs to the local date it starts on (libs/scheduling adherence()).
    const day = isWork ? `${a.agentId}\u0001${localDateOf(a.start, input.timeZone)}` : '';
    for (let from = a.start; from < a.end;) {
      const interval = from - (from % INTERVAL_MS);
      const to = Math.min(a.end, interval + INTERVAL_MS);
      slot(interval).paid += (to - from) / 1000;
      if (isWork) {
        const key = `${day}\u0001${interval}`;
        let slice = slices.get(key);
        if (!slice) {
          slice = { agentId: a.agentId, day, interval, spans: [], seconds: 0, adherent: 0, loggedIn: 0 };
          slices.set(key, slice);
        }
        slice.spans.push([from, to]);
        slice.seconds += (to - from) / 1000;
        slot(interval).scheduled += (to - from) / 1000;
      }
      from = to;
    }
  }
  const list = [...slices.values()];
  // Only what can match work counts (any other state is a mismatch, as no state is): working
  // states for adherence, any state but LOGGED_OUT — seen as working — for conformance, merged
  // where they follow each other and kept only where work was scheduled.
  const working = new Set<AgentState>(ADHERENCE_STATES.work);
  const measures = [
    { field: 'adherent' as const, states: matchingWork(input.states, work, (s) => working.has(s)) },
    { field: 'loggedIn' as const, states: matchingWork(input.states, work, (s) => s !== 'LOGGED_OUT') },
  ];
  for (const { field, states } of measures) {
    strictSeconds(list, states, field);
    addForgiven(list, work, states, input, field);
  }
  for (const s of list) {
    // The two spreads of forgiven time may cross by seconds; adherent time is logged in.
    slot(s.interval).adherent += s.adherent;
    slot(s.interval).loggedIn += Math.max(s.loggedIn, s.adherent);
  }
  return out;
}

/** An agent's scheduled work of one local day within one interval. */
interface Slice {
  agentId: string;
  /** agentId and the local date the work's activity started on. */
  day: string;
  interval: number;
  spans: [number, number][];
  seconds: number;
  adherent: number;
  loggedIn: number;
}

/**
 * The periods whose state `counts`, as AVAILABLE, merged where one follows another, of the agents
 * and times where work was scheduled (for adherence() these are all that can match work).
 */
function matchingWork(
  states: readonly TimedState[],
  work: readonly TimedActivity[],
  counts: (state: AgentState) => boolean,
): TimedState[] {
  const spans = groupByAgent(work);
  const byAgent = groupByAgent(states.filter((s) => counts(s.state) && spans.has(s.agentId)));
  const out: TimedState[] = [];
  for (const [agentId, list] of byAgent) {
    const scheduled = spans.get(agentId)!;
    let k = 0;
    let last: TimedState | null = null;
    for (const s of list) {
      while (k < scheduled.length && scheduled[k].end <= s.start) k++;
      if (k === scheduled.length || scheduled[k].start >= s.end) continue;
      if (last && last.end === s.start) last.end = s.end;
      else out.push((last = { agentId, state: 'AVAILABLE', start: s.start, end: s.end }));
    }
  }
  return out;
}

/** Items per agent, each list sorted by start. */
function groupByAgent<T extends { agentId: string; start: number }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const list = out.get(item.agentId) ?? [];
    list.push(item);
    out.set(item.agentId, list);
  }
  for (const list of out.values()) list.sort((a, b) => a.start - b.start);
  return out;
}

/**
 * Seconds of each slice within the matching periods, without any tolerance: their overlap. (The
 * module's adherence() gives the same per agent and day; overlapping directly spares it formatting
 * a local date for every piece of an activity.)
 */
function strictSeconds(slices: Slice[], states: readonly TimedState[], field: 'adherent' | 'loggedIn'): void {
  const byAgent = groupByAgent(states);
  for (const slice of slices) {
    const periods = byAgent.get(slice.agentId) ?? [];
    let ms = 0;
    for (const [from, to] of slice.spans) {
      // Binary search for the first period ending after `from`.
      let lo = 0;
      let hi = periods.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (periods[mid].end <= from) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < periods.length && periods[k].start < to; k++)
        ms += Math.min(to, periods[k].end) - Math.max(from, periods[k].start);
    }
    slice[field] = ms / 1000;
  }
}

/**
 * Adds what the tolerance forgives to each slice: the module's adherence of whole work activities
 * per agent and local day, less the strict seconds of that day's slices, spread over the slices by
 * their mismatch.
 */
function addForgiven(
  slices: Slice[],
  work: readonly TimedActivity[],
  states: readonly TimedState[],
  input: IntervalAdherenceInput,
  field: 'adherent' | 'loggedIn',
): void {
  const rows = adherence({
    scheduledActivities: work.map((a) => ({ ...a })),
    actualStates: states.map((s) => ({ ...s })),
    toleranceSecondsByActivity: input.tolerances,
    timeZone: input.timeZone,
  });
  const withTolerance = new Map(rows.map((r) => [`${r.agentId}\u0001${r.date}`, r.adherentSeconds]));
  const days = new Map<string, { strict: number; mismatch: number }>();
  for (const s of slices) {
    const d = days.get(s.day) ?? { strict: 0, mismatch: 0 };
    d.strict += s[field];
    d.mismatch += Math.max(0, s.seconds - s[field]);
    days.set(s.day, d);
  }
  for (const s of slices) {
    const d = days.get(s.day)!;
    const forgiven = Math.max(0, (withTolerance.get(s.day) ?? 0) - d.strict);
    if (forgiven > 0 && d.mismatch > 0)
      s[field] += (forgiven * Math.max(0, s.seconds - s[field])) / d.mismatch;
  }
}
