import { repeatedContactIds } from '@servicefloor/metrics';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestService } from '../src/ingest/ingest.service.js';
import { DERIVED_TABLES } from '../src/ingest/rebuild.js';
import { contactEventStream } from './support/event-stream.js';
import { INGEST, QUEUE_METRICS, seedSmallCenter } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

const ORDER: Record<(typeof DERIVED_TABLES)[number], string> = {
  contacts: '"contactId"',
  queue_interval_stats: '"queueId", "intervalStart"',
  queue_day_stats: '"queueId", "dayStart"',
  agent_states: '"agentId", "at", "eventId"',
  agent_last_states: '"agentId"',
  agent_interval_stats: '"agentId", "intervalStart"',
  agent_day_stats: '"agentId", "dayStart"',
  quality_evaluations: '"eventId"',
  claims: '"claimId"',
  claim_day_stats: '"queueId", "dayStart"',
};

/** Numbers as numbers (PostgreSQL sends BIGINT as text), rounded past float noise of added seconds. */
function normalize(value: unknown): unknown {
  const n = typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value;
  return typeof n === 'number' ? Math.round(n * 1e6) / 1e6 + 0 : n;
}

async function snapshot(api: TestApp): Promise<Record<string, unknown[]>> {
  const db = api.app.get(DataSource);
  const out: Record<string, unknown[]> = {};
  for (const table of DERIVED_TABLES) {
    const rows = (await db.query(`SELECT * FROM ${table} ORDER BY ${ORDER[table]}`)) as Record<
      string,
      unknown
    >[];
    // A row of all-zero counters and a missing row mean the same; drop zero rows of the stats tables.
    const meaningful = rows.filter(
      (row) =>
        !table.endsWith('_stats') ||
        Object.entries(row).some(([k, v]) => !k.endsWith('Id') && !k.endsWith('Start') && normalize(v) !== 0),
    );
    out[table] = meaningful.map((row) =>
      Object.fromEntries(Object.entries(row).map(([k, v]) => [k, normalize(v)])),
    );
  }
  return out;
}

describe('roll-ups: incremental equals rebuilt, whatever the order', () => {
  const stream = contactEventStream(7, 600, ['Hotline General', 'Online Chat']);
  let dbs: TestDatabase[] = [];
  let apps: TestApp[] = [];

  const start = async () => {
    const db = await createTestDatabase();
    const api = await startTestApp(db.url);
    await seedSmallCenter(api);
    dbs.push(db);
    apps.push(api);
    return api;
  };

  beforeAll(async () => {
    dbs = [];
    apps = [];
  });

  afterAll(async () => {
    for (const api of apps) await api.close();
    for (const db of dbs) await db.drop();
  });

  it('a shuffled stream with duplicates in random batches gives the same roll-ups as the ordered stream, and as a rebuild', async () => {
    const ordered = await start();
    await ordered.gql(INGEST, { events: stream.events });

    const shuffled = await start();
    const noisy = stream.shuffled([...stream.events, ...stream.events.filter(() => stream.random() < 0.2)]);
    for (let i = 0; i < noisy.length;) {
      const size = 1 + Math.floor(stream.random() * 300);
      const res = await shuffled.gql<{ ingestEvents: { rejected: number } }>(INGEST, {
        events: noisy.slice(i, i + size),
      });
      expect(res.data!.ingestEvents.rejected).toBe(0);
      i += size;
    }

    const expected = await snapshot(ordered);
    expect(expected.queue_interval_stats.length).toBeGreaterThan(50);
    expect(expected.agent_interval_stats.length).toBeGreaterThan(50);
    expect(expected.claim_day_stats.length).toBeGreaterThan(2);
    expect(
      expected.quality_evaluations.filter(
        (q) => (q as { attributedAgentId: unknown }).attributedAgentId !== null,
      ).length,
    ).toBeGreaterThan(30);
    expect(await snapshot(shuffled)).toEqual(expected);
    // Derived FCR: the stored flags are the repeats of the whole stream, computed directly.
    const contacts = expected.contacts as {
      contactId: string;
      customerId: string | null;
      offeredAt: number | null;
      repeatWithin7Days: number | null;
    }[];
    const repeated = repeatedContactIds(contacts);
    expect(repeated.size).toBeGreaterThan(50);
    expect(contacts.filter((c) => c.repeatWithin7Days === 1).map((c) => c.contactId)).toEqual(
      contacts.filter((c) => repeated.has(c.contactId)).map((c) => c.contactId),
    );

    const rebuilt = await shuffled.app.get(IngestService).rebuild();
    expect(rebuilt.events).toBe(stream.events.length);
    expect(await snapshot(shuffled)).toEqual(expected);
  }, 300_000);

  it('figures equal a direct count from the raw events', async () => {
    const api = apps[0];
    const res = await api.gql<{
      queueMetrics: { queues: { queue: string; total: Record<string, number> }[] };
    }>(QUEUE_METRICS, {
      from: '2026-03-01',
      to: '2026-03-06',
    });
    for (const series of res.data!.queueMetrics.queues.filter((q) => q.queue !== 'Claims')) {
      const mine = stream.events.filter((e) => e.queue === series.queue);
      const count = (type: string) => mine.filter((e) => e.type === type).length;
      expect(series.total.offered).toBe(count('OFFERED'));
      expect(series.total.answered).toBe(count('ANSWERED'));
      expect(series.total.abandoned).toBe(count('ABANDONED'));
    }
  });
});
