import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/** Workers running now (stopped when the API shuts down: a worker keeps the process alive). */
export const runningWorkers = new Set<Worker>();

/** The answer a job's worker posts. */
export type WorkerAnswer<T> = { ok: true; value: T } | { ok: false; message: string };

/** Thrown when a job is cancelled through its signal. */
export class JobCancelledError extends Error {
  constructor() {
    super('cancelled');
  }
}

/**
 * Runs a CPU-heavy job in a worker thread when its compiled worker file is there (the built API),
 * else in this thread (the API run from its TypeScript sources, as the tests do). Aborting the
 * signal terminates the worker at once; a job in this thread cannot be stopped, so its result is
 * dropped when it ends. Rejects with the job's error message, or JobCancelledError.
 */
export async function runWorkerJob<T>(
  worker: URL,
  workerData: unknown,
  inThread: () => Promise<T>,
  signal?: AbortSignal,
): Promise<{ value: T; inWorker: boolean }> {
  if (signal?.aborted) throw new JobCancelledError();
  if (!existsSync(fileURLToPath(worker))) {
    const value = await inThread();
    if (signal?.aborted) throw new JobCancelledError();
    return { value, inWorker: false };
  }
  const value = await new Promise<T>((resolve, reject) => {
    const thread = new Worker(worker, { workerData });
    runningWorkers.add(thread);
    const cancel = () => {
      reject(new JobCancelledError());
      void thread.terminate();
    };
    signal?.addEventListener('abort', cancel, { once: true });
    thread.once('message', (answer: WorkerAnswer<T>) => {
      if (answer.ok) resolve(answer.value);
      else reject(new Error(answer.message));
      void thread.terminate();
    });
    thread.once('error', reject);
    thread.once('exit', (code) => {
      runningWorkers.delete(thread);
      signal?.removeEventListener('abort', cancel);
      if (code !== 0) reject(new Error(`the worker stopped (exit code ${code})`));
    });
  });
  return { value, inWorker: true };
}
