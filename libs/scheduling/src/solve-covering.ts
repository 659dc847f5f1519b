import type { PlanningProblem, ShiftType } from './planning-problem.js';
import {
  buildCoveringModel,
  groupAvailability,
  type CoveringModel,
  type CoveringWeights,
  type DayScope,
} from './covering-model.js';
import { solveLinear, type LinearModel } from './highs-solver.js';
import { roundPlan } from './round-plan.js';
import { INTERVAL_MINUTES } from './rules-index.js';

/*
 * Solving the covering model with HiGHS: the LP relaxation (lower bound of under-coverage, and a
 * fractional plan), its systematic rounding to a feasible integer start, and the MILP from that
 * start (the whole model when it is small, otherwise day by day around the LP optimum). Internal.
 */

export interface CoveringOptions {
  weights: CoveringWeights;
  /** Longest the MILP may run, seconds. */
  milpSeconds: number;
  /** performance.now() by which generation should end; the MILP takes at most a fifth of what is left. */
  deadline: number;
  /** Relative MIP gap at which HiGHS may stop. */
  milpRelativeGap: number;
}

/** Shifts to staff: how many of each shift type per skill group and queue. */
export interface PlannedShift {
  group: number;
  type: ShiftType;
  queue: number;
  count: number;
}

export interface CoveringResult {
  planned: PlannedShift[];
  /** LP lower bound of under-coverage, in staff-hours. */
  lowerBoundStaffHours: number;
  /** Size of the week's model; `byDay`: the MILP was solved one day at a time. */
  model: { columns: number; rows: number; nonzeros: number; integerColumns: number; byDay: boolean };
  lpSeconds: number;
  milp: MilpReport;
}

export interface MilpReport {
  /** HiGHS's status (the worst over the days when solved day by day). */
  status: string;
  seconds: number;
  /** Relative gap between incumbent and proven bound (weighted objective; the largest over the days). */
  relativeGap: number | null;
  /** Shift counts HiGHS changed from the rounded start. */
  changedCounts: number;
}

/** Integer columns above which the MILP is solved day by day around the LP optimum. */
const FULL_MILP_LIMIT = 2500;

function asLinear(model: CoveringModel, colCost: Float64Array, integer: boolean): LinearModel {
  return {
    numCols: model.numCols,
    numRows: model.numRows,
    colCost,
    colLower: model.colLower,
    colUpper: model.colUpper,
    rowLower: model.rowLower,
    rowUpper: model.rowUpper,
    starts: model.starts,
    indices: model.indices,
    values: model.values,
    ...(integer ? { integrality: model.integrality } : {}),
  };
}

/** The whole week's MILP from the rounded start; updates `counts` in place. */
async function solveWhole(
  model: CoveringModel,
  counts: Int32Array,
  options: CoveringOptions,
  seconds: number,
): Promise<MilpReport> {
  const start = { indices: Int32Array.from(model.xColumns, (x) => x.col), values: Float64Array.from(counts) };
  const milp = await solveLinear(
    asLinear(model, model.colCost, true),
    { time_limit: seconds, mip_rel_gap: options.milpRelativeGap },
    start,
  );
  let changedCounts = 0;
  if (milp.feasible) {
    // HiGHS was seeded with the rounded start, so its incumbent is never worse than the start.
    model.xColumns.forEach((x, j) => {
      const v = Math.round(milp.colValue[x.col]);
      changedCounts += Math.abs(v - counts[j]);
      counts[j] = v;
    });
  }
  return { status: milp.status, seconds: milp.seconds, relativeGap: milp.relativeGap, changedCounts };
}

/**
 * The MILP one day at a time, for models too large for HiGHS to branch on in time: each day keeps
 * the rounded plan's shifts and paid time per group as its budget (so the weekly rows still hold),
 * counts the other days' shifts as staff already present, lets every count of the day move within
 * one of the rounded start and of the LP optimum, and starts from the rounded plan. Updates `counts`.
 */
async function solveByDay(
  problem: PlanningProblem,
  options: CoveringOptions,
  week: CoveringModel,
  lp: Float64Array,
  counts: Int32Array,
  seconds: number,
): Promise<MilpReport> {
  const G = problem.groups.length;
  const key = (group: number, type: ShiftType, queue: number): string => `${group}:${type.index}:${queue}`;
  const weekIndex = new Map(week.xColumns.map((x, j) => [key(x.group, x.type, x.queue), j]));
  const report: MilpReport = { status: 'optimal', seconds: 0, relativeGap: 0, changedCounts: 0 };
  const started = performance.now();
  let slowestDay = 0;
  for (let day = 0; day < problem.days; day++) {
    const dayStarted = performance.now();
    // building and presolving a day takes time of its own: stop when the budget cannot cover it
    if ((performance.now() - started) / 1000 + slowestDay > seconds) {
      report.status = `stopped before day ${day} (time)`;
      break;
    }
    const scope: DayScope = {
      day,
      maxShifts: new Float64Array(G),
      maxPaid: new Float64Array(G),
      minPaid: new Float64Array(G),
      present: problem.queues.map(() => new Float64Array(problem.intervals)),
    };
    week.xColumns.forEach((x, j) => {
      if (counts[j] === 0) return;
      if (x.type.day === day) {
        scope.maxShifts[x.group] += counts[j];
        scope.maxPaid[x.group] += counts[j] * x.type.paid;
      } else {
        const line = scope.present[x.queue];
        const last = Math.min(problem.intervals, (x.type.start + x.type.length) / INTERVAL_MINUTES);
        for (let i = x.type.start / INTERVAL_MINUTES; i < last; i++)
          line[i] += counts[j] * problem.groups[x.group].skills[x.queue];
      }
    });
    scope.minPaid.set(scope.maxPaid);
    const model = buildCoveringModel(problem, options.weights, scope);
    const colLower = Float64Array.from(model.colLower);
    const colUpper = Float64Array.from(model.colUpper);
    const start: number[] = [];
    const map = model.xColumns.map((x) => weekIndex.get(key(x.group, x.type, x.queue))!);
    model.xColumns.forEach((x, k) => {
      const j = map[k];
      const v = lp[week.xColumns[j].col];
      const c = counts[j];
      colLower[x.col] = Math.max(0, Math.min(c, Math.floor(v + 1e-6)) - 1);
      colUpper[x.col] =
        v < 1e-6 && c === 0 ? 0 : Math.min(model.colUpper[x.col], Math.max(c, Math.ceil(v - 1e-6)) + 1);
      start.push(c);
    });
    const remaining = seconds - (performance.now() - started) / 1000;
    const milp = await solveLinear(
      { ...asLinear(model, model.colCost, true), colLower, colUpper },
      {
        time_limit: Math.max(0.2, remaining / (problem.days - day)),
        mip_rel_gap: options.milpRelativeGap,
        // more sub-MIP heuristics, fewer cuts: the time is short and a better plan matters more than a proof
        mip_heuristic_effort: 0.5,
        mip_pool_soft_limit: 50,
        mip_lp_age_limit: 2,
      },
      { indices: Int32Array.from(model.xColumns, (x) => x.col), values: Float64Array.from(start) },
    );
    slowestDay = Math.max(slowestDay, (performance.now() - dayStarted) / 1000);
    if (milp.status !== 'optimal') report.status = milp.status;
    report.relativeGap = Math.max(report.relativeGap ?? 0, milp.relativeGap ?? Infinity);
    if (!milp.feasible) continue;
    model.xColumns.forEach((x, k) => {
      const v = Math.round(milp.colValue[x.col]);
      report.changedCounts += Math.abs(v - counts[map[k]]);
      counts[map[k]] = v;
    });
  }
  report.seconds = (performance.now() - started) / 1000;
  return report;
}

/**
 * Upper bound of the objective's secondary part (over-coverage and paid time) over every schedule
 * that meets the aggregated weekly minimums: over-coverage cannot exceed the staff present
 * (proficiency ≤ 1), which is at most the working days × the longest shift of each group, and paid
 * time is capped by the weekly maximums.
 */
function secondaryCeiling(problem: PlanningProblem, weights: CoveringWeights): number {
  let over = 0;
  let paid = 0;
  for (const g of problem.groups) {
    let days = 0;
    for (const ai of g.agents) {
      days += Math.min(problem.agents[ai].maxDays, problem.days);
      paid += problem.agents[ai].maxPaid / INTERVAL_MINUTES;
    }
    let longest = 0;
    for (const ti of g.templates) longest = Math.max(longest, ...problem.templates[ti].lengthsMinutes);
    over += (days * longest) / INTERVAL_MINUTES;
  }
  return weights.over * over + weights.paid * paid;
}

/**
 * Plans shift counts for a problem and bounds its under-coverage. Rejects only if HiGHS fails to
 * load or rejects the model; the model always has a solution (no shifts, all demand unmet).
 *
 * For a large model one LP relaxation serves both purposes. Its objective is Wu·U + S (U
 * under-coverage, S the secondary part); for any schedule meeting the weekly minimums,
 * Wu·U + S ≥ LP optimum, and S is at most S̄ (secondaryCeiling), so U ≥ (LP optimum − S̄) / Wu.
 * With Wu a million times the secondary weights this certified bound is within a few hundredths of a
 * staff-hour of the LP's own minimum under-coverage, without a second interior-point solve (the
 * optimum is also discounted by the solver's relative tolerance). A small model gets the exact LP
 * minimum of under-coverage from a second, simplex solve.
 */
export async function solveCovering(
  problem: PlanningProblem,
  options: CoveringOptions,
): Promise<CoveringResult> {
  const model = buildCoveringModel(problem, options.weights);
  const large = model.numRows > 4000;
  // Large models: interior point without crossover (several times faster than simplex here).
  const tolerance = 1e-6;
  const lpOptions: Record<string, string | number> = large
    ? { solver: 'ipm', run_crossover: 'off', presolve: 'off', ipm_optimality_tolerance: tolerance }
    : {};
  const lpStarted = performance.now();
  const relaxed = await solveLinear(asLinear(model, model.colCost, false), lpOptions);
  if (!relaxed.feasible)
    throw new Error(`covering LP relaxation ended "${relaxed.status}" without a solution`);
  let underIntervals = 0;
  for (const line of model.underCols) for (const c of line) underIntervals += relaxed.colValue[c];
  let boundIntervals: number;
  if (large) {
    const certified =
      (relaxed.objective * (1 - tolerance) - secondaryCeiling(problem, options.weights)) /
      options.weights.under;
    boundIntervals = Math.max(0, Math.min(underIntervals, certified));
  } else {
    // small models: the LP of under-coverage alone, solved exactly by simplex
    const underOnly = new Float64Array(model.numCols);
    for (const line of model.underCols) for (const c of line) underOnly[c] = 1;
    const bound = await solveLinear(asLinear(model, underOnly, false), {});
    if (!bound.feasible) throw new Error(`under-coverage LP ended "${bound.status}" without a solution`);
    boundIntervals = bound.objective;
  }
  const lpSeconds = (performance.now() - lpStarted) / 1000;

  const capacities = groupAvailability(problem);
  const counts = roundPlan(problem, model, relaxed.colValue, capacities, options.weights);

  const left = (options.deadline - performance.now()) / 1000;
  const milpSeconds = Math.min(options.milpSeconds, left / 5);
  const byDay = model.xColumns.length > FULL_MILP_LIMIT;
  const milp =
    milpSeconds < 0.5 && byDay
      ? { status: 'skipped (no time left)', seconds: 0, relativeGap: null, changedCounts: 0 }
      : byDay
        ? await solveByDay(problem, options, model, relaxed.colValue, counts, milpSeconds)
        : await solveWhole(model, counts, options, Math.max(0.5, milpSeconds));
  const planned: PlannedShift[] = [];
  model.xColumns.forEach((x, j) => {
    if (counts[j] > 0) planned.push({ group: x.group, type: x.type, queue: x.queue, count: counts[j] });
  });
  return {
    planned,
    lowerBoundStaffHours: (boundIntervals * INTERVAL_MINUTES) / 60,
    model: {
      columns: model.numCols,
      rows: model.numRows,
      nonzeros: model.indices.length,
      integerColumns: model.xColumns.length,
      byDay,
    },
    lpSeconds,
    milp,
  };
}
