import type { Granularity } from '@servicefloor/contracts';
import { periodStart } from './period.js';

/** Counters are flat records of numbers; `maxWait`, where present, combines by max. */
export type Counters = { [key: string]: number };

/** Keys that combine by max rather than by sum. */
const MAX_KEYS: ReadonlySet<string> = new Set(['maxWait']);

/**
 * a + b for any flat counters (contact, agent, …): every key is summed except `maxWait`, which takes
 * the max. A key missing on one side counts as 0. Returns a new object.
 */
export function mergeCounters<C extends Counters>(a: C, b: C): C {
  const merged: Counters = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const current = merged[key];
    if (current === undefined) merged[key] = value;
    else merged[key] = MAX_KEYS.has(key) ? Math.max(current, value) : current + value;
  }
  return merged as C;
}

/** A row of a roll-up: counters summed over the period starting at periodStart. */
export interface PeriodRow<C> {
  periodStart: number;
  counters: C;
}

/**
 * Rolls interval rows up into periods of the site's zone (metrics.md, "Time"): each row goes to the
 * period containing its intervalStart (DST-safe calendar days, weeks from Monday, months), and rows of
 * one period are combined by mergeCounters (sums; maxWait by max). The result is in ascending
 * periodStart order and independent of the rows' order (for integer counters exactly, for fractional
 * ones up to floating-point rounding). Periods without rows are absent (see periodStartsInRange).
 *
 * @throws RangeError when an intervalStart is not finite or the zone/granularity is unknown.
 */
export function rollUp<C extends Counters>(
  rows: readonly { intervalStart: number; counters: C }[],
  granularity: Granularity,
  timeZone: string,
): PeriodRow<C>[] {
  const periods = new Map<number, C>();
  const startOf = new Map<number, number>();
  for (const row of rows) {
    let start = startOf.get(row.intervalStart);
    if (start === undefined) {
      start = periodStart(row.intervalStart, granularity, timeZone);
      startOf.set(row.intervalStart, start);
    }
    const current = periods.get(start);
    periods.set(start, current === undefined ? { ...row.counters } : mergeCounters(current, row.counters));
  }
  return [...periods.entries()]
    .sort(([a], [b]) => a - b)
    .map(([start, counters]) => ({ periodStart: start, counters }));
}

/**
 * Combines counters into one total (e.g. a whole date range, or several queues), by mergeCounters.
 * Returns `empty` (copied) for an empty list.
 */
export function sumCounters<C extends Counters>(list: readonly C[], empty: C): C {
  return list.reduce<C>((total, counters) => mergeCounters(total, counters), { ...empty });
}
