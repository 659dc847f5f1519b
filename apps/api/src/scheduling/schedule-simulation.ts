import { simulateStaffingPlan, type Estimate, type StaffingPlanInput } from '@servicefloor/simulator';
import { coverage, type Schedule } from '@servicefloor/scheduling';
import { libRequirement, type StoredRequirement } from './schedule-coverage.js';

/** AHT for intervals the forecast left without one, when the queue has none at all (seconds). */
const FALLBACK_AHT_SECONDS = 300;

/** One queue's staffing plan: its scheduled whole agents with the forecast it was scheduled for. */
export interface QueuePlan {
  queue: string;
  /** null: nothing to simulate (no forecast contacts, or no requirement). */
  plan: Omit<StaffingPlanInput, 'seed' | 'replications'> | null;
}

/** Simulated service level of one queue: mean and confidence range per interval and for the week. */
export interface QueueSimulation {
  queue: string;
  serviceLevel: (number | null)[];
  low: (number | null)[];
  high: (number | null)[];
  agents: number[];
  week: Estimate;
}

/**
 * The staffing plan of each queue of a schedule: the skill-weighted scheduled staff per interval
 * (libs/scheduling coverage) rounded down to whole agents — as the Erlang C prediction beside it
 * counts them — with the forecast volumes, AHT and service-level threshold stored with the
 * schedule. Intervals the forecast left without an AHT take the queue's volume-weighted mean
 * (only contacts carried over from the interval before are handled there).
 */
export function queuePlans(schedule: Schedule, stored: StoredRequirement): QueuePlan[] {
  const report = coverage(schedule, libRequirement(stored));
  return report.queues.map((q) => {
    const r = stored[q.queueId];
    const volume = r?.volume ?? [];
    if (!r || r.problem !== null || !volume.some((v) => v > 0)) return { queue: q.queueId, plan: null };
    let contacts = 0;
    let handled = 0;
    volume.forEach((v, i) => {
      const aht = r.aht[i];
      if (v > 0 && aht !== null && aht > 0) {
        contacts += v;
        handled += v * aht;
      }
    });
    const meanAht = contacts > 0 ? handled / contacts : FALLBACK_AHT_SECONDS;
    return {
      queue: q.queueId,
      plan: {
        arrivals: q.scheduled.map((_, i) => Math.max(0, volume[i] ?? 0)),
        agents: q.scheduled.map((staff) => Math.max(0, Math.floor(staff + 1e-9))),
        ahtSeconds: q.scheduled.map((_, i) => {
          const aht = r.aht[i];
          return aht !== null && aht !== undefined && aht > 0 ? aht : meanAht;
        }),
        thresholdSeconds: r.thresholdSeconds,
        // Erlang C assumes nobody abandons: so does the check, to compare like with like.
        patienceSeconds: null,
      },
    };
  });
}

/** Runs each queue's plan through libs/simulator simulateStaffingPlan. */
export function simulatePlans(plans: QueuePlan[], replications: number, seed: number): QueueSimulation[] {
  return plans.map(({ queue, plan }) => {
    if (!plan) return { queue, serviceLevel: [], low: [], high: [], agents: [], week: empty() };
    const result = simulateStaffingPlan({ ...plan, replications, seed });
    return {
      queue,
      serviceLevel: result.intervals.map((i) => i.serviceLevel.mean),
      low: result.intervals.map((i) => i.serviceLevel.low),
      high: result.intervals.map((i) => i.serviceLevel.high),
      agents: [...plan.agents],
      week: result.total.serviceLevel,
    };
  });
}

function empty(): Estimate {
  return { mean: null, low: null, high: null };
}
