import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { badInput } from '../common/validation.js';
import { IngestKey, Roles } from '../auth/roles.decorator.js';
import { IngestService } from './ingest.service.js';
import { IngestResult } from './models/ingest.models.js';

/** Most events in one GraphQL request; larger loads go to POST /api/events (NDJSON). */
export const MAX_GRAPHQL_BATCH = 5000;

@Resolver()
export class IngestResolver {
  constructor(private readonly ingest: IngestService) {}

  @IngestKey()
  @Roles('ADMIN')
  @Mutation(() => IngestResult, {
    description:
      'Ingests events (flat JSON objects of metrics.md, `kind` first). One transaction; per-event results: ACCEPTED, DUPLICATE or REJECTED with the field and reason.',
  })
  async ingestEvents(
    @Args('events', { type: () => [GraphQLJSONObject] }) events: Record<string, unknown>[],
  ): Promise<IngestResult> {
    if (events.length > MAX_GRAPHQL_BATCH) {
      throw badInput([
        {
          field: 'events',
          reason: `at most ${MAX_GRAPHQL_BATCH} events per request; use POST /api/events for more`,
        },
      ]);
    }
    const results = await this.ingest.ingest(events);
    return {
      accepted: results.filter((r) => r.status === 'ACCEPTED').length,
      duplicates: results.filter((r) => r.status === 'DUPLICATE').length,
      rejected: results.filter((r) => r.status === 'REJECTED').length,
      results,
    };
  }
}
