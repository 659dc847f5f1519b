import type { WireEvent } from '@servicefloor/contracts';
import { chunk, rowsPerStatement, sql, valuesList, type SqlProgram } from '../database/sql-program.js';
import type { TimedEvent } from './apply-contact-events.js';
import { applyEvents, type AppliedChanges, type ApplyContext } from './apply-events.js';

export interface ValidEvent extends TimedEvent<WireEvent> {
  /** Position in the request, for the per-event result. */
  index: number;
}

export interface BatchOutcome {
  /** Indexes of events stored for the first time. */
  accepted: number[];
  /** Indexes of events whose eventId was already stored (or repeated within the batch). */
  duplicates: number[];
  changes: AppliedChanges;
}

/**
 * One batch, one transaction: de-duplicate by eventId (within the batch and against the store),
 * store the new events, then apply them to contacts and roll-ups.
 */
export function* ingestBatch(
  context: ApplyContext,
  events: ValidEvent[],
  receivedAt: number,
): SqlProgram<BatchOutcome> {
  const seen = new Set<string>();
  const unique: ValidEvent[] = [];
  const duplicates: number[] = [];
  for (const e of events) {
    if (seen.has(e.event.eventId)) duplicates.push(e.index);
    else {
      seen.add(e.event.eventId);
      unique.push(e);
    }
  }
  const stored = new Set<string>();
  for (const part of chunk(unique, rowsPerStatement(5))) {
    const rows = yield* sql<{ eventId: string }>(
      `INSERT INTO events ("eventId", "kind", "occurredAt", "receivedAt", "payload") VALUES ${valuesList(part.length, 5)} ON CONFLICT ("eventId") DO NOTHING RETURNING "eventId"`,
      part.flatMap((e) => [e.event.eventId, e.event.kind, e.at, receivedAt, JSON.stringify(e.event)]),
    );
    for (const row of rows) stored.add(row.eventId);
  }
  const accepted = unique.filter((e) => stored.has(e.event.eventId));
  for (const e of unique) if (!stored.has(e.event.eventId)) duplicates.push(e.index);
  const changes = yield* applyEvents(context, accepted);
  return { accepted: accepted.map((e) => e.index), duplicates, changes };
}
