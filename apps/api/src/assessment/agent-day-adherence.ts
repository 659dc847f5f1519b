import type { AgentState } from '@servicefloor/contracts';
import { adherence, ADHERENCE_STATES, type ScheduledActivityKind } from '@servicefloor/scheduling';
import { dayEnd, localDateOf } from '../planning/zone.js';
import type { TimedActivity, TimedState } from './interval-adherence.js';

/** One agent's scheduled, adherent and logged-in seconds on one local day. */
export interface AgentDaySeconds {
  agentId: string;
  date: string;
  scheduledSeconds: number;
  adherentSeconds: number;
  loggedInSeconds: number;
}

/**
 * Adherence and conformance per agent and local day of a published week, as the scheduling
 * module's AdherenceService.day gives them one day at a time — libs/scheduling adherence() on each
 * day's activities (those starting that day, cut at its end and at `now`) and the states within the
 * day — for the whole week in one call: a month of a large center read day by day took seconds
 * (a query per agent and day). Only agents with something scheduled on a day have a row for it.
 */
export function agentDayAdherence(input: {
  activities: readonly TimedActivity[];
  states: readonly TimedState[];
  tolerances: Partial<Record<ScheduledActivityKind, number>>;
  timeZone: string;
  now: number;
}): AgentDaySeconds[] {
  const { timeZone, now } = input;
  const ends = new Map<string, number>();
  const endOfDay = (ms: number) => {
    const date = localDateOf(ms, timeZone);
    let end = ends.get(date);
    if (end === undefined) ends.set(date, (end = dayEnd(date, timeZone)));
    return end;
  };
  const activities = input.activities
    .map((a) => ({ ...a, end: Math.min(a.end, endOfDay(a.start), now) }))
    .filter((a) => a.start < now && a.end > a.start);
  // A state period counts for each day it spans (the module reads each day's states within it).
  const states: TimedState[] = [];
  for (const s of asMatched(input.states)) {
    for (let from = Math.max(s.start, 0); from < Math.min(s.end, now);) {
      const to = Math.min(s.end, endOfDay(from), now);
      states.push({ ...s, start: from, end: to });
      from = to;
    }
  }
  return adherence({
    scheduledActivities: activities,
    actualStates: states,
    toleranceSecondsByActivity: input.tolerances,
    timeZone,
  })
    .filter((r) => r.scheduledSeconds > 0)
    .map((r) => ({
      agentId: r.agentId,
      date: r.date,
      scheduledSeconds: r.scheduledSeconds,
      adherentSeconds: r.adherentSeconds,
      loggedInSeconds: r.loggedInSeconds,
    }));
}

const WORKING = new Set<AgentState>(ADHERENCE_STATES.work);

/**
 * The states as adherence() tells them apart: the working states (available, on contact,
 * after-contact work) match the same activities, so they become one AVAILABLE period where they
 * follow each other; logged-out time is as no state. Adherent and logged-in seconds are unchanged,
 * and a busy agent's hundreds of state changes a day become a few periods.
 */
function asMatched(states: readonly TimedState[]): TimedState[] {
  const sorted = states
    .filter((s) => s.state !== 'LOGGED_OUT')
    .map((s) => ({ ...s, state: WORKING.has(s.state) ? ('AVAILABLE' as AgentState) : s.state }))
    .sort((a, b) => a.agentId.localeCompare(b.agentId) || a.start - b.start);
  const out: TimedState[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && last.agentId === s.agentId && last.state === s.state && last.end === s.start)
      last.end = s.end;
    else out.push(s);
  }
  return out;
}
