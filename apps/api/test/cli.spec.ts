import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerImportCommand } from '../src/cli/import-command.js';
import { registerMetricsCommand } from '../src/cli/metrics-command.js';
import { registerRebuildCommand } from '../src/cli/rebuild-command.js';
import { seedSmallCenter } from './support/directory.js';
import { createTestDatabase, startTestApp, type TestDatabase } from './support/test-app.js';

const QUEUE_LOG = fileURLToPath(new URL('../../../libs/importers/src/fixtures/queue_log', import.meta.url));

/** Runs `servicefloor …args` in-process against DATABASE_URL and returns what it printed. */
async function servicefloor(...args: string[]): Promise<string> {
  const program = new Command().exitOverride();
  registerImportCommand(program);
  registerMetricsCommand(program);
  registerRebuildCommand(program);
  const lines: string[] = [];
  const spy = vi
    .spyOn(console, 'log')
    .mockImplementation((...parts: unknown[]) => void lines.push(parts.join(' ')));
  try {
    await program.parseAsync(args, { from: 'user' });
  } finally {
    spy.mockRestore();
  }
  return lines.join('\n');
}

describe('servicefloor CLI', () => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await createTestDatabase();
    const api = await startTestApp(db.url);
    await seedSmallCenter(api);
    await api.close();
    process.env.DATABASE_URL = db.url;
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('imports NDJSON and reports accepted, duplicates and rejected with the first reasons', async () => {
    const file = join(tmpdir(), `sf-cli-${process.pid}.ndjson`);
    const offered = {
      kind: 'contact',
      eventId: 'x1',
      type: 'OFFERED',
      occurredAt: '2026-03-02T09:00:00+08:00',
      contactId: 'k1',
      queue: 'Hotline General',
    };
    const answered = {
      ...offered,
      eventId: 'x2',
      type: 'ANSWERED',
      occurredAt: '2026-03-02T09:00:25+08:00',
      agentId: 'a1',
    };
    writeFileSync(
      file,
      [offered, answered, offered, { ...offered, eventId: 'x3', queue: 'Nope' }]
        .map((e) => JSON.stringify(e))
        .join('\n'),
    );
    const summary = JSON.parse(await servicefloor('import', '--format', 'ndjson', file, '--json'));
    expect(summary).toMatchObject({ linesRead: 4, accepted: 2, duplicates: 1, rejected: 1 });
    expect(summary.firstRejections).toEqual([
      { line: 4, eventId: 'x3', field: 'queue', reason: 'unknown queue "Nope"' },
    ]);
  });

  it('prints metrics per queue as JSON with the field names of metrics.md', async () => {
    const out = JSON.parse(
      await servicefloor(
        'metrics',
        '--from',
        '2026-03-02',
        '--to',
        '2026-03-02',
        '--queue',
        'Hotline General',
        '--json',
      ),
    );
    expect(out.queues).toHaveLength(1);
    expect(out.queues[0]).toMatchObject({
      queue: 'Hotline General',
      offered: 1,
      answered: 1,
      answeredWithinThreshold: 0,
      serviceLevel: 0,
      asa: 25,
    });
    expect(out.queues[0].periods).toEqual([expect.objectContaining({ period: '2026-03-02', offered: 1 })]);
  });

  it('imports an Asterisk queue_log, creating its queues and agents on first sight, skipping noise', async () => {
    const summary = JSON.parse(await servicefloor('import', '--format', 'queue_log', QUEUE_LOG, '--json'));
    expect(summary.rejected).toBe(0);
    expect(summary.accepted).toBeGreaterThan(10);
    expect(summary.createdQueues.length).toBeGreaterThan(0);
    expect(Object.keys(summary.skipped).length).toBeGreaterThan(0);
    const again = JSON.parse(await servicefloor('import', '--format', 'queue_log', QUEUE_LOG, '--json'));
    expect(again).toMatchObject({ accepted: 0, duplicates: summary.accepted });
  });

  it('rebuilds roll-ups from stored events to the same figures', async () => {
    const before = await servicefloor('metrics', '--from', '2026-01-01', '--to', '2026-12-31', '--json');
    expect(await servicefloor('rebuild')).toMatch(/Rebuilt roll-ups from \d+ events/);
    expect(await servicefloor('metrics', '--from', '2026-01-01', '--to', '2026-12-31', '--json')).toEqual(
      before,
    );
  });
});
