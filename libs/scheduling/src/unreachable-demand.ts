import { INTERVAL_MINUTES } from './rules-index.js';
import { agentMayWorkType, type PlanningProblem } from './planning-problem.js';

/*
 * Demand no schedule of these agents can staff: the queue-intervals that no shift any skilled
 * agent may work (template, day, availability, time off) spans. Every schedule, and the covering
 * LP, leaves exactly the requirement there uncovered, so it is counted apart from the gap between
 * the schedule and its lower bound (a 24-hour hotline staffed only by day templates would otherwise
 * hide the gap behind the night's demand). Internal.
 */

/** Per queue index, per interval: 1 where some shift an agent with the skill may work is present. */
export function reachableIntervals(problem: PlanningProblem): Uint8Array[] {
  const reach = problem.queues.map(() => new Uint8Array(problem.intervals));
  for (const g of problem.groups) {
    for (const ti of g.templates) {
      for (const typesOfDay of problem.typesByTemplateDay[ti]) {
        for (const t of typesOfDay) {
          if (!g.agents.some((a) => agentMayWorkType(problem, problem.agents[a], t))) continue;
          const first = t.start / INTERVAL_MINUTES;
          const last = Math.min(problem.intervals, (t.start + t.length) / INTERVAL_MINUTES);
          for (const q of g.queues) reach[q].fill(1, first, last);
        }
      }
    }
  }
  return reach;
}

/** Required staff-hours in the queue-intervals no shift of any skilled agent reaches. */
export function unreachableStaffHours(problem: PlanningProblem): number {
  const reach = reachableIntervals(problem);
  let intervals = 0;
  problem.required.forEach((line, q) => {
    line.forEach((need, i) => {
      if (!reach[q][i]) intervals += need;
    });
  });
  return (intervals * INTERVAL_MINUTES) / 60;
}
