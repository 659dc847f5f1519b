import type { WireEvent } from '@servicefloor/contracts';
import { sql, type SqlProgram } from '../database/sql-program.js';
import { applyEvents, type ApplyContext } from './apply-events.js';

/** Tables derived from the stored events; `rebuild` empties and recomputes them. */
export const DERIVED_TABLES = [
  'contacts',
  'queue_interval_stats',
  'queue_day_stats',
  'agent_states',
  'agent_last_states',
  'agent_interval_stats',
  'agent_day_stats',
  'quality_evaluations',
  'claims',
  'claim_day_stats',
] as const;

const PAGE = 5000;

/**
 * Recomputes every derived table from the stored events, in one transaction, through the same
 * applyEvents as live ingestion. Because folding and roll-ups do not depend on arrival order, the
 * result equals what incremental ingestion produced (a test holds this).
 */
export function* rebuildDerived(context: ApplyContext): SqlProgram<{ events: number }> {
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
      context,
      rows.map((r) => ({ event: JSON.parse(r.payload) as WireEvent, at: Number(r.occurredAt) })),
    );
    after = rows[rows.length - 1].eventId;
    events += rows.length;
  }
  return { events };
}
