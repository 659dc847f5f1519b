import { once } from 'node:events';
import { parse } from 'csv-parse';
import type { CsvError } from 'csv-parse';
import { z } from 'zod';
import { CHANNELS } from '@servicefloor/contracts';
import type { Channel, ContactEvent } from '@servicefloor/contracts';
import { eventId } from './event-id.js';

/**
 * The columns of a contacts CSV, one row per contact, in the documented order (README.md,
 * "Contacts CSV"). A file may leave out optional columns and order them freely; `contactId`,
 * `queue` and `offeredAt` are required.
 */
export const CONTACTS_CSV_HEADER = [
  'contactId',
  'queue',
  'channel',
  'customerId',
  'offeredAt',
  'answeredAt',
  'abandonedAt',
  'flowedOutAt',
  'completedAt',
  'agentId',
  'talkSeconds',
  'holdSeconds',
  'acwSeconds',
] as const;
export type ContactsCsvColumn = (typeof CONTACTS_CSV_HEADER)[number];

const REQUIRED_COLUMNS: readonly ContactsCsvColumn[] = ['contactId', 'queue', 'offeredAt'];

/** One problem of one row: the row is skipped, the rest of the file goes on. */
export interface CsvRowError {
  /** 1-based data row (the header is not counted). */
  row: number;
  /** Physical line of the file on which the row ends (quoted fields may span lines). */
  line: number;
  /** The column, or `(row)` for a problem of the whole row. */
  field: string;
  reason: string;
}

export interface ContactsCsvImportOptions {
  /** First part of every eventId. Default `csv`. */
  idPrefix?: string;
  /** Called for every row error (the summary keeps only the first 100). */
  onRowError?: (error: CsvRowError) => void;
}

export interface ContactsCsvItem {
  event: ContactEvent;
  row: number;
  line: number;
}

export interface ContactsCsvSummary {
  /** Data rows read (the header is not counted). */
  rowsRead: number;
  /** Rows that produced their events. */
  rowsImported: number;
  /** Rows skipped for at least one error. */
  badRows: number;
  eventsProduced: number;
  /** The first 100 row errors. */
  firstErrors: CsvRowError[];
}

/** A running import: iterate it for the events; `summary` is readable once it has finished. */
export interface ContactsCsvImport extends AsyncGenerator<ContactsCsvItem, ContactsCsvSummary, undefined> {
  /** @throws Error when read before the iteration has finished. */
  readonly summary: ContactsCsvSummary;
}

const FIRST_ERRORS = 100;
/** A row is a few hundred bytes; a larger record is an unclosed quote swallowing the file. */
const MAX_RECORD_BYTES = 64 * 1024;
const MAX_SECONDS = 7 * 24 * 3600;
// The same validators as the ingestion contract (libs/contracts events.ts), so a row that
// passes here yields events the server accepts.
const isoWithOffset = z.iso.datetime({ offset: true });
const idText = z.string().min(1).max(200);

type Row = Partial<Record<ContactsCsvColumn, string>>;

/**
 * Reads a contacts CSV (header {@link CONTACTS_CSV_HEADER}, times ISO 8601 with an offset, an
 * empty cell = did not happen) into ServiceFloor contact events, streaming, with csv-parse:
 * per row OFFERED, then ANSWERED / ABANDONED / FLOWED_OUT when set, then COMPLETED when set
 * (metrics.md, "Events"). Event ids are `<prefix>:<contactId>:<TYPE>`, so a re-import repeats
 * them and the server drops the duplicates.
 *
 * A bad row (missing or malformed field, impossible order of times, two outcomes…) yields no
 * event and is reported with its row, line, field and reason; the rest goes on.
 *
 * @throws Error naming the column when the header lacks a required column, has an unknown or
 *   a repeated one (nothing can be read right then).
 */
export function importContactsCsv(
  input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  options: ContactsCsvImportOptions = {},
): ContactsCsvImport {
  const prefix = options.idPrefix ?? 'csv';
  const summary: ContactsCsvSummary = {
    rowsRead: 0,
    rowsImported: 0,
    badRows: 0,
    eventsProduced: 0,
    firstErrors: [],
  };
  let finished = false;

  const report = (errors: CsvRowError[]): void => {
    summary.badRows += 1;
    for (const error of errors) {
      if (summary.firstErrors.length < FIRST_ERRORS) summary.firstErrors.push(error);
      options.onRowError?.(error);
    }
  };

  const generator = (async function* (): AsyncGenerator<ContactsCsvItem, ContactsCsvSummary, undefined> {
    /** Records csv-parse could not read, by the data row they stand for. */
    const unreadable: CsvRowError[] = [];
    const parser = parse({
      bom: true,
      info: true,
      relax_quotes: true,
      relax_column_count: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      max_record_size: MAX_RECORD_BYTES,
      on_skip: (error: CsvError | undefined) => {
        if (error === undefined) return undefined;
        const context = error as CsvError & { lines?: number; records?: number };
        const why =
          error.code === 'CSV_MAX_RECORD_SIZE'
            ? 'is larger than 64 KiB (an unclosed quote?); the rows after it could not be read'
            : `could not be read as CSV: ${error.message}`;
        unreadable.push({ row: context.records ?? 0, line: context.lines ?? 0, field: '(row)', reason: why });
        return undefined;
      },
    });
    const stopFeeding = new AbortController();
    const feeding = feed(input, parser, stopFeeding.signal);
    let header: ContactsCsvColumn[] | null = null;
    const flushUnreadable = (beforeRow: number): void => {
      while (unreadable.length > 0 && unreadable[0]!.row < beforeRow) {
        summary.rowsRead += 1;
        report([unreadable.shift()!]);
      }
    };
    try {
      for await (const { record, info } of parser as AsyncIterable<{
        record: string[];
        info: { lines: number; records: number };
      }>) {
        if (header === null) {
          header = readHeader(record);
          continue;
        }
        const row = info.records - 1;
        flushUnreadable(row);
        summary.rowsRead += 1;
        const result = rowEvents(header, record, row, info.lines, prefix);
        if (!result.ok) {
          report(result.errors);
          continue;
        }
        summary.rowsImported += 1;
        for (const event of result.events) {
          summary.eventsProduced += 1;
          yield { event, row, line: info.lines };
        }
      }
      await feeding;
      flushUnreadable(Number.POSITIVE_INFINITY);
    } finally {
      // A consumer that stops early must not leave the input (a file) open.
      stopFeeding.abort();
      parser.destroy();
      finished = true;
    }
    return summary;
  })();

  return Object.defineProperty(generator, 'summary', {
    get(): ContactsCsvSummary {
      if (!finished) throw new Error('summary: available after the iteration finishes');
      return summary;
    },
  }) as ContactsCsvImport;
}

/**
 * Writes the input into the parser with back-pressure. A read error destroys the parser (so
 * the reader sees it); `stop` ends the loop, which closes the input through its iterator.
 */
async function feed(
  input: AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array>,
  parser: ReturnType<typeof parse>,
  stop: AbortSignal,
): Promise<void> {
  try {
    for await (const chunk of input) {
      if (stop.aborted || parser.destroyed) return;
      if (!parser.write(chunk)) await once(parser, 'drain', { signal: stop });
    }
    parser.end();
  } catch (error) {
    if (!stop.aborted) parser.destroy(error instanceof Error ? error : new Error(String(error)));
  }
}

function readHeader(record: string[]): ContactsCsvColumn[] {
  const known = new Set<string>(CONTACTS_CSV_HEADER);
  const seen = new Set<string>();
  const columns = record.map((raw) => raw.trim());
  for (const column of columns) {
    if (!known.has(column)) {
      throw new Error(
        `header: unknown column ${JSON.stringify(column)} (columns are ${CONTACTS_CSV_HEADER.join(',')})`,
      );
    }
    if (seen.has(column)) throw new Error(`header: column ${JSON.stringify(column)} appears twice`);
    seen.add(column);
  }
  for (const column of REQUIRED_COLUMNS) {
    if (!seen.has(column)) throw new Error(`header: missing required column ${JSON.stringify(column)}`);
  }
  return columns as ContactsCsvColumn[];
}

/** The events of one row, or every problem found in it. */
function rowEvents(
  header: readonly ContactsCsvColumn[],
  record: string[],
  row: number,
  line: number,
  prefix: string,
): { ok: true; events: ContactEvent[] } | { ok: false; errors: CsvRowError[] } {
  const errors: CsvRowError[] = [];
  const fail = (field: string, reason: string): void => {
    errors.push({ row, line, field, reason });
  };
  if (record.length !== header.length) {
    fail('(row)', `has ${record.length} fields, the header has ${header.length}`);
    return { ok: false, errors };
  }
  const cells: Row = {};
  header.forEach((column, i) => {
    const value = record[i]!.trim();
    if (value !== '') cells[column] = value;
  });

  const text = (
    column: 'contactId' | 'queue' | 'customerId' | 'agentId',
    required: boolean,
  ): string | undefined => {
    const value = cells[column];
    if (value === undefined) {
      if (required) fail(column, 'is required');
      return undefined;
    }
    if (!idText.safeParse(value).success) fail(column, 'must be at most 200 characters');
    return value;
  };
  const time = (
    column: 'offeredAt' | 'answeredAt' | 'abandonedAt' | 'flowedOutAt' | 'completedAt',
  ): number | undefined => {
    const value = cells[column];
    if (value === undefined) {
      if (column === 'offeredAt') fail(column, 'is required');
      return undefined;
    }
    if (!isoWithOffset.safeParse(value).success) {
      fail(column, 'must be an ISO 8601 time with an offset, e.g. 2026-03-02T09:00:00+08:00');
      return undefined;
    }
    return Date.parse(value);
  };
  const secondsOf = (column: 'talkSeconds' | 'holdSeconds' | 'acwSeconds'): number | undefined => {
    const value = cells[column];
    if (value === undefined) return undefined;
    const n = /^\d+(\.\d+)?$/.test(value) ? Number(value) : Number.NaN;
    if (!(n >= 0 && n <= MAX_SECONDS)) {
      fail(column, 'must be a number of seconds from 0 to 604800 (a week)');
      return undefined;
    }
    return n;
  };

  const contactId = text('contactId', true);
  const queue = text('queue', true);
  const customerId = text('customerId', false);
  const agentId = text('agentId', false);
  let channel: Channel | undefined;
  if (cells.channel !== undefined) {
    if ((CHANNELS as readonly string[]).includes(cells.channel)) channel = cells.channel as Channel;
    else fail('channel', `must be one of ${CHANNELS.join(', ')}`);
  }
  const offeredAt = time('offeredAt');
  const answeredAt = time('answeredAt');
  const abandonedAt = time('abandonedAt');
  const flowedOutAt = time('flowedOutAt');
  const completedAt = time('completedAt');
  const talk = secondsOf('talkSeconds');
  const hold = secondsOf('holdSeconds');
  const acw = secondsOf('acwSeconds');

  const outcomes = (['answeredAt', 'abandonedAt', 'flowedOutAt'] as const).filter(
    (c) => cells[c] !== undefined,
  );
  if (outcomes.length > 1)
    fail(outcomes[1]!, `must be empty when ${outcomes[0]} is set (one outcome per contact)`);
  const outcomeAt = answeredAt ?? abandonedAt ?? flowedOutAt;
  const outcomeColumn = outcomes[0];
  if (
    offeredAt !== undefined &&
    outcomeAt !== undefined &&
    outcomeColumn !== undefined &&
    outcomeAt < offeredAt
  ) {
    fail(outcomeColumn, 'must not be before offeredAt');
  }
  if (cells.completedAt !== undefined && cells.answeredAt === undefined)
    fail('completedAt', 'requires answeredAt');
  if (completedAt !== undefined && answeredAt !== undefined && completedAt < answeredAt) {
    fail('completedAt', 'must not be before answeredAt');
  }
  if (cells.answeredAt !== undefined && cells.agentId === undefined)
    fail('agentId', 'is required when answeredAt is set');
  if (cells.agentId !== undefined && cells.answeredAt === undefined)
    fail('agentId', 'must be empty unless answeredAt is set');
  if (cells.completedAt !== undefined && cells.talkSeconds === undefined)
    fail('talkSeconds', 'is required when completedAt is set');
  for (const column of ['talkSeconds', 'holdSeconds', 'acwSeconds'] as const) {
    if (cells[column] !== undefined && cells.completedAt === undefined)
      fail(column, 'must be empty unless completedAt is set');
  }
  if (errors.length > 0 || contactId === undefined || queue === undefined) return { ok: false, errors };

  const base = { contactId, queue };
  const id = (type: string): string => eventId([prefix, contactId, type]);
  const offered: ContactEvent = {
    kind: 'contact',
    eventId: id('OFFERED'),
    type: 'OFFERED',
    occurredAt: cells.offeredAt!,
    contactId: base.contactId,
    queue: base.queue,
  };
  if (channel !== undefined) offered.channel = channel;
  if (customerId !== undefined) offered.customerId = customerId;
  const events: ContactEvent[] = [offered];
  if (cells.answeredAt !== undefined) {
    events.push({
      kind: 'contact',
      eventId: id('ANSWERED'),
      type: 'ANSWERED',
      occurredAt: cells.answeredAt,
      contactId: base.contactId,
      queue: base.queue,
      agentId: agentId!,
    });
  } else if (cells.abandonedAt !== undefined) {
    events.push({
      kind: 'contact',
      eventId: id('ABANDONED'),
      type: 'ABANDONED',
      occurredAt: cells.abandonedAt,
      contactId: base.contactId,
      queue: base.queue,
    });
  } else if (cells.flowedOutAt !== undefined) {
    events.push({
      kind: 'contact',
      eventId: id('FLOWED_OUT'),
      type: 'FLOWED_OUT',
      occurredAt: cells.flowedOutAt,
      contactId: base.contactId,
      queue: base.queue,
    });
  }
  if (cells.completedAt !== undefined) {
    const completed: ContactEvent = {
      kind: 'contact',
      eventId: id('COMPLETED'),
      type: 'COMPLETED',
      occurredAt: cells.completedAt,
      contactId: base.contactId,
      queue: base.queue,
      agentId: agentId!,
      talkSeconds: talk!,
    };
    if (hold !== undefined) completed.holdSeconds = hold;
    if (acw !== undefined) completed.acwSeconds = acw;
    events.push(completed);
  }
  return { ok: true, events };
}
