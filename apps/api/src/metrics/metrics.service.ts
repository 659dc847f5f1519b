import { Injectable } from '@nestjs/common';
import type { Channel, Granularity } from '@servicefloor/contracts';
import {
  AGENT_COUNTER_KEYS,
  agentMetrics,
  CONTACT_METRIC_INPUTS,
  contactInputKeys,
  contactMetrics,
  counterSummer,
  dateRangeToMs,
  emptyAgentCounters,
  previousPeriodRange,
  quantile,
  rollUp,
  sumCounters,
  type AgentCounters,
  type AgentMetrics,
  type ContactCounters,
  type ContactInputKey,
  type ContactMetrics,
  type ContactMetricsDefinition,
  type ContactMetricsSettings,
  type TimeRange,
} from '@servicefloor/metrics';
import { badInput } from '../common/validation.js';
import { CLAIM_COUNTER_KEYS } from '../ingest/entities/claim-stats.entity.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import { formatInZone } from './format-in-zone.js';
import { MetricsDirectory } from './metrics-directory.js';
import { StatsReader, type StatsRow } from './stats-reader.js';

/** INTERVAL granularity covers at most this many points per series (charts draw ≤ ~2,000). */
const MAX_INTERVAL_POINTS = 2016;
const ALL_FIGURES: readonly string[] = Object.keys(CONTACT_METRIC_INPUTS);

export interface RangeQuery {
  from: string;
  to: string;
  granularity: Granularity;
}

export interface MetricsQuery extends RangeQuery {
  queues?: string[];
  channel?: Channel;
}

export interface Point<M> {
  periodStart: string;
  label: string;
  metrics: M;
}

/** Figures as reported: a sum over queues with different thresholds has no threshold (null). */
export type ReportedContactMetrics = Omit<ContactMetrics, 'definition'> & {
  definition: Omit<ContactMetricsDefinition, 'slThresholdSeconds'> & { slThresholdSeconds: number | null };
};

interface ContactSeries<M> {
  channel: string;
  timeZone: string;
  points: Point<M>[];
  previousPoints: Point<M>[];
  total: M;
  previousTotal: M;
}

export interface QueueSeries extends ContactSeries<ContactMetrics> {
  queue: string;
  slTarget: number;
}

export type ChannelSeries = ContactSeries<ReportedContactMetrics>;

export interface QueueReport {
  queues: QueueSeries[];
  channels: ChannelSeries[];
}

/**
 * The contact figures (names of ContactMetrics fields) a caller reads of a queue report: of the
 * range (its points and total) and of the previous period (null: nothing of it, not even its
 * points' labels). Only the counters these figures are computed from are read; the other figures
 * of the report are then meaningless (CONTACT_METRIC_INPUTS).
 */
export interface ContactFigures {
  current: Iterable<string>;
  previous: Iterable<string> | null;
}

/** Every figure of both periods. */
export const ALL_CONTACT_FIGURES: ContactFigures = { current: ALL_FIGURES, previous: ALL_FIGURES };

export interface AgentSeries {
  id: string;
  name: string;
  timeZone: string;
  points: Point<AgentMetrics>[];
  total: AgentMetrics;
  previousTotal: AgentMetrics;
}

type Period<C> = { periodStart: number; counters: C };

/**
 * Historical metrics over any local date range and granularity, with the previous period of the
 * same length beside them: per queue, per channel, per team and agent, and for the claim desk.
 * Reads roll-ups only (per-day rows for DAY/WEEK/MONTH, per-interval rows for INTERVAL), a few
 * queries per request whatever the history's length; every figure comes from libs/metrics.
 */
@Injectable()
export class MetricsService {
  constructor(
    private readonly directory: MetricsDirectory,
    private readonly stats: StatsReader,
  ) {}

  /** Per-queue series, every figure computed (the CLI prints them). */
  async queueMetrics(query: MetricsQuery): Promise<QueueSeries[]> {
    return (await this.queueReport(query)).queues;
  }

  /**
   * Per-queue series and, summed from them, per-channel series. The rows are read at once, only
   * the columns `figures` are computed from; the figures of each part (points, previous points,
   * totals, channel sums) are computed the first time they are read, so a GraphQL query pays only
   * for the fields it selects.
   */
  async queueReport(
    query: MetricsQuery,
    figures: ContactFigures = ALL_CONTACT_FIGURES,
  ): Promise<QueueReport> {
    const directory = await this.directory.queues();
    for (const [i, name] of (query.queues ?? []).entries()) {
      if (!directory.byName.has(name))
        throw badInput([{ field: `queues.${i}`, reason: `unknown queue ${JSON.stringify(name)}` }]);
    }
    const selected = [...directory.byId.values()]
      .filter((q) => !query.queues || query.queues.includes(q.name))
      .filter((q) => !query.channel || q.channel === query.channel)
      .sort((a, b) => a.id - b.id);
    const zones = [...groupBy(selected, (q) => q.timeZone)];
    // The settings figures are computed with: each queue's, and each channel sum's.
    const settings = [
      ...selected.map((q) => q.settings),
      ...zones.flatMap(([, group]) => [...groupBy(group, (q) => q.channel).values()].map(sharedSettings)),
    ];
    const keys = {
      current: contactInputKeys(figures.current, settings),
      previous: figures.previous && contactInputKeys(figures.previous, settings),
    };
    const periods = await Promise.all(
      zones.map(([timeZone, group]) => this.contactPeriods(group, query, timeZone, keys)),
    );
    const sums: { current: Summer; previous: Summer } = {
      current: counterSummer<string>(keys.current),
      previous: counterSummer<string>(keys.previous ?? []),
    };
    const queues: QueueSeries[] = [];
    const channelParts: (() => ChannelSeries[])[] = [];
    zones.forEach(([timeZone, group], z) => {
      const { current, previous } = periods[z];
      const labels = new PeriodLabels(timeZone, query.granularity);
      for (const queue of group) {
        queues.push(
          contactSeries(
            { queue: queue.name, channel: queue.channel, timeZone, slTarget: queue.settings.slTarget },
            current.get(String(queue.id)) ?? [],
            previous.get(String(queue.id)) ?? [],
            queue.settings,
            labels,
            sums,
            asComputed,
          ),
        );
      }
      channelParts.push(() =>
        [...groupBy(group, (q) => q.channel)].map(([channel, members]) => {
          const merge = (of: Map<string, Period<ContactCounters>[]>, sum: Summer) =>
            mergePeriods(
              members.map((q) => of.get(String(q.id)) ?? []),
              sum,
            );
          return contactSeries(
            { channel, timeZone },
            merge(current, sums.current),
            merge(previous, sums.previous),
            sharedSettings(members),
            labels,
            sums,
            channelReport(),
          );
        }),
      );
    });
    const channels = once(() => channelParts.flatMap((part) => part()));
    return {
      queues,
      get channels() {
        return channels();
      },
    };
  }

  /** Per-team series (agents summed), and per-agent series for the given agents or team. */
  async agentMetrics(
    query: RangeQuery & { teamIds?: number[]; agentIds?: string[] },
  ): Promise<{ teams: AgentSeries[]; agents: AgentSeries[] }> {
    const rows = await this.stats.query(
      `SELECT a."agentId", a."name" AS "agentName", t."id" AS "teamId", t."name" AS "teamName", s."timeZone" FROM agents a LEFT JOIN teams t ON t."id" = a."teamId" LEFT JOIN sites s ON s."id" = t."siteId" ORDER BY t."id", a."agentId"`,
      [],
    );
    const fallbackZone = String(
      (await this.stats.query(`SELECT "timeZone" FROM sites ORDER BY "id" LIMIT 1`, []))[0]?.timeZone ??
        'UTC',
    );
    const agents = rows.map((r) => ({
      agentId: String(r.agentId),
      name: String(r.agentName),
      teamId: r.teamId == null ? null : Number(r.teamId),
      teamName: r.teamName == null ? null : String(r.teamName),
      timeZone: r.timeZone == null ? fallbackZone : String(r.timeZone),
    }));
    const teamIds = query.teamIds ?? [
      ...new Set(agents.map((a) => a.teamId).filter((t): t is number => t !== null)),
    ];
    const inTeams = agents.filter((a) => a.teamId !== null && teamIds.includes(a.teamId));
    const perAgent = query.agentIds
      ? agents.filter((a) => query.agentIds!.includes(a.agentId))
      : query.teamIds?.length === 1
        ? inTeams
        : [];
    const wanted = [...new Map([...inTeams, ...perAgent].map((a) => [a.agentId, a])).values()];
    const teams: AgentSeries[] = [];
    const agentSeries: AgentSeries[] = [];
    for (const [timeZone, group] of groupBy(wanted, (a) => a.timeZone)) {
      const keys = [...AGENT_COUNTER_KEYS];
      const { current, previous } = await this.periods(
        'agent',
        group.map((a) => a.agentId),
        { current: keys, previous: keys },
        query,
        timeZone,
      );
      for (const [teamId, members] of groupBy(
        group.filter((a) => a.teamId !== null && teamIds.includes(a.teamId)),
        (a) => a.teamId!,
      )) {
        const merge = (periods: Map<string, Period<Record<string, number>>[]>) =>
          mergePeriods(
            members.map((a) => periods.get(a.agentId) ?? []),
            (list) => sumCounters(list, {}),
          );
        teams.push({
          id: String(teamId),
          name: members[0].teamName ?? String(teamId),
          timeZone,
          ...agentSeriesOf(merge(current), merge(previous), timeZone, query.granularity),
        });
      }
      for (const agent of group.filter((a) => perAgent.includes(a))) {
        agentSeries.push({
          id: agent.agentId,
          name: agent.name,
          timeZone,
          ...agentSeriesOf(
            current.get(agent.agentId) ?? [],
            previous.get(agent.agentId) ?? [],
            timeZone,
            query.granularity,
          ),
        });
      }
    }
    return { teams, agents: agentSeries };
  }

  /** Claim-desk figures per claim queue: flows per period, backlog at each period's end, cycle times, aging. */
  async claimMetrics(query: RangeQuery & { queues?: string[] }) {
    if (query.granularity === 'INTERVAL')
      throw badInput([
        { field: 'granularity', reason: 'claim-desk figures are kept per day; choose DAY, WEEK or MONTH' },
      ]);
    const directory = await this.directory.queues();
    const selected = [...directory.byId.values()].filter(
      (q) => q.channel === 'CLAIM_DESK' && (!query.queues || query.queues.includes(q.name)),
    );
    const out = [];
    for (const queue of selected) {
      const { range, previous } = this.ranges(query, queue.timeZone);
      const ids = [queue.id];
      const [rows, previousRows, before, cycles, open] = await Promise.all([
        this.stats.read(
          'claim_day_stats',
          'queueId',
          'dayStart',
          ids,
          range.startMs,
          range.endMs,
          CLAIM_COUNTER_KEYS,
        ),
        this.stats.read(
          'claim_day_stats',
          'queueId',
          'dayStart',
          ids,
          previous.startMs,
          previous.endMs,
          CLAIM_COUNTER_KEYS,
        ),
        this.stats.sumsBefore(
          'claim_day_stats',
          'queueId',
          'dayStart',
          ids,
          range.startMs,
          CLAIM_COUNTER_KEYS,
        ),
        this.stats.query(
          `SELECT "settledAt" - "openedAt" AS cycle FROM claims WHERE "queueId" = ? AND "settledAt" >= ? AND "settledAt" < ? AND "closedAt" = "settledAt"`,
          [queue.id, range.startMs, range.endMs],
        ),
        this.stats.query(
          `SELECT "openedAt" FROM claims WHERE "queueId" = ? AND "openedAt" < ? AND ("closedAt" IS NULL OR "closedAt" >= ?)`,
          [queue.id, range.endMs, range.endMs],
        ),
      ]);
      const periods = this.toPeriods(rows.get(String(queue.id)) ?? [], query.granularity, queue.timeZone);
      let backlog = backlogOf(before.get(String(queue.id)));
      const points = periods.map((p) => {
        backlog += backlogOf(p.counters);
        return claimPeriod(p.periodStart, p.counters, backlog, queue, query.granularity);
      });
      const sum = (list: Period<Record<string, number>>[]) =>
        sumCounters(
          list.map((p) => p.counters),
          Object.fromEntries(CLAIM_COUNTER_KEYS.map((k) => [k, 0])),
        );
      const hours = cycles.map((c) => Number(c.cycle) / 3_600_000);
      const ages = open.map((o) => range.endMs - Number(o.openedAt));
      out.push({
        queue: queue.name,
        timeZone: queue.timeZone,
        slaHours: queue.settings.claimSlaHours,
        points,
        total: claimPeriod(range.startMs, sum(periods), backlog, queue, query.granularity),
        previousTotal: claimPeriod(
          previous.startMs,
          sum(this.toPeriods(previousRows.get(String(queue.id)) ?? [], query.granularity, queue.timeZone)),
          backlogOf(before.get(String(queue.id))),
          queue,
          query.granularity,
        ),
        cycleTimeMedianHours: hours.length > 0 ? quantile(hours, 0.5) : null,
        cycleTimeP90Hours: hours.length > 0 ? quantile(hours, 0.9) : null,
        aging: {
          under24h: ages.filter((a) => a < 24 * 3_600_000).length,
          oneToThreeDays: ages.filter((a) => a >= 24 * 3_600_000 && a < 72 * 3_600_000).length,
          threeToSevenDays: ages.filter((a) => a >= 72 * 3_600_000 && a < 168 * 3_600_000).length,
          overSevenDays: ages.filter((a) => a >= 168 * 3_600_000).length,
        },
      });
    }
    return out;
  }

  private async contactPeriods(
    queues: QueueInfo[],
    query: RangeQuery,
    timeZone: string,
    keys: { current: ContactInputKey[]; previous: ContactInputKey[] | null },
  ) {
    return this.periods(
      'queue',
      queues.map((q) => q.id),
      keys,
      query,
      timeZone,
    ) as Promise<{
      current: Map<string, Period<ContactCounters>[]>;
      previous: Map<string, Period<ContactCounters>[]>;
    }>;
  }

  /**
   * Counters (`keys.current`) per period of the range and (`keys.previous`; null: none, no
   * periods) of the previous range, for each id.
   */
  private async periods(
    kind: 'queue' | 'agent',
    ids: (string | number)[],
    keys: { current: readonly string[]; previous: readonly string[] | null },
    query: RangeQuery,
    timeZone: string,
  ) {
    const { range, previous } = this.ranges(query, timeZone);
    const byInterval = query.granularity === 'INTERVAL';
    const table = `${kind}_${byInterval ? 'interval' : 'day'}_stats`;
    const idColumn = kind === 'queue' ? 'queueId' : 'agentId';
    const startColumn = byInterval ? 'intervalStart' : 'dayStart';
    const [current, before] = await Promise.all([
      this.stats.read(table, idColumn, startColumn, ids, range.startMs, range.endMs, keys.current),
      keys.previous
        ? this.stats.read(table, idColumn, startColumn, ids, previous.startMs, previous.endMs, keys.previous)
        : new Map<string, StatsRow[]>(),
    ]);
    const periodize = (map: Map<string, StatsRow[]>) =>
      new Map([...map].map(([id, rows]) => [id, this.toPeriods(rows, query.granularity, timeZone)]));
    return { current: periodize(current), previous: periodize(before) };
  }

  private toPeriods(
    rows: StatsRow[],
    granularity: Granularity,
    timeZone: string,
  ): Period<Record<string, number>>[] {
    if (granularity === 'INTERVAL' || granularity === 'DAY')
      return rows.map((r) => ({ periodStart: r.start, counters: r.counters }));
    return rollUp(
      rows.map((r) => ({ intervalStart: r.start, counters: r.counters })),
      granularity,
      timeZone,
    );
  }

  private ranges(query: RangeQuery, timeZone: string): { range: TimeRange; previous: TimeRange } {
    let range: TimeRange;
    try {
      range = dateRangeToMs(query.from, query.to, timeZone);
    } catch (error) {
      const message = (error as Error).message;
      throw badInput([
        { field: message.startsWith('to') ? 'to' : 'from', reason: message.replace(/^(from|to) /, '') },
      ]);
    }
    if (query.granularity === 'INTERVAL' && (range.endMs - range.startMs) / 900_000 > MAX_INTERVAL_POINTS) {
      throw badInput([
        { field: 'granularity', reason: 'INTERVAL covers at most 21 days; choose DAY, WEEK or MONTH' },
      ]);
    }
    return { range, previous: previousPeriodRange(range, query.granularity, timeZone) };
  }
}

/**
 * A series: `head` and its points and totals, computed when read: the totals once, the points at
 * each read, never kept. GraphQL reads each list once and keeps its own answer of it, so a kept
 * copy of every point of every series (~1 MB for a six-month trend of every queue) would only
 * be more live data for each young-generation GC of the request to copy. `report` turns the
 * library's figures into the reported ones (one shared definition object per series).
 */
function contactSeries<H extends object, M>(
  head: H,
  current: Period<ContactCounters>[],
  previous: Period<ContactCounters>[],
  settings: ContactMetricsSettings,
  labels: PeriodLabels,
  sums: { current: Summer; previous: Summer },
  report: (m: ContactMetrics) => M,
): H & Pick<ContactSeries<M>, 'points' | 'previousPoints' | 'total' | 'previousTotal'> {
  const pointsOf = (list: Period<ContactCounters>[]) =>
    list.map((p) => ({ ...labels.of(p.periodStart), metrics: report(contactMetrics(p.counters, settings)) }));
  // The counters hold the keys read (ContactFigures): summed as they are, never padded.
  const totalOf = (list: Period<ContactCounters>[], sum: Summer) =>
    report(contactMetrics(sum(list.map((p) => p.counters)) as ContactCounters, settings));
  const total = once(() => totalOf(current, sums.current));
  const previousTotal = once(() => totalOf(previous, sums.previous));
  return {
    ...head,
    get points() {
      return pointsOf(current);
    },
    get previousPoints() {
      return pointsOf(previous);
    },
    get total() {
      return total();
    },
    get previousTotal() {
      return previousTotal();
    },
  };
}

/** A queue's figures as they are: its own threshold is always known. */
function asComputed(m: ContactMetrics): ContactMetrics {
  return m;
}

/**
 * Figures of a channel sum: the threshold −1 (queues with different thresholds, sharedSettings)
 * is reported as null. Every point of a series shares one definition object.
 */
function channelReport(): (m: ContactMetrics) => ReportedContactMetrics {
  let definition: ReportedContactMetrics['definition'] | undefined;
  return (m) => {
    definition ??= {
      ...m.definition,
      slThresholdSeconds: m.definition.slThresholdSeconds < 0 ? null : m.definition.slThresholdSeconds,
    };
    // `m` is a fresh object of contactMetrics, owned here: replacing its definition is safe.
    const reported: ReportedContactMetrics = m;
    reported.definition = definition;
    return reported;
  };
}

/** periodStart and label of each period start, formatted once per request and zone. */
class PeriodLabels {
  private readonly known = new Map<number, { periodStart: string; label: string }>();

  constructor(
    private readonly timeZone: string,
    private readonly granularity: Granularity,
  ) {}

  of(periodStart: number): { periodStart: string; label: string } {
    let found = this.known.get(periodStart);
    if (!found) {
      found = labels(periodStart, this.timeZone, this.granularity);
      this.known.set(periodStart, found);
    }
    return found;
  }
}

/** A computation run at most once, on first use. */
function once<T>(compute: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

function agentSeriesOf(
  current: Period<Record<string, number>>[],
  previous: Period<Record<string, number>>[],
  timeZone: string,
  granularity: Granularity,
) {
  const total = (list: Period<Record<string, number>>[]) =>
    agentMetrics(
      sumCounters(
        list.map((p) => p.counters as AgentCounters),
        emptyAgentCounters(),
      ),
    );
  return {
    points: current.map((p) => ({
      ...labels(p.periodStart, timeZone, granularity),
      metrics: agentMetrics(p.counters as AgentCounters),
    })),
    total: total(current),
    previousTotal: total(previous),
  };
}

function claimPeriod(
  periodStart: number,
  c: Record<string, number>,
  backlog: number,
  queue: QueueInfo,
  granularity: Granularity,
) {
  return {
    ...labels(periodStart, queue.timeZone, granularity),
    opened: c.opened,
    settled: c.settled,
    rejected: c.rejected,
    reopened: c.reopened,
    backlog,
    settledWithinSla: c.settledWithinSla,
    settledWithinSlaRate: c.settled > 0 ? c.settledWithinSla / c.settled : null,
    cycleTimeMeanHours: c.settled > 0 ? c.sumCycleMs / c.settled / 3_600_000 : null,
  };
}

/** Net change of the backlog: claims opened or reopened, less settlements and rejections. */
function backlogOf(c: Record<string, number> | undefined): number {
  return c ? c.opened + c.reopened - c.settleEvents - c.rejectEvents : 0;
}

/** The settings several queues share; where their thresholds differ, the stored counts are used. */
function sharedSettings(queues: QueueInfo[]): ContactMetricsSettings {
  const [first] = queues;
  const same = queues.every(
    (q) =>
      q.settings.slThresholdSeconds === first.settings.slThresholdSeconds &&
      q.settings.slVariant === first.settings.slVariant,
  );
  return same
    ? first.settings
    : {
        slThresholdSeconds: -1,
        shortAbandonSeconds: first.settings.shortAbandonSeconds,
        slVariant: 'DEFAULT',
      };
}

/** Sums a list of counters (libs/metrics counterSummer or sumCounters: maxWait by max). */
type Summer = (list: readonly Record<string, number>[]) => Record<string, number>;

/** Several series' periods summed per period start by `sum`. */
function mergePeriods<C extends Record<string, number>>(series: Period<C>[][], sum: Summer): Period<C>[] {
  const byStart = new Map<number, C[]>();
  for (const periods of series)
    for (const p of periods) {
      const list = byStart.get(p.periodStart);
      if (list) list.push(p.counters);
      else byStart.set(p.periodStart, [p.counters]);
    }
  return [...byStart]
    .sort(([a], [b]) => a - b)
    .map(([periodStart, list]) => ({ periodStart, counters: sum(list) as C }));
}

function labels(periodStart: number, timeZone: string, granularity: Granularity) {
  return {
    periodStart: formatInZone(periodStart, timeZone, 'iso'),
    label: formatInZone(periodStart, timeZone, granularity === 'INTERVAL' ? 'minute' : 'date'),
  };
}

function groupBy<T, K>(items: T[], key: (item: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k) ?? [];
    list.push(item);
    out.set(k, list);
  }
  return out;
}
