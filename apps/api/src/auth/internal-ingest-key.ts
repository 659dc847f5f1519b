import { Injectable } from '@nestjs/common';
import { newSecret, sameSecret } from './secret-tokens.js';

/**
 * An ingestion API key that exists only in this process's memory (never stored, printed or
 * shared with other instances), for code running inside the server that wants to ingest over
 * loopback HTTP or GraphQL like an external feed — e.g. the demo simulator:
 *   fetch(`http://127.0.0.1:${port}/api/events`, { headers: app.get(InternalIngestKey).headers, … })
 * In-process code can also call IngestService.ingest() directly: the same pipeline, no HTTP.
 */
@Injectable()
export class InternalIngestKey {
  readonly secret = newSecret('ingest');

  /** Request headers that authenticate as this key. */
  get headers(): { authorization: string } {
    return { authorization: `Bearer ${this.secret}` };
  }

  matches(secret: string): boolean {
    return sameSecret(secret, this.secret);
  }
}
