import {
  claimDeskRequirement,
  erlangA,
  erlangCAsa,
  erlangCServiceLevel,
  requiredAgents,
  scheduledStaff,
  type ClaimDeskRequirement,
  type RequiredAgentsInput,
  type RequiredAgentsResult,
} from '@servicefloor/erlang';
import { wholePeople } from './explain.js';
import type { BindingTarget, PlanningStaffingModel } from './models/planning-enums.js';

/*
 * The requirement of one queue, interval by interval, from libs/erlang: requiredAgents (Erlang C,
 * and Erlang A beside it when a patience is known or estimated), scheduledStaff, and
 * claimDeskRequirement for claim desks. No framework, no database: arrays in, results out.
 */

/** The 15-minute interval of metrics.md, seconds. */
export const INTERVAL_SECONDS = 900;

/** Targets and settings of a queue, what-if applied. */
export interface SolveTargets {
  targetServiceLevel: number;
  thresholdSeconds: number;
  maxOccupancy: number | null;
  targetAsaSeconds: number | null;
  shrinkage: number;
  /** Mean patience, seconds: Erlang A is the model when set. */
  patienceSeconds: number | null;
  intervalSeconds: number;
}

/** The what-if changes to the forecast itself. */
export interface VolumeChanges {
  volumeChange: number;
  ahtChange: number;
  /** AHT for every interval instead of the forecast. */
  ahtSeconds: number | null;
}

/** One interval solved. */
export interface SolvedInterval {
  volume: number;
  /** AHT used, seconds; null when none is known (then nothing is solved and agents are 0). */
  aht: number | null;
  erlangC: RequiredAgentsResult;
  erlangA: RequiredAgentsResult | null;
}

/** Figures of no traffic: nobody needed (what requiredAgents returns for 0 calls). */
function none(model: 'ERLANG_C' | 'ERLANG_A'): RequiredAgentsResult {
  const result: RequiredAgentsResult = {
    agents: 0,
    fractionalAgents: 0,
    trafficErlangs: 0,
    serviceLevel: 1,
    asa: 0,
    occupancy: 0,
    probWait: 0,
    model,
  };
  if (model === 'ERLANG_A') result.abandonRate = 0;
  return result;
}

/** The requiredAgents input of one interval. */
export function erlangInput(
  volume: number,
  aht: number,
  targets: SolveTargets,
  patience: number | null,
): RequiredAgentsInput {
  const input: RequiredAgentsInput = {
    callsPerInterval: volume,
    intervalSeconds: targets.intervalSeconds,
    ahtSeconds: aht,
    targetServiceLevel: targets.targetServiceLevel,
    thresholdSeconds: targets.thresholdSeconds,
  };
  if (targets.maxOccupancy !== null) input.maxOccupancy = targets.maxOccupancy;
  if (targets.targetAsaSeconds !== null) input.targetAsaSeconds = targets.targetAsaSeconds;
  if (patience !== null) input.patienceSeconds = patience;
  return input;
}

/** Intervals in a week: forecasts that repeat weekly (seasonal naive, k-week average) repeat at this lag. */
const WEEK = 672;

/**
 * Solves every interval of a forecast: volume × (1 + volumeChange), AHT × (1 + ahtChange) (or the
 * AHT given), then requiredAgents under Erlang C and, with a patience, Erlang A. An interval whose
 * inputs equal those of the same interval a week before (forecasts that repeat weekly) reuses its
 * solution; closed intervals (no volume) need none.
 *
 * @throws Error from libs/erlang when no staffing meets the targets (e.g. an unreachable ASA).
 */
export function solveIntervals(
  volume: ArrayLike<number>,
  aht: ArrayLike<number | null>,
  from: number,
  to: number,
  targets: SolveTargets,
  changes: VolumeChanges,
): SolvedInterval[] {
  const out = new Array<SolvedInterval>(to - from);
  const patience = targets.patienceSeconds;
  const zeroC = none('ERLANG_C');
  const zeroA = patience === null ? null : none('ERLANG_A');
  let lastGap = 0;
  for (let i = from; i < to; i++) {
    const v = volume[i] * (1 + changes.volumeChange);
    const forecastAht = aht[i];
    const a =
      changes.ahtSeconds !== null
        ? changes.ahtSeconds
        : forecastAht === null || forecastAht === undefined || !(forecastAht > 0)
          ? null
          : forecastAht * (1 + changes.ahtChange);
    const k = i - from;
    if (v === 0 || a === null) {
      out[k] = { volume: v, aht: a, erlangC: zeroC, erlangA: zeroA };
      continue;
    }
    const weekBefore = k >= WEEK ? out[k - WEEK] : undefined;
    if (weekBefore !== undefined && weekBefore.volume === v && weekBefore.aht === a) {
      out[k] = weekBefore;
      continue;
    }
    const erlangC = requiredAgents(erlangInput(v, a, targets, null));
    let erlangA: RequiredAgentsResult | null = null;
    if (patience !== null) {
      // Abandonment lowers the requirement by about as much as it did a moment before: start the
      // Erlang A search from this interval's Erlang C answer less the previous interval's gap.
      erlangA = requiredAgents(erlangInput(v, a, targets, patience), {
        startAgents: Math.max(1, erlangC.agents - lastGap),
      });
      lastGap = erlangC.agents - erlangA.agents;
    }
    out[k] = { volume: v, aht: a, erlangC, erlangA };
  }
  return out;
}

/** The result the requirement is taken from: Erlang A when there is one, else Erlang C. */
export function primary(interval: SolvedInterval): RequiredAgentsResult {
  return interval.erlangA ?? interval.erlangC;
}

/** Staff to schedule for `agents` after shrinkage, fractional and in whole people. */
export function scheduled(agents: number, shrinkage: number): { staff: number; people: number } {
  const staff = scheduledStaff(agents, shrinkage);
  return { staff, people: wholePeople(staff) };
}

/**
 * The target that sets an interval's requirement: the first that one agent fewer would miss —
 * STABILITY (Erlang C needs more agents than erlangs), SERVICE_LEVEL, ASA, then OCCUPANCY.
 * Null when no one is needed.
 */
export function bindingTarget(interval: SolvedInterval, targets: SolveTargets): BindingTarget | null {
  const result = primary(interval);
  const n = result.agents - 1;
  if (result.agents === 0 || interval.aht === null) return null;
  const traffic = result.trafficErlangs;
  if (interval.erlangA === null) {
    if (n <= traffic) return 'STABILITY';
    const sl = erlangCServiceLevel({
      agents: n,
      traffic,
      ahtSeconds: interval.aht,
      thresholdSeconds: targets.thresholdSeconds,
    });
    if (sl < targets.targetServiceLevel) return 'SERVICE_LEVEL';
    if (
      targets.targetAsaSeconds !== null &&
      erlangCAsa({ agents: n, traffic, ahtSeconds: interval.aht }) > targets.targetAsaSeconds
    )
      return 'ASA';
    return 'OCCUPANCY';
  }
  if (n === 0) return 'SERVICE_LEVEL';
  const fewer = erlangA({
    agents: n,
    traffic,
    ahtSeconds: interval.aht,
    patienceSeconds: targets.patienceSeconds!,
    thresholdSeconds: targets.thresholdSeconds,
  });
  if (fewer.serviceLevel < targets.targetServiceLevel) return 'SERVICE_LEVEL';
  if (targets.targetAsaSeconds !== null && fewer.asa > targets.targetAsaSeconds) return 'ASA';
  return 'OCCUPANCY';
}

/** The staffing model a queue's requirement comes from. */
export function modelOf(channel: string, patience: number | null): PlanningStaffingModel {
  if (channel === 'CLAIM_DESK') return 'CLAIM_DESK';
  return patience === null ? 'ERLANG_C' : 'ERLANG_A';
}

/** Inputs of one claim desk day. */
export interface ClaimDayInput {
  /** Forecast claims in the SLA window starting at the day's start (already scaled by the what-if). */
  arrivals: number;
  backlogToClear: number;
  handleSeconds: number;
  hoursPerDay: number;
  slaHours: number;
}

/** One claim desk day solved. */
export interface SolvedClaimDay extends ClaimDayInput {
  productiveHoursPerAgent: number;
  requirement: ClaimDeskRequirement;
}

/**
 * The claim desk requirement of a day (libs/erlang claimDeskRequirement): the claims arriving in
 * the SLA window that starts that day, plus any backlog to clear, settled within the window by
 * agents who each work `hoursPerDay` on claims per day of the window (productive hours =
 * hoursPerDay × slaHours / 24; shrinkage is applied afterwards, as for the phones).
 */
export function solveClaimDay(input: ClaimDayInput): SolvedClaimDay {
  const productiveHoursPerAgent = (input.hoursPerDay * input.slaHours) / 24;
  return {
    ...input,
    productiveHoursPerAgent,
    requirement: claimDeskRequirement({
      arrivals: input.arrivals,
      backlogToClear: input.backlogToClear,
      handleSeconds: input.handleSeconds,
      productiveHoursPerAgent,
      slaHours: input.slaHours,
    }),
  };
}
