import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { PlanDelivery } from '@servicefloor/assessment';
import { INTERVAL_MS } from '@servicefloor/metrics';
import { adherenceTimeline, type ScheduledActivityKind } from '@servicefloor/scheduling';
import type { AdherenceService } from '../scheduling/adherence.service.js';
import type { ScheduleService } from '../scheduling/schedule.service.js';
import { StatsReader } from '../metrics/stats-reader.js';
import { minuteToMs } from '../scheduling/week-time.js';
import { agentDayAdherence, type AgentDaySeconds } from './agent-day-adherence.js';
import { AgentStatesReader } from './agent-states.reader.js';
import { intervalAdherence } from './interval-adherence.js';

const WEEK_MINUTES = 7 * 1440;
const INTERVAL_SECONDS = INTERVAL_MS / 1000;

/** A queue's forecast in one interval as the schedule was planned on it. */
export interface PlannedDemand {
  volume: number;
  aht: number | null;
  thresholdSeconds: number;
}

/** The published schedules over a time range, interval by interval. */
export interface PublishedPlans {
  /**
   * Each past interval of a week with a published schedule: its plan and how the scheduled agents
   * kept it (agents). An interval of such a week with nobody scheduled has a plan of 0.
   */
  plans: Map<number, PlanDelivery>;
  /** The forecast each schedule was generated on, per queue name and interval. */
  demand: Map<string, Map<number, PlannedDemand>>;
}

/**
 * The published schedules of issue #8 read for the assessment: the scheduling module's stored
 * schedules (ScheduleService.published) and adherence tolerances (AdherenceService), looked up at
 * run time as AdherenceReader does (a static import closes an ESM cycle), and the agents' state
 * timelines measured per interval (interval-adherence.ts).
 */
@Injectable()
export class PublishedPlanReader {
  constructor(
    private readonly modules: ModuleRef,
    private readonly stats: StatsReader,
    private readonly states: AgentStatesReader,
  ) {}

  private async services(): Promise<{ schedules: ScheduleService; adherence: AdherenceService } | null> {
    const [{ ScheduleService: scheduleToken }, { AdherenceService: adherenceToken }] = await Promise.all([
      import('../scheduling/schedule.service.js'),
      import('../scheduling/adherence.service.js'),
    ]);
    try {
      return {
        schedules: this.modules.get(scheduleToken, { strict: false }),
        adherence: this.modules.get(adherenceToken, { strict: false }),
      };
    } catch {
      return null;
    }
  }

  async read(startMs: number, endMs: number, timeZone: string, now = Date.now()): Promise<PublishedPlans> {
    const out: PublishedPlans = { plans: new Map(), demand: new Map() };
    const services = await this.services();
    if (!services) return out;
    const weeks = await this.publishedWeeks();
    const tolerances = Object.fromEntries(
      services.adherence.toleranceList().map((t) => [t.activity, t.seconds]),
    ) as Partial<Record<ScheduledActivityKind, number>>;
    for (const weekStart of weeks) {
      const published = await services.schedules.published(weekStart);
      if (!published?.schedule) continue;
      const zone = published.row.timeZone;
      const from = Math.max(startMs, minuteToMs(0, weekStart, zone));
      const to = Math.min(endMs, minuteToMs(WEEK_MINUTES, weekStart, zone), floorToInterval(now));
      if (to <= from) continue;
      this.addDemand(out, published.requirement ?? {}, weekStart, zone, from, to);
      const activities = adherenceTimeline(published.schedule, { weekStart, timeZone: zone })
        .map((a) => ({ ...a, start: Math.max(Number(a.start), from), end: Math.min(Number(a.end), to) }))
        .filter((a) => a.end > a.start);
      const agentIds = [...new Set(activities.map((a) => a.agentId))];
      const states = await this.states.periods(agentIds, from, to);
      const seconds = intervalAdherence({ activities, states, tolerances, timeZone: zone });
      for (let at = from - (from % INTERVAL_MS); at < to; at += INTERVAL_MS) {
        if (at < from) continue;
        const s = seconds.get(at) ?? { paid: 0, scheduled: 0, loggedIn: 0, adherent: 0 };
        out.plans.set(at, {
          paid: s.paid / INTERVAL_SECONDS,
          scheduled: s.scheduled / INTERVAL_SECONDS,
          loggedIn: s.loggedIn / INTERVAL_SECONDS,
          adherent: s.adherent / INTERVAL_SECONDS,
        });
      }
    }
    return out;
  }

  /**
   * Every scheduled agent's adherence on each local day of [startMs, endMs) up to `now`, from the
   * published schedules (agent-day-adherence.ts: the scheduling module's per-day figures, a week
   * at a time).
   */
  async agentDays(startMs: number, endMs: number, now = Date.now()): Promise<AgentDaySeconds[]> {
    const services = await this.services();
    if (!services) return [];
    const out: AgentDaySeconds[] = [];
    const tolerances = Object.fromEntries(
      services.adherence.toleranceList().map((t) => [t.activity, t.seconds]),
    ) as Partial<Record<ScheduledActivityKind, number>>;
    for (const weekStart of await this.publishedWeeks()) {
      const published = await services.schedules.published(weekStart);
      if (!published?.schedule) continue;
      const zone = published.row.timeZone;
      const from = Math.max(startMs, minuteToMs(0, weekStart, zone));
      const to = Math.min(endMs, minuteToMs(WEEK_MINUTES, weekStart, zone), now);
      if (to <= from) continue;
      const activities = adherenceTimeline(published.schedule, { weekStart, timeZone: zone })
        .map((a) => ({ ...a, start: Number(a.start), end: Number(a.end) }))
        .filter((a) => a.start >= from && a.start < to);
      const agentIds = [...new Set(activities.map((a) => a.agentId))];
      // States up to the end of the last day with an activity (an activity is cut at its day's end).
      const statesTo = Math.min(minuteToMs(WEEK_MINUTES + 1440, weekStart, zone), now);
      const states = await this.states.periods(agentIds, from, statesTo);
      out.push(...agentDayAdherence({ activities, states, tolerances, timeZone: zone, now }));
    }
    return out;
  }

  /** Weeks (their Mondays) with a published schedule, in order. */
  private async publishedWeeks(): Promise<string[]> {
    return (
      await this.stats.query(`SELECT DISTINCT "weekStart" FROM schedules WHERE "status" = 'PUBLISHED'`, [])
    )
      .map((r) => String(r.weekStart))
      .sort();
  }

  /** The stored requirement's forecast (volume, AHT per interval of the week) within [from, to). */
  private addDemand(
    out: PublishedPlans,
    requirement: Record<
      string,
      { volume: number[]; aht: (number | null)[]; thresholdSeconds: number; problem: string | null }
    >,
    weekStart: string,
    zone: string,
    from: number,
    to: number,
  ): void {
    // The instants of the week's intervals, once for all its queues (each is a zone conversion).
    const starts: number[] = [];
    for (const [queue, r] of Object.entries(requirement)) {
      // A queue the planning API could not forecast was scheduled on zeros: that is no forecast.
      if (r.problem) continue;
      const byInterval = out.demand.get(queue) ?? new Map<number, PlannedDemand>();
      r.volume.forEach((volume, i) => {
        const at = (starts[i] ??= minuteToMs(i * 15, weekStart, zone));
        if (at >= from && at < to)
          byInterval.set(at, { volume, aht: r.aht[i] ?? null, thresholdSeconds: r.thresholdSeconds });
      });
      out.demand.set(queue, byInterval);
    }
  }
}

function floorToInterval(ms: number): number {
  return ms - (ms % INTERVAL_MS);
}
