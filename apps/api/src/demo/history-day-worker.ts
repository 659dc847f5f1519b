import { parentPort } from 'node:worker_threads';
import type { WireEvent } from '@servicefloor/contracts';
import {
  historyDayEvents,
  newestBatchFirst,
  type HistoryDayAnswer,
  type HistoryThreadMessage,
} from './history-day.js';

/*
 * A history thread (see HistorySimulators in history-day.ts): simulates each day it is given at
 * once, on another core than the ingesting thread, then answers each request with the day's next
 * batch, newest first (null after the last).
 */
let batches: WireEvent[][] | Error = [];

parentPort!.on('message', (message: HistoryThreadMessage) => {
  if (message !== 'next') {
    try {
      batches = newestBatchFirst(historyDayEvents(message.day), message.day.batchSize);
    } catch (error) {
      batches = error as Error;
    }
    return;
  }
  const answer: HistoryDayAnswer =
    batches instanceof Error
      ? { ok: false, message: batches.message }
      : { ok: true, batch: batches.shift() ?? null };
  parentPort!.postMessage(answer);
});
