/*
 * Pure helpers of the planning page: local dates, the API's per-interval arrays (IntervalSeries)
 * turned into chart rows, and the what-if form's numbers turned into the API's input.
 */

/** Minutes of the planning interval (metrics.md). */
export const INTERVAL_MINUTES = 15;

/** The local date `days` after `date` (YYYY-MM-DD), by calendar arithmetic (no time zone). */
export function addDays(date: string, days: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + days));
  return next.toISOString().slice(0, 10);
}

/** An IntervalSeries scalar as numbers (null where undefined or not a number). */
export function seriesOf(value: unknown): (number | null)[] {
  if (!Array.isArray(value)) return [];
  return value.map((v) => (typeof v === 'number' && Number.isFinite(v) ? v : null));
}

/**
 * "HH:mm" of interval `index` of a day that starts at local midnight. Planning days are 96
 * intervals; the rare DST day shifts labels by an hour after the change, which the table's own
 * labels (from the API) show exactly.
 */
export function intervalClock(index: number): string {
  const minutes = (index * INTERVAL_MINUTES) % 1440;
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Sum of the values at the indexes where `mask` has a number (null-safe). */
export function sumWhere(values: readonly (number | null)[], mask: readonly (number | null)[]): number {
  let total = 0;
  for (let i = 0; i < values.length; i++) if (mask[i] !== null && values[i] !== null) total += values[i]!;
  return total;
}

/** The what-if form as typed: strings, so a half-typed number stays as typed. */
export interface WhatIfForm {
  /** Volume change in percent, e.g. "10" or "-20". */
  volumePercent: string;
  /** AHT override in seconds; empty: the forecast's. */
  ahtSeconds: string;
  /** Service-level target in percent; empty: the queue's. */
  targetPercent: string;
  /** Shrinkage in percent; empty: the queue's. */
  shrinkagePercent: string;
}

export const NO_WHAT_IF: WhatIfForm = {
  volumePercent: '0',
  ahtSeconds: '',
  targetPercent: '',
  shrinkagePercent: '',
};

/** A number typed in a form field (comma or point decimals), or null when empty or not a number. */
export function parseTyped(text: string): number | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
}

/** The API's WhatIfInput for the form (fractions for percentages); only fields that are set. */
export function whatIfInput(form: WhatIfForm): Record<string, number> {
  const input: Record<string, number> = {};
  const volume = parseTyped(form.volumePercent);
  if (volume !== null && volume !== 0) input.volumeChange = volume / 100;
  const aht = parseTyped(form.ahtSeconds);
  if (aht !== null) input.ahtSeconds = aht;
  const target = parseTyped(form.targetPercent);
  if (target !== null) input.targetServiceLevel = target / 100;
  const shrinkage = parseTyped(form.shrinkagePercent);
  if (shrinkage !== null) input.shrinkage = shrinkage / 100;
  return input;
}
