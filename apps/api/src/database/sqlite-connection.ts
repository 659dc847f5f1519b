import Database from 'better-sqlite3';
import type { SqlProgram } from './sql-program.js';

/**
 * Prepared statements kept per connection (least recently used dropped first). A demo history
 * load uses about 120 (each multi-row length of each table).
 */
const MAX_PREPARED = 200;
/**
 * And at most this many bound parameters over all kept statements: a prepared statement's native
 * memory grows with its parameters (a 256-row insert of 24 columns, 6,144 parameters, holds about
 * 0.57 MB; a 256-value IN list about 0.06 MB), so 200 statements could hold 100 MB or more. This
 * keeps them to about 16 MB; a bulk load of contact events prepares about 90 statements with
 * 39,000 parameters in all (about 4 MB). A dropped statement's memory is freed when V8 collects it.
 */
const MAX_PREPARED_PARAMETERS = 160_000;

/** Opens a connection for SQL programs: WAL, tuned for bulk writes, never waiting synchronously. */
export function openSqlite(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Bulk loads write tens of MB a second: checkpoint the WAL less often.
  db.pragma('wal_autocheckpoint = 10000');
  // Page cache of 16 MB (each connection has its own, filled as pages are read, never released
  // while open). 64 MB added ~60 MB of resident memory to a 2-million-event load and no throughput
  // (about 18,600 events per server CPU second, 19,200 with 16 MB): its working set (the customer
  // index and 7 days of contacts for repeat detection) outgrows either, and the OS file cache
  // serves the rest (the kernel's share of the server's CPU time stayed 6–9 %).
  db.pragma('cache_size = -16384');
  // A busy database is retried by the caller (see isBusy), never waited on inside SQLite.
  db.pragma('busy_timeout = 0');
  return db;
}

/** True when a transaction could not start because another connection is writing. */
export function isBusy(error: unknown): boolean {
  return (error as { code?: string }).code === 'SQLITE_BUSY';
}

/**
 * Runs SQL programs on one SQLite connection, each as one synchronous BEGIN IMMEDIATE transaction
 * (nothing can land inside it), with its prepared statements kept for reuse.
 */
export class SqliteProgramRunner {
  /** Least recently used first (a Map keeps insertion order). */
  private readonly statements = new Map<string, { statement: Database.Statement; parameters: number }>();
  private parameters = 0;

  constructor(readonly db: Database.Database) {}

  /** Runs `program` as one transaction; throws SQLITE_BUSY (see isBusy) when another writer holds the lock. */
  transaction<T>(program: () => SqlProgram<T>): T {
    return this.db
      .transaction(() => {
        const steps = program();
        let step = steps.next();
        while (!step.done)
          step = steps.next(
            step.value.eachRow
              ? this.execEachRow(step.value.sql, step.value.eachRow)
              : this.exec(step.value.sql, step.value.params),
          );
        return step.value;
      })
      .immediate();
  }

  private exec(sql: string, params: readonly unknown[]): unknown[] {
    const statement = this.prepared(sql, params.length);
    // Bound as one array, not spread as arguments: a multi-row insert has thousands of values.
    const bound = needsConversion(params) ? params.map(toSqlite) : params;
    if (statement.reader) return statement.all(bound);
    statement.run(bound);
    return [];
  }

  /** Runs a one-row statement once per row; answers each row's count of changed rows. */
  private execEachRow(sql: string, rows: readonly (readonly unknown[])[]): number[] {
    const statement = this.prepared(sql, rows[0]?.length ?? 0);
    return rows.map((row) => statement.run(needsConversion(row) ? row.map(toSqlite) : row).changes);
  }

  /** The statement for `sql`, prepared once and kept while recently used (see MAX_PREPARED*). */
  private prepared(sql: string, parameters: number): Database.Statement {
    const kept = this.statements.get(sql);
    if (kept) {
      this.statements.delete(sql);
      this.statements.set(sql, kept);
      return kept.statement;
    }
    const statement = this.db.prepare(sql);
    this.statements.set(sql, { statement, parameters });
    this.parameters += parameters;
    while (this.statements.size > MAX_PREPARED || this.parameters > MAX_PREPARED_PARAMETERS) {
      const [oldest, { parameters: held }] = this.statements.entries().next().value!;
      if (oldest === sql) break;
      this.statements.delete(oldest);
      this.parameters -= held;
    }
    return statement;
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

/** Longest a writer retries a busy database before giving up. */
export const BUSY_ATTEMPTS = 200;

/** Wait before busy retry number `attempt` (ms): short at first, at most 100 ms. */
export function busyBackoffMs(attempt: number): number {
  return Math.min(5 + attempt * 5, 100);
}
