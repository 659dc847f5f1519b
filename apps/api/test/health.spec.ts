import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

describe('health and operations', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url, { DEMO: 'on' });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  it('answers liveness and readiness (the database answers)', async () => {
    const live = await fetch(`${api.baseUrl}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.baseUrl}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', info: { database: { status: 'up' } } });
  });

  it('exposes Prometheus metrics including HTTP request counts', async () => {
    await fetch(`${api.baseUrl}/health/live`);
    const res = await fetch(`${api.baseUrl}/metrics`);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(
      /servicefloor_http_requests_total\{method="GET",route="\/health\/live",status="200"\} \d+/,
    );
    expect(text).toContain('servicefloor_http_request_duration_seconds_bucket');
    expect(text).toContain('process_resident_memory_bytes');
  });

  it('creates the demo directory on first start, once', async () => {
    const res = await api.gql<{
      sites: { timeZone: string }[];
      queues: { channel: string }[];
      agents: unknown[];
    }>(`{ sites { timeZone } queues { channel } agents { id } }`);
    expect(res.data!.sites.every((s) => s.timeZone === 'Asia/Shanghai')).toBe(true);
    expect(new Set(res.data!.queues.map((q) => q.channel))).toEqual(
      new Set(['HOTLINE', 'ONLINE', 'CLAIM_DESK']),
    );
    expect(res.data!.agents.length).toBeGreaterThanOrEqual(500);
    await api.close();
    api = await startTestApp(db.url, { DEMO: 'on' });
    const again = await api.gql<{ sites: unknown[] }>(`{ sites { name } }`);
    expect(again.data!.sites).toHaveLength(res.data!.sites.length);
  });
});
