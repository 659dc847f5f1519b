import type { Direction } from './criterion.js';

/** Attainment is capped here so one outstanding figure cannot hide others (shown up to 150 %). */
export const MAX_ATTAINMENT = 1.5;

/**
 * How far an actual figure goes towards its target, as a fraction (1 = exactly on target):
 * - higher is better: actual / target;
 * - lower is better: target / actual (an actual of 0 meets any target ≥ 0 fully).
 * Clamped to [0, MAX_ATTAINMENT]; a negative actual against a positive target (e.g. an NPS of −0.1
 * against 0.3) attains 0. When the target is 0 or negative (possible for NPS), attainment is 1 when
 * the actual is at least as good as the target and otherwise 1 − the shortfall (in the metric's
 * own units, floored at 0), since a ratio to 0 means nothing.
 *
 * @returns null when actual is null (no data).
 * @throws RangeError when target or actual is not finite, or a lower-is-better target is negative.
 */
export function attainment(actual: number | null, target: number, direction: Direction): number | null {
  if (!Number.isFinite(target)) throw new RangeError(`target must be a finite number, got ${target}`);
  if (actual === null) return null;
  if (!Number.isFinite(actual)) throw new RangeError(`actual must be a finite number, got ${actual}`);
  if (direction === 'LOWER_IS_BETTER') {
    if (target < 0) throw new RangeError(`target must be ≥ 0 when lower is better, got ${target}`);
    if (actual <= 0) return MAX_ATTAINMENT;
    return clamp(target / actual);
  }
  if (target <= 0) return actual >= target ? 1 : clamp(1 - (target - actual));
  return clamp(actual / target);
}

/** Whether the actual meets the target in its direction. */
export function meetsTarget(actual: number, target: number, direction: Direction): boolean {
  return direction === 'HIGHER_IS_BETTER' ? actual >= target : actual <= target;
}

function clamp(value: number): number {
  return Math.min(MAX_ATTAINMENT, Math.max(0, value));
}
