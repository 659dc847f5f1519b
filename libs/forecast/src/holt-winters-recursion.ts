import { INTERVALS_PER_DAY, INTERVALS_PER_WEEK } from './intervals.js';

/**
 * The recursion of double-seasonal Holt-Winters exponential smoothing (Taylor 2003), shared by
 * {@link holtWinters} and {@link fitHoltWinters}. Seasons: s1 = 96 intervals (day) and
 * s2 = 672 intervals (week).
 *
 * Source: J. W. Taylor, "Short-term electricity demand forecasting using double seasonal
 * exponential smoothing", Journal of the Operational Research Society 54 (2003) 799–805,
 * equations (multiplicative form, with the first-order autocorrelation adjustment φ):
 *   level    L_t = α · y_t / (D_{t−s1} W_{t−s2}) + (1 − α)(L_{t−1} + T_{t−1})
 *   trend    T_t = γ (L_t − L_{t−1}) + (1 − γ) T_{t−1}
 *   daily    D_t = δ · y_t / (L_t W_{t−s2}) + (1 − δ) D_{t−s1}
 *   weekly   W_t = ω · y_t / (L_t D_{t−s1}) + (1 − ω) W_{t−s2}
 *   forecast ŷ_t(k) = (L_t + k T_t) D_{t−s1+k} W_{t−s2+k} + φ^k e_t,
 *            e_t = y_t − (L_{t−1} + T_{t−1}) D_{t−s1} W_{t−s2}.
 * The additive form replaces the ratios by differences (y_t − D − W, y_t − L_t − W,
 * y_t − L_t − D) and the forecast by L_t + k T_t + D + W + φ^k e_t, as in the additive
 * Holt-Winters method (Hyndman & Athanasopoulos, FPP 3rd ed., §8.3). Beyond one season ahead the
 * latest seasonal estimate of the same phase is used.
 */

/** Additive seasons (pattern adds to the level) or multiplicative (pattern scales with the level). */
export type Seasonality = 'additive' | 'multiplicative';

/** Smoothing parameters, each in [0, 1]. */
export interface HoltWintersParams {
  /** Level smoothing α. */
  alpha: number;
  /** Trend smoothing γ. */
  gamma: number;
  /** Daily seasonal smoothing δ. */
  delta: number;
  /** Weekly seasonal smoothing ω. */
  omega: number;
  /** First-order autocorrelation of the one-step errors φ (Taylor's adjustment). */
  phi: number;
}

/** The states before the first observation. */
export interface HoltWintersState {
  level: number;
  trend: number;
  /** Daily indices by (t mod 96), t counted from the series start. */
  daily: Float64Array;
  /** Weekly indices by (t mod 672). */
  weekly: Float64Array;
}

/** Weeks of history used to set the initial states. */
const INIT_WEEKS = 4;
/**
 * Multiplicative form: the level is not updated from an interval whose seasonal product D·W is
 * below this (nearly closed intervals: y / (D·W) would be dominated by noise), and a seasonal
 * index is not updated when its divisor is below EPSILON.
 */
const MIN_SEASONAL_PRODUCT = 0.05;
const EPSILON = 1e-9;

/**
 * Initial states from the first min(4, whole weeks) weeks (at least 2): the level and trend
 * are the least-squares line through the weekly means; the daily index is the mean deviation
 * (difference or ratio) from that line at each interval of the day; the weekly index is the mean
 * remaining deviation at each interval of the week. Excluded intervals are ignored.
 */
export function holtWintersInitialState(
  y: Float64Array,
  known: Uint8Array | null,
  seasonality: Seasonality,
): HoltWintersState {
  const s1 = INTERVALS_PER_DAY;
  const s2 = INTERVALS_PER_WEEK;
  const weeks = Math.min(INIT_WEEKS, Math.floor(y.length / s2));
  const span = weeks * s2;
  // Least-squares line through (week centre, week mean) for weeks with known data.
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let sxy = 0;
  let m = 0;
  for (let w = 0; w < weeks; w++) {
    let sum = 0;
    let count = 0;
    for (let t = w * s2; t < (w + 1) * s2; t++) {
      if (known === null || known[t] === 1) {
        sum += y[t];
        count++;
      }
    }
    if (count === 0) continue;
    const x = w * s2 + (s2 - 1) / 2;
    const mean = sum / count;
    sx += x;
    sy += mean;
    sxx += x * x;
    sxy += x * mean;
    m++;
  }
  let slope = 0;
  let intercept = m > 0 ? sy / m : 0;
  if (m >= 2) {
    slope = (m * sxy - sx * sy) / (m * sxx - sx * sx);
    intercept = (sy - slope * sx) / m;
  }
  const multiplicative = seasonality === 'multiplicative';
  const line = (t: number): number => intercept + slope * t;

  const daily = new Float64Array(s1);
  const dailyCount = new Float64Array(s1);
  for (let t = 0; t < span; t++) {
    if (known !== null && known[t] === 0) continue;
    const base = line(t);
    if (multiplicative) {
      if (base <= EPSILON) continue;
      daily[t % s1] += y[t] / base;
    } else {
      daily[t % s1] += y[t] - base;
    }
    dailyCount[t % s1]++;
  }
  for (let i = 0; i < s1; i++)
    daily[i] = dailyCount[i] > 0 ? daily[i] / dailyCount[i] : multiplicative ? 1 : 0;

  const weekly = new Float64Array(s2);
  const weeklyCount = new Float64Array(s2);
  for (let t = 0; t < span; t++) {
    if (known !== null && known[t] === 0) continue;
    const base = line(t);
    const d = daily[t % s1];
    if (multiplicative) {
      if (base <= EPSILON || d <= EPSILON) continue;
      weekly[t % s2] += y[t] / (base * d);
    } else {
      weekly[t % s2] += y[t] - base - d;
    }
    weeklyCount[t % s2]++;
  }
  for (let j = 0; j < s2; j++)
    weekly[j] = weeklyCount[j] > 0 ? weekly[j] / weeklyCount[j] : multiplicative ? 1 : 0;

  let level = line(-1);
  if (multiplicative && level < 0) level = 0;
  return { level, trend: slope, daily, weekly };
}

/**
 * Runs the recursion over y (excluded intervals are treated as if they had matched the
 * smoothing forecast: the level moves by the trend, seasons and error stay) and returns the
 * in-sample sum of squared one-step errors (φ adjustment included, known intervals only) and,
 * when `horizon` > 0, the forecast of the next `horizon` intervals (not clamped).
 */
export function holtWintersRun(
  y: Float64Array,
  known: Uint8Array | null,
  seasonality: Seasonality,
  params: HoltWintersParams,
  initial: HoltWintersState,
  horizon: number,
): { sse: number; forecast: Float64Array } {
  const { alpha, gamma, delta, omega, phi } = params;
  const s1 = INTERVALS_PER_DAY;
  const s2 = INTERVALS_PER_WEEK;
  const D = initial.daily.slice();
  const W = initial.weekly.slice();
  let L = initial.level;
  let T = initial.trend;
  let e = 0;
  let sse = 0;
  let di = 0;
  let wi = 0;
  const n = y.length;
  if (seasonality === 'additive') {
    for (let t = 0; t < n; t++) {
      const d = D[di];
      const w = W[wi];
      const base = L + T;
      if (known === null || known[t] === 1) {
        const yt = y[t];
        const err = yt - (base + d + w);
        const r = err - phi * e;
        sse += r * r;
        const level = alpha * (yt - d - w) + (1 - alpha) * base;
        T = gamma * (level - L) + (1 - gamma) * T;
        D[di] = delta * (yt - level - w) + (1 - delta) * d;
        W[wi] = omega * (yt - level - d) + (1 - omega) * w;
        L = level;
        e = err;
      } else {
        L = base;
        e = 0;
      }
      if (++di === s1) di = 0;
      if (++wi === s2) wi = 0;
    }
  } else {
    for (let t = 0; t < n; t++) {
      const d = D[di];
      const w = W[wi];
      const base = L + T;
      if (known === null || known[t] === 1) {
        const yt = y[t];
        const dw = d * w;
        const err = yt - base * dw;
        const r = err - phi * e;
        sse += r * r;
        let level = dw >= MIN_SEASONAL_PRODUCT ? alpha * (yt / dw) + (1 - alpha) * base : base;
        if (level < 0) level = 0;
        T = gamma * (level - L) + (1 - gamma) * T;
        if (level * w > EPSILON) D[di] = delta * (yt / (level * w)) + (1 - delta) * d;
        if (level * d > EPSILON) W[wi] = omega * (yt / (level * d)) + (1 - omega) * w;
        L = level;
        e = err;
      } else {
        L = base;
        e = 0;
      }
      if (++di === s1) di = 0;
      if (++wi === s2) wi = 0;
    }
  }
  const forecast = new Float64Array(Math.max(0, horizon));
  let ar = e;
  for (let k = 1; k <= horizon; k++) {
    const t = n - 1 + k;
    const d = D[t % s1];
    const w = W[t % s2];
    const trended = L + k * T;
    ar *= phi;
    forecast[k - 1] = (seasonality === 'additive' ? trended + d + w : trended * d * w) + ar;
  }
  return { sse: Number.isFinite(sse) ? sse : Infinity, forecast };
}
