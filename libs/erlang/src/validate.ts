/*
 * Input checks shared by the public functions. Every message has one shape,
 * "<function>: <field> must be <reason> (got <value>)", so a caller (or the CLI) can tell
 * which field was wrong and why. Internal: not exported from the package.
 */

function shown(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

function fail(fn: string, field: string, reason: string, value: unknown): never {
  throw new Error(`${fn}: ${field} must be ${reason} (got ${shown(value)})`);
}

/** Throws unless `value` is a finite number. */
export function requireFinite(fn: string, field: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) fail(fn, field, 'a finite number', value);
  return value;
}

/** Throws unless `value` is a finite number ≥ 0. */
export function requireNonNegative(fn: string, field: string, value: unknown): number {
  const n = requireFinite(fn, field, value);
  if (n < 0) fail(fn, field, '>= 0', value);
  return n;
}

/** Throws unless `value` is a finite number > 0. */
export function requirePositive(fn: string, field: string, value: unknown): number {
  const n = requireFinite(fn, field, value);
  if (n <= 0) fail(fn, field, '> 0', value);
  return n;
}

/** Throws unless `value` is a whole number ≥ `min`. */
export function requireWhole(fn: string, field: string, value: unknown, min = 0): number {
  const n = requireFinite(fn, field, value);
  if (!Number.isInteger(n) || n < min) fail(fn, field, `a whole number >= ${min}`, value);
  return n;
}

/** Throws unless `value` is a fraction in (0, 1]: a target or a cap such as 0.8. */
export function requireFractionAbove0(fn: string, field: string, value: unknown): number {
  const n = requireFinite(fn, field, value);
  if (n <= 0 || n > 1) fail(fn, field, 'in (0, 1]', value);
  return n;
}

/** Throws unless `value` is a fraction in [0, 1): a share such as shrinkage. */
export function requireFractionBelow1(fn: string, field: string, value: unknown): number {
  const n = requireFinite(fn, field, value);
  if (n < 0 || n >= 1) fail(fn, field, 'in [0, 1)', value);
  return n;
}

/** Throws unless `value` is a non-empty array. */
export function requireNonEmptyArray(fn: string, field: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value) || value.length === 0) fail(fn, field, 'a non-empty array', value);
  return value;
}

/**
 * Rounds a head count up to a whole number, ignoring floating-point dust: 14 / 0.7 is
 * 20.000000000000004 in binary floating point and must give 20 people, not 21.
 */
export function ceilCount(x: number): number {
  const nearest = Math.round(x);
  if (Math.abs(x - nearest) <= 1e-9 * Math.max(1, Math.abs(x))) return nearest;
  return Math.ceil(x);
}
