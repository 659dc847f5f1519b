/**
 * How a figure stands against its queue's thresholds. Shown as a colour with a symbol and a
 * word beside it (colour never carries meaning alone).
 * - good: within target; warning: close to the limit; breach: past it; none: no threshold.
 */
export type Health = 'good' | 'warning' | 'breach' | 'none';

const ORDER: Record<Health, number> = { none: 0, good: 1, warning: 2, breach: 3 };

/** Service level within this many points above target is a warning: one bad interval can tip it. */
export const SL_WARNING_MARGIN = 0.05;
/**
 * A count or a wait above this share of its alert limit is a warning; the API clears its alerts
 * at 80 % of the limit (schema.gql, AlertRule), so the board warns where an alert would linger.
 */
export const LIMIT_WARNING_SHARE = 0.8;

/** A service level (or settled-in-SLA rate) against its target; none while it has no value. */
export function targetHealth(value: number | null, target: number): Health {
  if (value === null) return 'none';
  if (value < target) return 'breach';
  // 1e-9: 0.8 + 0.05 is 0.8500000000000001 in floating point, and 85 % must read as good.
  return value - target < SL_WARNING_MARGIN - 1e-9 ? 'warning' : 'good';
}

/** A count or a wait against its alert limit; none when the queue sets no limit. */
export function limitHealth(value: number | null, limit: number | null | undefined): Health {
  if (value === null || limit === null || limit === undefined) return 'none';
  if (value > limit) return 'breach';
  return value > limit * LIMIT_WARNING_SHARE ? 'warning' : 'good';
}

/** The worst of several; `none` only when every one is none. */
export function worstHealth(healths: readonly Health[]): Health {
  return healths.reduce<Health>((worst, h) => (ORDER[h] > ORDER[worst] ? h : worst), 'none');
}
