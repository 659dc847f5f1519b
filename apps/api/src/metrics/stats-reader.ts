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
    const rows = await this.rows(text, [...ids, startMs, endMs]);
    const countersOf = countersFromRow(keys, 2);
    for (const row of rows) {
      const counters = countersOf(row);
      const id = String(row[0]);
      out.get(id)?.push({ id, start: Number(row[1]), counters });
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

  /** Rows as arrays of column values, in the order of the SELECT list (`?` placeholders). */
  private async rows(text: string, params: unknown[]): Promise<unknown[][]> {
    if (this.db.options.type === 'postgres') {
      const pool = (this.db.driver as unknown as { master: Pool }).master;
      const result = await pool.query({ text: numberedPlaceholders(text), values: params, rowMode: 'array' });
      return result.rows as unknown[][];
    }
    return this.statement(text).all(...params) as unknown[][];
  }

  /** The SQLite statement for `text`, in raw (array) mode, on the data source's own connection. */
  private statement(text: string): Statement {
    let statement = this.statements.get(text);
    if (!statement) {
      const sqlite = (this.db.driver as unknown as { databaseConnection: Database }).databaseConnection;
      statement = sqlite.prepare(text).raw(true);
      if (this.statements.size >= MAX_STATEMENTS) this.statements.clear();
      this.statements.set(text, statement);
    }
    return statement;
  }
}
