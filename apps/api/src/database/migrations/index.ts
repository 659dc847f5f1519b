import { InitialSchema1795563723011 as PostgresInitialSchema1795563723011 } from './postgres/1795563723011-InitialSchema.js';
import { InitialSchema1795563723011 as SqliteInitialSchema1795563723011 } from './sqlite/1795563723011-InitialSchema.js';

/** Migration sets, one per database, in order (written by database/generate-migration.ts). */
export const SQLITE_MIGRATIONS = [SqliteInitialSchema1795563723011];
export const POSTGRES_MIGRATIONS = [PostgresInitialSchema1795563723011];
