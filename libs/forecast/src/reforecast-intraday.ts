import { assertCounts, assertInteger, assertNumber } from './validate.js';

/** Input of {@link reforecastIntraday}. */
export interface ReforecastIntradayInput {
  /** Today's forecast volume per interval, in order (usually the 96 intervals of the site's day). */
  forecastToday: readonly number[];
  /** Today's actual volume for the intervals completed so far (at least `nowIndex` values; later ones are ignored). */
  actualsSoFar: readonly number[];
  /** Index in `forecastToday` of the first interval not yet complete (0 … forecastToday.length). */
  nowIndex: number;
  /** Damping weight in contacts: how much evidence the ratio needs before it moves far from 1 (default 20). */
  pseudoCount?: number;
  /** Lowest ratio applied (default 0.5). */
  minRatio?: number;
  /** Highest ratio applied (default 2). */
  maxRatio?: number;
}

/** Result of {@link reforecastIntraday}. */
export interface IntradayReforecast {
  /** The day: actuals for intervals before nowIndex, the rescaled forecast from nowIndex on (≥ 0). */
  values: number[];
  /** The factor applied to the rest of the day. */
  ratio: number;
  /** Σ actual / Σ forecast so far, undamped; null when the forecast so far is 0. */
  rawRatio: number | null;
}

/**
 * Intraday re-forecast: rescales the rest of today's forecast by how today has run so far.
 * With A = Σ actual and F = Σ forecast over the completed intervals, the ratio is
 *   ratio = clamp((A + K) / (F + K), minRatio, maxRatio),
 * which equals Z · (A / F) + (1 − Z) · 1 with credibility Z = F / (F + K) (Bühlmann credibility,
 * ASTIN Bulletin 4 (1967) 199–207): early in the day or on a quiet queue a few contacts barely
 * move the forecast, while a busy morning that runs 20 % over pulls the afternoon up almost 20 %.
 * The clamp stops a single freak interval from doubling or zeroing the day. The forecast of
 * intervals from nowIndex on is multiplied by the ratio; past intervals take their actuals. When
 * F + K = 0 (nothing forecast so far and K = 0) the ratio is 1.
 *
 * @throws Error naming the field when `forecastToday` is empty or holds a negative/non-finite
 *   value, `nowIndex` is not an integer in [0, forecastToday.length], `actualsSoFar` holds fewer
 *   than nowIndex values or a negative/non-finite one, `pseudoCount` is negative, or the ratio
 *   limits are not 0 ≤ minRatio ≤ 1 ≤ maxRatio.
 * @example reforecastIntraday({ forecastToday, actualsSoFar: morning, nowIndex: 48 })
 */
export function reforecastIntraday(input: ReforecastIntradayInput): IntradayReforecast {
  const { forecastToday, actualsSoFar, nowIndex } = input;
  assertCounts(forecastToday, 'forecastToday', 1);
  assertInteger(nowIndex, 'nowIndex', 0, forecastToday.length);
  assertCounts(actualsSoFar, 'actualsSoFar', nowIndex);
  const k = input.pseudoCount ?? 20;
  assertNumber(k, 'pseudoCount', 0, Infinity);
  const minRatio = input.minRatio ?? 0.5;
  assertNumber(minRatio, 'minRatio', 0, 1);
  const maxRatio = input.maxRatio ?? 2;
  assertNumber(maxRatio, 'maxRatio', 1, Infinity);

  let actual = 0;
  let forecast = 0;
  for (let i = 0; i < nowIndex; i++) {
    actual += actualsSoFar[i];
    forecast += forecastToday[i];
  }
  const damped = forecast + k > 0 ? (actual + k) / (forecast + k) : 1;
  const ratio = Math.min(maxRatio, Math.max(minRatio, damped));
  const values = forecastToday.map((f, i) => (i < nowIndex ? actualsSoFar[i] : f * ratio));
  return { values, ratio, rawRatio: forecast > 0 ? actual / forecast : null };
}
