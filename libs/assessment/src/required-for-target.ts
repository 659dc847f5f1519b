import { requiredAgents } from '@servicefloor/erlang';

/** Inputs of {@link requiredForTarget}. */
export interface DemandInterval {
  contacts: number;
  ahtSeconds: number | null;
  targetServiceLevel: number;
  thresholdSeconds: number;
  intervalSeconds?: number;
}

/**
 * Agents (fractional, interpolated on the binding constraint) needed to serve an interval's
 * contacts at the SL target, from libs/erlang's Erlang C solver; 0 without contacts or AHT.
 */
export function requiredForTarget(demand: DemandInterval): number {
  if (demand.contacts <= 0 || demand.ahtSeconds === null || !(demand.ahtSeconds > 0)) return 0;
  return requiredAgents({
    callsPerInterval: demand.contacts,
    intervalSeconds: demand.intervalSeconds ?? 900,
    ahtSeconds: demand.ahtSeconds,
    targetServiceLevel: demand.targetServiceLevel,
    thresholdSeconds: demand.thresholdSeconds,
  }).fractionalAgents;
}
