import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { numberedPlaceholders, type Dialect, type SqlProgram } from './sql-program.js';
import {
  BUSY_ATTEMPTS,
  busyBackoffMs,
  isBusy,
  openSqlite,
  SqliteProgramRunner,
} from './sqlite-connection.js';

const PG_INGEST_LOCK = 74_210_001;

/**
 * Runs SQL programs as transactions, one at a time per process. On SQLite it has a connection of
 * its own and runs a whole program synchronously inside BEGIN IMMEDIATE, so no other statement can
 * land inside its transaction. On PostgreSQL a transaction-scoped advisory lock serializes writers
 * across API instances, so read-modify-write of contact state is never lost.
 */
@Injectable()
export class SqlRunner implements OnApplicationShutdown {
  readonly dialect: Dialect;
  private readonly sqlite: SqliteProgramRunner | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    @Inject(ENV) env: Env,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {
    this.dialect = env.database.type;
    if (env.database.type === 'sqlite') this.sqlite = new SqliteProgramRunner(openSqlite(env.database.path));
  }

  /** Runs `program` as one transaction, after any program already running; returns its result. */
  run<T>(program: () => SqlProgram<T>): Promise<T> {
    const result = this.queue.then(() => (this.sqlite ? this.runSqlite(program) : this.runPostgres(program)));
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async runSqlite<T>(program: () => SqlProgram<T>): Promise<T> {
    // A program runs synchronously; let I/O (requests, logs, sockets) through between programs,
    // or back-to-back batches would starve the event loop.
    await new Promise((resolve) => setImmediate(resolve));
    for (let attempt = 0; ; attempt++) {
      try {
        return this.sqlite!.transaction(program);
      } catch (error) {
        if (!isBusy(error) || attempt >= BUSY_ATTEMPTS) throw error;
        await new Promise((resolve) => setTimeout(resolve, busyBackoffMs(attempt)));
      }
    }
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
        if (step.value.eachRow) throw new Error('row-by-row statements are for SQLite (see insertIfNew)');
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
    this.sqlite?.db.close();
  }
}
