import { describe, expect, it } from 'vitest';
import { backtest } from './backtest.js';
import { INTERVALS_PER_WEEK } from './intervals.js';
import { SYNTHETIC_START } from './testing.js';

const W = INTERVALS_PER_WEEK;
const weeksOf = (...levels: number[]) => levels.flatMap((level) => new Array<number>(W).fill(level));
const history = { start: SYNTHETIC_START, values: weeksOf(10, 20, 30) };

describe('backtest', () => {
  it('scores seasonal naive from one origin (hand-computed)', () => {
    // Origin at week 3: forecast 20 for every interval, actual 30 → WAPE 10/30, bias −10/30.
    const r = backtest({ history, methods: ['seasonalNaive'], folds: 1 });
    expect(r.origins).toEqual([2 * W]);
    expect(r.scores[0].wape).toBeCloseTo(1 / 3, 12);
    expect(r.scores[0].bias).toBeCloseTo(-1 / 3, 12);
    expect(r.scores[0].intervals).toBe(W);
  });

  it('pools every origin (hand-computed)', () => {
    // Origins at weeks 3 and 2: errors 10 and 10 per interval over actuals 30 and 20 → 20/50.
    const r = backtest({ history, methods: ['seasonalNaive'], folds: 5 });
    expect(r.origins).toEqual([2 * W, W]);
    expect(r.scores[0]).toEqual({
      method: 'seasonalNaive',
      wape: 0.4,
      bias: -0.4,
      folds: 2,
      intervals: 2 * W,
    });
  });

  it('gives all methods the same origins, those the longest-needing method allows', () => {
    // The 2-week average needs 2 weeks before the origin, so only week 3 is scored: (10+20)/2 vs 30.
    const r = backtest({ history, methods: ['seasonalNaive', 'weeklyAverage'], weeks: 2, folds: 3 });
    expect(r.origins).toEqual([2 * W]);
    expect(r.scores.map((s) => s.wape)).toEqual([1 / 3, 0.5]);
  });

  it('leaves out a method whose minimum history cannot be met', () => {
    const r = backtest({ history, methods: ['seasonalNaive', 'weeklyAverage'], weeks: 4 });
    expect(r.scores[1]).toEqual({ method: 'weeklyAverage', wape: null, bias: null, folds: 0, intervals: 0 });
    expect(r.scores[0].folds).toBe(2);
  });

  it('neither fits nor scores excluded intervals', () => {
    const values = weeksOf(10, 20, 30);
    values[2 * W] = 1000; // an outage spike, excluded
    const excluded = values.map((_, i) => i === 2 * W);
    const r = backtest({
      history: { start: SYNTHETIC_START, values },
      methods: ['seasonalNaive'],
      folds: 1,
      excluded,
    });
    expect(r.scores[0].intervals).toBe(W - 1);
    expect(r.scores[0].wape).toBeCloseTo(1 / 3, 12);
  });

  it('rejects a history too short for any origin, and unknown methods', () => {
    expect(() => backtest({ history: { start: SYNTHETIC_START, values: weeksOf(1) } })).toThrow(
      'history.values must hold at least 1344 intervals to back-test seasonalNaive, weeklyAverage, holtWintersAdditive, holtWintersMultiplicative (672 to fit and 672 to score); got 672',
    );
    expect(() => backtest({ history, methods: ['arima' as never] })).toThrow(
      /^methods\[0\] must be one of seasonalNaive/,
    );
    expect(() => backtest({ history, window: 10 })).toThrow('window must be an integer ≥ 672; got 10');
  });
});
