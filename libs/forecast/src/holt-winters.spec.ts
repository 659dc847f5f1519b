import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { holtWinters } from './holt-winters.js';
import {
  holtWintersInitialState,
  holtWintersRun,
  type HoltWintersParams,
  type HoltWintersState,
  type Seasonality,
} from './holt-winters-recursion.js';
import { INTERVALS_PER_DAY, INTERVALS_PER_WEEK } from './intervals.js';
import { normal, seededRandom, syntheticVolume, SYNTHETIC_START } from './testing.js';
import { wape } from './wape.js';

const W = INTERVALS_PER_WEEK;
const D = INTERVALS_PER_DAY;

/**
 * Taylor (2003) written out literally, with whole arrays indexed by time (t − s1, t − s2), as an
 * independent check of the ring buffers of holtWintersRun. Seasonal states before t = 0 are the
 * initial state; the forecast uses the latest seasonal estimate of the same phase.
 */
function reference(
  y: number[],
  s: Seasonality,
  p: HoltWintersParams,
  init: HoltWintersState,
  horizon: number,
) {
  const n = y.length;
  const daily = new Map<number, number>();
  const weekly = new Map<number, number>();
  for (let i = 0; i < D; i++) daily.set(i - D, init.daily[i]);
  for (let j = 0; j < W; j++) weekly.set(j - W, init.weekly[j]);
  const L = [init.level];
  const T = [init.trend];
  let ePrev = 0;
  let sse = 0;
  for (let t = 0; t < n; t++) {
    const d = daily.get(t - D)!;
    const w = weekly.get(t - W)!;
    const lPrev = L[t];
    const tPrev = T[t];
    const fitted = s === 'additive' ? lPrev + tPrev + d + w : (lPrev + tPrev) * d * w;
    const e = y[t] - fitted;
    sse += (e - p.phi * ePrev) ** 2;
    const level =
      s === 'additive'
        ? p.alpha * (y[t] - d - w) + (1 - p.alpha) * (lPrev + tPrev)
        : p.alpha * (y[t] / (d * w)) + (1 - p.alpha) * (lPrev + tPrev);
    L.push(level);
    T.push(p.gamma * (level - lPrev) + (1 - p.gamma) * tPrev);
    daily.set(
      t,
      s === 'additive'
        ? p.delta * (y[t] - level - w) + (1 - p.delta) * d
        : p.delta * (y[t] / (level * w)) + (1 - p.delta) * d,
    );
    weekly.set(
      t,
      s === 'additive'
        ? p.omega * (y[t] - level - d) + (1 - p.omega) * w
        : p.omega * (y[t] / (level * d)) + (1 - p.omega) * w,
    );
    ePrev = e;
  }
  const forecast: number[] = [];
  for (let k = 1; k <= horizon; k++) {
    const t = n - 1 + k;
    const d = daily.get(t - D * Math.ceil(k / D))!;
    const w = weekly.get(t - W * Math.ceil(k / W))!;
    const trended = L[n] + k * T[n];
    forecast.push((s === 'additive' ? trended + d + w : trended * d * w) + p.phi ** k * ePrev);
  }
  return { sse, forecast };
}

describe('Holt-Winters recursion', () => {
  it('matches a literal transcription of Taylor (2003) in both forms', () => {
    // A busy series (no near-zero intervals, so the multiplicative guards never act).
    const series = syntheticVolume({ length: 3 * W, peak: 80, seed: 3 }).values.map((v) => v + 20);
    const y = Float64Array.from(series);
    const params: HoltWintersParams = { alpha: 0.1, gamma: 0.01, delta: 0.2, omega: 0.3, phi: 0.5 };
    for (const s of ['additive', 'multiplicative'] as const) {
      const init = holtWintersInitialState(y, null, s);
      const mine = holtWintersRun(y, null, s, params, init, 2 * W + 5);
      const ref = reference(series, s, params, init, 2 * W + 5);
      expect(mine.sse).toBeCloseTo(ref.sse, 6);
      ref.forecast.forEach((v, i) => expect(mine.forecast[i]).toBeCloseTo(v, 9));
    }
  });

  it('starts from the pattern of the first weeks', () => {
    // Exact additive pattern: level 50, trend 0.01 per interval, daily sine, weekend dip.
    const pattern = (t: number) =>
      50 + 0.01 * t + 10 * Math.sin((2 * Math.PI * (t % D)) / D) + (t % W >= 5 * D ? -8 : 0);
    const y = Float64Array.from({ length: 4 * W }, (_, t) => pattern(t));
    const init = holtWintersInitialState(y, null, 'additive');
    expect(init.trend).toBeCloseTo(0.01, 9);
    // The state reproduces the first interval exactly: L(−1) + T + D + W = y(0).
    expect(init.level + init.trend + init.daily[0] + init.weekly[0]).toBeCloseTo(y[0], 9);
    const t = 6 * D + 10;
    expect(init.level + init.trend * (t + 1) + init.daily[t % D] + init.weekly[t]).toBeCloseTo(y[t], 9);
  });
});

describe('holtWinters', () => {
  it('recovers a daily + weekly pattern with trend (low WAPE against the truth)', () => {
    // 10 weeks of Poisson counts around a contact-center profile growing 2 % a week; forecast 4 weeks.
    const all = syntheticVolume({ length: 14 * W, peak: 120, trendPerWeek: 0.02, seed: 21 });
    const n = 10 * W;
    const truth = all.expected.slice(n);
    for (const seasonality of ['additive', 'multiplicative'] as const) {
      const { values } = holtWinters({
        history: { start: all.start, values: all.values.slice(0, n) },
        horizon: 4 * W,
        seasonality,
      });
      expect(wape(truth, values)).toBeLessThan(seasonality === 'multiplicative' ? 0.04 : 0.08);
    }
  });

  it('recovers a noise-free pattern with trend almost exactly', () => {
    const all = syntheticVolume({ length: 10 * W, peak: 100, trendPerWeek: 0.01, noise: 'none' });
    const { values } = holtWinters({
      history: { start: all.start, values: all.values.slice(0, 8 * W) },
      horizon: 2 * W,
      seasonality: 'multiplicative',
    });
    expect(wape(all.expected.slice(8 * W), values)).toBeLessThan(0.01);
  });

  it('multiplicative wins where the swing grows with the level', () => {
    // Profile × (1 + 5 % a week): the daily swing grows with the level.
    const all = syntheticVolume({ length: 12 * W, peak: 100, trendPerWeek: 0.05, seed: 5 });
    const history = { start: all.start, values: all.values.slice(0, 10 * W) };
    const actual = all.values.slice(10 * W);
    const add = holtWinters({ history, horizon: 2 * W, seasonality: 'additive' });
    const mult = holtWinters({ history, horizon: 2 * W, seasonality: 'multiplicative' });
    expect(wape(actual, mult.values)!).toBeLessThan(wape(actual, add.values)! - 0.03);
  });

  it('additive wins where the swing stays constant while the level grows', () => {
    // 40 + 0.01·t + 15·sin(day) − 10 at weekends, Gaussian noise σ = 3.
    const random = seededRandom(14);
    const values = Array.from({ length: 12 * W }, (_, t) => {
      const weekend = Math.floor(t / D) % 7 >= 5;
      return Math.max(
        0,
        40 + 0.01 * t + 15 * Math.sin((2 * Math.PI * (t % D)) / D) + (weekend ? -10 : 3) + 3 * normal(random),
      );
    });
    const history = { start: SYNTHETIC_START, values: values.slice(0, 10 * W) };
    const actual = values.slice(10 * W);
    const add = holtWinters({ history, horizon: 2 * W, seasonality: 'additive' });
    const mult = holtWinters({ history, horizon: 2 * W, seasonality: 'multiplicative' });
    expect(wape(actual, add.values)!).toBeLessThan(wape(actual, mult.values)! - 0.03);
  });

  it('forecasts a constant series as that constant (property)', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e4, noNaN: true }),
        fc.constantFrom('additive', 'multiplicative' as const),
        (c, seasonality) => {
          const r = holtWinters({
            history: { start: SYNTHETIC_START, values: new Array<number>(2 * W).fill(c) },
            horizon: 100,
            seasonality,
          });
          r.values.forEach((v) => expect(v).toBeCloseTo(c, 6));
        },
      ),
      { numRuns: 10 },
    );
  });

  it('uses given parameters and never returns a negative value', () => {
    const random = seededRandom(2);
    const values = Array.from({ length: 3 * W }, (_, t) => Math.max(0, 100 - 0.05 * t + 5 * normal(random))); // falling to 0
    const params = { alpha: 0.5, gamma: 0.001, delta: 0, omega: 0, phi: 0 };
    const r = holtWinters({
      history: { start: SYNTHETIC_START, values },
      horizon: 6 * W,
      seasonality: 'additive',
      params,
    });
    expect(r.params).toEqual(params);
    expect(Math.min(...r.values)).toBe(0);
  });

  it('rejects bad input, naming the field', () => {
    const history = { start: SYNTHETIC_START, values: new Array<number>(2 * W).fill(1) };
    expect(() =>
      holtWinters({
        history: { ...history, values: history.values.slice(W) },
        horizon: 1,
        seasonality: 'additive',
      }),
    ).toThrow('history.values must hold at least 1344 values; got 672');
    expect(() => holtWinters({ history, horizon: 1, seasonality: 'log' as never })).toThrow(
      `seasonality must be 'additive' or 'multiplicative'; got "log"`,
    );
    expect(() =>
      holtWinters({
        history,
        horizon: 1,
        seasonality: 'additive',
        params: { alpha: 2, gamma: 0, delta: 0, omega: 0, phi: 0 },
      }),
    ).toThrow('params.alpha must be a number ≥ 0 and ≤ 1; got 2');
  });
});
