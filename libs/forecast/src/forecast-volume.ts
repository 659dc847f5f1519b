import { assertMethods, backtestCore, orderScores, planBacktest, type MethodScore } from './backtest.js';
import type { HoltWintersParams } from './holt-winters-recursion.js';
import { INTERVAL_MS, INTERVALS_PER_WEEK, type Series } from './intervals.js';
import { assertOffsetMinutes } from './local-calendar.js';
import { FORECAST_METHODS, runMethod, type ForecastMethod } from './methods.js';
import { empiricalIntervals } from './prediction-intervals.js';
import { specialDayCoverage, type SpecialDay } from './special-days.js';
import { assertHorizonWeeks, assertInteger, assertNumber, assertSeries } from './validate.js';
import { DEFAULT_AVERAGE_WEEKS } from './weekly-average.js';

/** Input of {@link forecastVolume}. */
export interface ForecastVolumeInput {
  /** Contact volume (offered) per interval of one queue, oldest first; at least two weeks. */
  history: Series;
  /** Weeks to forecast after the end of the history, 1–6. */
  horizonWeeks: number;
  /**
   * The site's UTC offset in minutes (480 for Asia/Shanghai): places special days on local days.
   * See {@link assertOffsetMinutes} for how local days line up and for DST.
   */
  offsetMinutes: number;
  /** A method, or 'auto' (default) to pick by back-test WAPE. */
  method?: ForecastMethod | 'auto';
  /** Methods 'auto' chooses from (default all, simplest first). */
  candidates?: readonly ForecastMethod[];
  /** k of the weekly average (default 4). */
  weeks?: number;
  /** Coverage of the prediction intervals, in (0, 1) (default 0.8). */
  level?: number;
  /** Known special days, past and future. */
  specialDays?: readonly SpecialDay[];
  /** Leave special days found in the history out of fitting and back-testing (default true). */
  cleanseHistory?: boolean;
  /** Back-test origins, one week apart (default 3). */
  backtestFolds?: number;
}

/** Result of {@link forecastVolume}. */
export interface VolumeForecast {
  /** Epoch ms of the first forecast interval (the end of the history). */
  start: number;
  /** Forecast volume per interval, horizonWeeks × 672 values, ≥ 0, special days applied. */
  values: number[];
  /** Lower bound of the prediction interval per interval, ≥ 0. */
  lower: number[];
  /** Upper bound of the prediction interval per interval. */
  upper: number[];
  /** Coverage the bounds aim at, e.g. 0.8. */
  level: number;
  /** The method that produced `values`. */
  method: ForecastMethod;
  /** Back-test accuracy of each method considered (the chosen one, or every candidate for 'auto'). */
  backtest: MethodScore[];
  /** Intervals forecast from each back-test origin. */
  backtestWindow: number;
  /** The fitted parameters when the method is Holt-Winters. */
  holtWintersParams?: HoltWintersParams;
  /** History intervals left out by cleansing. */
  excludedIntervals: number;
}

/**
 * Forecasts the contact volume of one queue per 15-minute interval for 1–6 weeks.
 *
 * Steps: (1) with `cleanseHistory` the history intervals covered by special days are excluded;
 * (2) a rolling-origin back-test ({@link backtest}) runs the chosen method — or, for 'auto',
 * every candidate — from up to `backtestFolds` origins one week apart, each forecasting the full
 * horizon (shorter, in whole weeks, when the history is short); (3) 'auto' picks the method with
 * the lowest back-test WAPE (metrics.md: Σ|actual − forecast| / Σ actual), ties and all-null
 * going to the simpler method; (4) the method is refitted on the whole history and forecasts the
 * horizon (Holt-Winters parameters are refitted, the search starting from the back-test's); (5) prediction intervals at `level` come from the back-test errors of that method
 * ({@link empiricalIntervals}) — when the history forced a back-test window shorter than the
 * horizon, the bounds reflect only the lead times it covered and are too narrow further out; (6) special days in the horizon multiply the forecast and its
 * bounds. Candidates whose minimum history is not met are reported with folds 0 and null WAPE.
 *
 * @throws Error naming the field when the history is not a valid Series of at least two weeks,
 *   `horizonWeeks` is not 1–6, `offsetMinutes` is not a real offset, `method`/`candidates` name an
 *   unknown method, `weeks` or `backtestFolds` is not a positive integer, `level` is not in
 *   (0, 1), or a special day is invalid.
 * @example forecastVolume({ history, horizonWeeks: 6, offsetMinutes: 480 }) // auto, 80 % intervals
 */
export function forecastVolume(input: ForecastVolumeInput): VolumeForecast {
  assertSeries(input.history, 'history');
  assertHorizonWeeks(input.horizonWeeks);
  assertOffsetMinutes(input.offsetMinutes);
  const weeks = input.weeks ?? DEFAULT_AVERAGE_WEEKS;
  assertInteger(weeks, 'weeks', 1);
  const level = input.level ?? 0.8;
  assertNumber(level, 'level', 0, 1, { minExclusive: true, maxExclusive: true });
  const folds = input.backtestFolds ?? 3;
  assertInteger(folds, 'backtestFolds', 1);
  const method = input.method ?? 'auto';
  if (method !== 'auto') assertMethods([method], 'method');
  const candidates = method === 'auto' ? (input.candidates ?? FORECAST_METHODS) : [method];
  assertMethods(candidates, 'candidates');

  const { history } = input;
  const n = history.values.length;
  const horizon = input.horizonWeeks * INTERVALS_PER_WEEK;
  const start = history.start + n * INTERVAL_MS;
  const specialDays = input.specialDays ?? [];
  const future = specialDayCoverage(start, horizon, specialDays, input.offsetMinutes);
  const past = specialDayCoverage(history.start, n, specialDays, input.offsetMinutes);
  let known: Uint8Array | null = null;
  let excludedIntervals = 0;
  if ((input.cleanseHistory ?? true) && past.covered.includes(true)) {
    known = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
      known[i] = past.covered[i] ? 0 : 1;
      if (past.covered[i]) excludedIntervals++;
    }
  }

  const y = Float64Array.from(history.values);
  const settings = { weeks };
  const plan = planBacktest(n, candidates, settings, horizon, folds, INTERVALS_PER_WEEK, true);
  const { scores, points, params } = backtestCore(y, known, plan, settings);
  let chosen = plan.methods[0];
  let best = Infinity;
  for (const score of scores) {
    if (score.wape !== null && score.wape < best) {
      best = score.wape;
      chosen = score.method;
    }
  }

  const fit = runMethod(chosen, y, known, horizon, settings, undefined, params.get(chosen));
  const bounds = empiricalIntervals(points.get(chosen)!, fit.values, n, level);
  const values = new Array<number>(horizon);
  const lower = new Array<number>(horizon);
  const upper = new Array<number>(horizon);
  for (let h = 0; h < horizon; h++) {
    const m = future.multipliers[h];
    values[h] = fit.values[h] * m;
    lower[h] = bounds.lower[h] * m;
    upper[h] = bounds.upper[h] * m;
  }
  return {
    start,
    values,
    lower,
    upper,
    level,
    method: chosen,
    backtest: orderScores(candidates, scores),
    backtestWindow: plan.window,
    ...(fit.holtWintersParams ? { holtWintersParams: fit.holtWintersParams } : {}),
    excludedIntervals,
  };
}
