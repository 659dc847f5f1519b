import { holtWintersCore } from './holt-winters.js';
import type { HoltWintersParams } from './holt-winters-recursion.js';
import { INTERVALS_PER_WEEK } from './intervals.js';
import { seasonalNaiveCore } from './seasonal-naive.js';
import { weeklyAverageCore } from './weekly-average.js';

/** The forecasting methods, simplest first (the order breaks ties in automatic selection). */
export const FORECAST_METHODS = [
  'seasonalNaive',
  'weeklyAverage',
  'holtWintersAdditive',
  'holtWintersMultiplicative',
] as const;

/** One of {@link FORECAST_METHODS}. */
export type ForecastMethod = (typeof FORECAST_METHODS)[number];

/** Settings shared by the methods. */
export interface MethodSettings {
  /** k of the weekly average. */
  weeks: number;
}

/** Intervals of history a method needs before it can forecast. */
export function minimumHistory(method: ForecastMethod, settings: MethodSettings): number {
  switch (method) {
    case 'seasonalNaive':
      return INTERVALS_PER_WEEK;
    case 'weeklyAverage':
      return settings.weeks * INTERVALS_PER_WEEK;
    case 'holtWintersAdditive':
    case 'holtWintersMultiplicative':
      return 2 * INTERVALS_PER_WEEK;
  }
}

/**
 * Runs one method on trusted input (values ≥ 0). Holt-Winters uses `params` when given, else
 * fits them (the search starting from `warmStart` when given).
 */
export function runMethod(
  method: ForecastMethod,
  y: Float64Array,
  known: Uint8Array | null,
  horizon: number,
  settings: MethodSettings,
  params?: HoltWintersParams,
  warmStart?: HoltWintersParams,
): { values: Float64Array; holtWintersParams?: HoltWintersParams } {
  switch (method) {
    case 'seasonalNaive':
      return { values: seasonalNaiveCore(y, known, horizon) };
    case 'weeklyAverage':
      return { values: weeklyAverageCore(y, known, horizon, settings.weeks) };
    case 'holtWintersAdditive':
    case 'holtWintersMultiplicative': {
      const seasonality = method === 'holtWintersAdditive' ? 'additive' : 'multiplicative';
      const result = holtWintersCore(y, known, seasonality, horizon, params, warmStart);
      return { values: result.values, holtWintersParams: result.params };
    }
  }
}
