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
  const pieces: Piece[] = [];
  for (const a of input.activities) {
    const date = localDateOf(a.start, input.timeZone);
    for (let from = a.start; from < a.end;) {
      const interval = Math.floor(from / INTERVAL_MS) * INTERVAL_MS;
      const to = Math.min(a.end, interval + INTERVAL_MS);
      slot(interval).paid += (to - from) / 1000;
      if (a.activity === 'work') {
        pieces.push({
          key: `${a.agentId}\u0001${interval}\u0001${date}`,
          agentId: a.agentId,
          date,
          interval,
          start: from,
          end: to,
        });
        slot(interval).scheduled += (to - from) / 1000;
      }
      from = to;
    }
  }
  const work = input.activities.filter((a) => a.activity === 'work');
  const loggedIn = input.states
    .filter((s) => s.state !== 'LOGGED_OUT')
    .map((s) => ({ ...s, state: 'AVAILABLE' as AgentState }));
  const measures = [
    { field: 'adherent' as const, states: input.states },
    { field: 'loggedIn' as const, states: loggedIn },
  ];
  const byKey = new Map<string, { interval: number; adherent: number; loggedIn: number }>();
  for (const p of pieces) byKey.set(p.key, { interval: p.interval, adherent: 0, loggedIn: 0 });
  for (const { field, states } of measures) {
    const strict = strictSeconds(pieces, states);
    const forgiven = forgivenSeconds(work, states, input, pieces, strict);
    for (const [key, k] of byKey) k[field] = (strict.get(key) ?? 0) + (forgiven.get(key) ?? 0);
  }
  for (const k of byKey.values()) {
    // The two spreads of forgiven time may cross by seconds; adherent time is logged in.
    slot(k.interval).adherent += k.adherent;
    slot(k.interval).loggedIn += Math.max(k.loggedIn, k.adherent);
  }
  return out;
}

interface Piece {
  key: string;
  agentId: string;
  date: string;
  interval: number;
  start: number;
  end: number;
}

/**
 * Seconds of each piece in a state that matches work (libs/scheduling ADHERENCE_STATES), without
 * any tolerance: the overlap of the piece with the agent's matching state periods. (The module's
 * adherence() gives the same per agent and day; overlapping directly spares it formatting a local
 * date for every piece and state, which cost seconds a week.)
 */
function strictSeconds(pieces: Piece[], states: readonly TimedState[]): Map<string, number> {
  const working = new Set<AgentState>(ADHERENCE_STATES.work);
  const byAgent = new Map<string, TimedState[]>();
  for (const s of states) {
    if (!working.has(s.state)) continue;
    const list = byAgent.get(s.agentId) ?? [];
    list.push(s);
    byAgent.set(s.agentId, list);
  }
  for (const list of byAgent.values()) list.sort((a, b) => a.start - b.start);
  const out = new Map<string, number>();
  const ordered = [...pieces].sort((a, b) => a.agentId.localeCompare(b.agentId) || a.start - b.start);
  let agent = '';
  let list: TimedState[] = [];
  let first = 0;
  for (const p of ordered) {
    if (p.agentId !== agent) {
      agent = p.agentId;
      list = byAgent.get(agent) ?? [];
      first = 0;
    }
    while (first < list.length && list[first].end <= p.start) first++;
    let ms = 0;
    for (let k = first; k < list.length && list[k].start < p.end; k++)
      ms += Math.min(p.end, list[k].end) - Math.max(p.start, list[k].start);
    out.set(p.key, (out.get(p.key) ?? 0) + ms / 1000);
  }
  return out;
}

/**
 * What the tolerance forgives per piece: the module's adherence of whole work activities per agent
 * and local day, less the strict seconds of that day's pieces, spread over the pieces by mismatch.
 */
function forgivenSeconds(
  work: readonly TimedActivity[],
  states: readonly TimedState[],
  input: IntervalAdherenceInput,
  pieces: Piece[],
  strict: Map<string, number>,
): Map<string, number> {
  const rows = adherence({
    scheduledActivities: work.map((a) => ({ ...a })),
    actualStates: states.map((s) => ({ ...s })),
    toleranceSecondsByActivity: input.tolerances,
    timeZone: input.timeZone,
  });
  const dayKey = (agentId: string, date: string) => `${agentId}\u0001${date}`;
  const withTolerance = new Map(rows.map((r) => [dayKey(r.agentId, r.date), r.adherentSeconds]));
  const day = new Map<string, { strict: number; mismatch: number }>();
  const mismatchOf = new Map<string, number>();
  for (const p of pieces) {
    const seconds = (p.end - p.start) / 1000;
    mismatchOf.set(p.key, (mismatchOf.get(p.key) ?? 0) + seconds);
  }
  for (const [key, total] of mismatchOf) mismatchOf.set(key, Math.max(0, total - (strict.get(key) ?? 0)));
  const counted = new Set<string>();
  for (const p of pieces) {
    if (counted.has(p.key)) continue;
    counted.add(p.key);
    const d = day.get(dayKey(p.agentId, p.date)) ?? { strict: 0, mismatch: 0 };
    d.strict += strict.get(p.key) ?? 0;
    d.mismatch += mismatchOf.get(p.key) ?? 0;
    day.set(dayKey(p.agentId, p.date), d);
  }
  const out = new Map<string, number>();
  for (const key of counted) {
    const [agentId, , date] = key.split('\u0001');
    const d = day.get(dayKey(agentId, date))!;
    const forgiven = Math.max(0, (withTolerance.get(dayKey(agentId, date)) ?? 0) - d.strict);
    if (forgiven > 0 && d.mismatch > 0) out.set(key, (forgiven * (mismatchOf.get(key) ?? 0)) / d.mismatch);
  }
  return out;
}
