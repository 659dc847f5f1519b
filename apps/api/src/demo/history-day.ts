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

/** What the ingesting thread sends a history thread: a day to simulate, or a request for its next batch. */
export type HistoryThreadMessage = { day: HistoryDayRequest } | 'next';

/**
 * The days of history, simulated in two worker threads that take days in turn (in the built API;
 * in this thread when run from the TypeScript sources): one simulates the next day while the other
 * hands over this day's batches, one per `next()`. The ingesting thread then holds only the
 * batches in flight — a whole day held there (130,000 events) outlived young-generation
 * collections and made the garbage collector copy and mark it — and the threads live for the
 * whole history (a thread per day paid its start and the simulator's warm-up every day).
 */
export class HistorySimulators {
  private readonly threads = existsSync(fileURLToPath(WORKER))
    ? [new HistoryThread(), new HistoryThread()]
    : null;
  private turn = 0;

  /** Starts simulating `request`'s day; its batches come newest first. */
  day(request: HistoryDayRequest): HistoryDayBatches {
    if (!this.threads) return inThreadBatches(request);
    const thread = this.threads[this.turn++ % this.threads.length];
    thread.simulate(request);
    return { next: () => thread.next() };
  }

  close(): void {
    for (const thread of this.threads ?? []) thread.close();
  }
}

class HistoryThread {
  private readonly worker = new Worker(WORKER);
  private readonly waiting: ((answer: HistoryDayAnswer) => void)[] = [];
  private failure: Error | null = null;

  constructor() {
    this.worker.unref();
    this.worker.on('message', (answer: HistoryDayAnswer) => this.waiting.shift()?.(answer));
    this.worker.on('error', (error) => this.fail(error));
    this.worker.on('exit', (code) => this.fail(new Error(`the history worker stopped (exit code ${code})`)));
  }

  simulate(request: HistoryDayRequest): void {
    this.worker.postMessage({ day: request } satisfies HistoryThreadMessage);
  }

  async next(): Promise<WireEvent[] | null> {
    if (this.failure) throw this.failure;
    const answer = await new Promise<HistoryDayAnswer>((resolve) => {
      this.waiting.push(resolve);
      this.worker.postMessage('next' satisfies HistoryThreadMessage);
    });
    if (!answer.ok) throw new Error(answer.message);
    return answer.batch;
  }

  close(): void {
    void this.worker.terminate();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const resolve of this.waiting.splice(0)) resolve({ ok: false, message: error.message });
  }
}

function inThreadBatches(request: HistoryDayRequest): HistoryDayBatches {
  let batches: WireEvent[][] | null = null;
  return {
    next: async () => {
      batches ??= newestBatchFirst(historyDayEvents(request), request.batchSize);
      return batches.shift() ?? null;
    },
  };
}
