import { describe, expect, it } from 'vitest';
import { fitHoltWinters } from './fit-holt-winters.js';
import { holtWinters } from './holt-winters.js';
import { INTERVALS_PER_WEEK } from './intervals.js';
import { syntheticVolume } from './testing.js';

const W = INTERVALS_PER_WEEK;

describe('fitHoltWinters', () => {
  const all = syntheticVolume({ length: 8 * W, peak: 60, trendPerWeek: 0.01, seed: 8 });
  const history = { start: all.start, values: all.values };

  it('finds parameters with a lower in-sample error than typical hand-picked ones', () => {
    for (const seasonality of ['additive', 'multiplicative'] as const) {
      const fit = fitHoltWinters({ history, seasonality });
      for (const params of [
        { alpha: 0.1, gamma: 0.01, delta: 0.1, omega: 0.1, phi: 0 },
        { alpha: 0.02, gamma: 0, delta: 0.05, omega: 0.05, phi: 0.5 },
      ]) {
        expect(fit.sse).toBeLessThanOrEqual(holtWinters({ history, horizon: 1, seasonality, params }).sse);
      }
      for (const value of Object.values(fit.params)) {
        expect(value).toBeGreaterThanOrEqual(0);
        expect(value).toBeLessThanOrEqual(1);
      }
    }
  });

  it('reports the error holtWinters gives with the fitted parameters', () => {
    const fit = fitHoltWinters({ history, seasonality: 'additive' });
    expect(holtWinters({ history, horizon: 1, seasonality: 'additive', params: fit.params }).sse).toBeCloseTo(
      fit.sse,
      9,
    );
  });

  it('is quick: one fit on 26 weeks takes well under a second', () => {
    const long = syntheticVolume({ length: 26 * W, peak: 60, seed: 9 });
    const started = performance.now();
    fitHoltWinters({ history: { start: long.start, values: long.values }, seasonality: 'multiplicative' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
