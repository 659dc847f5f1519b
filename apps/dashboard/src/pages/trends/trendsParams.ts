import type { Channel } from '../../graphql/generated/graphql.js';
import {
  GRANULARITIES,
  RANGE_PRESETS,
  isIsoDate,
  presetRange,
  type DateRange,
  type Granularity,
  type RangePreset,
} from './dateRange.js';

const CHANNELS: readonly Channel[] = ['HOTLINE', 'ONLINE', 'CLAIM_DESK'];

/** How contact charts split their lines. */
export type Breakdown = 'channel' | 'queue';

/** The choices of the Trends page, kept in the URL so that a view can be shared. */
export interface TrendsParams {
  preset: RangePreset;
  /** The dates asked for (a preset's, or the custom ones, possibly invalid while being typed). */
  range: DateRange;
  granularity: Granularity;
  by: Breakdown;
  channel: Channel | null;
  queue: string | null;
  teamId: number | null;
  compare: boolean;
}

/** Which custom date is wrong, and why. */
export type RangeProblem = { field: 'from' | 'to'; reason: 'invalid' | 'order' } | null;

/**
 * Reads the page's choices from its URL search parameters, with defaults for what is missing or
 * unreadable: the last 30 days, by day, per channel, compared with the previous period.
 * `today` is the site's date (calendarDateInZone).
 */
export function parseTrendsParams(params: URLSearchParams, today: string): TrendsParams {
  const presetParam = params.get('range');
  const hasDates = params.has('from') || params.has('to');
  const preset: RangePreset = RANGE_PRESETS.includes(presetParam as RangePreset)
    ? (presetParam as RangePreset)
    : hasDates
      ? 'custom'
      : 'last30';
  const fallback = presetRange('last30', today);
  const range =
    preset === 'custom'
      ? { from: params.get('from') ?? fallback.from, to: params.get('to') ?? fallback.to }
      : presetRange(preset, today);
  const granularityParam = params.get('granularity');
  const channelParam = params.get('channel');
  const team = Number(params.get('team'));
  return {
    preset,
    range,
    granularity: GRANULARITIES.includes(granularityParam as Granularity)
      ? (granularityParam as Granularity)
      : 'DAY',
    by: params.get('by') === 'queue' ? 'queue' : 'channel',
    channel: CHANNELS.includes(channelParam as Channel) ? (channelParam as Channel) : null,
    queue: params.get('queue') || null,
    teamId: Number.isInteger(team) && team > 0 ? team : null,
    compare: params.get('compare') !== 'false',
  };
}

/** What is wrong with a custom range (a date that is not one, or `from` after `to`). */
export function rangeProblem(range: DateRange): RangeProblem {
  if (!isIsoDate(range.from)) return { field: 'from', reason: 'invalid' };
  if (!isIsoDate(range.to)) return { field: 'to', reason: 'invalid' };
  if (range.from > range.to) return { field: 'to', reason: 'order' };
  return null;
}
