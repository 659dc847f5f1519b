import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Database, Statement } from 'better-sqlite3';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { numberedPlaceholders } from '../database/sql-program.js';
import { countersFromRow } from './counters-from-row.js';

export interface StatsRow {
  id: string;
  start: number;
  counters: Record<string, number>;
}

/** Prepared read statements kept per SQL text (the texts are built from a few fixed shapes). */
const MAX_STATEMENTS = 200;

/**
 * Reads roll-up rows (never raw events) for many ids and one time range in a single query, so a
 * trend of every queue costs the same few queries whatever the history's length.
 *
 * Rows are read as arrays, not as objects keyed by column: a queue roll-up row has ~55 columns,
 * and building a keyed object per row in the driver took most of a six-month trend's read time
 * (~25 ms for 1,200 rows on SQLite, against ~5 ms as arrays).
 */
@Injectable()
export class StatsReader {
  private readonly statements = new Map<string, Statement>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Rows of each id in `startColumn` order, with the columns `keys`. */
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
    const columns = ['id', 'start', ...keys].map((k) => `"${k}"`);
    // In the order of the primary key (id, start): no sort.
    const text = `SELECT "${idColumn}" AS id, "${startColumn}" AS start${keys.map((k) => `, "${k}"`).join('')} FROM ${table} WHERE "${idColumn}" IN (${ids.map(() => '?').join(', ')}) AND "${startColumn}" >= ? AND "${startColumn}" < ? ORDER BY "${idColumn}", "${startColumn}"`;
    const rows = await this.rows(text, columns, [...ids, startMs, endMs]);
    const countersOf = countersFromRow(keys, 2);
    for (const row of rows) {
      const counters = countersOf(row);
      const id = String(row[0]);
      out.get(id)?.push({ id, start: Number(row[1]), counters });
    }
    for (const list of out.values()) if (!ascending(list)) list.sort((a, b) => a.start - b.start);
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
    const rows = await this.query(text, [...ids, beforeMs]);
    for (const row of rows) out.set(String(row.id), Object.fromEntries(keys.map((k) => [k, Number(row[k])])));
    return out;
  }

  async query(text: string, params: unknown[]): Promise<Record<string, unknown>[]> {
    return (await this.db.query(
      this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text,
      params,
    )) as Record<string, unknown>[];
  }

  /**
   * Rows of `select` (`?` placeholders) as arrays of the values of its `columns` (its output
   * names, in order). SQLite returns them as one JSON array of arrays, parsed at once: turning each
   * value of each row into a JS value through the driver took ~2× as long (1,100 rows of 20
   * columns: ~1.9 ms against ~0.9 ms).
   */
  private async rows(select: string, columns: readonly string[], params: unknown[]): Promise<unknown[][]> {
    if (this.db.options.type === 'postgres') {
      const pool = (this.db.driver as unknown as { master: Pool }).master;
      const result = await pool.query({
        text: numberedPlaceholders(select),
        values: params,
        rowMode: 'array',
      });
      return result.rows as unknown[][];
    }
    const text = `SELECT json_group_array(json_array(${columns.join(', ')})) FROM (${select})`;
    return JSON.parse(this.statement(text).get(...params) as string) as unknown[][];
  }

  /** The SQLite statement for `text`, returning its first column, on the data source's own connection. */
  private statement(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      const sqlite = (this.db.driver as unknown as { databaseConnection: Database }).databaseConnection;
      statement = sqlite.prepare(text).pluck(true);
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      this.statements.set(text, statement);
    }
    return statement;
  }
}

function ascending(rows: readonly StatsRow[]): boolean {
  for (let i = 1; i < rows.length; i++) if (rows[i].start < rows[i - 1].start) return false;
  return true;
}
