import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** The repository root (tests run the built API and dashboard from there). */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Debian's Chromium, started as root on a closed network (docs/toolchain.md). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A TCP port free on this machine now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** The first administrator of the server under test. */
export const E2E_ADMIN = { username: 'admin', password: 'e2e-admin-password' };

/**
 * Signs the page's browser context in as the first admin: the login request sets the refresh
 * cookie in the context, and the dashboard, seeing it has signed in before, restores the session
 * from that cookie on its first load (so the test's own navigation is the first page load).
 */
export async function signIn(page: Page, url: string): Promise<void> {
  const res = await page.context().request.post(`${url}/api/auth/login`, { data: E2E_ADMIN });
  if (!res.ok()) throw new Error(`sign-in failed: HTTP ${res.status()} ${await res.text()}`);
  await page.context().addInitScript(() => window.localStorage.setItem('servicefloor.signedIn', '1'));
}

export interface RunningApi {
  url: string;
  /** What the server printed (for a failure message). */
  output(): string;
  stop(): Promise<void>;
}

/**
 * Starts the real built API (`node apps/api/dist/main.js`) on a free port with a fresh SQLite
 * database in a temporary directory, serving the built dashboard; resolves when /health/ready
 * answers. Needs `npx nx run-many -t build` first.
 */
export async function startApi(): Promise<RunningApi> {
  const main = join(REPO_ROOT, 'apps/api/dist/main.js');
  const dashboard = join(REPO_ROOT, 'apps/dashboard/dist/index.html');
  for (const path of [main, dashboard]) {
    if (!existsSync(path))
      throw new Error(`${path} is missing: build first with \`npx nx run-many -t build\``);
  }
  const dir = await mkdtemp(join(tmpdir(), 'servicefloor-e2e-'));
  const port = await freePort();
  let output = '';
  // `node`, not `npx`: the PID we stop is the server's own.
  const child: ChildProcess = spawn(process.execPath, [main], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: `sqlite:${join(dir, 'db.sqlite')}`,
      DASHBOARD_DIR: 'apps/dashboard/dist',
      LOG_LEVEL: 'warn',
      // The demo directory is what the tests look for; months of simulated history are not needed.
      DEMO_HISTORY_DAYS: '0',
      // The first admin, whom the tests sign in as (signIn below).
      ADMIN_USERNAME: E2E_ADMIN.username,
      ADMIN_PASSWORD: E2E_ADMIN.password,
      LOGIN_RATE_LIMIT: '1000',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`the API exited with code ${child.exitCode} before it was ready:\n${output}`);
    }
    try {
      const response = await fetch(`${url}/health/ready`);
      if (response.ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the API was not ready within 90 s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return { url, output: () => output, stop };
}

/**
 * Records everything that should never happen on a page: console errors, uncaught exceptions,
 * failed requests and HTTP error responses.
 */
export function watchForProblems(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) =>
    problems.push(`request failed: ${request.method()} ${request.url()} (${request.failure()?.errorText})`),
  );
  page.on('response', (response) => {
    if (response.status() >= 400)
      problems.push(`HTTP ${response.status()}: ${response.request().method()} ${response.url()}`);
  });
  return problems;
}

/**
 * A fresh 1440×1000 en-US browser context with the test administrator signed in and `path` open
 * (network idle); `problems` collects console errors and failed requests from the start. The
 * caller closes `context`; it is closed here when signing in or opening the page fails.
 */
export async function adminPageAt(
  browser: Browser,
  url: string,
  path: string,
): Promise<{ context: BrowserContext; page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
  try {
    const page = await context.newPage();
    const problems = watchForProblems(page);
    await signIn(page, url);
    await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
    return { context, page, problems };
  } catch (error) {
    await context.close();
    throw error;
  }
}

/** Where screenshots go when SCREENSHOTS_DIR is set (not committed). */
export function screenshotPath(name: string): string | undefined {
  const dir = process.env.SCREENSHOTS_DIR;
  return dir ? join(dir, `${name}.png`) : undefined;
}

/** The demo sites' time zone (libs/simulator demo-center.ts). */
export const DEMO_ZONE = 'Asia/Shanghai';

/** The calendar date `days` from today at the demo sites (YYYY-MM-DD). */
export function siteDate(days: number, zone = DEMO_ZONE): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** Signs in as the first admin over the API: an access token for test set-up calls. */
export async function adminToken(url: string): Promise<string> {
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(E2E_ADMIN),
  });
  if (login.status !== 200) throw new Error(`sign-in failed: HTTP ${login.status} ${await login.text()}`);
  return ((await login.json()) as { accessToken: string }).accessToken;
}

/** A GraphQL request with a bearer token; throws on GraphQL errors. */
export async function graphqlAt<T>(
  url: string,
  token: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data as T;
}

/**
 * A morning of hotline contacts on `day` (site-local, +08:00): one every 10 minutes from 09:00 to
 * 10:50 on `queue`, answered by `agentId` after 15 s, completed after 240 s talk and 30 s wrap-up.
 * A forecast needs 14 days of them. `prefix` keeps each spec's contact and event ids apart.
 */
export function morningContacts(
  prefix: string,
  day: string,
  agentId: string,
  queue = 'Hotline General',
): Record<string, unknown>[] {
  const events: Record<string, unknown>[] = [];
  const two = (n: number) => String(n).padStart(2, '0');
  const at = (seconds: number) => {
    const t = 9 * 3600 + seconds;
    return `${day}T${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}+08:00`;
  };
  for (let n = 0; n < 12; n++) {
    const start = n * 600;
    const contactId = `${prefix}-${day}-${n}`;
    const base = { kind: 'contact', contactId, queue };
    events.push(
      { ...base, eventId: `${contactId}-o`, type: 'OFFERED', occurredAt: at(start), channel: 'HOTLINE' },
      { ...base, eventId: `${contactId}-a`, type: 'ANSWERED', occurredAt: at(start + 15), agentId },
      {
        ...base,
        eventId: `${contactId}-c`,
        type: 'COMPLETED',
        occurredAt: at(start + 285),
        agentId,
        talkSeconds: 240,
        holdSeconds: 0,
        acwSeconds: 30,
      },
    );
  }
  return events;
}
