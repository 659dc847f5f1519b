import type { ClaimEventType } from '@servicefloor/contracts';

/** One event of a claim's life. */
export interface ClaimEventPoint {
  at: number;
  type: ClaimEventType;
  eventId: string;
  agentId?: string | null;
  amount?: number | null;
}

/** A claim as its events make it (all times epoch ms). */
export interface ClaimState {
  /** First OPENED; null while only later events are known (the claim is held). */
  openedAt: number | null;
  /** Latest SETTLED / REJECTED / REOPENED. */
  settledAt: number | null;
  rejectedAt: number | null;
  reopenedAt: number | null;
  reopenedCount: number;
  /** Time of the close (settle or reject) that ends its event history; null while open. */
  closedAt: number | null;
  /** Agent of the latest ASSIGNED (or any event naming one). */
  agentId: string | null;
  amount: number | null;
}

/** Orders claim events by time, then eventId, so every arrival order gives the same history. */
export function sortClaimEvents(points: readonly ClaimEventPoint[]): ClaimEventPoint[] {
  return [...points].sort(
    (a, b) => a.at - b.at || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0),
  );
}

/** Folds a claim's events (any order) into its state. */
export function claimState(points: readonly ClaimEventPoint[]): ClaimState {
  const state: ClaimState = {
    openedAt: null,
    settledAt: null,
    rejectedAt: null,
    reopenedAt: null,
    reopenedCount: 0,
    closedAt: null,
    agentId: null,
    amount: null,
  };
  for (const p of sortClaimEvents(points)) {
    if (p.agentId) state.agentId = p.agentId;
    if (p.amount != null) state.amount = p.amount;
    switch (p.type) {
      case 'OPENED':
        state.openedAt ??= p.at;
        break;
      case 'SETTLED':
        state.settledAt = p.at;
        state.closedAt = p.at;
        break;
      case 'REJECTED':
        state.rejectedAt = p.at;
        state.closedAt = p.at;
        break;
      case 'REOPENED':
        state.reopenedAt = p.at;
        state.reopenedCount++;
        state.closedAt = null;
        break;
      case 'ASSIGNED':
        break;
    }
  }
  return state;
}

/** The additive claim counters of one day (see claimContributions). */
export interface ClaimCounters {
  opened: number;
  reopened: number;
  settleEvents: number;
  rejectEvents: number;
  settled: number;
  settledWithinSla: number;
  sumCycleMs: number;
  rejected: number;
}

export function emptyClaimCounters(): ClaimCounters {
  return {
    opened: 0,
    reopened: 0,
    settleEvents: 0,
    rejectEvents: 0,
    settled: 0,
    settledWithinSla: 0,
    sumCycleMs: 0,
    rejected: 0,
  };
}

/**
 * A claim's contributions to the counters of the moments its events happened (metrics.md, "Claim
 * desk"): opened at the first OPENED; each REOPENED, SETTLED and REJECTED event counted at its time
 * (so opened + reopened − settle events − reject events, summed up to a moment, is the backlog then);
 * and the claim's latest settlement counted once, with its cycle time (opened → latest settlement)
 * and whether that was within the SLA, at that settlement's time. Nothing while the claim has not
 * been opened (its events are held).
 */
export function claimContributions(
  points: readonly ClaimEventPoint[],
  slaHours: number,
): { atMs: number; counters: ClaimCounters }[] {
  const state = claimState(points);
  if (state.openedAt === null) return [];
  const out: { atMs: number; counters: ClaimCounters }[] = [];
  const add = (atMs: number, change: Partial<ClaimCounters>) =>
    out.push({ atMs, counters: { ...emptyClaimCounters(), ...change } });
  add(state.openedAt, { opened: 1 });
  for (const p of points) {
    if (p.type === 'REOPENED') add(p.at, { reopened: 1 });
    if (p.type === 'SETTLED') add(p.at, { settleEvents: 1 });
    if (p.type === 'REJECTED') add(p.at, { rejectEvents: 1 });
  }
  if (state.settledAt !== null) {
    const cycleMs = Math.max(0, state.settledAt - state.openedAt);
    add(state.settledAt, {
      settled: 1,
      sumCycleMs: cycleMs,
      settledWithinSla: cycleMs <= slaHours * 3_600_000 ? 1 : 0,
    });
  }
  if (state.rejectedAt !== null) add(state.rejectedAt, { rejected: 1 });
  return out;
}
