#!/usr/bin/env node
// The `servicefloor` command (npx servicefloor …). It runs the compiled CLI of apps/api,
// building it first when this checkout has not been built yet.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = new URL('../apps/api/dist/cli/main.js', import.meta.url);
if (!existsSync(fileURLToPath(cli))) {
  console.error('servicefloor: building the API first (one time)…');
  execFileSync(
    process.execPath,
    [fileURLToPath(new URL('../node_modules/typescript/bin/tsc', import.meta.url)), '-b', 'apps/api'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  );
}
await import(cli.href);
