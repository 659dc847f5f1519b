/** How a figure is compared: counts by relative change, ratios in points, durations in seconds. */
export type FigureKind = 'count' | 'ratio' | 'seconds';

/** A change of one figure from the previous period to this one. */
export interface Change {
  direction: 'up' | 'down' | 'same';
  /**
   * How much: for a count the relative change (0.12 = 12 % more; null when the previous count was
   * 0), for a ratio the difference in percentage points (0.021 = 2.1 points), for seconds the
   * difference in seconds. Always ≥ 0; `direction` carries the sign.
   */
  amount: number | null;
  /** For a count, the absolute difference (≥ 0); otherwise equal to `amount`. */
  difference: number;
  /** Whether the change is an improvement; null when it is neither (no change, or a volume). */
  better: boolean | null;
}

/** Changes smaller than this (a rounding difference on screen) count as no change. */
const SAME: Record<FigureKind, number> = { count: 0, ratio: 0.0005, seconds: 0.5 };

/**
 * The change of a figure against the previous period, for the summary row. Null when either
 * value is missing (a ratio without denominator in one of the periods): nothing to compare.
 *
 * @param higherIsBetter true for service level or CSAT, false for ASA or abandonment, null for
 *   volumes (more contacts is neither good nor bad).
 * @example changeOf(0.82, 0.8, 'ratio', true) // { direction: 'up', amount: 0.02, better: true, … }
 */
export function changeOf(
  current: number | null | undefined,
  previous: number | null | undefined,
  kind: FigureKind,
  higherIsBetter: boolean | null,
): Change | null {
  if (current === null || current === undefined || previous === null || previous === undefined) return null;
  const delta = current - previous;
  const difference = Math.abs(delta);
  if (difference <= SAME[kind]) return { direction: 'same', amount: 0, difference: 0, better: null };
  const direction = delta > 0 ? 'up' : 'down';
  const amount = kind === 'count' ? (previous === 0 ? null : difference / Math.abs(previous)) : difference;
  const better = higherIsBetter === null ? null : delta > 0 === higherIsBetter;
  return { direction, amount, difference, better };
}
