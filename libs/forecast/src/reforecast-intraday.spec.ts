import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reforecastIntraday } from './reforecast-intraday.js';

const forecastToday = new Array<number>(96).fill(10);

describe('reforecastIntraday', () => {
  it('rescales the rest of the day by the damped ratio (hand-computed)', () => {
    // 40 intervals done: A = 40 × 12 = 480, F = 400; ratio = (480 + 20) / (400 + 20) = 500/420.
    const r = reforecastIntraday({
      forecastToday,
      actualsSoFar: new Array<number>(40).fill(12),
      nowIndex: 40,
    });
    expect(r.rawRatio).toBeCloseTo(1.2, 12);
    expect(r.ratio).toBeCloseTo(500 / 420, 12);
    expect(r.values[39]).toBe(12); // past: the actual
    expect(r.values[40]).toBeCloseTo((10 * 500) / 420, 12);
    expect(r.values).toHaveLength(96);
  });

  it('barely moves on a few contacts', () => {
    // Forecast 1 so far, 3 arrived: raw ratio 3, damped (3 + 20) / (1 + 20) ≈ 1.095.
    const r = reforecastIntraday({ forecastToday: [1, 5, 5], actualsSoFar: [3], nowIndex: 1 });
    expect(r.rawRatio).toBe(3);
    expect(r.ratio).toBeCloseTo(23 / 21, 12);
  });

  it('is limited to [minRatio, maxRatio]', () => {
    const high = reforecastIntraday({
      forecastToday,
      actualsSoFar: new Array<number>(48).fill(100),
      nowIndex: 48,
    });
    expect(high.ratio).toBe(2);
    const low = reforecastIntraday({
      forecastToday,
      actualsSoFar: new Array<number>(48).fill(0),
      nowIndex: 48,
      minRatio: 0.7,
    });
    expect(low.ratio).toBe(0.7);
  });

  it('keeps the forecast at the start of the day and ignores actuals beyond now', () => {
    const r = reforecastIntraday({ forecastToday, actualsSoFar: [50, 50], nowIndex: 0 });
    expect(r.ratio).toBe(1);
    expect(r.rawRatio).toBeNull();
    expect(r.values).toEqual(forecastToday);
  });

  it('never returns a negative value and keeps the ratio within its limits (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.nat(50), { minLength: 96, maxLength: 96 }),
        fc.array(fc.nat(80), { minLength: 96, maxLength: 96 }),
        fc.nat(96),
        (f, a, now) => {
          const r = reforecastIntraday({ forecastToday: f, actualsSoFar: a, nowIndex: now });
          expect(r.ratio).toBeGreaterThanOrEqual(0.5);
          expect(r.ratio).toBeLessThanOrEqual(2);
          expect(r.values.every((v) => v >= 0)).toBe(true);
        },
      ),
    );
  });

  it('rejects bad input, naming the field', () => {
    expect(() => reforecastIntraday({ forecastToday, actualsSoFar: [1], nowIndex: 2 })).toThrow(
      'actualsSoFar must hold at least 2 values; got 1',
    );
    expect(() => reforecastIntraday({ forecastToday, actualsSoFar: [], nowIndex: 97 })).toThrow(
      'nowIndex must be an integer between 0 and 96; got 97',
    );
    expect(() => reforecastIntraday({ forecastToday: [], actualsSoFar: [], nowIndex: 0 })).toThrow(
      'forecastToday must hold at least 1 values; got 0',
    );
    expect(() => reforecastIntraday({ forecastToday, actualsSoFar: [], nowIndex: 0, maxRatio: 0.9 })).toThrow(
      'maxRatio must be a number ≥ 1; got 0.9',
    );
  });
});
