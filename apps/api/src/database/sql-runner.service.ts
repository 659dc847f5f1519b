import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import Database from 'better-sqlite3';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { numberedPlaceholders, type Dialect, type SqlProgram } from './sql-program.js';

const PG_INGEST_LOCK = 74_210_001;

/**
 * Prepared statements kept (least recently used dropped first). A demo history load uses about
 * 120 (each multi-row length of each table); a prepared 256-row statement of 24 columns holds
 * about half a MB.
 */
const MAX_PREPARED = 200;

/**
 * Runs SQL programs as transactions, one at a time per process. On SQLite it has a connection of
 * its own and runs a whole program synchronously inside BEGIN IMMEDIATE, so no other statement can
 * land inside its transaction. On PostgreSQL a transaction-scoped advisory lock serializes writers
 * across API instances, so read-modify-write of contact state is never lost.
 */
@Injectable()
export class SqlRunner implements OnApplicationShutdown {
  readonly dialect: Dialect;
  private readonly sqlite: Database.Database | null = null;
  private readonly statements = new Map<string, Database.Statement>();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.dialect = env.database.type;
    if (env.database.type === 'sqlite') {
      this.sqlite = new Database(env.database.path);
      this.sqlite.pragma('journal_mode = WAL');
      this.sqlite.pragma('synchronous = NORMAL');
      this.sqlite.pragma('foreign_keys = ON');
      // Bulk loads write tens of MB a second: checkpoint the WAL less often, cache more pages.
      this.sqlite.pragma('wal_autocheckpoint = 10000');
      this.sqlite.pragma('cache_size = -65536');
      // A busy database is retried asynchronously (see run), never waited on synchronously.
      this.sqlite.pragma('busy_timeout = 0');
    }
  }

  /** Runs `program` as one transaction, after any program already running; returns its result. */
  run<T>(program: () => SqlProgram<T>): Promise<T> {
    const result = this.queue.then(() => (this.sqlite ? this.runSqlite(program) : this.runPostgres(program)));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async runSqlite<T>(program: () => SqlProgram<T>): Promise<T> {
    const db = this.sqlite!;
    // A program runs synchronously; let I/O (requests, logs, sockets) through between programs,
    // or back-to-back batches would starve the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    for (let attempt = 0; ; attempt++) {
      try {
        return db
          .transaction(() => this.drive(program(), (sql, params) => this.execSqlite(sql, params)))
          .immediate();
      } catch (error) {
        if ((error as { code?: string }).code !== 'SQLITE_BUSY' || attempt >= 200) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(5 + attempt * 5, 100)));
      }
    }
  }

  private drive<T>(program: SqlProgram<T>, exec: (sql: string, params: readonly unknown[]) => unknown[]): T {
    let step = program.next();
    while (!step.done) step = program.next(exec(step.value.sql, step.value.params));
    return step.value;
  }

  private execSqlite(sql: string, params: readonly unknown[]): unknown[] {
    let statement = this.statements.get(sql);
    if (statement) {
      // Least recently used last out: a Map keeps insertion order.
      this.statements.delete(sql);
      this.statements.set(sql, statement);
    } else {
      statement = this.sqlite!.prepare(sql);
      this.statements.set(sql, statement);
      if (this.statements.size > MAX_PREPARED) this.statements.delete(this.statements.keys().next().value!);
    }
    // Bound as one array, not spread as arguments: a multi-row insert has thousands of values.
    const bound = needsConversion(params) ? params.map(toSqlite) : params;
    if (statement.reader) return statement.all(bound);
    statement.run(bound);
    return [];
  }

  private async runPostgres<T>(program: () => SqlProgram<T>): Promise<T> {
    const runner = this.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SELECT pg_advisory_xact_lock($1)', [PG_INGEST_LOCK]);
      const generator = program();
      let step = generator.next();
      while (!step.done) {
        const rows = (await runner.query(
          numberedPlaceholders(step.value.sql),
          step.value.params as unknown[],
        )) as unknown;
        step = generator.next(Array.isArray(rows) ? rows : []);
      }
      await runner.commitTransaction();
      return step.value;
    } catch (error) {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      throw error;
    } finally {
      await runner.release();
    }
  }

  onApplicationShutdown(): void {
    this.sqlite?.close();
  }
}

function needsConversion(params: readonly unknown[]): boolean {
  for (const value of params) if (value === undefined || typeof value === 'boolean') return true;
  return false;
}

function toSqlite(value: unknown): unknown {
  if (value === undefined) return null;
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}
