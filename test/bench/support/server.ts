import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const root = fileURLToPath(new URL('../../../', import.meta.url));

export interface BenchServer {
  url: string;
  /** The database the server uses: `sqlite:PATH` or a postgres:// URL. */
  databaseUrl: string;
  /** Headers that authenticate as the first administrator. */
  headers: Record<string, string>;
  pid: number;
  /** Resident memory of the server process, MB. */
  rssMb(): number;
  /** CPU time the server process has used so far (all its threads, user + system), seconds. */
  cpuSeconds(): number;
  /** The same split into user and system (kernel: file reads and writes, page faults) time, seconds. */
  cpuTimes(): { user: number; system: number };
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
    const dir = mkdtempSync(join(tmpdir(), 'sf-bench-'));
    databaseUrl = `sqlite:${join(dir, 'db.sqlite')}`;
    // A six-month demo history is several GB: removed when the server stops.
    dropDb = async () => rmSync(dir, { recursive: true, force: true });
  }
  const port = 3400 + Math.floor(Math.random() * 500);
  // BENCH_SERVER_NODE_ARGS: extra node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof".
  const nodeArgs = (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, join(root, 'apps/api/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      ADMIN_USERNAME: BENCH_ADMIN.username,
      ADMIN_PASSWORD: BENCH_ADMIN.password,
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
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (let i = 0; i < 600; i++) {
    try {
      // Sign in as the first administrator (servers without access control answer 404 here).
      const login = await fetch(`${url}/api/auth/login`, {
        method: 'POST',
        headers,
        body: JSON.stringify(BENCH_ADMIN),
      });
      if (login.ok)
        headers.authorization = `Bearer ${((await login.json()) as { accessToken: string }).accessToken}`;
      const res = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers,
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
    databaseUrl,
    headers,
    pid: child.pid!,
    rssMb: () => {
      const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
      return Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
    },
    cpuSeconds: () => {
      const { user, system } = cpuTimes(child.pid!);
      return user + system;
    },
    cpuTimes: () => cpuTimes(child.pid!),
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      await dropDb?.();
    },
  };
}

/** User and system CPU time of a process (all its threads), seconds. */
function cpuTimes(pid: number): { user: number; system: number } {
  // /proc/PID/stat fields 14 and 15 (utime, stime) in clock ticks of 1/100 s; the name (field 2) may hold spaces.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return { user: Number(fields[11]) / 100, system: Number(fields[12]) / 100 };
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

/** The administrator the bench servers start with (ADMIN_USERNAME / ADMIN_PASSWORD). */
const BENCH_ADMIN = { username: 'bench-admin', password: 'bench-admin-password-1' };

/** A GraphQL request as the bench administrator; throws on errors. */
export async function graphql<T>(
  server: BenchServer,
  query: string,
  variables?: Record<string, unknown>,
): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: server.headers,
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data: T; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/**
 * Waits until the demo has sent today so far (it does so at once on start, DEMO_SPEED 0) and
 * then only trickles live events, so that a benchmark measures its own load, not the catch-up.
 */
export async function waitForDemoCatchUp(server: BenchServer, timeoutMs = 300_000): Promise<void> {
  const ingested = async () =>
    (
      await graphql<{ demoStatus: { phase: string; eventsIngested: number } }>(
        server,
        '{ demoStatus { phase eventsIngested } }',
      )
    ).demoStatus;
  const deadline = Date.now() + timeoutMs;
  let before = await ingested();
  while (Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 2000));
    const now = await ingested();
    // Live events of a whole center come at a few per second; the catch-up at thousands.
    if (now.phase !== 'STARTING' && now.eventsIngested - before.eventsIngested < 200) return;
    before = now;
  }
}
