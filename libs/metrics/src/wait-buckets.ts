/**
 * Upper bounds (seconds) of the wait histogram kept per interval for answered and for abandoned
 * contacts. Bucket i counts waits w with bound[i−1] < w ≤ bound[i] (bucket 0: w ≤ 5); bucket 12
 * counts w > 600. Because the bounds are inclusive like "answered within T" (wait ≤ T), the count
 * answered within any T that is a bound is the sum of buckets 0..i — exact even after a queue changes
 * its threshold.
 */
export const ANSWER_WAIT_BUCKET_BOUNDS = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 300, 600] as const;

/** The same bounds for abandon waits. */
export const ABANDON_WAIT_BUCKET_BOUNDS = ANSWER_WAIT_BUCKET_BOUNDS;

/** Number of wait buckets: one per bound plus the last (> 600 s). */
export const WAIT_BUCKET_COUNT = ANSWER_WAIT_BUCKET_BOUNDS.length + 1;

/**
 * Index of the wait bucket for a wait in seconds: the first i with wait ≤ bound[i], else 12.
 *
 * @example waitBucketIndex(20) === 3; waitBucketIndex(20.001) === 4; waitBucketIndex(601) === 12
 * @throws RangeError when waitSeconds is negative or not finite.
 */
export function waitBucketIndex(waitSeconds: number): number {
  if (!Number.isFinite(waitSeconds) || waitSeconds < 0) {
    throw new RangeError(`waitSeconds must be a finite number ≥ 0, got ${String(waitSeconds)}`);
  }
  const index = ANSWER_WAIT_BUCKET_BOUNDS.findIndex((bound) => waitSeconds <= bound);
  return index === -1 ? ANSWER_WAIT_BUCKET_BOUNDS.length : index;
}

/**
 * Index of `thresholdSeconds` among the bucket bounds, or −1 when it is not a bound (then a count
 * "within T" cannot be recomputed from the buckets).
 */
export function waitBoundIndex(thresholdSeconds: number): number {
  return ANSWER_WAIT_BUCKET_BOUNDS.findIndex((bound) => bound === thresholdSeconds);
}
