import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadEnv } from '../src/config/env.js';
import { dataSourceOptions } from '../src/database/data-source-options.js';
import { createTestDatabase, type TestDatabase } from './support/test-app.js';

/** The migration set of this database creates exactly the schema the entities describe. */
describe('migrations', () => {
  let db: TestDatabase;
  let source: DataSource;

  beforeAll(async () => {
    db = await createTestDatabase();
    source = new DataSource(dataSourceOptions(loadEnv({ DATABASE_URL: db.url }).database));
    await source.initialize();
  });

  afterAll(async () => {
    await source?.destroy();
    await db?.drop();
  });

  it('leave no difference between entities and schema', async () => {
    const pending = await source.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((q) => q.query)).toEqual([]);
  });

  it('are all applied at start-up', async () => {
    expect(await source.showMigrations()).toBe(false);
  });
});
