import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { Kind, type OperationDefinitionNode } from 'graphql';
import { Counter } from 'prom-client';
import type { Subscription } from 'rxjs';
import { dateRangeToMs } from '@servicefloor/metrics';
import type { GraphqlContext } from '../auth/request-authentication.js';
import { IngestService, type IngestChanges } from '../ingest/ingest.service.js';
import { PrometheusService } from '../observability/prometheus.service.js';
import { CachedAnswer, type AnswerEncoding } from './cached-answer.js';
import { CacheableOperations, rangeEndDates, type CacheableOperation } from './cacheable-operation.js';
import { ChangeLog } from './change-log.js';
import { MetricsDirectory } from './metrics-directory.js';
import { SignedInCallers } from './signed-in-callers.js';

/** Bounds staleness where this instance cannot see a change (another instance, the CLI). */
const TTL_MS = 5_000;
/**
 * From this age on, the next request for an answer recomputes it while the others are still
 * served the kept one, so that a busy answer is renewed before it expires and nobody waits.
 */
const RENEW_AFTER_MS = 4_500;
/** Bytes of answers kept (uncompressed; a six-month trend of every queue is ~100–500 kB). */
const MAX_BYTES = 64 * 1024 * 1024;
/** Root fields of mutations whose effect the ingestion pipeline reports precisely (IngestService.changes$). */
const INGESTION_MUTATIONS = new Set(['ingestEvents']);
/**
 * The media types Apollo answers a single result with, in its order (Apollo negotiates the same
 * way); a request preferring the last one, or none of them, is left to Apollo.
 */
const MEDIA_TYPES = [
  'application/json',
  'application/graphql-response+json',
  'application/json; callbackSpec=1.0',
];

/** A request whose answer is being computed by Apollo, to be kept when it is complete. */
interface Claim {
  key: string;
  operation: CacheableOperation;
  variables: Record<string, unknown>;
  /** The change-log generation before any of the answer's data was read. */
  generation: number;
  startedAt: number;
  readsBefore: number | null;
  /** Set by the Apollo plugin: the answer has data and no errors. */
  complete: boolean;
}

/**
 * Whole answers of historical-metrics queries (queueMetrics, agentMetrics, claimMetrics), kept
 * per caller, normalized query and variables as the bytes Apollo sent, and served before Apollo
 * runs: a hit costs a key lookup and a socket write instead of parsing, validation, resolvers,
 * SQL, graphql-js's execution of thousands of fields and the serialization of ~0.5 MB. A client
 * that accepts brotli or gzip gets a compressed copy, made once per answer.
 *
 * Served only while the data it was computed from cannot have changed: any mutation on this
 * instance, any committed ingestion batch that touched what the answer reads (a trend ending
 * before today survives the live feed of today; ingestion reports the earliest queue roll-up day
 * it changed), and at most TTL_MS.
 *
 * A hit is served only to the same principal — user, current role and session — whose earlier
 * request went through the access guard, the query limits and validation and produced it
 * without an error, so the cache never widens access: another principal, a signed-out session or
 * a changed role misses and goes through Apollo and the guard as usual.
 */
@Injectable()
export class MetricsResponseCache implements OnModuleDestroy {
  private readonly answers = new Map<string, CachedAnswer>();
  private bytes = 0;
  private readonly changes = new ChangeLog();
  private readonly operations = new CacheableOperations();
  /** Answers being computed, so that identical requests arriving meanwhile wait for one of them. */
  private readonly pending = new Map<string, Promise<void>>();
  private readonly claims = new WeakMap<object, Claim>();
  private readonly subscription: Subscription;
  private readonly lookups: Counter<'result'>;

  constructor(
    private readonly callers: SignedInCallers,
    private readonly ingest: IngestService,
    private readonly directory: MetricsDirectory,
    prometheus: PrometheusService,
  ) {
    this.subscription = ingest.changes$.subscribe((changes) => this.ingested(changes));
    this.lookups = new Counter({
      name: 'servicefloor_graphql_answer_cache_total',
      help: 'Cacheable historical-metrics requests by outcome: hit (answered from the cache) or miss (computed)',
      labelNames: ['result'] as const,
      registers: [prometheus.registry],
    });
  }

  onModuleDestroy(): void {
    this.subscription.unsubscribe();
  }

  /** Everything cached may be out of date, the queue directory too. */
  invalidate(): void {
    this.directory.forget();
    this.changes.record({ everything: true });
  }

  private ingested(changes: IngestChanges): void {
    const day = changes.earliestQueueDay;
    // Unknown (a rebuild): anything may have changed.
    this.changes.record(
      day === undefined ? { everything: true } : { everything: false, earliestQueueDay: day },
    );
  }

  /**
   * Express middleware on POST /graphql, after the body parser and before Apollo: answers a
   * cached request, or marks a cacheable one so that its answer is kept.
   */
  async answer(req: Request, res: Response, next: NextFunction): Promise<void> {
    try {
      const found = await this.cacheable(req);
      if (!found) return next();
      const { key, operation, variables } = found;
      let hit = this.fresh(key);
      if (hit && renewalDue(hit) && !this.pending.has(key)) hit = null; // this request renews it
      const computing = hit ? undefined : this.pending.get(key);
      if (computing) {
        // An identical request is being answered: wait for it rather than compute it twice.
        await computing;
        hit = this.fresh(key);
      }
      if (hit) {
        this.lookups.inc({ result: 'hit' });
        return await this.send(req, res, hit);
      }
      this.lookups.inc({ result: 'miss' });
      this.claim(req, res, { key, operation, variables });
      next();
    } catch (error) {
      next(error);
    }
  }

  /** The cache key and operation of a cacheable request, or null (Apollo answers it as usual). */
  private async cacheable(
    req: Request,
  ): Promise<{ key: string; operation: CacheableOperation; variables: Record<string, unknown> } | null> {
    const body: unknown = req.body;
    if (!isRecord(body) || typeof body.query !== 'string') return null; // batches, GET, persisted queries
    const operationName = body.operationName ?? null;
    const variables = body.variables ?? {};
    if ((operationName !== null && typeof operationName !== 'string') || !isRecord(variables)) return null;
    if (isRecord(body.extensions) && body.extensions.persistedQuery !== undefined) return null;
    if (!answerType(req)) return null;
    // The caller first: requests nobody signed in for cost nothing more here.
    const caller = await this.callers.keyOf(req.headers.authorization);
    if (!caller) return null;
    const operation = this.operations.of(body.query, operationName);
    if (!operation) return null;
    const key = JSON.stringify([caller, operation.normalized, operationName, canonical(variables)]);
    return { key, operation, variables };
  }

  /** The cached answer of `key` if the data it was computed from cannot have changed since. */
  private fresh(key: string): CachedAnswer | null {
    const answer = this.answers.get(key);
    if (!answer) return null;
    if (answer.expiresAt <= Date.now() || this.changes.touchedSince(answer.generation, answer.readsBefore)) {
      this.forget(key, answer);
      return null;
    }
    // Nothing since touched it: later checks start from here.
    answer.generation = this.changes.current;
    return answer;
  }

  private async send(req: Request, res: Response, answer: CachedAnswer): Promise<void> {
    const encoding: AnswerEncoding = req.acceptsEncodings('br')
      ? 'br'
      : req.acceptsEncodings('gzip')
        ? 'gzip'
        : 'identity';
    const bytes = await answer.bytes(encoding);
    res.statusCode = 200;
    res.setHeader('content-type', `${answerType(req)}; charset=utf-8`);
    res.setHeader('cache-control', 'no-store');
    res.setHeader('vary', 'Accept-Encoding');
    if (encoding !== 'identity') res.setHeader('content-encoding', encoding);
    res.setHeader('content-length', bytes.length);
    res.end(bytes);
  }

  /** Marks a request Apollo is to answer: its answer is kept if complete (see plugins). */
  private claim(
    req: Request,
    res: Response,
    found: { key: string; operation: CacheableOperation; variables: Record<string, unknown> },
  ): void {
    const claim: Claim = {
      ...found,
      generation: this.changes.current,
      startedAt: Date.now(),
      readsBefore: null,
      complete: false,
    };
    this.claims.set(req, claim);
    if (!this.pending.has(claim.key)) {
      let done!: () => void;
      const computing = new Promise<void>((resolve) => (done = resolve));
      this.pending.set(claim.key, computing);
      res.once('close', () => {
        if (this.pending.get(claim.key) === computing) this.pending.delete(claim.key);
        done();
      });
    }
    // Keep the very string Apollo serialized (no second serialization of a large answer), and send
    // it as the bytes kept: as a hit will, without express's ETag (a hash of ~0.5 MB per answer,
    // of no use on a POST).
    const send = res.send.bind(res);
    res.send = (body?: unknown) => {
      if (!claim.complete || res.statusCode !== 200 || typeof body !== 'string') return send(body);
      const bytes = Buffer.from(body, 'utf8');
      this.keep(claim, bytes);
      res.setHeader('content-length', bytes.length);
      res.end(bytes);
      return res;
    };
  }

  private keep(claim: Claim, body: Buffer): void {
    if (this.changes.touchedSince(claim.generation, claim.readsBefore)) return;
    const answer = new CachedAnswer(body, claim.generation, claim.readsBefore, claim.startedAt + TTL_MS);
    const previous = this.answers.get(claim.key);
    if (previous) this.forget(claim.key, previous);
    this.answers.set(claim.key, answer);
    this.bytes += answer.body.length;
    this.evict();
  }

  private forget(key: string, answer: CachedAnswer): void {
    if (this.answers.get(key) !== answer) return;
    this.answers.delete(key);
    this.bytes -= answer.body.length;
  }

  /** Drops expired answers, then the oldest, until the kept bytes fit MAX_BYTES. */
  private evict(): void {
    const now = Date.now();
    for (const [key, answer] of this.answers) {
      if (this.bytes <= MAX_BYTES && answer.expiresAt > now) break;
      this.forget(key, answer);
    }
  }

  /**
   * Apollo plugins: Apollo's per-field cache-hint plugin is off (nothing sets cache hints; it
   * wrapped every field resolver, ~15 ms of a six-month trend), every answer says
   * `cache-control: no-store` as it did (answers are per caller: no browser or proxy keeps them),
   * mutations invalidate the cache, and a claimed request's answer is marked complete.
   */
  plugins(): ApolloServerPlugin<GraphqlContext>[] {
    return [
      ApolloServerPluginCacheControlDisabled(),
      {
        requestDidStart: async () => ({
          willSendResponse: async ({ response, operation, contextValue }) => {
            if (!response.http.headers.has('cache-control'))
              response.http.headers.set('cache-control', 'no-store');
            if (operation?.operation === 'mutation' && !onlyIngestion(operation)) this.invalidate();
            const claim = contextValue.req ? this.claims.get(contextValue.req) : undefined;
            if (!claim || response.body.kind !== 'single') return;
            const { data, errors } = response.body.singleResult;
            if (errors || !data || (response.http.status ?? 200) !== 200) return;
            claim.readsBefore = await this.readsBefore(claim);
            claim.complete = true;
          },
        }),
      },
    ];
  }

  /**
   * The instant before which all the queue roll-up days an answer reads start: the end of the
   * latest `to` date in any site's zone, when every root field is a queueMetrics (null otherwise).
   */
  private async readsBefore(claim: Claim): Promise<number | null> {
    const ends = claim.operation.rangeEnds && rangeEndDates(claim.operation.rangeEnds, claim.variables);
    if (!ends) return null;
    const zones = new Set([...(await this.directory.queues()).byId.values()].map((q) => q.timeZone));
    let latest = Number.NEGATIVE_INFINITY;
    try {
      for (const zone of zones)
        for (const to of ends) latest = Math.max(latest, dateRangeToMs(to, to, zone).endMs);
    } catch {
      return null; // not a calendar date (an answer without queues never checked it): reads anything
    }
    return Number.isFinite(latest) ? latest : null;
  }
}

/** Whether an answer is RENEW_AFTER_MS old (it expires TTL_MS after its data was read). */
function renewalDue(answer: CachedAnswer): boolean {
  return answer.expiresAt - TTL_MS + RENEW_AFTER_MS <= Date.now();
}

/** The media type Apollo would answer `req` with, when it is plain JSON or GraphQL-response JSON. */
function answerType(req: Request): string | null {
  const type = req.accepts(MEDIA_TYPES);
  return type === MEDIA_TYPES[0] || type === MEDIA_TYPES[1] ? type : null;
}

/** Whether every root field of a mutation is an ingestion (reported by changes$ instead). */
function onlyIngestion(operation: OperationDefinitionNode): boolean {
  return operation.selectionSet.selections.every(
    (s) => s.kind === Kind.FIELD && INGESTION_MUTATIONS.has(s.name.value),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Variables with object keys sorted, so that their order does not split the cache. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((k) => [k, canonical(value[k])]),
  );
}
