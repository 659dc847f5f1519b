import { CHANNELS } from '../../directory/channels.js';
import type { AgentState, AlertRule, Channel } from '../../graphql/generated/graphql.js';
import type { MessageId } from '../../i18n/catalogue.js';
import { todayTotals } from '../../live/queueTotals.js';
import { secondsSince } from '../../live/serverClock.js';
import { limitHealth, targetHealth, worstHealth, type Health } from './health.js';
import type { BoardGrouping } from './wallboardParams.js';

/** The fields of a live queue the wallboard reads (a subset of the API's LiveQueue). */
export interface WallQueue {
  id: string;
  name: string;
  channel: Channel;
  siteId: number;
  timeZone: string;
  depth: number;
  oldestWaitingSince: string | null;
  slTarget: number;
  slThresholdSeconds: number;
  alertMaxDepth: number | null;
  alertMaxWaitSeconds: number | null;
  activeAlerts: readonly AlertRule[];
  today: {
    offered: number;
    answered: number;
    abandoned: number;
    shortAbandoned: number;
    flowedOut: number;
    answeredWithinThreshold: number;
    serviceLevel: number | null;
    asa: number | null;
    abandonRate: number | null;
  };
  agents: { available: number; onContact: number };
  claims: {
    backlog: number;
    oldestOpenSince: string | null;
    settledInSlaRate: number | null;
    claimSlaHours: number;
  } | null;
}

/** The fields of a live agent the channel totals read. */
export interface WallAgent {
  id: string;
  state: AgentState;
  queueIds: readonly number[];
}

export type FigureUnit = 'count' | 'seconds' | 'share';

export interface Figure {
  labelId: MessageId;
  value: number | null;
  unit: FigureUnit;
  health: Health;
  /** Large figures are read from across the room; small ones from nearer. */
  size: 'large' | 'small';
}

export interface Tile {
  key: string;
  kind: 'queue' | 'totals';
  /** The queue's id (Queue.id); null on a totals tile. */
  queueId: string | null;
  /** The queue's name (totals tiles are named by their channel). */
  name: string;
  channel: Channel;
  health: Health;
  activeAlerts: readonly AlertRule[];
  figures: Figure[];
  /** The queue's target, for the line under its figures (none on totals). */
  target: { share: number; withinSeconds: number; claims: boolean } | null;
}

export interface Board {
  key: string;
  grouping: BoardGrouping;
  channel?: Channel;
  siteId?: number;
  tiles: Tile[];
}

/** The browser's now and the server clock's lead over it: waits tick on the server's clock. */
export interface Clock {
  now: number;
  offsetMs: number;
}

const large = (
  labelId: MessageId,
  value: number | null,
  unit: FigureUnit,
  health: Health = 'none',
): Figure => ({
  labelId,
  value,
  unit,
  health,
  size: 'large',
});
const small = (
  labelId: MessageId,
  value: number | null,
  unit: FigureUnit,
  health: Health = 'none',
): Figure => ({
  ...large(labelId, value, unit, health),
  size: 'small',
});

/** Longest current wait, ticking from the oldest waiting contact's offer time on the server clock. */
function longestWait(queue: Pick<WallQueue, 'depth' | 'oldestWaitingSince'>, clock: Clock): number {
  if (queue.depth === 0) return 0;
  return secondsSince(queue.oldestWaitingSince, clock.now, clock.offsetMs) ?? 0;
}

function contactFigures(queue: WallQueue, clock: Clock): Figure[] {
  const wait = longestWait(queue, clock);
  return [
    large('wallboard.figure.waiting', queue.depth, 'count', limitHealth(queue.depth, queue.alertMaxDepth)),
    large('wallboard.figure.longestWait', wait, 'seconds', limitHealth(wait, queue.alertMaxWaitSeconds)),
    large(
      'wallboard.figure.serviceLevel',
      queue.today.serviceLevel,
      'share',
      targetHealth(queue.today.serviceLevel, queue.slTarget),
    ),
    small('wallboard.figure.asa', queue.today.asa, 'seconds'),
    small('wallboard.figure.abandonRate', queue.today.abandonRate, 'share'),
    small('wallboard.figure.agentsAvailable', queue.agents.available, 'count'),
    small('wallboard.figure.agentsOnContact', queue.agents.onContact, 'count'),
  ];
}

function claimFigures(queue: WallQueue, claims: NonNullable<WallQueue['claims']>, clock: Clock): Figure[] {
  const oldest = secondsSince(claims.oldestOpenSince, clock.now, clock.offsetMs) ?? 0;
  return [
    large('wallboard.figure.backlog', claims.backlog, 'count'),
    large(
      'wallboard.figure.oldestClaim',
      oldest,
      'seconds',
      limitHealth(oldest, claims.claimSlaHours * 3600),
    ),
    large(
      'wallboard.figure.settledInSla',
      claims.settledInSlaRate,
      'share',
      targetHealth(claims.settledInSlaRate, queue.slTarget),
    ),
    small('wallboard.figure.agentsAvailable', queue.agents.available, 'count'),
    small('wallboard.figure.agentsOnContact', queue.agents.onContact, 'count'),
  ];
}

/** One queue's tile: its figures coloured against its own thresholds; an active alert is a breach. */
export function queueTile(queue: WallQueue, clock: Clock): Tile {
  const figures = queue.claims ? claimFigures(queue, queue.claims, clock) : contactFigures(queue, clock);
  const alerted: Health = queue.activeAlerts.length > 0 ? 'breach' : 'none';
  return {
    key: `queue-${queue.id}`,
    kind: 'queue',
    queueId: queue.id,
    name: queue.name,
    channel: queue.channel,
    health: worstHealth([alerted, ...figures.map((f) => f.health)]),
    activeAlerts: queue.activeAlerts,
    figures,
    target: queue.claims
      ? { share: queue.slTarget, withinSeconds: queue.claims.claimSlaHours * 3600, claims: true }
      : { share: queue.slTarget, withinSeconds: queue.slThresholdSeconds, claims: false },
  };
}

/**
 * A channel's totals over its queues (todayTotals: ratios from summed counts). Agents are counted
 * once each, however many of the channel's queues they serve. The tile takes the worst health of
 * its queues' tiles.
 */
export function channelTotalsTile(
  channel: Channel,
  queues: readonly WallQueue[],
  queueTiles: readonly Tile[],
  agents: readonly WallAgent[],
  clock: Clock,
): Tile {
  const sum = (pick: (q: WallQueue) => number) => queues.reduce((total, q) => total + pick(q), 0);
  const today = todayTotals(queues.map((q) => q.today));
  const ids = new Set(queues.map((q) => Number(q.id)));
  const serving = agents.filter((a) => a.queueIds.some((id) => ids.has(id)));
  const inState = (state: AgentState) => serving.filter((a) => a.state === state).length;
  const waiting = queues.filter((q) => q.depth > 0);
  const wait = Math.max(0, ...waiting.map((q) => longestWait(q, clock)));
  const figures: Figure[] = [
    large(
      'wallboard.figure.waiting',
      sum((q) => q.depth),
      'count',
    ),
    large('wallboard.figure.longestWait', wait, 'seconds'),
    large('wallboard.figure.serviceLevel', today.serviceLevel, 'share'),
    small('wallboard.figure.asa', today.asa, 'seconds'),
    small('wallboard.figure.abandonRate', today.abandonRate, 'share'),
    small('wallboard.figure.agentsAvailable', inState('AVAILABLE'), 'count'),
    small('wallboard.figure.agentsOnContact', inState('ON_CONTACT'), 'count'),
  ];
  return {
    key: `totals-${channel}`,
    kind: 'totals',
    queueId: null,
    name: channel,
    channel,
    health: worstHealth(queueTiles.map((t) => t.health)),
    activeAlerts: [],
    figures,
    target: null,
  };
}

const byChannelThenName = (a: WallQueue, b: WallQueue) =>
  CHANNELS.indexOf(a.channel) - CHANNELS.indexOf(b.channel) || a.name.localeCompare(b.name);

/** The tiles of some queues: per channel, its totals (with 2+ contact queues) then its queues. */
export function tilesOf(
  queues: readonly WallQueue[],
  agents: readonly WallAgent[],
  clock: Clock,
  totals: boolean,
): Tile[] {
  const tiles: Tile[] = [];
  for (const channel of CHANNELS) {
    const ofChannel = queues.filter((q) => q.channel === channel).sort(byChannelThenName);
    const queueTiles = ofChannel.map((q) => queueTile(q, clock));
    // Claim desks count claims, not contacts: their sum would be a different kind of tile.
    if (totals && channel !== 'CLAIM_DESK' && ofChannel.length >= 2)
      tiles.push(channelTotalsTile(channel, ofChannel, queueTiles, agents, clock));
    tiles.push(...queueTiles);
  }
  return tiles;
}

/**
 * The boards a wallboard rotates through: everything on one board, or one board per channel or
 * per site (in a stable order, so the rotation does not jump when figures change).
 */
export function buildBoards(
  queues: readonly WallQueue[],
  agents: readonly WallAgent[],
  grouping: BoardGrouping,
  clock: Clock,
  totals: boolean,
): Board[] {
  if (grouping === 'channel')
    return CHANNELS.filter((c) => queues.some((q) => q.channel === c)).map((channel) => ({
      key: `channel-${channel}`,
      grouping,
      channel,
      tiles: tilesOf(
        queues.filter((q) => q.channel === channel),
        agents,
        clock,
        totals,
      ),
    }));
  if (grouping === 'site')
    return [...new Set(queues.map((q) => q.siteId))]
      .sort((a, b) => a - b)
      .map((siteId) => ({
        key: `site-${siteId}`,
        grouping,
        siteId,
        tiles: tilesOf(
          queues.filter((q) => q.siteId === siteId),
          agents,
          clock,
          totals,
        ),
      }));
  return [{ key: 'all', grouping, tiles: tilesOf(queues, agents, clock, totals) }];
}
