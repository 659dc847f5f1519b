/** A 15-minute interval in ms (metrics.md, "Time"). */
export const INTERVAL_MS = 15 * 60_000;

/** The interval figures the operations charts draw (metrics.md field names). */
export interface IntervalFigures {
  offered: number;
  serviceLevel: number | null;
  asa: number | null;
  abandonRate: number | null;
  csat: number | null;
}

/** One line of the charts: a channel's or a queue's points of today. */
export interface IntervalSeries {
  key: string;
  points: readonly { periodStart: string; metrics: IntervalFigures }[];
}

/** A chart row: the interval's start (epoch ms) and one value per line (null: no figure). */
export type IntervalRow = { start: number } & Record<string, number | null>;

/** A queue's forecast for today: interval i starts i × 15 minutes after `start`. */
export interface DayForecast {
  start: string;
  forecast: readonly (number | null)[];
}

function rowsByStart(starts: Iterable<number>, keys: readonly string[]): Map<number, IntervalRow> {
  const rows = new Map<number, IntervalRow>();
  for (const start of [...new Set(starts)].sort((a, b) => a - b)) {
    const row = { start } as IntervalRow;
    for (const key of keys) row[key] = null;
    rows.set(start, row);
  }
  return rows;
}

/**
 * Rows of one figure with a line per series, over every interval any series has (a line has
 * null where its series has no figure, so it breaks rather than dropping to 0).
 */
export function figureRows(series: readonly IntervalSeries[], field: keyof IntervalFigures): IntervalRow[] {
  const starts = series.flatMap((s) => s.points.map((p) => Date.parse(p.periodStart)));
  const rows = rowsByStart(
    starts,
    series.map((s) => s.key),
  );
  for (const s of series)
    for (const point of s.points) rows.get(Date.parse(point.periodStart))![s.key] = point.metrics[field];
  return [...rows.values()];
}

/**
 * Offered per interval summed over the series, against the forecast summed over the queues
 * (null where no queue has a forecast). Forecast intervals after the last actual are kept, so
 * the rest of the day's forecast shows ahead of the actuals.
 */
export function offeredRows(
  series: readonly IntervalSeries[],
  forecasts: readonly DayForecast[],
): IntervalRow[] {
  const forecastStarts = forecasts.flatMap((f) =>
    f.forecast.map((_, i) => Date.parse(f.start) + i * INTERVAL_MS),
  );
  const actualStarts = series.flatMap((s) => s.points.map((p) => Date.parse(p.periodStart)));
  const rows = rowsByStart([...actualStarts, ...forecastStarts], ['offered', 'forecast']);
  for (const s of series)
    for (const point of s.points) {
      const row = rows.get(Date.parse(point.periodStart))!;
      row.offered = (row.offered ?? 0) + point.metrics.offered;
    }
  for (const f of forecasts)
    f.forecast.forEach((value, i) => {
      if (value === null) return;
      const row = rows.get(Date.parse(f.start) + i * INTERVAL_MS)!;
      row.forecast = (row.forecast ?? 0) + value;
    });
  return [...rows.values()];
}
