import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { centerDays, dayBounds, demoCenter } from '@servicefloor/simulator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { historyDayEvents } from '../src/demo/history-day.js';
import { builtGql, startBuiltServer, stopBuiltServer, type BuiltServer } from './support/built-server.js';

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
  let server: BuiltServer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'sf-demo-built-'));
    server = await startBuiltServer(`sqlite:${join(dir, 'db.sqlite')}`, {
      DEMO: 'on',
      DEMO_HISTORY_DAYS: String(DAYS),
      DEMO_SEED: String(SEED),
    });
  }, 90_000);

  afterAll(async () => {
    await stopBuiltServer(server);
    rmSync(dir, { recursive: true, force: true });
  });

  const historyDaysDone = async () =>
    (
      await builtGql<{ demoStatus: { historyDaysDone: number } }>(
        server,
        '{ demoStatus { historyDaysDone } }',
      )
    ).demoStatus.historyDaysDone;

  it('stores every simulated event of the history days exactly once, with their roll-ups', async () => {
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
