#!/usr/bin/env node
// Writes apps/api/schema.gql from the built API (npx nx run @servicefloor/api:build first), then
// regenerates the dashboard's typed documents from it. The API writes its schema at start-up
// (GRAPHQL_SCHEMA_FILE); this starts it on a throw-away database, waits for the file, stops it.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const schemaFile = join(root, 'apps/api/schema.gql');
const dir = mkdtempSync(join(tmpdir(), 'sf-schema-'));
const before = statSync(schemaFile, { throwIfNoEntry: false })?.mtimeMs ?? 0;
const api = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
  env: {
    ...process.env,
    DEMO: 'off',
    PORT: '0',
    DATABASE_URL: `sqlite:${join(dir, 'schema.sqlite')}`,
    GRAPHQL_SCHEMA_FILE: schemaFile,
    LOG_LEVEL: 'warn',
  },
  stdio: ['ignore', 'ignore', 'inherit'],
});
const deadline = Date.now() + 60_000;
while ((statSync(schemaFile, { throwIfNoEntry: false })?.mtimeMs ?? 0) <= before) {
  if (Date.now() > deadline || api.exitCode !== null) {
    api.kill();
    rmSync(dir, { recursive: true, force: true });
    console.error('write-schema: the API did not write its schema within 60 s');
    process.exit(1);
  }
  await new Promise((r) => setTimeout(r, 200));
}
await new Promise((r) => setTimeout(r, 300));
api.kill('SIGTERM');
await new Promise((r) => api.once('exit', r));
rmSync(dir, { recursive: true, force: true });
console.log(`wrote ${schemaFile}`);
execFileSync('npm', ['run', 'codegen', '-w', '@servicefloor/dashboard'], { cwd: root, stdio: 'inherit' });
