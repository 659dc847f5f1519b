import { erlangCServiceLevel } from '@servicefloor/erlang';
import { coverage, type Requirement, type Schedule } from '@servicefloor/scheduling';
import type { QueueCoverageModel, ScheduleCoverageModel } from './models/scheduling.models.js';

/** One queue's requirement as stored with a schedule, with the Erlang inputs for predicted service level. */
export interface StoredQueueRequirement {
  /** Agents needed on the queue per 15-minute interval. */
  required: number[];
  /** Forecast contacts per interval. */
  volume: number[];
  /** Forecast AHT per interval, seconds (null without contacts). */
  aht: (number | null)[];
  thresholdSeconds: number;
  /** Why there is no requirement (the series are then zeros). */
  problem: string | null;
}

export type StoredRequirement = Record<string, StoredQueueRequirement>;

const INTERVAL_SECONDS = 900;

/** The libs/scheduling requirement of a stored one. */
export function libRequirement(stored: StoredRequirement): Requirement {
  return { queues: Object.fromEntries(Object.entries(stored).map(([q, r]) => [q, r.required])) };
}

/**
 * Erlang C service level of an interval with `staff` skill-weighted agents on the queue (rounded
 * down to whole agents: a 0.6-proficient agent is not a whole server); null without contacts.
 */
export function predictedServiceLevel(
  staff: number,
  volume: number,
  aht: number | null,
  thresholdSeconds: number,
): number | null {
  if (!(volume > 0) || aht === null || !(aht > 0)) return null;
  const traffic = (volume * aht) / INTERVAL_SECONDS;
  const agents = Math.floor(staff + 1e-9);
  return erlangCServiceLevel({ agents, traffic, ahtSeconds: aht, thresholdSeconds });
}

/** Coverage of a schedule per queue and interval (libs/scheduling coverage) with predicted service level. */
export function scheduleCoverage(
  schedule: Schedule,
  stored: StoredRequirement,
  start: string,
): ScheduleCoverageModel {
  const report = coverage(schedule, libRequirement(stored));
  const queues: QueueCoverageModel[] = report.queues.map((q) => {
    const r = stored[q.queueId];
    return {
      queue: q.queueId,
      required: q.required,
      scheduled: q.scheduled,
      under: q.under,
      predictedServiceLevel: q.scheduled.map((staff, i) =>
        r ? predictedServiceLevel(staff, r.volume[i] ?? 0, r.aht[i] ?? null, r.thresholdSeconds) : null,
      ),
      requiredStaffHours: q.requiredStaffHours,
      scheduledStaffHours: q.scheduledStaffHours,
      underStaffHours: q.underStaffHours,
      overStaffHours: q.overStaffHours,
      unmetIntervals: q.under.filter((u) => u > 1e-9).length,
      problem: r?.problem ?? null,
    };
  });
  return { start, intervalMinutes: report.intervalMinutes, queues, totals: report.totals };
}
