import type { ContactEvent, SurveyEvent, WireEvent } from '@servicefloor/contracts';
import type { Dialect, SqlProgram } from '../database/sql-program.js';
import { applyContactEvents, type TimedEvent } from './apply-contact-events.js';
import type { QueueDirectory } from './queue-info.js';
import { QueueRollupDeltas } from './rollup-deltas.js';

/** What a batch changed, for live updates. */
export interface AppliedChanges {
  queueIds: Set<number>;
}

/**
 * Applies accepted (new, validated) events to the derived state — contacts, timelines and roll-ups.
 * The one path for every door (GraphQL, NDJSON, CLI import, simulator) and for `rebuild`.
 */
export function* applyEvents(
  dialect: Dialect,
  events: TimedEvent<WireEvent>[],
  queues: QueueDirectory,
): SqlProgram<AppliedChanges> {
  const deltas = new QueueRollupDeltas();
  const contactEvents = events.filter(
    (e): e is TimedEvent<ContactEvent | SurveyEvent> =>
      e.event.kind === 'contact' || e.event.kind === 'survey',
  );
  yield* applyContactEvents(dialect, contactEvents, queues, deltas);
  yield* deltas.write(dialect);
  return { queueIds: deltas.touchedQueues };
}
