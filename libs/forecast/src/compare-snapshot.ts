import { bias } from './bias.js';
import { INTERVAL_MS, type Series } from './intervals.js';
import { assertOffsetMinutes, localDate } from './local-calendar.js';
import { assertSeries } from './validate.js';
import { wape } from './wape.js';

/** Input of {@link compareSnapshot}. */
export interface CompareSnapshotInput {
  /** A saved forecast (e.g. the `start` and `values` of a VolumeForecast). */
  snapshot: Series;
  /** Actual volumes per interval; only the intervals both cover are compared. */
  actuals: Series;
  /** The site's UTC offset in minutes; groups the intervals into local days. */
  offsetMinutes: number;
}

/** Accuracy over a run of intervals. */
export interface AccuracySummary {
  /** Intervals compared. */
  intervals: number;
  actualTotal: number;
  forecastTotal: number;
  /** WAPE (metrics.md); null when actualTotal = 0. */
  wape: number | null;
  /** Σ(forecast − actual) / Σ actual (positive = over-forecast); null when actualTotal = 0. */
  bias: number | null;
}

/** Result of {@link compareSnapshot}. */
export interface SnapshotComparison extends AccuracySummary {
  /** Epoch ms of the first compared interval (null when the two do not overlap). */
  start: number | null;
  /** The same figures per local day, in order. */
  days: (AccuracySummary & { date: string })[];
}

/**
 * Compares a saved forecast snapshot with the actuals: WAPE and signed bias (see {@link wape},
 * {@link bias}) over the intervals both cover, overall and per local day of the site. When they
 * do not overlap the result has 0 intervals, null ratios and no days.
 *
 * @throws Error naming the field when either series is invalid or the offset is not a real one.
 * @example compareSnapshot({ snapshot: savedForecast, actuals: lastWeek, offsetMinutes: 480 })
 */
export function compareSnapshot(input: CompareSnapshotInput): SnapshotComparison {
  assertSeries(input.snapshot, 'snapshot', 0);
  assertSeries(input.actuals, 'actuals', 0);
  assertOffsetMinutes(input.offsetMinutes);
  const { snapshot, actuals } = input;
  const from = Math.max(snapshot.start, actuals.start);
  const end = Math.min(
    snapshot.start + snapshot.values.length * INTERVAL_MS,
    actuals.start + actuals.values.length * INTERVAL_MS,
  );
  const count = Math.max(0, (end - from) / INTERVAL_MS);
  const forecast: number[] = [];
  const actual: number[] = [];
  const byDay = new Map<string, { forecast: number[]; actual: number[] }>();
  for (let i = 0; i < count; i++) {
    const at = from + i * INTERVAL_MS;
    const f = snapshot.values[(at - snapshot.start) / INTERVAL_MS];
    const a = actuals.values[(at - actuals.start) / INTERVAL_MS];
    forecast.push(f);
    actual.push(a);
    const date = localDate(at, input.offsetMinutes);
    let day = byDay.get(date);
    if (!day) byDay.set(date, (day = { forecast: [], actual: [] }));
    day.forecast.push(f);
    day.actual.push(a);
  }
  return {
    start: count > 0 ? from : null,
    ...summarize(actual, forecast),
    days: [...byDay].map(([date, day]) => ({ date, ...summarize(day.actual, day.forecast) })),
  };
}

function summarize(actual: number[], forecast: number[]): AccuracySummary {
  return {
    intervals: actual.length,
    actualTotal: actual.reduce((s, v) => s + v, 0),
    forecastTotal: forecast.reduce((s, v) => s + v, 0),
    wape: wape(actual, forecast),
    bias: bias(actual, forecast),
  };
}
