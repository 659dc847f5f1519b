import { INTERVAL_MINUTES } from './rules-index.js';
import { CoverageState, breakInstances, type WorkShift } from './coverage-state.js';
import { solveLinear } from './highs-solver.js';

/*
 * Break placement for fixed shifts, smoothing coverage: an LP (HiGHS) chooses how many breaks of
 * each cohort (shifts of one type on one queue with one skill weight) start at each offset of each
 * rule's window, minimising weighted under- and over-coverage; the counts are rounded
 * systematically per cohort and rule, handed out to the cohort's shifts, and polished by greedy
 * re-placement of each shift's breaks. Placing breaks shift by shift alone gets stuck far from the
 * optimum (a move of one break rarely pays on its own), which is why the LP comes first. Internal.
 */

interface Cohort {
  shifts: WorkShift[];
  /** Allowed break starts per break rule of the type (absolute minutes). */
  starts: number[][];
}

/**
 * Re-places the breaks of `shifts` (all currently added to `state`) and returns the change of the
 * state's cost (never positive: the old placement is kept when the new one is not better).
 */
export async function optimizeBreaks(
  shifts: WorkShift[],
  state: CoverageState,
  polishPasses = 2,
): Promise<number> {
  const withBreaks = shifts.filter((s) => s.type.breaks.length > 0);
  if (withBreaks.length === 0) return 0;
  const before = state.totalCost();
  const old = withBreaks.map((s) => s.breakStarts.slice());
  for (const s of withBreaks) state.applyBreaks(s, -1);

  const cohorts = new Map<string, Cohort>();
  withBreaks.forEach((s, k) => {
    const key = s.activities.length > 0 ? `own:${k}` : `${s.queue}|${s.weight}|${s.type.index}`;
    let cohort = cohorts.get(key);
    if (!cohort) {
      const starts = s.type.breaks.map((rule) => {
        const list: number[] = [];
        for (let o = rule.earliest; o <= rule.latest; o += INTERVAL_MINUTES) {
          const b = s.type.start + o;
          if (s.activities.every(([a, e]) => b + rule.length <= a || b >= e)) list.push(b);
        }
        return list;
      });
      cohort = { shifts: [], starts };
      cohorts.set(key, cohort);
    }
    cohort.shifts.push(s);
  });

  // LP: rows are the queue-intervals a break can touch, plus one per cohort and rule.
  const I = state.intervals;
  const rowOf = new Map<number, number>();
  const rowLower: number[] = [];
  const rowUpper: number[] = [];
  const colCost: number[] = [];
  const colStarts: number[] = [0];
  const indices: number[] = [];
  const values: number[] = [];
  const coverRow = (q: number, i: number): number => {
    const key = q * I + i;
    let r = rowOf.get(key);
    if (r === undefined) {
      r = rowLower.length;
      rowOf.set(key, r);
      const rhs = state.required[q][i] - state.cov[q][i];
      rowLower.push(rhs);
      rowUpper.push(rhs);
    }
    return r;
  };
  const zCols: { cohort: Cohort; rule: number; start: number; col: number }[] = [];
  for (const cohort of cohorts.values()) {
    const s0 = cohort.shifts[0];
    s0.type.breaks.forEach((rule, ri) => {
      const r = rowLower.length;
      rowLower.push(rule.count * cohort.shifts.length);
      rowUpper.push(rule.count * cohort.shifts.length);
      for (const b of cohort.starts[ri]) {
        const entries = new Map<number, number>([[r, 1]]);
        for (let i = b / INTERVAL_MINUTES; i < (b + rule.length) / INTERVAL_MINUTES && i < I; i++) {
          entries.set(coverRow(s0.queue, i), -s0.weight);
        }
        zCols.push({ cohort, rule: ri, start: b, col: colCost.length });
        colCost.push(0);
        for (const [row, v] of [...entries].sort((x, y) => x[0] - y[0])) {
          indices.push(row);
          values.push(v);
        }
        colStarts.push(indices.length);
      }
    });
  }
  for (const r of rowOf.values()) {
    for (const sign of [1, -1]) {
      colCost.push(sign === 1 ? state.weights.under : state.weights.over);
      indices.push(r);
      values.push(sign);
      colStarts.push(indices.length);
    }
  }
  const numCols = colCost.length;
  const numRows = rowLower.length;
  const solution = await solveLinear(
    {
      numCols,
      numRows,
      colCost: Float64Array.from(colCost),
      colLower: new Float64Array(numCols),
      colUpper: new Float64Array(numCols).fill(Infinity),
      rowLower: Float64Array.from(rowLower),
      rowUpper: Float64Array.from(rowUpper),
      starts: Int32Array.from(colStarts),
      indices: Int32Array.from(indices),
      values: Float64Array.from(values),
    },
    {},
  );

  // Round per cohort and rule, hand the starts out to the cohort's shifts.
  const perCohortRule = new Map<Cohort, Map<number, { start: number; value: number }[]>>();
  for (const z of zCols) {
    let byRule = perCohortRule.get(z.cohort);
    if (!byRule) {
      byRule = new Map();
      perCohortRule.set(z.cohort, byRule);
    }
    const list = byRule.get(z.rule) ?? [];
    list.push({ start: z.start, value: solution.feasible ? solution.colValue[z.col] : 0 });
    byRule.set(z.rule, list);
  }
  const unplaced: WorkShift[] = [];
  for (const [cohort, byRule] of perCohortRule) {
    const n = cohort.shifts.length;
    const plan = cohort.shifts.map(() => [] as number[][]);
    cohort.shifts[0].type.breaks.forEach((rule, ri) => {
      const list = (byRule.get(ri) ?? []).sort((a, b) => a.start - b.start);
      const starts: number[] = [];
      let cumulative = 0;
      let taken = 0;
      for (const { start, value } of list) {
        cumulative += Math.max(0, value);
        const upTo = Math.min(rule.count * n, Math.floor(cumulative + 0.5 + 1e-9));
        for (; taken < upTo; taken++) starts.push(start);
      }
      while (starts.length < rule.count * n && list.length > 0) starts.push(list[list.length - 1].start);
      for (let j = 0; j < n; j++) {
        plan[j][ri] = [];
        for (let c = 0; c < rule.count; c++) plan[j][ri].push(starts[j + c * n] ?? Number.NaN);
      }
    });
    cohort.shifts.forEach((shift, j) => {
      const flat = plan[j].flat();
      const instances = breakInstances(shift.type);
      const spans: [number, number][] = flat.map((b, k) => [b, b + instances[k].length]);
      const ok =
        solution.feasible &&
        flat.every((b) => Number.isFinite(b)) &&
        [...spans, ...shift.activities]
          .sort((a, b) => a[0] - b[0])
          .every((span, k, all) => k === 0 || span[0] >= all[k - 1][1]);
      if (ok) {
        shift.breakStarts = flat;
        state.applyBreaks(shift, 1);
      } else {
        unplaced.push(shift);
      }
    });
  }
  for (const shift of unplaced) {
    if (Number.isNaN(state.placeBreaks(shift))) {
      shift.breakStarts = old[withBreaks.indexOf(shift)];
      state.applyBreaks(shift, 1);
    }
  }
  for (let pass = 0; pass < polishPasses; pass++) {
    let gained = 0;
    for (const s of withBreaks) gained += state.replaceBreaks(s);
    if (gained > -1e-9) break;
  }
  const after = state.totalCost();
  if (after > before + 1e-6) {
    withBreaks.forEach((s, k) => {
      state.applyBreaks(s, -1);
      s.breakStarts = old[k];
      state.applyBreaks(s, 1);
    });
    return 0;
  }
  return after - before;
}
