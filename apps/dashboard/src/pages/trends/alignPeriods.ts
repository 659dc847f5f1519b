/** A period of a series as the API returns it (label in the site's wall clock, start with offset). */
export interface PeriodPoint {
  /** YYYY-MM-DD, or YYYY-MM-DDTHH:mm for 15-minute intervals. */
  label: string;
  /** ISO 8601 with the site's offset. */
  periodStart: string;
}

/** One series to align: its points in the range and, optionally, in the previous period. */
export interface SeriesPoints<P extends PeriodPoint> {
  key: string;
  points: readonly P[];
  previousPoints?: readonly P[];
}

/** One position on the x axis: a period of the range and the period it is compared with. */
export interface Slot {
  label: string;
  /** Start of the period (from the API) when any series has a point there, else null. */
  periodStart: string | null;
  /** The period of the previous range at the same position (null past its end). */
  previousLabel: string | null;
  previousPeriodStart: string | null;
}

/** Every series laid on one x axis: `current[key][i]` and `previous[key][i]` belong to `slots[i]`. */
export interface AlignedSeries<P extends PeriodPoint> {
  slots: Slot[];
  current: Record<string, (P | null)[]>;
  previous: Record<string, (P | null)[]>;
}

/**
 * Lays series of API points on one x axis with their previous period, position by position
 * (the 3rd day of the range beside the 3rd day of the previous range, as the API compares them).
 *
 * The axis is every period of the range (`labels`, so a period without data is a gap, not a
 * missing tick), plus any period the API returned that is not listed. A label the API returns
 * twice is kept twice, in time order: on the night clocks go back, the site's wall clock shows
 * 01:00–01:45 twice and both hours of contacts are real.
 *
 * @param labels the periods of the range and of the previous range (dateRange.periodLabels)
 */
export function alignPeriods<P extends PeriodPoint>(
  labels: { current: readonly string[]; previous: readonly string[] },
  series: readonly SeriesPoints<P>[],
): AlignedSeries<P> {
  const currentAxis = axis(
    labels.current,
    series.map((s) => s.points),
  );
  const previousAxis = axis(
    labels.previous,
    series.map((s) => s.previousPoints ?? []),
  );
  const current: Record<string, (P | null)[]> = {};
  const previous: Record<string, (P | null)[]> = {};
  for (const s of series) {
    current[s.key] = place(currentAxis, s.points);
    previous[s.key] = place(previousAxis, s.previousPoints ?? []).slice(0, currentAxis.labels.length);
    while (previous[s.key].length < currentAxis.labels.length) previous[s.key].push(null);
  }
  const startAt = (lists: Record<string, (P | null)[]>, i: number) => {
    for (const s of series) {
      const point = lists[s.key][i];
      if (point) return point.periodStart;
    }
    return null;
  };
  const slots = currentAxis.labels.map((label, i) => ({
    label,
    periodStart: startAt(current, i),
    previousLabel: previousAxis.labels[i] ?? null,
    previousPeriodStart: startAt(previous, i),
  }));
  return { slots, current, previous };
}

interface Axis {
  labels: string[];
  /** Index of the first position of each label. */
  first: Map<string, number>;
}

function axis(listed: readonly string[], pointLists: readonly (readonly PeriodPoint[])[]): Axis {
  const count = new Map<string, number>(listed.map((label) => [label, 1]));
  for (const points of pointLists) {
    const seen = new Map<string, number>();
    for (const p of points) seen.set(p.label, (seen.get(p.label) ?? 0) + 1);
    for (const [label, n] of seen) count.set(label, Math.max(count.get(label) ?? 0, n));
  }
  const labels = [...count.keys()]
    .sort()
    .flatMap((label) => Array<string>(count.get(label) ?? 1).fill(label));
  const first = new Map<string, number>();
  labels.forEach((label, i) => {
    if (!first.has(label)) first.set(label, i);
  });
  return { labels, first };
}

function place<P extends PeriodPoint>(axis: Axis, points: readonly P[]): (P | null)[] {
  const placed: (P | null)[] = axis.labels.map(() => null);
  const occurrence = new Map<string, number>();
  const inTimeOrder = [...points].sort((a, b) => Date.parse(a.periodStart) - Date.parse(b.periodStart));
  for (const point of inTimeOrder) {
    const n = occurrence.get(point.label) ?? 0;
    occurrence.set(point.label, n + 1);
    const index = (axis.first.get(point.label) ?? Number.NaN) + n;
    if (Number.isInteger(index)) placed[index] = point;
  }
  return placed;
}

/** Suffix of the key of a series' previous-period values in chart rows. */
export const PREVIOUS = ':previous';

/** A chart row: the slot plus one value per series key (`key` and `key:previous`). */
export interface ChartRow extends Slot {
  [key: string]: string | number | null;
}

/**
 * Chart rows of one figure: for each slot, `row[key]` is `value` of the series' point there and
 * `row[key + ':previous']` the same for the previous period (null where there is no point or no
 * denominator).
 */
export function chartRows<P extends PeriodPoint>(
  aligned: AlignedSeries<P>,
  keys: readonly string[],
  value: (point: P) => number | null,
): ChartRow[] {
  return aligned.slots.map((slot, i) => {
    const row: ChartRow = { ...slot };
    for (const key of keys) {
      const current = aligned.current[key]?.[i];
      const before = aligned.previous[key]?.[i];
      row[key] = current ? value(current) : null;
      row[key + PREVIOUS] = before ? value(before) : null;
    }
    return row;
  });
}

/**
 * Chart rows of counts summed over series (contacts offered over all channels shown): counts
 * add up exactly, unlike ratios, which only the API computes. Null where no series has a point.
 */
export function summedRows<P extends PeriodPoint>(
  aligned: AlignedSeries<P>,
  fields: Record<string, (point: P) => number>,
): ChartRow[] {
  const keys = Object.keys(aligned.current);
  const sum = (lists: Record<string, (P | null)[]>, i: number, value: (point: P) => number) => {
    let total: number | null = null;
    for (const key of keys) {
      const point = lists[key][i];
      if (point) total = (total ?? 0) + value(point);
    }
    return total;
  };
  return aligned.slots.map((slot, i) => {
    const row: ChartRow = { ...slot };
    for (const [field, value] of Object.entries(fields)) {
      row[field] = sum(aligned.current, i, value);
      row[field + PREVIOUS] = sum(aligned.previous, i, value);
    }
    return row;
  });
}
