import { bias } from './bias.js';
import type { HoltWintersParams } from './holt-winters-recursion.js';
import { INTERVALS_PER_WEEK, type Series } from './intervals.js';
import {
  FORECAST_METHODS,
  minimumHistory,
  runMethod,
  type ForecastMethod,
  type MethodSettings,
} from './methods.js';
import { assertExcluded, assertInteger, assertSeries, knownMask } from './validate.js';
import { DEFAULT_AVERAGE_WEEKS } from './weekly-average.js';
import { wape } from './wape.js';

/** Input of {@link backtest}. */
export interface BacktestInput {
  history: Series;
  /** Methods to compare (default all of FORECAST_METHODS). */
  methods?: readonly ForecastMethod[];
  /** Intervals forecast and scored after each origin (≥ 672, default one week). */
  window?: number;
  /** Number of forecast origins (≥ 1, default 3). */
  folds?: number;
  /** Intervals between successive origins (≥ 1, default 672 = one week). */
  step?: number;
  /** k of the weekly average (default 4). */
  weeks?: number;
  /** One flag per history interval: true leaves it out of fitting and of scoring. */
  excluded?: readonly boolean[];
}

/** Back-test accuracy of one method over all origins. */
export interface MethodScore {
  method: ForecastMethod;
  /** WAPE (metrics.md) over every scored interval of every origin; null when Σ actual = 0 or not run. */
  wape: number | null;
  /** Signed bias Σ(forecast − actual)/Σ actual (see {@link bias}); null likewise. */
  bias: number | null;
  /** Origins the method was run from (0 when the history is too short for it). */
  folds: number;
  /** Intervals scored. */
  intervals: number;
}

/** Result of {@link backtest}. */
export interface BacktestResult {
  /** Forecast origins as indices into the history (the first forecast interval), latest first. */
  origins: number[];
  window: number;
  scores: MethodScore[];
}

/** The back-test errors of one method, kept for prediction intervals. */
export interface BacktestPoints {
  /** History index of each scored interval. */
  index: Int32Array;
  forecast: Float64Array;
  actual: Float64Array;
}

/** The plan of a back-test: which methods can take part, the window and the origins. */
export interface BacktestPlan {
  methods: ForecastMethod[];
  window: number;
  origins: number[];
}

/**
 * Rolling-origin back-test ("time series cross-validation", Tashman 2000, "Out-of-sample tests
 * of forecasting accuracy", Int. J. Forecasting 16: 437–450; Hyndman & Athanasopoulos, FPP 3rd
 * ed., §5.10): from each origin o (the latest `window` intervals back, then `step` earlier, …)
 * every method is fitted on the history before o only and forecasts the next `window`
 * intervals, which are scored against the actuals. WAPE and bias pool all scored intervals of
 * all origins. Excluded intervals are neither fitted nor scored.
 *
 * Methods need a minimum history (seasonal naive 1 week, weekly average k weeks, Holt-Winters 2
 * weeks); all methods use the same origins, those that leave the longest such need before them.
 * A method whose need cannot be met is reported with folds 0 and null scores.
 * Holt-Winters parameters are fitted once, before the earliest origin, and kept for the later
 * origins, where only the states are updated (Tashman's "rolling-origin update"; refitting at
 * every origin costs `folds` times as much and changes little). Cost: one fit + folds passes.
 *
 * @throws Error naming the field when an input is invalid, or `history.values` is too short for
 *   a single origin of any method.
 */
export function backtest(input: BacktestInput): BacktestResult {
  const weeks = input.weeks ?? DEFAULT_AVERAGE_WEEKS;
  assertInteger(weeks, 'weeks', 1);
  assertSeries(input.history, 'history');
  const window = input.window ?? INTERVALS_PER_WEEK;
  assertInteger(window, 'window', INTERVALS_PER_WEEK);
  const folds = input.folds ?? 3;
  assertInteger(folds, 'folds', 1);
  const step = input.step ?? INTERVALS_PER_WEEK;
  assertInteger(step, 'step', 1);
  const methods = input.methods ?? FORECAST_METHODS;
  assertMethods(methods, 'methods');
  assertExcluded(input.excluded, input.history.values.length);
  const y = Float64Array.from(input.history.values);
  const known = knownMask(input.excluded);
  const settings = { weeks };
  const plan = planBacktest(y.length, methods, settings, window, folds, step, false);
  const { scores } = backtestCore(y, known, plan, settings);
  return {
    origins: plan.origins,
    window: plan.window,
    scores: orderScores(methods, scores),
  };
}

/** Throws unless `methods` is a non-empty list of known method names. */
export function assertMethods(methods: unknown, field: string): asserts methods is readonly ForecastMethod[] {
  if (!Array.isArray(methods) || methods.length === 0) {
    throw new Error(`${field} must be a non-empty list of methods (${FORECAST_METHODS.join(', ')})`);
  }
  methods.forEach((m, i) => {
    if (!(FORECAST_METHODS as readonly unknown[]).includes(m)) {
      throw new Error(
        `${field}[${i}] must be one of ${FORECAST_METHODS.join(', ')}; got ${JSON.stringify(m)}`,
      );
    }
  });
}

/**
 * Chooses the methods, window and origins for a history of n intervals. With `shrink` the window
 * may shrink (to whole weeks, at least one) when the history is too short for the requested one;
 * methods whose minimum history cannot be met are dropped, longest need first.
 */
export function planBacktest(
  n: number,
  methods: readonly ForecastMethod[],
  settings: MethodSettings,
  window: number,
  folds: number,
  step: number,
  shrink: boolean,
): BacktestPlan {
  const usable = [...methods];
  while (usable.length > 0) {
    const need = Math.max(...usable.map((m) => minimumHistory(m, settings)));
    let w = window;
    if (shrink && n - need < w) w = Math.floor((n - need) / INTERVALS_PER_WEEK) * INTERVALS_PER_WEEK;
    if (w >= INTERVALS_PER_WEEK && n - need >= w) {
      const count = Math.min(folds, 1 + Math.floor((n - need - w) / step));
      const origins = Array.from({ length: count }, (_, f) => n - w - f * step);
      return { methods: usable, window: w, origins };
    }
    const keep = usable.filter((m) => minimumHistory(m, settings) < need);
    if (keep.length === 0) break;
    usable.splice(0, usable.length, ...keep);
  }
  const least = Math.min(...methods.map((m) => minimumHistory(m, settings)));
  const needed = least + (shrink ? INTERVALS_PER_WEEK : window);
  throw new Error(
    `history.values must hold at least ${needed} intervals to back-test ${methods.join(', ')} (${least} to fit and ${needed - least} to score); got ${n}`,
  );
}

/** Runs a planned back-test on trusted input; returns the scores and every method's scored points. */
export function backtestCore(
  y: Float64Array,
  known: Uint8Array | null,
  plan: BacktestPlan,
  settings: MethodSettings,
): {
  scores: MethodScore[];
  points: Map<ForecastMethod, BacktestPoints>;
  params: Map<ForecastMethod, HoltWintersParams>;
} {
  const scores: MethodScore[] = [];
  const points = new Map<ForecastMethod, BacktestPoints>();
  const fitted = new Map<ForecastMethod, HoltWintersParams>();
  for (const method of plan.methods) {
    const index: number[] = [];
    const forecast: number[] = [];
    const actual: number[] = [];
    // Rolling-origin update (Tashman 2000): parameters are fitted once, on the history before the
    // earliest origin, and reused from the later origins, where only the states move on.
    let params: HoltWintersParams | undefined;
    for (const origin of [...plan.origins].sort((a, b) => a - b)) {
      const prefix = known === null ? null : known.subarray(0, origin);
      const fit = runMethod(method, y.subarray(0, origin), prefix, plan.window, settings, params);
      params = fit.holtWintersParams;
      for (let h = 0; h < plan.window; h++) {
        const t = origin + h;
        if (known !== null && known[t] === 0) continue;
        index.push(t);
        forecast.push(fit.values[h]);
        actual.push(y[t]);
      }
    }
    scores.push({
      method,
      wape: actual.length > 0 ? wape(actual, forecast) : null,
      bias: actual.length > 0 ? bias(actual, forecast) : null,
      folds: plan.origins.length,
      intervals: actual.length,
    });
    if (params) fitted.set(method, params);
    points.set(method, {
      index: Int32Array.from(index),
      forecast: Float64Array.from(forecast),
      actual: Float64Array.from(actual),
    });
  }
  return { scores, points, params: fitted };
}

/** Scores in the order methods were asked for, with an empty score for each method not run. */
export function orderScores(methods: readonly ForecastMethod[], scores: MethodScore[]): MethodScore[] {
  return methods.map(
    (method) =>
      scores.find((s) => s.method === method) ?? { method, wape: null, bias: null, folds: 0, intervals: 0 },
  );
}
