import type { PlannedShift } from './solve-covering.js';
import type { Roster, RosterShift } from './roster.js';
import type { ShiftType } from './planning-problem.js';
import { MINUTES_PER_DAY } from './rules-index.js';

/*
 * First assignment of planned shifts to agents, day by day in time order. A shift goes to the
 * feasible agent of its skill group who most needs it: the one with the most days still to work
 * to reach the weekly minimum per day left on which it can work, then the one with most unused
 * working days per day left (agents who must work every remaining day come first, or they miss
 * their minimum), and the one whose paid time still wanted per working day left (towards its
 * group's planned hours per agent) is closest to the shift's; among those, the one whose shift the
 * day before started closest to this one
 * (keeping early and late workers apart protects tomorrow's rest between shifts); weekend and
 * late shifts lean to agents who have had fewer, and shifts with room for an activity to its
 * attendees. A shift nobody in the group can take is offered
 * at the nearest start (±2 h) someone can. Only when the whole day's plan has been offered to the
 * groups does what is left go to skilled agents of other groups, and only from groups with more
 * working days left than planned shifts left, so a group is not robbed of the agents its own
 * shifts need later. The rest is returned as unassigned. Internal.
 */

/** Score lost per hour between a shift's paid time and what the agent needs per working day left. */
const FIT_PER_HOUR = 0.5;

/** Assigns planned shifts to agents of the roster; returns how many could not be assigned. */
export function assignShifts(roster: Roster, planned: PlannedShift[]): number {
  const { problem } = roster;
  const byDay: PlannedShift[][] = Array.from({ length: problem.days }, () => []);
  for (const p of planned) byDay[p.type.day].push(p);
  const workable = problem.agents.map((a) => {
    const days = new Uint8Array(problem.days);
    for (let d = 0; d < problem.days; d++) if (!a.daysOff.has(d)) days[d] = 1;
    return days;
  });
  // planned shifts of each group still to assign, and working days its agents have left
  const pending = new Int32Array(problem.groups.length);
  for (const p of planned) pending[p.group] += p.count;
  const spareDays = (g: number): number =>
    problem.groups[g].agents.reduce((s, a) => s + problem.agents[a].maxDays - roster.daysWorked[a], 0) -
    pending[g];
  // Paid minutes each agent aims at: its group's planned paid time shared equally, within its contract.
  const groupPaid = new Float64Array(problem.groups.length);
  for (const p of planned) groupPaid[p.group] += p.count * p.type.paid;
  const target = problem.agents.map((a) =>
    Math.min(a.maxPaid, Math.max(a.minPaid, groupPaid[a.group] / problem.groups[a.group].agents.length)),
  );
  const nearby = (type: ShiftType): ShiftType[] =>
    problem.typesByTemplateDay[type.templateIndex][type.day]
      .filter((t) => t !== type && t.length === type.length && Math.abs(t.start - type.start) <= 120)
      .sort((x, y) => Math.abs(x.start - type.start) - Math.abs(y.start - type.start));

  const score = (a: number, type: ShiftType): number => {
    const agent = problem.agents[a];
    let left = 0;
    for (let d = type.day; d < problem.days; d++) left += workable[a][d];
    left = Math.max(left, 1);
    const need = Math.max(0, agent.minPaid - roster.paid[a]);
    const needDays = need > 0 ? Math.ceil(need / Math.max(type.paid, 1)) : 0;
    let s = (10 * needDays) / left + (agent.maxDays - roster.daysWorked[a]) / left;
    // Long shifts to agents behind their target per working day left, short ones to those ahead:
    // an agent given long shifts all week runs into its weekly maximum before its last day.
    const slots = Math.min(agent.maxDays - roster.daysWorked[a], left);
    if (slots > 0) s -= (FIT_PER_HOUR * Math.abs(type.paid - (target[a] - roster.paid[a]) / slots)) / 60;
    const before = type.day > 0 ? roster.shifts[a][type.day - 1] : null;
    if (before) s -= Math.abs(before.type.start + MINUTES_PER_DAY - type.start) / (8 * 60);
    if (type.weekend) s -= 0.3 * roster.weekend[a];
    if (type.late) s -= 0.3 * roster.late[a];
    for (const r of roster.requestsOf(a)) {
      const room = Math.min(type.start + type.length, r.latestEnd) - Math.max(type.start, r.earliestStart);
      if (room >= r.lengthMinutes && !roster.canAttend(a, r)) s += 2;
    }
    return s;
  };

  /** Best (agent, type) among `agents` for the planned shift, exact type first, then nearby starts. */
  const choose = (p: PlannedShift, agents: number[]): { agent: number; type: ShiftType } | undefined => {
    for (const types of [[p.type], nearby(p.type)]) {
      for (const type of types) {
        let best = -1;
        let bestScore = Number.NEGATIVE_INFINITY;
        for (const a of agents) {
          if (!roster.canTake(a, type, p.queue)) continue;
          const s = score(a, type);
          if (s > bestScore) {
            bestScore = s;
            best = a;
          }
        }
        if (best >= 0) return { agent: best, type };
      }
    }
    return undefined;
  };

  const give = (p: PlannedShift, choice: { agent: number; type: ShiftType }): boolean => {
    const shift: RosterShift = {
      agent: choice.agent,
      type: choice.type,
      queue: p.queue,
      weight: problem.agents[choice.agent].skills[p.queue],
      breakStarts: [],
      activities: [],
    };
    return !Number.isNaN(roster.insert(shift, true));
  };

  let unassigned = 0;
  for (let day = 0; day < problem.days; day++) {
    const instances = byDay[day]
      .flatMap((p) => Array.from({ length: p.count }, () => p))
      .sort((x, y) => x.type.start - y.type.start || y.type.length - x.type.length);
    const left: PlannedShift[] = [];
    for (const p of instances) {
      const choice = choose(p, problem.groups[p.group].agents);
      if (choice && give(p, choice)) pending[p.group]--;
      else left.push(p);
    }
    for (const p of left) {
      pending[p.group]--;
      const donors = problem.groups
        .filter((g) => g.index !== p.group && g.skills[p.queue] > 0 && spareDays(g.index) > 0)
        .flatMap((g) => g.agents);
      const choice = choose(p, donors);
      if (!choice || !give(p, choice)) unassigned++;
    }
  }
  return unassigned;
}
