import { INTERVAL_MINUTES } from './rules-index.js';
import type { ShiftType } from './planning-problem.js';
import type { CoveringWeights } from './covering-model.js';

/*
 * Incremental coverage for the generator: staff per queue per interval and the weighted cost of
 * under- and over-coverage. Every change returns the cost change it caused, so a move is applied,
 * measured and, if rejected, undone by the opposite change. Internal.
 */

/** A shift as the generator handles it: a shift type on a queue, with its breaks and activities. */
export interface WorkShift {
  type: ShiftType;
  queue: number;
  /** Skill weight on the queue (the agent's proficiency, or the group's mean before assignment). */
  weight: number;
  /** Start of each break instance (see breakInstances), in minutes from the horizon start. */
  breakStarts: number[];
  /** Activities placed in the shift: [start, end) in minutes. */
  activities: [number, number][];
}

/** The break instances of a shift type: its rules each repeated `count` times, in rule order. */
export function breakInstances(type: ShiftType): ShiftType['breaks'] {
  const out: ShiftType['breaks'] = [];
  for (const b of type.breaks) for (let c = 0; c < b.count; c++) out.push(b);
  return out;
}

/** Presence of a shift as [from, to) pieces: the shift less its breaks and activities. */
export function presencePieces(shift: WorkShift): [number, number][] {
  const away: [number, number][] = shift.activities.slice();
  const instances = breakInstances(shift.type);
  shift.breakStarts.forEach((s, k) => away.push([s, s + instances[k].length]));
  away.sort((x, y) => x[0] - y[0]);
  const out: [number, number][] = [];
  let cursor = shift.type.start;
  const end = shift.type.start + shift.type.length;
  for (const [s, e] of away) {
    if (s > cursor) out.push([cursor, s]);
    cursor = Math.max(cursor, e);
  }
  if (end > cursor) out.push([cursor, end]);
  return out;
}

export class CoverageState {
  readonly cov: Float64Array[];

  constructor(
    readonly required: Float64Array[],
    readonly weights: CoveringWeights,
  ) {
    this.cov = required.map((r) => new Float64Array(r.length));
  }

  get intervals(): number {
    return this.required[0].length;
  }

  /** Weighted cost of one queue-interval at coverage c. */
  intervalCost(q: number, i: number, c: number): number {
    const r = this.required[q][i];
    return c < r ? this.weights.under * (r - c) : this.weights.over * (c - r);
  }

  /** Σ weighted under- and over-coverage. */
  totalCost(): number {
    let sum = 0;
    for (let q = 0; q < this.cov.length; q++) {
      for (let i = 0; i < this.intervals; i++) sum += this.intervalCost(q, i, this.cov[q][i]);
    }
    return sum;
  }

  /** Cost change of adding `amount` staff to queue q over minutes [from, to), without applying it. */
  rangeDelta(q: number, from: number, to: number, amount: number): number {
    const a = Math.max(0, Math.floor(from / INTERVAL_MINUTES));
    const b = Math.min(this.intervals, Math.ceil(to / INTERVAL_MINUTES));
    const cov = this.cov[q];
    let d = 0;
    for (let i = a; i < b; i++)
      d += this.intervalCost(q, i, cov[i] + amount) - this.intervalCost(q, i, cov[i]);
    return d;
  }

  /** Adds `amount` staff to queue q over [from, to) and returns the cost change. */
  applyRange(q: number, from: number, to: number, amount: number): number {
    const a = Math.max(0, Math.floor(from / INTERVAL_MINUTES));
    const b = Math.min(this.intervals, Math.ceil(to / INTERVAL_MINUTES));
    const cov = this.cov[q];
    let d = 0;
    for (let i = a; i < b; i++) {
      const before = this.intervalCost(q, i, cov[i]);
      cov[i] += amount;
      d += this.intervalCost(q, i, cov[i]) - before;
    }
    return d;
  }

  /** Adds a shift as it stands (breaks and activities off the queue); returns the cost change. */
  add(shift: WorkShift): number {
    let d = 0;
    for (const [s, e] of presencePieces(shift)) d += this.applyRange(shift.queue, s, e, shift.weight);
    return d;
  }

  /** Removes a shift as it stands; returns the cost change. */
  remove(shift: WorkShift): number {
    let d = 0;
    for (const [s, e] of presencePieces(shift)) d += this.applyRange(shift.queue, s, e, -shift.weight);
    return d;
  }

  /** Takes the shift's breaks off the queue (its presence must be applied); returns the cost change. */
  applyBreaks(shift: WorkShift, sign: 1 | -1 = 1): number {
    const instances = breakInstances(shift.type);
    let d = 0;
    shift.breakStarts.forEach((s, k) => {
      d += this.applyRange(shift.queue, s, s + instances[k].length, -sign * shift.weight);
    });
    return d;
  }

  /**
   * Chooses break starts for a shift whose presence is applied without breaks, takes them off the
   * queue and stores them in `shift.breakStarts`; returns the cost change, or NaN (changing nothing)
   * when they cannot all be placed. Each break, in rule order, goes where taking the agent off costs
   * least, inside its window, clear of activities and of the shift's other breaks, provided the
   * remaining breaks still fit.
   */
  placeBreaks(shift: WorkShift): number {
    const instances = breakInstances(shift.type);
    const start = shift.type.start;
    const busy: [number, number][] = shift.activities.slice();
    const chosen: number[] = [];
    const free = (s: number, len: number, taken: [number, number][]): boolean =>
      taken.every(([a, b]) => s + len <= a || s >= b);
    const restFits = (from: number): boolean => {
      const taken = busy.slice();
      for (let k = from; k < instances.length; k++) {
        const b = instances[k];
        let placed = false;
        for (let o = b.earliest; o <= b.latest && !placed; o += INTERVAL_MINUTES) {
          if (free(start + o, b.length, taken)) {
            taken.push([start + o, start + o + b.length]);
            placed = true;
          }
        }
        if (!placed) return false;
      }
      return true;
    };
    let total = 0;
    for (let k = 0; k < instances.length; k++) {
      const b = instances[k];
      let best = Number.POSITIVE_INFINITY;
      let bestStart = -1;
      for (let o = b.earliest; o <= b.latest; o += INTERVAL_MINUTES) {
        const s = start + o;
        if (!free(s, b.length, busy)) continue;
        const d = this.rangeDelta(shift.queue, s, s + b.length, -shift.weight);
        if (d < best - 1e-12) {
          busy.push([s, s + b.length]);
          const ok = restFits(k + 1);
          busy.pop();
          if (ok) {
            best = d;
            bestStart = s;
          }
        }
      }
      if (bestStart < 0) {
        chosen.forEach((s, j) => this.applyRange(shift.queue, s, s + instances[j].length, shift.weight));
        return Number.NaN;
      }
      chosen.push(bestStart);
      busy.push([bestStart, bestStart + b.length]);
      total += this.applyRange(shift.queue, bestStart, bestStart + b.length, -shift.weight);
    }
    shift.breakStarts = chosen;
    return total;
  }

  /** Adds a shift and places its breaks; returns the cost change, or NaN (adding nothing) if they do not fit. */
  addPlacing(shift: WorkShift): number {
    shift.breakStarts = [];
    const presence = this.add(shift);
    const breaks = this.placeBreaks(shift);
    if (Number.isNaN(breaks)) {
      this.remove(shift);
      return Number.NaN;
    }
    return presence + breaks;
  }

  /**
   * Re-places a placed shift's breaks greedily and keeps the new places only if they cost less;
   * returns the (non-positive) cost change.
   */
  replaceBreaks(shift: WorkShift): number {
    const old = shift.breakStarts;
    const lifted = this.applyBreaks(shift, -1);
    const placed = this.placeBreaks(shift);
    if (!Number.isNaN(placed) && lifted + placed < -1e-9) return lifted + placed;
    if (!Number.isNaN(placed)) this.applyBreaks(shift, -1);
    shift.breakStarts = old;
    this.applyBreaks(shift, 1);
    return 0;
  }
}
