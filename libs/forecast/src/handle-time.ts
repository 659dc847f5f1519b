import { INTERVAL_MS, INTERVALS_PER_DAY, INTERVALS_PER_WEEK, type Series } from './intervals.js';
import { assertOffsetMinutes } from './local-calendar.js';
import { specialDayCoverage, type SpecialDay } from './special-days.js';
import { assertHorizonWeeks, assertInteger, assertNumber, assertSeries } from './validate.js';
import { DEFAULT_AVERAGE_WEEKS } from './weekly-average.js';

/** Input of {@link forecastHandleTime}. */
export interface ForecastHandleTimeInput {
  /** Contacts handled per interval (the AHT denominator of metrics.md), at least one week. */
  handled: Series;
  /** Σ (talk + hold + after-contact work) seconds of those contacts per interval; same start and length. */
  handleSeconds: Series;
  /** Weeks to forecast after the end of the history, 1–6. */
  horizonWeeks: number;
  /** The site's UTC offset in minutes; places special days on local days. */
  offsetMinutes: number;
  /** Recent weeks the ratios are taken over (default 4; fewer when the history is shorter). */
  weeks?: number;
  /** Weight, in contacts, of the broader AHT an interval's own AHT is shrunk towards (default 10). */
  priorContacts?: number;
  /** Known special days; with cleansing, those in the history are left out. */
  specialDays?: readonly SpecialDay[];
  /** Leave special days found in the history out (default true). */
  cleanseHistory?: boolean;
}

/** Result of {@link forecastHandleTime}. */
export interface HandleTimeForecast {
  /** Epoch ms of the first forecast interval (the end of the history). */
  start: number;
  /** Forecast AHT in seconds per interval (horizonWeeks × 672 values, ≥ 0); null only when no contact was handled in the history at all. */
  aht: (number | null)[];
  /** Whole weeks of history the ratios were taken over. */
  weeks: number;
}

/**
 * Forecasts average handle time per interval as a volume-weighted ratio: for each interval of
 * the week, AHT = Σ handle seconds / Σ handled over the same interval of the last k weeks —
 * exactly metrics.md's AHT (Σ(talk + hold + ACW) / handled) rolled up over those intervals, so
 * busy weeks weigh more than quiet ones. Small counts are shrunk towards broader figures with
 * Bühlmann credibility weights Z = N / (N + m) (H. Bühlmann, "Experience rating and
 * credibility", ASTIN Bulletin 4 (1967) 199–207; estimate = (Σ seconds + m · prior) / (N + m)):
 * the interval of the week towards the same interval of the day over all days of those weeks,
 * which in turn shrinks towards the AHT of all those weeks (falling back to the whole history
 * when the recent weeks handled nothing).
 *
 * Why not a ratio of two forecasts (handle seconds ÷ volume): where volume is near zero the ratio
 * of two noisy forecasts is unstable, and handle time moves slowly, so a recent weighted average
 * is the steadier choice. Multiply by the volume forecast for the workload. Not modelled: a trend
 * in AHT, and special-day effects on AHT (special days are only cleansed from the history).
 *
 * @throws Error naming the field when `handled` or `handleSeconds` is not a valid Series of at
 *   least one week, they differ in start or length, `horizonWeeks` is not 1–6, `weeks` is not a
 *   positive integer, `priorContacts` is not a finite number ≥ 0, or a special day is invalid.
 */
export function forecastHandleTime(input: ForecastHandleTimeInput): HandleTimeForecast {
  assertSeries(input.handled, 'handled', INTERVALS_PER_WEEK);
  assertSeries(input.handleSeconds, 'handleSeconds');
  if (input.handleSeconds.start !== input.handled.start) {
    throw new Error(
      `handleSeconds.start must equal handled.start (${input.handled.start}); got ${input.handleSeconds.start}`,
    );
  }
  if (input.handleSeconds.values.length !== input.handled.values.length) {
    throw new Error(
      `handleSeconds.values must have as many values as handled.values (${input.handled.values.length}); got ${input.handleSeconds.values.length}`,
    );
  }
  assertHorizonWeeks(input.horizonWeeks);
  assertOffsetMinutes(input.offsetMinutes);
  const k = input.weeks ?? DEFAULT_AVERAGE_WEEKS;
  assertInteger(k, 'weeks', 1);
  const m = input.priorContacts ?? 10;
  assertNumber(m, 'priorContacts', 0, Infinity);

  const counts = input.handled.values;
  const seconds = input.handleSeconds.values;
  const n = counts.length;
  const covered =
    (input.cleanseHistory ?? true) && input.specialDays
      ? specialDayCoverage(input.handled.start, n, input.specialDays, input.offsetMinutes).covered
      : null;
  const weeks = Math.min(k, Math.floor(n / INTERVALS_PER_WEEK));
  const from = n - weeks * INTERVALS_PER_WEEK;

  const slotSeconds = new Float64Array(INTERVALS_PER_WEEK);
  const slotCount = new Float64Array(INTERVALS_PER_WEEK);
  const daySeconds = new Float64Array(INTERVALS_PER_DAY);
  const dayCount = new Float64Array(INTERVALS_PER_DAY);
  let allSeconds = 0;
  let allCount = 0;
  for (let t = from; t < n; t++) {
    if (covered?.[t]) continue;
    slotSeconds[t % INTERVALS_PER_WEEK] += seconds[t];
    slotCount[t % INTERVALS_PER_WEEK] += counts[t];
    daySeconds[t % INTERVALS_PER_DAY] += seconds[t];
    dayCount[t % INTERVALS_PER_DAY] += counts[t];
    allSeconds += seconds[t];
    allCount += counts[t];
  }
  if (allCount === 0) {
    for (let t = 0; t < from; t++) {
      if (covered?.[t]) continue;
      allSeconds += seconds[t];
      allCount += counts[t];
    }
  }
  const horizon = input.horizonWeeks * INTERVALS_PER_WEEK;
  const start = input.handled.start + n * INTERVAL_MS;
  if (allCount === 0) return { start, aht: new Array<number | null>(horizon).fill(null), weeks };

  const overall = allSeconds / allCount;
  const byDay = new Float64Array(INTERVALS_PER_DAY);
  for (let i = 0; i < INTERVALS_PER_DAY; i++) byDay[i] = shrink(daySeconds[i], dayCount[i], overall, m);
  const bySlot = new Float64Array(INTERVALS_PER_WEEK);
  for (let s = 0; s < INTERVALS_PER_WEEK; s++)
    bySlot[s] = shrink(slotSeconds[s], slotCount[s], byDay[s % INTERVALS_PER_DAY], m);
  const aht = new Array<number | null>(horizon);
  for (let h = 0; h < horizon; h++) aht[h] = Math.max(0, bySlot[(n + h) % INTERVALS_PER_WEEK]);
  return { start, aht, weeks };
}

/** Credibility-weighted ratio (seconds + m · prior) / (count + m); the prior alone when both are 0. */
function shrink(seconds: number, count: number, prior: number, m: number): number {
  return count + m > 0 ? (seconds + m * prior) / (count + m) : prior;
}
