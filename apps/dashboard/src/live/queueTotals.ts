import { ratio, serviceLevel } from '@servicefloor/metrics';

/** The today-so-far counts and ratios of one live queue that can be totalled. */
export interface TodayCounts {
  offered: number;
  answered: number;
  abandoned: number;
  shortAbandoned: number;
  flowedOut: number;
  answeredWithinThreshold: number;
  asa: number | null;
  /** Present when the caller asked for CSAT (operations page). */
  surveys?: number;
  csat?: number | null;
}

export interface TodayTotals {
  offered: number;
  answered: number;
  serviceLevel: number | null;
  asa: number | null;
  abandonRate: number | null;
  csat: number | null;
}

/**
 * Today so far over several queues. Counts are summed and ratios recomputed from the summed
 * counts, never averaged: service level by metrics.md's default definition (libs/metrics),
 * ASA as Σ(ASA × answered) / Σ answered (= Σ wait / Σ answered), abandonment as
 * (abandoned − short) / (offered − short), CSAT as Σ(CSAT × surveys) / Σ surveys.
 */
export function todayTotals(queues: readonly TodayCounts[]): TodayTotals {
  const sum = (pick: (q: TodayCounts) => number) => queues.reduce((total, q) => total + pick(q), 0);
  const counts = {
    offered: sum((q) => q.offered),
    answered: sum((q) => q.answered),
    answeredWithinThreshold: sum((q) => q.answeredWithinThreshold),
    abandoned: sum((q) => q.abandoned),
    shortAbandoned: sum((q) => q.shortAbandoned),
    flowedOut: sum((q) => q.flowedOut),
  };
  return {
    offered: counts.offered,
    answered: counts.answered,
    serviceLevel: serviceLevel(counts, 'DEFAULT'),
    asa: ratio(
      sum((q) => (q.asa ?? 0) * q.answered),
      counts.answered,
    ),
    abandonRate: ratio(counts.abandoned - counts.shortAbandoned, counts.offered - counts.shortAbandoned),
    csat: ratio(
      sum((q) => (q.csat ?? 0) * (q.surveys ?? 0)),
      sum((q) => (q.csat === null || q.csat === undefined ? 0 : (q.surveys ?? 0))),
    ),
  };
}
