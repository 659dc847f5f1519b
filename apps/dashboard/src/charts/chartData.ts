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

/** Steps of a value axis: 1, 2, 2.5 or 5 times a power of ten. */
const STEPS = [1, 2, 2.5, 5, 10];

/** Rounds away binary noise (0.30000000000000004 → 0.3). */
const clean = (n: number) => Number(n.toPrecision(12));

/**
 * A value axis from 0 to a round top a little above `maxValue` (8 % headroom), with about four
 * round steps (1, 2, 2.5 or 5 × a power of ten): 0.036 → 0…4 % by 1 %, 34 s → 0…40 s by 10 s.
 * With `cap` (1 for shares), an axis that would pass the cap while the data does not stops at
 * it, in quarters; with `integer` (counts), steps are whole numbers. No data (0, negative, not
 * finite) gives 0…1.
 */
export function niceScale(
  maxValue: number,
  { cap, integer = false }: { cap?: number; integer?: boolean } = {},
): { top: number; ticks: number[] } {
  const target = Number.isFinite(maxValue) && maxValue > 0 ? maxValue * 1.08 : 1;
  const raw = target / 4;
  const power = 10 ** Math.floor(Math.log10(raw));
  const nice = clean((STEPS.find((m) => m * power >= raw * (1 - 1e-9)) ?? 10) * power);
  // Whole steps for counts: 2.5 contacts is no tick (and 25 is fine).
  const step = integer ? Math.max(1, nice % 1 === 0 ? nice : Math.ceil(nice)) : nice;
  let top = clean(Math.ceil(target / step - 1e-9) * step);
  let by = step;
  if (cap !== undefined && top > cap && maxValue <= cap) {
    top = cap;
    by = cap / 4;
  }
  const ticks: number[] = [];
  for (let i = 0; clean(i * by) <= top; i++) ticks.push(clean(i * by));
  return { top, ticks };
}
