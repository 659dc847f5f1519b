import { Injectable } from '@nestjs/common';
import { INTERVAL_MS } from '@servicefloor/forecast';
import { whatIfSweep, type WhatIfVariations } from '@servicefloor/erlang';
import { badInput } from '../common/validation.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import type {
  StaffingCalculatorInput,
  StaffingRequirementsInput,
  WhatIfInput,
} from './dto/planning.inputs.js';
import { explainClaimDay, explainInterval } from './explain-requirement.js';
import { DEFAULT_FORECAST_OPTIONS, ForecastService, type QueueForecastData } from './forecast.service.js';
import type {
  PatienceInfo,
  QueueRequirements,
  RequirementRow,
  StaffingCalculation,
} from './models/staffing.models.js';
import { PlanningSettingsService, type EffectiveSettings } from './planning-settings.service.js';
import { PlanningData } from './planning-data.js';
import { SnapshotService } from './snapshot.service.js';
import {
  erlangInput,
  INTERVAL_SECONDS,
  modelOf,
  primary,
  scheduled,
  solveClaimDay,
  solveIntervals,
  type SolvedClaimDay,
  type SolvedInterval,
  type SolveTargets,
  type VolumeChanges,
} from './staffing-solver.js';
import { addDays, dayEnd, dayStart, isDate, isoInZone, localDateOf, localTimeOf } from './zone.js';

/** Most rows a what-if sweep may produce. */
const MAX_SWEEP_ROWS = 10_000;

/** The solved figures kept behind a QueueRequirements, for its explained rows. */
export interface SolvedQueue {
  queue: QueueInfo;
  targets: SolveTargets;
  /** Epoch ms of the first row. */
  start: number;
  intervals: SolvedInterval[] | null;
  days: { date: string; start: number; end: number; solved: SolvedClaimDay }[] | null;
}

/** QueueRequirements with its solved figures (not part of the schema). */
export type QueueRequirementsData = QueueRequirements & { solved: SolvedQueue | null };

/** Time spent in a requirements computation, ms (reported by the benchmark). */
export interface RequirementTimings {
  loadMs: number;
  solveMs: number;
}

/**
 * Staffing requirements per queue and interval from a forecast (a saved snapshot or one computed
 * now), with what-if overrides applied on the fly (nothing is written), and the single-interval
 * calculator with its what-if sweep. The math is libs/erlang's (see staffing-solver.ts).
 */
@Injectable()
export class StaffingService {
  constructor(
    private readonly forecasts: ForecastService,
    private readonly snapshots: SnapshotService,
    private readonly settings: PlanningSettingsService,
    private readonly data: PlanningData,
  ) {}

  async requirements(
    input: StaffingRequirementsInput,
    now: number,
    timings?: RequirementTimings,
  ): Promise<{ snapshotId: number | null; queues: QueueRequirementsData[] }> {
    const started = performance.now();
    if (input.from !== undefined && !isDate(input.from))
      throw badInput([{ field: 'input.from', reason: 'must be a real calendar date' }]);
    if (input.to !== undefined && !isDate(input.to))
      throw badInput([{ field: 'input.to', reason: 'must be a real calendar date' }]);
    if (input.from !== undefined && input.to !== undefined && input.to < input.from)
      throw badInput([{ field: 'input.to', reason: `must not be before from (${input.from})` }]);
    if (input.snapshotId !== undefined && input.forecast !== undefined)
      throw badInput([{ field: 'input.forecast', reason: 'give either snapshotId or forecast, not both' }]);

    let sources: { queue: QueueInfo; data: QueueForecastData | null }[];
    let snapshotId: number | null = null;
    if (input.snapshotId !== undefined) {
      snapshotId = Number(input.snapshotId);
      const snapshot = await this.snapshots.load(snapshotId, 'input.snapshotId');
      const queues = await this.forecasts.resolveQueues(input.queues, 'input.queues');
      sources = queues
        .filter((q) => input.queues?.length || snapshot.queues.has(q.id))
        .map((queue) => ({ queue, data: snapshot.queues.get(queue.id) ?? null }));
    } else {
      const options = { ...DEFAULT_FORECAST_OPTIONS, ...input.forecast };
      if (input.queues?.length) options.queues = input.queues;
      sources = await this.forecasts.forecast(options, now, 'input.forecast');
    }
    const queues = sources.map((s) => s.queue);
    const settings = await this.settings.settings(queues);
    const starts = sources.flatMap((s) => (s.data ? [s.data.start] : []));
    const before = Math.min(Math.floor(now / INTERVAL_MS) * INTERVAL_MS, ...starts);
    const patience = await this.settings.patience(queues, settings, before);
    // A claim desk range that starts today clears the claims open now, unless the what-if says otherwise.
    const backlog = new Map<number, number>();
    for (const { queue, data } of sources) {
      if (queue.channel !== 'CLAIM_DESK' || !data) continue;
      const first = input.from && input.from > data.from ? input.from : data.from;
      const startsToday = first === localDateOf(now, queue.timeZone);
      backlog.set(
        queue.id,
        input.whatIf?.claimBacklog ?? (startsToday ? await this.data.openClaims(queue.id) : 0),
      );
    }
    const loaded = performance.now();

    const out = sources.map(({ queue, data }) =>
      this.queueRequirements(
        queue,
        data,
        settings.get(queue.id)!,
        patience.get(queue.id)!,
        input,
        backlog.get(queue.id) ?? 0,
      ),
    );
    if (timings) {
      timings.loadMs = loaded - started;
      timings.solveMs = performance.now() - loaded;
    }
    return { snapshotId, queues: out };
  }

  /** The explained rows of a queue's requirement, for one local date or all of them. */
  rows(requirements: QueueRequirementsData, date: string | undefined): RequirementRow[] {
    const solved = requirements.solved;
    if (!solved) return [];
    if (date !== undefined && !isDate(date))
      throw badInput([{ field: 'date', reason: 'must be YYYY-MM-DD' }]);
    const zone = solved.queue.timeZone;
    const channel = solved.queue.channel;
    if (solved.days) {
      return solved.days
        .filter((d) => date === undefined || d.date === date)
        .map((d) =>
          Object.assign(explainClaimDay(d.solved, solved.targets.shrinkage, d.date), {
            start: isoInZone(d.start, zone),
            end: isoInZone(d.end, zone),
            date: d.date,
            label: d.date,
          }),
        );
    }
    const intervals = solved.intervals ?? [];
    let from = 0;
    let to = intervals.length;
    if (date !== undefined) {
      from = Math.max(0, Math.round((dayStart(date, zone) - solved.start) / INTERVAL_MS));
      to = Math.min(intervals.length, Math.round((dayEnd(date, zone) - solved.start) / INTERVAL_MS));
    }
    const rows: RequirementRow[] = [];
    for (let i = from; i < to; i++) {
      const start = solved.start + i * INTERVAL_MS;
      const end = start + INTERVAL_MS;
      const span = { channel, from: localTimeOf(start, zone), to: localTimeOf(end, zone), minutes: 15 };
      // Object.assign keeps the lazy sentences and formulas lazy (a spread would read them).
      rows.push(
        Object.assign(explainInterval(intervals[i], solved.targets, span), {
          start: isoInZone(start, zone),
          end: isoInZone(end, zone),
          date: localDateOf(start, zone),
          label: `${span.from}–${span.to}`,
        }),
      );
    }
    return rows;
  }

  /** One interval from the numbers given (a queue fills in what is left out), with an optional sweep. */
  async calculate(input: StaffingCalculatorInput): Promise<StaffingCalculation> {
    const queue = input.queue ? (await this.forecasts.resolveQueues([input.queue], 'input.queue'))[0] : null;
    let settings: EffectiveSettings | null = null;
    let patience: PatienceInfo | null = null;
    if (queue) {
      const all = await this.settings.settings([queue]);
      settings = all.get(queue.id)!;
      if (input.patienceSeconds === undefined)
        patience = (await this.settings.patience([queue], all, Date.now())).get(queue.id)!;
    }
    const targetServiceLevel = input.targetServiceLevel ?? queue?.settings.slTarget;
    const thresholdSeconds = input.thresholdSeconds ?? queue?.settings.slThresholdSeconds;
    const missing = [
      ...(targetServiceLevel === undefined
        ? [{ field: 'input.targetServiceLevel', reason: 'is required without a queue' }]
        : []),
      ...(thresholdSeconds === undefined
        ? [{ field: 'input.thresholdSeconds', reason: 'is required without a queue' }]
        : []),
    ];
    if (missing.length > 0) throw badInput(missing);
    const targets: SolveTargets = {
      targetServiceLevel: targetServiceLevel!,
      thresholdSeconds: thresholdSeconds!,
      maxOccupancy: input.maxOccupancy ?? settings?.maxOccupancy ?? null,
      targetAsaSeconds: input.targetAsaSeconds ?? settings?.targetAsaSeconds ?? null,
      shrinkage: input.shrinkage ?? settings?.shrinkage ?? 0.3,
      patienceSeconds: input.patienceSeconds ?? patience?.seconds ?? null,
      intervalSeconds: input.intervalMinutes * 60,
    };
    const channel = input.channel ?? queue?.channel ?? 'HOTLINE';
    let interval: SolvedInterval;
    try {
      interval = solveIntervals([input.volume], [input.ahtSeconds], 0, 1, targets, {
        volumeChange: 0,
        ahtChange: 0,
        ahtSeconds: null,
      })[0];
    } catch (error) {
      throw badInput([{ field: 'input', reason: (error as Error).message }]);
    }
    const figures = explainInterval(interval, targets, {
      channel,
      from: null,
      to: null,
      minutes: input.intervalMinutes,
    });
    return Object.assign(figures, {
      patienceSeconds: targets.patienceSeconds,
      sweep: this.sweep(input, targets),
    });
  }

  private sweep(input: StaffingCalculatorInput, targets: SolveTargets): StaffingCalculation['sweep'] {
    const v = input.variations;
    if (!v) return [];
    const variations: WhatIfVariations = {};
    if (v.volumeChange?.length) variations.volumeChange = v.volumeChange;
    if (v.ahtSeconds?.length) variations.ahtSeconds = v.ahtSeconds;
    if (v.targetServiceLevel?.length) variations.targetServiceLevel = v.targetServiceLevel;
    if (v.shrinkage?.length) variations.shrinkage = v.shrinkage;
    const count = Object.values(variations).reduce(
      (n: number, list: readonly number[]) => n * list.length,
      1,
    );
    if (count > MAX_SWEEP_ROWS)
      throw badInput([
        { field: 'input.variations', reason: `give at most ${MAX_SWEEP_ROWS} combinations (got ${count})` },
      ]);
    try {
      return whatIfSweep(
        {
          ...erlangInput(input.volume, input.ahtSeconds, targets, targets.patienceSeconds),
          shrinkage: targets.shrinkage,
        },
        variations,
      ).map((row) => ({
        volumeChange: row.volumeChange,
        volume: row.callsPerInterval,
        ahtSeconds: row.ahtSeconds,
        targetServiceLevel: row.targetServiceLevel,
        shrinkage: row.shrinkage,
        model: row.model,
        agents: row.agents,
        fractionalAgents: row.fractionalAgents,
        serviceLevel: row.serviceLevel,
        asa: row.asa,
        occupancy: row.occupancy,
        abandonRate: row.abandonRate ?? null,
        scheduledStaff: row.scheduledStaff,
        scheduledAgents: row.scheduledAgents,
      }));
    } catch (error) {
      throw badInput([{ field: 'input.variations', reason: (error as Error).message }]);
    }
  }

  private queueRequirements(
    queue: QueueInfo,
    data: QueueForecastData | null,
    settings: EffectiveSettings,
    patience: PatienceInfo,
    input: StaffingRequirementsInput,
    claimBacklog: number,
  ): QueueRequirementsData {
    const whatIf: WhatIfInput = input.whatIf ?? {};
    const targets: SolveTargets = {
      targetServiceLevel: whatIf.targetServiceLevel ?? queue.settings.slTarget,
      thresholdSeconds: whatIf.thresholdSeconds ?? queue.settings.slThresholdSeconds,
      maxOccupancy: whatIf.maxOccupancy ?? settings.maxOccupancy,
      targetAsaSeconds: whatIf.targetAsaSeconds ?? settings.targetAsaSeconds,
      shrinkage: whatIf.shrinkage ?? settings.shrinkage,
      patienceSeconds: patience.seconds,
      intervalSeconds: INTERVAL_SECONDS,
    };
    const changes: VolumeChanges = {
      volumeChange: whatIf.volumeChange ?? 0,
      ahtChange: whatIf.ahtChange ?? 0,
      ahtSeconds: whatIf.ahtSeconds ?? null,
    };
    const claimDesk = queue.channel === 'CLAIM_DESK';
    const result: QueueRequirementsData = {
      queue: queue.name,
      channel: queue.channel as QueueRequirements['channel'],
      timeZone: queue.timeZone,
      model: modelOf(queue.channel, patience.seconds),
      inputs: {
        targetServiceLevel: targets.targetServiceLevel,
        thresholdSeconds: targets.thresholdSeconds,
        shrinkage: targets.shrinkage,
        maxOccupancy: targets.maxOccupancy,
        targetAsaSeconds: targets.targetAsaSeconds,
        intervalSeconds: claimDesk ? 86_400 : INTERVAL_SECONDS,
        volumeChange: changes.volumeChange,
        ahtChange: changes.ahtChange,
        ahtSeconds: changes.ahtSeconds,
        claimBacklog,
      },
      patience,
      start: data ? isoInZone(data.start, queue.timeZone) : '',
      intervalMinutes: claimDesk ? 1440 : 15,
      intervalCount: 0,
      series: emptySeries(),
      totals: { intervals: 0, volume: 0, agentHours: 0, scheduledHours: 0, peakAgents: 0, peakStart: null },
      problem: null,
      solved: null,
    };
    if (!data || data.problem !== null) {
      result.problem = data?.problem ?? 'This queue is not in the snapshot.';
      return result;
    }
    const zone = queue.timeZone;
    const end = data.start + data.intervalCount * INTERVAL_MS;
    const rangeStart = input.from ? Math.max(data.start, dayStart(input.from, zone)) : data.start;
    const rangeEnd = input.to ? Math.min(end, dayEnd(input.to, zone)) : end;
    result.start = isoInZone(rangeStart, zone);
    if (rangeEnd <= rangeStart) return result;
    try {
      if (claimDesk)
        this.fillClaimDesk(
          result,
          queue,
          data,
          settings,
          targets,
          changes,
          claimBacklog,
          rangeStart,
          rangeEnd,
        );
      else this.fillErlang(result, queue, data, targets, changes, rangeStart, rangeEnd);
    } catch (error) {
      result.problem = `No staffing meets the targets: ${(error as Error).message}`;
      result.series = emptySeries();
      result.solved = null;
    }
    return result;
  }

  private fillErlang(
    result: QueueRequirementsData,
    queue: QueueInfo,
    data: QueueForecastData,
    targets: SolveTargets,
    changes: VolumeChanges,
    rangeStart: number,
    rangeEnd: number,
  ): void {
    const from = Math.round((rangeStart - data.start) / INTERVAL_MS);
    const to = Math.round((rangeEnd - data.start) / INTERVAL_MS);
    const intervals = solveIntervals(data.volume, data.aht, from, to, targets, changes);
    const s = result.series;
    const hours = INTERVAL_SECONDS / 3600;
    const totals = result.totals;
    intervals.forEach((interval, k) => {
      const p = primary(interval);
      const staff = scheduled(p.agents, targets.shrinkage);
      s.volume.push(interval.volume);
      s.ahtSeconds.push(interval.aht);
      s.trafficErlangs.push(p.trafficErlangs);
      s.agents.push(p.agents);
      s.fractionalAgents.push(p.fractionalAgents);
      s.serviceLevel.push(p.serviceLevel);
      s.asa.push(p.asa);
      s.occupancy.push(p.occupancy);
      s.abandonRate.push(p.abandonRate ?? null);
      s.scheduledStaff.push(staff.staff);
      s.scheduledAgents.push(staff.people);
      s.erlangCAgents.push(interval.erlangC.agents);
      s.erlangAAgents.push(interval.erlangA?.agents ?? null);
      totals.volume += interval.volume;
      totals.agentHours += p.agents * hours;
      totals.scheduledHours += staff.staff * hours;
      if (p.agents > totals.peakAgents) {
        totals.peakAgents = p.agents;
        totals.peakStart = isoInZone(rangeStart + k * INTERVAL_MS, queue.timeZone);
      }
    });
    totals.intervals = intervals.length;
    result.intervalCount = intervals.length;
    result.solved = { queue, targets, start: rangeStart, intervals, days: null };
  }

  private fillClaimDesk(
    result: QueueRequirementsData,
    queue: QueueInfo,
    data: QueueForecastData,
    settings: EffectiveSettings,
    targets: SolveTargets,
    changes: VolumeChanges,
    claimBacklog: number,
    rangeStart: number,
    rangeEnd: number,
  ): void {
    const zone = queue.timeZone;
    const slaHours = queue.settings.claimSlaHours;
    const count = data.intervalCount;
    const days: NonNullable<SolvedQueue['days']> = [];
    for (let date = localDateOf(rangeStart, zone); ; date = addDays(date, 1)) {
      const start = dayStart(date, zone);
      const end = dayEnd(date, zone);
      if (start >= rangeEnd) break;
      const i0 = Math.round((start - data.start) / INTERVAL_MS);
      const wanted = Math.round((slaHours * 3_600_000) / INTERVAL_MS);
      const i1 = Math.min(count, i0 + wanted);
      let arrivals = 0;
      let weighted = 0;
      let weight = 0;
      for (let i = i0; i < i1; i++) {
        const v = data.volume[i] * (1 + changes.volumeChange);
        arrivals += v;
        const aht = data.aht[i];
        if (aht !== null && aht > 0) {
          weighted += aht * v;
          weight += v;
        }
      }
      // Near the end of the horizon the SLA window runs past the forecast: scale up what it covers.
      if (i1 - i0 < wanted && i1 > i0) arrivals *= wanted / (i1 - i0);
      const forecastHandle = weight > 0 ? (weighted / weight) * (1 + changes.ahtChange) : null;
      const solved = solveClaimDay({
        arrivals,
        backlogToClear: days.length === 0 ? claimBacklog : 0,
        handleSeconds: changes.ahtSeconds ?? forecastHandle ?? settings.claimHandleSeconds,
        hoursPerDay: settings.claimHoursPerDay,
        slaHours,
      });
      days.push({ date, start, end, solved });
    }
    const s = result.series;
    const totals = result.totals;
    for (const day of days) {
      const r = day.solved.requirement;
      const staff = scheduled(r.agents, targets.shrinkage);
      s.volume.push(day.solved.arrivals);
      s.ahtSeconds.push(day.solved.handleSeconds);
      s.trafficErlangs.push(0);
      s.agents.push(r.agents);
      s.fractionalAgents.push(r.fractionalAgents);
      s.serviceLevel.push(null);
      s.asa.push(null);
      s.occupancy.push(null);
      s.abandonRate.push(null);
      s.scheduledStaff.push(staff.staff);
      s.scheduledAgents.push(staff.people);
      s.erlangCAgents.push(null);
      s.erlangAAgents.push(null);
      totals.volume += day.solved.arrivals;
      totals.agentHours += r.agents * settings.claimHoursPerDay;
      totals.scheduledHours += staff.staff * settings.claimHoursPerDay;
      if (r.agents > totals.peakAgents) {
        totals.peakAgents = r.agents;
        totals.peakStart = isoInZone(day.start, zone);
      }
    }
    totals.intervals = days.length;
    result.intervalCount = days.length;
    result.start = days.length ? isoInZone(days[0].start, zone) : result.start;
    result.solved = { queue, targets, start: days[0]?.start ?? rangeStart, intervals: null, days };
  }
}

function emptySeries(): QueueRequirements['series'] {
  return {
    volume: [],
    ahtSeconds: [],
    trafficErlangs: [],
    agents: [],
    fractionalAgents: [],
    serviceLevel: [],
    asa: [],
    occupancy: [],
    abandonRate: [],
    scheduledStaff: [],
    scheduledAgents: [],
    erlangCAgents: [],
    erlangAAgents: [],
  };
}
