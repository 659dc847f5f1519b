import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AGENT_STATES, type AgentState } from '@servicefloor/contracts';
import type { PubSubEngine } from 'graphql-subscriptions';
import { Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { numberedPlaceholders, sql } from '../database/sql-program.js';
import { SqlRunner } from '../database/sql-runner.service.js';
import { liveChannel } from '../live/live-channels.js';
import { PUB_SUB } from '../pubsub/pubsub.module.js';
import {
  agentStateLimits,
  alertKey,
  checkAgentAlert,
  checkQueueAlerts,
  type AlertCheck,
  type AlertRule,
  type QueueAlertFigures,
} from './alert-rules.js';

/** An alert as stored (times epoch ms). */
export interface AlertRecord {
  id: number;
  rule: AlertRule;
  queueId: number | null;
  agentId: string | null;
  agentState: AgentState | null;
  raisedAt: number;
  clearedAt: number | null;
  value: number;
  threshold: number;
  clearedValue: number | null;
}

export interface AlertHistoryQuery {
  active?: boolean;
  queueIds?: number[];
  teamId?: number;
  rules?: AlertRule[];
  fromMs?: number;
  toMs?: number;
  limit: number;
}

/** The names an alert is shown with. */
export interface AlertNames {
  queue: string | null;
  agentName: string | null;
  teamId: number | null;
}

interface AlertMessage {
  alerts: AlertRecord[];
}

type Row = Record<string, unknown>;

/**
 * Raises and clears alerts (alert-rules.ts) and keeps their history in `alerts`. Every API instance
 * judges the live figures it holds; the unique `openKey` lets exactly one of them raise (or clear)
 * a given alert, and that one tells the others through the pub/sub (Redis with REDIS_URL), so all
 * instances push the same alerts to their subscribers.
 */
@Injectable()
export class AlertsService implements OnApplicationBootstrap, OnApplicationShutdown {
  /** Alerts raised or cleared (by any instance). */
  readonly changes$ = new Subject<AlertRecord[]>();
  private readonly logger = new Logger('AlertsService');
  private readonly active = new Map<string, AlertRecord>();
  private readonly inflight = new Set<string>();
  /** Ids cleared lately: a late "raised" message for them is ignored. */
  private readonly cleared = new Set<number>();
  private overrides = new Map<string, number | null>();
  private limits = agentStateLimits(new Map());
  private channel = '';
  private subscription: number | null = null;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: SqlRunner,
    @Inject(PUB_SUB) private readonly pubsub: PubSubEngine,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.channel = liveChannel(this.env, 'alerts');
    this.subscription = await this.pubsub.subscribe(
      this.channel,
      (message: AlertMessage) => this.receive(message),
      {},
    );
    await this.reload();
  }

  onApplicationShutdown(): void {
    if (this.subscription !== null) this.pubsub.unsubscribe(this.subscription);
    this.subscription = null;
  }

  /** Re-reads active alerts and state limits (start-up and periodic reconciliation). */
  async reload(): Promise<void> {
    const [rows, limitRows] = (await Promise.all([
      this.db.query(`SELECT * FROM alerts WHERE "openKey" IS NOT NULL`),
      this.db.query(`SELECT "state", "maxSeconds" FROM agent_state_alert_limits`),
    ])) as [Row[], Row[]];
    const fresh = new Map(rows.map((row) => [String(row.openKey), toRecord(row)]));
    const changed: AlertRecord[] = [];
    for (const [key, record] of fresh) if (this.active.get(key)?.id !== record.id) changed.push(record);
    for (const [key, record] of this.active) {
      if (!fresh.has(key) && !this.inflight.has(key)) {
        this.active.delete(key);
        changed.push({ ...record, clearedAt: record.clearedAt ?? Date.now() });
      }
    }
    for (const [key, record] of fresh) this.active.set(key, record);
    this.overrides = new Map(
      limitRows.map((r) => [String(r.state), r.maxSeconds == null ? null : Number(r.maxSeconds)]),
    );
    this.limits = agentStateLimits(this.overrides);
    if (changed.length > 0) this.changes$.next(changed);
  }

  /** Active alerts, oldest first. */
  activeAlerts(): AlertRecord[] {
    return [...this.active.values()].sort((a, b) => a.raisedAt - b.raisedAt || a.id - b.id);
  }

  /** Rules with an active alert on a queue. */
  activeRulesOfQueue(queueId: number): AlertRule[] {
    const rules: AlertRule[] = [];
    for (const rule of [
      'SERVICE_LEVEL_TODAY',
      'SERVICE_LEVEL_30_MIN',
      'QUEUE_DEPTH',
      'LONGEST_WAIT',
    ] as const) {
      if (this.active.has(alertKey(rule, queueId))) rules.push(rule);
    }
    return rules;
  }

  isAgentAlerted(agentId: string): boolean {
    return this.active.has(alertKey('AGENT_STATE_DURATION', agentId));
  }

  /** Judges a queue's rules; raises and clears as needed. */
  async judgeQueue(queueId: number, figures: QueueAlertFigures, now: number): Promise<void> {
    await Promise.all(
      checkQueueAlerts(figures).map((check) =>
        this.apply(alertKey(check.rule, queueId), check, { queueId, agentId: null, agentState: null }, now),
      ),
    );
  }

  /** Judges an agent's time in its state. */
  async judgeAgent(agentId: string, state: AgentState, secondsInState: number, now: number): Promise<void> {
    const key = alertKey('AGENT_STATE_DURATION', agentId);
    const activeFor = this.active.get(key)?.agentState ?? null;
    const check = checkAgentAlert(state, secondsInState, this.limits, activeFor);
    if (check.verdict === 'CLEAR' && !this.active.has(key)) return;
    await this.apply(key, check, { queueId: null, agentId, agentState: state }, now);
  }

  /** Every state's limit (stored override or default). */
  stateLimits(): { state: AgentState; maxSeconds: number | null; isDefault: boolean }[] {
    return AGENT_STATES.map((state) => ({
      state,
      maxSeconds: this.limits[state],
      isDefault: !this.overrides.has(state),
    }));
  }

  /** Stores a state's limit (null: no alert); `reset` goes back to the default. */
  async setStateLimit(state: AgentState, maxSeconds: number | null, reset: boolean): Promise<void> {
    await this.runner.run(function* () {
      if (reset) yield* sql(`DELETE FROM agent_state_alert_limits WHERE "state" = ?`, [state]);
      else
        yield* sql(
          `INSERT INTO agent_state_alert_limits ("state", "maxSeconds") VALUES (?, ?) ON CONFLICT ("state") DO UPDATE SET "maxSeconds" = excluded."maxSeconds"`,
          [state, maxSeconds],
        );
    });
    await this.reload();
  }

  /** Alert history, newest first, with names from the directory. */
  async history(query: AlertHistoryQuery): Promise<{ record: AlertRecord; names: AlertNames }[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (query.active === true) where.push(`al."openKey" IS NOT NULL`);
    if (query.active === false) where.push(`al."openKey" IS NULL`);
    if (query.queueIds?.length) {
      where.push(`al."queueId" IN (${query.queueIds.map(() => '?').join(', ')})`);
      params.push(...query.queueIds);
    }
    if (query.teamId !== undefined) {
      where.push(`a."teamId" = ?`);
      params.push(query.teamId);
    }
    if (query.rules?.length) {
      where.push(`al."rule" IN (${query.rules.map(() => '?').join(', ')})`);
      params.push(...query.rules);
    }
    if (query.fromMs !== undefined) {
      where.push(`al."raisedAt" >= ?`);
      params.push(query.fromMs);
    }
    if (query.toMs !== undefined) {
      where.push(`al."raisedAt" < ?`);
      params.push(query.toMs);
    }
    const text = `SELECT al.*, q."name" AS "queueName", a."name" AS "agentName", a."teamId" AS "teamId" FROM alerts al LEFT JOIN queues q ON q."id" = al."queueId" LEFT JOIN agents a ON a."agentId" = al."agentId"${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY al."raisedAt" DESC, al."id" DESC LIMIT ${query.limit}`;
    const rows = (await this.db.query(
      this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text,
      params,
    )) as Row[];
    return rows.map((row) => ({
      record: toRecord(row),
      names: {
        queue: row.queueName == null ? null : String(row.queueName),
        agentName: row.agentName == null ? null : String(row.agentName),
        teamId: row.teamId == null ? null : Number(row.teamId),
      },
    }));
  }

  private async apply(
    key: string,
    check: AlertCheck,
    subject: { queueId: number | null; agentId: string | null; agentState: AgentState | null },
    now: number,
  ): Promise<void> {
    if (this.inflight.has(key)) return;
    const open = this.active.get(key);
    if (check.verdict === 'BREACH' && !open) {
      this.inflight.add(key);
      try {
        await this.raise(key, check, subject, now);
      } catch (error) {
        this.logger.error(`raising ${key}: ${(error as Error).message}`);
      } finally {
        this.inflight.delete(key);
      }
    } else if (check.verdict === 'CLEAR' && open) {
      this.inflight.add(key);
      try {
        await this.clear(key, check.value, now);
      } catch (error) {
        this.logger.error(`clearing ${key}: ${(error as Error).message}`);
      } finally {
        this.inflight.delete(key);
      }
    }
  }

  private async raise(
    key: string,
    check: AlertCheck,
    subject: { queueId: number | null; agentId: string | null; agentState: AgentState | null },
    now: number,
  ): Promise<void> {
    const rows = await this.runner.run(function* () {
      return yield* sql<Row>(
        `INSERT INTO alerts ("rule", "queueId", "agentId", "agentState", "raisedAt", "value", "threshold", "openKey") VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT ("openKey") DO NOTHING RETURNING *`,
        [
          check.rule,
          subject.queueId,
          subject.agentId,
          subject.agentState,
          now,
          check.value ?? 0,
          check.threshold,
          key,
        ],
      );
    });
    if (rows.length > 0) {
      const record = toRecord(rows[0]);
      this.remember(key, record);
      await this.publish([record]);
      return;
    }
    // Another instance raised it first: take its record (its message follows).
    const existing = (await this.db.query(
      this.db.options.type === 'postgres'
        ? `SELECT * FROM alerts WHERE "openKey" = $1`
        : `SELECT * FROM alerts WHERE "openKey" = ?`,
      [key],
    )) as Row[];
    if (existing.length > 0) this.remember(key, toRecord(existing[0]));
  }

  private async clear(key: string, value: number | null, now: number): Promise<void> {
    const rows = updatedRows(
      await this.runner.run(function* () {
        return yield* sql<Row>(
          `UPDATE alerts SET "clearedAt" = ?, "clearedValue" = ?, "openKey" = NULL WHERE "openKey" = ? RETURNING *`,
          [now, value, key],
        );
      }),
    );
    const known = this.active.get(key);
    this.active.delete(key);
    if (rows.length > 0) {
      const record = toRecord(rows[0]);
      this.cleared.add(record.id);
      this.trimCleared();
      this.changes$.next([record]);
      await this.publish([record]);
    } else if (known) {
      // Another instance cleared it first (its message follows); stop showing it here now.
      this.changes$.next([{ ...known, clearedAt: now }]);
    }
  }

  private remember(key: string, record: AlertRecord): void {
    if (this.active.get(key)?.id === record.id || this.cleared.has(record.id)) return;
    this.active.set(key, record);
    this.changes$.next([record]);
  }

  private async publish(alerts: AlertRecord[]): Promise<void> {
    try {
      await this.pubsub.publish(this.channel, { alerts } satisfies AlertMessage);
    } catch (error) {
      this.logger.error(`publishing alerts: ${(error as Error).message}`);
    }
  }

  private receive(message: AlertMessage): void {
    const changed: AlertRecord[] = [];
    for (const record of message.alerts) {
      const key = alertKey(record.rule, record.queueId ?? record.agentId ?? '');
      if (record.clearedAt === null) {
        if (this.cleared.has(record.id) || this.active.get(key)?.id === record.id) continue;
        this.active.set(key, record);
        changed.push(record);
      } else {
        const wasKnown = this.cleared.has(record.id);
        this.cleared.add(record.id);
        if (this.active.get(key)?.id === record.id) this.active.delete(key);
        if (!wasKnown) changed.push(record);
      }
    }
    this.trimCleared();
    if (changed.length > 0) this.changes$.next(changed);
  }

  private trimCleared(): void {
    if (this.cleared.size <= 10_000) return;
    const keep = [...this.cleared].slice(-5_000);
    this.cleared.clear();
    for (const id of keep) this.cleared.add(id);
  }
}

/** TypeORM answers UPDATE … RETURNING on PostgreSQL as [rows, count]; SQLite gives the rows. */
function updatedRows(result: unknown[]): Row[] {
  if (result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as Row[];
  return result as Row[];
}

function toRecord(row: Row): AlertRecord {
  return {
    id: Number(row.id),
    rule: row.rule as AlertRule,
    queueId: row.queueId == null ? null : Number(row.queueId),
    agentId: row.agentId == null ? null : String(row.agentId),
    agentState: row.agentState == null ? null : (row.agentState as AgentState),
    raisedAt: Number(row.raisedAt),
    clearedAt: row.clearedAt == null ? null : Number(row.clearedAt),
    value: Number(row.value),
    threshold: Number(row.threshold),
    clearedValue: row.clearedValue == null ? null : Number(row.clearedValue),
  };
}
