import { assertCounts } from './validate.js';

/**
 * Weighted absolute percentage error, the forecast accuracy of metrics.md ("Planning"):
 * WAPE = Σ|actual − forecast| / Σ actual over the intervals, as a fraction (0.12, not 12).
 * Returns null when Σ actual = 0 (a ratio with a zero denominator is null, metrics.md).
 *
 * @throws Error naming the field when `actual` is not an array of finite numbers ≥ 0, `forecast`
 *   is not an array of finite numbers, or their lengths differ.
 * @example wape([10, 20], [12, 17]) // (2 + 3) / 30 = 0.1667
 */
export function wape(actual: readonly number[], forecast: readonly number[]): number | null {
  assertPair(actual, forecast);
  let error = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    error += Math.abs(actual[i] - forecast[i]);
    total += actual[i];
  }
  return total > 0 ? error / total : null;
}

/** Throws unless `actual` (≥ 0) and `forecast` are finite-number arrays of the same length. */
export function assertPair(actual: readonly number[], forecast: readonly number[]): void {
  assertCounts(actual, 'actual');
  if (!Array.isArray(forecast))
    throw new Error(`forecast must be an array of numbers; got ${String(forecast)}`);
  if (forecast.length !== actual.length) {
    throw new Error(`forecast must have as many values as actual (${actual.length}); got ${forecast.length}`);
  }
  for (let i = 0; i < forecast.length; i++) {
    if (typeof forecast[i] !== 'number' || !Number.isFinite(forecast[i])) {
      throw new Error(`forecast[${i}] must be a finite number; got ${String(forecast[i])}`);
    }
  }
}
