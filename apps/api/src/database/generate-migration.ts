/*
 * Developer tool: writes a migration for the difference between the entities and a database
 * that has every existing migration applied (what `typeorm migration:generate` does), for
 * SQLite and for PostgreSQL. Usage, after `npm run build -w @servicefloor/api`:
 *   node apps/api/dist/database/generate-migration.js NameInPascalCase
 * PostgreSQL is taken from PG_URL (default postgres://postgres@127.0.0.1:5432/postgres), into a
 * scratch database that is dropped afterwards.
 */
import 'reflect-metadata';
import { readdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from './data-source-options.js';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: generate-migration NameInPascalCase');
  process.exit(2);
}
const srcDir = join(dirname(fileURLToPath(import.meta.url)), '../../src/database/migrations');
const stamp = Date.now();

async function generate(dialect: 'sqlite' | 'postgres', source: DataSource): Promise<void> {
  await source.initialize();
  await source.runMigrations();
  const sql = await source.driver.createSchemaBuilder().log();
  await source.destroy();
  if (sql.upQueries.length === 0) {
    console.log(`${dialect}: no changes`);
    return;
  }
  const q = (s: string) => JSON.stringify(s);
  const up = sql.upQueries.map((x) => `    await queryRunner.query(${q(x.query)});`).join('\n');
  const down = sql.downQueries
    .reverse()
    .map((x) => `    await queryRunner.query(${q(x.query)});`)
    .join('\n');
  const className = `${name}${stamp}`;
  const file = join(srcDir, dialect, `${stamp}-${name}.ts`);
  writeFileSync(
    file,
    `import type { MigrationInterface, QueryRunner } from 'typeorm';\n\nexport class ${className} implements MigrationInterface {\n  name = '${className}';\n\n  async up(queryRunner: QueryRunner): Promise<void> {\n${up}\n  }\n\n  async down(queryRunner: QueryRunner): Promise<void> {\n${down}\n  }\n}\n`,
  );
  console.log(`${dialect}: wrote ${file}`);
}

/** Rewrites migrations/index.ts to list every migration file of each dialect, in order. */
function writeIndex(): void {
  const list = (dialect: string) =>
    readdirSync(join(srcDir, dialect))
      .filter((f) => f.endsWith('.ts'))
      .sort()
      .map((f) => {
        const [time, migration] = f.replace(/\.ts$/, '').split('-');
        return {
          file: `./${dialect}/${f.replace(/\.ts$/, '.js')}`,
          name: `${migration}${time}`,
          alias: `${dialect === 'sqlite' ? 'Sqlite' : 'Postgres'}${migration}${time}`,
        };
      });
  const all = [...list('postgres'), ...list('sqlite')];
  const imports = all.map((m) => `import { ${m.name} as ${m.alias} } from '${m.file}';`).join('\n');
  const names = (dialect: string) =>
    list(dialect)
      .map((m) => m.alias)
      .join(', ');
  writeFileSync(
    join(srcDir, 'index.ts'),
    `${imports}\n\n/** Migration sets, one per database, in order (written by database/generate-migration.ts). */\nexport const SQLITE_MIGRATIONS = [${names('sqlite')}];\nexport const POSTGRES_MIGRATIONS = [${names('postgres')}];\n`,
  );
}

const scratch = `/tmp/servicefloor-migration-${stamp}.sqlite`;
await generate(
  'sqlite',
  new DataSource({ ...dataSourceOptions({ type: 'sqlite', path: scratch }), migrationsRun: false }),
);

const adminUrl = process.env.PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const admin = new DataSource({ type: 'postgres', url: adminUrl });
await admin.initialize();
const dbName = `sf_migration_${stamp}`;
await admin.query(`CREATE DATABASE ${dbName}`);
try {
  const url = new URL(adminUrl);
  url.pathname = `/${dbName}`;
  await generate(
    'postgres',
    new DataSource({ ...dataSourceOptions({ type: 'postgres', url: url.toString() }), migrationsRun: false }),
  );
} finally {
  await admin.query(`DROP DATABASE ${dbName}`);
  await admin.destroy();
}
writeIndex();
