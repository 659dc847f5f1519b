import type { WireEvent } from '@servicefloor/contracts';
import { insertIfNew, type ColumnType, type SqlProgram } from '../database/sql-program.js';
import type { TimedEvent } from './apply-contact-events.js';
import { applyEvents, type AppliedChanges, type ApplyContext } from './apply-events.js';

const EVENT_COLUMNS: [string, ColumnType][] = [
  ['eventId', 'text'],
  ['kind', 'text'],
  ['occurredAt', 'bigint'],
  ['receivedAt', 'bigint'],
  ['payload', 'text'],
];

export interface ValidEvent extends TimedEvent<WireEvent> {
  /** Position in the request, for the per-event result. */
  index: number;
  /** The event as stored (JSON), made while validating: off the SQLite writer thread. */
  payload: string;
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
  const inserted = yield* insertIfNew(
    context.dialect,
    'events',
    EVENT_COLUMNS,
    unique.map((e) => [e.event.eventId, e.event.kind, e.at, receivedAt, e.payload]),
    'eventId',
  );
  const accepted: ValidEvent[] = [];
  unique.forEach((e, i) => (inserted[i] ? accepted.push(e) : duplicates.push(e.index)));
  const changes = yield* applyEvents(context, accepted);
  return { accepted: accepted.map((e) => e.index), duplicates, changes };
}
