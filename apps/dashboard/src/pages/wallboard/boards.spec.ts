import { describe, expect, it } from 'vitest';
import { buildBoards, queueTile, tilesOf, type WallAgent, type WallQueue } from './boards.js';

const NOW = Date.parse('2026-03-02T01:00:00.000Z');

function queue(id: string, over: Partial<WallQueue> = {}): WallQueue {
  return {
    id,
    name: `Queue ${id}`,
    channel: 'HOTLINE',
    siteId: 1,
    timeZone: 'Asia/Shanghai',
    depth: 0,
    oldestWaitingSince: null,
    slTarget: 0.8,
    slThresholdSeconds: 20,
    alertMaxDepth: 10,
    alertMaxWaitSeconds: 120,
    activeAlerts: [],
    today: {
      offered: 0,
      answered: 0,
      abandoned: 0,
      shortAbandoned: 0,
      flowedOut: 0,
      answeredWithinThreshold: 0,
      serviceLevel: null,
      asa: null,
      abandonRate: null,
    },
    agents: { available: 0, onContact: 0 },
    claims: null,
    ...over,
  };
}
const value = (tile: ReturnType<typeof queueTile>, labelId: string) =>
  tile.figures.find((f) => f.labelId === labelId);

describe('queueTile', () => {
  it('ticks the longest wait on the server clock and colours it against the queue limit', () => {
    // The server is 60 s ahead of the browser: the contact offered at 01:00:30 server time waited 30 s.
    const q = queue('1', { depth: 2, oldestWaitingSince: '2026-03-02T01:00:30.000Z' });
    const tile = queueTile(q, { now: NOW, offsetMs: 60_000 });
    expect(value(tile, 'wallboard.figure.longestWait')).toMatchObject({ value: 30, health: 'good' });
    const later = queueTile(q, { now: NOW + 100_000, offsetMs: 60_000 });
    expect(value(later, 'wallboard.figure.longestWait')).toMatchObject({ value: 130, health: 'breach' });
    expect(later.health).toBe('breach');
  });

  it('shows a zero wait when nobody waits, and is a breach while an alert is active', () => {
    const tile = queueTile(queue('1', { activeAlerts: ['SERVICE_LEVEL_TODAY'] }), { now: NOW, offsetMs: 0 });
    expect(value(tile, 'wallboard.figure.longestWait')!.value).toBe(0);
    expect(tile.health).toBe('breach');
    expect(tile.queueId).toBe('1'); // its alerts are listed while its board is on screen
  });

  it('shows claims for a claim desk', () => {
    const tile = queueTile(
      queue('9', {
        channel: 'CLAIM_DESK',
        slTarget: 0.9,
        claims: {
          backlog: 12,
          oldestOpenSince: '2026-03-01T01:00:00.000Z',
          settledInSlaRate: 0.95,
          claimSlaHours: 72,
        },
      }),
      { now: NOW, offsetMs: 0 },
    );
    expect(value(tile, 'wallboard.figure.backlog')!.value).toBe(12);
    expect(value(tile, 'wallboard.figure.oldestClaim')).toMatchObject({ value: 86_400, health: 'good' });
    expect(value(tile, 'wallboard.figure.settledInSla')).toMatchObject({ value: 0.95, health: 'good' });
  });
});

describe('channel totals', () => {
  it('sum counts, recompute ratios from summed counts, and count each agent once', () => {
    const a = queue('1', {
      depth: 3,
      today: {
        offered: 10,
        answered: 8,
        abandoned: 2,
        shortAbandoned: 0,
        flowedOut: 0,
        answeredWithinThreshold: 8,
        serviceLevel: 0.8,
        asa: 10,
        abandonRate: 0.2,
      },
    });
    const b = queue('2', {
      depth: 1,
      today: {
        offered: 10,
        answered: 10,
        abandoned: 0,
        shortAbandoned: 0,
        flowedOut: 0,
        answeredWithinThreshold: 5,
        serviceLevel: 0.5,
        asa: 40,
        abandonRate: 0,
      },
    });
    const agents: WallAgent[] = [
      { id: 'x', state: 'AVAILABLE', queueIds: [1, 2] },
      { id: 'y', state: 'ON_CONTACT', queueIds: [2] },
      { id: 'z', state: 'AVAILABLE', queueIds: [7] },
    ];
    const [totals, ...rest] = tilesOf([b, a], agents, { now: NOW, offsetMs: 0 }, true);
    expect(totals.kind).toBe('totals');
    expect(rest.map((t) => t.name)).toEqual(['Queue 1', 'Queue 2']);
    const figure = (id: string) => totals.figures.find((f) => f.labelId === id)!.value;
    expect(figure('wallboard.figure.waiting')).toBe(4);
    expect(figure('wallboard.figure.serviceLevel')).toBeCloseTo(13 / 20); // (8 + 5) / (18 + 2)
    expect(figure('wallboard.figure.asa')).toBeCloseTo((8 * 10 + 10 * 40) / 18);
    expect(figure('wallboard.figure.abandonRate')).toBeCloseTo(2 / 20);
    expect(figure('wallboard.figure.agentsAvailable')).toBe(1);
    expect(figure('wallboard.figure.agentsOnContact')).toBe(1);
    expect(totals.health).toBe('breach'); // Queue 2 is below its 80 % target
  });

  it('are left out for a single queue or when switched off', () => {
    expect(tilesOf([queue('1')], [], { now: NOW, offsetMs: 0 }, true).map((t) => t.kind)).toEqual(['queue']);
    expect(tilesOf([queue('1'), queue('2')], [], { now: NOW, offsetMs: 0 }, false)).toHaveLength(2);
  });
});

describe('buildBoards', () => {
  const queues = [
    queue('1'),
    queue('2', { channel: 'ONLINE', siteId: 2 }),
    queue('3', { channel: 'ONLINE', siteId: 1 }),
  ];
  const clock = { now: NOW, offsetMs: 0 };

  it('makes one board of everything by default', () => {
    const boards = buildBoards(queues, [], 'all', clock, true);
    expect(boards.map((b) => b.tiles.map((t) => t.key))).toEqual([
      ['queue-1', 'totals-ONLINE', 'queue-2', 'queue-3'],
    ]);
  });

  it('makes one board per channel or per site, in a stable order', () => {
    expect(buildBoards(queues, [], 'channel', clock, true).map((b) => b.key)).toEqual([
      'channel-HOTLINE',
      'channel-ONLINE',
    ]);
    const sites = buildBoards(queues, [], 'site', clock, true);
    expect(sites.map((b) => [b.key, b.tiles.map((t) => t.key)])).toEqual([
      ['site-1', ['queue-1', 'queue-3']],
      ['site-2', ['queue-2']],
    ]);
  });
});
