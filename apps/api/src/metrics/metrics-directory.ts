import { Injectable } from '@nestjs/common';
import { IngestService } from '../ingest/ingest.service.js';
import type { QueueDirectory } from '../ingest/queue-info.js';

/**
 * How long historical metrics reuse the queue directory they read. A change made through this
 * instance's GraphQL mutations drops it at once (MetricsResponseCache.invalidate); one made
 * elsewhere (another instance, the CLI) is seen within this, as ingestion sees any (IngestService).
 */
const REUSE_MS = 1_000;

/**
 * The queue directory (names, settings, site zones) for historical metrics, read at most once a
 * second instead of twice per trend (the request, then the answer cache's check of its dates):
 * through TypeORM it cost ~1 ms each time, a tenth of a cold six-month trend's own work.
 */
@Injectable()
export class MetricsDirectory {
  private kept: { until: number; directory: Promise<QueueDirectory> } | null = null;

  constructor(private readonly ingest: IngestService) {}

  queues(): Promise<QueueDirectory> {
    const now = Date.now();
    if (!this.kept || this.kept.until <= now) {
      const directory = this.ingest.queues();
      const kept = { until: now + REUSE_MS, directory };
      this.kept = kept;
      // A failed read is not kept: the next request reads again.
      directory.catch(() => {
        if (this.kept === kept) this.kept = null;
      });
    }
    return this.kept.directory;
  }

  /** The directory may have changed: the next request reads it again. */
  forget(): void {
    this.kept = null;
  }
}
