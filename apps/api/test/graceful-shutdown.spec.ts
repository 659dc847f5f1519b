import { once } from 'node:events';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBuiltServer } from './support/built-server.js';
import { createTestDatabase, startTestApp, type TestDatabase } from './support/test-app.js';

/**
 * SIGTERM while an NDJSON upload is in flight: the upload finishes and is answered in full, then
 * the process ends by itself (runs the built server: `tsc -b` first, as `npm test` does).
 */
describe('graceful shutdown', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    // Create the schema and a queue through the app itself, then hand the database to the server.
    const api = await startTestApp(db.url);
    await api.gql(`mutation { createSite(input: { name: "S", timeZone: "Asia/Shanghai" }) { id } }`);
    await api.gql(
      `mutation { createQueue(input: { name: "Hotline General", channel: HOTLINE, siteId: 1 }) { id } }`,
    );
    await api.close();
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('lets an in-flight request finish, then exits by itself', async () => {
    const built = await startBuiltServer(db.url);
    const server = built.child;
    const [base, token] = [built.url, built.token];

    const upload = request(`${base}/api/events?results=errors`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${token}` },
    });
    const response = new Promise<string>((resolve, reject) => {
      upload.on('response', (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve(body));
      });
      upload.on('error', reject);
    });
    const line = (i: number) =>
      JSON.stringify({
        kind: 'contact',
        eventId: `g${i}`,
        type: 'OFFERED',
        occurredAt: '2026-03-02T09:00:00+08:00',
        contactId: `c${i}`,
        queue: 'Hotline General',
      }) + '\n';
    for (let i = 0; i < 100; i++) upload.write(line(i));
    await new Promise((r) => setTimeout(r, 300));
    server.kill('SIGTERM');
    // The upload goes on after the signal, for longer than a second.
    for (let i = 100; i < 300; i++) {
      upload.write(line(i));
      if (i % 20 === 0) await new Promise((r) => setTimeout(r, 100));
    }
    upload.end();
    const body = await response;
    expect(JSON.parse(body.trim().split('\n').at(-1)!)).toEqual({
      summary: { lines: 300, accepted: 300, duplicates: 0, rejected: 0 },
    });
    // Nest closes everything, then re-raises the signal on itself: a clean end is code 0 or SIGTERM.
    const [code, signal] = (await once(server, 'exit')) as [number | null, string | null];
    expect(code === 0 || signal === 'SIGTERM').toBe(true);
  }, 120_000);
});
