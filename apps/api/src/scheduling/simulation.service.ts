import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { badInput } from '../common/validation.js';
import { isoInZone } from '../planning/zone.js';
import type { ScheduleSimulationModel } from './models/scheduling.models.js';
import { ScheduleService } from './schedule.service.js';
import { queuePlans, simulatePlans, type QueueSimulation } from './schedule-simulation.js';
import { minuteToMs } from './week-time.js';
import { runWorkerJob } from './worker-job.js';

const WORKER = new URL('./simulate-worker.js', import.meta.url);
const CONFIDENCE = 0.95;
/** Simulations kept (a week of a dozen queues is a few hundred kilobytes). */
const KEPT = 12;

interface Entry {
  status: 'RUNNING' | 'READY' | 'FAILED';
  queues: QueueSimulation[];
  seconds: number | null;
  error: string | null;
}

/**
 * The simulation check of a schedule as a bounded background job: the first request starts it and
 * answers RUNNING; one simulation runs at a time (in a worker thread in the built server), later
 * requests wait their turn; results are kept per schedule content, replications and seed, so an
 * edit (new content) is simulated afresh and an unchanged schedule is answered from memory.
 */
@Injectable()
export class SimulationService {
  private readonly logger = new Logger(SimulationService.name);
  private readonly entries = new Map<string, Entry>();
  private queue: Promise<void> = Promise.resolve();

  constructor(private readonly schedules: ScheduleService) {}

  /** Waits for the simulations started so far (tests). */
  async settled(): Promise<void> {
    let seen: Promise<void>;
    do {
      seen = this.queue;
      await seen;
    } while (seen !== this.queue);
  }

  async simulation(id: number, replications: number, seed: number): Promise<ScheduleSimulationModel> {
    const loaded = await this.schedules.load(id);
    const { row, schedule, requirement } = loaded;
    if (!schedule || !requirement)
      throw badInput([{ field: 'id', reason: `a ${row.status} schedule has nothing to simulate` }]);
    const digest = createHash('sha1').update(row.schedule!).digest('hex');
    const key = `${row.id}:${digest}:${replications}:${seed}`;
    let entry = this.entries.get(key);
    if (!entry) {
      entry = { status: 'RUNNING', queues: [], seconds: null, error: null };
      this.remember(key, entry);
      const plans = queuePlans(schedule, requirement);
      const job = entry;
      this.queue = this.queue.then(() => this.run(job, plans, replications, seed, row.id));
    }
    return {
      scheduleId: String(row.id),
      status: entry.status,
      replications,
      seed,
      confidence: CONFIDENCE,
      seconds: entry.seconds,
      error: entry.error,
      start: isoInZone(minuteToMs(0, row.weekStart, row.timeZone), row.timeZone),
      queues: entry.queues.map((q) => ({
        queue: q.queue,
        serviceLevel: q.serviceLevel,
        low: q.low,
        high: q.high,
        agents: q.agents,
        weekServiceLevel: q.week.mean,
        weekLow: q.week.low,
        weekHigh: q.week.high,
      })),
    };
  }

  private async run(
    entry: Entry,
    plans: ReturnType<typeof queuePlans>,
    replications: number,
    seed: number,
    id: number,
  ): Promise<void> {
    const started = performance.now();
    try {
      const { value } = await runWorkerJob(WORKER, { plans, replications, seed }, async () =>
        simulatePlans(plans, replications, seed),
      );
      entry.queues = value;
      entry.status = 'READY';
    } catch (error) {
      entry.status = 'FAILED';
      entry.error = (error as Error).message;
      this.logger.warn(`simulation of schedule ${id} failed: ${entry.error}`);
    }
    entry.seconds = (performance.now() - started) / 1000;
  }

  private remember(key: string, entry: Entry): void {
    this.entries.set(key, entry);
    for (const [old, kept] of this.entries) {
      if (this.entries.size <= KEPT) break;
      if (kept.status !== 'RUNNING') this.entries.delete(old);
    }
  }
}
