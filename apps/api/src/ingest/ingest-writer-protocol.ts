import type { BatchOutcome, ValidEvent } from './ingest-batch.js';
import type { IngestDirectory } from './ingest-directory.js';

/* What the main thread and the SQLite writer thread (ingest-writer.ts) send each other. */

/**
 * A batch for the writer thread; the directory travels only when the thread has an older one.
 * Events travel as their stored JSON (`payload`), parsed again there: copying strings to another
 * thread and parsing them costs less on both sides than copying the event objects.
 */
export interface WriterRequest {
  id: number;
  directory?: IngestDirectory;
  indexes: number[];
  occurredAt: number[];
  payloads: string[];
  receivedAt: number;
}

/** The batch's events as the pipeline validated them, rebuilt from a WriterRequest. */
export function requestEvents(request: WriterRequest): ValidEvent[] {
  return request.payloads.map((payload, i) => ({
    index: request.indexes[i],
    at: request.occurredAt[i],
    payload,
    event: JSON.parse(payload) as ValidEvent['event'],
  }));
}

export type WriterAnswer =
  { id: number; ok: true; value: BatchOutcome } | { id: number; ok: false; message: string; code?: string };
