import type { QueueId, Requirement, Schedule, ScheduledShift, SchedulingRules, Violation } from './model.js';
import { INTERVAL_MINUTES, shiftPaidMinutes } from './rules-index.js';
import { buildPlanningProblem, type PlanningProblem } from './planning-problem.js';
import { DEFAULT_WEIGHTS } from './covering-model.js';
import { solveCovering, type CoveringResult } from './solve-covering.js';
import { Roster, type RosterWeights } from './roster.js';
import { assignShifts } from './assign-shifts.js';
import { optimizeBreaks } from './optimize-breaks.js';
import { RosterSearch, randomSource, type SearchStats } from './improve-roster.js';
import { placeActivities, type UnplacedActivity } from './place-activities.js';
import { breakInstances } from './coverage-state.js';
import { coverage, type CoverageReport } from './coverage.js';
import { validateSchedule } from './validate-schedule.js';
import { unreachableStaffHours } from './unreachable-demand.js';

export type { UnplacedActivity } from './place-activities.js';

/** Objective weights of generation (see GenerateOptions.weights). */
export interface ScheduleWeights {
  /** Per staff-interval of under-coverage. */
  under: number;
  /** Per staff-interval of over-coverage. */
  over: number;
  /** Per paid 15 minutes. */
  paid: number;
  /** Per 15 minutes an agent works below its contract's weekly minimum. */
  shortfall: number;
  /** Per agent, times (weekend shifts² + late shifts²). */
  fairness: number;
  /** Per activity request an agent's shifts leave no room for. */
  activity: number;
}

export interface GenerateOptions {
  /** Seed of the local search (default 1): the same inputs and seed give the same schedule. */
  seed?: number;
  /**
   * Time generation aims to finish in, seconds (default 50). The LP relaxations always run to the
   * end; the MILP and the local search share what is left.
   */
  timeLimitSeconds?: number;
  /** Longest the HiGHS MILP may run, seconds (default 10; at most a fifth of the time left after the LP). */
  milpSeconds?: number;
  /** Relative gap at which the MILP may stop (default 0.001). */
  milpRelativeGap?: number;
  /**
   * Longest the local search may run, seconds (default: the time left, less time for the last steps,
   * but at least 3 s).
   */
  localSearchSeconds?: number;
  /** Iteration limit of the local search (default 50,000 + 4,000 per agent). */
  localSearchIterations?: number;
  /** A shift ending after this many minutes past its day's midnight is a late shift (default 1200, 20:00). */
  lateShiftEndMinutes?: number;
  weights?: Partial<ScheduleWeights>;
}

/** Demand left uncovered in one interval of one queue. */
export interface UnmetDemand {
  queueId: QueueId;
  interval: number;
  /** Minutes from the start of the horizon. */
  start: number;
  /** Staff missing (skill-weighted). */
  shortfall: number;
}

export interface GenerationResult {
  schedule: Schedule;
  coverage: CoverageReport;
  /** Every interval with under-coverage, per queue. */
  unmet: UnmetDemand[];
  underCoverageStaffHours: number;
  overCoverageStaffHours: number;
  paidHours: number;
  /**
   * Minimum under-coverage of the covering model's LP relaxation over the whole horizon: no schedule
   * of these agents can do better (README "Lower bound and gap").
   */
  lowerBoundUnderStaffHours: number;
  /**
   * Required staff-hours in queue-intervals that no shift any skilled agent may work reaches (e.g.
   * a 24-hour queue's night when every template is a day shift): part of both the under-coverage
   * and the bound, whatever the schedule.
   */
  unreachableStaffHours: number;
  /** underCoverageStaffHours − lowerBoundUnderStaffHours. */
  gapStaffHours: number;
  /**
   * gap / (lower bound − unreachable): the gap relative to the least under-coverage possible in the
   * intervals the agents can reach; 0 when the gap is 0, null when only that bound is 0.
   */
  gapRatio: number | null;
  unplacedActivities: UnplacedActivity[];
  /** validateSchedule of the result (empty unless a contract minimum could not be reached). */
  violations: Violation[];
  fairness: {
    weekendShifts: { min: number; max: number; mean: number };
    lateShifts: { min: number; max: number; mean: number };
  };
  solver: {
    model: CoveringResult['model'];
    lpSeconds: number;
    milp: CoveringResult['milp'];
    /** Planned shifts no agent could take in the first assignment. */
    unassignedPlannedShifts: number;
    localSearch: SearchStats;
    /** Seconds spent per step: covering, assignment, breaks, search, activities, report. */
    timings: Record<string, number>;
  };
  seconds: number;
}

/** Least time the local search gets, milliseconds (unless localSearchSeconds is lower). */
const MIN_SEARCH_MS = 3000;

/** Share of the local search run before activities are placed. */
const FIRST_ROUND = 0.4;

const DEFAULTS: ScheduleWeights = { ...DEFAULT_WEIGHTS, fairness: 2, activity: 5000 };

function spread(values: Int32Array): { min: number; max: number; mean: number } {
  if (values.length === 0) return { min: 0, max: 0, mean: 0 };
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    min = Math.min(min, v);
    max = Math.max(max, v);
    sum += v;
  }
  return { min, max, mean: sum / values.length };
}

function toSchedule(problem: PlanningProblem, roster: Roster): Schedule {
  const shifts: ScheduledShift[] = [];
  for (const s of roster.all()) {
    const agent = problem.agents[s.agent];
    const instances = breakInstances(s.type);
    shifts.push({
      id: `${agent.id}/${s.type.day}`,
      agentId: agent.id,
      templateId: s.type.templateId,
      queueId: problem.queues[s.queue],
      start: s.type.start,
      end: s.type.start + s.type.length,
      breaks: s.breakStarts
        .map((b, k) => ({
          ruleId: instances[k].ruleId,
          kind: instances[k].kind,
          start: b,
          end: b + instances[k].length,
          paid: instances[k].paid,
        }))
        .sort((x, y) => x.start - y.start),
      activities: s.activities
        .map(([start, end], k) => {
          const request = s.activityRequests?.[k];
          return request
            ? { activityId: request.id, kind: request.kind, start, end }
            : { kind: 'meeting' as const, start, end };
        })
        .sort((x, y) => x.start - y.start),
    });
  }
  shifts.sort((x, y) => x.start - y.start || x.agentId.localeCompare(y.agentId));
  const agentSkills: Schedule['agentSkills'] = {};
  for (const a of problem.agents) agentSkills[a.id] = { ...a.agent.skills };
  return { days: problem.days, agentSkills, shifts };
}

/**
 * Generates a schedule for the agents and rules that covers the requirement as well as it can:
 * first least under-coverage, then least over-coverage and paid hours (weights, default
 * 1000 : 1 : 0.5 per staff-interval / paid 15 minutes), with fair weekend and late shifts.
 *
 * 1. Covering (HiGHS): the LP relaxation of an aggregated MILP — shift counts per skill group ×
 *    template × day × start × length × queue, breaks per cohort and offset, under/over slack per
 *    queue-interval — gives the lower bound of under-coverage; the weighted LP is rounded
 *    systematically and fed to the HiGHS MILP as its start (see covering-model.ts).
 * 2. Assignment: planned shifts go to agents day by day (assign-shifts.ts); a local search then
 *    transfers, swaps, retimes, requeues, adds and removes shifts without breaking any rule but the
 *    weekly minimum, which is repaired last (improve-roster.ts).
 * 3. Activities are placed where they cost least, and breaks are placed by an LP over the final
 *    shifts, then polished (place-activities.ts, optimize-breaks.ts).
 *
 * Demand the agents cannot meet is reported per interval in `unmet`; nothing fails for lack of
 * staff. Throws a RangeError naming the field when the rules or the requirement are unusable.
 */
export async function generateSchedule(
  rules: SchedulingRules,
  requirement: Requirement,
  options: GenerateOptions = {},
): Promise<GenerationResult> {
  const started = performance.now();
  const timings: Record<string, number> = {};
  let lap = started;
  const time = (step: string): void => {
    const now = performance.now();
    timings[step] = (timings[step] ?? 0) + (now - lap) / 1000;
    lap = now;
  };
  const weights: ScheduleWeights = { ...DEFAULTS, ...options.weights };
  const problem = buildPlanningProblem(rules, requirement, { lateEndMinutes: options.lateShiftEndMinutes });
  const deadline = started + 1000 * (options.timeLimitSeconds ?? 50);
  // the steps after the local search: breaks LP, activities, report
  const reserve = 1000 * (1 + (2 * problem.agents.length) / 1000);
  const covering = await solveCovering(problem, {
    // The covering LP weighs under-coverage a thousand times more than the search does, which
    // makes its objective a tight certificate of the lower bound (see solve-covering.ts).
    weights: { ...weights, under: weights.under * 1000, shortfall: weights.under * 10_000 },
    deadline: deadline - reserve,
    milpSeconds: options.milpSeconds ?? 10,
    milpRelativeGap: options.milpRelativeGap ?? 0.001,
  });
  time('covering');

  const rosterWeights: RosterWeights = weights;
  const roster = new Roster(problem, rosterWeights);
  const unassigned = assignShifts(roster, covering.planned);
  time('assignment');
  await optimizeBreaks(roster.all(), roster.state);
  time('breaks');
  const search = new RosterSearch(roster, randomSource(options.seed ?? 1));
  // The search gets the time left, but at least 3 s even when the LP ran long (its first seconds
  // recover most of what the first assignment lost), and never more than asked.
  const searchCap = 1000 * (options.localSearchSeconds ?? Infinity);
  const searchMs = Math.min(searchCap, Math.max(MIN_SEARCH_MS, deadline - reserve - performance.now()));
  const searchEnd = performance.now() + searchMs;
  const iterations = options.localSearchIterations ?? 50_000 + 4_000 * problem.agents.length;
  // A first round lets attendees get shifts over their activities' windows (the activity penalty),
  // the second settles the other shifts around the placed activities.
  const stats = search.run(searchEnd - (1 - FIRST_ROUND) * searchMs, Math.round(iterations * FIRST_ROUND));
  search.repairMinimums();
  time('search');
  const unplacedActivities = placeActivities(roster);
  time('activities');
  const more = search.run(searchEnd, Math.round(iterations * (1 - FIRST_ROUND)));
  stats.iterations += more.iterations;
  stats.accepted += more.accepted;
  stats.seconds += more.seconds;
  search.repairMinimums();
  time('search');
  await optimizeBreaks(roster.all(), roster.state);
  time('breaks');

  const schedule = toSchedule(problem, roster);
  const report = coverage(schedule, requirement);
  const unmet: UnmetDemand[] = [];
  for (const qc of report.queues) {
    qc.under.forEach((u, i) => {
      if (u > 1e-9)
        unmet.push({ queueId: qc.queueId, interval: i, start: i * INTERVAL_MINUTES, shortfall: u });
    });
  }
  const paidHours = schedule.shifts.reduce((sum, s) => sum + shiftPaidMinutes(s), 0) / 60;
  const under = report.totals.underStaffHours;
  // The interior-point LP stops within a relative 1e-6 of its optimum: a bound above the schedule's
  // under-coverage by less than that is the schedule's own value.
  const lp = covering.lowerBoundStaffHours;
  const bound = lp > under && lp - under <= 1e-5 * Math.max(1, lp) ? under : lp;
  const gap = under - bound;
  const unreachable = Math.min(unreachableStaffHours(problem), bound);
  const reachableBound = bound - unreachable;
  const violations = validateSchedule(schedule, rules);
  time('report');
  return {
    schedule,
    coverage: report,
    unmet,
    underCoverageStaffHours: under,
    overCoverageStaffHours: report.totals.overStaffHours,
    paidHours,
    lowerBoundUnderStaffHours: bound,
    unreachableStaffHours: unreachable,
    gapStaffHours: gap,
    gapRatio: gap < 1e-9 ? 0 : reachableBound > 1e-9 ? gap / reachableBound : null,
    unplacedActivities,
    violations,
    fairness: { weekendShifts: spread(roster.weekend), lateShifts: spread(roster.late) },
    solver: {
      model: covering.model,
      lpSeconds: covering.lpSeconds,
      milp: covering.milp,
      unassignedPlannedShifts: unassigned,
      localSearch: stats,
      timings,
    },
    seconds: (performance.now() - started) / 1000,
  };
}
