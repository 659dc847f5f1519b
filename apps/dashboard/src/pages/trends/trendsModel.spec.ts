import { describe, expect, it } from 'vitest';
import type {
  TrendsAgentsQuery,
  TrendsClaimsQuery,
  TrendsContactFiguresFragment,
  TrendsContactPointFragment,
} from '../../graphql/generated/graphql.js';
import { PREVIOUS } from './alignPeriods.js';
import {
  busiest,
  CSV_COLUMNS,
  trendsCsv,
  trendsModel,
  withClaimGaps,
  type TrendsInput,
} from './trendsModel.js';

const figures = (offered: number, sl: number | null = null): TrendsContactFiguresFragment => ({
  __typename: 'ContactMetricsModel',
  offered,
  answered: Math.max(0, offered - 1),
  abandoned: offered > 0 ? 1 : 0,
  serviceLevel: sl,
  asa: offered > 0 ? 12.5 : null,
  aht: offered > 0 ? 240 : null,
  abandonRate: offered > 0 ? 1 / offered : null,
  csat: null,
  fcr: null,
});
const point = (label: string, offered: number, sl: number | null): TrendsContactPointFragment => ({
  __typename: 'MetricsPoint',
  label,
  periodStart: `${label}T00:00:00+08:00`,
  metrics: figures(offered, sl),
});
const labels = { current: ['2026-03-03', '2026-03-04'], previous: ['2026-03-01', '2026-03-02'] };
const base: TrendsInput = {
  labels,
  compare: true,
  contacts: null,
  channelTargets: {},
  claims: null,
  agents: null,
  today: '2026-03-10',
};

const twoQueues: TrendsInput['contacts'] = {
  queues: [
    {
      queue: 'Hotline General',
      channel: 'HOTLINE',
      slTarget: 0.8,
      points: [point('2026-03-03', 10, 0.9), point('2026-03-04', 20, 0.7)],
      previousPoints: [point('2026-03-01', 8, 0.85)],
      total: figures(30, 0.77),
      previousTotal: figures(8, 0.85),
    },
    {
      queue: 'Online, "Chat"',
      channel: 'ONLINE',
      slTarget: 0.9,
      points: [point('2026-03-04', 5, 1)],
      previousPoints: [],
      total: figures(5, 1),
      previousTotal: figures(0),
    },
    {
      queue: 'Quiet',
      channel: 'ONLINE',
      slTarget: 0.9,
      points: [],
      previousPoints: [],
      total: figures(0),
      previousTotal: figures(0),
    },
  ],
};

describe('trendsModel: contacts', () => {
  const model = trendsModel({ ...base, contacts: twoQueues });

  it('draws the seven contact charts, leaving out series without contacts in either period', () => {
    expect(model.charts.map((c) => c.id)).toEqual([
      'serviceLevel',
      'asa',
      'aht',
      'abandonRate',
      'volume',
      'csat',
      'fcr',
    ]);
    expect(model.quietSeries).toEqual([{ kind: 'queue', name: 'Quiet', channel: 'ONLINE' }]);
    expect(model.summary.map((s) => s.series)).toEqual([
      { kind: 'queue', name: 'Hotline General', channel: 'HOTLINE' },
      { kind: 'queue', name: 'Online, "Chat"', channel: 'ONLINE' },
    ]);
  });

  it('merges each series with its previous period, position by position', () => {
    const sl = model.charts[0];
    expect(sl.rows.map((r) => [r.label, r.s0, r[`s0${PREVIOUS}`], r.s1, r[`s1${PREVIOUS}`]])).toEqual([
      ['2026-03-03', 0.9, 0.85, null, null],
      ['2026-03-04', 0.7, null, 1, null],
    ]);
    expect(sl.targets).toEqual([
      { value: 0.9, series: [{ kind: 'queue', name: 'Online, "Chat"', channel: 'ONLINE' }] },
      { value: 0.8, series: [{ kind: 'queue', name: 'Hotline General', channel: 'HOTLINE' }] },
    ]);
  });

  it('adds up counts (not ratios) over the series for the volume chart', () => {
    const volume = model.charts.find((c) => c.id === 'volume');
    expect(volume?.rows.map((r) => [r.offered, r.answered, r.abandoned, r[`offered${PREVIOUS}`]])).toEqual([
      [10, 9, 1, 8],
      [25, 23, 2, null],
    ]);
  });

  it('writes one CSV record per period and series, current then previous', () => {
    expect(model.records).toHaveLength(4);
    expect(model.records[0]).toMatchObject({
      periodStart: '2026-03-03T00:00:00+08:00',
      label: '2026-03-03',
      comparison: 'current',
      channel: 'HOTLINE',
      queue: 'Hotline General',
      offered: 10,
      serviceLevel: 0.9,
      slTarget: 0.8,
    });
    expect(model.records[2]).toMatchObject({ comparison: 'previous', label: '2026-03-01', offered: 8 });
  });

  it('serializes the records with the metrics.md field names and escapes queue names', () => {
    const lines = trendsCsv(model.records).split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines[0]).toBe(
      'periodStart,label,comparison,channel,queue,team,agent,offered,answered,abandoned,serviceLevel,slTarget,asa,aht,abandonRate,csat,fcr,backlog,settledWithinSla,occupancy,shrinkage',
    );
    expect(lines[1]).toBe(
      '2026-03-03T00:00:00+08:00,2026-03-03,current,HOTLINE,Hotline General,,,10,9,1,0.9,0.8,12.5,240,0.1,,,,,,',
    );
    expect(lines[4]).toBe(
      '2026-03-04T00:00:00+08:00,2026-03-04,current,ONLINE,"Online, ""Chat""",,,5,4,1,1,0.9,12.5,240,0.2,,,,,,',
    );
    expect(lines).toHaveLength(6); // header, 4 records, the empty string after the last CRLF
  });

  it('without the comparison, has no previous values and no previous records', () => {
    const alone = trendsModel({ ...base, compare: false, contacts: twoQueues });
    expect(alone.charts[0].rows.every((r) => r[`s0${PREVIOUS}`] === null)).toBe(true);
    expect(alone.records.every((r) => r.comparison === 'current')).toBe(true);
  });

  it('by channel, takes the targets of the channel’s queues', () => {
    const byChannel = trendsModel({
      ...base,
      channelTargets: { HOTLINE: [0.8, 0.8] },
      contacts: {
        channels: [
          {
            channel: 'HOTLINE',
            points: [point('2026-03-03', 3, 0.5)],
            previousPoints: [],
            total: figures(3),
            previousTotal: figures(0),
          },
        ],
      },
    });
    expect(byChannel.charts[0].targets).toEqual([
      { value: 0.8, series: [{ kind: 'channel', channel: 'HOTLINE' }] },
    ]);
    expect(byChannel.records[0]).toMatchObject({ channel: 'HOTLINE', slTarget: null });
    expect(byChannel.records[0].queue).toBeUndefined();
  });

  it('has nothing to draw or export without contacts', () => {
    const empty = trendsModel({ ...base, contacts: { queues: [] } });
    expect(empty.charts).toEqual([]);
    expect(empty.records).toEqual([]);
  });
});

describe('trendsModel: claims and agents', () => {
  const claimPoint = (label: string, backlog: number, within: number) => ({
    __typename: 'ClaimPeriod' as const,
    label,
    periodStart: `${label}T00:00:00+08:00`,
    backlog,
    opened: 1,
    settled: within,
    settledWithinSla: within,
    settledWithinSlaRate: within ? 1 : null,
  });
  const claims: TrendsClaimsQuery = {
    current: {
      __typename: 'ClaimMetricsReport',
      queues: [
        {
          __typename: 'ClaimQueueSeries',
          queue: 'Claims',
          slaHours: 72,
          timeZone: 'Asia/Shanghai',
          points: [claimPoint('2026-03-03', 4, 1), claimPoint('2026-03-04', 3, 2)],
          total: claimPoint('2026-03-03', 3, 3),
          previousTotal: claimPoint('2026-03-01', 2, 0),
        },
      ],
    },
    previous: {
      __typename: 'ClaimMetricsReport',
      queues: [{ __typename: 'ClaimQueueSeries', queue: 'Claims', points: [claimPoint('2026-03-02', 2, 0)] }],
    },
  };

  it('charts backlog and settled within SLA with the previous period from its own query', () => {
    const model = trendsModel({ ...base, claims });
    const chart = model.charts.find((c) => c.id === 'claims');
    expect(chart?.lines.map((l) => l.figure)).toEqual(['backlog', 'settledWithinSla']);
    expect(
      chart?.rows.map((r) => [r['c0.backlog'], r['c0.backlog:previous'], r['c0.settledWithinSla']]),
    ).toEqual([
      [4, null, 1],
      [3, 2, 2],
    ]);
    expect(model.records.map((r) => [r.comparison, r.label, r.backlog, r.settledWithinSla])).toEqual([
      ['current', '2026-03-03', 4, 1],
      ['current', '2026-03-04', 3, 2],
      ['previous', '2026-03-02', 2, 0],
    ]);
  });

  const agentSeries = (id: string, name: string, handled: number, occupancy: number) => ({
    __typename: 'AgentMetricsSeries' as const,
    id,
    name,
    timeZone: 'Asia/Shanghai',
    points: [
      {
        __typename: 'AgentMetricsPoint' as const,
        label: '2026-03-03',
        periodStart: '2026-03-03T00:00:00+08:00',
        metrics: { __typename: 'AgentMetricsModel' as const, occupancy, shrinkage: 0.3, handled },
      },
    ],
    total: { __typename: 'AgentMetricsModel' as const, occupancy, shrinkage: 0.3, handled },
    previousTotal: { __typename: 'AgentMetricsModel' as const, occupancy: null, shrinkage: null, handled: 0 },
  });

  it('with one team, draws the team and its busiest agents, labelled by team and agent in the CSV', () => {
    const agents: TrendsAgentsQuery = {
      current: {
        __typename: 'AgentMetricsReport',
        teams: [agentSeries('7', 'Hotline 07', 50, 0.8)],
        agents: Array.from({ length: 8 }, (_, i) => agentSeries(`SZ000${i}`, `Agent ${i}`, i, 0.5 + i / 20)),
      },
    };
    const model = trendsModel({ ...base, compare: false, agents });
    const occupancy = model.charts.find((c) => c.id === 'occupancy');
    expect(occupancy?.lines.map((l) => l.series)).toEqual([
      { kind: 'team', name: 'Hotline 07' },
      ...[3, 4, 5, 6, 7].map((i) => ({ kind: 'agent', name: `Agent ${i}` })),
    ]);
    expect(occupancy?.hiddenSeries).toBe(3);
    expect(occupancy?.rows[0].a0).toBe(0.8);
    expect(model.records[1]).toMatchObject({ team: 'Hotline 07', agent: 'Agent 3', occupancy: 0.65 });
  });
});

describe('trendsModel: nothing to draw', () => {
  it('leaves out teams and claim queues without any period in either range', () => {
    const quietTeam = {
      __typename: 'AgentMetricsSeries' as const,
      id: '1',
      name: 'Hotline 01',
      timeZone: 'Asia/Shanghai',
      points: [],
      total: { __typename: 'AgentMetricsModel' as const, occupancy: null, shrinkage: null, handled: 0 },
      previousTotal: {
        __typename: 'AgentMetricsModel' as const,
        occupancy: null,
        shrinkage: null,
        handled: 0,
      },
    };
    const model = trendsModel({
      ...base,
      agents: {
        current: {
          __typename: 'AgentMetricsReport',
          teams: [quietTeam, { ...quietTeam, id: '2' }],
          agents: [],
        },
        previous: { __typename: 'AgentMetricsReport', teams: [], agents: [] },
      },
      claims: {
        current: {
          __typename: 'ClaimMetricsReport',
          queues: [
            {
              __typename: 'ClaimQueueSeries',
              queue: 'Claims',
              slaHours: 72,
              timeZone: 'Asia/Shanghai',
              points: [],
              total: {
                __typename: 'ClaimPeriod',
                label: '2026-03-03',
                periodStart: '2026-03-03T00:00:00+08:00',
                backlog: 0,
                opened: 0,
                settled: 0,
                settledWithinSla: 0,
                settledWithinSlaRate: null,
              },
              previousTotal: {
                __typename: 'ClaimPeriod',
                label: '2026-03-01',
                periodStart: '2026-03-01T00:00:00+08:00',
                backlog: 0,
                opened: 0,
                settled: 0,
                settledWithinSla: 0,
                settledWithinSlaRate: null,
              },
            },
          ],
        },
      },
    });
    expect(model.charts).toEqual([]);
    expect(model.records).toEqual([]);
  });
});

describe('withClaimGaps', () => {
  const claimPoint = (label: string, backlog: number) => ({
    __typename: 'ClaimPeriod' as const,
    label,
    periodStart: `${label}T00:00:00+08:00`,
    backlog,
    opened: 3,
    settled: 2,
    settledWithinSla: 2,
    settledWithinSlaRate: 1,
  });
  const days = ['2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11'];

  it('carries the backlog over days without claim events, with nothing opened or settled', () => {
    // Saturday 7th and Monday 9th have events; the desk is closed on Sunday the 8th.
    const filled = withClaimGaps(
      [claimPoint('2026-03-07', 40), claimPoint('2026-03-09', 41)],
      days,
      '2026-03-11',
    );
    expect(
      filled.map((p) => [p.label, p.backlog, p.opened, p.settledWithinSla, p.settledWithinSlaRate]),
    ).toEqual([
      ['2026-03-07', 40, 3, 2, 1],
      ['2026-03-08', 40, 0, 0, null],
      ['2026-03-09', 41, 3, 2, 1],
      ['2026-03-10', 41, 0, 0, null], // yesterday, quiet: the backlog stands
    ]);
    expect(filled[1].periodStart).toBe('2026-03-08T00:00:00+08:00');
  });

  it('fills nothing before the first known period, after today, or when there is no period', () => {
    expect(withClaimGaps([claimPoint('2026-03-09', 5)], days, '2026-03-10').map((p) => p.label)).toEqual([
      '2026-03-09',
    ]);
    expect(withClaimGaps([], days, '2026-03-11')).toEqual([]);
  });
});

describe('busiest', () => {
  it('keeps the n heaviest in their original order', () => {
    expect(busiest(['a', 'b', 'c', 'd'], (x) => ({ a: 1, b: 5, c: 3, d: 5 })[x] ?? 0, 2)).toEqual(['b', 'd']);
    expect(busiest([1, 2], (x) => x, 5)).toEqual([1, 2]);
  });
});
