import { Controller, Post, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { IngestKey, Roles } from '../auth/roles.decorator.js';
import { IngestService } from './ingest.service.js';
import { ndjsonLines } from './ndjson-lines.js';
import type { EventResult } from './models/ingest.models.js';

/** Longest accepted NDJSON line; an event is a few hundred bytes. */
export const MAX_LINE_BYTES = 64 * 1024;

/** Lines per transaction for bulk loads: larger than for GraphQL, to amortize commits. */
export const BULK_BATCH_SIZE = 5000;

/**
 * POST /api/events — bulk ingestion of NDJSON (one event per line), streamed: the body is read
 * line by line and ingested in batches, never held whole in memory. The response is NDJSON too:
 * one result per event line (`?results=errors`: only duplicates and rejections), then a summary
 * line. Each batch is committed before its results are written, so a result line means stored.
 */
@Controller('api/events')
export class IngestController {
  constructor(private readonly ingest: IngestService) {}

  @Post()
  @IngestKey()
  @Roles('ADMIN')
  async ingestNdjson(
    @Req() req: Request,
    @Res() res: Response,
    @Query('results') which?: string,
  ): Promise<void> {
    const onlyErrors = which === 'errors';
    res.status(200).setHeader('Content-Type', 'application/x-ndjson; charset=utf-8');
    const summary = { lines: 0, accepted: 0, duplicates: 0, rejected: 0 };
    let batch: unknown[] = [];
    let lineNumbers: number[] = [];
    const writeResults = async (results: EventResult[], lines: number[]) => {
      const out: string[] = [];
      results.forEach((r, i) => {
        tally(summary, r);
        if (!onlyErrors || r.status !== 'ACCEPTED') out.push(JSON.stringify(lineResult(lines[i], r)));
      });
      if (out.length > 0 && !res.write(out.join('\n') + '\n'))
        await new Promise((resolve) => res.once('drain', resolve));
    };
    // Two batches in flight: the next is parsed and validated while the previous one is written.
    // Results are written in batch order, each after its batch's commit.
    let written: Promise<void> = Promise.resolve();
    const flush = async () => {
      const lines = lineNumbers;
      const ingested = this.ingest.ingest(batch);
      batch = [];
      lineNumbers = [];
      const previous = written;
      written = Promise.all([ingested, previous]).then(([results]) => writeResults(results, lines));
      written.catch(() => undefined); // awaited below; a failure ends the stream there
      await previous;
    };
    try {
      for await (const item of ndjsonLines(req, MAX_LINE_BYTES)) {
        summary.lines++;
        batch.push('error' in item ? item.error : item.value);
        lineNumbers.push(item.line);
        if (batch.length >= BULK_BATCH_SIZE) await flush();
      }
      if (batch.length > 0) await flush();
      await written;
      res.end(JSON.stringify({ summary }) + '\n');
    } catch (error) {
      // Results already written stand (their batches are committed). Of the rest, a batch may
      // have been committed without its results written: sending those lines again is safe
      // (their events come back as duplicates).
      res.end(JSON.stringify({ error: (error as Error).message, summary }) + '\n');
    }
  }
}

function lineResult(line: number, r: EventResult) {
  return { line, eventId: r.eventId, status: r.status, ...(r.errors.length > 0 ? { errors: r.errors } : {}) };
}

function tally(summary: { accepted: number; duplicates: number; rejected: number }, r: EventResult): void {
  if (r.status === 'ACCEPTED') summary.accepted++;
  else if (r.status === 'DUPLICATE') summary.duplicates++;
  else summary.rejected++;
}
