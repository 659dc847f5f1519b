import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { createApp } from '../../src/app/create-app.js';
import { startup } from '../../src/app/startup.js';
import { loadEnv, type Env } from '../../src/config/env.js';

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
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<GqlResponse<T>>;
  close(): Promise<void>;
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
): Promise<TestApp> {
  const env = loadEnv({
    DATABASE_URL: databaseUrl,
    REDIS_URL: process.env.REDIS_URL,
    LOG_LEVEL: 'silent',
    DEMO: 'off',
    PORT: '0',
    DASHBOARD_DIR: '/nonexistent',
    ...extraEnv,
  });
  const app = await createApp(env, { quiet: true });
  await app.listen(0, '127.0.0.1');
  await startup(app, env);
  const port = (app.getHttpServer().address() as { port: number }).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  return {
    app,
    env,
    baseUrl,
    async gql(query, variables) {
      const res = await fetch(`${baseUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return (await res.json()) as never;
    },
    close: () => app.close(),
  };
}
