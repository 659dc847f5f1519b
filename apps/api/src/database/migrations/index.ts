import { InitialSchema1795563201734 as PostgresInitialSchema } from './postgres/1795563201734-InitialSchema.js';
import { InitialSchema1795563201734 as SqliteInitialSchema } from './sqlite/1795563201734-InitialSchema.js';

/** Migration sets, one per database, in order (written by database/generate-migration.ts). */
export const SQLITE_MIGRATIONS = [SqliteInitialSchema];
export const POSTGRES_MIGRATIONS = [PostgresInitialSchema];
