import { InitialSchema1795564690006 as PostgresInitialSchema1795564690006 } from './postgres/1795564690006-InitialSchema.js';
import { InitialSchema1795564690006 as SqliteInitialSchema1795564690006 } from './sqlite/1795564690006-InitialSchema.js';

/** Migration sets, one per database, in order (written by database/generate-migration.ts). */
export const SQLITE_MIGRATIONS = [SqliteInitialSchema1795564690006];
export const POSTGRES_MIGRATIONS = [PostgresInitialSchema1795564690006];
