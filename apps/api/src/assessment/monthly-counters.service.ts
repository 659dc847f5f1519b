import { Injectable } from '@nestjs/common';
import {
  AGENT_COUNTER_KEYS,
  CONTACT_COUNTER_KEYS,
  rollUp,
  type AgentCounters,
  type ContactCounters,
} from '@servicefloor/metrics';
import { CLAIM_COUNTER_KEYS } from '../ingest/entities/claim-stats.entity.js';
import { IngestService } from '../ingest/ingest.service.js';
import type { QueueInfo } from '../ingest/queue-info.js';
import { StatsReader } from '../metrics/stats-reader.js';
import { monthAt, monthRange, type Month } from './months.js';

/** Counters of one id (queue or agent) per month. */
export type MonthlyCounters<C> = Map<string, Map<Month, C>>;

export interface AgentInfo {
  agentId: string;
  name: string;
  teamId: number | null;
  teamName: string | null;
  timeZone: string;
}

/**
 * Roll-up counters per month for queues, agents and claim desks — read with the trends page's
 * StatsReader from the same day roll-ups, and rolled up with libs/metrics, so every assessment
 * figure is the trends page's figure for the same month.
 */
@Injectable()
export class MonthlyCountersService {
  constructor(
    private readonly ingest: IngestService,
    private readonly stats: StatsReader,
  ) {}

  async queues(): Promise<QueueInfo[]> {
    return [...(await this.ingest.queues()).byId.values()].sort((a, b) => a.id - b.id);
  }

  /** The site zone of the center's calendar (the first site's; UTC without sites). */
  async siteZone(): Promise<string> {
    const [row] = await this.stats.query(`SELECT "timeZone" FROM sites ORDER BY "id" LIMIT 1`, []);
    return row?.timeZone ? String(row.timeZone) : 'UTC';
  }

  async agents(): Promise<AgentInfo[]> {
    const zone = await this.siteZone();
    const rows = await this.stats.query(
      `SELECT a."agentId", a."name" AS "agentName", t."id" AS "teamId", t."name" AS "teamName", s."timeZone" FROM agents a LEFT JOIN teams t ON t."id" = a."teamId" LEFT JOIN sites s ON s."id" = t."siteId" ORDER BY t."id", a."agentId"`,
      [],
    );
    return rows.map((r) => ({
      agentId: String(r.agentId),
      name: String(r.agentName),
      teamId: r.teamId == null ? null : Number(r.teamId),
      teamName: r.teamName == null ? null : String(r.teamName),
      timeZone: r.timeZone == null ? zone : String(r.timeZone),
    }));
  }

  async contacts(queues: QueueInfo[], from: Month, to: Month): Promise<MonthlyCounters<ContactCounters>> {
    return this.read(
      'queue_day_stats',
      'queueId',
      queues.map((q) => ({ id: q.id, zone: q.timeZone })),
      ['maxWait', ...CONTACT_COUNTER_KEYS],
      from,
      to,
    ) as Promise<MonthlyCounters<ContactCounters>>;
  }

  async agentCounters(agents: AgentInfo[], from: Month, to: Month): Promise<MonthlyCounters<AgentCounters>> {
    return this.read(
      'agent_day_stats',
      'agentId',
      agents.map((a) => ({ id: a.agentId, zone: a.timeZone })),
      [...AGENT_COUNTER_KEYS],
      from,
      to,
    ) as Promise<MonthlyCounters<AgentCounters>>;
  }

  async claims(
    queues: QueueInfo[],
    from: Month,
    to: Month,
  ): Promise<MonthlyCounters<Record<string, number>>> {
    return this.read(
      'claim_day_stats',
      'queueId',
      queues.map((q) => ({ id: q.id, zone: q.timeZone })),
      CLAIM_COUNTER_KEYS,
      from,
      to,
    );
  }

  /** Day rows of each id, rolled up to months of the id's own zone (one query per zone). */
  private async read(
    table: string,
    idColumn: string,
    ids: { id: string | number; zone: string }[],
    keys: readonly string[],
    from: Month,
    to: Month,
  ): Promise<MonthlyCounters<Record<string, number>>> {
    const out: MonthlyCounters<Record<string, number>> = new Map();
    const zones = new Map<string, (string | number)[]>();
    for (const { id, zone } of ids) zones.set(zone, [...(zones.get(zone) ?? []), id]);
    for (const [zone, group] of zones) {
      const range = monthRange(from, to, zone);
      const rows = await this.stats.read(
        table,
        idColumn,
        'dayStart',
        group,
        range.startMs,
        range.endMs,
        keys,
      );
      for (const [id, list] of rows) {
        const months = new Map<Month, Record<string, number>>();
        const rolled = rollUp(
          list.map((r) => ({ intervalStart: r.start, counters: r.counters })),
          'MONTH',
          zone,
        );
        for (const p of rolled) months.set(monthAt(p.periodStart, zone), p.counters);
        out.set(id, months);
      }
    }
    return out;
  }
}
