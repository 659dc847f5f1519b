import { INTERVAL_MINUTES } from './rules-index.js';
import type { PlanningProblem } from './planning-problem.js';
import type { AvailabilityClass, CoveringModel, CoveringWeights, XColumn } from './covering-model.js';
import { CoverageState, type WorkShift } from './coverage-state.js';

/*
 * Integer shift counts from the LP relaxation of the covering model: systematic rounding per skill
 * group with the best of a few offsets, then shifts added one at a time, always the one that lowers
 * the weighted objective most (lazy greedy: marginal gains only shrink as coverage grows, since the
 * per-interval cost is convex), within every capacity row of the model. The result is a feasible
 * MILP start. Internal.
 */

export interface Capacities {
  perType: Int32Array[];
  perDay: Int32Array[];
  classes: AvailabilityClass[];
}

class MaxHeap {
  private items: { key: number; value: number }[] = [];
  get size(): number {
    return this.items.length;
  }
  push(key: number, value: number): void {
    const a = this.items;
    a.push({ key, value });
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (a[p].key >= a[i].key) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): { key: number; value: number } | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l].key > a[m].key) m = l;
        if (r < a.length && a[r].key > a[m].key) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
  peek(): number {
    return this.items.length ? this.items[0].key : Number.NEGATIVE_INFINITY;
  }
}

/** Rounding offsets tried per group (0.5 first: plain rounding). */
const OFFSETS = [0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85];

/**
 * Rounds LP shift counts (`values[col]`) to integers that respect the model's capacity rows, and
 * returns the integer count per x column index (position in `model.xColumns`).
 */
export function roundPlan(
  problem: PlanningProblem,
  model: CoveringModel,
  values: Float64Array,
  capacities: Capacities,
  weights: CoveringWeights,
): Int32Array {
  const G = problem.groups.length;
  const counts = new Int32Array(model.xColumns.length);
  const perDay = problem.groups.map(() => new Int32Array(problem.days));
  const perType = new Map<string, number>();
  const weekCount = new Float64Array(G);
  const weekPaid = new Float64Array(G);
  const maxDays = new Float64Array(G);
  const maxPaid = new Float64Array(G);
  const minPaid = new Float64Array(G);
  for (const g of problem.groups) {
    for (const ai of g.agents) {
      const a = problem.agents[ai];
      maxDays[g.index] += Math.min(a.maxDays, problem.days);
      maxPaid[g.index] += a.maxPaid;
      minPaid[g.index] += a.minPaid;
    }
  }
  const state = new CoverageState(problem.required, weights);
  const shiftOf = (x: XColumn): WorkShift => ({
    type: x.type,
    queue: x.queue,
    weight: problem.groups[x.group].skills[x.queue],
    breakStarts: [],
    activities: [],
  });
  const typeKey = (x: XColumn): string => `${x.group}:${x.type.index}`;
  const classesOf = new Map<string, { cls: AvailabilityClass; used: number }[]>();
  for (const cls of capacities.classes) {
    const key = `${cls.group}:${cls.day}`;
    const list = classesOf.get(key) ?? [];
    list.push({ cls, used: 0 });
    classesOf.set(key, list);
  }
  const classesFor = (x: XColumn): { cls: AvailabilityClass; used: number }[] =>
    (classesOf.get(`${x.group}:${x.type.day}`) ?? []).filter((c) => c.cls.excluded.has(x.type.index));
  const fits = (x: XColumn): boolean =>
    perDay[x.group][x.type.day] < capacities.perDay[x.group][x.type.day] &&
    (perType.get(typeKey(x)) ?? 0) < capacities.perType[x.group][x.type.index] &&
    weekCount[x.group] + 1 <= maxDays[x.group] + 1e-9 &&
    weekPaid[x.group] + x.type.paid <= maxPaid[x.group] + 1e-9 &&
    classesFor(x).every((c) => c.used < c.cls.others);
  const placed: WorkShift[][] = model.xColumns.map(() => []);
  const take = (j: number): boolean => {
    const x = model.xColumns[j];
    const shift = shiftOf(x);
    if (Number.isNaN(state.addPlacing(shift))) return false;
    placed[j].push(shift);
    counts[j]++;
    perDay[x.group][x.type.day]++;
    perType.set(typeKey(x), (perType.get(typeKey(x)) ?? 0) + 1);
    weekCount[x.group]++;
    weekPaid[x.group] += x.type.paid;
    for (const c of classesFor(x)) c.used++;
    return true;
  };
  const untake = (j: number): void => {
    const x = model.xColumns[j];
    state.remove(placed[j].pop()!);
    counts[j]--;
    perDay[x.group][x.type.day]--;
    perType.set(typeKey(x), (perType.get(typeKey(x)) ?? 0) - 1);
    weekCount[x.group]--;
    weekPaid[x.group] -= x.type.paid;
    for (const c of classesFor(x)) c.used--;
  };
  const objective = (): number => {
    let sum = state.totalCost();
    for (let g = 0; g < G; g++) {
      sum += (weights.paid * weekPaid[g]) / INTERVAL_MINUTES;
      sum += (weights.shortfall * Math.max(0, minPaid[g] - weekPaid[g])) / INTERVAL_MINUTES;
    }
    return sum;
  };
  // Systematic rounding per group along (day, queue, start, length): the number of shifts up to any
  // point of the sequence stays within one of the LP's, so totals and the coverage shape are kept.
  // Where the rounding steps fall depends on its offset θ (count up to a point = ⌊LP count + θ⌋);
  // each group takes the offset that gives the best objective, with greedy breaks, given the others.
  const byGroup = problem.groups.map(() => [] as number[]);
  model.xColumns.forEach((x, j) => byGroup[x.group].push(j));
  for (const list of byGroup) {
    list.sort((a, b) => {
      const x = model.xColumns[a];
      const y = model.xColumns[b];
      return (
        x.type.day - y.type.day ||
        x.queue - y.queue ||
        x.type.start - y.type.start ||
        x.type.length - y.type.length
      );
    });
  }
  const byStart = (list: number[]): number[] =>
    list.slice().sort((a, b) => model.xColumns[a].type.start - model.xColumns[b].type.start);
  const place = (list: number[], offset: number): void => {
    const want = new Map<number, number>();
    let cumulative = 0;
    let rounded = 0;
    for (const j of list) {
      cumulative += Math.max(0, values[model.xColumns[j].col]);
      const next = Math.floor(cumulative + offset + 1e-9);
      want.set(j, next - rounded);
      rounded = next;
    }
    for (const j of byStart(list)) {
      const x = model.xColumns[j];
      for (let k = 0; k < want.get(j)! && fits(x); k++) if (!take(j)) break;
    }
  };
  const lift = (list: number[]): void => {
    for (const j of list) while (counts[j] > 0) untake(j);
  };
  for (const list of byGroup) place(list, 0.5);
  for (const list of byGroup) {
    let bestOffset = 0.5;
    let best = objective();
    for (const offset of OFFSETS) {
      lift(list);
      place(list, offset);
      const cost = objective();
      if (cost < best - 1e-9) {
        best = cost;
        bestOffset = offset;
      }
    }
    lift(list);
    place(list, bestOffset);
  }
  const gain = (j: number): number => {
    const x = model.xColumns[j];
    if (!fits(x)) return Number.NEGATIVE_INFINITY;
    const probe = shiftOf(x);
    const coverageDelta = state.addPlacing(probe);
    if (Number.isNaN(coverageDelta)) return Number.NEGATIVE_INFINITY;
    state.remove(probe);
    const paid = x.type.paid / INTERVAL_MINUTES;
    const short = minPaid[x.group] / INTERVAL_MINUTES - weekPaid[x.group] / INTERVAL_MINUTES;
    const shortfallDelta = -Math.min(Math.max(short, 0), paid) * weights.shortfall;
    return -(coverageDelta + weights.paid * paid + shortfallDelta);
  };
  const heap = new MaxHeap();
  model.xColumns.forEach((_, j) => {
    const g = gain(j);
    if (g > 0) heap.push(g, j);
  });
  while (heap.size > 0) {
    const top = heap.pop()!;
    const fresh = gain(top.value);
    if (!(fresh > 1e-9)) continue;
    if (fresh >= heap.peek() - 1e-9) {
      if (take(top.value)) heap.push(fresh, top.value);
    } else {
      heap.push(fresh, top.value);
    }
  }
  return counts;
}
