import type { BacktestPoints } from './backtest.js';
import { INTERVALS_PER_DAY } from './intervals.js';

/** Intervals of the day on either side whose errors are pooled with an interval's own. */
const POOL_RADIUS = 2;

/**
 * Prediction intervals from back-test errors (empirical prediction intervals, Williams &
 * Goodman 1971, "A simple method for the construction of empirical confidence limits for
 * economic forecasts", JASA 66: 752–754; Hyndman & Athanasopoulos, FPP 3rd ed., §5.5 on
 * intervals from forecast errors).
 *
 * Each back-test error is scaled by √max(forecast, 1), the standard deviation of a Poisson count
 * with that mean, so that errors from busy and quiet intervals are comparable; the scaled errors
 * are grouped by interval of the day (96 groups, each pooled with the 2 neighbouring intervals on
 * either side). For a forecast f at interval-of-day i the interval is
 *   [f + q_lo(i)·√max(f, 1), f + q_hi(i)·√max(f, 1)], with q_lo, q_hi the (1 − level)/2 and
 * (1 + level)/2 quantiles (linear interpolation between order statistics, Hyndman & Fan 1996
 * type 7) of group i; the bounds are clamped to ≥ 0 and to enclose nothing below 0. A group with
 * no errors uses all errors. With no errors at all the interval is the point forecast.
 *
 * `firstIndex` is the history index of forecast[0]; indices are reduced mod 96 for both the
 * back-test points and the forecast, which groups by the local interval of the day up to a fixed
 * relabelling (the history starts on the interval grid).
 */
export function empiricalIntervals(
  points: BacktestPoints,
  forecast: Float64Array,
  firstIndex: number,
  level: number,
): { lower: Float64Array; upper: Float64Array } {
  const groups: number[][] = Array.from({ length: INTERVALS_PER_DAY }, () => []);
  const all: number[] = [];
  for (let j = 0; j < points.index.length; j++) {
    const f = points.forecast[j];
    const z = (points.actual[j] - f) / Math.sqrt(Math.max(f, 1));
    groups[points.index[j] % INTERVALS_PER_DAY].push(z);
    all.push(z);
  }
  const pLow = (1 - level) / 2;
  const pHigh = (1 + level) / 2;
  const allSorted = all.sort((a, b) => a - b);
  const qLow = new Float64Array(INTERVALS_PER_DAY);
  const qHigh = new Float64Array(INTERVALS_PER_DAY);
  for (let i = 0; i < INTERVALS_PER_DAY; i++) {
    const pooled: number[] = [];
    for (let d = -POOL_RADIUS; d <= POOL_RADIUS; d++) {
      for (const z of groups[(i + d + INTERVALS_PER_DAY) % INTERVALS_PER_DAY]) pooled.push(z);
    }
    const sorted = pooled.length > 0 ? pooled.sort((a, b) => a - b) : allSorted;
    qLow[i] = quantile(sorted, pLow);
    qHigh[i] = quantile(sorted, pHigh);
  }
  const lower = new Float64Array(forecast.length);
  const upper = new Float64Array(forecast.length);
  for (let h = 0; h < forecast.length; h++) {
    const f = forecast[h];
    const i = (firstIndex + h) % INTERVALS_PER_DAY;
    const scale = Math.sqrt(Math.max(f, 1));
    lower[h] = Math.max(0, Math.min(f, f + qLow[i] * scale));
    upper[h] = Math.max(f, f + qHigh[i] * scale);
  }
  return { lower, upper };
}

/** Type-7 quantile of sorted values (0 for an empty list). */
function quantile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return 0;
  const position = (sorted.length - 1) * p;
  const below = Math.floor(position);
  const above = Math.min(sorted.length - 1, below + 1);
  return sorted[below] + (sorted[above] - sorted[below]) * (position - below);
}
