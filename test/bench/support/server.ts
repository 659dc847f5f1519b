import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface BenchServer {
  url: string;
  pid: number;
  /** Resident memory of the server process, MB. */
  rssMb(): number;
  stop(): Promise<void>;
}

/**
 * Starts the built API (`node apps/api/dist/main.js`) as its own process on a fresh database:
 * SQLite in a temp dir, or a new PostgreSQL database dropped at stop. Run `npm run build` first.
 */
export async function startServer(options: {
  database: 'sqlite' | 'postgres';
  env?: Record<string, string>;
}): Promise<BenchServer> {
  let databaseUrl: string;
  let dropDb: (() => Promise<void>) | null = null;
  if (options.database === 'postgres') {
    const base = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
    const name = `bench_sf_${process.pid}_${Date.now()}`;
    await withPg(base, (c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(base);
    url.pathname = `/${name}`;
    databaseUrl = url.toString();
    dropDb = () =>
      withPg(base, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined);
  } else {
    databaseUrl = `sqlite:${join(mkdtempSync(join(tmpdir(), 'sf-bench-')), 'db.sqlite')}`;
  }
  const port = 3400 + Math.floor(Math.random() * 500);
  const child: ChildProcess = spawn(process.execPath, [join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      LOG_LEVEL: 'warn',
      DEMO: 'on',
      DASHBOARD_DIR: '/nonexistent',
      ...options.env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 600; i++) {
    try {
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ queues { name } }' }),
      });
      const body = (await res.json()) as { data?: { queues: unknown[] } };
      if (body.data && body.data.queues.length > 0) break;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await dropDb?.();
    },
  };
}

async function withPg<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export async function graphql<T>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}
