/*
 * Independent reference computations for the tests (not part of the package build). They
 * share no code with the library and avoid its recursions on purpose:
 * - Erlang B and C straight from their Poisson-sum definitions, in log space;
 * - Erlang A from the truncated birth–death chain solved from π_0, with the tagged-customer
 *   chain solved by first-step analysis (answered share, mean wait) and by uniformization
 *   (answered within T) — the textbook numerical methods, slow but simple.
 */

/** ln(n!) for n = 0..max, by summing logarithms. */
function logFactorials(max: number): Float64Array {
  const out = new Float64Array(max + 1);
  for (let n = 1; n <= max; n++) out[n] = out[n - 1] + Math.log(n);
  return out;
}

/** ln Σ e^(xᵢ) without overflow. */
export function logSumExp(xs: ArrayLike<number>): number {
  let max = -Infinity;
  for (let i = 0; i < xs.length; i++) max = Math.max(max, xs[i]);
  let sum = 0;
  for (let i = 0; i < xs.length; i++) sum += Math.exp(xs[i] - max);
  return max + Math.log(sum);
}

/** ln(A^k / k!) for k = 0..n. */
function logPoissonTerms(n: number, traffic: number): Float64Array {
  const lf = logFactorials(n);
  const out = new Float64Array(n + 1);
  for (let k = 0; k <= n; k++) out[k] = k * Math.log(traffic) - lf[k];
  return out;
}

/** Erlang B from its definition (A^N/N!) / Σ_{k≤N} A^k/k!, in log space. */
export function bruteForceErlangB(agents: number, traffic: number): number {
  const terms = logPoissonTerms(agents, traffic);
  return Math.exp(terms[agents] - logSumExp(terms));
}

/**
 * Erlang C from its definition: (A^N/N! · N/(N−A)) / (Σ_{k<N} A^k/k! + A^N/N! · N/(N−A)), in
 * log space; N > A.
 */
export function bruteForceErlangC(agents: number, traffic: number): number {
  const terms = logPoissonTerms(agents, traffic);
  const waiting = terms[agents] + Math.log(agents / (agents - traffic));
  const all = Array.from(terms.subarray(0, agents));
  all.push(waiting);
  return Math.exp(waiting - logSumExp(all));
}

export interface BruteForceErlangAInput {
  agents: number;
  traffic: number;
  ahtSeconds: number;
  /** Infinity gives the M/M/N (Erlang C) queue; then agents must exceed traffic. */
  patienceSeconds: number;
  thresholdSeconds: number;
}

/**
 * Erlang A (M/M/N+M) by brute force: the birth–death chain with birth rate λ and death rate
 * min(n, N)·μ + max(n − N, 0)·γ is solved from π_0 in log space and truncated where the
 * terms fall below e^-60 of the largest; P(abandon) = γ·E[queue]/λ (rate balance).
 * A tagged arrival with j ahead advances at rate Nμ + jγ and abandons at rate γ: first-step
 * analysis gives its chance of being answered and its mean wait when answered, and
 * uniformization of that chain gives its chance of being answered by T.
 */
export function bruteForceErlangA(input: BruteForceErlangAInput) {
  const { agents: N, traffic, ahtSeconds, patienceSeconds, thresholdSeconds: T } = input;
  const lambda = traffic / ahtSeconds;
  const mu = 1 / ahtSeconds;
  const gamma = Number.isFinite(patienceSeconds) ? 1 / patienceSeconds : 0;

  const logP: number[] = [0];
  let peak = 0;
  for (let n = 1; ; n++) {
    const death = Math.min(n, N) * mu + Math.max(n - N, 0) * gamma;
    const value = logP[n - 1] + Math.log(lambda / death);
    logP.push(value);
    peak = Math.max(peak, value);
    if (n > N && value < logP[n - 1] && value < peak - 60) break;
  }
  const norm = logSumExp(logP);
  const p = logP.map((x) => Math.exp(x - norm));
  const K = p.length - 1 - N; // largest queue kept

  let free = 0;
  for (let n = 0; n < N; n++) free += p[n];
  let probWait = 0;
  let queue = 0;
  for (let n = N; n < p.length; n++) {
    probWait += p[n];
    queue += (n - N) * p[n];
  }
  const probAbandon = (gamma * queue) / lambda;

  // First-step analysis of the tagged customer with j ahead.
  const served = new Float64Array(K + 1);
  const servedWait = new Float64Array(K + 1);
  for (let j = 0; j <= K; j++) {
    const advance = N * mu + j * gamma;
    const out = advance + gamma;
    const servedBefore = j === 0 ? 1 : served[j - 1];
    const waitBefore = j === 0 ? 0 : servedWait[j - 1];
    served[j] = (advance / out) * servedBefore;
    servedWait[j] = (advance / out) * (waitBefore + servedBefore / out);
  }
  let answered = free;
  let totalWait = 0;
  for (let k = 0; k <= K; k++) {
    answered += p[N + k] * served[k];
    totalWait += p[N + k] * servedWait[k];
  }

  // Uniformization: g_m(j) = P(answered within m steps of the uniformized chain | j ahead).
  const rate = N * mu + (K + 1) * gamma;
  const lt = rate * T;
  const steps = Math.ceil(lt + 12 * Math.sqrt(lt) + 40);
  const lf = logFactorials(steps);
  let g = new Float64Array(K + 1);
  const within = new Float64Array(K + 1);
  for (let m = 0; m <= steps; m++) {
    if (m > 0) {
      const next = new Float64Array(K + 1);
      for (let j = 0; j <= K; j++) {
        const advance = N * mu + j * gamma;
        const stay = rate - advance - gamma;
        next[j] = (advance / rate) * (j === 0 ? 1 : g[j - 1]) + (stay / rate) * g[j];
      }
      g = next;
    }
    const weight = lt === 0 ? (m === 0 ? 1 : 0) : Math.exp(-lt + m * Math.log(lt) - lf[m]);
    for (let j = 0; j <= K; j++) within[j] += weight * g[j];
  }
  let serviceLevel = free;
  for (let k = 0; k <= K; k++) serviceLevel += p[N + k] * within[k];

  return {
    probWait,
    probAbandon,
    serviceLevel,
    asa: totalWait / answered,
    occupancy: (traffic * answered) / N,
    /** Mean wait of all arrivals, answered or not (Little: E[queue]/λ). */
    meanWaitAll: queue / lambda,
  };
}

/** Number of significant digits to which `actual` agrees with `expected`. */
export function agreeingDigits(actual: number, expected: number): number {
  if (actual === expected) return Infinity;
  return -Math.log10(Math.abs(actual - expected) / Math.abs(expected));
}
