import { INTERVAL_MS, MAX_HORIZON_WEEKS, type Series } from './intervals.js';

/*
 * Input checks shared by the public functions. Every message names the field and the reason,
 * in one format: "<field> must <rule>; got <value>".
 */

function show(value: unknown): string {
  if (typeof value === 'number') return String(value);
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** Throws unless `values` is an array of finite numbers ≥ 0 (at least `minLength` of them). */
export function assertCounts(
  values: unknown,
  field: string,
  minLength = 0,
): asserts values is readonly number[] {
  if (!Array.isArray(values)) throw new Error(`${field} must be an array of numbers; got ${show(values)}`);
  if (values.length < minLength) {
    throw new Error(`${field} must hold at least ${minLength} values; got ${values.length}`);
  }
  for (let i = 0; i < values.length; i++) {
    const v: unknown = values[i];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < 0) {
      throw new Error(`${field}[${i}] must be a finite number ≥ 0; got ${show(v)}`);
    }
  }
}

/** Throws unless `series` is a Series with an interval-aligned start and valid values. */
export function assertSeries(series: unknown, field: string, minLength = 1): asserts series is Series {
  if (typeof series !== 'object' || series === null) {
    throw new Error(`${field} must be an object { start, values }; got ${show(series)}`);
  }
  const { start, values } = series as { start?: unknown; values?: unknown };
  if (typeof start !== 'number' || !Number.isInteger(start) || start % INTERVAL_MS !== 0) {
    throw new Error(
      `${field}.start must be the epoch ms of a 15-minute interval boundary (a multiple of ${INTERVAL_MS}); got ${show(start)}`,
    );
  }
  assertCounts(values, `${field}.values`, minLength);
}

/** Throws unless `value` is an integer in [min, max]. */
export function assertInteger(
  value: unknown,
  field: string,
  min: number,
  max = Number.MAX_SAFE_INTEGER,
): asserts value is number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `≥ ${min}` : `between ${min} and ${max}`;
    throw new Error(`${field} must be an integer ${range}; got ${show(value)}`);
  }
}

/** Throws unless `value` is a finite number in [min, max] (bounds inclusive unless stated). */
export function assertNumber(
  value: unknown,
  field: string,
  min: number,
  max: number,
  { minExclusive = false, maxExclusive = false } = {},
): asserts value is number {
  const ok =
    typeof value === 'number' &&
    Number.isFinite(value) &&
    (minExclusive ? value > min : value >= min) &&
    (maxExclusive ? value < max : value <= max);
  if (!ok) {
    const lo = `${minExclusive ? '>' : '≥'} ${min}`;
    const hi = max === Infinity ? '' : ` and ${maxExclusive ? '<' : '≤'} ${max}`;
    throw new Error(`${field} must be a number ${lo}${hi}; got ${show(value)}`);
  }
}

/** Throws unless `horizonWeeks` is an integer from 1 to MAX_HORIZON_WEEKS. */
export function assertHorizonWeeks(
  horizonWeeks: unknown,
  field = 'horizonWeeks',
): asserts horizonWeeks is number {
  assertInteger(horizonWeeks, field, 1, MAX_HORIZON_WEEKS);
}

/** Throws unless `excluded` is absent or an array of booleans as long as the history. */
export function assertExcluded(excluded: unknown, length: number, field = 'excluded'): void {
  if (excluded === undefined) return;
  if (!Array.isArray(excluded) || excluded.length !== length) {
    throw new Error(
      `${field} must be an array of ${length} booleans (one per history interval); got ${show(excluded)}`,
    );
  }
  for (let i = 0; i < excluded.length; i++) {
    if (typeof excluded[i] !== 'boolean')
      throw new Error(`${field}[${i}] must be a boolean; got ${show(excluded[i])}`);
  }
}

/** Converts an optional exclusion list into the internal "known" mask (1 = use, 0 = excluded), or null when nothing is excluded. */
export function knownMask(excluded: readonly boolean[] | undefined): Uint8Array | null {
  if (!excluded || !excluded.includes(true)) return null;
  const known = new Uint8Array(excluded.length);
  for (let i = 0; i < excluded.length; i++) known[i] = excluded[i] ? 0 : 1;
  return known;
}
