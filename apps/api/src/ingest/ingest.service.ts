import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { parseEvent, type FieldError, type WireEvent } from '@servicefloor/contracts';
import { Subject } from 'rxjs';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { SqlRunner } from '../database/sql-runner.service.js';
import { PrometheusService } from '../observability/prometheus.service.js';
import { pseudonymizeEvent } from '../privacy/customer-pseudonym.js';
import type { AppliedChanges, ApplyContext } from './apply-events.js';
import type { ValidEvent } from './ingest-batch.js';
import { applyContextOf, type IngestDirectory } from './ingest-directory.js';
import { IngestWriter } from './ingest-writer.js';
import type { EventResult } from './models/ingest.models.js';
import { rebuildDerived } from './rebuild.js';
import { queueDirectory, type QueueDirectory, type QueueInfo } from './queue-info.js';

/** What a committed batch changed (see IngestService.changes$). */
export interface IngestChanges extends AppliedChanges {
  events?: ValidEvent[];
}

/** Events per transaction: large enough to amortize, small enough to keep latency low. */
export const BATCH_SIZE = 1000;

/**
 * The ingestion pipeline: validate → de-duplicate → store and update state → apply roll-up
 * changes → publish → acknowledge. Every door (GraphQL, NDJSON, CLI, simulator) calls `ingest`.
 */
@Injectable()
export class IngestService {
  /**
   * Emits after each committed batch: which queues and agents changed, and the batch's accepted
   * events (live state folds them; absent after `rebuild`, which changes everything).
   */
  readonly changes$ = new Subject<IngestChanges>();
  private cached: { at: number; directory: IngestDirectory; context: ApplyContext } | null = null;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly db: DataSource,
    private readonly runner: SqlRunner,
    private readonly prometheus: PrometheusService,
    private readonly writer: IngestWriter,
  ) {}

  /**
   * Ingests raw events (parsed JSON, or an Error for a line that was not JSON); returns one result
   * per input, in order. `firstIndex` numbers the results when a stream is fed in batches.
   */
  async ingest(raw: readonly unknown[], firstIndex = 0): Promise<EventResult[]> {
    const results: EventResult[] = new Array(raw.length);
    const { directory, context } = await this.directory();
    const queues = context.queues;
    const now = Date.now();
    const valid: ValidEvent[] = [];
    raw.forEach((input, i) => {
      const index = firstIndex + i;
      if (input instanceof Error) {
        results[i] = rejected(index, null, [{ field: '(line)', reason: input.message }]);
        return;
      }
      const parsed = parseEvent(input, { now, maxFutureMs: this.env.EVENT_MAX_FUTURE_SECONDS * 1000 });
      if (!parsed.ok) {
        results[i] = rejected(index, parsed.eventId, parsed.errors);
        return;
      }
      // With CUSTOMER_ID_KEY, customer ids are pseudonymized before anything is stored.
      const event = pseudonymizeEvent(parsed.event, this.env.CUSTOMER_ID_KEY);
      const problems = referenceErrors(event, queues);
      if (problems.length > 0) {
        results[i] = rejected(index, event.eventId, problems);
        return;
      }
      valid.push({ index, event, at: parsed.at, payload: JSON.stringify(event) });
    });
    if (valid.length > 0) {
      const outcome = await this.writer.store(directory, context, valid, now);
      const byIndex = new Map(valid.map((v) => [v.index, v.event.eventId]));
      for (const index of outcome.accepted)
        results[index - firstIndex] = result(index, byIndex.get(index)!, 'ACCEPTED');
      for (const index of outcome.duplicates)
        results[index - firstIndex] = result(index, byIndex.get(index)!, 'DUPLICATE');
      const accepted = new Set(outcome.accepted);
      this.changes$.next({ ...outcome.changes, events: valid.filter((v) => accepted.has(v.index)) });
    }
    this.count(results);
    return results;
  }

  /** Recomputes contacts and roll-ups from the stored events (`servicefloor rebuild`). */
  async rebuild(): Promise<{ events: number }> {
    const { context } = await this.directory();
    const outcome = await this.runner.run(() => rebuildDerived(context));
    this.changes$.next({ queueIds: new Set(context.queues.byId.keys()), agentIds: new Set() });
    return outcome;
  }

  /**
   * The directory as the pipeline needs it, re-read at most once a second (a directory edit
   * reaches ingestion within a second; a batch never sees a half-edited directory).
   */
  private async directory(): Promise<{ directory: IngestDirectory; context: ApplyContext }> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < 1000) return this.cached;
    const [queues, agentRows, firstSite] = await Promise.all([
      this.queueInfos(),
      this.db.query(
        `SELECT a."agentId", s."timeZone" FROM agents a JOIN teams t ON t."id" = a."teamId" JOIN sites s ON s."id" = t."siteId"`,
      ) as Promise<{ agentId: string; timeZone: string }[]>,
      this.db.query(`SELECT "timeZone" FROM sites ORDER BY "id" LIMIT 1`) as Promise<{ timeZone: string }[]>,
    ]);
    const directory: IngestDirectory = {
      version: (this.cached?.directory.version ?? 0) + 1,
      queues,
      agentZones: agentRows.map((r) => [r.agentId, r.timeZone]),
      fallbackZone: firstSite[0]?.timeZone ?? 'UTC',
    };
    this.cached = { at: now, directory, context: applyContextOf(this.runner.dialect, directory) };
    return this.cached;
  }

  /** The queue directory as ingestion sees it (names → ids, settings, site time zones). */
  async queues(): Promise<QueueDirectory> {
    return queueDirectory(await this.queueInfos());
  }

  private async queueInfos(): Promise<QueueInfo[]> {
    const rows = await this.db.query(
      `SELECT q."id", q."name", q."channel", q."slThresholdSeconds", q."slTarget", q."slVariant", q."shortAbandonSeconds", q."claimSlaHours", s."timeZone" FROM queues q JOIN sites s ON s."id" = q."siteId"`,
    );
    return (rows as Record<string, unknown>[]).map(toQueueInfo);
  }

  private count(results: EventResult[]): void {
    const tally = { ACCEPTED: 0, DUPLICATE: 0, REJECTED: 0 };
    for (const r of results) tally[r.status]++;
    this.prometheus.ingestedEvents.inc({ result: 'accepted' }, tally.ACCEPTED);
    this.prometheus.ingestedEvents.inc({ result: 'duplicate' }, tally.DUPLICATE);
    this.prometheus.ingestedEvents.inc({ result: 'rejected' }, tally.REJECTED);
  }
}

function toQueueInfo(row: Record<string, unknown>): QueueInfo {
  return {
    id: Number(row.id),
    name: String(row.name),
    channel: String(row.channel),
    timeZone: String(row.timeZone),
    settings: {
      slThresholdSeconds: Number(row.slThresholdSeconds),
      slTarget: Number(row.slTarget),
      slVariant: row.slVariant as QueueInfo['settings']['slVariant'],
      shortAbandonSeconds: Number(row.shortAbandonSeconds),
      claimSlaHours: Number(row.claimSlaHours),
    },
  };
}

/** Checks against the directory and per-type required fields (metrics.md: an unknown queue is a bad event). */
function referenceErrors(event: WireEvent, queues: QueueDirectory): FieldError[] {
  if ((event.kind === 'contact' || event.kind === 'claim') && !queues.byName.has(event.queue)) {
    return [{ field: 'queue', reason: `unknown queue ${JSON.stringify(event.queue)}` }];
  }
  if (event.kind === 'contact' && event.channel !== undefined) {
    const queue = queues.byName.get(event.queue)!;
    if (queue.channel !== event.channel) {
      return [
        {
          field: 'channel',
          reason: `queue ${JSON.stringify(event.queue)} is a ${queue.channel} queue, not ${event.channel}`,
        },
      ];
    }
  }
  if (
    event.kind === 'contact' &&
    (event.type === 'ANSWERED' || event.type === 'COMPLETED') &&
    event.agentId === undefined
  ) {
    return [{ field: 'agentId', reason: `is required for ${event.type}` }];
  }
  return [];
}

function rejected(index: number, eventId: string | null, errors: FieldError[]): EventResult {
  return { index, eventId, status: 'REJECTED', errors };
}

function result(index: number, eventId: string, status: 'ACCEPTED' | 'DUPLICATE'): EventResult {
  return { index, eventId, status, errors: [] };
}
