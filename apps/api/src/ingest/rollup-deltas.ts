import {
  AGENT_COUNTER_KEYS,
  CONTACT_COUNTER_KEYS,
  periodStart,
  type AgentCounters,
  type ClaimCounters,
  type ContactCounters,
} from '@servicefloor/metrics';
import { CLAIM_COUNTER_KEYS } from './entities/claim-stats.entity.js';
import {
  greatest,
  insertRows,
  sql,
  type ColumnType,
  type Dialect,
  type SqlProgram,
} from '../database/sql-program.js';

type Counters = Record<string, number>;

/** Where one kind of roll-up lives: its two tables (interval, local day), key column and counters. */
interface RollupTarget {
  /** null: this roll-up is kept per day only. */
  intervalTable: string | null;
  dayTable: string;
  idColumn: string;
  keys: readonly string[];
  /** Queue roll-ups also keep maxWait, which combines by max and may need recomputing. */
  maxWait: boolean;
  idType: ColumnType;
  counterType: ColumnType;
}

const QUEUE_TARGET: RollupTarget = {
  intervalTable: 'queue_interval_stats',
  dayTable: 'queue_day_stats',
  idColumn: 'queueId',
  keys: CONTACT_COUNTER_KEYS,
  maxWait: true,
  idType: 'integer',
  counterType: 'bigint',
};

const AGENT_TARGET: RollupTarget = {
  intervalTable: 'agent_interval_stats',
  dayTable: 'agent_day_stats',
  idColumn: 'agentId',
  keys: AGENT_COUNTER_KEYS,
  maxWait: false,
  idType: 'text',
  counterType: 'double precision',
};

/** One roll-up row's change: values[0] is maxWait, values[1 + i] the counter target.keys[i]. */
interface Delta {
  id: number | string;
  start: number;
  values: Float64Array;
}

/**
 * Changes to apply to one kind of roll-up (per 15-minute interval and per site-local day),
 * gathered over a batch so that each touched row is written once, in key order.
 */
class RollupDeltas<C extends Counters> {
  // Keyed id → start (no key strings: building and hashing one per contribution was most of the cost).
  private readonly intervals = new Map<number | string, Map<number, Delta>>();
  private readonly days = new Map<number | string, Map<number, Delta>>();
  private readonly dayStarts = new Map<string, Map<number, number>>();
  readonly touched = new Set<number | string>();

  constructor(private readonly target: RollupTarget) {}

  /** Adds (sign +1) or takes back (sign −1) one contribution to an interval of `id`. */
  add(id: number | string, intervalStart: number, timeZone: string, counters: C, sign: 1 | -1): void {
    this.touched.add(id);
    this.accumulate(this.intervals, id, intervalStart, counters, sign);
    this.accumulate(this.days, id, this.dayStart(intervalStart, timeZone), counters, sign);
  }

  *write(dialect: Dialect): SqlProgram<void> {
    if (this.target.intervalTable) {
      yield* upsertDeltas(dialect, this.target, this.target.intervalTable, 'intervalStart', [
        ...deltasOf(this.intervals),
      ]);
    }
    yield* upsertDeltas(dialect, this.target, this.target.dayTable, 'dayStart', [...deltasOf(this.days)]);
  }

  /** The earliest local day with a change in this batch (null: none). */
  earliestDay(): number | null {
    let earliest: number | null = null;
    for (const ofId of this.days.values())
      for (const start of ofId.keys()) if (earliest === null || start < earliest) earliest = start;
    return earliest;
  }

  /** The batch's change of one interval row (after add has touched it). */
  protected intervalDelta(id: number | string, start: number): Delta {
    return this.intervals.get(id)!.get(start)!;
  }

  /** The batch's change of one day row (after add has touched it). */
  protected dayDelta(id: number | string, start: number): Delta {
    return this.days.get(id)!.get(start)!;
  }

  protected dayStart(intervalStart: number, timeZone: string): number {
    let ofZone = this.dayStarts.get(timeZone);
    if (!ofZone) this.dayStarts.set(timeZone, (ofZone = new Map()));
    let start = ofZone.get(intervalStart);
    if (start === undefined) {
      start = periodStart(intervalStart, 'DAY', timeZone);
      ofZone.set(intervalStart, start);
    }
    return start;
  }

  private accumulate(
    map: Map<number | string, Map<number, Delta>>,
    id: number | string,
    start: number,
    counters: C,
    sign: 1 | -1,
  ): void {
    let ofId = map.get(id);
    if (!ofId) map.set(id, (ofId = new Map()));
    let entry = ofId.get(start);
    if (!entry) {
      entry = { id, start, values: new Float64Array(this.target.keys.length + 1) };
      ofId.set(start, entry);
    }
    // Typed arrays and an indexed loop: this runs for every contribution of every event, and a
    // counters object keyed by name per row was a fifth of a bulk load's time.
    const { keys } = this.target;
    const values = entry.values;
    for (let i = 0; i < keys.length; i++) {
      const value = counters[keys[i]];
      if (value !== 0) values[i + 1] += sign * value;
    }
    if (this.target.maxWait && sign === 1) values[0] = Math.max(values[0], counters.maxWait);
  }
}

function* deltasOf(map: Map<number | string, Map<number, Delta>>): Iterable<Delta> {
  for (const ofId of map.values()) yield* ofId.values();
}

const CLAIM_TARGET: RollupTarget = {
  intervalTable: null,
  dayTable: 'claim_day_stats',
  idColumn: 'queueId',
  keys: CLAIM_COUNTER_KEYS,
  maxWait: false,
  idType: 'integer',
  counterType: 'bigint',
};

/** Claim-desk roll-ups per queue and local day (claims live for days; intervals would be noise). */
export class ClaimRollupDeltas extends RollupDeltas<ClaimCounters & Counters> {
  constructor() {
    super(CLAIM_TARGET);
  }
}

/** Agent roll-ups: time by state, handled contacts, QA and training per agent. */
export class AgentRollupDeltas extends RollupDeltas<AgentCounters> {
  constructor() {
    super(AGENT_TARGET);
  }
}

/** A queue roll-up row whose maxWait may have been taken back in this batch. */
interface MaxWaitTakeBack {
  table: string;
  key: string;
  queueId: number;
  start: number;
  end: number;
  /** The longest wait taken back from this row in the batch. */
  removed: number;
  /** This row's changes in the batch (values[0]: the longest wait added). */
  delta: Delta;
}

/**
 * Queue roll-ups. Taking back a contribution that may have held an interval's (or day's) longest
 * wait marks that row for recomputing maxWait from its contacts, since a max cannot be un-taken —
 * unless the batch adds a wait at least as long to the row (a contact that moves on from ANSWERED
 * to COMPLETED keeps its wait): then the stored max combined with the added one is exact.
 */
export class QueueRollupDeltas extends RollupDeltas<ContactCounters> {
  private readonly maxRecompute = new Map<string, MaxWaitTakeBack>();

  constructor() {
    super(QUEUE_TARGET);
  }

  override add(
    queueId: number,
    intervalStart: number,
    timeZone: string,
    counters: ContactCounters,
    sign: 1 | -1,
  ): void {
    super.add(queueId, intervalStart, timeZone, counters, sign);
    if (sign === -1 && counters.maxWait > 0) {
      const dayStart = this.dayStart(intervalStart, timeZone);
      this.takeBackMaxWait(`i|${queueId}|${intervalStart}`, counters.maxWait, () => ({
        table: 'queue_interval_stats',
        key: 'intervalStart',
        queueId,
        start: intervalStart,
        end: intervalStart + 900_000,
        delta: this.intervalDelta(queueId, intervalStart),
      }));
      this.takeBackMaxWait(`d|${queueId}|${dayStart}`, counters.maxWait, () => ({
        table: QUEUE_TARGET.dayTable,
        key: 'dayStart',
        queueId,
        start: dayStart,
        end: periodStart(dayStart + 36 * 3_600_000, 'DAY', timeZone),
        delta: this.dayDelta(queueId, dayStart),
      }));
    }
  }

  override *write(dialect: Dialect): SqlProgram<void> {
    yield* super.write(dialect);
    const ended = `COALESCE("answeredAt", "abandonedAt", "flowedOutAt")`;
    for (const row of this.maxRecompute.values()) {
      if (row.delta.values[0] >= row.removed) continue;
      yield* sql(
        `UPDATE ${row.table} SET "maxWait" = COALESCE((SELECT MAX(${greatest(dialect, `${ended} - "offeredAt"`, '0')}) FROM contacts WHERE "queueId" = ? AND "offeredAt" >= ? AND "offeredAt" < ? AND ${ended} IS NOT NULL), 0) WHERE "queueId" = ? AND "${row.key}" = ?`,
        [row.queueId, row.start, row.end, row.queueId, row.start],
      );
    }
  }

  private takeBackMaxWait(key: string, wait: number, row: () => Omit<MaxWaitTakeBack, 'removed'>): void {
    const known = this.maxRecompute.get(key);
    if (known) known.removed = Math.max(known.removed, wait);
    else this.maxRecompute.set(key, { ...row(), removed: wait });
  }
}

function* upsertDeltas(
  dialect: Dialect,
  target: RollupTarget,
  table: string,
  keyColumn: string,
  rows: Delta[],
): SqlProgram<void> {
  const counterColumns = target.maxWait ? ['maxWait', ...target.keys] : [...target.keys];
  const firstValue = target.maxWait ? 0 : 1;
  const changed = rows
    .filter((r) => r.values.some((v) => v !== 0))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.start - b.start));
  const columns: [string, ColumnType][] = [
    [target.idColumn, target.idType],
    [keyColumn, 'bigint'],
    ...counterColumns.map((c): [string, ColumnType] => [c, target.counterType]),
  ];
  const updates = counterColumns
    .map((c) =>
      c === 'maxWait'
        ? `"maxWait" = ${greatest(dialect, `${table}."maxWait"`, 'excluded."maxWait"')}`
        : `"${c}" = ${table}."${c}" + excluded."${c}"`,
    )
    .join(', ');
  yield* insertRows(
    dialect,
    table,
    columns,
    changed.map((r) => [r.id, r.start, ...r.values.subarray(firstValue)]),
    `ON CONFLICT ("${target.idColumn}", "${keyColumn}") DO UPDATE SET ${updates}`,
  );
}
