import { erlangBInverse } from './erlang-b.js';
import { requireNonNegative, requirePositive, requireWhole } from './validate.js';

/**
 * Erlang C from I = 1/B(N, A) of the same N and A: C = N·B / (N − A·(1 − B)) = N / (I·(N − A) + A);
 * 1 when N ≤ A. I = Infinity (B below 1e-308) gives 0.
 */
export function erlangCFromInverseB(agents: number, traffic: number, inverseB: number): number {
  if (agents <= traffic) return 1;
  return agents / (inverseB * (agents - traffic) + traffic);
}

/**
 * Erlang C: the probability that an arriving contact has to wait (P(wait) = P(W > 0)) in an
 * M/M/N queue with N `agents` offered `traffic` A erlangs.
 *
 * Formula (metrics.md "Planning"; Cooper, Introduction to Queueing Theory §3.5):
 * C(N, A) = N·B(N, A) / (N − A·(1 − B(N, A))), with B from the stable Erlang B recursion —
 * no factorials, exact and stable up to 5,000 erlangs and ~6,000 agents (the division is
 * rewritten as N / (N − A + A/B) so nothing cancels). Cost O(agents).
 * When N ≤ A (including N = 0) the queue is unstable and every contact waits: returns 1.
 *
 * @param agents number of agents N (a whole number ≥ 0)
 * @param traffic offered traffic A = arrival rate × AHT, in erlangs (≥ 0)
 * @returns P(wait) in [0, 1]
 * @throws Error naming the field when agents is not a whole number ≥ 0 or traffic is negative or not finite
 * @example erlangC(14, 10) // ≈ 0.1741 (100 calls per 30 min at AHT 180 s, 14 agents)
 */
export function erlangC(agents: number, traffic: number): number {
  requireWhole('erlangC', 'agents', agents);
  requireNonNegative('erlangC', 'traffic', traffic);
  if (agents <= traffic) return 1;
  return erlangCFromInverseB(agents, traffic, erlangBInverse(agents, traffic));
}

/** Inputs of {@link erlangCServiceLevel}. */
export interface ErlangCServiceLevelInput {
  /** Number of agents N (a whole number ≥ 0). */
  agents: number;
  /** Offered traffic A in erlangs (≥ 0). */
  traffic: number;
  /** Average handle time, seconds (> 0). */
  ahtSeconds: number;
  /** Service-level threshold T, seconds (≥ 0): "answered within T". */
  thresholdSeconds: number;
}

/** Service level from a known P(wait): 1 − C·e^(−(N−A)·T/AHT); 0 when N ≤ A. */
export function erlangCServiceLevelFromC(
  agents: number,
  traffic: number,
  c: number,
  ahtSeconds: number,
  thresholdSeconds: number,
): number {
  if (agents <= traffic) return 0;
  return 1 - c * Math.exp((-(agents - traffic) * thresholdSeconds) / ahtSeconds);
}

/**
 * Erlang C service level: the share of contacts answered within `thresholdSeconds`,
 * SL(T) = 1 − C(N, A)·e^(−(N − A)·T / AHT) (metrics.md "Planning"; the M/M/N waiting-time
 * distribution, Cooper §3.5). When N ≤ A the queue grows without bound: returns 0.
 *
 * @returns service level in [0, 1]
 * @throws Error naming the field when an input is negative, not finite, or ahtSeconds is not > 0
 * @example erlangCServiceLevel({ agents: 14, traffic: 10, ahtSeconds: 180, thresholdSeconds: 20 }) // ≈ 0.8884
 */
export function erlangCServiceLevel(input: ErlangCServiceLevelInput): number {
  const fn = 'erlangCServiceLevel';
  const agents = requireWhole(fn, 'agents', input.agents);
  const traffic = requireNonNegative(fn, 'traffic', input.traffic);
  const aht = requirePositive(fn, 'ahtSeconds', input.ahtSeconds);
  const threshold = requireNonNegative(fn, 'thresholdSeconds', input.thresholdSeconds);
  if (agents <= traffic) return 0;
  const c = erlangCFromInverseB(agents, traffic, erlangBInverse(agents, traffic));
  return erlangCServiceLevelFromC(agents, traffic, c, aht, threshold);
}

/** Inputs of {@link erlangCAsa}. */
export interface ErlangCAsaInput {
  /** Number of agents N (a whole number ≥ 0). */
  agents: number;
  /** Offered traffic A in erlangs (≥ 0). */
  traffic: number;
  /** Average handle time, seconds (> 0). */
  ahtSeconds: number;
}

/**
 * Erlang C average speed of answer (mean wait over all contacts, in seconds):
 * ASA = C(N, A)·AHT / (N − A) (metrics.md "Planning"; Cooper §3.5). Every contact is
 * answered in Erlang C, so this is also Σ wait of answered / answered. When N ≤ A the
 * wait grows without bound: returns Infinity.
 *
 * @returns ASA in seconds (≥ 0, or Infinity)
 * @throws Error naming the field when an input is negative, not finite, or ahtSeconds is not > 0
 * @example erlangCAsa({ agents: 14, traffic: 10, ahtSeconds: 180 }) // ≈ 7.84
 */
export function erlangCAsa(input: ErlangCAsaInput): number {
  const fn = 'erlangCAsa';
  const agents = requireWhole(fn, 'agents', input.agents);
  const traffic = requireNonNegative(fn, 'traffic', input.traffic);
  const aht = requirePositive(fn, 'ahtSeconds', input.ahtSeconds);
  if (agents <= traffic) return Infinity;
  const c = erlangCFromInverseB(agents, traffic, erlangBInverse(agents, traffic));
  return (c * aht) / (agents - traffic);
}
