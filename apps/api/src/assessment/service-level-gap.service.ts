import { Injectable } from '@nestjs/common';
import {
  decomposeServiceLevelGap,
  requiredForTarget,
  type ServiceLevelGap,
  type StaffingInterval,
} from '@servicefloor/assessment';
import { AGENT_COUNTER_KEYS, agentMetrics, emptyAgentCounters, INTERVAL_MS } from '@servicefloor/metrics';
import { badInput } from '../common/validation.js';
import { formatInZone } from '../metrics/format-in-zone.js';
import { StatsReader } from '../metrics/stats-reader.js';
import { ForecastAccuracyReader } from './forecast-accuracy.reader.js';
import { MonthlyCountersService } from './monthly-counters.service.js';
import { isMonth, monthRange, type Month } from './months.js';

/** Planned shrinkage when a queue has no planning settings (planning's default). */
const DEFAULT_PLANNED_SHRINKAGE = 0.3;

export interface GapDay extends ServiceLevelGap {
  date: string;
}

export interface ServiceLevelGapReport extends ServiceLevelGap {
  month: Month;
  /** Whether any interval had a saved forecast (else forecast error is unknown). */
  hasForecast: boolean;
  /** Whether schedules were available (else staff logged in stands for the plan, adherence unknown). */
  hasSchedule: boolean;
  plannedShrinkage: number;
  days: GapDay[];
}

/**
 * Why service level was missed in a month: per 15-minute interval, the agents the actual demand
 * needed at each queue's SL target (libs/erlang via libs/assessment), the agents the saved forecast
 * needed, the staff present and their shrinkage, split into agent-hours by libs/assessment. The
 * hotline and online queues are pooled (agents serve several queues). Without published schedules
 * (issue #8) the staff logged in stand for the plan and adherence loss is unknown — said so.
 */
@Injectable()
export class ServiceLevelGapService {
  constructor(
    private readonly counters: MonthlyCountersService,
    private readonly stats: StatsReader,
    private readonly forecasts: ForecastAccuracyReader,
  ) {}

  async gap(month: string): Promise<ServiceLevelGapReport> {
    if (!isMonth(month)) throw badInput([{ field: 'month', reason: 'must be a month, YYYY-MM' }]);
    const zone = await this.counters.siteZone();
    const range = monthRange(month, month, zone);
    const queues = (await this.counters.queues()).filter((q) => q.channel !== 'CLAIM_DESK');
    const required = new Map<number, { actual: number; forecast: number; forecastSeen: boolean }>();
    const memo = new Map<string, number>();
    const need = (contacts: number, aht: number | null, target: number, threshold: number) => {
      const key = `${contacts.toFixed(3)}|${aht === null ? '' : Math.round(aht)}|${target}|${threshold}`;
      let value = memo.get(key);
      if (value === undefined) {
        value = requiredForTarget({
          contacts,
          ahtSeconds: aht === null ? null : Math.round(aht),
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
      const forecast = await this.forecasts.forecastByInterval(q, range.startMs, range.endMs);
      anyForecast ||= forecast.size > 0;
      const threshold = q.settings.slThresholdSeconds;
      const target = q.settings.slTarget;
      const starts = new Set([...rows.map((r) => r.start), ...forecast.keys()]);
      const byStart = new Map(rows.map((r) => [r.start, r.counters]));
      for (const at of starts) {
        const c = byStart.get(at);
        const aht = c && c.handled > 0 ? (c.sumTalk + c.sumHold + c.sumAcw) / c.handled / 1000 : monthAht;
        const slot = required.get(at) ?? { actual: 0, forecast: 0, forecastSeen: false };
        slot.actual += need(c?.offered ?? 0, aht, target, threshold);
        const f = forecast.get(at);
        if (f) {
          slot.forecast += need(f.volume, f.aht ?? aht, target, threshold);
          slot.forecastSeen = true;
        } else slot.forecast += need(c?.offered ?? 0, aht, target, threshold);
        required.set(at, slot);
      }
    }
    const staff = await this.staffByInterval(range.startMs, range.endMs);
    const planned = await this.plannedShrinkage(queues.map((q) => q.id));
    const intervals: (StaffingInterval & { at: number })[] = [];
    for (const at of [...new Set([...required.keys(), ...staff.keys()])].sort((a, b) => a - b)) {
      if (at + INTERVAL_MS > Date.now()) continue;
      const r = required.get(at);
      const s = staff.get(at);
      intervals.push({
        at,
        requiredActual: r?.actual ?? 0,
        requiredForecast: r?.forecastSeen ? r.forecast : null,
        scheduled: s?.heads ?? 0,
        plannedShrinkage: planned,
        actualShrinkage: s?.shrinkage ?? null,
        adherence: null,
      });
    }
    const days = new Map<string, typeof intervals>();
    for (const i of intervals) {
      const date = formatInZone(i.at, zone, 'date');
      days.set(date, [...(days.get(date) ?? []), i]);
    }
    return {
      month,
      ...decomposeServiceLevelGap(intervals),
      hasForecast: anyForecast,
      hasSchedule: false,
      plannedShrinkage: planned,
      days: [...days].map(([date, list]) => ({ date, ...decomposeServiceLevelGap(list) })),
    };
  }

  /** Agents present (logged-in seconds / interval) and their shrinkage, per interval, all agents pooled. */
  private async staffByInterval(startMs: number, endMs: number) {
    const sums = AGENT_COUNTER_KEYS.map((k) => `SUM("${k}") AS "${k}"`).join(', ');
    const rows = await this.stats.query(
      `SELECT "intervalStart", ${sums} FROM agent_interval_stats WHERE "intervalStart" >= ? AND "intervalStart" < ? GROUP BY "intervalStart"`,
      [startMs, endMs],
    );
    const out = new Map<number, { heads: number; shrinkage: number | null }>();
    for (const row of rows) {
      const counters = emptyAgentCounters();
      for (const k of AGENT_COUNTER_KEYS) counters[k] = Number(row[k] ?? 0);
      const m = agentMetrics(counters);
      out.set(Number(row.intervalStart), {
        heads: m.loggedInSeconds / (INTERVAL_MS / 1000),
        shrinkage: m.shrinkage,
      });
    }
    return out;
  }

  /** The shrinkage planning allows for, averaged over the queues (planning settings, else 30 %). */
  private async plannedShrinkage(queueIds: number[]): Promise<number> {
    if (queueIds.length === 0) return DEFAULT_PLANNED_SHRINKAGE;
    const rows = await this.stats.query(
      `SELECT "shrinkage" FROM queue_planning_settings WHERE "queueId" IN (${queueIds.map(() => '?').join(', ')})`,
      queueIds,
    );
    const values = [
      ...rows.map((r) => Number(r.shrinkage)),
      ...Array<number>(queueIds.length - rows.length).fill(DEFAULT_PLANNED_SHRINKAGE),
    ];
    return values.reduce((s, v) => s + v, 0) / values.length;
  }
}
