import type { ServiceLevelVariant } from '@servicefloor/contracts';
import { SERVICE_LEVEL_VARIANTS } from '@servicefloor/contracts';
import { EventQueue } from './event-queue.js';
import { Random } from './random.js';
import { seedHash } from './seed-hash.js';
import { studentTQuantile } from './student-t.js';

const STAFFING_STREAM = 0x7374616666;

export interface StaffingPlanInput {
  /** Expected arrivals in each interval (≥ 0). */
  arrivals: readonly number[];
  /** Agents on duty in each interval (whole numbers ≥ 0), same length as arrivals. */
  agents: readonly number[];
  /** Mean handle time in seconds (> 0): one for every interval, or one per interval. */
  ahtSeconds: number | readonly number[];
  /** Coefficient of variation of a lognormal handle time; omitted: exponential (as Erlang assumes). */
  handleTimeCv?: number;
  /** Mean customer patience in seconds (exponential); omitted or null: nobody abandons. */
  patienceSeconds?: number | null;
  /** A contact still waiting after this many seconds flows out; omitted or null: never. */
  maxWaitSeconds?: number | null;
  /** Service-level threshold T of the queue, seconds. */
  thresholdSeconds: number;
  /** Abandoned with wait below this is a short abandon; default 5 s (metrics.md). */
  shortAbandonSeconds?: number;
  /** Service-level definition (metrics.md); default DEFAULT. */
  slVariant?: ServiceLevelVariant;
  /** Interval length in seconds; default 900 (15 minutes). */
  intervalSeconds?: number;
  /** Independent replications of the day; default 20. */
  replications?: number;
  seed: number;
  /** Confidence level of the ranges; default 0.95. */
  confidence?: number;
}

/**
 * A figure over the replications: its mean and the confidence interval of that mean (Student's t
 * with replications − 1 degrees of freedom). null where no replication had a defined value; low and
 * high null with fewer than two.
 */
export interface Estimate {
  mean: number | null;
  low: number | null;
  high: number | null;
}

export interface StaffingPlanFigures {
  /** Mean contacts offered per replication. */
  offered: number;
  serviceLevel: Estimate;
  /** Average speed of answer, seconds. */
  asa: Estimate;
  /** (abandoned − short abandoned) / (offered − short abandoned), metrics.md. */
  abandonRate: Estimate;
  /** Busy agent time / agent time on duty. */
  occupancy: Estimate;
}

export interface StaffingPlanInterval extends StaffingPlanFigures {
  index: number;
}

export interface StaffingPlanResult {
  intervals: StaffingPlanInterval[];
  /** The whole plan (all intervals pooled within each replication). */
  total: StaffingPlanFigures;
  replications: number;
  confidence: number;
}

/* Counter slots per (replication, interval). */
const OFFERED = 0;
const ANSWERED = 1;
const WITHIN = 2;
const ABANDONED = 3;
const SHORT = 4;
const FLOWED_OUT = 5;
const WAIT = 6;
const BUSY = 7;
const SLOTS = 8;

/**
 * Simulates a staffing plan for one queue, interval by interval, several times, and reports per
 * interval the service level, ASA, abandonment rate and occupancy as a mean with a confidence
 * range. Checks a schedule beyond Erlang's steady state: staffing that changes between intervals,
 * queues carried over from one interval to the next, patience, lognormal handle times.
 *
 * Model: Poisson arrivals at rate arrivals[i] / intervalSeconds within interval i; one FIFO queue;
 * agents[i] agents, an agent still busy when staffing drops finishes its contact first; handle
 * times exponential or lognormal with mean ahtSeconds; patience exponential (abandon) and an
 * optional timeout (flow out). Figures are those of metrics.md, each contact counted in the
 * interval it arrived in; after the last interval the queue drains with the last interval's
 * staffing (at least one agent). Each replication has its own stream, seeded by (seed, index).
 *
 * Cost O(replications × contacts × log agents).
 *
 * @throws RangeError naming the field for: arrays of different or zero length, negative or
 *   non-finite arrivals, agents that are not whole numbers ≥ 0, aht or patience not > 0,
 *   thresholds < 0, replications not a whole number ≥ 1, confidence outside (0, 1), an unknown
 *   slVariant, a seed that is not a whole number.
 */
export function simulateStaffingPlan(input: StaffingPlanInput): StaffingPlanResult {
  const n = input.arrivals.length;
  const fail = (field: string, reason: string): never => {
    throw new RangeError(`simulateStaffingPlan: ${field} ${reason}`);
  };
  if (n === 0) fail('arrivals', 'must have at least one interval');
  if (input.agents.length !== n)
    fail('agents', `must have ${n} intervals like arrivals, got ${input.agents.length}`);
  input.arrivals.forEach((a, i) => {
    if (!(a >= 0 && Number.isFinite(a))) fail(`arrivals[${i}]`, `must be a finite number ≥ 0, got ${a}`);
  });
  input.agents.forEach((a, i) => {
    if (!(Number.isInteger(a) && a >= 0)) fail(`agents[${i}]`, `must be a whole number ≥ 0, got ${a}`);
  });
  const aht =
    typeof input.ahtSeconds === 'number'
      ? new Array<number>(n).fill(input.ahtSeconds)
      : [...input.ahtSeconds];
  if (aht.length !== n) fail('ahtSeconds', `must be one number or ${n} numbers, got ${aht.length}`);
  aht.forEach((a, i) => {
    if (!(a > 0 && Number.isFinite(a))) fail(`ahtSeconds[${i}]`, `must be a finite number > 0, got ${a}`);
  });
  const cv = input.handleTimeCv;
  if (cv !== undefined && !(cv >= 0)) fail('handleTimeCv', `must be ≥ 0, got ${cv}`);
  const patience = input.patienceSeconds ?? null;
  if (patience !== null && !(patience > 0)) fail('patienceSeconds', `must be > 0 or null, got ${patience}`);
  const maxWait = input.maxWaitSeconds ?? null;
  if (maxWait !== null && !(maxWait >= 0)) fail('maxWaitSeconds', `must be ≥ 0 or null, got ${maxWait}`);
  const threshold = input.thresholdSeconds;
  if (!(threshold >= 0)) fail('thresholdSeconds', `must be ≥ 0, got ${threshold}`);
  const shortAbandon = input.shortAbandonSeconds ?? 5;
  if (!(shortAbandon >= 0)) fail('shortAbandonSeconds', `must be ≥ 0, got ${shortAbandon}`);
  const variant = input.slVariant ?? 'DEFAULT';
  if (!SERVICE_LEVEL_VARIANTS.includes(variant))
    fail('slVariant', `must be one of ${SERVICE_LEVEL_VARIANTS.join(', ')}`);
  const length = input.intervalSeconds ?? 900;
  if (!(length > 0)) fail('intervalSeconds', `must be > 0, got ${length}`);
  const replications = input.replications ?? 20;
  if (!(Number.isInteger(replications) && replications >= 1))
    fail('replications', `must be a whole number ≥ 1, got ${replications}`);
  const confidence = input.confidence ?? 0.95;
  if (!(confidence > 0 && confidence < 1)) fail('confidence', `must be in (0, 1), got ${confidence}`);
  if (!Number.isSafeInteger(input.seed)) fail('seed', `must be a whole number, got ${input.seed}`);

  const counts = new Float64Array(replications * n * SLOTS);
  for (let r = 0; r < replications; r++) {
    const rng = new Random(seedHash(input.seed, r, STAFFING_STREAM));
    replicate(
      rng,
      input.arrivals,
      input.agents,
      aht,
      cv,
      patience,
      maxWait,
      threshold,
      shortAbandon,
      length,
      counts.subarray(r * n * SLOTS, (r + 1) * n * SLOTS),
    );
  }

  const figures = (read: (r: number, slot: number) => number, agentSeconds: number): StaffingPlanFigures => {
    const sl: (number | null)[] = [];
    const asa: (number | null)[] = [];
    const abandon: (number | null)[] = [];
    const occupancy: (number | null)[] = [];
    let offered = 0;
    for (let r = 0; r < replications; r++) {
      const c = (slot: number): number => read(r, slot);
      offered += c(OFFERED);
      sl.push(
        serviceLevel(variant, c(WITHIN), c(ANSWERED), c(ABANDONED), c(SHORT), c(FLOWED_OUT), c(OFFERED)),
      );
      asa.push(ratio(c(WAIT), c(ANSWERED)));
      abandon.push(ratio(c(ABANDONED) - c(SHORT), c(OFFERED) - c(SHORT)));
      occupancy.push(ratio(c(BUSY), agentSeconds));
    }
    return {
      offered: offered / replications,
      serviceLevel: estimate(sl, confidence),
      asa: estimate(asa, confidence),
      abandonRate: estimate(abandon, confidence),
      occupancy: estimate(occupancy, confidence),
    };
  };
  const intervals: StaffingPlanInterval[] = [];
  let agentSecondsTotal = 0;
  for (let i = 0; i < n; i++) {
    agentSecondsTotal += input.agents[i] * length;
    intervals.push({
      index: i,
      ...figures((r, slot) => counts[(r * n + i) * SLOTS + slot], input.agents[i] * length),
    });
  }
  const total = figures((r, slot) => {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += counts[(r * n + i) * SLOTS + slot];
    return sum;
  }, agentSecondsTotal);
  return { intervals, total, replications, confidence };
}

/** One replication: fills counts[(interval) · SLOTS + slot]. */
function replicate(
  rng: Random,
  arrivals: readonly number[],
  agents: readonly number[],
  aht: readonly number[],
  cv: number | undefined,
  patience: number | null,
  maxWait: number | null,
  threshold: number,
  shortAbandon: number,
  length: number,
  counts: Float64Array,
): void {
  const n = arrivals.length;
  const horizon = n * length;
  const drainAgents = Math.max(1, agents[n - 1]);
  const capacity = (t: number): number => (t < horizon ? agents[Math.floor(t / length)] : drainAgents);
  const busyUntil = new EventQueue(64); // completion times of contacts being handled
  // Waiting contacts (FIFO): arrival time, time they would leave, whether leaving is a flow-out.
  let qArrival = new Float64Array(1024);
  let qLeave = new Float64Array(1024);
  let qFlow = new Uint8Array(1024);
  let head = 0;
  let tail = 0;

  const handleTime = (i: number): number =>
    cv === undefined ? rng.exponential(aht[i]) : rng.lognormal(aht[i], cv);
  /** Adds busy time [from, to) to the intervals it spans (occupancy). */
  const addBusy = (from: number, to: number): void => {
    let t = from;
    while (t < to && t < horizon) {
      const i = Math.floor(t / length);
      const end = Math.min(to, (i + 1) * length);
      counts[i * SLOTS + BUSY] += end - t;
      t = end;
    }
  };
  const start = (now: number, arrived: number): void => {
    const i = Math.min(n - 1, Math.floor(arrived / length));
    const wait = now - arrived;
    counts[i * SLOTS + ANSWERED]++;
    counts[i * SLOTS + WAIT] += wait;
    if (wait <= threshold) counts[i * SLOTS + WITHIN]++;
    const done = now + handleTime(Math.min(n - 1, Math.floor(now / length)));
    addBusy(now, done);
    busyUntil.push(done, 0);
  };
  const leave = (k: number): void => {
    const i = Math.floor(qArrival[k] / length);
    if (qFlow[k] === 1) counts[i * SLOTS + FLOWED_OUT]++;
    else {
      counts[i * SLOTS + ABANDONED]++;
      if (qLeave[k] - qArrival[k] < shortAbandon) counts[i * SLOTS + SHORT]++;
    }
  };
  /** Serves waiting contacts while agents are free; those whose patience ran out left earlier. */
  const serve = (now: number): void => {
    while (head < tail && busyUntil.size < capacity(now)) {
      if (qLeave[head] <= now) leave(head);
      else start(now, qArrival[head]);
      head++;
    }
  };

  let nextArrival = firstArrival(rng, arrivals, length, 0, 0);
  // Boundaries k·length (k = 1 … n): staffing may rise; from the horizon on, the queue drains.
  let boundary = length;
  for (;;) {
    const completion = busyUntil.peekKey();
    const now = Math.min(nextArrival, completion, boundary);
    if (now === Infinity) break;
    if (now === completion) {
      busyUntil.pop();
      serve(now);
    } else if (now === boundary) {
      boundary = boundary + length <= horizon ? boundary + length : Infinity;
      serve(now);
    } else {
      const interval = Math.floor(now / length);
      counts[interval * SLOTS + OFFERED]++;
      serve(now);
      if (head === tail && busyUntil.size < capacity(now)) start(now, now);
      else {
        if (tail === qArrival.length) {
          const live = tail - head;
          const size = live * 2 > qArrival.length ? qArrival.length * 2 : qArrival.length;
          const grow = <T extends Float64Array | Uint8Array>(a: T, make: (k: number) => T): T => {
            const b = make(size);
            b.set(a.subarray(head, tail));
            return b;
          };
          qArrival = grow(qArrival, (k) => new Float64Array(k));
          qLeave = grow(qLeave, (k) => new Float64Array(k));
          qFlow = grow(qFlow, (k) => new Uint8Array(k));
          tail = live;
          head = 0;
        }
        const gaveUp = patience === null ? Infinity : now + rng.exponential(patience);
        const timeout = maxWait === null ? Infinity : now + maxWait;
        qArrival[tail] = now;
        qLeave[tail] = Math.min(gaveUp, timeout);
        qFlow[tail] = timeout < gaveUp ? 1 : 0;
        tail++;
      }
      nextArrival = firstArrival(rng, arrivals, length, now, interval);
    }
  }
}

/**
 * The next arrival after `now` of a Poisson process with rate arrivals[i] / length in interval i
 * (memoryless, so a fresh exponential gap per interval is exact); Infinity after the last interval.
 */
function firstArrival(
  rng: Random,
  arrivals: readonly number[],
  length: number,
  now: number,
  interval: number,
): number {
  let t = now;
  for (let i = interval; i < arrivals.length; i++) {
    const end = (i + 1) * length;
    const rate = arrivals[i] / length;
    if (rate > 0) {
      const next = t + rng.exponential(1 / rate);
      if (next < end) return next;
    }
    t = end;
  }
  return Infinity;
}

function ratio(numerator: number, denominator: number): number | null {
  return denominator > 0 ? numerator / denominator : null;
}

/** Service level of metrics.md in the chosen variant; null with a zero denominator. */
function serviceLevel(
  variant: ServiceLevelVariant,
  within: number,
  answered: number,
  abandoned: number,
  short: number,
  flowedOut: number,
  offered: number,
): number | null {
  switch (variant) {
    case 'DEFAULT':
      return ratio(within, answered + abandoned + flowedOut - short);
    case 'ANSWERED_ONLY':
      return ratio(within, answered);
    case 'OFFERED':
      return ratio(within, offered);
    case 'EXCLUDE_FLOWED_OUT':
      return ratio(within, answered + abandoned - short);
  }
}

/** Mean and Student-t confidence interval of the defined values. */
function estimate(values: readonly (number | null)[], confidence: number): Estimate {
  const xs = values.filter((v): v is number => v !== null);
  if (xs.length === 0) return { mean: null, low: null, high: null };
  const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
  if (xs.length < 2) return { mean, low: null, high: null };
  const variance = xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1);
  const half = studentTQuantile((1 + confidence) / 2, xs.length - 1) * Math.sqrt(variance / xs.length);
  return { mean, low: mean - half, high: mean + half };
}
