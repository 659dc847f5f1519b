import { InitialSchema1795565227792 as PostgresInitialSchema1795565227792 } from './postgres/1795565227792-InitialSchema.js';
import { InitialSchema1795565227792 as SqliteInitialSchema1795565227792 } from './sqlite/1795565227792-InitialSchema.js';

/** Migration sets, one per database, in order (written by database/generate-migration.ts). */
export const SQLITE_MIGRATIONS = [SqliteInitialSchema1795565227792];
export const POSTGRES_MIGRATIONS = [PostgresInitialSchema1795565227792];
