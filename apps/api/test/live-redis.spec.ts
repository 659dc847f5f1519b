import { createClient, type Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { INGEST, seedSmallCenter, type IngestResponse } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

/*
 * Several API instances behind a load balancer: two apps on one database and one Redis. Events
 * ingested through one reach a graphql-ws subscriber of the other, and an alert is raised once
 * (one row) and pushed by both.
 *
 * Skipped without REDIS_URL: with the in-process pub/sub, instances cannot see each other's
 * changes by design (a single instance needs no Redis). The PostgreSQL + Redis run covers it.
 */
const REDIS_URL = process.env.REDIS_URL;

interface Update {
  kind: string;
  serverTime: string;
  queues?: { id: string; name: string; depth: number; activeAlerts: string[] }[];
  alerts?: { id: string; rule: string; active: boolean; value: number }[];
}

const iso = (ms: number) => new Date(ms).toISOString().replace('Z', '+00:00');

function subscribe(api: TestApp, query: string, variables: Record<string, unknown> = {}) {
  const messages: Update[] = [];
  const client: Client = createClient({
    url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    retryAttempts: 0,
    connectionParams: api.adminToken ? { authorization: `Bearer ${api.adminToken}` } : undefined,
  });
  client.subscribe(
    { query, variables },
    {
      next: (r) => void messages.push(Object.values(r.data ?? {})[0] as Update),
      error: (e) => void messages.push({ kind: 'ERROR', serverTime: JSON.stringify(e) }),
      complete: () => undefined,
    },
  );
  return {
    messages,
    async until(test: (u: Update) => boolean, timeoutMs = 8_000): Promise<Update> {
      const started = Date.now();
      for (;;) {
        const found = messages.find(test);
        if (found) return found;
        if (Date.now() - started > timeoutMs)
          throw new Error(`nothing matched in ${timeoutMs} ms: ${JSON.stringify(messages).slice(0, 2000)}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    close: () => client.dispose(),
  };
}

describe.skipIf(!REDIS_URL)('live floor across API instances (Redis)', () => {
  let db: TestDatabase;
  let a: TestApp;
  let b: TestApp;
  let queueId = '';

  beforeAll(async () => {
    db = await createTestDatabase();
    a = await startTestApp(db.url);
    await seedSmallCenter(a);
    const queues = await a.gql<{ queues: { id: string; name: string }[] }>(`{ queues { id name } }`);
    queueId = queues.data!.queues.find((q) => q.name === 'Hotline General')!.id;
    await a.gql(`mutation($id: ID!) { updateQueue(id: $id, input: { alertMaxDepth: 2 }) { id } }`, {
      id: queueId,
    });
    b = await startTestApp(db.url);
  });

  afterAll(async () => {
    await a?.close();
    await b?.close();
    await db?.drop();
  });

  it("pushes events ingested through one instance to the other instance's subscribers, and raises an alert once", async () => {
    const queuesOnB = subscribe(
      b,
      `subscription($f: LiveQueueFilter) { liveQueues(filter: $f) { kind serverTime queues { id name depth activeAlerts } } }`,
      { f: { queueIds: [queueId] } },
    );
    const alertsOnB = subscribe(
      b,
      `subscription { liveAlerts { kind serverTime alerts { id rule active value } } }`,
    );
    const alertsOnA = subscribe(
      a,
      `subscription { liveAlerts { kind serverTime alerts { id rule active value } } }`,
    );
    try {
      const snapshot = await queuesOnB.until((u) => u.kind === 'SNAPSHOT');
      expect(snapshot.queues![0]).toMatchObject({ name: 'Hotline General', depth: 0 });
      await alertsOnB.until((u) => u.kind === 'SNAPSHOT');
      await alertsOnA.until((u) => u.kind === 'SNAPSHOT');

      const now = Date.now();
      const events = [1, 2, 3].map((i) => ({
        kind: 'contact',
        eventId: `redis-${i}`,
        type: 'OFFERED',
        occurredAt: iso(now - i * 1000),
        contactId: `rc-${i}`,
        queue: 'Hotline General',
      }));
      const sent = Date.now();
      const res = await a.gql<IngestResponse>(INGEST, { events });
      expect(res.data!.ingestEvents.accepted).toBe(3);

      const update = await queuesOnB.until(
        (u) => u.kind !== 'SNAPSHOT' && u.queues!.some((q) => q.depth === 3),
      );
      expect(update.kind).toBe('CHANGES');
      expect(Date.parse(update.serverTime) - sent).toBeLessThan(2_000);

      // Both instances judge depth 3 > 2; the database lets only one raise it, and both push it.
      const raisedOnB = await alertsOnB.until((u) =>
        (u.alerts ?? []).some((x) => x.rule === 'QUEUE_DEPTH' && x.active),
      );
      const raisedOnA = await alertsOnA.until((u) =>
        (u.alerts ?? []).some((x) => x.rule === 'QUEUE_DEPTH' && x.active),
      );
      const idOnB = raisedOnB.alerts!.find((x) => x.rule === 'QUEUE_DEPTH')!.id;
      expect(raisedOnA.alerts!.find((x) => x.rule === 'QUEUE_DEPTH')!.id).toBe(idOnB);
      const history = await b.gql<{ alerts: { id: string }[] }>(`{ alerts(rules: [QUEUE_DEPTH]) { id } }`);
      expect(history.data!.alerts).toEqual([{ id: idOnB }]);

      // A query on either instance answers the same live figures. Instance A folds its own batch
      // when the message comes back from Redis, like B; the alert may reach A first (another
      // channel), so A is given a moment to catch up.
      const query = `query($f: LiveQueueFilter) { liveQueues(filter: $f) { queues { depth activeAlerts } } }`;
      const expected = { liveQueues: { queues: [{ depth: 3, activeAlerts: ['QUEUE_DEPTH'] }] } };
      for (const instance of [a, b])
        await expect
          .poll(async () => (await instance.gql(query, { f: { queueIds: [queueId] } })).data, {
            timeout: 5_000,
          })
          .toEqual(expected);
    } finally {
      await Promise.all([queuesOnB.close(), alertsOnB.close(), alertsOnA.close()]);
    }
  });
});
