/**
 * How far the server's clock is ahead of this browser's, in ms, from a message stamped
 * `serverTime` (ISO 8601) that arrived at `receivedAt` (browser epoch ms). Network delay makes
 * it a little low (by tens of ms), which is far below the second that waits are shown in.
 */
export function serverOffsetMs(serverTime: string, receivedAt: number): number {
  const server = Date.parse(serverTime);
  return Number.isFinite(server) ? server - receivedAt : 0;
}

/**
 * Seconds from `since` (ISO 8601) to now on the server's clock: the browser's now corrected by
 * the server offset, so a TV whose clock is minutes off still shows true waits. Never negative;
 * null when `since` is null or not a time.
 */
export function secondsSince(
  since: string | null | undefined,
  browserNow: number,
  offsetMs: number,
): number | null {
  if (!since) return null;
  const start = Date.parse(since);
  if (!Number.isFinite(start)) return null;
  return Math.max(0, (browserNow + offsetMs - start) / 1000);
}
