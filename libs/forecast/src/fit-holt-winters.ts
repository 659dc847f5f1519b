import {
  holtWintersInitialState,
  holtWintersRun,
  type HoltWintersParams,
  type HoltWintersState,
  type Seasonality,
} from './holt-winters-recursion.js';
import { INTERVALS_PER_WEEK, type Series } from './intervals.js';
import { assertExcluded, assertSeries, knownMask } from './validate.js';

/** Input of {@link fitHoltWinters}. */
export interface FitHoltWintersInput {
  history: Series;
  seasonality: Seasonality;
  /** One flag per history interval: true leaves that interval out of the fit. */
  excluded?: readonly boolean[];
}

/** Parameters found by {@link fitHoltWinters} and the in-sample error they give. */
export interface HoltWintersFit {
  params: HoltWintersParams;
  /** Sum of squared in-sample one-step errors over the known intervals. */
  sse: number;
}

/**
 * The candidate values of each parameter. Intervals are short, so the level and trend move
 * slowly; the grids are denser near 0. γ stays ≤ 0.001 (a trend memory of 1 000 intervals,
 * about 10 days): the one-step criterion barely penalizes a nervous trend, but extrapolated over
 * weeks of 672 intervals it ruins the forecast. φ covers the range Taylor (2003) reports for
 * intraday data.
 */
const GRID: Record<keyof HoltWintersParams, readonly number[]> = {
  alpha: [0.0005, 0.001, 0.002, 0.005, 0.01, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5],
  gamma: [0, 0.0001, 0.0003, 0.001],
  delta: [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5],
  omega: [0, 0.01, 0.02, 0.05, 0.1, 0.2, 0.35, 0.5],
  phi: [0, 0.2, 0.4, 0.6, 0.8, 0.95],
};
const START: HoltWintersParams = { alpha: 0.02, gamma: 0.001, delta: 0.05, omega: 0.05, phi: 0 };
const ORDER: readonly (keyof HoltWintersParams)[] = ['alpha', 'omega', 'delta', 'phi', 'gamma'];
const MAX_ROUNDS = 3;

/**
 * Fits the smoothing parameters of double-seasonal Holt-Winters (Taylor 2003, see
 * {@link holtWinters}) by minimizing the in-sample sum of squared one-step errors, as Taylor
 * does, with a quick search: coordinate descent over a fixed grid per parameter (each round
 * tries every grid value of one parameter with the others held, in the order α, ω, δ, φ, γ;
 * at most 3 rounds, stopping when a round changes nothing). About 100 passes over the history,
 * each O(n); on 6 months of 15-minute data this takes tens of milliseconds.
 *
 * @throws Error naming the field when the history is not a valid Series of at least two weeks
 *   (1 344 intervals), the seasonality is unknown, or `excluded` does not match the history.
 */
export function fitHoltWinters(input: FitHoltWintersInput): HoltWintersFit {
  assertSeries(input.history, 'history', 2 * INTERVALS_PER_WEEK);
  assertSeasonality(input.seasonality);
  assertExcluded(input.excluded, input.history.values.length);
  const y = Float64Array.from(input.history.values);
  const known = knownMask(input.excluded);
  return fitHoltWintersCore(
    y,
    known,
    input.seasonality,
    holtWintersInitialState(y, known, input.seasonality),
  );
}

/** Throws unless `seasonality` is 'additive' or 'multiplicative'. */
export function assertSeasonality(
  seasonality: unknown,
  field = 'seasonality',
): asserts seasonality is Seasonality {
  if (seasonality !== 'additive' && seasonality !== 'multiplicative') {
    throw new Error(`${field} must be 'additive' or 'multiplicative'; got ${JSON.stringify(seasonality)}`);
  }
}

/** The search of {@link fitHoltWinters} on trusted input, from `start` (grid values; a previous fit warm-starts it). */
export function fitHoltWintersCore(
  y: Float64Array,
  known: Uint8Array | null,
  seasonality: Seasonality,
  initial: HoltWintersState,
  start: HoltWintersParams = START,
): HoltWintersFit {
  const seen = new Map<string, number>();
  const evaluate = (p: HoltWintersParams): number => {
    const key = `${p.alpha},${p.gamma},${p.delta},${p.omega},${p.phi}`;
    let sse = seen.get(key);
    if (sse === undefined) {
      sse = holtWintersRun(y, known, seasonality, p, initial, 0).sse;
      seen.set(key, sse);
    }
    return sse;
  };
  let best: HoltWintersParams = { ...start };
  let bestSse = evaluate(best);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    let changed = false;
    for (const name of ORDER) {
      for (const value of GRID[name]) {
        if (value === best[name]) continue;
        const candidate = { ...best, [name]: value };
        const sse = evaluate(candidate);
        if (sse < bestSse) {
          best = candidate;
          bestSse = sse;
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return { params: best, sse: bestSse };
}
