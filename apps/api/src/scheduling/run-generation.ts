import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  generateSchedule,
  type GenerateOptions,
  type Requirement,
  type SchedulingRules,
} from '@servicefloor/scheduling';
import { outcomeOf, type GenerationOutcome } from './generation-result.js';

const WORKER = new URL('./generate-worker.js', import.meta.url);

/** Workers solving now (stopped when the API shuts down: a worker keeps the process alive). */
export const runningWorkers = new Set<Worker>();

/**
 * Runs libs/scheduling generateSchedule in a worker thread when the compiled worker is there (the
 * built API), else in this thread (the API run from its TypeScript sources, as the tests do; the
 * solve then yields only between its own awaits). Rejects with the generator's error message.
 */
export async function runGeneration(
  rules: SchedulingRules,
  requirement: Requirement,
  options: GenerateOptions,
): Promise<{ outcome: GenerationOutcome; inWorker: boolean }> {
  if (!existsSync(fileURLToPath(WORKER))) {
    return { outcome: outcomeOf(await generateSchedule(rules, requirement, options)), inWorker: false };
  }
  const outcome = await new Promise<GenerationOutcome>((resolve, reject) => {
    const worker = new Worker(WORKER, { workerData: { rules, requirement, options } });
    runningWorkers.add(worker);
    worker.once(
      'message',
      (message: { ok: true; outcome: GenerationOutcome } | { ok: false; message: string }) => {
        if (message.ok) resolve(message.outcome);
        else reject(new Error(message.message));
        void worker.terminate();
      },
    );
    worker.once('error', reject);
    worker.once('exit', (code) => {
      runningWorkers.delete(worker);
      if (code !== 0) reject(new Error(`the schedule generator stopped (exit code ${code})`));
    });
  });
  return { outcome, inWorker: true };
}
