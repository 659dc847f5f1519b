import { Injectable } from '@nestjs/common';
import { INTERVAL_MS, reforecastIntraday, type IntradayReforecast } from '@servicefloor/forecast';
import { badInput } from '../common/validation.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import type { IntradayInput, StaffingGapInput } from './dto/planning.inputs.js';
import { message } from './explain.js';
import { DEFAULT_FORECAST_OPTIONS, ForecastService, type QueueForecastData } from './forecast.service.js';
import type {
  IntradayReport,
  QueueIntraday,
  QueueStaffingGap,
  StaffingGapReport,
} from './models/intraday.models.js';
import type { ForecastSource } from './models/planning-enums.js';
import { AVAILABLE_STATES, PlanningData, STALE_STATE_MS, type AgentNow } from './planning-data.js';
import { PlanningSettingsService } from './planning-settings.service.js';
import { ScheduledStaff } from './scheduled-staff.js';
import { SnapshotService } from './snapshot.service.js';
import { INTERVAL_SECONDS, primary, solveIntervals, type SolveTargets } from './staffing-solver.js';
import { dayEnd, dayStart, isoInZone, localDateOf, localTimeOf } from './zone.js';

const NO_CHANGES = { volumeChange: 0, ahtChange: 0, ahtSeconds: null };

/** Today of one queue: its forecast, the actuals so far, the re-forecast and the targets. */
interface QueueDay {
  queue: QueueInfo;
  date: string;
  dayStart: number;
  intervalCount: number;
  nowIndex: number;
  source: ForecastSource;
  snapshotId: number | null;
  data: QueueForecastData | null;
  /** Index of the day's first interval in data. */
  offset: number;
  actual: number[];
  reforecast: IntradayReforecast | null;
  targets: SolveTargets;
  problem: string | null;
}

/**
 * Intraday: today's actuals so far re-scale the rest of today's forecast (libs/forecast
 * reforecastIntraday), and the staffing gap of the next hours — agents needed for the re-forecast
 * against the agents logged in and available for each queue now (agent_last_states and skills).
 */
@Injectable()
export class IntradayService {
  constructor(
    private readonly forecasts: ForecastService,
    private readonly snapshots: SnapshotService,
    private readonly settings: PlanningSettingsService,
    private readonly data: PlanningData,
    private readonly scheduledStaff: ScheduledStaff,
  ) {}

  async reforecast(input: IntradayInput, now: number): Promise<IntradayReport> {
    const asOf = parseAsOf(input.asOf, now);
    const days = await this.days(input, asOf);
    return { asOf: new Date(asOf).toISOString(), queues: days.map((d) => this.view(d)) };
  }

  async gap(input: StaffingGapInput, now: number): Promise<StaffingGapReport> {
    const asOf = parseAsOf(input.asOf, now);
    const days = await this.days(input, asOf);
    // The live floor (agent_last_states) for now; the timeline for a replayed instant.
    const replay = input.asOf !== undefined && Math.abs(asOf - now) > 60_000;
    const agents = await this.data.agentsNow(
      days.map((d) => d.queue.id),
      replay ? asOf : null,
    );
    const queues = days.map((day) => this.queueGap(day, agents, asOf, input.hours));
    const schedulesExist = await this.addScheduled(queues);
    return {
      asOf: new Date(asOf).toISOString(),
      schedulesExist,
      note: message(schedulesExist ? 'planning.gap.fromSchedule' : 'planning.gap.noSchedules'),
      queues,
    };
  }

  /** Fills each interval's `scheduled` from the published schedules; true when any covers one. */
  private async addScheduled(queues: QueueStaffingGap[]): Promise<boolean> {
    let found = false;
    for (const q of queues) {
      if (q.intervals.length === 0) continue;
      const staff = await this.scheduledStaff.read(
        q.queue,
        q.intervals.map((i) => Date.parse(i.start)),
      );
      q.intervals.forEach((interval, k) => {
        interval.scheduled = staff[k];
        if (staff[k] !== null) found = true;
      });
    }
    return found;
  }

  private async days(input: IntradayInput, asOf: number): Promise<QueueDay[]> {
    const queues = await this.forecasts.resolveQueues(input.queues, 'input.queues');
    const settings = await this.settings.settings(queues);
    const patience = await this.settings.patience(
      queues,
      settings,
      Math.floor(asOf / INTERVAL_MS) * INTERVAL_MS,
    );
    const explicit =
      input.snapshotId === undefined
        ? null
        : await this.snapshots.load(Number(input.snapshotId), 'input.snapshotId');
    const days: QueueDay[] = [];
    const needForecast: QueueDay[] = [];
    for (const queue of queues) {
      const zone = queue.timeZone;
      const date = localDateOf(asOf, zone);
      const start = dayStart(date, zone);
      const intervalCount = Math.round((dayEnd(date, zone) - start) / INTERVAL_MS);
      const s = settings.get(queue.id)!;
      const day: QueueDay = {
        queue,
        date,
        dayStart: start,
        intervalCount,
        nowIndex: Math.min(intervalCount, Math.max(0, Math.floor((asOf - start) / INTERVAL_MS))),
        source: 'SNAPSHOT',
        snapshotId: null,
        data: null,
        offset: 0,
        actual: [],
        reforecast: null,
        targets: {
          targetServiceLevel: queue.settings.slTarget,
          thresholdSeconds: queue.settings.slThresholdSeconds,
          maxOccupancy: s.maxOccupancy,
          targetAsaSeconds: s.targetAsaSeconds,
          shrinkage: s.shrinkage,
          patienceSeconds: patience.get(queue.id)!.seconds,
          intervalSeconds: INTERVAL_SECONDS,
        },
        problem: null,
      };
      const end = start + intervalCount * INTERVAL_MS;
      const snapshotId = explicit
        ? explicit.entity.id
        : await this.snapshots.latestCovering(queue.id, start, end);
      if (snapshotId !== null) {
        const snapshot = explicit ?? (await this.snapshots.load(snapshotId, 'input.snapshotId'));
        day.snapshotId = snapshotId;
        day.data = snapshot.queues.get(queue.id) ?? null;
        if (!day.data) day.problem = `Snapshot ${snapshotId} has no forecast for this queue.`;
      } else {
        day.source = 'FORECAST';
        needForecast.push(day);
      }
      days.push(day);
    }
    if (needForecast.length > 0) {
      const fresh = await this.forecasts.forecast(
        { ...DEFAULT_FORECAST_OPTIONS, horizonWeeks: 1, queues: needForecast.map((d) => d.queue.name) },
        asOf,
        'input',
      );
      needForecast.forEach((day, i) => (day.data = fresh[i].data));
    }
    for (const day of days) await this.fill(day);
    return days;
  }

  private async fill(day: QueueDay): Promise<void> {
    const data = day.data;
    if (day.problem !== null || data === null) return;
    if (data.problem !== null) {
      day.problem = data.problem;
      return;
    }
    day.offset = Math.round((day.dayStart - data.start) / INTERVAL_MS);
    if (day.offset < 0 || day.offset + day.intervalCount > data.intervalCount) {
      day.problem = `The forecast (from ${data.from}) does not cover ${day.date}.`;
      return;
    }
    const forecastToday = data.volume.slice(day.offset, day.offset + day.intervalCount);
    day.actual = await this.data.arrivals(day.queue, day.dayStart, day.dayStart + day.nowIndex * INTERVAL_MS);
    day.reforecast = reforecastIntraday({ forecastToday, actualsSoFar: day.actual, nowIndex: day.nowIndex });
  }

  private view(day: QueueDay): QueueIntraday {
    const zone = day.queue.timeZone;
    const out: QueueIntraday = {
      queue: day.queue.name,
      channel: day.queue.channel as QueueIntraday['channel'],
      timeZone: zone,
      date: day.date,
      start: isoInZone(day.dayStart, zone),
      intervalCount: day.intervalCount,
      nowIndex: day.nowIndex,
      forecastSource: day.source,
      snapshotId: day.snapshotId,
      ratio: 1,
      rawRatio: null,
      actualSoFar: 0,
      forecastSoFar: 0,
      forecast: [],
      reforecast: [],
      actual: day.actual,
      ahtSeconds: [],
      requiredAgents: [],
      plannedAgents: [],
      explanation: null,
      problem: day.problem,
    };
    const data = day.data;
    if (day.reforecast === null || data === null) return out;
    const forecast = data.volume.slice(day.offset, day.offset + day.intervalCount);
    const aht = data.aht.slice(day.offset, day.offset + day.intervalCount);
    out.ratio = day.reforecast.ratio;
    out.rawRatio = day.reforecast.rawRatio;
    out.forecast = forecast;
    out.reforecast = day.reforecast.values;
    out.ahtSeconds = aht;
    out.actualSoFar = day.actual.reduce((s, v) => s + v, 0);
    out.forecastSoFar = forecast.slice(0, day.nowIndex).reduce((s, v) => s + v, 0);
    out.explanation =
      day.nowIndex === 0
        ? message('planning.intraday.notStarted')
        : message('planning.intraday.running', {
            actual: out.actualSoFar,
            forecast: out.forecastSoFar,
            ratio: out.ratio,
          });
    if (day.queue.channel === 'CLAIM_DESK') {
      out.problem = 'The claim desk is planned per day (staffingRequirements); no interval requirement.';
      return out;
    }
    try {
      out.requiredAgents = solveIntervals(
        out.reforecast,
        aht,
        0,
        day.intervalCount,
        day.targets,
        NO_CHANGES,
      ).map((i) => primary(i).agents);
      out.plannedAgents = solveIntervals(forecast, aht, 0, day.intervalCount, day.targets, NO_CHANGES).map(
        (i) => primary(i).agents,
      );
    } catch (error) {
      out.problem = `No staffing meets the targets: ${(error as Error).message}`;
    }
    return out;
  }

  private queueGap(day: QueueDay, agents: AgentNow[], asOf: number, hours: number): QueueStaffingGap {
    const queue = day.queue;
    const zone = queue.timeZone;
    const mine = agents.filter((a) => a.queueIds.includes(queue.id));
    const byState = new Map<string, number>();
    let loggedIn = 0;
    let available = 0;
    let shared = 0;
    for (const agent of mine) {
      const state = asOf - agent.at > STALE_STATE_MS ? 'LOGGED_OUT' : agent.state;
      byState.set(state, (byState.get(state) ?? 0) + 1);
      if (state !== 'LOGGED_OUT') loggedIn++;
      if (AVAILABLE_STATES.has(state)) {
        available++;
        if (agent.queueIds.length > 1) shared++;
      }
    }
    const out: QueueStaffingGap = {
      queue: queue.name,
      channel: queue.channel as QueueStaffingGap['channel'],
      timeZone: zone,
      agentsLoggedIn: loggedIn,
      agentsAvailable: available,
      agentsShared: shared,
      agentsByState: [...byState]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([state, n]) => ({ state, agents: n })),
      ratio: day.reforecast?.ratio ?? 1,
      intervals: [],
      worstGap: null,
      problem: day.problem,
    };
    const data = day.data;
    if (day.reforecast === null || data === null) return out;
    if (queue.channel === 'CLAIM_DESK') {
      out.problem = 'The claim desk is planned per day (staffingRequirements); no interval gap.';
      return out;
    }
    // The interval now and the ones after it; past midnight the plain forecast of the next day.
    const first = Math.floor((asOf - data.start) / INTERVAL_MS);
    const last = Math.min(data.intervalCount, first + hours * 4);
    const volume: number[] = [];
    const aht: (number | null)[] = [];
    for (let k = first; k < last; k++) {
      const inDay = k - day.offset;
      volume.push(inDay >= 0 && inDay < day.intervalCount ? day.reforecast.values[inDay] : data.volume[k]);
      aht.push(data.aht[k]);
    }
    let solved;
    try {
      solved = solveIntervals(volume, aht, 0, volume.length, day.targets, NO_CHANGES);
    } catch (error) {
      out.problem = `No staffing meets the targets: ${(error as Error).message}`;
      return out;
    }
    solved.forEach((interval, j) => {
      const start = data.start + (first + j) * INTERVAL_MS;
      const end = start + INTERVAL_MS;
      const required = primary(interval).agents;
      const gap = available - required;
      const from = localTimeOf(start, zone);
      const to = localTimeOf(end, zone);
      out.intervals.push({
        start: isoInZone(start, zone),
        end: isoInZone(end, zone),
        label: `${from}–${to}`,
        volume: interval.volume,
        required,
        scheduled: null,
        available,
        gap,
        explanation:
          gap < 0
            ? message('planning.gap.short', { required, from, to, available, short: -gap })
            : message('planning.gap.covered', { required, from, to, available, spare: gap }),
      });
    });
    out.worstGap = out.intervals.length ? Math.min(...out.intervals.map((i) => i.gap)) : null;
    return out;
  }
}

/** An ISO 8601 instant with an offset, or `now`. */
function parseAsOf(asOf: string | undefined, now: number): number {
  if (asOf === undefined) return now;
  const ms = Date.parse(asOf);
  if (!/(Z|[+-]\d{2}:?\d{2})$/.test(asOf) || !Number.isFinite(ms))
    throw badInput([
      {
        field: 'input.asOf',
        reason: 'must be an ISO 8601 instant with an offset, e.g. 2026-03-02T10:30:00+08:00',
      },
    ]);
  return ms;
}
