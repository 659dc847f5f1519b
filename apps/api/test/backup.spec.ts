import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { backupDatabase, registerBackupCommand } from '../src/cli/backup-command.js';
import { INGEST, seedSmallCenter } from './support/directory.js';
import { contactEventStream } from './support/event-stream.js';
import { createTestDatabase, startTestApp, type TestApp, type TestDatabase } from './support/test-app.js';

const sqlite = !process.env.DATABASE_URL?.startsWith('postgres');

/** `servicefloor backup`: a consistent copy of the SQLite database while the server ingests. */
describe.skipIf(!sqlite)('servicefloor backup (SQLite)', () => {
  let db: TestDatabase;
  let api: TestApp;
  let dir: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    api = await startTestApp(db.url);
    await seedSmallCenter(api);
    dir = mkdtempSync(join(tmpdir(), 'sf-backup-'));
  });

  afterAll(async () => {
    await api?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies a consistent point in time while batches are being ingested', async () => {
    const stream = contactEventStream(7, 6000, ['Hotline General', 'Online Chat']);
    const batches: Record<string, unknown>[][] = [];
    for (let i = 0; i < stream.events.length; i += 500) batches.push(stream.events.slice(i, i + 500));
    let ingesting = true;
    const ingestion = (async () => {
      for (const events of batches) await api.gql(INGEST, { events });
      ingesting = false;
    })();
    const path = db.url.slice('sqlite:'.length);
    const copies: { file: string; during: boolean }[] = [];
    for (let i = 0; i < 4; i++) {
      await new Promise((resolve) => setTimeout(resolve, 150));
      const file = join(dir, `copy-${i}.sqlite`);
      const during = ingesting;
      await backupDatabase({ type: 'sqlite', path }, file);
      copies.push({ file, during });
    }
    await ingestion;
    expect(copies.some((c) => c.during)).toBe(true);
    for (const { file } of copies) {
      const copy = new Database(file, { readonly: true });
      try {
        expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
        expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
        // Contacts and their roll-ups are written in one transaction: a torn copy would disagree.
        const contacts = copy
          .prepare(`SELECT COUNT(*) AS n FROM contacts WHERE "offeredAt" IS NOT NULL`)
          .get() as { n: number };
        const offered = copy
          .prepare(`SELECT COALESCE(SUM("offered"), 0) AS n FROM queue_day_stats`)
          .get() as { n: number };
        expect(offered.n).toBe(contacts.n);
      } finally {
        copy.close();
      }
    }
  });

  it('runs as a command, refuses to overwrite without --force, and points PostgreSQL to pg_dump', async () => {
    const file = join(dir, 'cli.sqlite');
    process.env.DATABASE_URL = db.url;
    const run = async (...args: string[]) => {
      const program = new Command().exitOverride();
      registerBackupCommand(program);
      const out: string[] = [];
      const log = vi
        .spyOn(console, 'log')
        .mockImplementation((...p: unknown[]) => void out.push(p.join(' ')));
      const err = vi
        .spyOn(console, 'error')
        .mockImplementation((...p: unknown[]) => void out.push(p.join(' ')));
      process.exitCode = undefined;
      try {
        await program.parseAsync(args, { from: 'user' });
      } finally {
        log.mockRestore();
        err.mockRestore();
      }
      const code = process.exitCode;
      process.exitCode = undefined;
      return { text: out.join('\n'), code };
    };
    try {
      const first = await run('backup', file, '--json');
      expect(JSON.parse(first.text)).toMatchObject({ file, integrity: 'ok' });
      expect(existsSync(`${file}.partial`)).toBe(false);
      const again = await run('backup', file);
      expect(again.code).toBe(1);
      expect(again.text).toMatch(/exists: choose another FILE or add --force/);
      expect((await run('backup', file, '--force')).text).toMatch(/integrity ok/);
      process.env.DATABASE_URL = 'postgres://u@h:5432/d';
      const pg = await run('backup', file);
      expect(pg.code).toBe(1);
      expect(pg.text).toMatch(/pg_dump/);
    } finally {
      delete process.env.DATABASE_URL;
    }
  });
});
