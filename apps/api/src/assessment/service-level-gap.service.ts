import { Injectable } from '@nestjs/common';
import {
  decomposeInterval,
  decomposeServiceLevelGap,
  requiredForTarget,
  type IntervalGap,
  type PlanDelivery,
  type ServiceLevelGap,
  type StaffingInterval,
} from '@servicefloor/assessment';
import { INTERVAL_MS } from '@servicefloor/metrics';
import { badInput } from '../common/validation.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import { formatInZone } from '../metrics/format-in-zone.js';
import { StatsReader } from '../metrics/stats-reader.js';
import { ForecastAccuracyReader } from './forecast-accuracy.reader.js';
import { MonthlyCountersService } from './monthly-counters.service.js';
import { isMonth, monthRange, type Month } from './months.js';
import { PublishedPlanReader, type PublishedPlans } from './published-plan.reader.js';

export interface GapDay extends ServiceLevelGap {
  date: string;
  /** Whether any interval of the day was under a published schedule. */
  hasSchedule: boolean;
}

/** One interval: what was needed, planned and delivered (agents), and its gap split (agents). */
export interface GapInterval extends IntervalGap {
  start: string;
  time: string;
  requiredActual: number;
  requiredForecast: number | null;
  plan: PlanDelivery | null;
  delivered: number;
}

export interface ServiceLevelGapReport extends ServiceLevelGap {
  month: Month;
  /** Whether any interval had a forecast (a published schedule's, else a saved snapshot). */
  hasForecast: boolean;
  /** Whether any interval of the month was under a published schedule. */
  hasSchedule: boolean;
  days: GapDay[];
  /** The day asked for, interval by interval (empty without one). */
  date: string | null;
  intervalRows: GapInterval[];
}

/** Required agents per interval start: for the actual demand and for the forecast (when there was one). */
type Requirement = Map<number, { actual: number; forecast: number; forecastSeen: boolean }>;

/**
 * Why service level was missed in a month: per 15-minute interval, the agents the actual demand
 * needed at each queue's SL target (libs/erlang via libs/assessment), the agents the forecast needed
 * (the published schedule's own forecast, else the latest saved snapshot), the published
 * schedule's plan and how the scheduled agents kept it (scheduling module's adherence), and the
 * productive time delivered; split into agent-hours by libs/assessment. The hotline and online
 * queues are pooled (agents serve several queues). Intervals without a published schedule keep
 * their staffing shortfall unsplit, and say so.
 */
@Injectable()
export class ServiceLevelGapService {
  constructor(
    private readonly counters: MonthlyCountersService,
    private readonly stats: StatsReader,
    private readonly forecasts: ForecastAccuracyReader,
    private readonly plans: PublishedPlanReader,
  ) {}

  async gap(month: string, date: string | null = null): Promise<ServiceLevelGapReport> {
    if (!isMonth(month)) throw badInput([{ field: 'month', reason: 'must be a month, YYYY-MM' }]);
    if (date !== null && !date.startsWith(`${month}-`))
      throw badInput([{ field: 'date', reason: `must be a day of ${month}` }]);
    const zone = await this.counters.siteZone();
    const range = monthRange(month, month, zone);
    const queues = (await this.counters.queues()).filter((q) => q.channel !== 'CLAIM_DESK');
    const plans = await this.plans.read(range.startMs, range.endMs, zone);
    const { required, anyForecast } = await this.required(queues, plans, range);
    const delivered = await this.deliveredByInterval(range.startMs, range.endMs);
    const now = Date.now();
    const starts = new Set([...required.keys(), ...delivered.keys(), ...plans.plans.keys()]);
    const intervals: (StaffingInterval & { at: number })[] = [...starts]
      .filter((at) => at >= range.startMs && at < range.endMs && at + INTERVAL_MS <= now)
      .sort((a, b) => a - b)
      .map((at) => {
        const r = required.get(at);
        return {
          at,
          requiredActual: r?.actual ?? 0,
          requiredForecast: r?.forecastSeen ? r.forecast : null,
          plan: plans.plans.get(at) ?? null,
          delivered: delivered.get(at) ?? 0,
        };
      });
    const days = new Map<string, typeof intervals>();
    for (const i of intervals) {
      const day = formatInZone(i.at, zone, 'date');
      days.set(day, [...(days.get(day) ?? []), i]);
    }
    return {
      month,
      ...decomposeServiceLevelGap(intervals),
      hasForecast: anyForecast,
      hasSchedule: intervals.some((i) => i.plan !== null),
      days: [...days].map(([day, list]) => ({
        date: day,
        hasSchedule: list.some((i) => i.plan !== null),
        ...decomposeServiceLevelGap(list),
      })),
      date,
      intervalRows: (date === null ? [] : (days.get(date) ?? [])).map((i) => ({
        start: formatInZone(i.at, zone, 'iso'),
        time: formatInZone(i.at, zone, 'minute').slice(-5),
        requiredActual: i.requiredActual,
        requiredForecast: i.requiredForecast,
        plan: i.plan,
        delivered: i.delivered,
        ...decomposeInterval(i),
      })),
    };
  }

  /** Agents the actual demand and the forecast needed per interval, pooled over the queues. */
  private async required(
    queues: QueueInfo[],
    plans: PublishedPlans,
    range: { startMs: number; endMs: number },
  ): Promise<{ required: Requirement; anyForecast: boolean }> {
    const required: Requirement = new Map();
    const memo = new Map<string, number>();
    const need = (contacts: number, aht: number | null, target: number, threshold: number) => {
      const seconds = aht === null ? null : Math.round(aht);
      const key = `${contacts.toFixed(3)}|${seconds ?? ''}|${target}|${threshold}`;
      let value = memo.get(key);
      if (value === undefined) {
        value = requiredForTarget({
          contacts,
          ahtSeconds: seconds,
          targetServiceLevel: target,
          thresholdSeconds: threshold,
        });
        memo.set(key, value);
      }
      return value;
    };
    let anyForecast = false;
    for (const q of queues) {
      const rows = (
        await this.stats.read(
          'queue_interval_stats',
          'queueId',
          'intervalStart',
          [q.id],
          range.startMs,
          range.endMs,
          ['offered', 'handled', 'sumTalk', 'sumHold', 'sumAcw'],
        )
      ).get(String(q.id))!;
      const handled = rows.reduce((s, r) => s + r.counters.handled, 0);
      const handleMs = rows.reduce(
        (s, r) => s + r.counters.sumTalk + r.counters.sumHold + r.counters.sumAcw,
        0,
      );
      const monthAht = handled > 0 ? handleMs / handled / 1000 : null;
      // The forecast a published schedule was planned on comes first; saved snapshots elsewhere.
      const planned = plans.demand.get(q.name) ?? new Map();
      const snapshot = await this.forecasts.forecastByInterval(q, range.startMs, range.endMs);
      const target = q.settings.slTarget;
      const threshold = q.settings.slThresholdSeconds;
      const byStart = new Map(rows.map((r) => [r.start, r.counters]));
      for (const at of new Set([...byStart.keys(), ...planned.keys(), ...snapshot.keys()])) {
        const c = byStart.get(at);
        const aht = c && c.handled > 0 ? (c.sumTalk + c.sumHold + c.sumAcw) / c.handled / 1000 : monthAht;
        const slot = required.get(at) ?? { actual: 0, forecast: 0, forecastSeen: false };
        const actual = need(c?.offered ?? 0, aht, target, threshold);
        slot.actual += actual;
        const f = planned.get(at) ?? snapshot.get(at);
        if (f) {
          slot.forecast += need(f.volume, f.aht ?? aht, target, threshold);
          slot.forecastSeen = true;
          anyForecast = true;
        } else slot.forecast += actual;
        required.set(at, slot);
      }
    }
    return { required, anyForecast };
  }

  /**
   * Agents delivered per interval: time available, on contact or in after-contact work (the agent
   * roll-ups, libs/metrics) of every agent but those skilled only on claim desks.
   */
  private async deliveredByInterval(startMs: number, endMs: number): Promise<Map<number, number>> {
    const rows = await this.stats.query(
      `SELECT "intervalStart", SUM("secondsAvailable" + "secondsOnContact" + "secondsAfterContactWork") AS "productive"
       FROM agent_interval_stats
       WHERE "intervalStart" >= ? AND "intervalStart" < ? AND "agentId" NOT IN (
         SELECT a."agentId" FROM agents a
         WHERE EXISTS (SELECT 1 FROM agent_skills s WHERE s."agentRef" = a."id")
           AND NOT EXISTS (SELECT 1 FROM agent_skills s JOIN queues q ON q."id" = s."queueId"
                           WHERE s."agentRef" = a."id" AND q."channel" <> 'CLAIM_DESK'))
       GROUP BY "intervalStart"`,
      [startMs, endMs],
    );
    return new Map(
      rows.map((r) => [Number(r.intervalStart), Number(r.productive ?? 0) / (INTERVAL_MS / 1000)]),
    );
  }
}
