import Database from 'better-sqlite3';
import type { SqlProgram } from './sql-program.js';

/**
 * Prepared statements kept per connection (least recently used dropped first). A demo history
 * load uses about 120 (each multi-row length of each table); a prepared 256-row statement of 24
 * columns holds about half a MB.
 */
const MAX_PREPARED = 200;

/** Opens a connection for SQL programs: WAL, tuned for bulk writes, never waiting synchronously. */
export function openSqlite(path: string): Database.Database {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // Bulk loads write tens of MB a second: checkpoint the WAL less often, cache more pages.
  db.pragma('wal_autocheckpoint = 10000');
  db.pragma('cache_size = -65536');
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
  private readonly statements = new Map<string, Database.Statement>();

  constructor(readonly db: Database.Database) {}

  /** Runs `program` as one transaction; throws SQLITE_BUSY (see isBusy) when another writer holds the lock. */
  transaction<T>(program: () => SqlProgram<T>): T {
    return this.db
      .transaction(() => {
        const steps = program();
        let step = steps.next();
        while (!step.done) step = steps.next(this.exec(step.value.sql, step.value.params));
        return step.value;
      })
      .immediate();
  }

  private exec(sql: string, params: readonly unknown[]): unknown[] {
    let statement = this.statements.get(sql);
    if (statement) {
      // Least recently used last out: a Map keeps insertion order.
      this.statements.delete(sql);
      this.statements.set(sql, statement);
    } else {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
      if (this.statements.size > MAX_PREPARED) this.statements.delete(this.statements.keys().next().value!);
    }
    // Bound as one array, not spread as arguments: a multi-row insert has thousands of values.
    const bound = needsConversion(params) ? params.map(toSqlite) : params;
    if (statement.reader) return statement.all(bound);
    statement.run(bound);
    return [];
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
