import { parentPort, workerData } from 'node:worker_threads';
import { historyDayEvents, type HistoryDayRequest } from './history-day.js';

/*
 * Worker thread entry (see history-day.ts): simulating a day of the demo center costs about as
 * much as a fifth of ingesting it, and the history loader's thread is busy ingesting.
 */
try {
  parentPort!.postMessage({ ok: true, value: historyDayEvents(workerData as HistoryDayRequest) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message });
}
