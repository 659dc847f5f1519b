import { INTERVAL_MINUTES } from './rules-index.js';
import { agentMayWorkType, type PlanningProblem, type ShiftType } from './planning-problem.js';

/*
 * The shift-covering MILP, aggregated by skill group × shift type (template, day, start, length)
 * × queue rather than by agent, so its size depends on the rules and not on the head count.
 *
 *   min  Wu·Σ under[q,i] + Wo·Σ over[q,i] + Wp·Σ paid intervals·x + Wd·Σ min-hours shortfall
 *   s.t. Σ p[g,q]·P[g,q,i] − Σ p[g,q]·(breaks covering i) + under − over = required[q,i]
 *        P[g,q,i] = P[g,q,i−1] + x starting at i − x ending at i     (staff present, as a flow)
 *        shifts per group per day ≤ agents of the group who can work that day
 *        shifts per group per shift type ≤ agents of the group who can work it
 *        shifts of types an availability class cannot work ≤ the group's other agents that day
 *        Σ shifts ≤ Σ max working days;  Σ paid ≤ Σ max hours;  Σ paid + shortfall ≥ Σ min hours
 *        rest: for days d, d+1 and an end time E, shifts of day d ending at E or later plus shifts of
 *        day d+1 starting before E + minimum rest ≤ agents of the group (nobody works both)
 *        breaks: for every cohort (group, queue, template, day, start) and break rule,
 *        Σ_offsets z[offset] = count · (shifts of the cohort the rule applies to)
 *        activities: for every group and activity window, Σ_{queue, start} y = attendees of the
 *        group able to work in the window; y takes staff off the queue for the activity's length
 *
 * x is integer; P, z, under, over are continuous. The break variables z place each cohort's breaks
 * at any offset of the rule's window, so the model sees exactly where breaks can go (the explicit
 * form of Dantzig's set-covering model with breaks; its LP optimum equals that of the implicit
 * model of Bechtold & Jacobs 1990, Management Science 36(11)). Every aggregated row is implied by
 * the per-agent rules, so the LP relaxation's minimum under-coverage is a lower bound for any
 * schedule of these agents that gives every attendee able to work in an activity's window its
 * activity (the one approximation is a group's proficiency: the members' mean, exact when members
 * share proficiencies). Rest between shifts enters only through the rest rows (the whole week's
 * model; a day's model leaves it to the assignment step).
 */

/** Objective weights, per staff-interval (under, over), per paid 15 minutes (paid, shortfall). */
export interface CoveringWeights {
  under: number;
  over: number;
  paid: number;
  shortfall: number;
}

export const DEFAULT_WEIGHTS: CoveringWeights = { under: 1000, over: 1, paid: 0.5, shortfall: 10000 };

export interface XColumn {
  col: number;
  group: number;
  type: ShiftType;
  queue: number;
}

/** The model in HiGHS's column-wise (CSC) form plus what each column means. */
export interface CoveringModel {
  numCols: number;
  numRows: number;
  /** Weighted objective of the MILP. */
  colCost: Float64Array;
  colLower: Float64Array;
  colUpper: Float64Array;
  rowLower: Float64Array;
  rowUpper: Float64Array;
  starts: Int32Array;
  indices: Int32Array;
  values: Float64Array;
  integrality: Int32Array;
  xColumns: XColumn[];
  /** Column of under-coverage per queue per interval (−1 outside a day model's reach). */
  underCols: Int32Array[];
}

class SparseBuilder {
  colCost: number[] = [];
  colLower: number[] = [];
  colUpper: number[] = [];
  integer: number[] = [];
  rowLower: number[] = [];
  rowUpper: number[] = [];
  entryRow: number[] = [];
  entryCol: number[] = [];
  entryVal: number[] = [];

  col(cost: number, lower: number, upper: number, integer = false): number {
    this.colCost.push(cost);
    this.colLower.push(lower);
    this.colUpper.push(upper);
    this.integer.push(integer ? 1 : 0);
    return this.colCost.length - 1;
  }

  row(lower: number, upper: number, entries: [number, number][] = []): number {
    this.rowLower.push(lower);
    this.rowUpper.push(upper);
    const r = this.rowLower.length - 1;
    for (const [c, v] of entries) this.add(r, c, v);
    return r;
  }

  add(row: number, col: number, value: number): void {
    if (value === 0) return;
    this.entryRow.push(row);
    this.entryCol.push(col);
    this.entryVal.push(value);
  }

  /** Column-wise arrays with duplicate (row, col) entries summed. */
  csc(): { starts: Int32Array; indices: Int32Array; values: Float64Array } {
    const n = this.colCost.length;
    const count = new Int32Array(n + 1);
    for (const c of this.entryCol) count[c + 1]++;
    for (let c = 0; c < n; c++) count[c + 1] += count[c];
    const fill = count.slice(0, n);
    const rows = new Int32Array(this.entryRow.length);
    const vals = new Float64Array(this.entryRow.length);
    for (let e = 0; e < this.entryRow.length; e++) {
      const c = this.entryCol[e];
      rows[fill[c]] = this.entryRow[e];
      vals[fill[c]] = this.entryVal[e];
      fill[c]++;
    }
    const starts = new Int32Array(n + 1);
    const indices: number[] = [];
    const values: number[] = [];
    for (let c = 0; c < n; c++) {
      const seen = new Map<number, number>();
      for (let e = count[c]; e < count[c + 1]; e++) seen.set(rows[e], (seen.get(rows[e]) ?? 0) + vals[e]);
      const sorted = [...seen].filter(([, v]) => Math.abs(v) > 1e-12).sort((a, b) => a[0] - b[0]);
      for (const [r, v] of sorted) {
        indices.push(r);
        values.push(v);
      }
      starts[c + 1] = indices.length;
    }
    return { starts, indices: Int32Array.from(indices), values: Float64Array.from(values) };
  }
}

/**
 * Agents of one group and day whose availability rules out the same shift types: the shifts of
 * those types that day must go to the group's other agents able to work the day.
 */
export interface AvailabilityClass {
  group: number;
  day: number;
  /** Shift types the class cannot work. */
  excluded: Set<number>;
  /** Agents of the group able to work the day who are not in the class. */
  others: number;
}

/** Agents of each group able to work each shift type and each day, and the availability classes. */
export function groupAvailability(problem: PlanningProblem): {
  perType: Int32Array[];
  perDay: Int32Array[];
  classes: AvailabilityClass[];
} {
  const perType = problem.groups.map(() => new Int32Array(problem.types.length));
  const perDay = problem.groups.map(() => new Int32Array(problem.days));
  const classes: AvailabilityClass[] = [];
  for (const g of problem.groups) {
    const dayAble = g.agents.map(() => new Uint8Array(problem.days));
    const excluded = g.agents.map(() => Array.from({ length: problem.days }, () => [] as number[]));
    for (const ti of g.templates) {
      for (let d = 0; d < problem.days; d++) {
        for (const t of problem.typesByTemplateDay[ti][d]) {
          let n = 0;
          g.agents.forEach((ai, j) => {
            if (agentMayWorkType(problem, problem.agents[ai], t)) {
              n++;
              dayAble[j][d] = 1;
            } else {
              excluded[j][d].push(t.index);
            }
          });
          perType[g.index][t.index] = n;
        }
      }
    }
    for (let d = 0; d < problem.days; d++) {
      perDay[g.index][d] = dayAble.reduce((s, able) => s + able[d], 0);
      const byPattern = new Map<string, { excluded: number[]; size: number }>();
      g.agents.forEach((_, j) => {
        if (!dayAble[j][d] || excluded[j][d].length === 0) return;
        const key = excluded[j][d].join(',');
        const c = byPattern.get(key) ?? { excluded: excluded[j][d], size: 0 };
        c.size++;
        byPattern.set(key, c);
      });
      for (const c of byPattern.values()) {
        classes.push({
          group: g.index,
          day: d,
          excluded: new Set(c.excluded),
          others: perDay[g.index][d] - c.size,
        });
      }
    }
  }
  return { perType, perDay, classes };
}

/**
 * One day of the model: only that day's shifts, with per-group budgets in place of the weekly rows
 * (the week is then solved day by day) and staff already present from other days subtracted from
 * the requirement.
 */
export interface DayScope {
  day: number;
  maxShifts: Float64Array;
  maxPaid: Float64Array;
  minPaid: Float64Array;
  /** Staff per queue per interval from shifts of other days. */
  present: Float64Array[];
}

/**
 * Rest between consecutive days for one group: an agent who works a shift of day d ending at E or
 * later cannot work a shift of day d+1 starting before E + its minimum rest, so the two sets
 * together hold at most one shift per agent. One row per end time E at which the set of day d+1's
 * early shifts grows (a later E with the same early set is implied by the earlier one).
 */
function addRestRows(
  m: SparseBuilder,
  problem: PlanningProblem,
  g: PlanningProblem['groups'][number],
  groupTypes: ShiftType[],
  xByQueue: Map<number, Map<number, number>>,
): void {
  const rest = problem.agents[g.agents[0]].minRest;
  const byDay = Array.from({ length: problem.days }, () => [] as ShiftType[]);
  for (const t of groupTypes) byDay[t.day].push(t);
  const columns = (types: ShiftType[]): [number, number][] =>
    types.flatMap((t) => g.queues.map((q): [number, number] => [xByQueue.get(q)!.get(t.index)!, 1]));
  for (let d = 0; d + 1 < problem.days; d++) {
    const ends = [...new Set(byDay[d].map((t) => t.start + t.length))].sort((a, b) => a - b);
    let earlyCount = 0;
    for (const end of ends) {
      const early = byDay[d + 1].filter((t) => t.start < end + rest);
      if (early.length === earlyCount) continue;
      earlyCount = early.length;
      const late = byDay[d].filter((t) => t.start + t.length >= end);
      m.row(-Infinity, g.agents.length, [...columns(late), ...columns(early)]);
    }
  }
}

/** Builds the covering MILP of a planning problem (see the file comment), or of one day of it. */
export function buildCoveringModel(
  problem: PlanningProblem,
  weights: CoveringWeights = DEFAULT_WEIGHTS,
  scope?: DayScope,
): CoveringModel {
  const m = new SparseBuilder();
  const Q = problem.queues.length;
  const I = problem.intervals;
  const coverRow = (q: number, i: number): number => q * I + i;
  // A day's model only has the intervals that day's shifts reach: the rest of the week is a constant.
  const reach = new Uint8Array(I).fill(scope ? 0 : 1);
  if (scope) {
    for (const t of problem.types) {
      if (t.day !== scope.day) continue;
      for (let i = t.start / INTERVAL_MINUTES; i < Math.min(I, (t.start + t.length) / INTERVAL_MINUTES); i++)
        reach[i] = 1;
    }
  }
  const underCols: Int32Array[] = [];
  for (let q = 0; q < Q; q++) {
    const uc = new Int32Array(I).fill(-1);
    for (let i = 0; i < I; i++) {
      if (!reach[i]) {
        m.row(0, 0);
        continue;
      }
      const need = problem.required[q][i] - (scope ? scope.present[q][i] : 0);
      const r = m.row(need, need);
      uc[i] = m.col(weights.under, 0, Infinity);
      m.add(r, uc[i], 1);
      m.add(r, m.col(weights.over, 0, Infinity), -1);
    }
    underCols.push(uc);
  }

  const { perType, perDay, classes } = groupAvailability(problem);
  const xColumns: XColumn[] = [];
  for (const g of problem.groups) {
    const dayRows = Array.from({ length: problem.days }, (_, d) => m.row(-Infinity, perDay[g.index][d]));
    let maxDays = 0;
    let maxPaid = 0;
    let minPaid = 0;
    for (const ai of g.agents) {
      const a = problem.agents[ai];
      maxDays += Math.min(a.maxDays, problem.days);
      maxPaid += a.maxPaid;
      minPaid += a.minPaid;
    }
    if (scope) {
      maxDays = scope.maxShifts[g.index];
      maxPaid = scope.maxPaid[g.index];
      minPaid = scope.minPaid[g.index];
    }
    const weekRow = m.row(-Infinity, maxDays);
    const maxPaidRow = m.row(-Infinity, maxPaid / INTERVAL_MINUTES);
    const minPaidRow = m.row(minPaid / INTERVAL_MINUTES, Infinity);
    m.add(minPaidRow, m.col(weights.shortfall, 0, Infinity), 1);

    const groupTypes = g.templates.flatMap((ti) =>
      problem.typesByTemplateDay[ti]
        .flat()
        .filter((t) => perType[g.index][t.index] > 0 && (!scope || t.day === scope.day)),
    );
    // Staff of the group present on each queue, as a flow: P[i] = P[i−1] + shifts starting at i − ending at i.
    const marked = new Uint8Array(I);
    for (const t of groupTypes) {
      const last = Math.min(I, (t.start + t.length) / INTERVAL_MINUTES);
      for (let i = t.start / INTERVAL_MINUTES; i < last; i++) marked[i] = 1;
    }
    const flowRow = new Map<number, Int32Array>();
    for (const q of g.queues) {
      const rows = new Int32Array(I).fill(-1);
      let prev = -1;
      for (let i = 0; i < I; i++) {
        if (!marked[i]) {
          prev = -1;
          continue;
        }
        const P = m.col(0, 0, Infinity);
        rows[i] = m.row(0, 0, [[P, 1]]);
        if (prev >= 0) m.add(rows[i], prev, -1);
        m.add(coverRow(q, i), P, g.skills[q]);
        prev = P;
      }
      flowRow.set(q, rows);
    }

    const xByQueue = new Map<number, Map<number, number>>();
    for (const q of g.queues) xByQueue.set(q, new Map());
    for (const t of groupTypes) {
      const cap = perType[g.index][t.index];
      const cols: number[] = [];
      for (const q of g.queues) {
        const single = g.queues.length === 1;
        const col = m.col((weights.paid * t.paid) / INTERVAL_MINUTES, 0, single ? cap : Infinity, true);
        cols.push(col);
        xByQueue.get(q)!.set(t.index, col);
        xColumns.push({ col, group: g.index, type: t, queue: q });
        m.add(dayRows[t.day], col, 1);
        m.add(weekRow, col, 1);
        m.add(maxPaidRow, col, t.paid / INTERVAL_MINUTES);
        m.add(minPaidRow, col, t.paid / INTERVAL_MINUTES);
        const rows = flowRow.get(q)!;
        m.add(rows[t.start / INTERVAL_MINUTES], col, -1);
        const end = (t.start + t.length) / INTERVAL_MINUTES;
        if (end < I && rows[end] >= 0) m.add(rows[end], col, 1);
      }
      if (cols.length > 1 && cap < perDay[g.index][t.day]) {
        m.row(
          -Infinity,
          cap,
          cols.map((c) => [c, 1]),
        );
      }
    }

    if (!scope) addRestRows(m, problem, g, groupTypes, xByQueue);

    // Shifts that an availability class cannot work go to the group's other agents.
    for (const c of classes) {
      if (c.group !== g.index) continue;
      const entries: [number, number][] = [];
      for (const t of groupTypes) {
        if (t.day !== c.day || !c.excluded.has(t.index)) continue;
        for (const q of g.queues) entries.push([xByQueue.get(q)!.get(t.index)!, 1]);
      }
      if (entries.length > 0) m.row(-Infinity, c.others, entries);
    }

    // Activities: attendees of the group, per window and length, taken off some queue somewhere in it.
    const windows = new Map<
      string,
      { earliest: number; latest: number; length: number; attendees: number }
    >();
    for (const ai of g.agents) {
      const a = problem.agents[ai];
      for (const r of problem.index.activitiesByAgent.get(a.id) ?? []) {
        if (scope && Math.floor(r.earliestStart / 1440) !== scope.day) continue;
        const able = groupTypes.some(
          (t) =>
            Math.min(t.start + t.length, r.latestEnd) - Math.max(t.start, r.earliestStart) >=
              r.lengthMinutes && agentMayWorkType(problem, a, t),
        );
        if (!able) continue;
        const key = `${r.earliestStart}:${r.latestEnd}:${r.lengthMinutes}`;
        const w = windows.get(key) ?? {
          earliest: r.earliestStart,
          latest: r.latestEnd,
          length: r.lengthMinutes,
          attendees: 0,
        };
        w.attendees++;
        windows.set(key, w);
      }
    }
    for (const w of windows.values()) {
      const r = m.row(w.attendees, w.attendees);
      for (const q of g.queues) {
        for (let st = w.earliest; st + w.length <= w.latest; st += INTERVAL_MINUTES) {
          const y = m.col(0, 0, Infinity);
          m.add(r, y, 1);
          for (let i = st / INTERVAL_MINUTES; i < (st + w.length) / INTERVAL_MINUTES && i < I; i++) {
            m.add(coverRow(q, i), y, -g.skills[q]);
          }
        }
      }
    }

    // Breaks per cohort (queue, template, day, start) and rule.
    for (const ti of g.templates) {
      const template = problem.templates[ti];
      for (let d = 0; d < problem.days; d++) {
        if (scope && d !== scope.day) continue;
        const dayTypes = problem.typesByTemplateDay[ti][d].filter((t) => perType[g.index][t.index] > 0);
        if (dayTypes.length === 0) continue;
        for (const q of g.queues) {
          const xs = xByQueue.get(q)!;
          const p = g.skills[q];
          template.breakRules.forEach((rule, ri) => {
            const family = dayTypes.filter((t) => t.breaks.some((b) => b.ruleIndex === ri));
            if (family.length === 0) return;
            const starts = [...new Set(family.map((t) => t.start))].sort((a, b) => a - b);
            const lenSteps = rule.lengthMinutes / INTERVAL_MINUTES;
            for (const s of starts) {
              // z[o]: breaks of this rule taken by the cohort starting at s, at offset o
              const r = m.row(0, 0);
              for (const t of family) if (t.start === s) m.add(r, xs.get(t.index)!, -rule.count);
              for (let o = rule.earliestOffsetMinutes; o <= rule.latestOffsetMinutes; o += INTERVAL_MINUTES) {
                const z = m.col(0, 0, Infinity);
                m.add(r, z, 1);
                for (let k = 0; k < lenSteps; k++) {
                  const i = (s + o) / INTERVAL_MINUTES + k;
                  if (i < I) m.add(coverRow(q, i), z, -p);
                }
              }
            }
          });
        }
      }
    }
  }

  const { starts, indices, values } = m.csc();
  return {
    numCols: m.colCost.length,
    numRows: m.rowLower.length,
    colCost: Float64Array.from(m.colCost),
    colLower: Float64Array.from(m.colLower),
    colUpper: Float64Array.from(m.colUpper),
    rowLower: Float64Array.from(m.rowLower),
    rowUpper: Float64Array.from(m.rowUpper),
    starts,
    indices,
    values,
    integrality: Int32Array.from(m.integer),
    xColumns,
    underCols,
  };
}
