import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { TEST_ADMIN } from './test-app.js';

/** The built API, as `npm start` runs it (`tsc -b` first, as `npm test` does). */
const MAIN = fileURLToPath(new URL('../../dist/main.js', import.meta.url));

/** A built API server in a child process, signed in as the first administrator. */
export interface BuiltServer {
  url: string;
  child: ChildProcess;
  token: string;
  /** What the server has printed so far. */
  output: () => string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts `node apps/api/dist/main.js` on `databaseUrl` (demo off unless `env` says otherwise);
 * resolves once it is ready and signed in, or rejects with what it printed.
 */
export async function startBuiltServer(
  databaseUrl: string,
  env: Record<string, string> = {},
): Promise<BuiltServer> {
  const port = await freePort();
  let output = '';
  const child = spawn(process.execPath, [MAIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DEMO: 'off',
      LOG_LEVEL: 'warn',
      DASHBOARD_DIR: '/nonexistent',
      ADMIN_USERNAME: TEST_ADMIN.username,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`the API was not ready in 60 s:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  const login = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(TEST_ADMIN),
  });
  const { accessToken } = (await login.json()) as { accessToken: string };
  return { url, child, token: accessToken, output: () => output };
}

/** Stops the server (SIGTERM: a graceful stop; SIGKILL: a crash) and waits for it to end. */
export async function stopBuiltServer(
  server: BuiltServer | undefined,
  signal: NodeJS.Signals = 'SIGTERM',
): Promise<void> {
  const child = server?.child;
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill(signal);
  await exited;
}

/** A GraphQL request as the signed-in administrator; throws on errors. */
export async function builtGql<T = Record<string, unknown>>(
  server: BuiltServer,
  query: string,
  variables?: unknown,
): Promise<T> {
  const res = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}
