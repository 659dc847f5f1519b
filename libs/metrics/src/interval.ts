import { assertFiniteMs } from './zone.js';

/** Length of a reporting interval: 15 minutes in milliseconds (metrics.md, "Time"). */
export const INTERVAL_MS = 900_000;

/**
 * Start of the 15-minute interval containing `atMs`, aligned to the epoch (metrics.md, "Time":
 * every real zone offset is a multiple of 15 minutes, so this is also aligned in local time).
 *
 * @example intervalStart(Date.parse('2026-03-02T01:07:30Z')) === Date.parse('2026-03-02T01:00:00Z')
 * @throws RangeError when atMs is not a finite number.
 */
export function intervalStart(atMs: number): number {
  assertFiniteMs('atMs', atMs);
  return Math.floor(atMs / INTERVAL_MS) * INTERVAL_MS;
}

/** One interval's share of a time span. */
export interface IntervalSlice {
  intervalStart: number;
  /** Milliseconds of the span that fall in this interval (> 0). */
  ms: number;
}

/**
 * Cuts the half-open span [fromMs, toMs) at interval boundaries, for apportioning agent state time
 * to the intervals it covers. The slices' `ms` sum to toMs − fromMs; an empty span gives [].
 *
 * @example splitByInterval(t0 + 10 min, t0 + 20 min) → [{ intervalStart: t0, ms: 5 min }, { intervalStart: t0 + 15 min, ms: 5 min }]
 * @throws RangeError when a bound is not finite or toMs is before fromMs.
 */
export function splitByInterval(fromMs: number, toMs: number): IntervalSlice[] {
  assertFiniteMs('fromMs', fromMs);
  assertFiniteMs('toMs', toMs);
  if (toMs < fromMs) throw new RangeError(`toMs must not be before fromMs (fromMs ${fromMs}, toMs ${toMs})`);
  const slices: IntervalSlice[] = [];
  let at = fromMs;
  while (at < toMs) {
    const start = intervalStart(at);
    const end = Math.min(start + INTERVAL_MS, toMs);
    slices.push({ intervalStart: start, ms: end - at });
    at = end;
  }
  return slices;
}
