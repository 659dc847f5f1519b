import { spawn, type ChildProcess } from 'node:child_process';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_ADMIN,
  REPO_ROOT,
  adminToken,
  graphqlAt,
  launchBrowser,
  screenshotPath,
  signIn,
  watchForProblems,
  freePort,
} from './support.js';

/*
 * The live floor end to end: the built API serving the built dashboard, a wallboard opened
 * with a kiosk link (no sign-in) in a real browser. Events go in over HTTP and the tile must
 * change by itself; the API is stopped (the board must say its figures are stale) and started
 * again on the same port and database (the board must recover without a reload).
 *
 * The API is started here rather than with support.ts's startApi, which gives each start a new
 * port and database: this test restarts the same server. No demo (DEMO=off): the test's own
 * site and queue are the only ones, so nothing else moves the figures.
 */

const QUEUE = 'E2E Live Hotline';

interface Server {
  url: string;
  start(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
}

/** The built API on a fixed port and SQLite file, which can be stopped and started again. */
function restartableApi(port: number, dir: string): Server {
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';
  return {
    url,
    output: () => output,
    async start() {
      // `node`, not `npx`: the PID we stop is the server's own.
      const started = spawn(process.execPath, [join(REPO_ROOT, 'apps/api/dist/main.js')], {
        cwd: REPO_ROOT,
        env: {
          ...process.env,
          PORT: String(port),
          HOST: '127.0.0.1',
          DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
          DASHBOARD_DIR: 'apps/dashboard/dist',
          LOG_LEVEL: 'warn',
          DEMO: 'off',
          ADMIN_USERNAME: E2E_ADMIN.username,
          ADMIN_PASSWORD: E2E_ADMIN.password,
          LOGIN_RATE_LIMIT: '1000',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child = started;
      started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      const deadline = Date.now() + 90_000;
      for (;;) {
        if (started.exitCode !== null) throw new Error(`the API exited with ${started.exitCode}:\n${output}`);
        try {
          if ((await fetch(`${url}/health/ready`)).ok) return;
        } catch {
          // Not listening yet.
        }
        if (Date.now() > deadline) throw new Error(`the API was not ready within 90 s:\n${output}`);
        await new Promise((resolve) => setTimeout(resolve, 250));
      }
    },
    async stop() {
      const running = child;
      child = null;
      if (!running || running.exitCode !== null || running.signalCode !== null) return;
      const exited = new Promise((resolve) => running.once('exit', resolve));
      running.kill('SIGTERM');
      const timer = setTimeout(() => running.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

let dir: string;
let api: Server;
let browser: Browser;
let token: string;
let siteId: number;
let queueId: string;
let kioskSecret: string;

function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  return graphqlAt<T>(api.url, token, query, variables);
}

async function signInOverApi(): Promise<void> {
  token = await adminToken(api.url);
}

let contactNumber = 0;

/** `count` contacts entering the queue a few seconds ago, through POST /api/events (NDJSON). */
async function offerContacts(count: number): Promise<void> {
  const lines = Array.from({ length: count }, () => {
    contactNumber += 1;
    return JSON.stringify({
      kind: 'contact',
      eventId: `live-e2e-${contactNumber}`,
      type: 'OFFERED',
      occurredAt: new Date(Date.now() - 3000).toISOString(),
      contactId: `live-e2e-contact-${contactNumber}`,
      queue: QUEUE,
      channel: 'HOTLINE',
    });
  });
  const response = await fetch(`${api.url}/api/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson', authorization: `Bearer ${token}` },
    body: `${lines.join('\n')}\n`,
  });
  const text = await response.text();
  expect(response.status, text).toBeLessThan(300);
  expect(text).not.toContain('"rejected":1');
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'servicefloor-live-e2e-'));
  api = restartableApi(await freePort(), dir);
  await api.start();
  browser = await launchBrowser();
  await signInOverApi();
  const { createSite } = await gql<{ createSite: { id: string } }>(
    'mutation($input: CreateSiteInput!) { createSite(input: $input) { id } }',
    { input: { name: 'E2E Floor', timeZone: 'Asia/Shanghai' } },
  );
  siteId = Number(createSite.id);
  // More than 3 waiting raises QUEUE_DEPTH: the fourth contact below turns the tile red.
  const { createQueue } = await gql<{ createQueue: { id: string } }>(
    'mutation($input: CreateQueueInput!) { createQueue(input: $input) { id } }',
    { input: { name: QUEUE, channel: 'HOTLINE', siteId, alertMaxDepth: 3, alertMaxWaitSeconds: 600 } },
  );
  queueId = createQueue.id;
  const { createKioskToken } = await gql<{ createKioskToken: { secret: string } }>(
    'mutation { createKioskToken(name: "E2E floor TV") { secret } }',
  );
  kioskSecret = createKioskToken.secret;
  if (process.env.SCREENSHOTS_DIR) await mkdir(process.env.SCREENSHOTS_DIR, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const tile = (page: Page) => page.locator(`.tile[data-queue="${QUEUE}"]`);
/** An element's text, or '' while it is not there yet (so that expect.poll keeps the time). */
const textOf = (locator: Locator) => locator.innerText({ timeout: 2_000 }).catch(() => '');
const figure = (page: Page, id: string) =>
  textOf(tile(page).locator(`[data-figure="wallboard.figure.${id}"] .figure__value`));
const waiting = (page: Page) => figure(page, 'waiting');
const boardState = (page: Page) => page.locator('.wallboard').getAttribute('data-stale');

describe('wallboard on a kiosk link', () => {
  it('moves within a second of ingestion, shows stale when the API stops and recovers by itself', async () => {
    const context = await browser.newContext({ viewport: { width: 1920, height: 1080 }, locale: 'en-US' });
    const page = await context.newPage();
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.message));
    try {
      await page.goto(`${api.url}/wallboard?kiosk=${kioskSecret}&site=${siteId}`, { waitUntil: 'load' });
      await expect.poll(() => waiting(page), { timeout: 60_000 }).toBe('0');
      expect(await page.locator('.live-indicator').getAttribute('data-status')).toBe('online');
      // Marks this document: after the recovery it must still be the same one (no reload).
      await page.evaluate(() => ((window as unknown as { e2eMark: number }).e2eMark = 42));

      // Ingest: the tile changes by itself. A generous wait; the time taken is recorded.
      const sentAt = Date.now();
      await offerContacts(3);
      await expect.poll(() => waiting(page), { timeout: 10_000, interval: 50 }).toBe('3');
      const seenAfterMs = Date.now() - sentAt;
      console.log(`wallboard tile changed ${seenAfterMs} ms after the events were posted (target < 1000 ms)`);
      // The longest wait ticks on the server clock: the oldest contact was offered 3 s before sending.
      await expect.poll(() => figure(page, 'longestWait')).toMatch(/^0:0[3-9]|^0:[1-5]\d/);
      const path = screenshotPath('wallboard-live');
      if (path) await page.screenshot({ path });

      // Stop the API: within 10 s without a message (and a little for the 1 s re-check) it is stale.
      const stoppedAt = Date.now();
      await api.stop();
      await expect.poll(() => boardState(page), { timeout: 30_000, interval: 250 }).toBe('true');
      console.log(`stale shown ${Date.now() - stoppedAt} ms after the API stopped (limit 10 s without data)`);
      await expect.poll(() => textOf(page.locator('.wallboard__stale'))).toMatch(/Stale figures/);
      expect(await page.locator('.live-indicator').getAttribute('data-status')).toBe('stale');
      expect(await tile(page).getAttribute('class')).toContain('tile--stale');

      // Start it again (same port, same database): the board recovers without a reload.
      await api.start();
      const readyAt = Date.now();
      // The board retries with capped backoff (at most 30 s apart), so it may take that long.
      await expect.poll(() => boardState(page), { timeout: 60_000, interval: 250 }).toBe('false');
      console.log(
        `board live again ${Date.now() - readyAt} ms after the API was ready (retries ≤ 30 s apart)`,
      );
      expect(await waiting(page)).toBe('3');
      await signInOverApi();
      await offerContacts(1);
      await expect.poll(() => waiting(page), { timeout: 10_000, interval: 50 }).toBe('4');
      expect(await page.evaluate(() => (window as unknown as { e2eMark?: number }).e2eMark)).toBe(42);
      // Four waiting is over the queue's limit of 3: the alert is listed and the tile is off target.
      await expect
        .poll(() => textOf(page.locator('.wallboard__alerts')), { timeout: 30_000 })
        .toMatch(/E2E Live Hotline\s+Too many waiting\s+4 \(limit 3\)/);
      expect(await tile(page).getAttribute('data-health')).toBe('breach');
      expect(await page.locator('.live-indicator').getAttribute('data-status')).toBe('online');
      expect(uncaught).toEqual([]);
    } finally {
      await context.close();
    }
  }, 240_000);
});

/** The test queue's live depth and today's offered, as the API answers them now. */
async function liveFigures(): Promise<{ depth: number; today: { offered: number } }> {
  const { liveQueues } = await gql<{
    liveQueues: { queues: { depth: number; today: { offered: number } }[] };
  }>('query($id: ID!) { liveQueues(filter: { queueIds: [$id] }) { queues { depth today { offered } } } }', {
    id: queueId,
  });
  return liveQueues.queues[0];
}

describe('operations page', () => {
  it("shows the queue's live figures, its agents and its active alert", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'en-US' });
    const page = await context.newPage();
    const problems = watchForProblems(page);
    try {
      // Its own scenario: four more contacts wait, over the queue's limit of 3 (QUEUE_DEPTH).
      await signInOverApi();
      const before = await liveFigures();
      await offerContacts(4);
      // The live state folds a batch just after acknowledging it: wait until the API says so too.
      await expect.poll(liveFigures, { timeout: 30_000 }).toEqual({
        depth: before.depth + 4,
        today: { offered: before.today.offered + 4 },
      });
      const expected = await liveFigures();
      expect(expected.depth).toBeGreaterThan(3);
      await signIn(page, api.url);
      await page.goto(`${api.url}/operations?scope=queue:${queueId}`, { waitUntil: 'load' });
      // Generous waits: on a loaded machine the page's chunks and first answers can take a while.
      await expect.poll(() => textOf(page.locator('h1').first()), { timeout: 60_000 }).toBe('Operations');
      const kpi = (name: string) => textOf(page.locator(`[data-kpi="${name}"] .kpi__value`));
      await expect.poll(() => kpi('depth'), { timeout: 60_000 }).toBe(String(expected.depth));
      expect(await kpi('offered')).toBe(String(expected.today.offered));
      await expect
        .poll(() => textOf(page.locator('[data-alerts="active"]')), { timeout: 60_000 })
        .toContain('Too many waiting');
      // No agent serves the test's queue: the table says so.
      await expect
        .poll(() => textOf(page.locator('.ops-agents')), { timeout: 60_000 })
        .toContain('No agents serve these queues');
      await expect.poll(() => page.locator('#ops-offered').count(), { timeout: 60_000 }).toBe(1);
      const path = screenshotPath('operations-live');
      if (path) await page.screenshot({ path, fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  }, 120_000);
});
