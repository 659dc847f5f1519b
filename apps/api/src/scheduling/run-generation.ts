import {
  generateSchedule,
  type GenerateOptions,
  type Requirement,
  type SchedulingRules,
} from '@servicefloor/scheduling';
import { outcomeOf, type GenerationOutcome } from './generation-result.js';
import { runWorkerJob } from './worker-job.js';

const WORKER = new URL('./generate-worker.js', import.meta.url);

/**
 * Runs libs/scheduling generateSchedule in a worker thread in the built API (else in this thread;
 * the solve then yields only between its own awaits). Aborting `signal` stops the worker.
 * Rejects with the generator's error message, or JobCancelledError.
 */
export async function runGeneration(
  rules: SchedulingRules,
  requirement: Requirement,
  options: GenerateOptions,
  signal?: AbortSignal,
): Promise<{ outcome: GenerationOutcome; inWorker: boolean }> {
  const { value, inWorker } = await runWorkerJob(
    WORKER,
    { rules, requirement, options },
    async () => outcomeOf(await generateSchedule(rules, requirement, options)),
    signal,
  );
  return { outcome: value, inWorker };
}
