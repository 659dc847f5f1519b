import { getIntrospectionQuery } from 'graphql';
import { createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import {
  createTestDatabase,
  rawFetch,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './support/test-app.js';

/** GraphQL and HTTP hardening: limits, batching, introspection in production, headers, body sizes. */
describe('hardening', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url, {
      GRAPHQL_MAX_DEPTH: '3',
      GRAPHQL_MAX_COMPLEXITY: '40',
      GRAPHQL_MAX_ALIASES: '5',
      GRAPHQL_MAX_BATCH: '3',
    });
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    rawFetch(`${api.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${api.adminToken}`, ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });

  it('refuses operations nested deeper than GRAPHQL_MAX_DEPTH, fragments included', async () => {
    expect((await api.gql(`{ queues { site { name } } }`)).errors).toBeUndefined();
    const deep = await api.gql(`{ agents { skills { queueName } } queues { site { name } } }`);
    expect(deep.errors).toBeUndefined();
    const tooDeep = await api.gql(
      `query { queueMetrics(from: "2026-03-01", to: "2026-03-02") { queues { points { metrics { offered } } } } }`,
    );
    expect(tooDeep.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
    const viaFragment = await api.gql(
      `fragment P on QueueMetricsSeries { points { metrics { offered } } } query { queueMetrics(from: "2026-03-01", to: "2026-03-02") { queues { ...P } } }`,
    );
    expect(viaFragment.errors?.[0].extensions?.code).toBe('QUERY_TOO_DEEP');
  });

  it('refuses more than GRAPHQL_MAX_ALIASES aliases, counting fragments each time they are spread', async () => {
    const five = Array.from({ length: 5 }, (_, i) => `a${i}: sites { id }`).join(' ');
    expect((await api.gql(`{ ${five} }`)).errors).toBeUndefined();
    const six = await api.gql(`{ ${five} a5: sites { id } }`);
    expect(six.errors?.[0].extensions?.code).toBe('TOO_MANY_ALIASES');
    const spread = await api.gql(
      `fragment F on Query { x: sites { id } y: teams { id } } query { ...F ... on Query { ...F } z: sites { id } w: sites { id } }`,
    );
    expect(spread.errors?.[0].extensions?.code).toBe('TOO_MANY_ALIASES');
  });

  it('refuses operations costing more than GRAPHQL_MAX_COMPLEXITY', async () => {
    const fields =
      'id name channel siteId slThresholdSeconds slTarget slVariant shortAbandonSeconds claimSlaHours alertMaxDepth alertMaxWaitSeconds';
    expect((await api.gql(`{ queues { ${fields} } }`)).errors).toBeUndefined();
    const costly = await api.gql(
      `{ queues { ${fields} } agents { id agentId name teamId } sites { id name timeZone } teams { id name siteId } users { id username displayName role agentId } q2: queues { ${fields} } }`,
    );
    expect(costly.errors?.[0].extensions?.code).toBe('QUERY_TOO_COMPLEX');
    expect(costly.errors?.[0].message).toMatch(/costs \d+; at most 40/);
  });

  it('answers batches of up to GRAPHQL_MAX_BATCH operations and refuses larger ones', async () => {
    const op = { query: `{ sites { id } }` };
    const ok = await post([op, op, op]);
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as unknown[]).length).toBe(3);
    const tooMany = await post([op, op, op, op]);
    expect(tooMany.status).toBe(400);
    expect(await tooMany.json()).toMatchObject({ errors: [{ extensions: { code: 'BATCH_TOO_LARGE' } }] });
  });

  it('stops documents with too many tokens before they are parsed in full', async () => {
    const huge = `{ ${Array.from({ length: 12_000 }, () => 'sites { id }').join(' ')} }`;
    const res = await post({ query: huge });
    const body = (await res.json()) as { errors: { message: string }[] };
    expect(body.errors[0].message).toMatch(/more th.. 10000 tokens/);
  });

  it('applies the limits to subscriptions over graphql-ws too', async () => {
    const client = createClient({
      url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
      connectionParams: { authorization: `Bearer ${api.adminToken}` },
    });
    try {
      const aliases = Array.from({ length: 6 }, (_, i) => `a${i}: __typename`).join(' ');
      const errors = await new Promise<unknown>((resolve) => {
        client.subscribe(
          { query: `subscription { liveAlerts { ${aliases} } }` },
          { next: (r) => resolve(r.errors), error: (e) => resolve(e), complete: () => resolve(null) },
        );
      });
      expect(JSON.stringify(errors)).toContain('TOO_MANY_ALIASES');
    } finally {
      await client.dispose();
    }
  });

  it('sends security headers and no X-Powered-By', async () => {
    const res = await rawFetch(`${api.baseUrl}/health/live`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(res.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-powered-by')).toBeNull();
  });

  it('limits request bodies: 8 KB for sign-in, 16 MB for GraphQL', async () => {
    const login = await rawFetch(`${api.baseUrl}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: 'x'.repeat(20_000) }),
    });
    expect(login.status).toBe(413);
    const graphql = await post({
      query: '{ sites { id } }',
      variables: { pad: 'x'.repeat(17 * 1024 * 1024) },
    });
    expect(graphql.status).toBe(413);
  });
});

describe('production mode', () => {
  it('turns introspection and the GraphiQL page off (HTTP and WebSocket)', async () => {
    const db = await createTestDatabase();
    const api = await startTestApp(db.url, { NODE_ENV: 'production' });
    try {
      const http = await api.gql(getIntrospectionQuery());
      expect(http.errors?.[0].message).toMatch(/introspection/i);
      const typeQuery = await api.gql(`{ __type(name: "Queue") { name } }`);
      expect(typeQuery.errors?.[0].message).toMatch(/introspection/i);
      expect((await api.gql(`{ sites { id } }`)).errors).toBeUndefined();
      const page = await rawFetch(`${api.baseUrl}/graphql`, { headers: { accept: 'text/html' } });
      expect(await page.text()).not.toMatch(/graphiql/i);

      const client = createClient({
        url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        retryAttempts: 0,
        connectionParams: { authorization: `Bearer ${api.adminToken}` },
      });
      try {
        const result = await new Promise<unknown>((resolve) => {
          client.subscribe(
            { query: `query { __schema { types { name } } }` },
            { next: (r) => resolve(r), error: (e) => resolve(e), complete: () => resolve(null) },
          );
        });
        expect(JSON.stringify(result)).toMatch(/introspection/i);
      } finally {
        await client.dispose();
      }
    } finally {
      await api.close();
      await db.drop();
    }
  });
});
