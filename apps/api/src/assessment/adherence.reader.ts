import { Injectable } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import type { AdherenceService } from '../scheduling/adherence.service.js';
import { formatInZone } from '../metrics/format-in-zone.js';
import { StatsReader } from '../metrics/stats-reader.js';
import { mondayOf } from '../scheduling/week-time.js';
import { monthDates, monthsBetween, type Month } from './months.js';

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
 * month's days up to today. Months without a published schedule have none (the criterion says
 * "no data").
 */
@Injectable()
export class AdherenceReader {
  constructor(
    private readonly modules: ModuleRef,
    private readonly stats: StatsReader,
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
   * Every scheduled agent's adherence on each day of a month up to today (the scheduling module's
   * AdherenceService.day): only days of weeks with a published schedule are read.
   */
  async agentDays(month: Month, timeZone: string): Promise<AgentDayAdherence[]> {
    const adherence = await this.service();
    if (!adherence) return [];
    // Only days of weeks with a published schedule can have adherence: one query finds them.
    const published = new Set(
      (
        await this.stats.query(`SELECT DISTINCT "weekStart" FROM schedules WHERE "status" = 'PUBLISHED'`, [])
      ).map((r) => String(r.weekStart)),
    );
    if (published.size === 0) return [];
    const today = formatInZone(Date.now(), timeZone, 'date');
    const { to: last } = monthDates(month);
    const out: AgentDayAdherence[] = [];
    for (let day = 1; ; day++) {
      const date = `${month}-${String(day).padStart(2, '0')}`;
      if (date > last || date > today) break;
      if (!published.has(mondayOf(date))) continue;
      for (const row of await adherence.day(date, null)) {
        out.push({
          agentId: row.agentId,
          teamId: row.teamId,
          date: row.date,
          scheduledSeconds: row.scheduledSeconds,
          adherentSeconds: row.adherentSeconds,
          loggedInSeconds: row.loggedInSeconds,
        });
      }
    }
    return out;
  }
}
