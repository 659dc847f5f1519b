import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgentState, ContactEvent, SurveyEvent } from '@servicefloor/contracts';
import {
  CONTACT_COUNTER_KEYS,
  emptyContactCounters,
  nextPeriodStart,
  periodStart,
  type ContactCounters,
} from '@servicefloor/metrics';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Subject, type Subscription } from 'rxjs';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { numberedPlaceholders } from '../database/sql-program.js';
import { contactFromRow } from '../ingest/contact-rows.js';
import { IngestService, type IngestChanges } from '../ingest/ingest.service.js';
import { formatInZone } from '../metrics/format-in-zone.js';
import { PUB_SUB } from '../pubsub/pubsub.module.js';
import { liveChannel } from './live-channels.js';
import { emptyDirectory, loadLiveDirectory, type LiveDirectory } from './live-directory.js';
import {
  emptyChangeSet,
  LIVE_HORIZON_MS,
  LiveModel,
  ROLLING_WINDOW_MS,
  BUCKET_MS,
  type LiveChangeSet,
} from './live-model.js';
import type { ClaimStats, TodayStats } from './live-views.js';

/** Directory re-read at least this often (and on an unknown queue name, at most once a second). */
export const DIRECTORY_MAX_AGE_MS = 10_000;
/** Today's counters re-read at least this often even without changes (imports from the CLI). */
export const TODAY_MAX_AGE_MS = 30_000;
/** The whole model is rebuilt from the database this often, healing anything a message missed. */
export const RECONCILE_MS = 5 * 60_000;

/**
 * One message of the live channel: a committed batch's events that move live figures, or a
 * request to rebuild (after `rebuild`). Sent by the instance that ingested, received by all
 * (itself included), so every instance folds the same events.
 */
interface LiveMessage {
  reload?: boolean;
  /** [event, occurredAt ms] of contact and survey events. */
  contacts?: [ContactEvent | SurveyEvent, number][];
  /** [agentId, at, eventId, state, reason]. */
  agents?: [string, number, string, AgentState, string | null][];
  /** Queues whose roll-ups changed (today's figures are re-read for them). */
  queueIds?: number[];
}

/**
 * The live state of the floor on this instance: the directory, the in-memory LiveModel and
 * today's counters per queue. Fed by IngestService.changes$ through the pub/sub, so with Redis
 * every instance receives every instance's batches; rebuilt from the database at start-up, on
 * request and every RECONCILE_MS. Emits `changed$` with what each message changed.
 */
@Injectable()
export class LiveStateService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly changed$ = new Subject<LiveChangeSet>();
  model = new LiveModel();
  directory: LiveDirectory = emptyDirectory();
  private readonly today = new Map<number, TodayStats>();
  private readonly claims = new Map<number, ClaimStats>();
  private readonly logger = new Logger('LiveStateService');
  private channel = '';
  private subscription: number | null = null;
  private ingestSubscription: Subscription | null = null;
  /** Messages received while a rebuild reads the database; applied after it. */
  private buffered: LiveMessage[] | null = null;
  private rebuilding: Promise<void> | null = null;
  private rebuildAgain = false;
  private directoryLoading: Promise<void> | null = null;
  private reconcileTimer: NodeJS.Timeout | null = null;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly db: DataSource,
    private readonly ingest: IngestService,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.channel = liveChannel(this.env, 'changes');
    this.subscription = await this.pubsub.subscribe(
      this.channel,
      (message: LiveMessage) => this.receive(message),
      {},
    );
    this.ingestSubscription = this.ingest.changes$.subscribe((changes) => void this.publish(changes));
    await this.rebuild();
    this.reconcileTimer = setInterval(() => void this.rebuild(), RECONCILE_MS);
    this.reconcileTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.reconcileTimer) clearInterval(this.reconcileTimer);
    this.ingestSubscription?.unsubscribe();
    if (this.subscription !== null) this.pubsub.unsubscribe(this.subscription);
    this.subscription = null;
  }

  /** Today's counters of a queue, as last read. */
  todayOf(queueId: number): TodayStats | undefined {
    return this.today.get(queueId);
  }

  /** A claim desk's open claims and today's claim counters, as last read. */
  claimsOf(queueId: number): ClaimStats | undefined {
    return this.claims.get(queueId);
  }

  /** The local date of `now` in a zone (for a queue whose today is not read yet). */
  dateIn(timeZone: string, now: number): string {
    return formatInZone(now, timeZone, 'date');
  }

  /** Re-reads the directory when older than `maxAgeMs`; marks everything changed when it differs. */
  async refreshDirectory(maxAgeMs = DIRECTORY_MAX_AGE_MS): Promise<void> {
    if (Date.now() - this.directory.loadedAt < maxAgeMs) return;
    if (!this.directoryLoading) {
      this.directoryLoading = (async () => {
        try {
          const fresh = await loadLiveDirectory(this.db, Date.now());
          const changed = directoryKey(fresh) !== directoryKey(this.directory);
          this.directory = fresh;
          if (changed) {
            const missing = [...fresh.queues.keys()].filter((id) => !this.today.has(id));
            if (missing.length > 0) await this.refreshToday(missing, Date.now());
            this.changed$.next(this.everything());
          }
        } finally {
          this.directoryLoading = null;
        }
      })();
    }
    await this.directoryLoading;
  }

  /** Queues whose today is from another day or older than TODAY_MAX_AGE_MS. */
  staleToday(now: number): number[] {
    return [...this.directory.queues.keys()].filter((id) => {
      const today = this.today.get(id);
      return !today || now >= today.dayEnd || now - today.readAt > TODAY_MAX_AGE_MS;
    });
  }

  /**
   * Re-reads today's counters of the given queues: the sum of their queue_interval_stats rows
   * since local midnight in each site's zone (one query per zone).
   */
  async refreshToday(queueIds: number[], now: number): Promise<void> {
    const byZone = new Map<string, number[]>();
    for (const id of queueIds) {
      const queue = this.directory.queues.get(id);
      if (!queue) continue;
      byZone.set(queue.timeZone, [...(byZone.get(queue.timeZone) ?? []), id]);
    }
    await Promise.all(
      [...byZone].map(async ([zone, ids]) => {
        const dayStart = periodStart(now, 'DAY', zone);
        const dayEnd = nextPeriodStart(dayStart, 'DAY', zone);
        const sums = CONTACT_COUNTER_KEYS.map((k) => `SUM("${k}") AS "${k}"`).join(', ');
        const text = `SELECT "queueId", ${sums}, MAX("maxWait") AS "maxWait" FROM queue_interval_stats WHERE "queueId" IN (${ids.map(() => '?').join(', ')}) AND "intervalStart" >= ? AND "intervalStart" < ? GROUP BY "queueId"`;
        const rows = (await this.db.query(this.sql(text), [...ids, dayStart, dayEnd])) as Record<
          string,
          unknown
        >[];
        const found = new Map(rows.map((row) => [Number(row.queueId), countersOf(row)]));
        const date = formatInZone(dayStart, zone, 'date');
        const claimDesks = ids.filter((id) => this.directory.queues.get(id)?.channel === 'CLAIM_DESK');
        if (claimDesks.length > 0) await this.readClaims(claimDesks, dayStart);
        for (const id of ids) {
          this.today.set(id, {
            dayStart,
            dayEnd,
            date,
            counters: found.get(id) ?? emptyContactCounters(),
            readAt: now,
          });
        }
      }),
    );
  }

  /**
   * Claim desks: open claims (first opened, not closed since) with the oldest, and today's
   * claim_day_stats row (opened, settled, settled within the SLA).
   */
  private async readClaims(queueIds: number[], dayStart: number): Promise<void> {
    const list = queueIds.map(() => '?').join(', ');
    const [open, day] = (await Promise.all([
      this.db.query(
        this.sql(
          `SELECT "queueId", COUNT(*) AS "backlog", MIN("openedAt") AS "oldest" FROM claims WHERE "queueId" IN (${list}) AND "openedAt" IS NOT NULL AND "closedAt" IS NULL GROUP BY "queueId"`,
        ),
        queueIds,
      ),
      this.db.query(
        this.sql(
          `SELECT "queueId", "opened", "settled", "settledWithinSla" FROM claim_day_stats WHERE "queueId" IN (${list}) AND "dayStart" = ?`,
        ),
        [...queueIds, dayStart],
      ),
    ])) as [Record<string, unknown>[], Record<string, unknown>[]];
    const openBy = new Map(open.map((r) => [Number(r.queueId), r]));
    const dayBy = new Map(day.map((r) => [Number(r.queueId), r]));
    for (const id of queueIds) {
      const o = openBy.get(id);
      const d = dayBy.get(id);
      this.claims.set(id, {
        backlog: Number(o?.backlog ?? 0),
        oldestOpenedAt: o?.oldest == null ? null : Number(o.oldest),
        opened: Number(d?.opened ?? 0),
        settled: Number(d?.settled ?? 0),
        settledWithinSla: Number(d?.settledWithinSla ?? 0),
      });
    }
  }

  /** Forgets ended and stale contacts; returns what that changed. */
  prune(now: number): LiveChangeSet {
    return this.model.prune(now);
  }

  /** Every queue and agent (after a rebuild or a directory change). */
  everything(): LiveChangeSet {
    return {
      queueIds: new Set(this.directory.queues.keys()),
      agentIds: new Set(this.directory.agents.keys()),
    };
  }

  /**
   * Rebuilds the model from the database: the directory, every agent's last state, and per queue
   * the contacts that matter now (offered within LIVE_HORIZON_MS and waiting, with an agent, or
   * offered within the rolling window), and today's counters. Messages arriving meanwhile are
   * applied afterwards (folding is idempotent for what live figures use).
   */
  rebuild(): Promise<void> {
    if (this.rebuilding) {
      this.rebuildAgain = true;
      return this.rebuilding;
    }
    this.rebuilding = (async () => {
      this.buffered = [];
      try {
        const now = Date.now();
        const directory = await loadLiveDirectory(this.db, now);
        const model = new LiveModel();
        const states = (await this.db.query(
          `SELECT "agentId", "at", "eventId", "state", "reason" FROM agent_last_states`,
        )) as Record<string, unknown>[];
        for (const row of states) {
          model.applyAgentState(String(row.agentId), {
            at: Number(row.at),
            eventId: String(row.eventId),
            state: row.state as AgentState,
            reason: row.reason == null ? null : String(row.reason),
          });
        }
        const windowFrom = Math.floor((now - ROLLING_WINDOW_MS) / BUCKET_MS) * BUCKET_MS;
        for (const queue of directory.queues.values()) {
          const rows = (await this.db.query(
            this.sql(
              `SELECT * FROM contacts WHERE "queueId" = ? AND "offeredAt" >= ? AND ("offeredAt" >= ? OR ("answeredAt" IS NULL AND "abandonedAt" IS NULL AND "flowedOutAt" IS NULL) OR ("answeredAt" IS NOT NULL AND "completedAt" IS NULL))`,
            ),
            [queue.id, now - LIVE_HORIZON_MS, windowFrom],
          )) as Record<string, unknown>[];
          for (const row of rows) {
            const stored = contactFromRow(row);
            stored.state.queue = queue.name;
            model.loadContact(stored.state, queue.id, directory, now);
          }
        }
        this.directory = directory;
        this.model = model;
        await this.refreshToday([...directory.queues.keys()], now);
      } catch (error) {
        this.logger.error(`rebuilding live state: ${(error as Error).message}`);
      } finally {
        const buffered = this.buffered ?? [];
        this.buffered = null;
        for (const message of buffered) this.apply(message);
        this.rebuilding = null;
      }
      this.changed$.next(this.everything());
      if (this.rebuildAgain) {
        this.rebuildAgain = false;
        await this.rebuild();
      }
    })();
    return this.rebuilding;
  }

  /** Turns a committed batch into a live message for every instance. */
  private async publish(changes: IngestChanges): Promise<void> {
    const message: LiveMessage = { queueIds: [...changes.queueIds] };
    if (!changes.events) message.reload = true;
    else {
      message.contacts = [];
      message.agents = [];
      for (const { event, at } of changes.events) {
        if (event.kind === 'contact' || event.kind === 'survey') message.contacts.push([event, at]);
        else if (event.kind === 'agentState')
          message.agents.push([event.agentId, at, event.eventId, event.state, event.reason ?? null]);
      }
    }
    try {
      await this.pubsub.publish(this.channel, message);
    } catch (error) {
      this.logger.error(`publishing live changes: ${(error as Error).message}`);
    }
  }

  private receive(message: LiveMessage): void {
    if (message.reload) {
      void this.rebuild();
      return;
    }
    if (this.buffered) {
      this.buffered.push(message);
      return;
    }
    // A queue created moments ago: read the directory first, so its contacts land in it
    // (folding does not depend on order, so later messages need not wait).
    const unknown = (message.contacts ?? []).some(
      ([e]) => e.kind === 'contact' && !this.directory.queuesByName.has(e.queue),
    );
    if (unknown && Date.now() - this.directory.loadedAt > 500) {
      void this.refreshDirectory(0)
        .catch((error: Error) => this.logger.error(`reading the directory: ${error.message}`))
        .then(() => this.apply(message));
      return;
    }
    this.apply(message);
  }

  private apply(message: LiveMessage): void {
    const now = Date.now();
    const changes = emptyChangeSet();
    for (const [event, at] of message.contacts ?? [])
      this.model.applyContactEvent(event, at, this.directory, now, changes);
    for (const [agentId, at, eventId, state, reason] of message.agents ?? []) {
      if (!this.model.applyAgentState(agentId, { at, eventId, state, reason })) continue;
      changes.agentIds.add(agentId);
      for (const queueId of this.directory.agents.get(agentId)?.queueIds ?? []) changes.queueIds.add(queueId);
    }
    for (const id of message.queueIds ?? []) changes.queueIds.add(id);
    this.changed$.next(changes);
  }

  private sql(text: string): string {
    return this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text;
  }
}

function countersOf(row: Record<string, unknown>): ContactCounters {
  const counters = { maxWait: Number(row.maxWait ?? 0) } as ContactCounters;
  for (const key of CONTACT_COUNTER_KEYS) counters[key] = Number(row[key] ?? 0);
  return counters;
}

/** What of the directory live figures depend on, to tell whether it changed. */
function directoryKey(directory: LiveDirectory): string {
  return JSON.stringify([
    [...directory.queues.values()],
    [...directory.agents.values()],
    [...directory.teams],
  ]);
}
