import type { Channel } from '../../graphql/generated/graphql.js';
import { CHANNELS } from '../../directory/channels.js';

/** How the boards of a wallboard are cut: one board of everything, or one per channel or site. */
export type BoardGrouping = 'all' | 'channel' | 'site';

export interface WallboardSettings {
  /** Which queues to subscribe to (the API's LiveQueueFilter). */
  filter: { siteId?: number; channel?: Channel; queueIds?: string[] };
  boards: BoardGrouping;
  /** Seconds each board stays on screen when there are several. */
  rotateSeconds: number;
  /** Whether each channel with several queues gets a tile of its totals. */
  totals: boolean;
}

export const DEFAULT_ROTATE_SECONDS = 20;
/** Shorter than this and nobody 5 m away can read a board before it goes. */
export const MIN_ROTATE_SECONDS = 5;

/**
 * The wallboard's settings from its address, so that a TV's kiosk link says what it shows:
 * `/wallboard?kiosk=…&site=2&channel=HOTLINE&queues=3,4&boards=channel&every=30&totals=off`.
 * Unknown or malformed values fall back to the defaults rather than breaking a TV's board.
 */
export function parseWallboardParams(params: URLSearchParams): WallboardSettings {
  const filter: WallboardSettings['filter'] = {};
  const site = Number(params.get('site'));
  if (Number.isInteger(site) && site > 0) filter.siteId = site;
  const channel = params.get('channel')?.toUpperCase();
  if (channel && (CHANNELS as readonly string[]).includes(channel)) filter.channel = channel as Channel;
  const queueIds = (params.get('queues') ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter((id) => /^\d+$/.test(id));
  if (queueIds.length > 0) filter.queueIds = [...new Set(queueIds)];

  const grouping = params.get('boards');
  const boards: BoardGrouping = grouping === 'channel' || grouping === 'site' ? grouping : 'all';
  const every = Number(params.get('every'));
  const rotateSeconds =
    Number.isFinite(every) && every > 0 ? Math.max(MIN_ROTATE_SECONDS, every) : DEFAULT_ROTATE_SECONDS;
  const totals = params.get('totals') !== 'off';
  return { filter, boards, rotateSeconds, totals };
}
