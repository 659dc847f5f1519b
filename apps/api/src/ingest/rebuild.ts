import type { WireEvent } from '@servicefloor/contracts';
import { sql, type Dialect, type SqlProgram } from '../database/sql-program.js';
import { applyEvents } from './apply-events.js';
import type { QueueDirectory } from './queue-info.js';

/** Tables derived from the stored events; `rebuild` empties and recomputes them. */
export const DERIVED_TABLES = ['contacts', 'queue_interval_stats', 'queue_day_stats'] as const;

const PAGE = 5000;

/**
 * Recomputes every derived table from the stored events, in one transaction, through the same
 * applyEvents as live ingestion. Because folding and roll-ups do not depend on arrival order, the
 * result equals what incremental ingestion produced (a test holds this).
 */
export function* rebuildDerived(dialect: Dialect, queues: QueueDirectory): SqlProgram<{ events: number }> {
  for (const table of DERIVED_TABLES) yield* sql(`DELETE FROM ${table}`);
  let after = '';
  let events = 0;
  for (;;) {
    const rows = yield* sql<{ eventId: string; occurredAt: unknown; payload: string }>(
      `SELECT "eventId", "occurredAt", "payload" FROM events WHERE "eventId" > ? ORDER BY "eventId" LIMIT ${PAGE}`,
      [after],
    );
    if (rows.length === 0) break;
    yield* applyEvents(
      dialect,
      rows.map((r) => ({ event: JSON.parse(r.payload) as WireEvent, at: Number(r.occurredAt) })),
      queues,
    );
    after = rows[rows.length - 1].eventId;
    events += rows.length;
  }
  return { events };
}
