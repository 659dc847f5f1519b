import { Worker } from 'node:worker_threads';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { WireEvent } from '@servicefloor/contracts';
import { demoCenter, simulateDay } from '@servicefloor/simulator';

const WORKER = new URL('./history-day-worker.js', import.meta.url);

/** Which day of the demo center's history to simulate, and how to cut it. */
export interface HistoryDayRequest {
  /** The local date, YYYY-MM-DD. */
  date: string;
  seed: number;
  /** Events at or after this time (epoch ms: the start of today) are left to the live feed. */
  beforeMs: number;
  /** Events per batch (one ingestion call each). */
  batchSize: number;
}

/** What the history-day worker answers to each request for the next batch. */
export type HistoryDayAnswer = { ok: true; batch: WireEvent[] | null } | { ok: false; message: string };

/** A day of history handed over a batch at a time, newest batch first; null after the last. */
export interface HistoryDayBatches {
  next(): Promise<WireEvent[] | null>;
  /** Stops simulating (when the demo stops before the day is done). */
  close(): void;
}

/** One day of the demo center's history: its events in time order, those before `beforeMs`. */
export function historyDayEvents(request: HistoryDayRequest): WireEvent[] {
  const events: WireEvent[] = [];
  for (const event of simulateDay({ center: demoCenter(), date: request.date, seed: request.seed }))
    if (Date.parse(event.occurredAt) < request.beforeMs) events.push(event);
  return events;
}

/**
 * A day's events (in time order) cut into batches, the newest batch first, like the days. Each
 * batch then lies just before what is stored already, so an agent's timeline gains short
 * segments up to its next stored state. Oldest first, each batch re-split the agent's open span
 * up to the next day's first state — about 90 intervals taken back and added again per agent and
 * batch, which was half of a history load's CPU time.
 */
export function newestBatchFirst<T>(events: readonly T[], size: number): T[][] {
  const batches: T[][] = [];
  for (let end = events.length; end > 0; end -= size)
    batches.push(events.slice(Math.max(0, end - size), end));
  return batches;
}

/**
 * Simulates a day of history at once in a worker thread (in the built API; in this thread when run
 * from the TypeScript sources), which keeps the day and hands it over one batch per `next()`. The
 * ingesting thread then holds only the batches in flight: a whole day held there (130,000 events)
 * outlived young-generation collections and made the garbage collector copy and mark it.
 */
export function historyDayBatches(request: HistoryDayRequest): HistoryDayBatches {
  if (!existsSync(fileURLToPath(WORKER))) return inThreadBatches(request);
  const worker = new Worker(WORKER, { workerData: request });
  worker.unref();
  let failure: Error | null = null;
  const waiting: ((answer: HistoryDayAnswer) => void)[] = [];
  worker.on('message', (answer: HistoryDayAnswer) => waiting.shift()?.(answer));
  const fail = (error: Error) => {
    failure = error;
    for (const resolve of waiting.splice(0)) resolve({ ok: false, message: error.message });
  };
  worker.on('error', fail);
  worker.on('exit', (code) => fail(new Error(`the history worker stopped (exit code ${code})`)));
  return {
    next: async () => {
      if (failure) throw failure;
      const answer = await new Promise<HistoryDayAnswer>((resolve) => {
        waiting.push(resolve);
        worker.postMessage('next');
      });
      if (!answer.ok) throw new Error(answer.message);
      if (answer.batch === null) void worker.terminate();
      return answer.batch;
    },
    close: () => void worker.terminate(),
  };
}

function inThreadBatches(request: HistoryDayRequest): HistoryDayBatches {
  let batches: WireEvent[][] | null = null;
  return {
    next: async () => {
      batches ??= newestBatchFirst(historyDayEvents(request), request.batchSize);
      return batches.shift() ?? null;
    },
    close: () => undefined,
  };
}
