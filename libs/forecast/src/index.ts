/**
 * @servicefloor/forecast — contact volume and handle time forecasting per 15-minute interval.
 * Pure functions; no framework imports.
 */
export {
  INTERVAL_MINUTES,
  INTERVAL_MS,
  INTERVALS_PER_DAY,
  INTERVALS_PER_WEEK,
  MAX_HORIZON_WEEKS,
  type Series,
} from './intervals.js';
export { assertOffsetMinutes, intervalOfDay, localDate, localDayStart } from './local-calendar.js';
export { seasonalNaive, type SeasonalNaiveInput } from './seasonal-naive.js';
export { weeklyAverage, DEFAULT_AVERAGE_WEEKS, type WeeklyAverageInput } from './weekly-average.js';
export { holtWinters, type HoltWintersInput, type HoltWintersResult } from './holt-winters.js';
export { fitHoltWinters, type FitHoltWintersInput, type HoltWintersFit } from './fit-holt-winters.js';
export type { HoltWintersParams, Seasonality } from './holt-winters-recursion.js';
export { FORECAST_METHODS, type ForecastMethod } from './methods.js';
export { backtest, type BacktestInput, type BacktestResult, type MethodScore } from './backtest.js';
export { forecastVolume, type ForecastVolumeInput, type VolumeForecast } from './forecast-volume.js';
export { forecastHandleTime, type ForecastHandleTimeInput, type HandleTimeForecast } from './handle-time.js';
export {
  applySpecialDays,
  specialDayCoverage,
  type SpecialDay,
  type SpecialDayCoverage,
} from './special-days.js';
export { wape } from './wape.js';
export { bias } from './bias.js';
export {
  compareSnapshot,
  type AccuracySummary,
  type CompareSnapshotInput,
  type SnapshotComparison,
} from './compare-snapshot.js';
export {
  reforecastIntraday,
  type IntradayReforecast,
  type ReforecastIntradayInput,
} from './reforecast-intraday.js';
