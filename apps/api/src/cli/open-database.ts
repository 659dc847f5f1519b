import { DataSource } from 'typeorm';
import { loadEnv } from '../config/env.js';
import { dataSourceOptions } from '../database/data-source-options.js';

/** Opens the configured database (DATABASE_URL), with migrations applied, for a CLI command. */
export async function openDatabase(): Promise<DataSource> {
  const env = loadEnv();
  const source = new DataSource(dataSourceOptions(env.database));
  await source.initialize();
  return source;
}
