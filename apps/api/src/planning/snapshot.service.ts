import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bias, compareSnapshot, INTERVAL_MS, wape, type ForecastMethod } from '@servicefloor/forecast';
import { DataSource, In } from 'typeorm';
import { badInput } from '../common/validation.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import { message } from './explain.js';
import { ForecastSnapshotEntity, ForecastSnapshotQueueEntity } from './entities/forecast-snapshot.entity.js';
import {
  DEFAULT_FORECAST_OPTIONS,
  ForecastService,
  toQueueForecast,
  type ForecastOptions,
  type QueueForecastData,
} from './forecast.service.js';
import { LruCache } from './lru-cache.js';
import type {
  ForecastAccuracyReport,
  ForecastSnapshot,
  QueueAccuracy,
  QueueForecast,
} from './models/forecast.models.js';
import { PlanningData } from './planning-data.js';
import { addDays, isoInZone, localDateOf } from './zone.js';

/** A snapshot as read back: its row, options and each queue's forecast. */
export interface LoadedSnapshot {
  entity: ForecastSnapshotEntity;
  options: ForecastOptions;
  queues: Map<number, QueueForecastData>;
}

/**
 * Saved forecast snapshots — the forecast a schedule is built on — and their accuracy against the
 * actuals that arrived since (libs/forecast compareSnapshot: WAPE and signed bias, per local day
 * and overall). Snapshots never change once saved, so read-backs are cached.
 */
@Injectable()
export class SnapshotService {
  private readonly loaded = new LruCache<number, LoadedSnapshot>(8);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly forecasts: ForecastService,
    private readonly data: PlanningData,
  ) {}

  async save(
    label: string,
    note: string | null,
    options: ForecastOptions,
    now: number,
  ): Promise<ForecastSnapshot> {
    const results = await this.forecasts.forecast(options, now, 'input.forecast');
    const usable = results.filter((r) => r.data.problem === null);
    if (usable.length === 0) {
      throw badInput([
        {
          field: 'input.forecast',
          reason: `no queue could be forecast: ${results.map((r) => `${r.queue.name}: ${r.data.problem}`).join('; ')}`,
        },
      ]);
    }
    const id = await this.db.transaction(async (manager) => {
      const snapshot = await manager.getRepository(ForecastSnapshotEntity).save({
        label,
        note,
        createdAt: now,
        options: JSON.stringify(options),
      });
      const rows = usable.map(({ queue, data }) => {
        const stored = storedForm(data);
        const score = stored.backtest.find((s) => s.method === stored.method);
        return {
          snapshotId: snapshot.id,
          queueId: queue.id,
          start: stored.start,
          intervalCount: stored.intervalCount,
          method: stored.method ?? '',
          backtestWape: score?.wape ?? null,
          data: JSON.stringify({ ...stored, queueId: undefined }),
        };
      });
      // One row per statement: each holds a few hundred kB of figures.
      for (const row of rows) await manager.getRepository(ForecastSnapshotQueueEntity).insert(row);
      return snapshot.id;
    });
    const snapshot = await this.get(id);
    snapshot.skipped = results
      .filter((r) => r.data.problem !== null)
      .map((r) => ({ queue: r.queue.name, problem: r.data.problem! }));
    return snapshot;
  }

  async list(): Promise<ForecastSnapshot[]> {
    const entities = await this.db.getRepository(ForecastSnapshotEntity).find({ order: { id: 'DESC' } });
    return this.views(entities);
  }

  async get(id: number, field = 'id'): Promise<ForecastSnapshot> {
    const entity = await this.db.getRepository(ForecastSnapshotEntity).findOne({ where: { id } });
    if (!entity) throw badInput([{ field, reason: `no forecast snapshot ${id}` }]);
    return (await this.views([entity]))[0];
  }

  /** Every queue's full forecast in a snapshot (the figures are read and parsed here, then cached). */
  async queueForecasts(id: number): Promise<QueueForecast[]> {
    const snapshot = await this.load(id, 'id');
    const byId = new Map((await this.forecasts.resolveQueues(undefined)).map((q) => [q.id, q]));
    return [...snapshot.queues.values()]
      .filter((d) => byId.has(d.queueId))
      .sort((a, b) => a.queueId - b.queueId)
      .map((d) => toQueueForecast(byId.get(d.queueId)!, d));
  }

  /** Snapshots as the API shows them, from their rows and their queues' columns (not the figures). */
  private async views(entities: ForecastSnapshotEntity[]): Promise<ForecastSnapshot[]> {
    if (entities.length === 0) return [];
    const rows = await this.db.getRepository(ForecastSnapshotQueueEntity).find({
      select: {
        snapshotId: true,
        queueId: true,
        start: true,
        intervalCount: true,
        method: true,
        backtestWape: true,
      },
      where: { snapshotId: In(entities.map((e) => e.id)) },
      order: { queueId: 'ASC' },
    });
    const byId = new Map((await this.forecasts.resolveQueues(undefined)).map((q) => [q.id, q]));
    return entities.map((entity) => {
      const options = {
        ...DEFAULT_FORECAST_OPTIONS,
        ...(JSON.parse(entity.options) as Partial<ForecastOptions>),
      };
      const summary = rows
        .filter((r) => r.snapshotId === entity.id && byId.has(r.queueId))
        .map((r) => {
          const queue = byId.get(r.queueId)!;
          return {
            queue: queue.name,
            method: r.method as ForecastMethod,
            backtestWape: r.backtestWape,
            start: isoInZone(r.start, queue.timeZone),
            intervalCount: r.intervalCount,
            from: localDateOf(r.start, queue.timeZone),
          };
        });
      const from = options.from ?? summary.map((s) => s.from).sort()[0] ?? '';
      return {
        id: entity.id,
        label: entity.label,
        note: entity.note,
        createdAt: new Date(entity.createdAt).toISOString(),
        from,
        to: from ? addDays(from, options.horizonWeeks * 7 - 1) : '',
        horizonWeeks: options.horizonWeeks,
        requestedMethod: options.method,
        summary: summary.map(({ from: _from, ...rest }) => rest),
        skipped: [],
      };
    });
  }

  async remove(id: number): Promise<boolean> {
    await this.load(id, 'id');
    await this.db.transaction(async (manager) => {
      await manager.getRepository(ForecastSnapshotQueueEntity).delete({ snapshotId: id });
      await manager.getRepository(ForecastSnapshotEntity).delete({ id });
    });
    this.loaded.delete(id);
    return true;
  }

  /** A snapshot with its queues' forecasts, or a BAD_USER_INPUT naming `field`. */
  async load(id: number, field: string): Promise<LoadedSnapshot> {
    const hit = this.loaded.get(id);
    if (hit) return hit;
    const entity = await this.db.getRepository(ForecastSnapshotEntity).findOne({ where: { id } });
    if (!entity) throw badInput([{ field, reason: `no forecast snapshot ${id}` }]);
    const rows = await this.db.getRepository(ForecastSnapshotQueueEntity).find({ where: { snapshotId: id } });
    const queues = new Map<number, QueueForecastData>();
    for (const row of rows)
      queues.set(row.queueId, { ...(JSON.parse(row.data) as QueueForecastData), queueId: row.queueId });
    const loaded: LoadedSnapshot = {
      entity,
      options: { ...DEFAULT_FORECAST_OPTIONS, ...(JSON.parse(entity.options) as Partial<ForecastOptions>) },
      queues,
    };
    this.loaded.set(id, loaded);
    return loaded;
  }

  /** The newest snapshot whose forecast for `queueId` covers [from, to), if any. */
  async latestCovering(queueId: number, from: number, to: number): Promise<number | null> {
    const [row] = (
      await this.db.getRepository(ForecastSnapshotQueueEntity).find({
        select: { snapshotId: true, start: true, intervalCount: true },
        where: { queueId },
        order: { snapshotId: 'DESC' },
        take: 50,
      })
    ).filter((r) => r.start <= from && r.start + r.intervalCount * INTERVAL_MS >= to);
    return row?.snapshotId ?? null;
  }

  /** The snapshot against the actuals up to the last complete interval before `now`. */
  async accuracy(id: number, queueNames: string[] | undefined, now: number): Promise<ForecastAccuracyReport> {
    const snapshot = await this.load(id, 'snapshotId');
    const wanted =
      queueNames && queueNames.length > 0 ? await this.forecasts.resolveQueues(queueNames) : null;
    const all = await this.forecasts.resolveQueues(undefined);
    const byId = new Map<number, QueueInfo>(all.map((q) => [q.id, q]));
    const until = Math.floor(now / INTERVAL_MS) * INTERVAL_MS;
    const pooledActual: number[] = [];
    const pooledForecast: number[] = [];
    const queues: QueueAccuracy[] = [];
    for (const data of snapshot.queues.values()) {
      const queue = byId.get(data.queueId);
      if (!queue || (wanted && !wanted.some((q) => q.id === queue.id)) || data.method === null) continue;
      const end = Math.min(until, data.start + data.intervalCount * INTERVAL_MS);
      const actual = end > data.start ? await this.data.arrivals(queue, data.start, end) : [];
      const comparison = compareSnapshot({
        snapshot: { start: data.start, values: data.volume },
        actuals: { start: data.start, values: actual },
        offsetMinutes: data.offsetMinutes,
      });
      pooledActual.push(...actual);
      pooledForecast.push(...data.volume.slice(0, actual.length));
      queues.push({
        queue: queue.name,
        method: data.method,
        intervals: comparison.intervals,
        actualTotal: comparison.actualTotal,
        forecastTotal: comparison.forecastTotal,
        wape: comparison.wape,
        bias: comparison.bias,
        days: comparison.days,
        summary:
          comparison.intervals === 0
            ? message('planning.accuracy.noActuals')
            : message('planning.accuracy.summary', {
                days: comparison.days.length,
                actual: comparison.actualTotal,
                direction: direction(comparison.bias),
                absBias: Math.abs(comparison.bias ?? 0),
                wape: comparison.wape ?? 0,
              }),
      });
    }
    const total = pooledActual.reduce((s, v) => s + v, 0);
    return {
      snapshotId: id,
      label: snapshot.entity.label,
      actualsUntil: new Date(until).toISOString(),
      queues,
      total: {
        intervals: pooledActual.length,
        actualTotal: total,
        forecastTotal: pooledForecast.reduce((s, v) => s + v, 0),
        wape: pooledActual.length > 0 ? wape(pooledActual, pooledForecast) : null,
        bias: pooledActual.length > 0 ? bias(pooledActual, pooledForecast) : null,
      },
    };
  }
}

function direction(value: number | null): string {
  if (value === null || Math.abs(value) < 0.005) return 'even';
  return value > 0 ? 'high' : 'low';
}

/** What a snapshot keeps: figures rounded to what a forecast can mean (4 decimals of a contact, 2 of a second). */
function storedForm(data: QueueForecastData): QueueForecastData {
  const round = (digits: number) => (v: number) => Math.round(v * 10 ** digits) / 10 ** digits;
  return {
    ...data,
    volume: data.volume.map(round(4)),
    lower: data.lower.map(round(4)),
    upper: data.upper.map(round(4)),
    aht: data.aht.map((v) => (v === null ? null : round(2)(v))),
  };
}
