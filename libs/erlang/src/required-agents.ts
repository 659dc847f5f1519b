import { erlangAFromInverseB } from './erlang-a.js';
import { erlangBInverse } from './erlang-b.js';
import { erlangCFromInverseB, erlangCServiceLevelFromC } from './erlang-c.js';
import { requireFractionAbove0, requireNonNegative, requirePositive, requireWhole } from './validate.js';

/** Inputs of {@link requiredAgents}: one queue in one interval. */
export interface RequiredAgentsInput {
  /** Contacts offered in the interval (forecast; may be fractional, ≥ 0). */
  callsPerInterval: number;
  /** Interval length, seconds (> 0), e.g. 900 for the 15-minute intervals of metrics.md. */
  intervalSeconds: number;
  /** Average handle time (talk + hold + after-contact work), seconds (> 0). */
  ahtSeconds: number;
  /** Target service level in (0, 1], e.g. 0.8 for 80 %. */
  targetServiceLevel: number;
  /** Service-level threshold T, seconds (≥ 0), e.g. 20 for "80 % within 20 s". */
  thresholdSeconds: number;
  /** Occupancy cap in (0, 1], e.g. 0.85; none when omitted. */
  maxOccupancy?: number;
  /** ASA target, seconds (> 0); none when omitted. */
  targetAsaSeconds?: number;
  /** Mean patience, seconds (> 0). When given the Erlang A model is used instead of Erlang C. */
  patienceSeconds?: number;
}

/** How {@link requiredAgents} searches; never changes its result. */
export interface RequiredAgentsSearch {
  /**
   * A guess of the answer (a whole number ≥ 1), e.g. the Erlang C requirement of the same interval
   * or the previous interval's answer: the Erlang A search starts there, so a close guess costs
   * two or three evaluations instead of about eight.
   */
  startAgents?: number;
}

/** Queueing model behind a staffing figure. */
export type StaffingModel = 'ERLANG_C' | 'ERLANG_A';

/** The least staffing that meets every target, with its predicted performance. */
export interface RequiredAgentsResult {
  /** Least whole number of agents meeting every constraint. */
  agents: number;
  /**
   * Agents interpolated between N−1 and N on the binding constraint (linear in service level,
   * in 1/ASA and in 1/occupancy — the last is exactly A/cap under Erlang C), e.g. 13.42.
   */
  fractionalAgents: number;
  /** Offered traffic A = calls × AHT / interval, erlangs. */
  trafficErlangs: number;
  /** Predicted service level with `agents`. */
  serviceLevel: number;
  /** Predicted ASA with `agents`, seconds (mean wait of answered contacts). */
  asa: number;
  /** Predicted occupancy with `agents`. */
  occupancy: number;
  /** Predicted P(wait) with `agents`. */
  probWait: number;
  /** Predicted P(abandon) with `agents` (Erlang A only). */
  abandonRate?: number;
  model: StaffingModel;
}

interface Targets {
  serviceLevel: number;
  occupancy: number;
  asa: number | undefined;
}

/** Performance at one staffing level. */
interface Point {
  agents: number;
  serviceLevel: number;
  asa: number;
  occupancy: number;
  probWait: number;
  abandonRate?: number;
}

function meets(p: Point, t: Targets): boolean {
  return (
    p.serviceLevel >= t.serviceLevel && p.occupancy <= t.occupancy && (t.asa === undefined || p.asa <= t.asa)
  );
}

/**
 * Required agents for one queue and interval: the least whole N that meets every target.
 *
 * - Erlang C (default; metrics.md "Planning"): N > A, SL(T) = 1 − C·e^(−(N−A)·T/AHT) ≥ target,
 *   occupancy A/N ≤ maxOccupancy, and ASA = C·AHT/(N − A) ≤ targetAsaSeconds when set. The
 *   search starts at max(⌊A⌋ + 1, ⌈A/cap⌉ − 1), computes Erlang B once by the stable recursion
 *   and then steps N up with one O(1) recursion step per agent, so a solve costs O(N).
 * - Erlang A (when `patienceSeconds` is set; see {@link erlangA}): the same targets with
 *   abandonment, service level counting abandoned contacts as not answered within T; N ≥ 1 and
 *   may be below A. Found by galloping from the square-root staffing guess A + √A and bisecting
 *   (service level, ASA and occupancy are monotone in N).
 *
 * `search.startAgents` (a guess, e.g. the Erlang C answer) is where the Erlang A search starts.
 *
 * Zero calls (or zero traffic) need no one: returns 0 agents, service level 1, ASA 0,
 * occupancy 0, P(wait) 0 (and abandonRate 0 under Erlang A).
 *
 * @returns agents, fractionalAgents, trafficErlangs, serviceLevel, asa, occupancy, probWait,
 *   abandonRate (Erlang A) and model
 * @throws Error naming the field and the reason for a bad input, e.g.
 *   "requiredAgents: ahtSeconds must be > 0 (got 0)"
 * @example requiredAgents({ callsPerInterval: 100, intervalSeconds: 1800, ahtSeconds: 180,
 *   targetServiceLevel: 0.8, thresholdSeconds: 20 }) // agents 14, serviceLevel ≈ 0.8884
 */
export function requiredAgents(
  input: RequiredAgentsInput,
  search: RequiredAgentsSearch = {},
): RequiredAgentsResult {
  const fn = 'requiredAgents';
  const calls = requireNonNegative(fn, 'callsPerInterval', input.callsPerInterval);
  const interval = requirePositive(fn, 'intervalSeconds', input.intervalSeconds);
  const aht = requirePositive(fn, 'ahtSeconds', input.ahtSeconds);
  const targets: Targets = {
    serviceLevel: requireFractionAbove0(fn, 'targetServiceLevel', input.targetServiceLevel),
    occupancy:
      input.maxOccupancy === undefined ? 1 : requireFractionAbove0(fn, 'maxOccupancy', input.maxOccupancy),
    asa:
      input.targetAsaSeconds === undefined
        ? undefined
        : requirePositive(fn, 'targetAsaSeconds', input.targetAsaSeconds),
  };
  const threshold = requireNonNegative(fn, 'thresholdSeconds', input.thresholdSeconds);
  const patience =
    input.patienceSeconds === undefined
      ? undefined
      : requirePositive(fn, 'patienceSeconds', input.patienceSeconds);
  const start =
    search.startAgents === undefined ? undefined : requireWhole(fn, 'startAgents', search.startAgents, 1);

  const traffic = (calls * aht) / interval;
  const model: StaffingModel = patience === undefined ? 'ERLANG_C' : 'ERLANG_A';
  if (traffic === 0) {
    const none: RequiredAgentsResult = {
      agents: 0,
      fractionalAgents: 0,
      trafficErlangs: 0,
      serviceLevel: 1,
      asa: 0,
      occupancy: 0,
      probWait: 0,
      model,
    };
    if (patience !== undefined) none.abandonRate = 0;
    return none;
  }

  const [lower, upper] =
    patience === undefined
      ? solveErlangC(traffic, aht, threshold, targets)
      : solveErlangA(traffic, aht, patience, threshold, targets, start);
  const result: RequiredAgentsResult = {
    agents: upper.agents,
    fractionalAgents: interpolate(lower, upper, targets, patience === undefined ? traffic : 0),
    trafficErlangs: traffic,
    serviceLevel: upper.serviceLevel,
    asa: upper.asa,
    occupancy: upper.occupancy,
    probWait: upper.probWait,
    model,
  };
  if (upper.abandonRate !== undefined) result.abandonRate = upper.abandonRate;
  return result;
}

/** Erlang C performance at N agents from 1/B(N); N ≤ A gives the unstable point (SL 0, ASA ∞). */
function erlangCPoint(
  agents: number,
  traffic: number,
  inverseB: number,
  aht: number,
  threshold: number,
): Point {
  if (agents <= traffic) {
    return { agents, serviceLevel: 0, asa: Infinity, occupancy: traffic / agents, probWait: 1 };
  }
  const c = erlangCFromInverseB(agents, traffic, inverseB);
  return {
    agents,
    serviceLevel: erlangCServiceLevelFromC(agents, traffic, c, aht, threshold),
    asa: (c * aht) / (agents - traffic),
    occupancy: traffic / agents,
    probWait: c,
  };
}

/** Returns the performance at N−1 and at the least feasible N. */
function solveErlangC(traffic: number, aht: number, threshold: number, targets: Targets): [Point, Point] {
  // N must exceed A, and A/N ≤ cap needs N ≥ A/cap (one below its ceiling, in case of rounding).
  let n = Math.max(Math.floor(traffic) + 1, Math.ceil(traffic / targets.occupancy) - 1);
  let inversePrevious = erlangBInverse(n - 1, traffic);
  let inverse = 1 + (n / traffic) * inversePrevious;
  // Generous bound: ASA or SL targets near their limits need about A + 40√A agents.
  const limit = traffic + 100 * Math.sqrt(traffic) + 1000;
  // Hot loop (tens of thousands of solves per schedule): plain numbers, no allocation.
  for (;;) {
    if (traffic / n <= targets.occupancy) {
      const c = erlangCFromInverseB(n, traffic, inverse);
      if (erlangCServiceLevelFromC(n, traffic, c, aht, threshold) >= targets.serviceLevel) {
        if (targets.asa === undefined || (c * aht) / (n - traffic) <= targets.asa) break;
      }
    }
    if (n > limit) throw new Error(`requiredAgents: no staffing up to ${n} agents meets the targets`);
    n += 1;
    inversePrevious = inverse;
    inverse = 1 + (n / traffic) * inverse;
  }
  return [
    erlangCPoint(n - 1, traffic, inversePrevious, aht, threshold),
    erlangCPoint(n, traffic, inverse, aht, threshold),
  ];
}

function erlangAPoint(
  agents: number,
  traffic: number,
  aht: number,
  patience: number,
  threshold: number,
  inverseBPrevious: number,
): Point {
  const r = erlangAFromInverseB(agents, traffic, aht, patience, threshold, inverseBPrevious);
  return {
    agents,
    serviceLevel: r.serviceLevel,
    asa: r.asa,
    occupancy: r.occupancy,
    probWait: r.probWait,
    abandonRate: r.probAbandon,
  };
}

/**
 * 1/B(n, A) for n = 0, 1, 2, … by the stable upward recursion, extended only as far as asked, in
 * one buffer reused by every solve: a search that tries several N pays for the recursion once,
 * up to the largest N it tries, and allocates nothing (tens of thousands of solves per plan).
 */
let inverseBBuffer = new Float64Array(1024);

/**
 * The Erlang A search of one interval. A class rather than closures: no function objects are
 * created per solve, and no map of points is kept (only the two ends of the bracket are needed).
 */
class ErlangASearch {
  private known = 0; // inverseBBuffer[0..known] holds 1/B(n, A) for this traffic
  private last: Point = NO_AGENTS;

  constructor(
    private readonly traffic: number,
    private readonly aht: number,
    private readonly patience: number,
    private readonly threshold: number,
    private readonly targets: Targets,
  ) {
    inverseBBuffer[0] = 1;
  }

  private inverseB(n: number): number {
    if (n >= inverseBBuffer.length) {
      const grown = new Float64Array(Math.max(n + 1, inverseBBuffer.length * 2));
      grown.set(inverseBBuffer.subarray(0, this.known + 1));
      inverseBBuffer = grown;
    }
    for (let m = this.known + 1; m <= n; m++)
      inverseBBuffer[m] = 1 + (m / this.traffic) * inverseBBuffer[m - 1];
    if (n > this.known) this.known = n;
    return inverseBBuffer[n];
  }

  /** Evaluates N (kept as the last point) and says whether it meets every target. */
  feasible(n: number): boolean {
    if (n <= 0) {
      this.last = NO_AGENTS;
      return false;
    }
    this.last = erlangAPoint(n, this.traffic, this.aht, this.patience, this.threshold, this.inverseB(n - 1));
    return meets(this.last, this.targets);
  }

  /** The point `feasible` evaluated last. */
  lastPoint(): Point {
    return this.last;
  }
}

/**
 * Returns the performance at N−1 and at the least feasible N (N ≥ 1), searching from `start`
 * (default: the square-root staffing guess A + √A).
 */
function solveErlangA(
  traffic: number,
  aht: number,
  patience: number,
  threshold: number,
  targets: Targets,
  start: number | undefined,
): [Point, Point] {
  const search = new ErlangASearch(traffic, aht, patience, threshold, targets);
  const limit = traffic + 100 * Math.sqrt(traffic) + 1000;

  // Bracket the answer between an infeasible `low` and a feasible `high` (galloping away from
  // the start), then bisect; each end keeps the point evaluated there.
  let high = Math.min(Math.ceil(limit), start ?? Math.max(1, Math.ceil(traffic + Math.sqrt(traffic))));
  let low: number;
  let lowPoint: Point;
  let highPoint: Point;
  if (search.feasible(high)) {
    highPoint = search.lastPoint();
    let step = 1;
    low = high - step;
    while (search.feasible(low)) {
      high = low;
      highPoint = search.lastPoint();
      step *= 2;
      low = Math.max(0, high - step);
    }
    lowPoint = search.lastPoint();
  } else {
    lowPoint = search.lastPoint();
    let step = 1;
    low = high;
    high = low + step;
    while (!search.feasible(high)) {
      if (high > limit) throw new Error(`requiredAgents: no staffing up to ${high} agents meets the targets`);
      low = high;
      lowPoint = search.lastPoint();
      step *= 2;
      high = low + step;
    }
    highPoint = search.lastPoint();
  }
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (search.feasible(middle)) {
      high = middle;
      highPoint = search.lastPoint();
    } else {
      low = middle;
      lowPoint = search.lastPoint();
    }
  }
  return [lowPoint, highPoint];
}

/** Zero agents: nobody is answered (used only as the N−1 end of an interpolation). */
const NO_AGENTS: Readonly<Point> = {
  agents: 0,
  serviceLevel: 0,
  asa: Infinity,
  occupancy: Infinity,
  probWait: 1,
  abandonRate: 1,
};

/**
 * Fractional agents between N−1 (`lower`, infeasible) and N (`upper`, feasible): for each
 * target that N−1 misses, where the straight line between the two points crosses it; the
 * largest crossing wins. Service level is interpolated as is, ASA and occupancy as 1/ASA and
 * 1/occupancy (1/occupancy = N/A is exactly linear under Erlang C). `stabilityBound` is A
 * under Erlang C (N must exceed A), 0 otherwise.
 */
function interpolate(lower: Point, upper: Point, targets: Targets, stabilityBound: number): number {
  let fraction = stabilityBound - lower.agents;
  if (lower.serviceLevel < targets.serviceLevel) {
    fraction = Math.max(fraction, crossing(lower.serviceLevel, upper.serviceLevel, targets.serviceLevel));
  }
  if (targets.asa !== undefined && lower.asa > targets.asa) {
    fraction = Math.max(fraction, crossing(1 / lower.asa, 1 / upper.asa, 1 / targets.asa));
  }
  if (lower.occupancy > targets.occupancy) {
    fraction = Math.max(fraction, crossing(1 / lower.occupancy, 1 / upper.occupancy, 1 / targets.occupancy));
  }
  if (Number.isNaN(fraction)) fraction = 1; // a degenerate 0/0: fall back to N
  return lower.agents + Math.min(1, Math.max(0, fraction));
}

/** Where the line from `from` (at 0) to `to` (at 1) reaches `target`. */
function crossing(from: number, to: number, target: number): number {
  return (target - from) / (to - from);
}
