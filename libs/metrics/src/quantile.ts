/**
 * Quantile by linear interpolation between closest ranks — R's type 7, numpy.percentile's and Excel
 * PERCENTILE.INC's default (Hyndman & Fan 1996; Wikipedia "Percentile", C = 1): with the values sorted
 * x[0] ≤ … ≤ x[n−1], h = (n − 1)·q, the quantile is x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). So the
 * 0.5 quantile is the usual median (the mean of the two middle values for even n).
 *
 * @example quantile([15, 20, 35, 40, 50], 0.4) === 29 — Wikipedia's worked example
 * @throws RangeError when values is empty or has a non-finite value, or q is outside [0, 1].
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) throw new RangeError('quantile requires at least one value');
  if (typeof q !== 'number' || !(q >= 0 && q <= 1))
    throw new RangeError(`q must be between 0 and 1, got ${String(q)}`);
  values.forEach((v, i) => {
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      throw new RangeError(`values[${i}] must be a finite number, got ${String(v)}`);
    }
  });
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * q;
  const lower = Math.floor(h);
  const upper = Math.min(lower + 1, sorted.length - 1);
  return sorted[lower]! + (h - lower) * (sorted[upper]! - sorted[lower]!);
}
