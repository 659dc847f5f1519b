import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { numberedPlaceholders } from '../database/sql-program.js';

export interface StatsRow {
  id: string;
  start: number;
  counters: Record<string, number>;
}

/**
 * Reads roll-up rows (never raw events) for many ids and one time range in a single query, so a
 * trend of every queue costs the same few queries whatever the history's length.
 */
@Injectable()
export class StatsReader {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async read(
    table: string,
    idColumn: string,
    startColumn: string,
    ids: readonly (string | number)[],
    startMs: number,
    endMs: number,
    keys: readonly string[],
  ): Promise<Map<string, StatsRow[]>> {
    const out = new Map<string, StatsRow[]>(ids.map((id) => [String(id), []]));
    if (ids.length === 0) return out;
    const columns = keys.map((k) => `"${k}"`).join(', ');
    const text = `SELECT "${idColumn}" AS id, "${startColumn}" AS start, ${columns} FROM ${table} WHERE "${idColumn}" IN (${ids.map(() => '?').join(', ')}) AND "${startColumn}" >= ? AND "${startColumn}" < ? ORDER BY "${startColumn}"`;
    const rows = (await this.db.query(
      this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text,
      [...ids, startMs, endMs],
    )) as Record<string, unknown>[];
    for (const row of rows) {
      const counters: Record<string, number> = {};
      for (const k of keys) counters[k] = Number(row[k]);
      out.get(String(row.id))?.push({ id: String(row.id), start: Number(row.start), counters });
    }
    return out;
  }

  /** Sums of columns over all rows of each id before `beforeMs` (for running totals such as backlog). */
  async sumsBefore(
    table: string,
    idColumn: string,
    startColumn: string,
    ids: readonly (string | number)[],
    beforeMs: number,
    keys: readonly string[],
  ): Promise<Map<string, Record<string, number>>> {
    const out = new Map<string, Record<string, number>>();
    if (ids.length === 0) return out;
    const sums = keys.map((k) => `COALESCE(SUM("${k}"), 0) AS "${k}"`).join(', ');
    const text = `SELECT "${idColumn}" AS id, ${sums} FROM ${table} WHERE "${idColumn}" IN (${ids.map(() => '?').join(', ')}) AND "${startColumn}" < ? GROUP BY "${idColumn}"`;
    const rows = (await this.db.query(
      this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text,
      [...ids, beforeMs],
    )) as Record<string, unknown>[];
    for (const row of rows) out.set(String(row.id), Object.fromEntries(keys.map((k) => [k, Number(row[k])])));
    return out;
  }

  async query(text: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return (await this.db.query(
      this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text,
      params,
    )) as Record<string, unknown>[];
  }
}
