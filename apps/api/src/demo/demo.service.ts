import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { WireEvent } from '@servicefloor/contracts';
import { centerDays, dayBounds, demoCenter, simulate, type CenterDefinition } from '@servicefloor/simulator';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { IngestService } from '../ingest/ingest.service.js';
import { StatsReader } from '../metrics/stats-reader.js';
import { HistorySimulators, type HistoryDayBatches } from './history-day.js';

/**
 * Events per ingestion call while filling history. 10,000 rather than the NDJSON door's 5,000:
 * the writer thread's per-batch work (each agent's timeline neighbourhood, roll-up rows at the
 * batch's edges) halves, and a first start got 63 instead of 56 days in 90 s; 20,000 got 62.
 */
const HISTORY_BATCH = 10_000;
const TICK_MS = 1000;

export interface DemoStatus {
  phase: 'OFF' | 'STARTING' | 'HISTORY' | 'LIVE';
  historyDaysTotal: number;
  historyDaysDone: number;
  eventsIngested: number;
  /** The demo clock (epoch ms): behind real time while today is replayed at DEMO_SPEED, then equal. */
  clock: number | null;
}

/**
 * The living demo center. On a database without history it generates the demo center's past
 * (DEMO_HISTORY_DAYS days, newest first) and feeds it through the ingestion pipeline — the same
 * IngestService.ingest that POST /api/events and the GraphQL mutation call, with the same
 * validation — while today runs live: the simulator's events are ingested as their time comes,
 * so the wallboard moves. Restarting resumes where the history stopped (de-duplication makes a
 * repeated day harmless).
 */
@Injectable()
export class DemoService implements OnApplicationShutdown {
  private readonly logger = new Logger('Demo');
  private readonly center: CenterDefinition = demoCenter();
  private stopped = false;
  private timer: NodeJS.Timeout | null = null;
  readonly status: DemoStatus = {
    phase: 'OFF',
    historyDaysTotal: 0,
    historyDaysDone: 0,
    eventsIngested: 0,
    clock: null,
  };

  constructor(
    @Inject(ENV) private readonly env: Env,
    private readonly ingest: IngestService,
    private readonly stats: StatsReader,
  ) {}

  /** Starts the live day and, in the background, the history. Returns at once. */
  start(): void {
    if (this.env.DEMO === 'off') return;
    this.status.phase = 'STARTING';
    void this.runLive().catch((error: Error) => this.logger.error(`live demo stopped: ${error.message}`));
    void this.runHistory().catch((error: Error) =>
      this.logger.error(`demo history stopped: ${error.message}`),
    );
  }

  onApplicationShutdown(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
  }

  private async runHistory(): Promise<void> {
    const days = this.env.DEMO_HISTORY_DAYS;
    if (days === 0) return;
    const today = this.today();
    const all = centerDays(this.center, today.fromMs - days * 86_400_000 - 2 * 3_600_000, today.fromMs)
      .slice(-days)
      .reverse();
    const resumeFrom = await this.oldestDayWithData(all[all.length - 1].fromMs, today.fromMs);
    const todo = resumeFrom === null ? all : all.filter((d) => d.fromMs <= resumeFrom);
    this.status.historyDaysTotal = all.length;
    this.status.historyDaysDone = all.length - todo.length;
    if (todo.length === 0) return;
    if (this.status.phase !== 'LIVE') this.status.phase = 'HISTORY';
    this.logger.log(
      `Generating ${todo.length} days of demo history (newest first) through the ingestion pipeline…`,
    );
    const started = Date.now();
    // Today's share comes from the live feed. The next day is simulated while this one is ingested.
    const simulators = new HistorySimulators();
    const open = (date: string) =>
      simulators.day({ date, seed: this.env.DEMO_SEED, beforeMs: today.fromMs, batchSize: HISTORY_BATCH });
    let next: HistoryDayBatches = open(todo[0].date);
    try {
      for (const [i, day] of todo.entries()) {
        const current = next;
        if (i + 1 < todo.length) next = open(todo[i + 1].date);
        if (!(await this.loadDay(current))) return;
        this.status.historyDaysDone++;
        const seconds = Math.round((Date.now() - started) / 1000);
        this.logger.log(
          `demo history: ${day.date} done (${this.status.historyDaysDone}/${all.length} days, ${this.status.eventsIngested.toLocaleString('en-US')} events, ${seconds} s)`,
        );
      }
    } finally {
      simulators.close();
    }
    this.logger.log(
      `Demo history complete: ${all.length} days in ${Math.round((Date.now() - started) / 1000)} s.`,
    );
  }

  /**
   * Ingests a day's batches (newest first), two in flight: the next is validated while the writer
   * stores the previous one. False when the demo stopped first.
   */
  private async loadDay(day: HistoryDayBatches): Promise<boolean> {
    let previous: Promise<void> = Promise.resolve();
    for (let batch = await day.next(); batch !== null; batch = await day.next()) {
      const sending = this.send(batch);
      sending.catch(() => undefined); // awaited on the next turn or below
      await previous;
      previous = sending;
      if (this.stopped) return false;
    }
    await previous;
    return !this.stopped;
  }

  /**
   * Today, live: replays today from local midnight at DEMO_SPEED× (0: at once) until the demo
   * clock reaches real time, then sends each event when its time comes.
   */
  private async runLive(): Promise<void> {
    let day = this.today();
    let events = simulate({
      center: this.center,
      fromMs: day.fromMs,
      toMs: day.toMs,
      seed: this.env.DEMO_SEED,
    });
    let next = events.next();
    const realStart = Date.now();
    const speed = this.env.DEMO_SPEED;
    this.status.phase = 'LIVE';
    const tick = async () => {
      if (this.stopped) return;
      const now = Date.now();
      const clock = speed > 0 ? Math.min(now, day.fromMs + (now - realStart) * speed) : now;
      this.status.clock = clock;
      const due: WireEvent[] = [];
      while (!next.done && Date.parse(next.value.occurredAt) <= clock) {
        due.push(next.value);
        next = events.next();
      }
      for (let i = 0; i < due.length; i += HISTORY_BATCH) await this.send(due.slice(i, i + HISTORY_BATCH));
      if (clock >= day.toMs) {
        day = this.today();
        events = simulate({
          center: this.center,
          fromMs: day.fromMs,
          toMs: day.toMs,
          seed: this.env.DEMO_SEED,
        });
        next = events.next();
      }
      if (!this.stopped)
        this.timer = setTimeout(
          () => void tick().catch((e: Error) => this.logger.error(`live demo tick failed: ${e.message}`)),
          TICK_MS,
        );
    };
    await tick();
  }

  private async send(events: WireEvent[]): Promise<void> {
    if (events.length === 0) return;
    const results = await this.ingest.ingest(events);
    const rejected = results.filter((r) => r.status === 'REJECTED');
    if (rejected.length > 0)
      this.logger.warn(
        `demo: ${rejected.length} events rejected, e.g. ${JSON.stringify(rejected[0].errors)}`,
      );
    this.status.eventsIngested += results.length - rejected.length;
  }

  private today(): { fromMs: number; toMs: number } {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone: this.center.timeZone }).format(new Date());
    return dayBounds(this.center.timeZone, date);
  }

  /** Start of the oldest history day that already has figures (null: none yet). */
  private async oldestDayWithData(fromMs: number, beforeMs: number): Promise<number | null> {
    const rows = await this.stats.query(
      `SELECT MIN("dayStart") AS "oldest" FROM queue_day_stats WHERE "dayStart" >= ? AND "dayStart" < ?`,
      [fromMs, beforeMs],
    );
    return rows[0]?.oldest == null ? null : Number(rows[0].oldest);
  }
}
