import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

interface Status {
  phase: string;
  historyDaysTotal: number;
  historyDaysDone: number;
  eventsIngested: number;
}

/**
 * The living demo center: on first start the demo directory is created, yesterday's history is
 * generated and ingested through the pipeline, and today runs live.
 */
describe('demo center', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url, { DEMO: 'on', DEMO_HISTORY_DAYS: '1' });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const status = async () =>
    (
      await api.gql<{ demoStatus: Status }>(
        `{ demoStatus { phase historyDaysTotal historyDaysDone eventsIngested } }`,
      )
    ).data!.demoStatus;

  it('creates the demo directory: Asia/Shanghai sites, all three channels, about 600 agents', async () => {
    const res = await api.gql<{
      sites: { timeZone: string }[];
      queues: { channel: string }[];
      agents: unknown[];
    }>(`{ sites { timeZone } queues { channel } agents { id } }`);
    expect(res.data!.sites.every((s) => s.timeZone === 'Asia/Shanghai')).toBe(true);
    expect(new Set(res.data!.queues.map((q) => q.channel))).toEqual(
      new Set(['HOTLINE', 'ONLINE', 'CLAIM_DESK']),
    );
    expect(res.data!.agents.length).toBeGreaterThan(500);
  });

  it('generates history through the ingestion pipeline and runs today live', async () => {
    let current = await status();
    for (let i = 0; i < 300 && current.historyDaysDone < 1; i++) {
      await new Promise((r) => setTimeout(r, 1000));
      current = await status();
    }
    expect(current).toMatchObject({ phase: 'LIVE', historyDaysTotal: 1, historyDaysDone: 1 });
    const yesterday = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
      new Date(Date.now() - 86_400_000),
    );
    const res = await api.gql<{
      queueMetrics: { channels: { channel: string; total: { offered: number; serviceLevel: number } }[] };
    }>(
      `query($d: String!) { queueMetrics(from: $d, to: $d) { channels { channel total { offered serviceLevel } } } }`,
      { d: yesterday },
    );
    if (!res.data) throw new Error(`queueMetrics failed: ${JSON.stringify(res.errors)}`);
    const hotline = res.data.queueMetrics.channels.find((c) => c.channel === 'HOTLINE')!;
    expect(hotline.total.offered).toBeGreaterThan(3000);
    expect(hotline.total.serviceLevel).toBeGreaterThan(0.5);
  }, 420_000);

  // The demo center is closed at night (Shanghai time): only then can a minute pass without a contact.
  const shanghaiHour = Number(
    new Intl.DateTimeFormat('en-US', { timeZone: 'Asia/Shanghai', hour: 'numeric', hourCycle: 'h23' }).format(
      new Date(),
    ),
  );
  it.skipIf(shanghaiHour < 9 || shanghaiHour >= 21)(
    "keeps sending today's events as their time comes",
    async () => {
      const before = (await status()).eventsIngested;
      let after = before;
      for (let i = 0; i < 60 && after === before; i++) {
        await new Promise((r) => setTimeout(r, 1000));
        after = (await status()).eventsIngested;
      }
      expect(after).toBeGreaterThan(before);
    },
    90_000,
  );
});
