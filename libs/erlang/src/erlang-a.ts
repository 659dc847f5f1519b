import { erlangBInverse } from './erlang-b.js';
import { requireNonNegative, requirePositive, requireWhole } from './validate.js';

/** Inputs of {@link erlangA}. */
export interface ErlangAInput {
  /** Number of agents N (a whole number ≥ 1). */
  agents: number;
  /** Offered traffic A = arrival rate × AHT, in erlangs (≥ 0). */
  traffic: number;
  /** Average handle time, seconds (> 0). */
  ahtSeconds: number;
  /** Mean patience θ, seconds (> 0): waiting contacts abandon at rate 1/θ. */
  patienceSeconds: number;
  /** Service-level threshold T, seconds (≥ 0). */
  thresholdSeconds: number;
}

/** Steady-state performance of an Erlang A (M/M/N+M) queue. */
export interface ErlangAResult {
  /** P(wait): the share of arrivals that find all agents busy. */
  probWait: number;
  /** P(abandon): the share of arrivals that hang up before being answered. */
  probAbandon: number;
  /** Share of all arrivals answered within T; abandoned contacts count as not answered within T. */
  serviceLevel: number;
  /** Average speed of answer, seconds: Σ wait of answered / answered (metrics.md `asa`). */
  asa: number;
  /** Carried load / N = A·(1 − P(abandon)) / N. */
  occupancy: number;
}

/** Beyond this many queue states the sum is refused rather than left to run for seconds. */
const MAX_QUEUE_STATES = 100_000_000;
/** Terms below this fraction of a sum are left off: the result is exact to double precision. */
const TAIL = 1e-17;
const BIG = 1e250;
const LN_BIG = 250 * Math.LN10;
const CDF_BIG = 1e200;
const LN_CDF_BIG = 200 * Math.LN10;

/** {@link erlangA} without input checks; `agents` ≥ 1. */
export function erlangAUnchecked(
  agents: number,
  traffic: number,
  ahtSeconds: number,
  patienceSeconds: number,
  thresholdSeconds: number,
): ErlangAResult {
  if (traffic === 0) return { probWait: 0, probAbandon: 0, serviceLevel: 1, asa: 0, occupancy: 0 };
  return erlangAFromInverseB(
    agents,
    traffic,
    ahtSeconds,
    patienceSeconds,
    thresholdSeconds,
    erlangBInverse(agents - 1, traffic),
  );
}

/**
 * {@link erlangAUnchecked} given 1/B(N−1, A) (the Erlang B recursion up to N − 1), so that a
 * search over N computes the recursion once for all the N it tries instead of once per N.
 * `traffic` > 0, `agents` ≥ 1.
 */
export function erlangAFromInverseB(
  agents: number,
  traffic: number,
  ahtSeconds: number,
  patienceSeconds: number,
  thresholdSeconds: number,
  inverseBPrevious: number,
): ErlangAResult {
  const theta = patienceSeconds;
  // In units of the abandonment rate γ = 1/θ: b = Nμ/γ, s = λ/γ.
  const b = (agents * theta) / ahtSeconds;
  const s = (traffic * theta) / ahtSeconds;

  // Mass of the states with a free agent relative to π_N: Σ_{n<N} π_n / π_N = 1/B(N) − 1,
  // written as (N/A)·(1/B(N−1)) so that nothing cancels. Kept as a logarithm.
  const logFreeOverFull = Math.log(agents) - Math.log(traffic) + Math.log(inverseBPrevious);
  if (logFreeOverFull === Infinity) {
    // 1/B(N−1) overflowed: the chance of finding every agent busy is below 1e-308.
    return { probWait: 0, probAbandon: 0, serviceLevel: 1, asa: 0, occupancy: traffic / agents };
  }

  // A contact that arrives with k others waiting is answered within T with probability
  // b/(b+k+1) · P(V'_k ≤ T), where V'_k is a sum of exponentials with rates γ(b+1+j), j = 0..k.
  // P(V'_k > T) = Σ_{j≤k} NB_j, a negative-binomial sum with NB_0 = e^(−(N/AHT + 1/θ)·T) and
  // NB_j = NB_{j−1}·q·(b+j)/j, q = 1 − e^(−T/θ). `cdf` holds that sum, scaled by e^(cdfLogScale)
  // while NB_0 is too small for a double.
  const q = -Math.expm1(-thresholdSeconds / theta);
  const logNb0 = -(agents / ahtSeconds + 1 / theta) * thresholdSeconds;
  let cdfLogScale = logNb0 < -600 ? -logNb0 : 0;
  let nb = cdfLogScale > 0 ? 1 : Math.exp(logNb0);
  let cdf = nb;
  let cdfFactor = cdfLogScale > 0 ? Math.exp(-cdfLogScale) : 1;

  // w_k = π_{N+k}/π_N (k contacts waiting), scaled by e^(−logScale) to stay in range.
  let w = 1;
  let logScale = 0;
  let sumWaiting = 0; // Σ w_k                       → P(wait)
  let sumAbandon = 0; // Σ w_k·(k+1)/(b+k+1)         → P(abandon)
  let sumAnswered = 0; // Σ w_k·b/(b+k+1)            → answered after waiting
  let sumWithin = 0; // Σ w_k·b/(b+k+1)·P(V'_k ≤ T) → answered within T after waiting
  let sumWait = 0; // Σ w_k·b/(b+k+1)·m_k           → total wait of those answered
  let meanWait = 0; // m_k = Σ_{j≤k} θ/(b+j+1): mean wait of a contact answered after k ahead
  // Hot loop (two or three evaluations per interval, tens of thousands of intervals per plan):
  // one division per state for 1/(b + k + 1), which is also the next ratio's denominator.
  for (let k = 0; ;) {
    const inverse = 1 / (b + k + 1);
    const answered = w * b * inverse;
    meanWait += theta * inverse;
    sumWaiting += w;
    sumAbandon += w * (k + 1) * inverse;
    sumAnswered += answered;
    sumWithin += answered * Math.max(0, 1 - cdf * cdfFactor);
    sumWait += answered * meanWait;

    k += 1;
    const ratio = s * inverse; // s / (b + k)
    w *= ratio;
    nb *= (q * (b + k)) / k;
    cdf += nb;
    if (cdfLogScale > 0 && cdf > CDF_BIG) {
      nb /= CDF_BIG;
      cdf /= CDF_BIG;
      cdfLogScale -= LN_CDF_BIG;
      if (cdfLogScale < 600) {
        const unscale = Math.exp(-cdfLogScale);
        nb *= unscale;
        cdf *= unscale;
        cdfLogScale = 0;
      }
      cdfFactor = cdfLogScale > 0 ? Math.exp(-cdfLogScale) : 1;
    }
    if (w > BIG) {
      w /= BIG;
      sumWaiting /= BIG;
      sumAbandon /= BIG;
      sumAnswered /= BIG;
      sumWithin /= BIG;
      sumWait /= BIG;
      logScale += LN_BIG;
    }
    if (ratio < 1 && (k & 3) === 0) {
      // Later ratios are smaller still, so the rest is at most a geometric series. Checked every
      // fourth state: a few extra terms cost less than the divisions of checking each time.
      const tail = w / (1 - ratio);
      const waitTail = tail * (meanWait + theta / ((b + k + 1) * (1 - ratio)));
      if (tail <= TAIL * sumWaiting && waitTail <= TAIL * sumWait) break;
    }
    if (k > MAX_QUEUE_STATES) {
      throw new Error(
        'erlangA: patienceSeconds is too long relative to ahtSeconds for this overload ' +
          `(over ${MAX_QUEUE_STATES} queue states); use erlangC or a shorter patience`,
      );
    }
  }

  // Free-agent mass is 1; waiting mass is sumWaiting·e^(logWaiting − log sumWaiting).
  const logRatio = logScale - logFreeOverFull;
  const x = Math.log(sumWaiting) + logRatio;
  const logTotal = x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
  const free = Math.exp(-logTotal);
  const perWaiting = Math.exp(logRatio - logTotal);
  const answered = free + perWaiting * sumAnswered;
  return {
    probWait: Math.min(1, Math.exp(x - logTotal)),
    probAbandon: Math.min(1, perWaiting * sumAbandon),
    serviceLevel: Math.max(0, Math.min(1, free + perWaiting * sumWithin)),
    asa: (perWaiting * sumWait) / answered,
    occupancy: Math.min(1, (traffic * answered) / agents),
  };
}

/**
 * Erlang A: steady-state performance of the M/M/N+M queue (Palm 1946), where waiting contacts
 * abandon after an exponential patience with mean θ = `patienceSeconds`.
 *
 * Exact birth–death solution (Mandelbaum & Zeltyn, "The Palm/Erlang-A queue, with applications
 * to call centers", 2005, §3–4; Garnett, Mandelbaum & Reiman 2002): with λ = A/AHT, μ = 1/AHT,
 * γ = 1/θ, the states with a free agent carry mass π_N·(1/B(N, A) − 1) (Erlang B recursion) and
 * π_{N+k} = π_N·Π_{j=1..k} λ/(Nμ + jγ). An arrival that finds k waiting (PASTA) is answered with
 * probability Nμ/(Nμ + (k+1)γ), after a mean wait Σ_{j≤k} 1/(Nμ + (j+1)γ) if answered, and within
 * T with that probability times a negative-binomial tail (its wait is a sum of exponentials
 * with rates in arithmetic progression). The tail is summed term by term with scaling and a
 * geometric bound, so results are exact up to rounding (about 1e-12 relative or 1e-15 absolute,
 * whichever is larger, after summing up to ~10⁵ terms) and stable up to 5,000 erlangs.
 * Cost O(N + K), K ≈ max(0, (A − N)·θ/AHT) + a few × √(A·θ/AHT) queue states.
 *
 * Service level counts every arriving contact (metrics.md "Erlang A"): those who abandon are
 * not answered within T. ASA is the mean wait of answered contacts; the mean wait of all
 * contacts is θ·probAbandon (Mandelbaum & Zeltyn §4.6).
 *
 * @returns probWait, probAbandon, serviceLevel, asa (seconds), occupancy
 * @throws Error naming the field when agents is not a whole number ≥ 1, traffic or thresholdSeconds
 *   is negative or not finite, or ahtSeconds or patienceSeconds is not a finite number > 0
 * @example erlangA({ agents: 14, traffic: 10, ahtSeconds: 180, patienceSeconds: 300, thresholdSeconds: 20 })
 *   // probWait ≈ 0.1453, probAbandon ≈ 0.01398, serviceLevel ≈ 0.9168, occupancy ≈ 0.7043
 */
export function erlangA(input: ErlangAInput): ErlangAResult {
  const fn = 'erlangA';
  const agents = requireWhole(fn, 'agents', input.agents, 1);
  const traffic = requireNonNegative(fn, 'traffic', input.traffic);
  const aht = requirePositive(fn, 'ahtSeconds', input.ahtSeconds);
  const patience = requirePositive(fn, 'patienceSeconds', input.patienceSeconds);
  const threshold = requireNonNegative(fn, 'thresholdSeconds', input.thresholdSeconds);
  return erlangAUnchecked(agents, traffic, aht, patience, threshold);
}
