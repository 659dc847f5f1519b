import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { centerDays, dayBounds, demoCenter } from '@servicefloor/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyDayEvents } from '../src/demo/history-day.js';
import { TEST_ADMIN } from './support/test-app.js';

const MAIN = fileURLToPath(new URL('../dist/main.js', import.meta.url));
const DAYS = 2;
const SEED = 7;
const sqlite = !process.env.DATABASE_URL?.startsWith('postgres');

/**
 * The demo's first start as `npm start` runs it (the built server on the embedded database):
 * history days are simulated in worker threads, handed over a batch at a time, and stored by the
 * SQLite writer thread. Every event the simulator made for those days must be stored exactly once
 * and rolled up. (The tests that boot the app from its TypeScript sources run those steps in one
 * thread; this one runs the threads.)
 */
describe.skipIf(!sqlite)('demo history in the built server (worker threads)', () => {
  let dir: string;
  let server: ChildProcess;
  let base: string;
  let token = '';

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sf-demo-built-'));
    const port = 4900 + Math.floor(Math.random() * 800);
    server = spawn(process.execPath, [MAIN], {
      env: {
        ...process.env,
        DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
        PORT: String(port),
        DEMO: 'on',
        DEMO_HISTORY_DAYS: String(DAYS),
        DEMO_SEED: String(SEED),
        LOG_LEVEL: 'warn',
        DASHBOARD_DIR: '/nonexistent',
        ADMIN_USERNAME: TEST_ADMIN.username,
        ADMIN_PASSWORD: TEST_ADMIN.password,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    base = `http://127.0.0.1:${port}`;
    for (let i = 0; i < 300 && !token; i++) {
      try {
        const res = await fetch(`${base}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(TEST_ADMIN),
        });
        if (res.ok) token = ((await res.json()) as { accessToken: string }).accessToken;
      } catch {
        // not listening yet
      }
      if (!token) await new Promise((r) => setTimeout(r, 200));
    }
  }, 90_000);

  afterAll(async () => {
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server.once('exit', resolve));
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const historyDaysDone = async () => {
    const res = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ demoStatus { historyDaysDone } }' }),
    });
    return ((await res.json()) as { data: { demoStatus: { historyDaysDone: number } } }).data.demoStatus
      .historyDaysDone;
  };

  it('stores every simulated event of the history days exactly once, with their roll-ups', async () => {
    expect(token).not.toBe('');
    await expect.poll(historyDaysDone, { timeout: 240_000, interval: 500 }).toBe(DAYS);

    // The same days the server chose, simulated here in one thread.
    const center = demoCenter();
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: center.timeZone }).format(new Date());
    const today = dayBounds(center.timeZone, date);
    const days = centerDays(center, today.fromMs - DAYS * 86_400_000 - 2 * 3_600_000, today.fromMs).slice(
      -DAYS,
    );
    const expected = days.flatMap((d) =>
      historyDayEvents({ date: d.date, seed: SEED, beforeMs: today.fromMs, batchSize: 5000 }),
    );

    const db = new Database(join(dir, 'db.sqlite'), { readonly: true });
    try {
      const stored = db
        .prepare(`SELECT "eventId" FROM events WHERE "occurredAt" < ?`)
        .pluck()
        .all(today.fromMs) as string[];
      expect(stored.length).toBe(expected.length);
      expect(new Set(stored)).toEqual(new Set(expected.map((e) => e.eventId)));

      const offered = expected.filter((e) => e.kind === 'contact' && e.type === 'OFFERED').length;
      const rolledUp = db
        .prepare(`SELECT SUM("offered") FROM queue_day_stats WHERE "dayStart" >= ? AND "dayStart" < ?`)
        .pluck()
        .get(days[0].fromMs, today.fromMs) as number;
      expect(offered).toBeGreaterThan(10_000);
      expect(rolledUp).toBe(offered);
    } finally {
      db.close();
    }
  }, 300_000);
});
