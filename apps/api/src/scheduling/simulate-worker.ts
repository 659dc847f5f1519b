import { parentPort, workerData } from 'node:worker_threads';
import { simulatePlans, type QueuePlan } from './schedule-simulation.js';

/*
 * Worker thread entry (see simulation.service.ts): simulating a week of every queue takes seconds
 * of CPU and would hold the API's event loop the whole time.
 */
const { plans, replications, seed } = workerData as {
  plans: QueuePlan[];
  replications: number;
  seed: number;
};
try {
  parentPort!.postMessage({ ok: true, value: simulatePlans(plans, replications, seed) });
} catch (error) {
  parentPort!.postMessage({ ok: false, message: (error as Error).message });
}
