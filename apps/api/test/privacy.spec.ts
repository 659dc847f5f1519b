import { createHmac } from 'node:crypto';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INGEST, QUEUE_METRICS, seedSmallCenter } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

const KEY = 'a-test-key-of-32-characters-long';

/** Two contacts of customer u7 two days apart (a repeat) and one of u8, all answered and completed. */
function contactEvents(): Record<string, unknown>[] {
  const contact = (id: string, customerId: string, day: string) => {
    const base = { kind: 'contact', contactId: id, queue: 'Hotline General' };
    return [
      { ...base, eventId: `${id}-o`, type: 'OFFERED', occurredAt: `${day}T09:00:00+08:00`, customerId },
      { ...base, eventId: `${id}-a`, type: 'ANSWERED', occurredAt: `${day}T09:00:10+08:00`, agentId: 'a1' },
      {
        ...base,
        eventId: `${id}-c`,
        type: 'COMPLETED',
        occurredAt: `${day}T09:05:00+08:00`,
        agentId: 'a1',
        talkSeconds: 280,
      },
    ];
  };
  return [
    ...contact('c1', 'u7', '2026-03-02'),
    ...contact('c2', 'u7', '2026-03-04'),
    ...contact('c3', 'u8', '2026-03-02'),
  ];
}

async function setUp(env: Record<string, string>) {
  const db = await createTestDatabase();
  const api = await startTestApp(db.url, env);
  await seedSmallCenter(api);
  const res = await api.gql<{ ingestEvents: { accepted: number } }>(INGEST, { events: contactEvents() });
  expect(res.data!.ingestEvents.accepted).toBe(9);
  return { db, api };
}

describe('customer identifiers: pseudonymized at ingestion, shown only to ADMIN and MANAGER', () => {
  let keyed: { db: TestDatabase; api: TestApp };
  let plain: { db: TestDatabase; api: TestApp };

  beforeAll(async () => {
    keyed = await setUp({ CUSTOMER_ID_KEY: KEY });
    plain = await setUp({});
  });

  afterAll(async () => {
    for (const s of [keyed, plain]) {
      await s?.api.close();
      await s?.db.drop();
    }
  });

  it('stores only the HMAC-SHA256 pseudonym, never the raw id', async () => {
    // Independent computation of HMAC-SHA256(key, "u7") (RFC 2104), base64url.
    const expected = `p1:${createHmac('sha256', KEY).update('u7').digest('base64url')}`;
    const source = keyed.api.app.get(DataSource);
    const contacts = await source.query(
      `SELECT "contactId", "customerId" FROM contacts ORDER BY "contactId"`,
    );
    expect(contacts[0]).toEqual({ contactId: 'c1', customerId: expected });
    expect(contacts[1].customerId).toBe(expected);
    expect(contacts[2].customerId).not.toBe(expected);
    const events = JSON.stringify(await source.query(`SELECT payload FROM events`));
    expect(events).toContain(expected);
    expect(events).not.toMatch(/"customerId":"u[78]"/);
  });

  it('derives FCR (repeat within 7 days) exactly as with raw ids', async () => {
    const figures = async (api: TestApp) =>
      (
        await api.gql<{ queueMetrics: { queues: { queue: string; total: Record<string, unknown> }[] } }>(
          QUEUE_METRICS,
          {
            from: '2026-03-01',
            to: '2026-03-10',
            queues: ['Hotline General'],
          },
        )
      ).data!.queueMetrics.queues[0].total;
    const withKey = await figures(keyed.api);
    expect(withKey.fcrDerived).not.toBeNull();
    expect(withKey).toEqual(await figures(plain.api));
    const c1 = await keyed.api.gql<{ contact: { repeatWithin7Days: boolean } }>(
      `{ contact(contactId: "c1") { repeatWithin7Days } }`,
    );
    expect(c1.data!.contact.repeatWithin7Days).toBe(true);
  });

  it('shows customer ids to ADMIN and MANAGER only; other roles get the contact without it', async () => {
    const api = keyed.api;
    const query = `{ contact(contactId: "c1") { contactId queue customerId } }`;
    const manager = await api.signInAs('MANAGER');
    const seen = await api.gqlAs<{ contact: { customerId: string } }>(manager, query);
    expect(seen.errors).toBeUndefined();
    expect(seen.data!.contact.customerId).toMatch(/^p1:/);
    for (const role of ['EXECUTIVE', 'SCHEDULER'] as const) {
      const token = await api.signInAs(role);
      const res = await api.gqlAs<{ contact: { contactId: string; customerId: string | null } }>(
        token,
        query,
      );
      expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
      expect(res.data!.contact).toEqual({ contactId: 'c1', queue: 'Hotline General', customerId: null });
      const search = await api.gqlAs(token, `{ customerContacts(customerId: "u7") { contactId } }`);
      expect(search.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
    const agent = await api.signInAs('AGENT', { agentId: 'a1' });
    expect((await api.gqlAs(agent, query)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it("finds a customer's contacts by the id the source knows (hashed with the key)", async () => {
    const res = await keyed.api.gql<{ customerContacts: { contactId: string }[] }>(
      `{ customerContacts(customerId: "u7") { contactId } }`,
    );
    expect(res.data!.customerContacts.map((c) => c.contactId)).toEqual(['c2', 'c1']);
  });
});
