import type { ClaimEvent } from '@servicefloor/contracts';
import {
  claimContributions,
  claimState,
  intervalStart,
  sortClaimEvents,
  type ClaimEventPoint,
} from '@servicefloor/metrics';
import {
  chunk,
  insertRows,
  sql,
  type ColumnType,
  type Dialect,
  type SqlProgram,
} from '../database/sql-program.js';
import type { TimedEvent } from './apply-contact-events.js';
import type { QueueDirectory } from './queue-info.js';
import type { ClaimRollupDeltas } from './rollup-deltas.js';

const CLAIM_COLUMNS: [string, ColumnType][] = [
  ['claimId', 'text'],
  ['queueId', 'integer'],
  ['events', 'text'],
  ['openedAt', 'bigint'],
  ['settledAt', 'bigint'],
  ['rejectedAt', 'bigint'],
  ['reopenedAt', 'bigint'],
  ['reopenedCount', 'integer'],
  ['closedAt', 'bigint'],
  ['agentId', 'text'],
  ['amount', 'double precision'],
];

type Stored = { queueId: number; points: ClaimEventPoint[] };

/**
 * Adds claim events to their claims (each claim keeps all its events, so any arrival order folds
 * the same) and turns the change of each claim's contributions into claim-desk roll-up deltas.
 */
export function* applyClaimEvents(
  dialect: Dialect,
  events: TimedEvent<ClaimEvent>[],
  queues: QueueDirectory,
  deltas: ClaimRollupDeltas,
): SqlProgram<void> {
  if (events.length === 0) return;
  const ids = [...new Set(events.map((e) => e.event.claimId))];
  const before = new Map<string, Stored>();
  for (const part of chunk(ids, 500)) {
    const rows = yield* sql<{ claimId: string; queueId: unknown; events: string }>(
      `SELECT "claimId", "queueId", "events" FROM claims WHERE "claimId" IN (${part.map(() => '?').join(', ')})`,
      part,
    );
    for (const row of rows) {
      const points = (
        JSON.parse(row.events) as [number, ClaimEventPoint['type'], string, string | null, number | null][]
      ).map(([at, type, eventId, agentId, amount]) => ({ at, type, eventId, agentId, amount }));
      before.set(row.claimId, { queueId: Number(row.queueId), points });
    }
  }
  const after = new Map<string, Stored>();
  for (const { event, at } of events) {
    const current = after.get(event.claimId) ??
      before.get(event.claimId) ?? { queueId: queues.byName.get(event.queue)!.id, points: [] };
    const point: ClaimEventPoint = {
      at,
      type: event.type,
      eventId: event.eventId,
      agentId: event.agentId ?? null,
      amount: event.amount ?? null,
    };
    after.set(event.claimId, {
      queueId: event.type === 'OPENED' ? queues.byName.get(event.queue)!.id : current.queueId,
      points: [...current.points, point],
    });
  }
  for (const [claimId, next] of after) {
    const previous = before.get(claimId);
    if (previous) addContributions(previous, queues, deltas, -1);
    addContributions(next, queues, deltas, 1);
  }
  yield* insertRows(
    dialect,
    'claims',
    CLAIM_COLUMNS,
    [...after].map(([claimId, claim]) => {
      const points = sortClaimEvents(claim.points);
      const s = claimState(points);
      const events = JSON.stringify(
        points.map((p) => [p.at, p.type, p.eventId, p.agentId ?? null, p.amount ?? null]),
      );
      return [
        claimId,
        claim.queueId,
        events,
        s.openedAt,
        s.settledAt,
        s.rejectedAt,
        s.reopenedAt,
        s.reopenedCount,
        s.closedAt,
        s.agentId,
        s.amount,
      ];
    }),
    `ON CONFLICT ("claimId") DO UPDATE SET ${CLAIM_COLUMNS.slice(1)
      .map(([c]) => `"${c}" = excluded."${c}"`)
      .join(', ')}`,
  );
}

function addContributions(
  claim: Stored,
  queues: QueueDirectory,
  deltas: ClaimRollupDeltas,
  sign: 1 | -1,
): void {
  const queue = queues.byId.get(claim.queueId);
  if (!queue) return;
  for (const c of claimContributions(claim.points, queue.settings.claimSlaHours))
    deltas.add(queue.id, intervalStart(c.atMs), queue.timeZone, { ...c.counters }, sign);
}
