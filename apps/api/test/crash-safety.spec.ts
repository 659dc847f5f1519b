import { execFileSync } from 'node:child_process';
import { createReadStream, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { builtGql, startBuiltServer, stopBuiltServer, type BuiltServer } from './support/built-server.js';
import { contactEventStream } from './support/event-stream.js';

/*
 * Crash safety on the embedded database: the built server (node apps/api/dist/main.js) is
 * SIGKILLed while a large NDJSON file streams into POST /api/events; after a restart the whole
 * file is sent again. Every event must be counted exactly once: the stored events and every
 * derived table (contacts, interval and day roll-ups) equal those of a clean single ingest, and
 * every event acknowledged before the kill survived it.
 */

const REPO = fileURLToPath(new URL('../../..', import.meta.url));
// 60,000 events (about 12 batches) keep the kill mid-stream inside CI time; CRASH_TEST_EVENTS raises it.
const EVENTS = Number(process.env.CRASH_TEST_EVENTS ?? 60_000);
const QUEUES = ['Hotline General', 'Online Chat'];
const sqlite = !process.env.DATABASE_URL?.startsWith('postgres');
/** One process, its own in-memory live channel: the test is about storage. */
const NO_REDIS = { REDIS_URL: '' };

async function seed(server: BuiltServer): Promise<void> {
  const site = await builtGql<{ createSite: { id: string } }>(
    server,
    `mutation { createSite(input: { name: "Shenzhen", timeZone: "Asia/Shanghai" }) { id } }`,
  );
  const siteId = Number(site.createSite.id);
  for (const [name, channel] of [
    [QUEUES[0], 'HOTLINE'],
    [QUEUES[1], 'ONLINE'],
  ])
    await builtGql(server, `mutation($i: CreateQueueInput!) { createQueue(input: $i) { id } }`, {
      i: { name, channel, siteId },
    });
}

interface StreamOutcome {
  /** eventIds the server acknowledged as stored (ACCEPTED or DUPLICATE). */
  acknowledged: string[];
  summary?: { lines: number; accepted: number; duplicates: number; rejected: number };
  /** True when the connection broke (the server was killed). */
  broken: boolean;
}

/**
 * Streams the file to POST /api/events and reads the NDJSON results as they come; `onProgress`
 * sees the number acknowledged so far (and may kill the server).
 */
function streamFile(
  server: BuiltServer,
  file: string,
  onProgress?: (acknowledged: number) => void,
): Promise<StreamOutcome> {
  return new Promise((resolve) => {
    const outcome: StreamOutcome = { acknowledged: [], broken: false };
    const url = new URL(`${server.url}/api/events`);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${server.token}` },
      },
      (res) => {
        const lines = createInterface({ input: res, crlfDelay: Infinity });
        lines.on('line', (line) => {
          const item = JSON.parse(line) as {
            status?: string;
            eventId?: string;
            summary?: StreamOutcome['summary'];
          };
          if (item.summary) outcome.summary = item.summary;
          else if (item.status === 'ACCEPTED' || item.status === 'DUPLICATE') {
            outcome.acknowledged.push(item.eventId!);
            onProgress?.(outcome.acknowledged.length);
          }
        });
        lines.on('close', () => resolve(outcome));
        // The kill breaks the response: readline re-emits the stream's error ("aborted").
        lines.on('error', () => {
          outcome.broken = true;
        });
        res.on('error', () => {
          outcome.broken = true;
        });
      },
    );
    req.on('error', () => {
      outcome.broken = true;
      resolve(outcome);
    });
    const body = createReadStream(file);
    body.on('error', () => req.destroy());
    body.pipe(req);
  });
}

/** Every stored and derived row, in a stable order (receivedAt, the arrival time, left out). */
function dump(dbPath: string) {
  const db = new Database(dbPath, { readonly: true });
  try {
    const rows = (sql: string) => db.prepare(sql).all();
    return {
      events: rows(`SELECT "eventId", kind, "occurredAt", payload FROM events ORDER BY "eventId"`),
      contacts: rows(`SELECT * FROM contacts ORDER BY "contactId"`),
      intervals: rows(`SELECT * FROM queue_interval_stats ORDER BY "queueId", "intervalStart"`),
      days: rows(`SELECT * FROM queue_day_stats ORDER BY "queueId", "dayStart"`),
    };
  } finally {
    db.close();
  }
}

describe.skipIf(!sqlite)(
  `crash safety: SIGKILL while streaming ${EVENTS.toLocaleString('en-US')} events`,
  () => {
    let dir: string;
    let file: string;
    let total: number;
    let server: BuiltServer | undefined;

    beforeAll(() => {
      // The test runs the built server: build it (incremental, quick when up to date).
      execFileSync(process.execPath, [join(REPO, 'node_modules/typescript/bin/tsc'), '-b', 'apps/api'], {
        cwd: REPO,
        stdio: 'inherit',
      });
      dir = mkdtempSync(join(tmpdir(), 'sf-crash-'));
      file = join(dir, 'events.ndjson');
      const stream = contactEventStream(2026, Math.ceil(EVENTS / 2.6), QUEUES);
      const events = stream.events.slice(0, EVENTS);
      total = events.length;
      writeFileSync(file, events.map((e) => JSON.stringify(e)).join('\n') + '\n');
    }, 300_000);

    afterAll(async () => {
      await stopBuiltServer(server, 'SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    });

    it('counts every event exactly once after a kill mid-stream and a full re-send', async () => {
      expect(total).toBe(EVENTS);
      // A clean single ingest, for reference.
      const cleanDb = join(dir, 'clean.sqlite');
      server = await startBuiltServer(`sqlite:${cleanDb}`, NO_REDIS);
      await seed(server);
      const clean = await streamFile(server, file);
      expect(clean.summary).toEqual({ lines: total, accepted: total, duplicates: 0, rejected: 0 });
      await stopBuiltServer(server);

      // The crash: kill -9 once a third of the file has been acknowledged, while it still streams.
      const crashDb = join(dir, 'crash.sqlite');
      server = await startBuiltServer(`sqlite:${crashDb}`, NO_REDIS);
      await seed(server);
      const victim = server;
      let killedAt = 0;
      const interrupted = await streamFile(server, file, (acknowledged) => {
        if (killedAt === 0 && acknowledged >= Math.floor(total / 3)) {
          killedAt = acknowledged;
          victim.child.kill('SIGKILL');
        }
      });
      await stopBuiltServer(server);
      expect(killedAt).toBeGreaterThan(0);
      expect(interrupted.summary).toBeUndefined();
      expect(interrupted.acknowledged.length).toBeLessThan(total);

      // Everything acknowledged before the kill is stored (a result line means committed).
      const afterCrash = new Database(crashDb);
      const stored = new Set(
        (afterCrash.prepare(`SELECT "eventId" FROM events`).all() as { eventId: string }[]).map(
          (r) => r.eventId,
        ),
      );
      afterCrash.close();
      expect(interrupted.acknowledged.filter((id) => !stored.has(id))).toEqual([]);
      expect(stored.size).toBeLessThan(total);

      // Restart on the same file and send everything again.
      server = await startBuiltServer(`sqlite:${crashDb}`, NO_REDIS);
      const resent = await streamFile(server, file);
      await stopBuiltServer(server);
      expect(resent.summary).toEqual({
        lines: total,
        accepted: total - stored.size,
        duplicates: stored.size,
        rejected: 0,
      });

      const a = dump(cleanDb);
      const b = dump(crashDb);
      expect(b.events.length).toBe(total);
      expect(b.events).toEqual(a.events);
      expect(b.contacts).toEqual(a.contacts);
      expect(b.intervals).toEqual(a.intervals);
      expect(b.days).toEqual(a.days);
      expect(statSync(crashDb).size).toBeGreaterThan(0);
    }, 600_000);
  },
);
