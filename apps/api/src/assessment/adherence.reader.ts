import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { AdherenceService } from '../scheduling/adherence.service.js';
import { StatsReader } from '../metrics/stats-reader.js';
import { monthRange, monthsBetween, type Month } from './months.js';
import { PublishedPlanReader } from './published-plan.reader.js';

/** One agent's scheduled, adherent and logged-in seconds on one local day. */
export interface AgentDayAdherence {
  agentId: string;
  teamId: number | null;
  date: string;
  scheduledSeconds: number;
  adherentSeconds: number;
  loggedInSeconds: number;
}

/** Scheduled and adherent seconds of every agent in a month. */
export interface MonthAdherence {
  scheduledSeconds: number;
  adherentSeconds: number;
}

/**
 * Schedule adherence per month from the published schedules of issue #8: the scheduling module's
 * adherence per agent and local day (libs/scheduling, metrics.md "adherence"), summed over the
 * month's days up to now. Months without a published schedule have none (the criterion says
 * "no data").
 */
@Injectable()
export class AdherenceReader {
  constructor(
    private readonly modules: ModuleRef,
    private readonly stats: StatsReader,
    private readonly plans: PublishedPlanReader,
  ) {}

  /**
   * The scheduling module's service, looked up when first needed: importing that module here would
   * close an import cycle through the entities (ESM initialization order); none without it.
   */
  private async service(): Promise<AdherenceService | null> {
    const { AdherenceService: token } = await import('../scheduling/adherence.service.js');
    try {
      return this.modules.get(token, { strict: false });
    } catch {
      return null;
    }
  }

  /** Whether published-schedule adherence can be read (the scheduling module is running). */
  async available(): Promise<boolean> {
    return (await this.service()) !== null;
  }

  async months(from: Month, to: Month, timeZone: string): Promise<Map<Month, MonthAdherence>> {
    const out = new Map<Month, MonthAdherence>();
    for (const month of monthsBetween(from, to)) {
      let scheduledSeconds = 0;
      let adherentSeconds = 0;
      for (const row of await this.agentDays(month, timeZone)) {
        scheduledSeconds += row.scheduledSeconds;
        adherentSeconds += row.adherentSeconds;
      }
      if (scheduledSeconds > 0) out.set(month, { scheduledSeconds, adherentSeconds });
    }
    return out;
  }

  /**
   * Every scheduled agent's adherence on each day of a month up to now: the scheduling module's
   * per-agent daily figures from the published schedules (PublishedPlanReader.agentDays, which
   * reads a week at a time what AdherenceService.day reads a day at a time), with each agent's team.
   */
  async agentDays(month: Month, timeZone: string): Promise<AgentDayAdherence[]> {
    const range = monthRange(month, month, timeZone);
    const rows = await this.plans.agentDays(range.startMs, range.endMs);
    if (rows.length === 0) return [];
    const teams = new Map(
      (await this.stats.query(`SELECT "agentId", "teamId" FROM agents`, [])).map((r) => [
        String(r.agentId),
        r.teamId == null ? null : Number(r.teamId),
      ]),
    );
    return rows.map((r) => ({ ...r, teamId: teams.get(r.agentId) ?? null }));
  }
}
