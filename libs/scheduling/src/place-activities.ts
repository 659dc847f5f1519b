import { INTERVAL_MINUTES } from './rules-index.js';
import type { ActivityRequest } from './model.js';
import type { Roster, RosterShift } from './roster.js';

/*
 * Activities (training, meetings, coaching) placed inside shifts after the shifts are settled:
 * each at the start in its window where taking the agent off the queue costs least (breaks
 * re-placed around it); attendees of a meeting held together get one common start, the one most
 * of them can attend. Fixed windows go first. An attendee without a shift that covers a possible
 * start, or whose breaks would no longer fit, is reported instead. Internal.
 */

/** An activity request an attendee could not be given, and why. */
export interface UnplacedActivity {
  activityId: string;
  agentId: string;
  reason: string;
}

function shiftFor(roster: Roster, a: number, start: number, end: number): RosterShift | undefined {
  for (const s of roster.shifts[a]) {
    if (!s || s.type.start > start || s.type.start + s.type.length < end) continue;
    if (s.activities.every(([x, y]) => end <= x || start >= y)) return s;
  }
  return undefined;
}

/** Cost of putting [start, end) in the agent's shift (NaN when impossible), leaving the roster unchanged. */
function trial(
  roster: Roster,
  a: number,
  start: number,
  end: number,
  commit: ActivityRequest | null,
): number {
  const shift = shiftFor(roster, a, start, end);
  if (!shift) return Number.NaN;
  const state = roster.state;
  const oldBreaks = shift.breakStarts;
  const lifted = state.remove(shift);
  shift.activities.push([start, end]);
  const placed = state.addPlacing(shift);
  const change = lifted + placed;
  if (!Number.isNaN(placed)) {
    if (commit) {
      shift.activityRequests = [...(shift.activityRequests ?? []), commit];
      return change;
    }
    state.remove(shift);
  }
  shift.activities.pop();
  shift.breakStarts = oldBreaks;
  state.add(shift);
  return change;
}

/** Places every activity request of the problem in the roster; returns those it could not place. */
export function placeActivities(roster: Roster): UnplacedActivity[] {
  const { problem } = roster;
  const agentIndex = new Map(problem.agents.map((a) => [a.id, a.index]));
  const requests = [...problem.index.activities.values()].sort(
    (x, y) =>
      x.latestEnd - x.earliestStart - x.lengthMinutes - (y.latestEnd - y.earliestStart - y.lengthMinutes),
  );
  const unplaced: UnplacedActivity[] = [];
  for (const r of requests) {
    const starts: number[] = [];
    for (let s = r.earliestStart; s + r.lengthMinutes <= r.latestEnd; s += INTERVAL_MINUTES) starts.push(s);
    const attendees = r.agentIds.map((id) => agentIndex.get(id)!);
    const together = r.together ?? r.kind === 'meeting';
    const miss = (a: number, reason: string): void => {
      unplaced.push({ activityId: r.id, agentId: problem.agents[a].id, reason });
    };
    if (together) {
      let best: { start: number; able: number[]; cost: number } | undefined;
      for (const s of starts) {
        const able: number[] = [];
        let cost = 0;
        for (const a of attendees) {
          const d = trial(roster, a, s, s + r.lengthMinutes, null);
          if (!Number.isNaN(d)) {
            able.push(a);
            cost += d;
          }
        }
        if (
          !best ||
          able.length > best.able.length ||
          (able.length === best.able.length && cost < best.cost)
        ) {
          best = { start: s, able, cost };
        }
      }
      for (const a of attendees) {
        if (best && best.able.includes(a)) trial(roster, a, best.start, best.start + r.lengthMinutes, r);
        else miss(a, 'no shift covering the common start with room for the breaks');
      }
    } else {
      for (const a of attendees) {
        let bestStart = -1;
        let bestCost = Number.POSITIVE_INFINITY;
        for (const s of starts) {
          const d = trial(roster, a, s, s + r.lengthMinutes, null);
          if (!Number.isNaN(d) && d < bestCost) {
            bestCost = d;
            bestStart = s;
          }
        }
        if (bestStart < 0) miss(a, 'no shift covering the window with room for the breaks');
        else trial(roster, a, bestStart, bestStart + r.lengthMinutes, r);
      }
    }
  }
  return unplaced;
}
