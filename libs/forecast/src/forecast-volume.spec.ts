import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { forecastVolume } from './forecast-volume.js';
import { INTERVALS_PER_DAY, INTERVALS_PER_WEEK } from './intervals.js';
import { dailyProfile, normal, poisson, seededRandom, syntheticVolume, SYNTHETIC_START } from './testing.js';

const W = INTERVALS_PER_WEEK;
const D = INTERVALS_PER_DAY;
const offsetMinutes = 480; // SYNTHETIC_START is Monday 2026-01-05 00:00 at UTC+8

describe('forecastVolume: automatic selection', () => {
  const pick = (values: readonly number[]) =>
    forecastVolume({ history: { start: SYNTHETIC_START, values }, horizonWeeks: 1, offsetMinutes });

  it('reports every method and picks the lowest back-test WAPE', () => {
    const r = pick(syntheticVolume({ length: 8 * W, seed: 4 }).values);
    expect(r.backtest.map((s) => s.method)).toEqual([
      'seasonalNaive',
      'weeklyAverage',
      'holtWintersAdditive',
      'holtWintersMultiplicative',
    ]);
    const best = Math.min(...r.backtest.map((s) => s.wape!));
    expect(r.backtest.find((s) => s.method === r.method)!.wape).toBe(best);
    expect(r.backtest.every((s) => s.folds === 3 && s.intervals === 3 * W)).toBe(true);
  });

  it('picks seasonal naive when each week is last week plus a lasting change', () => {
    // Each interval of the week follows a random walk from week to week: last week is the best guess.
    const random = seededRandom(11);
    const week = Array.from({ length: W }, (_, i) => 50 + 20 * Math.sin(i / 40));
    const values: number[] = [];
    for (let w = 0; w < 10; w++)
      for (let i = 0; i < W; i++) values.push((week[i] = Math.max(0, week[i] + 5 * normal(random))));
    expect(pick(values).method).toBe('seasonalNaive');
  });

  it('picks the weekly average on a stable pattern with outliers', () => {
    // Fixed pattern, Poisson noise, 1 % of intervals an 8× spike: averaging 4 weeks damps a spike,
    // while Holt-Winters carries it into its level and seasons.
    const random = seededRandom(3);
    const pattern = Array.from({ length: W }, () => 20 + 30 * random());
    const values: number[] = [];
    for (let w = 0; w < 8; w++)
      for (let i = 0; i < W; i++) values.push(poisson(pattern[i], random) * (random() < 0.01 ? 8 : 1));
    expect(pick(values).method).toBe('weeklyAverage');
  });

  it('picks the weekly average over seasonal naive on a stable noisy pattern', () => {
    const r = forecastVolume({
      history: {
        start: SYNTHETIC_START,
        values: syntheticVolume({ length: 8 * W, peak: 20, seed: 6 }).values,
      },
      horizonWeeks: 1,
      offsetMinutes,
      candidates: ['seasonalNaive', 'weeklyAverage'],
    });
    expect(r.method).toBe('weeklyAverage');
  });

  it('picks multiplicative Holt-Winters when the pattern grows with a trend', () => {
    expect(
      pick(syntheticVolume({ length: 12 * W, peak: 100, trendPerWeek: 0.05, seed: 3 }).values).method,
    ).toBe('holtWintersMultiplicative');
  });

  it('picks additive Holt-Winters when a constant pattern rides on a trend', () => {
    const random = seededRandom(14);
    const values = Array.from({ length: 12 * W }, (_, t) => {
      const weekend = Math.floor(t / D) % 7 >= 5;
      return Math.max(
        0,
        40 + 0.01 * t + 15 * Math.sin((2 * Math.PI * (t % D)) / D) + (weekend ? -10 : 3) + 3 * normal(random),
      );
    });
    const r = pick(values);
    expect(r.method).toBe('holtWintersAdditive');
    expect(r.holtWintersParams).toBeDefined();
  });
});

describe('forecastVolume: prediction intervals', () => {
  it.each([
    [0.8, 0.75, 0.85],
    [0.95, 0.92, 0.98],
  ])('cover about %s of held-out points on noisy data', (level, low, high) => {
    let inside = 0;
    let total = 0;
    for (const seed of [31, 32]) {
      const all = syntheticVolume({ length: 22 * W, peak: 40, trendPerWeek: 0.005, seed });
      const n = 16 * W;
      const r = forecastVolume({
        history: { start: all.start, values: all.values.slice(0, n) },
        horizonWeeks: 6,
        offsetMinutes,
        level,
      });
      expect(r.level).toBe(level);
      all.values.slice(n).forEach((a, h) => {
        if (a >= r.lower[h] && a <= r.upper[h]) inside++;
        total++;
      });
    }
    expect(inside / total).toBeGreaterThan(low);
    expect(inside / total).toBeLessThan(high);
  });
});

describe('forecastVolume: special days', () => {
  // Three weeks of the same daily profile, Monday 5 January to Sunday 25 January 2026 (UTC+8).
  const day = Array.from({ length: D }, (_, i) => 100 * dailyProfile((i + 0.5) / 4));
  const base = Array.from({ length: 3 * W }, (_, t) => day[t % D]);

  it('multiplies the forecast and its bounds on a future special day', () => {
    const history = { start: SYNTHETIC_START, values: base };
    const plain = forecastVolume({ history, horizonWeeks: 1, offsetMinutes, method: 'seasonalNaive' });
    const special = forecastVolume({
      history,
      horizonWeeks: 1,
      offsetMinutes,
      method: 'seasonalNaive',
      specialDays: [{ from: '2026-01-28', multiplier: 1.5, label: 'promotion' }], // Wednesday of the forecast week
    });
    for (let h = 0; h < W; h++) {
      const m = h >= 2 * D && h < 3 * D ? 1.5 : 1;
      expect(special.values[h]).toBeCloseTo(plain.values[h] * m, 12);
      expect(special.lower[h]).toBeCloseTo(plain.lower[h] * m, 12);
      expect(special.upper[h]).toBeCloseTo(plain.upper[h] * m, 12);
    }
  });

  it('cleanses a past special day out of the history', () => {
    const values = base.slice();
    for (let t = 2 * W + 2 * D; t < 2 * W + 3 * D; t++) values[t] *= 0.2; // Wednesday 21 January: a holiday
    const history = { start: SYNTHETIC_START, values };
    const holiday = [{ from: '2026-01-21', multiplier: 0.2 }];
    const wednesday = (r: { values: number[] }) => r.values.slice(2 * D, 3 * D);

    const raw = forecastVolume({ history, horizonWeeks: 1, offsetMinutes, method: 'seasonalNaive' });
    wednesday(raw).forEach((v, i) => expect(v).toBeCloseTo(0.2 * day[i], 9)); // the dip repeats

    const cleansed = forecastVolume({
      history,
      horizonWeeks: 1,
      offsetMinutes,
      method: 'seasonalNaive',
      specialDays: holiday,
    });
    expect(cleansed.excludedIntervals).toBe(D);
    wednesday(cleansed).forEach((v, i) => expect(v).toBeCloseTo(day[i], 9)); // taken from the week before

    const kept = forecastVolume({
      history,
      horizonWeeks: 1,
      offsetMinutes,
      method: 'seasonalNaive',
      specialDays: holiday,
      cleanseHistory: false,
    });
    expect(kept.excludedIntervals).toBe(0);
    wednesday(kept).forEach((v, i) => expect(v).toBeCloseTo(0.2 * day[i], 9));
  });
});

describe('forecastVolume: properties', () => {
  it('forecasts a constant series as that constant, with a zero-width interval', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 500 }), (c) => {
        const r = forecastVolume({
          history: { start: SYNTHETIC_START, values: new Array<number>(3 * W).fill(c) },
          horizonWeeks: 2,
          offsetMinutes,
        });
        expect(r.values).toHaveLength(2 * W);
        r.values.forEach((v, h) => {
          expect(v).toBeCloseTo(c, 6);
          expect(r.lower[h]).toBeCloseTo(c, 6);
          expect(r.upper[h]).toBeCloseTo(c, 6);
        });
      }),
      { numRuns: 5 },
    );
  });

  it('never returns a negative value and keeps lower ≤ forecast ≤ upper', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(30), { minLength: 3 * W, maxLength: 3 * W }), (values) => {
        const r = forecastVolume({
          history: { start: SYNTHETIC_START, values },
          horizonWeeks: 1,
          offsetMinutes,
        });
        r.values.forEach((v, h) => {
          expect(r.lower[h]).toBeGreaterThanOrEqual(0);
          expect(r.lower[h]).toBeLessThanOrEqual(v);
          expect(r.upper[h]).toBeGreaterThanOrEqual(v);
        });
      }),
      { numRuns: 5 },
    );
  });
});

describe('forecastVolume: input', () => {
  const history = { start: SYNTHETIC_START, values: new Array<number>(3 * W).fill(1) };

  it('starts the forecast at the end of the history and shortens the back-test for a short history', () => {
    const r = forecastVolume({ history, horizonWeeks: 6, offsetMinutes });
    expect(r.start).toBe(SYNTHETIC_START + 3 * W * 900_000);
    expect(r.values).toHaveLength(6 * W);
    expect(r.backtestWindow).toBe(W);
    expect(r.backtest.find((s) => s.method === 'weeklyAverage')!.folds).toBe(0); // needs 4 weeks
  });

  it('rejects bad input, naming the field and reason', () => {
    expect(() => forecastVolume({ history, horizonWeeks: 7, offsetMinutes })).toThrow(
      'horizonWeeks must be an integer between 1 and 6; got 7',
    );
    expect(() => forecastVolume({ history, horizonWeeks: 1, offsetMinutes, level: 1 })).toThrow(
      'level must be a number > 0 and < 1; got 1',
    );
    expect(() =>
      forecastVolume({ history, horizonWeeks: 1, offsetMinutes, method: 'arima' as never }),
    ).toThrow(/^method\[0\] must be one of/);
    expect(() => forecastVolume({ history, horizonWeeks: 1, offsetMinutes: 7 })).toThrow(
      /^offsetMinutes must be an integer multiple of 15/,
    );
    expect(() =>
      forecastVolume({
        history: { ...history, values: history.values.slice(0, W) },
        horizonWeeks: 1,
        offsetMinutes,
      }),
    ).toThrow(/^history\.values must hold at least 1344 intervals to back-test/);
  });
});
