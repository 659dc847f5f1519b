import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { INestApplicationContext } from '@nestjs/common';
import { Option, type Command } from 'commander';
import type { Channel, WireEvent } from '@servicefloor/contracts';
import { importContactsCsv, importQueueLog, parseQueueLogMapping } from '@servicefloor/importers';
import { DirectoryService } from '../directory/directory.service.js';
import { IngestService } from '../ingest/ingest.service.js';
import { BULK_BATCH_SIZE, MAX_LINE_BYTES } from '../ingest/ingest.controller.js';
import { ndjsonLines } from '../ingest/ndjson-lines.js';
import { withCliContext } from './cli-context.js';

interface ImportOptions {
  format: 'queue_log' | 'csv' | 'ndjson';
  map?: string;
  site?: string;
  timeZone?: string;
  json?: boolean;
}

/** What `import` prints: lines read, accepted, duplicates, rejected with the first reasons. */
export interface ImportSummary {
  file: string;
  format: string;
  linesRead: number;
  events: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  firstRejections: { line: number; eventId: string | null; field: string; reason: string }[];
  skipped: Record<string, number>;
  createdQueues: string[];
  createdAgents: number;
}

/**
 * `servicefloor import --format queue_log|csv|ndjson FILE`: streams a file through the ingestion
 * pipeline (the same one as the API). queue_log and CSV imports create queues (as hotline queues,
 * or as the mapping file says) and agents on first sight; NDJSON is the wire contract, where an
 * unknown queue is a rejected event.
 */
export function registerImportCommand(program: Command): void {
  program
    .command('import')
    .description('import history: an Asterisk queue_log, a contacts CSV, or NDJSON events')
    .addOption(
      new Option('--format <format>', 'file format')
        .choices(['queue_log', 'csv', 'ndjson'])
        .makeOptionMandatory(),
    )
    .argument('<file>', 'file to import')
    .option('--map <file>', 'queue_log: JSON mapping of queues, agents and pause reasons')
    .option('--site <name>', 'site for queues created on first sight (default: the first site)')
    .option('--time-zone <zone>', "queue_log: IANA zone of the PBX (default: the site's)")
    .option('--json', 'print the summary as JSON')
    .action(async (file: string, options: ImportOptions) => {
      const summary = await withCliContext((app) => importFile(app, file, options));
      if (options.json) console.log(JSON.stringify(summary, null, 2));
      else printSummary(summary);
      if (summary.rejected > 0 && summary.accepted === 0) process.exitCode = 1;
    });
}

async function importFile(
  app: INestApplicationContext,
  file: string,
  options: ImportOptions,
): Promise<ImportSummary> {
  const ingest = app.get(IngestService);
  const directory = app.get(DirectoryService);
  const summary: ImportSummary = {
    file,
    format: options.format,
    linesRead: 0,
    events: 0,
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    firstRejections: [],
    skipped: {},
    createdQueues: [],
    createdAgents: 0,
  };
  const site = await siteFor(directory, options.site);
  const creator = new FirstSight(directory, site.id, summary);
  let batch: { event: unknown; line: number }[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    if (options.format !== 'ndjson') await creator.ensure(batch.map((b) => b.event as WireEvent));
    const results = await ingest.ingest(batch.map((b) => b.event));
    results.forEach((r, i) => {
      if (r.status === 'ACCEPTED') summary.accepted++;
      else if (r.status === 'DUPLICATE') summary.duplicates++;
      else {
        summary.rejected++;
        if (summary.firstRejections.length < 10)
          summary.firstRejections.push({ line: batch[i].line, eventId: r.eventId, ...r.errors[0] });
      }
    });
    summary.events += results.length;
    batch = [];
  };
  const push = async (event: unknown, line: number) => {
    batch.push({ event, line });
    if (batch.length >= BULK_BATCH_SIZE) await flush();
  };

  if (options.format === 'ndjson') {
    for await (const item of ndjsonLines(createReadStream(file), MAX_LINE_BYTES)) {
      summary.linesRead = item.line;
      await push('error' in item ? item.error : item.value, item.line);
    }
  } else if (options.format === 'queue_log') {
    const mapping = options.map
      ? parseQueueLogMapping(JSON.parse(readFileSync(options.map, 'utf8')))
      : undefined;
    const lines = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    const importer = importQueueLog(lines, { timeZone: options.timeZone ?? site.timeZone, mapping });
    for await (const item of importer) await push(item.event, item.line);
    summary.linesRead = importer.summary.linesRead;
    summary.skipped = {
      ...importer.summary.skipped,
      ...(importer.summary.callsWithoutOutcome
        ? { callsWithoutOutcome: importer.summary.callsWithoutOutcome }
        : {}),
    } as Record<string, number>;
  } else {
    const importer = importContactsCsv(createReadStream(file));
    for await (const item of importer) await push(item.event, item.line);
    summary.linesRead = importer.summary.rowsRead;
    if (importer.summary.badRows > 0) summary.skipped = { badRows: importer.summary.badRows };
    for (const e of importer.summary.firstErrors.slice(0, 10 - summary.firstRejections.length)) {
      summary.firstRejections.push({ line: e.line, eventId: null, field: e.field, reason: e.reason });
    }
  }
  await flush();
  return summary;
}

async function siteFor(directory: DirectoryService, name: string | undefined) {
  const sites = await directory.sites();
  const site = name ? sites.find((s) => s.name === name) : sites[0];
  if (!site)
    throw new Error(
      name
        ? `--site: no site named ${JSON.stringify(name)}`
        : 'no site yet: create one first (or start the server once)',
    );
  return site;
}

/** Creates the queues and agents an import names that the directory does not have yet. */
class FirstSight {
  private queues: Set<string> | null = null;
  private agents: Set<string> | null = null;

  constructor(
    private readonly directory: DirectoryService,
    private readonly siteId: number,
    private readonly summary: ImportSummary,
  ) {}

  async ensure(events: WireEvent[]): Promise<void> {
    this.queues ??= new Set((await this.directory.queues()).map((q) => q.name));
    this.agents ??= new Set((await this.directory.agents()).map((a) => a.agentId));
    for (const event of events) {
      if ((event.kind === 'contact' || event.kind === 'claim') && !this.queues.has(event.queue)) {
        const channel: Channel = event.kind === 'claim' ? 'CLAIM_DESK' : (event.channel ?? 'HOTLINE');
        await this.directory.createQueue({ name: event.queue, channel, siteId: this.siteId });
        this.queues.add(event.queue);
        this.summary.createdQueues.push(event.queue);
      }
      const agentId = 'agentId' in event ? event.agentId : undefined;
      if (agentId && !this.agents.has(agentId)) {
        await this.directory.createAgent({ agentId, name: agentId });
        this.agents.add(agentId);
        this.summary.createdAgents++;
      }
    }
  }
}

function printSummary(s: ImportSummary): void {
  console.log(`Imported ${s.file} (${s.format})`);
  console.log(`  lines read   ${s.linesRead.toLocaleString('en-US')}`);
  console.log(`  events       ${s.events.toLocaleString('en-US')}`);
  console.log(`  accepted     ${s.accepted.toLocaleString('en-US')}`);
  console.log(`  duplicates   ${s.duplicates.toLocaleString('en-US')}`);
  console.log(`  rejected     ${s.rejected.toLocaleString('en-US')}`);
  for (const [reason, count] of Object.entries(s.skipped))
    console.log(`  skipped      ${count.toLocaleString('en-US')} (${reason})`);
  if (s.createdQueues.length > 0) console.log(`  new queues   ${s.createdQueues.join(', ')}`);
  if (s.createdAgents > 0) console.log(`  new agents   ${s.createdAgents}`);
  for (const r of s.firstRejections) console.log(`  line ${r.line}: ${r.field}: ${r.reason}`);
}
