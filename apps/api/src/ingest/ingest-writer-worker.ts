import { parentPort, workerData } from 'node:worker_threads';
import {
  BUSY_ATTEMPTS,
  busyBackoffMs,
  isBusy,
  openSqlite,
  SqliteProgramRunner,
} from '../database/sqlite-connection.js';
import type { ApplyContext } from './apply-events.js';
import { ingestBatch } from './ingest-batch.js';
import { applyContextOf } from './ingest-directory.js';
import { requestEvents, type WriterAnswer, type WriterRequest } from './ingest-writer-protocol.js';

/*
 * The SQLite writer thread (see ingest-writer.ts): takes batches in order, stores and applies each
 * in one transaction on a connection of its own, and answers after the commit.
 */
const runner = new SqliteProgramRunner(openSqlite((workerData as { path: string }).path));
const pause = new Int32Array(new SharedArrayBuffer(4));
let context: ApplyContext | null = null;

parentPort!.on('message', (message: WriterRequest | { close: true }) => {
  if ('close' in message) {
    runner.db.close();
    parentPort!.close();
    return;
  }
  if (message.directory) context = applyContextOf('sqlite', message.directory);
  parentPort!.postMessage(store(message));
});

function store(request: WriterRequest): WriterAnswer {
  try {
    if (!context) throw new Error('the writer thread has no directory');
    const current = context;
    const events = requestEvents(request);
    const value = retryWhileBusy(() =>
      runner.transaction(() => ingestBatch(current, events, request.receivedAt)),
    );
    return { id: request.id, ok: true, value };
  } catch (error) {
    const { message, code } = error as { message: string; code?: string };
    return { id: request.id, ok: false, message, code };
  }
}

/** Another connection (the main thread's) may hold the write lock for a moment: wait and retry. */
function retryWhileBusy<T>(transaction: () => T): T {
  for (let attempt = 0; ; attempt++) {
    try {
      return transaction();
    } catch (error) {
      if (!isBusy(error) || attempt >= BUSY_ATTEMPTS) throw error;
      Atomics.wait(pause, 0, 0, busyBackoffMs(attempt));
    }
  }
}
