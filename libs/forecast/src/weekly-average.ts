import { INTERVALS_PER_DAY, INTERVALS_PER_WEEK, type Series } from './intervals.js';
import { assertExcluded, assertInteger, assertSeries, knownMask } from './validate.js';

/** Input of {@link weeklyAverage}. */
export interface WeeklyAverageInput {
  history: Series;
  /** Intervals to forecast after the end of the history (≥ 1). */
  horizon: number;
  /** How many past weeks to average (k ≥ 1; default 4). The history must hold at least k weeks. */
  weeks?: number;
  /** One flag per history interval: true leaves that interval out (a cleansed special day). */
  excluded?: readonly boolean[];
}

/** Default k of {@link weeklyAverage}. */
export const DEFAULT_AVERAGE_WEEKS = 4;

/**
 * Average of the same interval over the last k weeks: the forecast for an interval is the mean
 * of the values at the same interval of the week in the k most recent weeks of history,
 * ŷ(T+h) = (1/k) Σ_{j=1..k} y(T + h − 672·(⌊(h−1)/672⌋ + j)). Beyond one week ahead the same
 * k weeks are used again (the forecast repeats weekly). This is the "simple average of the same
 * period in past seasons" benchmark (Hyndman & Athanasopoulos, Forecasting: Principles and
 * Practice, 3rd ed., §5.2 "average" and "seasonal naive" methods, combined per season; the
 * standard week-over-week averaging of WFM tools).
 *
 * Excluded intervals are skipped: the average takes the k most recent *known* values of that
 * interval of the week, looking further back if needed; when none is known it takes the most
 * recent known value at the same interval of the day, and 0 when nothing is known.
 * Cost O(horizon + 672·k). Output values are ≥ 0.
 *
 * @throws Error naming the field when the history is not a valid Series of at least k weeks,
 *   `horizon` is not a positive integer, `weeks` is not a positive integer, or `excluded` does
 *   not match the history.
 * @example weeklyAverage({ history: { start, values: threeWeeks }, horizon: 672, weeks: 3 })
 */
export function weeklyAverage(input: WeeklyAverageInput): number[] {
  const weeks = input.weeks ?? DEFAULT_AVERAGE_WEEKS;
  assertInteger(weeks, 'weeks', 1);
  assertSeries(input.history, 'history', weeks * INTERVALS_PER_WEEK);
  assertInteger(input.horizon, 'horizon', 1);
  assertExcluded(input.excluded, input.history.values.length);
  const y = Float64Array.from(input.history.values);
  return Array.from(weeklyAverageCore(y, knownMask(input.excluded), input.horizon, weeks));
}

/**
 * The computation of {@link weeklyAverage} on trusted input (used by the back-test on prefixes of
 * a series without copying). `known` marks usable intervals (null = all).
 */
export function weeklyAverageCore(
  y: Float64Array,
  known: Uint8Array | null,
  horizon: number,
  weeks: number,
): Float64Array {
  const n = y.length;
  const week = INTERVALS_PER_WEEK;
  // One forecast per interval of the last week of history, repeated over the horizon.
  const cycle = new Float64Array(week);
  for (let p = 0; p < week; p++) {
    const last = n - week + p; // this interval of the week, one week before the first forecast of it
    let sum = 0;
    let count = 0;
    for (let t = last; t >= 0 && count < weeks; t -= week) {
      if (known === null || known[t] === 1) {
        sum += y[t];
        count++;
      }
    }
    cycle[p] = count > 0 ? sum / count : fallback(y, known, last);
  }
  const out = new Float64Array(horizon);
  for (let h = 0; h < horizon; h++) out[h] = Math.max(0, cycle[h % week]);
  return out;
}

/** The most recent known value at the same interval of the day as `t`, else 0. */
function fallback(y: Float64Array, known: Uint8Array | null, t: number): number {
  for (let s = t; s >= 0; s -= INTERVALS_PER_DAY) if (known === null || known[s] === 1) return y[s];
  for (let s = t + INTERVALS_PER_DAY; s < y.length; s += INTERVALS_PER_DAY)
    if (known === null || known[s] === 1) return y[s];
  return 0;
}
