import {
  addContactCounters,
  CONTACT_COUNTER_KEYS,
  emptyContactCounters,
  periodStart,
  subtractContactCounters,
  type ContactCounters,
} from '@servicefloor/metrics';
import {
  chunk,
  greatest,
  rowsPerStatement,
  sql,
  valuesList,
  type Dialect,
  type SqlProgram,
} from '../database/sql-program.js';

/**
 * Changes to apply to the queue roll-ups (per interval and per site-local day), gathered over a
 * batch so that each touched row is written once.
 */
export class QueueRollupDeltas {
  private readonly intervals = new Map<
    string,
    { queueId: number; start: number; counters: ContactCounters }
  >();
  private readonly days = new Map<string, { queueId: number; start: number; counters: ContactCounters }>();
  /** Rows whose maxWait may have shrunk: recomputed from the contacts after the deltas. */
  private readonly maxRecompute = new Map<
    string,
    { table: 'interval' | 'day'; queueId: number; start: number; end: number }
  >();
  private readonly dayStarts = new Map<string, number>();
  readonly touchedQueues = new Set<number>();

  /** Adds (sign +1) or takes back (sign −1) one contribution of a queue's interval. */
  add(
    queueId: number,
    intervalStart: number,
    timeZone: string,
    counters: ContactCounters,
    sign: 1 | -1,
  ): void {
    this.touchedQueues.add(queueId);
    const dayStart = this.dayStart(intervalStart, timeZone);
    this.accumulate(this.intervals, queueId, intervalStart, counters, sign);
    this.accumulate(this.days, queueId, dayStart, counters, sign);
    if (sign === -1 && counters.maxWait > 0) {
      this.maxRecompute.set(`i:${queueId}:${intervalStart}`, {
        table: 'interval',
        queueId,
        start: intervalStart,
        end: intervalStart + 900_000,
      });
      const dayEnd = periodStart(dayStart + 36 * 3_600_000, 'DAY', timeZone);
      this.maxRecompute.set(`d:${queueId}:${dayStart}`, {
        table: 'day',
        queueId,
        start: dayStart,
        end: dayEnd,
      });
    }
  }

  /** Writes every delta as upserts, then recomputes the maxima that may have shrunk. */
  *write(dialect: Dialect): SqlProgram<void> {
    yield* upsertDeltas(dialect, 'queue_interval_stats', 'intervalStart', [...this.intervals.values()]);
    yield* upsertDeltas(dialect, 'queue_day_stats', 'dayStart', [...this.days.values()]);
    for (const row of this.maxRecompute.values()) {
      const table = row.table === 'interval' ? 'queue_interval_stats' : 'queue_day_stats';
      const key = row.table === 'interval' ? 'intervalStart' : 'dayStart';
      const ended = `COALESCE("answeredAt", "abandonedAt", "flowedOutAt")`;
      yield* sql(
        `UPDATE ${table} SET "maxWait" = COALESCE((SELECT MAX(${greatest(dialect, `${ended} - "offeredAt"`, '0')}) FROM contacts WHERE "queueId" = ? AND "offeredAt" >= ? AND "offeredAt" < ? AND ${ended} IS NOT NULL), 0) WHERE "queueId" = ? AND "${key}" = ?`,
        [row.queueId, row.start, row.end, row.queueId, row.start],
      );
    }
  }

  private dayStart(intervalStart: number, timeZone: string): number {
    const key = `${timeZone}|${intervalStart}`;
    let start = this.dayStarts.get(key);
    if (start === undefined) {
      start = periodStart(intervalStart, 'DAY', timeZone);
      this.dayStarts.set(key, start);
    }
    return start;
  }

  private accumulate(
    map: Map<string, { queueId: number; start: number; counters: ContactCounters }>,
    queueId: number,
    start: number,
    counters: ContactCounters,
    sign: 1 | -1,
  ): void {
    const key = `${queueId}:${start}`;
    const entry = map.get(key) ?? { queueId, start, counters: emptyContactCounters() };
    entry.counters =
      sign === 1
        ? addContactCounters(entry.counters, counters)
        : subtractContactCounters(entry.counters, counters);
    map.set(key, entry);
  }
}

const COUNTER_COLUMNS = ['maxWait', ...CONTACT_COUNTER_KEYS] as const;

function* upsertDeltas(
  dialect: Dialect,
  table: string,
  keyColumn: string,
  rows: { queueId: number; start: number; counters: ContactCounters }[],
): SqlProgram<void> {
  const changed = rows
    .filter((r) => COUNTER_COLUMNS.some((c) => r.counters[c] !== 0))
    .sort((a, b) => a.queueId - b.queueId || a.start - b.start);
  const columns = ['queueId', keyColumn, ...COUNTER_COLUMNS];
  const quoted = columns.map((c) => `"${c}"`);
  const updates = [
    `"maxWait" = ${greatest(dialect, `${table}."maxWait"`, 'excluded."maxWait"')}`,
    ...CONTACT_COUNTER_KEYS.map((c) => `"${c}" = ${table}."${c}" + excluded."${c}"`),
  ].join(', ');
  for (const part of chunk(changed, rowsPerStatement(columns.length))) {
    const params = part.flatMap((r) => [
      r.queueId,
      r.start,
      ...COUNTER_COLUMNS.map((c) => Math.max(c === 'maxWait' ? 0 : -Infinity, r.counters[c])),
    ]);
    yield* sql(
      `INSERT INTO ${table} (${quoted.join(', ')}) VALUES ${valuesList(part.length, columns.length)} ON CONFLICT ("queueId", "${keyColumn}") DO UPDATE SET ${updates}`,
      params,
    );
  }
}
