import { describe, expect, it } from 'vitest';
import type { BacktestPoints } from './backtest.js';
import { empiricalIntervals } from './prediction-intervals.js';

/** Back-test points at the given intervals of the day, with forecast f and scaled errors z (actual = f + z·√f). */
function points(rows: { index: number; f: number; z: number }[]): BacktestPoints {
  return {
    index: Int32Array.from(rows.map((r) => r.index)),
    forecast: Float64Array.from(rows.map((r) => r.f)),
    actual: Float64Array.from(rows.map((r) => r.f + r.z * Math.sqrt(r.f))),
  };
}

describe('empiricalIntervals', () => {
  it('adds the type-7 quantiles of the scaled errors (hand-computed)', () => {
    // z = −5 … 5 at interval-of-day 0; 10th and 90th percentiles (type 7): positions 1 and 9 → −4 and 4.
    const pts = points(Array.from({ length: 11 }, (_, i) => ({ index: 96 * i, f: 100, z: i - 5 })));
    const { lower, upper } = empiricalIntervals(pts, Float64Array.from([100, 0, 25]), 0, 0.8);
    expect([lower[0], upper[0]]).toEqual([100 - 4 * 10, 100 + 4 * 10]); // scale √100
    expect([lower[1], upper[1]]).toEqual([0, 4]); // scale √max(0, 1) = 1; lower clamped at 0
    expect(lower[2]).toBeCloseTo(25 - 4 * 5, 12);
  });

  it('keeps intervals of the day apart (beyond the pooling radius)', () => {
    const narrow = Array.from({ length: 11 }, (_, i) => ({ index: 96 * i, f: 100, z: (i - 5) / 5 })); // ±1
    const wide = Array.from({ length: 11 }, (_, i) => ({ index: 96 * i + 48, f: 100, z: (i - 5) * 2 })); // ±10
    const { lower, upper } = empiricalIntervals(
      points([...narrow, ...wide]),
      Float64Array.from(new Array(96).fill(100)),
      0,
      0.8,
    );
    expect(upper[0] - lower[0]).toBeCloseTo(2 * 0.8 * 10, 9);
    expect(upper[48] - lower[48]).toBeCloseTo(2 * 8 * 10, 9);
    expect(upper[1] - lower[1]).toBeCloseTo(upper[0] - lower[0], 9); // pooled with its neighbour 0
  });

  it('collapses to the point forecast when there are no errors', () => {
    const { lower, upper } = empiricalIntervals(points([]), Float64Array.from([7, 8]), 5, 0.8);
    expect(Array.from(lower)).toEqual([7, 8]);
    expect(Array.from(upper)).toEqual([7, 8]);
  });
});
