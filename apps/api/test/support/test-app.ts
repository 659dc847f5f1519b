import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { createApp } from '../../src/app/create-app.js';
import { startup } from '../../src/app/startup.js';
import { loadEnv, type Env } from '../../src/config/env.js';
import type { Role } from '../../src/directory/entities/user.entity.js';

/*
 * Boots the real Nest app over HTTP on a fresh database: SQLite by default, PostgreSQL when
 * DATABASE_URL is postgres://… (each test file gets a database of its own, dropped at the end;
 * the base database's name must contain "test", so a test never touches real data).
 */

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const base = process.env.DATABASE_URL;
  if (base && base.startsWith('postgres')) {
    const baseUrl = new URL(base);
    if (!baseUrl.pathname.includes('test'))
      throw new Error(`refusing to test against ${baseUrl.pathname}: its name must contain "test"`);
    const name = `test_sf_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    await withPg(base, (c) => c.query(`CREATE DATABASE ${name}`));
    const url = new URL(base);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      drop: () =>
        withPg(base, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)).then(() => undefined),
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'sf-test-'));
  return {
    url: `sqlite:${join(dir, 'db.sqlite')}`,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

async function withPg<T>(url: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

export interface TestApp {
  app: NestExpressApplication;
  env: Env;
  baseUrl: string;
  /** GraphQL as the default caller: the first admin, unless started with `{ as: 'anonymous' }`. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
  /** GraphQL with this bearer credential (access token, kiosk token, API key), or none (null). */
  gqlAs<T = Record<string, unknown>>(
    credential: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
  /** The first admin's access token (null when started anonymously). */
  adminToken: string | null;
  /** Creates a user with this role (and agentId for AGENT) and signs in: their access token. */
  signInAs(role: Role, options?: { username?: string; agentId?: string }): Promise<string>;
  close(): Promise<void>;
}

/** The first admin of every test app (env ADMIN_USERNAME / ADMIN_PASSWORD). */
export const TEST_ADMIN = { username: 'admin', password: 'test-admin-password' };

export interface StartOptions {
  /** Who gql() and plain fetch() to this app call as: the first admin (default) or nobody. */
  as?: 'admin' | 'anonymous';
}

/*
 * Tests written before access control call gql() and fetch(`${baseUrl}/…`) without credentials.
 * So they keep working unchanged, the app's default caller is the first admin: gql() sends its
 * token, and fetch() to a test app's address without an Authorization header gets it added
 * (this process only; use `rawFetch` to call anonymously).
 */
export const rawFetch: typeof fetch = globalThis.fetch.bind(globalThis);
const defaultTokens = new Map<string, string>();
globalThis.fetch = ((input: Parameters<typeof fetch>[0], init?: RequestInit) => {
  const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const token = defaultTokens.get(new URL(url).origin);
  const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
  if (!token || headers.has('authorization')) return rawFetch(input, init);
  headers.set('authorization', `Bearer ${token}`);
  return rawFetch(input, { ...init, headers });
}) as typeof fetch;

/** Signs in over HTTP; the access token. */
export async function login(baseUrl: string, username: string, password: string): Promise<string> {
  const res = await rawFetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${username}: HTTP ${res.status} ${await res.text()}`);
  return ((await res.json()) as { accessToken: string }).accessToken;
}

export interface GqlResponse<T> {
  data?: T;
  errors?: {
    message: string;
    extensions?: { code?: string; fields?: { field: string; reason: string }[] };
  }[];
}

/** Starts the app on `databaseUrl` (demo directory off unless asked), listening on a free port. */
export async function startTestApp(
  databaseUrl: string,
  extraEnv: Record<string, string> = {},
  options: StartOptions = {},
): Promise<TestApp> {
  const env = loadEnv({
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL,
    LOG_LEVEL: 'silent',
    DEMO: 'off',
    DEMO_HISTORY_DAYS: '0',
    PORT: '0',
    DASHBOARD_DIR: '/nonexistent',
    ADMIN_USERNAME: TEST_ADMIN.username,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    // Tests sign in often from one address; the rate-limit test sets its own.
    LOGIN_RATE_LIMIT: '1000',
    ...extraEnv,
  });
  const app = await createApp(env, { quiet: true });
  await app.listen(0, '127.0.0.1');
  await startup(app, env);
  const port = (app.getHttpServer().address() as { port: number }).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const adminToken =
    options.as === 'anonymous' ? null : await login(baseUrl, env.ADMIN_USERNAME, env.ADMIN_PASSWORD ?? '');
  if (adminToken) defaultTokens.set(baseUrl, adminToken);
  const gqlAs = async <T = Record<string, unknown>>(
    credential: string | null,
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>> => {
    const res = await rawFetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(credential ? { authorization: `Bearer ${credential}` } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    return (await res.json()) as GqlResponse<T>;
  };
  let users = 0;
  return {
    app,
    env,
    baseUrl,
    adminToken,
    gql: (query, variables) => gqlAs(adminToken, query, variables),
    gqlAs,
    async signInAs(role, { username, agentId } = {}) {
      if (!adminToken) throw new Error('signInAs needs the app started as admin');
      const name = username ?? `${role.toLowerCase()}-${++users}-${Math.random().toString(36).slice(2, 6)}`;
      const password = `${name}-password-123`;
      const created = await gqlAs<{ createUser: { id: string } }>(
        adminToken,
        `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
        { input: { username: name, displayName: name, role, agentId: agentId ?? null } },
      );
      if (created.errors) throw new Error(JSON.stringify(created.errors));
      const set = await gqlAs(
        adminToken,
        `mutation($id: ID!, $p: String!) { setUserPassword(userId: $id, password: $p) { id } }`,
        {
          id: created.data!.createUser.id,
          p: password,
        },
      );
      if (set.errors) throw new Error(JSON.stringify(set.errors));
      return login(baseUrl, name, password);
    },
    close: async () => {
      defaultTokens.delete(baseUrl);
      await app.close();
    },
  };
}
