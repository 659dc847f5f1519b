import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INTERVAL_MS } from '@servicefloor/metrics';
import { DataSource } from 'typeorm';
import { numberedPlaceholders } from '../database/sql-program.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import { monthAt, monthRange, type Month } from './months.js';

/** Actual and forecast arrivals per interval of one month, pooled over queues (for WAPE). */
export interface MonthPairs {
  actual: number[];
  forecast: number[];
}

/**
 * The saved forecast snapshots of planning (issue #7) against the contacts offered: for each queue
 * and interval, the latest snapshot that covers it. Months without any snapshot have no pairs, and
 * the criterion shows "no data".
 */
@Injectable()
export class ForecastAccuracyReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async pairs(queues: QueueInfo[], from: Month, to: Month): Promise<Map<Month, MonthPairs>> {
    const out = new Map<Month, MonthPairs>();
    for (const queue of queues) {
      const range = monthRange(from, to, queue.timeZone);
      const forecastAt = await this.forecastByInterval(queue, range.startMs, range.endMs);
      if (forecastAt.size === 0) continue;
      const offered = new Map(
        (
          await this.query(
            `SELECT "intervalStart", "offered" FROM queue_interval_stats WHERE "queueId" = ? AND "intervalStart" >= ? AND "intervalStart" < ?`,
            [queue.id, range.startMs, range.endMs],
          )
        ).map((r) => [Number(r.intervalStart), Number(r.offered)]),
      );
      const now = Date.now();
      for (const [at, { volume: forecast }] of [...forecastAt].sort(([a], [b]) => a - b)) {
        if (at + INTERVAL_MS > now) continue; // no actuals yet
        const month = monthAt(at, queue.timeZone);
        const pair = out.get(month) ?? { actual: [], forecast: [] };
        pair.actual.push(offered.get(at) ?? 0);
        pair.forecast.push(forecast);
        out.set(month, pair);
      }
    }
    return out;
  }

  /**
   * The forecast volume and AHT (seconds, null where the forecast had none) of each interval of
   * [startMs, endMs), from the latest snapshot that covers it.
   */
  async forecastByInterval(
    queue: QueueInfo,
    startMs: number,
    endMs: number,
  ): Promise<Map<number, { volume: number; aht: number | null }>> {
    const snapshots = await this.query(
      `SELECT "snapshotId", "start", "intervalCount", "data" FROM forecast_snapshot_queues WHERE "queueId" = ? AND "start" < ? AND "start" + "intervalCount" * ${INTERVAL_MS} > ? ORDER BY "snapshotId" DESC`,
      [queue.id, endMs, startMs],
    );
    const out = new Map<number, { volume: number; aht: number | null }>();
    // Latest snapshot first: an interval keeps the first (latest) forecast that covers it.
    for (const s of snapshots) {
      const start = Number(s.start);
      const data = JSON.parse(String(s.data)) as { volume: number[]; aht?: (number | null)[] };
      for (const [i, volume] of data.volume.entries()) {
        const at = start + i * INTERVAL_MS;
        if (at >= startMs && at < endMs && !out.has(at)) out.set(at, { volume, aht: data.aht?.[i] ?? null });
      }
    }
    return out;
  }

  private async query(text: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return (await this.db.query(
      this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text,
      params,
    )) as Record<string, unknown>[];
  }
}
