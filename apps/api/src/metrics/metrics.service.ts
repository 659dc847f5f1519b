import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Channel, Granularity } from '@servicefloor/contracts';
import {
  CONTACT_COUNTER_KEYS,
  contactMetrics,
  dateRangeToMs,
  emptyContactCounters,
  previousPeriodRange,
  rollUp,
  sumCounters,
  type ContactCounters,
  type ContactMetrics,
  type TimeRange,
} from '@servicefloor/metrics';
import { DataSource } from 'typeorm';
import { badInput } from '../common/validation.js';
import { numberedPlaceholders } from '../database/sql-program.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import { IngestService } from '../ingest/ingest.service.js';
import { formatInZone } from './format-in-zone.js';

/** INTERVAL granularity covers at most this many points per series (charts draw ≤ ~2,000). */
const MAX_INTERVAL_POINTS = 2016;

export interface MetricsQuery {
  from: string;
  to: string;
  granularity: Granularity;
  queues?: string[];
  channel?: Channel;
}

export interface PeriodMetrics {
  periodStart: string;
  label: string;
  metrics: ContactMetrics;
}

export interface QueueSeries {
  queue: string;
  channel: string;
  timeZone: string;
  slTarget: number;
  points: PeriodMetrics[];
  previousPoints: PeriodMetrics[];
  total: ContactMetrics;
  previousTotal: ContactMetrics;
}

/**
 * Historical contact metrics per queue over any local date range and granularity, with the
 * previous period beside them. Reads roll-ups only (per-day rows for DAY/WEEK/MONTH, per-interval
 * rows for INTERVAL), so the cost does not grow with history; every figure comes from libs/metrics.
 */
@Injectable()
export class MetricsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly ingest: IngestService,
  ) {}

  async queueMetrics(query: MetricsQuery): Promise<QueueSeries[]> {
    const directory = await this.ingest.queues();
    const selected = [...directory.byId.values()]
      .filter((q) => !query.queues || query.queues.includes(q.name))
      .filter((q) => !query.channel || q.channel === query.channel)
      .sort((a, b) => a.id - b.id);
    for (const [i, name] of (query.queues ?? []).entries()) {
      if (!directory.byName.has(name))
        throw badInput([{ field: `queues.${i}`, reason: `unknown queue ${JSON.stringify(name)}` }]);
    }
    return Promise.all(selected.map((queue) => this.series(queue, query)));
  }

  private async series(queue: QueueInfo, query: MetricsQuery): Promise<QueueSeries> {
    let range: TimeRange;
    try {
      range = dateRangeToMs(query.from, query.to, queue.timeZone);
    } catch (error) {
      const message = (error as Error).message;
      throw badInput([
        { field: message.startsWith('to') ? 'to' : 'from', reason: message.replace(/^(from|to) /, '') },
      ]);
    }
    if (query.granularity === 'INTERVAL' && (range.endMs - range.startMs) / 900_000 > MAX_INTERVAL_POINTS) {
      throw badInput([
        { field: 'granularity', reason: 'INTERVAL covers at most 21 days; choose DAY, WEEK or MONTH' },
      ]);
    }
    const previous = previousPeriodRange(range, query.granularity, queue.timeZone);
    const [current, before] = await Promise.all([
      this.periods(queue, range, query.granularity),
      this.periods(queue, previous, query.granularity),
    ]);
    const settings = queue.settings;
    const total = (rows: { counters: ContactCounters }[]) =>
      contactMetrics(
        sumCounters(
          rows.map((r) => r.counters),
          emptyContactCounters(),
        ),
        settings,
      );
    return {
      queue: queue.name,
      channel: queue.channel,
      timeZone: queue.timeZone,
      slTarget: settings.slTarget,
      points: current.map((p) => this.point(queue, p, query.granularity)),
      previousPoints: before.map((p) => this.point(queue, p, query.granularity)),
      total: total(current),
      previousTotal: total(before),
    };
  }

  private point(
    queue: QueueInfo,
    row: { periodStart: number; counters: ContactCounters },
    granularity: Granularity,
  ): PeriodMetrics {
    return {
      periodStart: formatInZone(row.periodStart, queue.timeZone, 'iso'),
      label: formatInZone(row.periodStart, queue.timeZone, granularity === 'INTERVAL' ? 'minute' : 'date'),
      metrics: contactMetrics(row.counters, queue.settings),
    };
  }

  /** Counters per period of the range: interval rows as they are, or day rows rolled up. */
  private async periods(queue: QueueInfo, range: TimeRange, granularity: Granularity) {
    const byInterval = granularity === 'INTERVAL';
    const table = byInterval ? 'queue_interval_stats' : 'queue_day_stats';
    const key = byInterval ? 'intervalStart' : 'dayStart';
    const rows = (await this.db.query(
      this.sql(
        `SELECT * FROM ${table} WHERE "queueId" = ? AND "${key}" >= ? AND "${key}" < ? ORDER BY "${key}"`,
      ),
      [queue.id, range.startMs, range.endMs],
    )) as Record<string, unknown>[];
    const counted = rows.map((row) => ({ intervalStart: Number(row[key]), counters: countersOf(row) }));
    if (byInterval || granularity === 'DAY')
      return counted.map((r) => ({ periodStart: r.intervalStart, counters: r.counters }));
    return rollUp(counted, granularity, queue.timeZone);
  }

  private sql(text: string): string {
    return this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text;
  }
}

function countersOf(row: Record<string, unknown>): ContactCounters {
  const counters = { maxWait: Number(row.maxWait) } as ContactCounters;
  for (const key of CONTACT_COUNTER_KEYS) counters[key] = Number(row[key]);
  return counters;
}
