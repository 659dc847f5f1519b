import { assertPair } from './wape.js';

/**
 * Signed forecast bias: Σ(forecast − actual) / Σ actual over the intervals, as a fraction.
 * Positive means the forecast was too high (over-forecast: overstaffing risk), negative too low
 * (under-forecast: service-level risk); 0.05 = 5 % more contacts forecast than arrived.
 * It is the signed counterpart of WAPE (metrics.md, "Planning"): |bias| ≤ WAPE always.
 * Returns null when Σ actual = 0.
 *
 * @throws Error naming the field when `actual` is not an array of finite numbers ≥ 0, `forecast`
 *   is not an array of finite numbers, or their lengths differ.
 * @example bias([10, 20], [12, 17]) // (2 − 3) / 30 = −0.0333
 */
export function bias(actual: readonly number[], forecast: readonly number[]): number | null {
  assertPair(actual, forecast);
  let difference = 0;
  let total = 0;
  for (let i = 0; i < actual.length; i++) {
    difference += forecast[i] - actual[i];
    total += actual[i];
  }
  return total > 0 ? difference / total : null;
}
