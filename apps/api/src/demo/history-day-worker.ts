import { parentPort, workerData } from 'node:worker_threads';
import {
  historyDayEvents,
  newestBatchFirst,
  type HistoryDayAnswer,
  type HistoryDayRequest,
} from './history-day.js';

/*
 * Worker thread entry (see history-day.ts): simulates the day at once, on another core than the
 * ingesting thread, then answers each request with the next batch, newest first.
 */
const request = workerData as HistoryDayRequest;
let batches: WireEventBatches | Error;
try {
  batches = newestBatchFirst(historyDayEvents(request), request.batchSize);
} catch (error) {
  batches = error as Error;
}

type WireEventBatches = ReturnType<typeof historyDayEvents>[];

parentPort!.on('message', () => {
  const answer: HistoryDayAnswer =
    batches instanceof Error
      ? { ok: false, message: batches.message }
      : { ok: true, batch: batches.shift() ?? null };
  parentPort!.postMessage(answer);
});
