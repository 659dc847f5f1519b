import type { ApolloServerPlugin, GraphQLRequestContext } from '@apollo/server';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import { Kind, type OperationDefinitionNode, type ValueNode } from 'graphql';
import type { Subscription } from 'rxjs';
import { Authenticator } from '../auth/authenticator.service.js';
import type { GraphqlContext } from '../auth/request-authentication.js';
import { TtlCache } from '../auth/ttl-cache.js';
import { LOCAL_DATE } from '../common/local-date.js';
import { IngestService, type IngestChanges } from '../ingest/ingest.service.js';

/** Root fields whose answers depend only on their arguments, the caller and the stored data. */
const CACHEABLE_FIELDS = new Set(['queueMetrics', 'agentMetrics', 'claimMetrics']);
/** Bounds staleness where this instance cannot see a change (another instance, the CLI). */
const TTL_MS = 5_000;
/** Responses kept (a six-month trend of every queue is ~100–300 kB). */
const MAX_ENTRIES = 200;
const DAY_MS = 86_400_000;
/**
 * A queueMetrics answer whose range ends this many days before today (UTC) only depends on queue
 * roll-up days older than HISTORY_DAYS − 1 (a day of margin for any site's time zone), so the
 * live feed of today does not invalidate it; a late event for an old day does.
 */
const HISTORY_DAYS = 4;

interface Entry {
  /** Which version the answer was computed at: the recent one, or the history one for old ranges. */
  historical: boolean;
  version: number;
  data: Record<string, unknown>;
}

/**
 * Whole answers of historical-metrics queries, kept per caller, query and variables until the
 * data may have changed: any committed ingestion batch or any mutation on this instance, or
 * TTL_MS. Trend pages ask the same question many times (every executive opening the default
 * range); a hit skips the resolvers, the SQL and graphql-js's execution of thousands of fields.
 *
 * A hit is served only to the same principal whose earlier request went through the access guard
 * and produced it (the key holds the principal), so it never widens access.
 */
@Injectable()
export class MetricsResponseCache implements OnModuleDestroy {
  private readonly entries = new TtlCache<string, Entry>(TTL_MS, MAX_ENTRIES);
  /** Bumped by every change. */
  private recentVersion = 0;
  /** Bumped by changes to queue roll-up days older than HISTORY_DAYS − 1, and by any unknown change. */
  private historyVersion = 0;
  /** Answers being computed, so that identical requests arriving meanwhile wait for one of them. */
  private readonly pending = new Map<string, Promise<void>>();
  private readonly subscription: Subscription;

  constructor(
    private readonly authenticator: Authenticator,
    ingest: IngestService,
  ) {
    this.subscription = ingest.changes$.subscribe((changes) => this.changed(changes));
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
  }

  /** Everything cached may be out of date. */
  invalidate(): void {
    this.recentVersion++;
    this.historyVersion++;
  }

  private changed(changes: IngestChanges): void {
    const day = changes.earliestQueueDay;
    if (day === undefined || (day !== null && day < Date.now() - (HISTORY_DAYS - 1) * DAY_MS))
      this.invalidate();
    else this.recentVersion++;
  }

  private versionFor(historical: boolean): number {
    return historical ? this.historyVersion : this.recentVersion;
  }

  plugin(): ApolloServerPlugin<GraphqlContext> {
    return {
      requestDidStart: async () => {
        let key: string | null = null;
        let historical = false;
        let version = 0;
        let done: (() => void) | null = null;
        return {
          responseForOperation: async (context) => {
            const found = await this.keyOf(context);
            if (found === null) return null;
            ({ key, historical } = found);
            // An identical request is being answered: wait for it rather than compute it twice.
            await this.pending.get(key);
            version = this.versionFor(historical);
            const hit = this.entries.get(key);
            if (hit && hit.historical === historical && hit.version === version)
              return {
                http: context.response.http,
                body: { kind: 'single', singleResult: { data: hit.data } },
              };
            if (!this.pending.has(key)) {
              const claimed = key;
              this.pending.set(
                claimed,
                new Promise<void>((resolve) => (done = resolve)).finally(() => this.pending.delete(claimed)),
              );
            }
            return null;
          },
          willSendResponse: async ({ response, operation }) => {
            if (operation?.operation === 'mutation') this.invalidate();
            if (key !== null && response.body.kind === 'single') {
              const { data, errors } = response.body.singleResult;
              // Only a complete answer computed on data that did not change meanwhile.
              if (!errors && data && version === this.versionFor(historical))
                this.entries.set(key, { historical, version, data });
            }
            done?.();
          },
        };
      },
    };
  }

  private async keyOf(
    context: GraphQLRequestContext<GraphqlContext>,
  ): Promise<{ key: string; historical: boolean } | null> {
    const { operation, request, contextValue } = context;
    if (!operation || operation.operation !== 'query' || !onlyCacheableFields(operation)) return null;
    const headers = contextValue.req?.headers;
    if (!headers) return null;
    const auth = await this.authenticator.fromHeaders(headers);
    if (auth.status !== 'ok') return null;
    const p = auth.principal;
    const caller = p.kind === 'user' ? `user:${p.userId}:${p.role}:${p.sessionId}` : `${p.kind}:${p.id}`;
    const variables = request.variables ?? {};
    const key = JSON.stringify([caller, request.query, request.operationName ?? null, variables]);
    return { key, historical: endsBeforeRecentDays(operation, variables) };
  }
}

function onlyCacheableFields(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && CACHEABLE_FIELDS.has(s.name.value) && (s.directives?.length ?? 0) === 0,
  );
}

/** Whether every root field is a queueMetrics whose `to` date lies HISTORY_DAYS or more before today. */
function endsBeforeRecentDays(
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): boolean {
  const firstRecentDay = new Date(Date.now() - HISTORY_DAYS * DAY_MS).toISOString().slice(0, 10);
  return operation.selectionSet.selections.every((s) => {
    if (s.kind !== Kind.FIELD || s.name.value !== 'queueMetrics') return false;
    const to = s.arguments?.find((a) => a.name.value === 'to')?.value;
    const value = to ? valueOf(to, variables) : undefined;
    return typeof value === 'string' && LOCAL_DATE.test(value) && value < firstRecentDay;
  });
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  return node.kind === Kind.STRING ? node.value : undefined;
}
