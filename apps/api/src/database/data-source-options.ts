import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions } from 'typeorm';
import type { DatabaseConfig } from '../config/env.js';
import { ENTITIES } from './entities.js';
import { POSTGRES_MIGRATIONS, SQLITE_MIGRATIONS } from './migrations/index.js';

/**
 * TypeORM options for the configured database. Both databases get the same entities and
 * their own migration set, run at start-up; the schema is never synchronized from entities.
 */
export function dataSourceOptions(db: DatabaseConfig): DataSourceOptions {
  if (db.type === 'sqlite') {
    if (db.path !== ':memory:') mkdirSync(dirname(db.path), { recursive: true });
    return {
      type: 'better-sqlite3',
      database: db.path,
      entities: ENTITIES,
      migrations: SQLITE_MIGRATIONS,
      migrationsRun: true,
      // WAL lets readers (queries, backup) run while ingestion writes.
      prepareDatabase: (sqlite: { pragma: (p: string) => unknown }) => {
        sqlite.pragma('journal_mode = WAL');
        sqlite.pragma('synchronous = NORMAL');
        sqlite.pragma('foreign_keys = ON');
        sqlite.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    type: 'postgres',
    url: db.url,
    entities: ENTITIES,
    migrations: POSTGRES_MIGRATIONS,
    migrationsRun: true,
    extra: { max: 10 },
  };
}
