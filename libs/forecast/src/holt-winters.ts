import { assertSeasonality, fitHoltWintersCore } from './fit-holt-winters.js';
import {
  holtWintersInitialState,
  holtWintersRun,
  type HoltWintersParams,
  type Seasonality,
} from './holt-winters-recursion.js';
import { INTERVALS_PER_WEEK, type Series } from './intervals.js';
import { assertExcluded, assertInteger, assertNumber, assertSeries, knownMask } from './validate.js';

/** Input of {@link holtWinters}. */
export interface HoltWintersInput {
  history: Series;
  /** Intervals to forecast after the end of the history (≥ 1). */
  horizon: number;
  seasonality: Seasonality;
  /** Smoothing parameters; when absent they are fitted by {@link fitHoltWinters}. */
  params?: HoltWintersParams;
  /** One flag per history interval: true leaves that interval out (a cleansed special day). */
  excluded?: readonly boolean[];
}

/** Forecast of {@link holtWinters} with the parameters used. */
export interface HoltWintersResult {
  /** One forecast per interval after the history, ≥ 0. */
  values: number[];
  params: HoltWintersParams;
  /** Sum of squared in-sample one-step errors with these parameters. */
  sse: number;
}

/**
 * Double-seasonal Holt-Winters exponential smoothing with a daily (96 intervals) and a weekly
 * (672 intervals) season, a linear trend and the first-order error autocorrelation adjustment,
 * in additive or multiplicative form.
 *
 * Source: J. W. Taylor, "Short-term electricity demand forecasting using double seasonal
 * exponential smoothing", J. Operational Research Society 54 (2003) 799–805 (multiplicative
 * form); the additive form follows Hyndman & Athanasopoulos, FPP 3rd ed., §8.3. The equations
 * are written out in holt-winters-recursion.ts. Initial states come from the first (up to 4)
 * weeks; parameters, unless given, are fitted by {@link fitHoltWinters}. Excluded intervals are
 * treated as if they had matched the model (no update from them). Negative forecasts are
 * returned as 0. Cost O(n) per pass; with fitting about 100 passes.
 *
 * Multiplicative suits series whose daily/weekly swing grows with the level; additive suits a
 * constant swing. Intervals that are nearly closed (seasonal product below 0.05) do not move the
 * multiplicative level, so zero-volume nights do not drag it.
 *
 * @throws Error naming the field when the history is not a valid Series of at least two weeks
 *   (1 344 intervals), `horizon` is not a positive integer, the seasonality is unknown, a
 *   parameter is outside [0, 1], or `excluded` does not match the history.
 */
export function holtWinters(input: HoltWintersInput): HoltWintersResult {
  assertSeries(input.history, 'history', 2 * INTERVALS_PER_WEEK);
  assertInteger(input.horizon, 'horizon', 1);
  assertSeasonality(input.seasonality);
  if (input.params !== undefined) assertParams(input.params);
  assertExcluded(input.excluded, input.history.values.length);
  const y = Float64Array.from(input.history.values);
  const result = holtWintersCore(
    y,
    knownMask(input.excluded),
    input.seasonality,
    input.horizon,
    input.params,
  );
  return { values: Array.from(result.values), params: result.params, sse: result.sse };
}

/** The computation of {@link holtWinters} on trusted input; without `params` they are fitted, starting the search from `warmStart` if given. */
export function holtWintersCore(
  y: Float64Array,
  known: Uint8Array | null,
  seasonality: Seasonality,
  horizon: number,
  params?: HoltWintersParams,
  warmStart?: HoltWintersParams,
): { values: Float64Array; params: HoltWintersParams; sse: number } {
  const initial = holtWintersInitialState(y, known, seasonality);
  const chosen = params ?? fitHoltWintersCore(y, known, seasonality, initial, warmStart).params;
  const { sse, forecast } = holtWintersRun(y, known, seasonality, chosen, initial, horizon);
  for (let i = 0; i < forecast.length; i++) if (!(forecast[i] > 0)) forecast[i] = 0;
  return { values: forecast, params: chosen, sse };
}

function assertParams(params: HoltWintersParams): void {
  if (typeof params !== 'object' || params === null)
    throw new Error('params must be an object { alpha, gamma, delta, omega, phi }');
  for (const name of ['alpha', 'gamma', 'delta', 'omega', 'phi'] as const) {
    assertNumber(params[name], `params.${name}`, 0, 1);
  }
}
