import { createHash } from 'node:crypto';
import { createClient } from 'graphql-ws';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { GraphqlWsAuth } from '../src/auth/graphql-ws-auth.service.js';
import { InternalIngestKey } from '../src/auth/internal-ingest-key.js';
import {
  createTestDatabase,
  rawFetch,
  startTestApp,
  TEST_ADMIN,
  type TestApp,
  type TestDatabase,
} from './support/test-app.js';

interface Tokens {
  accessToken: string;
  refreshToken: string;
  expiresIn: number;
  user: { username: string; role: string };
}

async function post(api: TestApp, path: string, body: unknown, headers: Record<string, string> = {}) {
  return rawFetch(`${api.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

const ME = `{ me { username role } }`;

describe('sign-in, sessions, kiosk tokens and API keys', () => {
  let db: TestDatabase;
  let api: TestApp;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url);
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
  });

  const login = async (username = TEST_ADMIN.username, password = TEST_ADMIN.password) => {
    const res = await post(api, '/api/auth/login', { username, password });
    expect(res.status).toBe(200);
    return { tokens: (await res.json()) as Tokens, cookie: res.headers.get('set-cookie') ?? '' };
  };

  it('logs in, refreshes with rotation, detects reuse of a rotated token, and logs out', async () => {
    const { tokens } = await login();
    expect(tokens.user).toMatchObject({ username: 'admin', role: 'ADMIN' });
    expect(tokens.expiresIn).toBe(900);
    expect((await api.gqlAs(tokens.accessToken, ME)).data).toEqual({
      me: { username: 'admin', role: 'ADMIN' },
    });

    const refreshed = await post(api, '/api/auth/refresh', { refreshToken: tokens.refreshToken });
    expect(refreshed.status).toBe(200);
    const next = (await refreshed.json()) as Tokens;
    expect(next.refreshToken).not.toBe(tokens.refreshToken);
    expect((await api.gqlAs(next.accessToken, ME)).data?.me).toBeTruthy();

    // The first token was rotated: presenting it again (after the 10 s grace for racing tabs is
    // simulated away by a second rotation) ends the whole session.
    const third = (await (
      await post(api, '/api/auth/refresh', { refreshToken: next.refreshToken })
    ).json()) as Tokens;
    const reuse = await post(api, '/api/auth/refresh', { refreshToken: next.refreshToken });
    // next was rotated < 10 s ago: treated as two tabs racing, not theft.
    expect(reuse.status).toBe(200);
    await agePastGrace(api);
    const theft = await post(api, '/api/auth/refresh', { refreshToken: tokens.refreshToken });
    expect(theft.status).toBe(401);
    const after = await post(api, '/api/auth/refresh', { refreshToken: third.refreshToken });
    expect(after.status).toBe(401);
    const ended = await api.gqlAs(third.accessToken, ME);
    expect(ended.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const fresh = await login();
    const out = await post(api, '/api/auth/logout', { refreshToken: fresh.tokens.refreshToken });
    expect(out.status).toBe(204);
    expect((await post(api, '/api/auth/refresh', { refreshToken: fresh.tokens.refreshToken })).status).toBe(
      401,
    );
    expect((await api.gqlAs(fresh.tokens.accessToken, ME)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('keeps the refresh token in an HttpOnly, SameSite=Strict cookie for the dashboard', async () => {
    const { cookie } = await login();
    expect(cookie).toMatch(/^sf_refresh=sfr_/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/auth/);
    const pair = cookie.split(';')[0];
    const res = await post(api, '/api/auth/refresh', {}, { cookie: pair });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    const logout = await post(api, '/api/auth/logout', '', {
      cookie: (res.headers.get('set-cookie') ?? '').split(';')[0],
    });
    expect(logout.status).toBe(204);
    expect(logout.headers.get('set-cookie')).toMatch(/sf_refresh=;/);
  });

  it('answers a wrong password and an unknown user alike, and names bad fields', async () => {
    const wrong = await post(api, '/api/auth/login', { username: 'admin', password: 'not-the-password' });
    const unknown = await post(api, '/api/auth/login', { username: 'nobody', password: 'not-the-password' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(await wrong.json()).toEqual(await unknown.json());
    const bad = await post(api, '/api/auth/login', { username: '', extra: 1 });
    expect(bad.status).toBe(400);
    const body = (await bad.json()) as { fields: { field: string }[] };
    expect(body.fields.map((f) => f.field).sort()).toEqual(['(body)', 'password', 'username']);
    expect((await post(api, '/api/auth/login', '{"username": ')).status).toBe(400);
  });

  it('stores passwords as argon2id hashes and refresh tokens, kiosk tokens and API keys as SHA-256 only', async () => {
    const { tokens } = await login();
    const kiosk = await api.gql<{ createKioskToken: { secret: string } }>(
      `mutation { createKioskToken(name: "Hash TV") { secret } }`,
    );
    const key = await api.gql<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(name: "Hash feed") { secret } }`,
    );
    const source = await openDb(db.url);
    try {
      const [user] = await source.query(`SELECT "passwordHash" FROM users WHERE username = 'admin'`);
      expect(user.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
      const sha = (s: string) => createHash('sha256').update(s).digest('hex');
      const refresh = await source.query(`SELECT "tokenHash" FROM refresh_tokens`);
      expect(refresh.map((r: { tokenHash: string }) => r.tokenHash)).toContain(sha(tokens.refreshToken));
      const dump = JSON.stringify([
        refresh,
        await source.query(`SELECT * FROM kiosk_tokens`),
        await source.query(`SELECT * FROM api_keys`),
      ]);
      for (const secret of [
        tokens.refreshToken,
        kiosk.data!.createKioskToken.secret,
        key.data!.createApiKey.secret,
      ])
        expect(dump).not.toContain(secret);
    } finally {
      await source.destroy();
    }
  });

  it('kiosk tokens read live data and the names of sites and queues only, are listed for admins, and revoking one closes its wallboards', async () => {
    const created = await api.gql<{
      createKioskToken: { secret: string; credential: { id: string; hint: string } };
    }>(`mutation { createKioskToken(name: "Floor TV") { secret credential { id hint } } }`);
    const { secret, credential } = created.data!.createKioskToken;
    expect(secret).toMatch(/^sfk_[A-Za-z0-9_-]{43}$/);
    expect(secret.startsWith(credential.hint.slice(0, 8))).toBe(true);
    expect((await api.gqlAs(secret, `{ queues { id } sites { name timeZone } }`)).errors).toBeUndefined();
    expect((await api.gqlAs(secret, `{ agents { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await api.gqlAs(secret, ME)).errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const closed = new Promise<number>((resolve) => {
      const client = createClient({
        url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: () => undefined,
        connectionParams: { authorization: `Bearer ${secret}` },
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
      client.on('connected', async () => {
        await api.gql(`mutation($id: ID!) { revokeKioskToken(id: $id) { id } }`, { id: credential.id });
        await api.app.get(GraphqlWsAuth).recheck();
      });
    });
    expect(await closed).toBe(4403);
    expect((await api.gqlAs(secret, `{ queues { id } }`)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    const list = await api.gql<{ kioskTokens: { id: string; name: string; revokedAt: string | null }[] }>(
      `{ kioskTokens { id name revokedAt lastUsedAt createdBy } }`,
    );
    expect(list.data!.kioskTokens.find((k) => k.id === credential.id)).toMatchObject({
      name: 'Floor TV',
      revokedAt: expect.stringMatching(/^\d{4}-/),
      createdBy: 'admin',
    });
  });

  it('refuses a WebSocket whose credential does not check out (4403)', async () => {
    const code = await new Promise<number>((resolve) => {
      createClient({
        url: `${api.baseUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        lazy: false,
        retryAttempts: 0,
        onNonLazyError: () => undefined,
        connectionParams: { authorization: 'Bearer not-a-token' },
        on: { closed: (event) => resolve((event as { code: number }).code) },
      });
    });
    expect(code).toBe(4403);
  });

  it('API keys ingest (Bearer or X-API-Key) and nothing else; a revoked key stops at once', async () => {
    await api.gql(`mutation { createSite(input: { name: "Keys", timeZone: "Asia/Shanghai" }) { id } }`);
    const created = await api.gql<{ createApiKey: { secret: string; credential: { id: string } } }>(
      `mutation { createApiKey(name: "PBX feed") { secret credential { id } } }`,
    );
    const { secret, credential } = created.data!.createApiKey;
    expect(secret).toMatch(/^sfi_/);
    const line = (id: string) =>
      JSON.stringify({
        kind: 'agentState',
        eventId: id,
        agentId: 'a1',
        state: 'AVAILABLE',
        occurredAt: '2026-03-02T09:00:00+08:00',
      });
    const send = (headers: Record<string, string>, id: string) =>
      rawFetch(`${api.baseUrl}/api/events`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson', ...headers },
        body: line(id),
      });
    const viaBearer = await send({ authorization: `Bearer ${secret}` }, 'k1');
    expect(viaBearer.status).toBe(200);
    expect(await viaBearer.text()).toContain('"accepted":1');
    expect((await send({ 'x-api-key': secret }, 'k2')).status).toBe(200);
    expect((await send({}, 'k3')).status).toBe(401);
    expect((await api.gqlAs(secret, `{ queues { id } }`)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    await api.gql(`mutation($id: ID!) { revokeApiKey(id: $id) { id } }`, { id: credential.id });
    expect((await send({ 'x-api-key': secret }, 'k4')).status).toBe(401);
    // The server's own in-memory key (for in-process callers over loopback) works and is never stored.
    const internal = api.app.get(InternalIngestKey);
    expect((await send(internal.headers, 'k5')).status).toBe(200);
  });

  it('users see by role; an admin can end sessions; changing a password keeps the current session', async () => {
    const manager = await api.signInAs('MANAGER', { username: 'mia' });
    expect((await api.gqlAs(manager, ME)).data).toEqual({ me: { username: 'mia', role: 'MANAGER' } });
    expect((await api.gqlAs(manager, `{ kioskTokens { id } }`)).errors?.[0].extensions?.code).toBe(
      'FORBIDDEN',
    );
    expect((await api.gqlAs(null, ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

    const other = await login('mia', 'mia-password-123');
    const wrong = await api.gqlAs(
      manager,
      `mutation { changePassword(currentPassword: "nope", newPassword: "a-new-password-1") }`,
    );
    expect(wrong.errors?.[0].extensions?.fields).toEqual([
      { field: 'currentPassword', reason: 'is not your current password' },
    ]);
    const short = await api.gqlAs(
      manager,
      `mutation { changePassword(currentPassword: "mia-password-123", newPassword: "short") }`,
    );
    expect(short.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const changed = await api.gqlAs(
      manager,
      `mutation { changePassword(currentPassword: "mia-password-123", newPassword: "a-new-password-1") }`,
    );
    expect(changed.data).toEqual({ changePassword: true });
    expect((await api.gqlAs(manager, ME)).data?.me).toBeTruthy();
    expect((await api.gqlAs(other.tokens.accessToken, ME)).errors?.[0].extensions?.code).toBe(
      'UNAUTHENTICATED',
    );

    const users = await api.gql<{ users: { id: string; username: string; hasPassword: boolean }[] }>(
      `{ users { id username hasPassword } }`,
    );
    const mia = users.data!.users.find((u) => u.username === 'mia')!;
    expect(mia.hasPassword).toBe(true);
    const seenByManager = await api.gqlAs<{ users: { hasPassword: boolean | null }[] }>(
      manager,
      `{ users { username hasPassword } }`,
    );
    expect(seenByManager.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(seenByManager.data!.users[0].hasPassword).toBeNull();

    const ended = await api.gql<{ revokeUserSessions: number }>(
      `mutation($id: ID!) { revokeUserSessions(userId: $id) }`,
      { id: mia.id },
    );
    expect(ended.data!.revokeUserSessions).toBe(1);
    expect((await api.gqlAs(manager, ME)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('records every change in the audit log with who, what and when, secrets redacted; ADMIN reads it', async () => {
    const since = Date.now();
    const user = await api.gql<{ createUser: { id: string } }>(
      `mutation { createUser(input: { username: "audited", displayName: "Audited", role: SCHEDULER }) { id } }`,
    );
    await api.gql(
      `mutation($id: ID!) { setUserPassword(userId: $id, password: "a-secret-password") { id } }`,
      {
        id: user.data!.createUser.id,
      },
    );
    await api.gql(`mutation { createSite(input: { name: "", timeZone: "Nowhere/Else" }) { id } }`);
    const log = await api.gql<{
      auditLog: {
        at: string;
        actor: string;
        role: string;
        action: string;
        target: string;
        details: string;
        outcome: string;
      }[];
    }>(`{ auditLog(limit: 10) { at actor role action target details outcome } }`);
    const entries = log.data!.auditLog;
    const setPassword = entries.find((e) => e.action === 'setUserPassword')!;
    expect(setPassword).toMatchObject({
      actor: 'user:admin',
      role: 'ADMIN',
      outcome: 'OK',
      target: user.data!.createUser.id,
    });
    expect(setPassword.details).toContain('"password":"[redacted]"');
    expect(setPassword.details).not.toContain('a-secret-password');
    expect(Date.parse(setPassword.at)).toBeGreaterThanOrEqual(since - 1000);
    expect(entries.find((e) => e.action === 'createUser')).toMatchObject({
      outcome: 'OK',
      details: expect.stringContaining('"audited"'),
    });
    // A call the guard refuses changes nothing and is not a change; validation failures are logged.
    expect(entries.find((e) => e.action === 'createSite')).toMatchObject({ outcome: 'ERROR' });
    const filtered = await api.gql<{ auditLog: { action: string }[] }>(
      `{ auditLog(action: "createUser") { action } }`,
    );
    expect(new Set(filtered.data!.auditLog.map((e) => e.action))).toEqual(new Set(['createUser']));
  });
});

describe('first start and login rate limit', () => {
  it('creates the first admin with a one-time password printed once, then never again', async () => {
    const db = await createTestDatabase();
    const printed: string[] = [];
    const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      printed.push(String(chunk));
      return true;
    });
    let api: TestApp | undefined;
    try {
      api = await startTestApp(db.url, { ADMIN_PASSWORD: '', ADMIN_USERNAME: 'root' }, { as: 'anonymous' });
      spy.mockRestore();
      const text = printed.join('');
      const password = /password: (\S+)/.exec(text)?.[1];
      expect(text).toContain('username: root');
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}$/);
      const res = await post(api, '/api/auth/login', { username: 'root', password });
      expect(res.status).toBe(200);
      await api.close();
      printed.length = 0;
      const again = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
        printed.push(String(chunk));
        return true;
      });
      api = await startTestApp(db.url, { ADMIN_PASSWORD: '', ADMIN_USERNAME: 'root' }, { as: 'anonymous' });
      again.mockRestore();
      expect(printed.join('')).not.toContain('password:');
    } finally {
      spy.mockRestore();
      await api?.close();
      await db.drop();
    }
  });

  it('limits login attempts per client address (429 after LOGIN_RATE_LIMIT)', async () => {
    const db = await createTestDatabase();
    const api = await startTestApp(db.url, { LOGIN_RATE_LIMIT: '3' }, { as: 'anonymous' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++)
        statuses.push(
          (await post(api, '/api/auth/login', { username: 'admin', password: `guess-${i}` })).status,
        );
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      // Refresh and other routes are not counted against sign-in.
      expect((await rawFetch(`${api.baseUrl}/health/live`)).status).toBe(200);
    } finally {
      await api.close();
      await db.drop();
    }
  });
});

/** Moves every rotation more than 10 s into the past (the reuse grace window), as time passing would. */
async function agePastGrace(api: TestApp): Promise<void> {
  const source = api.app.get(DataSource);
  await source.query(
    `UPDATE refresh_tokens SET "revokedAt" = "revokedAt" - 60000 WHERE "revokedAt" IS NOT NULL`,
  );
}

async function openDb(url: string): Promise<DataSource> {
  const { loadEnv } = await import('../src/config/env.js');
  const { dataSourceOptions } = await import('../src/database/data-source-options.js');
  const source = new DataSource({
    ...dataSourceOptions(loadEnv({ DATABASE_URL: url }).database),
    migrationsRun: false,
  });
  await source.initialize();
  return source;
}
