import { Injectable } from '@nestjs/common';
import {
  forecastHandleTime,
  forecastVolume,
  INTERVAL_MS,
  INTERVALS_PER_WEEK,
  MAX_HORIZON_WEEKS,
  type ForecastMethod,
  type HoltWintersParams,
  type MethodScore,
} from '@servicefloor/forecast';
import { badInput } from '../common/validation.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import { IngestService } from '../ingest/ingest.service.js';
import { LruCache } from './lru-cache.js';
import type { ForecastMethodChoice } from './models/planning-enums.js';
import type { QueueForecast, SpecialDay } from './models/forecast.models.js';
import { PlanningData } from './planning-data.js';
import { SpecialDaysService, toLibSpecialDays } from './special-days.service.js';
import { addDays, dayEnd, dayStart, isDate, isoInZone, localDateOf, offsetMinutesAt } from './zone.js';

/** Forecast options with their defaults resolved (ForecastInput of the API). */
export interface ForecastOptions {
  queues?: string[];
  from?: string;
  horizonWeeks: number;
  method: ForecastMethodChoice;
  averageWeeks: number;
  historyWeeks: number;
  level: number;
  useSpecialDays: boolean;
}

export const DEFAULT_FORECAST_OPTIONS: ForecastOptions = {
  horizonWeeks: 4,
  method: 'auto',
  averageWeeks: 4,
  historyWeeks: 26,
  level: 0.8,
  useSpecialDays: true,
};

/** One queue's forecast as computed (and as a snapshot stores it, without queueId). */
export interface QueueForecastData {
  queueId: number;
  from: string;
  /** Epoch ms of the first interval. */
  start: number;
  offsetMinutes: number;
  intervalCount: number;
  historyStart: number | null;
  historyIntervals: number;
  requestedMethod: ForecastMethodChoice;
  method: ForecastMethod | null;
  level: number;
  volume: number[];
  lower: number[];
  upper: number[];
  aht: (number | null)[];
  backtest: MethodScore[];
  backtestWindow: number;
  holtWintersParams: HoltWintersParams | null;
  excludedIntervals: number;
  specialDays: SpecialDay[];
  problem: string | null;
}

/** Fewest history intervals a forecast takes: a week to fit seasonal naive and a week to back-test it. */
const MIN_HISTORY_INTERVALS = 2 * INTERVALS_PER_WEEK;

/**
 * Volume and AHT forecasts per queue and 15-minute interval from the roll-ups
 * (queue_interval_stats: offered; handled and sumTalk + sumHold + sumAcw), in each queue site's
 * local days, through libs/forecast (forecastVolume, forecastHandleTime). A forecast starts at
 * local midnight of `from`; its history is the `historyWeeks` weeks before `from` (before today when
 * `from` is ahead: the days in between are forecast and left out), from the first local day with an
 * arrival. The site's UTC offset at `from` places special days and local days
 * (libs/forecast's offsetMinutes convention).
 *
 * Forecasts are cached (per queue and options) until the history they read changes, checked by
 * a cheap aggregate before each use. Auto forecasts take ~0.2 s per queue of 6 months; queues are
 * computed one after another, yielding to the event loop between them.
 */
@Injectable()
export class ForecastService {
  private readonly cache = new LruCache<string, QueueForecastData>(120);

  constructor(
    private readonly ingest: IngestService,
    private readonly data: PlanningData,
    private readonly specialDays: SpecialDaysService,
  ) {}

  /** Queues by name (every queue when `names` is empty), checked; ordered by id. */
  async resolveQueues(names: readonly string[] | undefined, field = 'queues'): Promise<QueueInfo[]> {
    const directory = await this.ingest.queues();
    if (!names || names.length === 0) return [...directory.byId.values()].sort((a, b) => a.id - b.id);
    return names.map((name, i) => {
      const queue = directory.byName.get(name);
      if (!queue)
        throw badInput([{ field: `${field}.${i}`, reason: `unknown queue ${JSON.stringify(name)}` }]);
      return queue;
    });
  }

  async forecast(
    options: ForecastOptions,
    now: number,
    field = 'input',
  ): Promise<{ queue: QueueInfo; data: QueueForecastData }[]> {
    if (options.from !== undefined && !isDate(options.from))
      throw badInput([{ field: `${field}.from`, reason: 'must be a real calendar date' }]);
    const queues = await this.resolveQueues(options.queues, `${field}.queues`);
    const special = options.useSpecialDays ? await this.specialDays.list() : [];
    const out: { queue: QueueInfo; data: QueueForecastData }[] = [];
    for (const queue of queues) {
      out.push({
        queue,
        data: await this.forecastQueue(queue, options, this.specialDays.forQueue(special, queue), now),
      });
      // Let other requests in between queues: an auto forecast holds the thread ~0.2 s.
      await new Promise((resolve) => setImmediate(resolve));
    }
    return out;
  }

  private async forecastQueue(
    queue: QueueInfo,
    options: ForecastOptions,
    special: SpecialDay[],
    now: number,
  ): Promise<QueueForecastData> {
    const zone = queue.timeZone;
    const from = options.from ?? localDateOf(now, zone);
    const start = dayStart(from, zone);
    const offsetMinutes = offsetMinutesAt(start, zone);
    const base: QueueForecastData = {
      queueId: queue.id,
      from,
      start,
      offsetMinutes,
      intervalCount: 0,
      historyStart: null,
      historyIntervals: 0,
      requestedMethod: options.method,
      method: null,
      level: options.level,
      volume: [],
      lower: [],
      upper: [],
      aht: [],
      backtest: [],
      backtestWindow: 0,
      holtWintersParams: null,
      excludedIntervals: 0,
      specialDays: special,
      problem: null,
    };
    // The history ends at `from`, or today at midnight when `from` is ahead: the days in between
    // are forecast too (the lead) and left out of the result.
    const historyEnd = Math.min(start, dayStart(localDateOf(now, zone), zone));
    const lead = Math.round((start - historyEnd) / INTERVAL_MS);
    const horizon = options.horizonWeeks * INTERVALS_PER_WEEK;
    const weeks = Math.ceil((lead + horizon) / INTERVALS_PER_WEEK);
    if (weeks > MAX_HORIZON_WEEKS) {
      return {
        ...base,
        problem: `A forecast reaches at most ${MAX_HORIZON_WEEKS} weeks past today: ${from} plus ${options.horizonWeeks} weeks is too far ahead.`,
      };
    }
    const endDate = localDateOf(historyEnd, zone);
    const earliest = dayStart(addDays(endDate, -7 * options.historyWeeks), zone);
    const summary = await this.data.summary(queue, earliest, historyEnd);
    if (summary.firstOffered === null) {
      return {
        ...base,
        problem: `No ${queue.channel === 'CLAIM_DESK' ? 'claims were opened' : 'contacts were offered'} in the ${options.historyWeeks} weeks before ${endDate}: nothing to forecast from.`,
      };
    }
    const historyStart = Math.max(earliest, dayStart(localDateOf(summary.firstOffered, zone), zone));
    const historyIntervals = Math.round((historyEnd - historyStart) / INTERVAL_MS);
    if (historyIntervals < MIN_HISTORY_INTERVALS) {
      return {
        ...base,
        historyStart,
        historyIntervals,
        problem: `A forecast needs at least 14 days of history before ${endDate}; this queue has arrivals from ${localDateOf(historyStart, zone)} only.`,
      };
    }
    const key = JSON.stringify([
      queue.id,
      from,
      start,
      historyStart,
      historyEnd,
      options.horizonWeeks,
      options.method,
      options.averageWeeks,
      options.level,
      special,
      summary.fingerprint,
    ]);
    const cached = this.cache.get(key);
    if (cached) return cached;

    const history = await this.data.history(queue, historyStart, historyEnd);
    const specialDays = toLibSpecialDays(special);
    let result: QueueForecastData;
    try {
      const volume = forecastVolume({
        history: { start: historyStart, values: history.offered },
        horizonWeeks: weeks,
        offsetMinutes,
        method: options.method,
        weeks: options.averageWeeks,
        level: options.level,
        specialDays,
      });
      const aht = forecastHandleTime({
        handled: { start: historyStart, values: history.handled },
        handleSeconds: { start: historyStart, values: history.handleSeconds },
        horizonWeeks: weeks,
        offsetMinutes,
        specialDays,
      });
      result = {
        ...base,
        intervalCount: horizon,
        historyStart,
        historyIntervals,
        method: volume.method,
        volume: volume.values.slice(lead, lead + horizon),
        lower: volume.lower.slice(lead, lead + horizon),
        upper: volume.upper.slice(lead, lead + horizon),
        aht: aht.aht.slice(lead, lead + horizon),
        backtest: volume.backtest,
        backtestWindow: volume.backtestWindow,
        holtWintersParams: volume.holtWintersParams ?? null,
        excludedIntervals: volume.excludedIntervals,
      };
    } catch (error) {
      return {
        ...base,
        historyStart,
        historyIntervals,
        problem: `The forecast failed: ${(error as Error).message}`,
      };
    }
    this.cache.set(key, result);
    return result;
  }
}

/** The GraphQL view of a queue's forecast. */
export function toQueueForecast(queue: QueueInfo, data: QueueForecastData): QueueForecast {
  const zone = queue.timeZone;
  return {
    queue: queue.name,
    channel: queue.channel as QueueForecast['channel'],
    timeZone: zone,
    offsetMinutes: data.offsetMinutes,
    from: data.from,
    start: isoInZone(data.start, zone),
    intervalMinutes: 15,
    intervalCount: data.intervalCount,
    historyStart: data.historyStart === null ? null : isoInZone(data.historyStart, zone),
    historyIntervals: data.historyIntervals,
    requestedMethod: data.requestedMethod,
    method: data.method,
    level: data.level,
    volume: data.volume,
    lower: data.lower,
    upper: data.upper,
    ahtSeconds: data.aht,
    backtest: data.backtest.map((s) => ({ ...s, chosen: s.method === data.method })),
    backtestWindowIntervals: data.backtestWindow,
    holtWinters: data.holtWintersParams,
    excludedIntervals: data.excludedIntervals,
    specialDays: data.specialDays,
    days: forecastDays(data, zone),
    problem: data.problem,
  };
}

/** Daily totals of a forecast, by the site's local days. */
function forecastDays(data: QueueForecastData, zone: string): QueueForecast['days'] {
  const days: QueueForecast['days'] = [];
  const end = data.start + data.intervalCount * INTERVAL_MS;
  for (let date = data.from, at = data.start; at < end; date = addDays(date, 1)) {
    const next = Math.min(end, dayEnd(date, zone));
    let volume = 0;
    let weighted = 0;
    let weight = 0;
    for (let i = (at - data.start) / INTERVAL_MS; i < (next - data.start) / INTERVAL_MS; i++) {
      volume += data.volume[i];
      const aht = data.aht[i];
      if (aht !== null && aht !== undefined) {
        weighted += aht * data.volume[i];
        weight += data.volume[i];
      }
    }
    days.push({
      date,
      volume,
      ahtSeconds: weight > 0 ? weighted / weight : null,
      specialDays: data.specialDays.filter((d) => d.from <= date && date <= d.to).map((d) => d.label),
    });
    at = next;
  }
  return days;
}
