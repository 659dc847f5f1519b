import { INTERVALS_PER_WEEK, type Series } from './intervals.js';
import { assertExcluded, assertInteger, assertSeries, knownMask } from './validate.js';
import { weeklyAverageCore } from './weekly-average.js';

/** Input of {@link seasonalNaive}. */
export interface SeasonalNaiveInput {
  history: Series;
  /** Intervals to forecast after the end of the history (≥ 1). */
  horizon: number;
  /** One flag per history interval: true leaves that interval out (a cleansed special day). */
  excluded?: readonly boolean[];
}

/**
 * Seasonal naive forecast with a weekly season: each interval is forecast by the value of the
 * same interval one week earlier, ŷ(T+h) = y(T + h − 672·(⌊(h−1)/672⌋ + 1)) (Hyndman &
 * Athanasopoulos, Forecasting: Principles and Practice, 3rd ed., §5.2 "Seasonal naïve method",
 * with m = 672 intervals per week). Beyond one week ahead the last week repeats.
 *
 * An excluded interval is replaced by the same interval of the most recent week in which it is
 * known; when none is, by the most recent known value at the same interval of the day, else 0.
 * Cost O(horizon + 672). Output values are ≥ 0.
 *
 * @throws Error naming the field when the history is not a valid Series of at least one week
 *   (672 intervals), `horizon` is not a positive integer, or `excluded` does not match the history.
 * @example seasonalNaive({ history: { start, values: lastWeek }, horizon: 96 }) // tomorrow = same day last week
 */
export function seasonalNaive(input: SeasonalNaiveInput): number[] {
  assertSeries(input.history, 'history', INTERVALS_PER_WEEK);
  assertInteger(input.horizon, 'horizon', 1);
  assertExcluded(input.excluded, input.history.values.length);
  const y = Float64Array.from(input.history.values);
  return Array.from(seasonalNaiveCore(y, knownMask(input.excluded), input.horizon));
}

/** The computation of {@link seasonalNaive} on trusted input: the k = 1 case of the weekly average. */
export function seasonalNaiveCore(y: Float64Array, known: Uint8Array | null, horizon: number): Float64Array {
  return weeklyAverageCore(y, known, horizon, 1);
}
