import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { SqlRunner } from '../database/sql-runner.service.js';
import type { ApplyContext } from './apply-events.js';
import { ingestBatch, type BatchOutcome, type ValidEvent } from './ingest-batch.js';
import type { IngestDirectory } from './ingest-directory.js';
import type { WriterAnswer, WriterRequest } from './ingest-writer-protocol.js';

const WORKER = new URL('./ingest-writer-worker.js', import.meta.url);
const CHECKPOINTER = new URL('../database/wal-checkpointer-worker.js', import.meta.url);

interface Pending {
  resolve: (outcome: BatchOutcome) => void;
  reject: (error: Error) => void;
}

/**
 * The pipeline's store-and-apply step (ingestBatch, one transaction per batch). On SQLite in the
 * built API it runs in a writer thread with its own connection: the transaction's SQL and roll-up
 * arithmetic — about three quarters of an event's cost — then leave the main thread free to
 * parse, validate and answer requests (and the next batch is validated while this one is
 * written). Batches are written one at a time in the order they came. On PostgreSQL (the database
 * works in its own process) and when the API runs from its TypeScript sources, as the tests do,
 * the step runs here through SqlRunner.
 */
@Injectable()
export class IngestWriter implements OnApplicationShutdown {
  private readonly logger = new Logger('IngestWriter');
  private worker: Worker | null = null;
  private checkpointer: Worker | null = null;
  private workerVersion = -1;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private closed = false;

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly runner: SqlRunner,
  ) {}

  /** Stores `events` (validated) and applies them; resolves once the transaction is committed. */
  store(
    directory: IngestDirectory,
    context: ApplyContext,
    events: ValidEvent[],
    receivedAt: number,
  ): Promise<BatchOutcome> {
    const worker = this.writerThread();
    if (!worker) return this.runner.run(() => ingestBatch(context, events, receivedAt));
    const id = this.nextId++;
    const request: WriterRequest = {
      id,
      indexes: events.map((e) => e.index),
      occurredAt: events.map((e) => e.at),
      payloads: events.map((e) => e.payload),
      receivedAt,
    };
    if (this.workerVersion !== directory.version) {
      request.directory = directory;
      this.workerVersion = directory.version;
    }
    return new Promise<BatchOutcome>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      worker.postMessage(request);
    });
  }

  /** Lets queued batches finish, then stops the writer (and checkpointer) thread. */
  async onApplicationShutdown(): Promise<void> {
    this.closed = true;
    await Promise.all([this.worker, this.checkpointer].map((thread) => thread && closeThread(thread)));
  }

  private writerThread(): Worker | null {
    if (this.worker) return this.worker;
    if (this.closed || this.env.database.type !== 'sqlite' || !existsSync(fileURLToPath(WORKER))) return null;
    const workerData = { path: this.env.database.path };
    const worker = new Worker(WORKER, {
      workerData,
      // A larger young generation: a batch allocates tens of MB that die young.
      resourceLimits: { maxYoungGenerationSizeMb: 64 },
    });
    worker.unref();
    worker.on('message', (answer: WriterAnswer) => this.answer(answer));
    worker.on('error', (error) => this.logger.error(`SQLite writer thread failed: ${error.message}`));
    worker.on('exit', (code) => this.stopped(worker, code));
    this.worker = worker;
    this.workerVersion = -1;
    if (!this.checkpointer) {
      this.checkpointer = new Worker(CHECKPOINTER, { workerData });
      this.checkpointer.unref();
      this.checkpointer.on('error', (error) => this.logger.warn(`WAL checkpointer failed: ${error.message}`));
      this.checkpointer.on('exit', () => (this.checkpointer = null));
    }
    return worker;
  }

  private answer(answer: WriterAnswer): void {
    const waiting = this.pending.get(answer.id);
    if (!waiting) return;
    this.pending.delete(answer.id);
    if (answer.ok) waiting.resolve(answer.value);
    else waiting.reject(Object.assign(new Error(answer.message), { code: answer.code }));
  }

  /** Batches not yet answered were not committed (a transaction commits before its answer). */
  private stopped(worker: Worker, code: number): void {
    if (this.worker !== worker) return;
    this.worker = null;
    const error = new Error(`the SQLite writer thread stopped (exit code ${code}); the batch was not stored`);
    for (const waiting of this.pending.values()) waiting.reject(error);
    this.pending.clear();
  }
}

/** Asks a thread to finish what it has queued and stop; terminates it after 10 s. */
async function closeThread(thread: Worker): Promise<void> {
  const exited = new Promise((resolve) => thread.once('exit', resolve));
  thread.postMessage({ close: true });
  const timeout = new Promise((resolve) => setTimeout(resolve, 10_000).unref());
  await Promise.race([exited, timeout]);
  await thread.terminate();
}
