/**
 * Delay before reconnect attempt number `retries` (0-based): exponential backoff
 * base·2^retries capped at `maxMs`, with "equal jitter" (half fixed, half random) so that a
 * floor of wallboards does not reconnect in lock-step after the API restarts
 * (AWS Architecture Blog, "Exponential Backoff and Jitter", 2015).
 *
 * @param random a number in [0, 1); injectable for tests.
 * @example backoffDelay(0) // between 500 and 1000 ms
 */
export function backoffDelay(
  retries: number,
  {
    baseMs = 1000,
    maxMs = 30_000,
    random = Math.random,
  }: { baseMs?: number; maxMs?: number; random?: () => number } = {},
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.min(retries, 30));
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
