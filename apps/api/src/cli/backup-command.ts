import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import Database from 'better-sqlite3';
import type { Command } from 'commander';
import { loadEnv, type DatabaseConfig } from '../config/env.js';

/** What `backup` prints (`--json`). */
export interface BackupSummary {
  source: string;
  file: string;
  bytes: number;
  pages: number;
  seconds: number;
  integrity: 'ok';
}

/** Thrown for a backup that cannot be made here (PostgreSQL, a bad destination). */
export class BackupError extends Error {}

/**
 * `servicefloor backup FILE`: writes a consistent copy of the embedded SQLite database, also
 * while the server runs and ingests (SQLite's online backup API through better-sqlite3: the copy
 * is one point in time, between two committed batches). The copy is written to FILE.partial,
 * checked (PRAGMA integrity_check), switched to a single-file journal, then renamed to FILE.
 * For PostgreSQL it says to use pg_dump and exits with status 1.
 */
export function registerBackupCommand(program: Command): void {
  program
    .command('backup')
    .description(
      'write a consistent copy of the SQLite database, also while the server runs (PostgreSQL: use pg_dump)',
    )
    .argument('<file>', 'where to write the copy')
    .option('--force', 'replace FILE if it exists')
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: { force?: boolean; json?: boolean }) => {
      const env = loadEnv({ ...process.env, LOG_LEVEL: 'silent' });
      try {
        const summary = await backupDatabase(env.database, file, { force: options.force });
        if (options.json) console.log(JSON.stringify(summary, null, 2));
        else
          console.log(
            `Backed up ${summary.source} to ${summary.file}: ${summary.pages.toLocaleString('en-US')} pages, ${summary.bytes.toLocaleString('en-US')} bytes in ${summary.seconds.toFixed(1)} s (integrity ok)`,
          );
      } catch (error) {
        if (!(error instanceof BackupError)) throw error;
        console.error(`servicefloor backup: ${error.message}`);
        process.exitCode = 1;
      }
    });
}

/** Copies the configured SQLite database to `file` (see registerBackupCommand). */
export async function backupDatabase(
  database: DatabaseConfig,
  file: string,
  options: { force?: boolean } = {},
): Promise<BackupSummary> {
  if (database.type === 'postgres') {
    throw new BackupError(
      'the database is PostgreSQL: back it up with pg_dump, e.g. pg_dump --format=custom --file=servicefloor.dump "$DATABASE_URL" (restore with pg_restore)',
    );
  }
  const source = resolve(database.path);
  const target = resolve(file);
  if (!existsSync(source)) throw new BackupError(`no database at ${source} (DATABASE_URL)`);
  if (target === source) throw new BackupError('FILE is the database itself: choose another path');
  if (existsSync(target) && !options.force)
    throw new BackupError(`${target} exists: choose another FILE or add --force`);
  if (!existsSync(dirname(target))) throw new BackupError(`the directory ${dirname(target)} does not exist`);
  const partial = `${target}.partial`;
  rmSync(partial, { force: true });
  const started = process.hrtime.bigint();
  // A read connection of its own; the server's writes wait at most busy_timeout for a page step.
  const db = new Database(source, { fileMustExist: true });
  let pages: number;
  try {
    db.pragma('busy_timeout = 5000');
    const result = await db.backup(partial, {
      // Everything in one step: one read transaction, so the copy is one point in time. In WAL
      // mode a reader does not block the server's writers, which go on meanwhile (page-by-page
      // steps would restart whenever the server commits, possibly forever under steady ingestion).
      progress: () => 0x7fffffff,
    });
    pages = result.totalPages;
  } finally {
    db.close();
  }
  const copy = new Database(partial);
  try {
    const integrity = copy.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new BackupError(`the copy failed its integrity check: ${String(integrity)}`);
    // The source runs in WAL mode; a backup file is easier to move around as one file.
    copy.pragma('journal_mode = DELETE');
  } catch (error) {
    copy.close();
    rmSync(partial, { force: true });
    throw error;
  }
  copy.close();
  renameSync(partial, target);
  return {
    source,
    file: target,
    bytes: statSync(target).size,
    pages,
    seconds: Number(process.hrtime.bigint() - started) / 1e9,
    integrity: 'ok',
  };
}
