/** True when at least one row has a finite number under one of the keys (something to draw). */
export function chartHasValues(rows: readonly Record<string, unknown>[], keys: readonly string[]): boolean {
  return rows.some((row) => keys.some((key) => typeof row[key] === 'number' && Number.isFinite(row[key])));
}

/** The lowest and highest value of a series and the rows where they fall (first one on ties). */
export interface Extremes<Row> {
  count: number;
  low: { value: number; row: Row };
  high: { value: number; row: Row };
}

/**
 * The extremes of one series, for a chart's spoken summary ("lowest 71 % on 3 Nov, highest…").
 * Null when the series has no value at all.
 */
export function extremesOf<Row extends Record<string, unknown>>(
  rows: readonly Row[],
  key: string,
): Extremes<Row> | null {
  let result: Extremes<Row> | null = null;
  for (const row of rows) {
    const value = row[key];
    if (typeof value !== 'number' || !Number.isFinite(value)) continue;
    if (!result) {
      result = { count: 1, low: { value, row }, high: { value, row } };
      continue;
    }
    result.count++;
    if (value < result.low.value) result.low = { value, row };
    if (value > result.high.value) result.high = { value, row };
  }
  return result;
}
