/**
 * numerator / denominator, or null when the denominator is 0 (metrics.md: "A ratio with a zero
 * denominator is `null`, not 0"). A negative denominator can only come from inconsistent counters and
 * also gives null rather than a misleading figure.
 *
 * @example ratio(3, 4) === 0.75; ratio(0, 0) === null
 */
export function ratio(numerator: number, denominator: number): number | null {
  if (!(denominator > 0) || !Number.isFinite(numerator)) return null;
  return numerator / denominator;
}
