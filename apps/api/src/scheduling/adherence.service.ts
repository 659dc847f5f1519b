import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AgentState } from '@servicefloor/contracts';
import {
  adherence,
  adherenceStatus,
  adherenceTimeline,
  DEFAULT_TOLERANCE_SECONDS,
  type ActualState,
  type ScheduledActivity,
  type ScheduledActivityKind,
} from '@servicefloor/scheduling';
import { DataSource, In, LessThan } from 'typeorm';
import { badInput } from '../common/validation.js';
import { AgentEntity } from '../directory/entities/agent.entity.js';
import { AgentStateEntity } from '../ingest/entities/agent-state.entity.js';
import { dayEnd, dayStart, isDate } from '../planning/zone.js';
import { AdherenceToleranceEntity } from './entities/adherence-tolerance.entity.js';
import type {
  AdherenceToleranceModel,
  AgentAdherenceModel,
  LiveAdherenceModel,
} from './models/adherence.models.js';
import { ScheduleService } from './schedule.service.js';
import { mondayOf } from './week-time.js';

export const ADHERENCE_ACTIVITIES: ScheduledActivityKind[] = [
  'work',
  'break',
  'meal',
  'training',
  'meeting',
  'coaching',
];

/** How long the published timelines are trusted before they are read again (edits elsewhere, another instance). */
const TIMELINE_TTL_MS = 60_000;

type Timeline = (ScheduledActivity & { start: number; end: number })[];

/**
 * Real-time adherence against the published schedules (libs/scheduling adherence.ts): each agent's
 * state now against the activity scheduled now, with a tolerance per activity, and adherence and
 * conformance per agent and local day from the agent-state timeline (metrics.md "Agent metrics").
 */
@Injectable()
export class AdherenceService implements OnModuleInit {
  private timelines = new Map<string, Timeline>();
  private loadedAt = 0;
  private loading: Promise<void> | null = null;
  private tolerances: Partial<Record<ScheduledActivityKind, number>> = {};

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly schedules: ScheduleService,
  ) {
    schedules.onPublishedChange(() => {
      this.loadedAt = 0;
    });
  }

  async onModuleInit(): Promise<void> {
    await this.loadTolerances();
  }

  private async loadTolerances(): Promise<void> {
    const rows = await this.db.getRepository(AdherenceToleranceEntity).find();
    this.tolerances = Object.fromEntries(rows.map((r) => [r.activity, r.seconds]));
  }

  toleranceList(): AdherenceToleranceModel[] {
    return ADHERENCE_ACTIVITIES.map((activity) => ({
      activity,
      seconds: this.tolerances[activity] ?? DEFAULT_TOLERANCE_SECONDS,
    }));
  }

  async setTolerance(activity: string, seconds: number): Promise<AdherenceToleranceModel[]> {
    if (!ADHERENCE_ACTIVITIES.includes(activity as ScheduledActivityKind))
      throw badInput([{ field: 'activity', reason: `must be one of ${ADHERENCE_ACTIVITIES.join(', ')}` }]);
    await this.db.getRepository(AdherenceToleranceEntity).save({ activity, seconds });
    await this.loadTolerances();
    return this.toleranceList();
  }

  /** The published timelines per agent, read again when older than TIMELINE_TTL_MS or after a publish. */
  private async fresh(): Promise<Map<string, Timeline>> {
    if (Date.now() - this.loadedAt > TIMELINE_TTL_MS) {
      this.loading ??= this.reload().finally(() => (this.loading = null));
      await this.loading;
    }
    return this.timelines;
  }

  private async reload(): Promise<void> {
    const started = Date.now();
    const byAgent = new Map<string, Timeline>();
    for (const s of await this.schedules.allPublished()) {
      if (!s.schedule) continue;
      for (const item of adherenceTimeline(s.schedule, {
        weekStart: s.row.weekStart,
        timeZone: s.row.timeZone,
      })) {
        const list = byAgent.get(item.agentId) ?? [];
        list.push(item as Timeline[number]);
        byAgent.set(item.agentId, list);
      }
    }
    for (const [agentId, list] of byAgent) byAgent.set(agentId, withoutOverlaps(list));
    this.timelines = byAgent;
    this.loadedAt = started;
  }

  /** An agent now against its published schedule (never out of adherence when nothing is scheduled). */
  async live(
    agentId: string,
    state: AgentState,
    since: string | null,
    now = Date.now(),
  ): Promise<LiveAdherenceModel> {
    const timeline = (await this.fresh()).get(agentId) ?? [];
    // An agent never seen is logged out since before anything was scheduled.
    const sinceMs = since === null ? 0 : Date.parse(since);
    const status = adherenceStatus(now, timeline, state, sinceMs, this.tolerances);
    const toleranceSeconds =
      status.scheduled === null ? 0 : (this.tolerances[status.scheduled] ?? DEFAULT_TOLERANCE_SECONDS);
    return {
      scheduledActivity: status.scheduled,
      expectedStates: [...status.expectedStates],
      inAdherence: !status.outOfAdherence,
      outOfAdherenceSince: status.outOfAdherence
        ? new Date(now - status.mismatchSeconds * 1000).toISOString()
        : null,
      mismatchSeconds: status.mismatchSeconds,
      toleranceSeconds,
    };
  }

  /**
   * Adherence and conformance per agent on a local date, from the published schedule of its week
   * and the agents' state timelines, up to now when the date is today (the rest of the day is not
   * held against anyone yet). Only agents with something scheduled that day are listed.
   */
  async day(date: string, teamId: number | null, now = Date.now()): Promise<AgentAdherenceModel[]> {
    if (!isDate(date)) throw badInput([{ field: 'date', reason: 'must be a calendar date YYYY-MM-DD' }]);
    const published = await this.schedules.published(mondayOf(date));
    if (!published?.schedule) return [];
    const zone = published.row.timeZone;
    const from = dayStart(date, zone);
    const to = Math.min(dayEnd(date, zone), now);
    if (to <= from) return [];
    const timeline = adherenceTimeline(published.schedule, {
      weekStart: published.row.weekStart,
      timeZone: zone,
    })
      .map((a) => ({ ...a, start: Number(a.start), end: Math.min(Number(a.end), to) }))
      .filter((a) => a.start >= from && a.start < to && a.end > a.start);
    let agentIds = [...new Set(timeline.map((a) => a.agentId))];
    const directory = await this.db
      .getRepository(AgentEntity)
      .find({ where: { agentId: In(agentIds) }, select: { agentId: true, name: true, teamId: true } });
    const info = new Map(directory.map((a) => [a.agentId, a]));
    if (teamId !== null) agentIds = agentIds.filter((id) => info.get(id)?.teamId === teamId);
    if (agentIds.length === 0) return [];
    const wanted = new Set(agentIds);
    const states = await this.actualStates(agentIds, from, to);
    const rows = adherence({
      scheduledActivities: timeline.filter((a) => wanted.has(a.agentId)),
      actualStates: states,
      toleranceSecondsByActivity: this.tolerances,
      timeZone: zone,
    });
    const isToday = now < dayEnd(date, zone);
    const live = new Map<string, LiveAdherenceModel>();
    if (isToday) {
      for (const agentId of agentIds) {
        const last = states.filter((s) => s.agentId === agentId).at(-1);
        live.set(
          agentId,
          await this.live(
            agentId,
            last?.state ?? 'LOGGED_OUT',
            last ? new Date(last.start).toISOString() : null,
            now,
          ),
        );
      }
    }
    return rows
      .filter((r) => r.date === date && wanted.has(r.agentId))
      .map((r) => ({
        ...r,
        name: info.get(r.agentId)?.name ?? r.agentId,
        teamId: info.get(r.agentId)?.teamId ?? null,
        now: live.get(r.agentId) ?? null,
      }));
  }

  /** State periods of the agents within [from, to): the state held at `from`, then each change. */
  private async actualStates(
    agentIds: string[],
    from: number,
    to: number,
  ): Promise<(ActualState & { start: number; end: number })[]> {
    const repo = this.db.getRepository(AgentStateEntity);
    const inside = await repo
      .createQueryBuilder('s')
      .where('s.agentId IN (:...agentIds)', { agentIds })
      .andWhere('s.at >= :from AND s.at < :to', { from, to })
      .orderBy('s.agentId')
      .addOrderBy('s.at')
      .getMany();
    const before = await Promise.all(
      agentIds.map((agentId) =>
        repo.findOne({ where: { agentId, at: LessThan(from) }, order: { at: 'DESC' } }),
      ),
    );
    const byAgent = new Map<string, AgentStateEntity[]>();
    for (const row of [...before.filter((r): r is AgentStateEntity => r !== null), ...inside]) {
      const list = byAgent.get(row.agentId) ?? [];
      list.push(row);
      byAgent.set(row.agentId, list);
    }
    const out: (ActualState & { start: number; end: number })[] = [];
    for (const [agentId, rows] of byAgent) {
      rows.sort((a, b) => a.at - b.at);
      rows.forEach((row, i) => {
        const start = Math.max(from, row.at);
        const end = Math.min(to, rows[i + 1]?.at ?? to);
        if (end > start) out.push({ agentId, state: row.state as AgentState, start, end });
      });
    }
    return out;
  }
}

/** Drops scheduled items that overlap an earlier one (a shift past Sunday midnight against the next week's). */
function withoutOverlaps(list: Timeline): Timeline {
  list.sort((a, b) => a.start - b.start);
  const out: Timeline = [];
  for (const item of list) if (out.length === 0 || item.start >= out[out.length - 1].end) out.push(item);
  return out;
}
