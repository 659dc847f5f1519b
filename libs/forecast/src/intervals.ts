/**
 * The interval grid of metrics.md ("Time"): 15-minute intervals aligned to the epoch, so interval
 * i covers [i·900 000 ms, (i+1)·900 000 ms). Every real time-zone offset is a multiple of 15
 * minutes, so the grid is also aligned in the site's local time.
 */
export const INTERVAL_MINUTES = 15;
/** Length of one interval in milliseconds. */
export const INTERVAL_MS = INTERVAL_MINUTES * 60_000;
/** Intervals in one day (the daily season of the seasonal methods). */
export const INTERVALS_PER_DAY = 96;
/** Intervals in one week (the weekly season of the seasonal methods). */
export const INTERVALS_PER_WEEK = 7 * INTERVALS_PER_DAY;
/** Longest horizon the forecasting functions accept, in weeks. */
export const MAX_HORIZON_WEEKS = 6;

/**
 * A series of per-interval figures (volume, handle seconds, …) of one queue.
 * `values[i]` belongs to the interval starting at `start + i · INTERVAL_MS`.
 */
export interface Series {
  /** Epoch ms of the first interval; a multiple of INTERVAL_MS. */
  start: number;
  /** One figure per interval, oldest first; finite and ≥ 0. */
  values: readonly number[];
}
