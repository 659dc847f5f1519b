import type {
  Channel,
  TrendsAgentsQuery,
  TrendsClaimPeriodFragment,
  TrendsClaimsQuery,
  TrendsContactFiguresFragment,
  TrendsContactPointFragment,
} from '../../graphql/generated/graphql.js';
import {
  alignPeriods,
  chartRows,
  summedRows,
  type ChartRow,
  type PeriodPoint,
  type SeriesPoints,
} from './alignPeriods.js';
import { toCsv, type CsvValue } from './csv.js';

/** At most this many series per chart (the palette's colours); the busiest are drawn. */
export const MAX_SERIES = 6;

/**
 * At most this many teams per chart: occupancy and shrinkage of teams lie close together, and
 * more than four lines (eight with the previous period) could not be told apart.
 */
export const MAX_TEAMS = 4;

/** Who a line belongs to: a channel (named in the reader's language) or a queue, team or agent. */
export type SeriesRef =
  | { kind: 'channel'; channel: Channel }
  | { kind: 'queue'; name: string; channel: Channel }
  | { kind: 'team'; name: string }
  | { kind: 'agent'; name: string };

/** Figures a chart draws several of, each its own line (named in the reader's language). */
export type LineFigure = 'offered' | 'answered' | 'abandoned' | 'backlog' | 'settledWithinSla';

export type ChartUnit = 'percent' | 'seconds' | 'contacts' | 'claims';

export type ChartId =
  | 'serviceLevel'
  | 'asa'
  | 'aht'
  | 'abandonRate'
  | 'volume'
  | 'csat'
  | 'fcr'
  | 'claims'
  | 'occupancy'
  | 'shrinkage';

export interface ChartLine {
  /** Key of the line's values in the rows; the previous period's are under `key + ':previous'`. */
  key: string;
  series: SeriesRef | null;
  figure: LineFigure | null;
  /** Index into the palette (charts/palette.ts). */
  colour: number;
}

export interface TrendChart {
  id: ChartId;
  unit: ChartUnit;
  rows: ChartRow[];
  lines: ChartLine[];
  /** Target lines (service level): one per distinct target, with the series it applies to. */
  targets: { value: number; series: SeriesRef[] }[];
  /** Series left out because only MAX_SERIES are drawn (0 when all are). */
  hiddenSeries: number;
}

/** One line of the summary table: a series' totals over the range and over the previous period. */
export interface SummaryRow {
  series: SeriesRef;
  total: TrendsContactFiguresFragment;
  previousTotal: TrendsContactFiguresFragment;
}

type ContactSeries = {
  series: SeriesRef;
  slTarget: number | null;
  points: readonly TrendsContactPointFragment[];
  previousPoints: readonly TrendsContactPointFragment[];
  total: TrendsContactFiguresFragment;
  previousTotal: TrendsContactFiguresFragment;
};

type QueueMetrics = {
  queues?: readonly {
    queue: string;
    channel: Channel;
    slTarget: number;
    points: readonly TrendsContactPointFragment[];
    previousPoints: readonly TrendsContactPointFragment[];
    total: TrendsContactFiguresFragment;
    previousTotal: TrendsContactFiguresFragment;
  }[];
  channels?: readonly {
    channel: Channel;
    points: readonly TrendsContactPointFragment[];
    previousPoints: readonly TrendsContactPointFragment[];
    total: TrendsContactFiguresFragment;
    previousTotal: TrendsContactFiguresFragment;
  }[];
};

/** Everything the page fetched, ready to shape. A section that was not fetched is null. */
export interface TrendsInput {
  /** The periods of the range and of the previous range (dateRange.periodLabels). */
  labels: { current: readonly string[]; previous: readonly string[] };
  compare: boolean;
  contacts: QueueMetrics | null;
  /** Service-level targets of the queues behind each channel (for the target line by channel). */
  channelTargets: Partial<Record<Channel, readonly number[]>>;
  claims: TrendsClaimsQuery | null;
  agents: TrendsAgentsQuery | null;
  /** The site's today (YYYY-MM-DD): periods starting before it have happened. */
  today: string;
}

/** A row of the CSV export: one period of one series (metrics.md field names). */
export interface TrendRecord {
  periodStart: string;
  label: string;
  comparison: 'current' | 'previous';
  channel?: Channel;
  queue?: string;
  team?: string;
  agent?: string;
  offered?: number;
  answered?: number;
  abandoned?: number;
  serviceLevel?: number | null;
  slTarget?: number | null;
  asa?: number | null;
  aht?: number | null;
  abandonRate?: number | null;
  csat?: number | null;
  fcr?: number | null;
  backlog?: number;
  settledWithinSla?: number;
  occupancy?: number | null;
  shrinkage?: number | null;
}

/** The CSV header: where a record comes from, then the figures, named as in metrics.md. */
export const CSV_COLUMNS = [
  'periodStart',
  'label',
  'comparison',
  'channel',
  'queue',
  'team',
  'agent',
  'offered',
  'answered',
  'abandoned',
  'serviceLevel',
  'slTarget',
  'asa',
  'aht',
  'abandonRate',
  'csat',
  'fcr',
  'backlog',
  'settledWithinSla',
  'occupancy',
  'shrinkage',
] as const satisfies readonly (keyof TrendRecord)[];

export interface TrendsModel {
  charts: TrendChart[];
  summary: SummaryRow[];
  /** Series that have no contacts in either period (left out of the charts). */
  quietSeries: SeriesRef[];
  records: TrendRecord[];
}

/**
 * Shapes the API's answers into what the page draws: the charts (each with its previous period),
 * the summary rows and the records of the CSV export, all from the same series, so the export is
 * exactly what is shown. Ratios come from the API as they are; only counts are summed here.
 */
export function trendsModel(input: TrendsInput): TrendsModel {
  const charts: TrendChart[] = [];
  const records: TrendRecord[] = [];
  const { shown, hidden, quiet } = contactSeriesOf(input.contacts);

  if (shown.length > 0) {
    const aligned = alignPeriods(
      input.labels,
      shown.map((s, i) => seriesPoints(`s${i}`, s.points, input.compare ? s.previousPoints : [])),
    );
    const keys = shown.map((_, i) => `s${i}`);
    const lines = shown.map((s, i) => ({ key: `s${i}`, series: s.series, figure: null, colour: i }));
    const chart = (id: ChartId, unit: ChartUnit, value: (p: TrendsContactPointFragment) => number | null) =>
      charts.push({
        id,
        unit,
        rows: chartRows(aligned, keys, value),
        lines,
        targets: [],
        hiddenSeries: hidden,
      });
    chart('serviceLevel', 'percent', (p) => p.metrics.serviceLevel);
    charts[charts.length - 1].targets = targetsOf(shown, input.channelTargets);
    chart('asa', 'seconds', (p) => p.metrics.asa);
    chart('aht', 'seconds', (p) => p.metrics.aht);
    chart('abandonRate', 'percent', (p) => p.metrics.abandonRate);
    charts.push({
      id: 'volume',
      unit: 'contacts',
      rows: summedRows(aligned, {
        offered: (p) => p.metrics.offered,
        answered: (p) => p.metrics.answered,
        abandoned: (p) => p.metrics.abandoned,
      }),
      lines: [
        { key: 'offered', series: null, figure: 'offered', colour: 0 },
        { key: 'answered', series: null, figure: 'answered', colour: 2 },
        { key: 'abandoned', series: null, figure: 'abandoned', colour: 1 },
      ],
      targets: [],
      hiddenSeries: hidden,
    });
    chart('csat', 'percent', (p) => p.metrics.csat);
    chart('fcr', 'percent', (p) => p.metrics.fcr);

    for (const s of shown) {
      const where = s.series.kind === 'queue' ? { channel: s.series.channel, queue: s.series.name } : {};
      const channel = s.series.kind === 'channel' ? { channel: s.series.channel } : {};
      const add = (points: readonly TrendsContactPointFragment[], comparison: TrendRecord['comparison']) => {
        for (const p of points) {
          const { offered, answered, abandoned, serviceLevel, asa, aht, abandonRate, csat, fcr } = p.metrics;
          records.push({
            periodStart: p.periodStart,
            label: p.label,
            comparison,
            ...channel,
            ...where,
            offered,
            answered,
            abandoned,
            serviceLevel,
            slTarget: s.slTarget,
            asa,
            aht,
            abandonRate,
            csat,
            fcr,
          });
        }
      };
      add(s.points, 'current');
      if (input.compare) add(s.previousPoints, 'previous');
    }
  }

  const previousClaims = new Map((input.claims?.previous?.queues ?? []).map((q) => [q.queue, q.points]));
  const claims = (input.claims?.current.queues ?? []).filter(
    (q) => q.points.length > 0 || (previousClaims.get(q.queue)?.length ?? 0) > 0,
  );
  if (claims.length > 0) {
    const drawn = claims.slice(0, MAX_SERIES / 2);
    const previousOf = new Map(
      [...previousClaims].map(([queue, points]) => [
        queue,
        withClaimGaps(points, input.labels.previous, input.today),
      ]),
    );
    const currentOf = new Map(
      drawn.map((q) => [q.queue, withClaimGaps(q.points, input.labels.current, input.today)]),
    );
    const aligned = alignPeriods(
      input.labels,
      drawn.map((q, i) =>
        seriesPoints(
          `c${i}`,
          currentOf.get(q.queue) ?? [],
          input.compare ? (previousOf.get(q.queue) ?? []) : [],
        ),
      ),
    );
    const backlog = chartRows(
      aligned,
      drawn.map((_, i) => `c${i}`),
      (p) => p.backlog,
    );
    const within = chartRows(
      aligned,
      drawn.map((_, i) => `c${i}`),
      (p) => p.settledWithinSla,
    );
    const rows = backlog.map((row, r) => {
      const merged: ChartRow = { ...row };
      drawn.forEach((_, i) => {
        merged[`c${i}.backlog`] = row[`c${i}`];
        merged[`c${i}.backlog:previous`] = row[`c${i}:previous`];
        merged[`c${i}.settledWithinSla`] = within[r][`c${i}`];
        merged[`c${i}.settledWithinSla:previous`] = within[r][`c${i}:previous`];
        delete merged[`c${i}`];
        delete merged[`c${i}:previous`];
      });
      return merged;
    });
    charts.push({
      id: 'claims',
      unit: 'claims',
      rows,
      lines: drawn.flatMap((q, i) => [
        {
          key: `c${i}.backlog`,
          series: drawn.length > 1 ? { kind: 'queue', name: q.queue, channel: 'CLAIM_DESK' } : null,
          figure: 'backlog',
          colour: 2 * i,
        },
        {
          key: `c${i}.settledWithinSla`,
          series: drawn.length > 1 ? { kind: 'queue', name: q.queue, channel: 'CLAIM_DESK' } : null,
          figure: 'settledWithinSla',
          colour: 2 * i + 1,
        },
      ]),
      targets: [],
      hiddenSeries: claims.length - drawn.length,
    });
    for (const q of drawn) {
      const add = (points: readonly TrendsClaimPeriodFragment[], comparison: TrendRecord['comparison']) => {
        for (const p of points)
          records.push({
            periodStart: p.periodStart,
            label: p.label,
            comparison,
            channel: 'CLAIM_DESK',
            queue: q.queue,
            backlog: p.backlog,
            settledWithinSla: p.settledWithinSla,
          });
      };
      add(currentOf.get(q.queue) ?? [], 'current');
      if (input.compare) add(previousOf.get(q.queue) ?? [], 'previous');
    }
  }

  if (input.agents) {
    const { current, previous } = input.agents;
    const previousTeams = new Map((previous?.teams ?? []).map((t) => [t.id, t]));
    const previousAgents = new Map((previous?.agents ?? []).map((a) => [a.id, a]));
    // Teams and agents without any period in either range (nobody logged in) are not drawn.
    const active = (s: { points: readonly unknown[] }, before: { points: readonly unknown[] } | undefined) =>
      s.points.length > 0 || (before?.points.length ?? 0) > 0;
    const activeTeams = current.teams.filter((t) => active(t, previousTeams.get(t.id)));
    const activeAgents = current.agents.filter((a) => active(a, previousAgents.get(a.id)));
    const handled = (s: { total: { handled: number }; previousTotal: { handled: number } }) =>
      s.total.handled + s.previousTotal.handled;
    const oneTeam = current.teams.length === 1 && current.agents.length > 0;
    const team = current.teams[0];
    const candidates = oneTeam
      ? [
          ...activeTeams.map((t) => ({
            ref: { kind: 'team', name: t.name } as SeriesRef,
            series: t,
            previous: previousTeams.get(t.id),
          })),
          ...busiest(activeAgents, handled, MAX_SERIES - 1).map((a) => ({
            ref: { kind: 'agent', name: a.name } as SeriesRef,
            series: a,
            previous: previousAgents.get(a.id),
          })),
        ]
      : busiest(activeTeams, handled, MAX_TEAMS).map((t) => ({
          ref: { kind: 'team', name: t.name } as SeriesRef,
          series: t,
          previous: previousTeams.get(t.id),
        }));
    const available = oneTeam ? activeTeams.length + activeAgents.length : activeTeams.length;
    if (candidates.length > 0) {
      const aligned = alignPeriods(
        input.labels,
        candidates.map((c, i) =>
          seriesPoints(`a${i}`, c.series.points, input.compare ? (c.previous?.points ?? []) : []),
        ),
      );
      const keys = candidates.map((_, i) => `a${i}`);
      const lines = candidates.map((c, i) => ({ key: `a${i}`, series: c.ref, figure: null, colour: i }));
      for (const id of ['occupancy', 'shrinkage'] as const)
        charts.push({
          id,
          unit: 'percent',
          rows: chartRows(aligned, keys, (p) => p.metrics[id]),
          lines,
          targets: [],
          hiddenSeries: available - candidates.length,
        });
      for (const c of candidates) {
        const who = c.ref.kind === 'agent' ? { team: team.name, agent: c.ref.name } : { team: c.series.name };
        const add = (
          points: readonly {
            label: string;
            periodStart: string;
            metrics: { occupancy: number | null; shrinkage: number | null };
          }[],
          comparison: TrendRecord['comparison'],
        ) => {
          for (const p of points)
            records.push({
              periodStart: p.periodStart,
              label: p.label,
              comparison,
              ...who,
              occupancy: p.metrics.occupancy,
              shrinkage: p.metrics.shrinkage,
            });
        };
        add(c.series.points, 'current');
        if (input.compare) add(c.previous?.points ?? [], 'previous');
      }
    }
  }

  return {
    charts,
    summary: shown.map((s) => ({ series: s.series, total: s.total, previousTotal: s.previousTotal })),
    quietSeries: quiet,
    records,
  };
}

/**
 * Claim periods without any claim event, which the API leaves out (a claim desk closed on
 * Sundays), filled in: nothing opened or settled, and the backlog of the period before, which
 * cannot have changed without events. Only after the first period the API returned (the backlog
 * before it is unknown) and only for periods that have begun (`today`). A filled period's start
 * takes the UTC offset of the period before it.
 */
export function withClaimGaps(
  points: readonly TrendsClaimPeriodFragment[],
  labels: readonly string[],
  today: string,
): TrendsClaimPeriodFragment[] {
  if (points.length === 0) return [];
  const byLabel = new Map(points.map((p) => [p.label, p]));
  const filled: TrendsClaimPeriodFragment[] = [];
  let last: TrendsClaimPeriodFragment | null = null;
  for (const label of labels) {
    const point = byLabel.get(label);
    if (point) {
      filled.push(point);
      last = point;
    } else if (last && label.slice(0, 10) < today) {
      const before: TrendsClaimPeriodFragment = last;
      const offset: string = /([+-]\d{2}:\d{2}|Z)$/.exec(before.periodStart)?.[1] ?? 'Z';
      last = {
        ...before,
        label,
        periodStart: `${label.length === 10 ? `${label}T00:00:00` : `${label}:00`}${offset}`,
        opened: 0,
        settled: 0,
        settledWithinSla: 0,
        settledWithinSlaRate: null,
      };
      filled.push(last);
    }
  }
  // Periods the API returned that the labels did not list stay as they are.
  for (const p of points) if (!labels.includes(p.label)) filled.push(p);
  return filled;
}

/** The CSV text of the records (RFC 4180, header of metrics.md field names). */
export function trendsCsv(records: readonly TrendRecord[]): string {
  return toCsv(
    CSV_COLUMNS,
    records.map((r) => CSV_COLUMNS.map((column) => r[column] as CsvValue)),
  );
}

function seriesPoints<P extends PeriodPoint>(
  key: string,
  points: readonly P[],
  previousPoints: readonly P[],
): SeriesPoints<P> {
  return { key, points, previousPoints };
}

/** The channel or queue series with contacts, the busiest MAX_SERIES of them in the API's order. */
function contactSeriesOf(metrics: QueueMetrics | null): {
  shown: ContactSeries[];
  hidden: number;
  quiet: SeriesRef[];
} {
  const all: ContactSeries[] = [
    ...(metrics?.channels ?? []).map((c) => ({
      series: { kind: 'channel', channel: c.channel } as SeriesRef,
      slTarget: null,
      ...c,
    })),
    ...(metrics?.queues ?? []).map((q) => ({
      series: { kind: 'queue', name: q.queue, channel: q.channel } as SeriesRef,
      ...q,
    })),
  ];
  const busy = all.filter((s) => s.total.offered + s.previousTotal.offered > 0);
  const shown = busiest(busy, (s) => s.total.offered + s.previousTotal.offered, MAX_SERIES);
  return {
    shown,
    hidden: busy.length - shown.length,
    quiet: all.filter((s) => !busy.includes(s)).map((s) => s.series),
  };
}

/** The `n` items with the largest weight, kept in their original order. */
export function busiest<T>(items: readonly T[], weight: (item: T) => number, n: number): T[] {
  if (items.length <= n) return [...items];
  const chosen = new Set(
    items
      .map((item, index) => ({ index, weight: weight(item) }))
      .sort((a, b) => b.weight - a.weight || a.index - b.index)
      .slice(0, n)
      .map((c) => c.index),
  );
  return items.filter((_, index) => chosen.has(index));
}

/** Service-level targets, one per distinct value, naming the series each applies to. */
function targetsOf(
  shown: readonly ContactSeries[],
  channelTargets: TrendsInput['channelTargets'],
): TrendChart['targets'] {
  const byValue = new Map<number, SeriesRef[]>();
  for (const s of shown) {
    const values =
      s.series.kind === 'channel'
        ? (channelTargets[s.series.channel] ?? [])
        : s.slTarget === null
          ? []
          : [s.slTarget];
    for (const value of new Set(values)) byValue.set(value, [...(byValue.get(value) ?? []), s.series]);
  }
  return [...byValue].sort(([a], [b]) => b - a).map(([value, series]) => ({ value, series }));
}
