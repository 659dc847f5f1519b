import type { WireEvent } from '@servicefloor/contracts';
import { demoCenter, simulateDay } from '@servicefloor/simulator';
import { runWorkerJob } from '../scheduling/worker-job.js';

const WORKER = new URL('./history-day-worker.js', import.meta.url);

/** Which day of the demo center's history to simulate. */
export interface HistoryDayRequest {
  /** The local date, YYYY-MM-DD. */
  date: string;
  seed: number;
  /** Events at or after this time (epoch ms: the start of today) are left to the live feed. */
  beforeMs: number;
}

/** One day of the demo center's history: its events in time order, those before `beforeMs`. */
export function historyDayEvents(request: HistoryDayRequest): WireEvent[] {
  const events: WireEvent[] = [];
  for (const event of simulateDay({ center: demoCenter(), date: request.date, seed: request.seed }))
    if (Date.parse(event.occurredAt) < request.beforeMs) events.push(event);
  return events;
}

/**
 * historyDayEvents in a worker thread in the built API (in this thread when run from the
 * TypeScript sources), so that the next day is simulated on another core while this thread
 * ingests the current one.
 */
export async function simulateHistoryDay(request: HistoryDayRequest): Promise<WireEvent[]> {
  const { value } = await runWorkerJob(WORKER, request, async () => historyDayEvents(request));
  return value;
}
