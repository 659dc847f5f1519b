import { Injectable } from '@nestjs/common';
import type { CriterionDefinition } from '@servicefloor/assessment';
import { csat, nps, ratio } from '@servicefloor/metrics';
import { badInput } from '../common/validation.js';
import { StatsReader } from '../metrics/stats-reader.js';
import { formatInZone } from '../metrics/format-in-zone.js';
import { AdherenceReader, type AgentDayAdherence } from './adherence.reader.js';
import { AssessmentSetsService } from './assessment-sets.service.js';
import { AGENT_METRICS, CLAIM_METRICS, figure, queuesOf, type Measurements } from './measurements.js';
import { isMonth, monthRange, type Month } from './months.js';
import { MonthlyCountersService } from './monthly-counters.service.js';
import { ScorecardService } from './scorecard.service.js';

/** Contacts, evaluations, sessions or claims shown behind a figure. */
export const SAMPLE_SIZE = 25;

export interface DrillRow {
  id: string;
  name: string;
  value: number | null;
  /** What the figure is out of: contacts offered, surveys, evaluations, claims settled, agents. */
  volume: number;
}

export interface SampleRow {
  id: string;
  at: string;
  queue: string | null;
  agentId: string | null;
  waitSeconds: number | null;
  outcome: string | null;
  csat: number | null;
  nps: number | null;
  resolved: boolean | null;
  score: number | null;
  evaluator: string | null;
  hours: number | null;
  topic: string | null;
  cycleHours: number | null;
}

export interface DrillDown {
  criterion: CriterionDefinition;
  month: Month;
  value: number | null;
  queues: DrillRow[];
  teams: DrillRow[];
  agents: DrillRow[];
  /** Whether the figure can be attributed to teams and agents (service level cannot). */
  byAgent: boolean;
  sampleKind: 'CONTACTS' | 'EVALUATIONS' | 'TRAINING' | 'CLAIMS' | 'NONE';
  sample: SampleRow[];
  /** Schedule adherence: the agent whose days are listed, and those days. */
  agentId: string | null;
  agentDays: AdherenceDay[];
}

/** One agent's day against the published schedule, in minutes. */
export interface AdherenceDay {
  date: string;
  scheduledMinutes: number;
  adherentMinutes: number;
  adherence: number | null;
  loggedInMinutes: number;
  conformance: number | null;
}

/** Narrowing of a drill-down: a queue, a team's agents, an agent's days (schedule adherence). */
export interface DrillScope {
  queueName?: string | null;
  teamId?: number | null;
  agentId?: string | null;
}

const EMPTY_SAMPLE: Omit<SampleRow, 'id' | 'at'> = {
  queue: null,
  agentId: null,
  waitSeconds: null,
  outcome: null,
  csat: null,
  nps: null,
  resolved: null,
  score: null,
  evaluator: null,
  hours: null,
  topic: null,
  cycleHours: null,
};

/**
 * From a criterion's month to its queues, its teams and agents, and a sample of the records behind
 * the figure — each level computed with the same functions as the scorecard.
 */
@Injectable()
export class DrillDownService {
  constructor(
    private readonly scorecards: ScorecardService,
    private readonly sets: AssessmentSetsService,
    private readonly stats: StatsReader,
    private readonly counters: MonthlyCountersService,
    private readonly adherence: AdherenceReader,
  ) {}

  async drillDown(
    setId: number,
    key: string,
    month: string,
    { queueName = null, teamId = null, agentId = null }: DrillScope = {},
  ): Promise<DrillDown> {
    const set = await this.sets.get(setId);
    const criterion = set.criteria.find((c) => c.key === key);
    if (!criterion)
      throw badInput([{ field: 'criterion', reason: `no criterion ${JSON.stringify(key)} in the set` }]);
    if (!isMonth(month)) throw badInput([{ field: 'month', reason: 'must be a month, YYYY-MM' }]);
    const m = await this.scorecards.measure([criterion], month, month);
    if (m.agents.length === 0) m.agents = await this.counters.agents();
    const queue = queueName ? m.queues.find((q) => q.name === queueName) : undefined;
    if (queueName && !queue)
      throw badInput([{ field: 'queue', reason: `unknown queue ${JSON.stringify(queueName)}` }]);
    const agentMetric = AGENT_METRICS.has(criterion.metric);
    const queues = agentMetric
      ? []
      : queuesOf(m, criterion).map((q) => ({
          id: String(q.id),
          name: q.name,
          value: figure(m, criterion, [month], { queueIds: [q.id] }),
          volume: queueVolume(m, criterion, q.id, month),
        }));
    const scope = queue ? [queue.id] : queuesOf(m, criterion).map((q) => q.id);
    const zone = queue?.timeZone ?? (await this.scorecards.period(set, month, month)).timeZone;
    const range = monthRange(month, month, zone);
    const byAgent = agentMetric || criterion.metric === 'CSAT' || criterion.metric === 'NPS';
    if (criterion.metric === 'SCHEDULE_ADHERENCE')
      return {
        criterion,
        month,
        value: figure(m, criterion, [month]),
        queues,
        byAgent: true,
        sampleKind: 'NONE',
        sample: [],
        ...(await this.adherencePeople(m, month, zone, teamId, agentId)),
      };
    const { teams, agents } = byAgent
      ? await this.people(m, criterion, month, scope, range, teamId)
      : { teams: [], agents: [] };
    const { sampleKind, sample } = await this.sample(criterion, scope, range, teamId, m, zone);
    return {
      criterion,
      month,
      value: figure(m, criterion, [month], queue ? { queueIds: [queue.id] } : {}),
      queues,
      teams,
      agents,
      byAgent,
      sampleKind,
      sample,
      agentId: null,
      agentDays: [],
    };
  }

  /**
   * Schedule adherence by team, by the agents of a team, and one agent's days: adherent / scheduled
   * time of the scheduling module's per-agent days (the scorecard's own figure, summed by group).
   * Volume is the scheduled hours behind each figure.
   */
  private async adherencePeople(
    m: Measurements,
    month: Month,
    zone: string,
    teamId: number | null,
    agentId: string | null,
  ): Promise<Pick<DrillDown, 'teams' | 'agents' | 'agentId' | 'agentDays'>> {
    const rows = await this.adherence.agentDays(month, zone);
    const info = new Map(m.agents.map((a) => [a.agentId, a]));
    if (agentId !== null && !info.has(agentId))
      throw badInput([{ field: 'agentId', reason: `unknown agent ${JSON.stringify(agentId)}` }]);
    const group = (list: AgentDayAdherence[]) => ({
      value: ratio(
        list.reduce((s, r) => s + r.adherentSeconds, 0),
        list.reduce((s, r) => s + r.scheduledSeconds, 0),
      ),
      volume: list.reduce((s, r) => s + r.scheduledSeconds, 0) / 3600,
    });
    const byTeam = new Map<number, AgentDayAdherence[]>();
    const byAgent = new Map<string, AgentDayAdherence[]>();
    for (const r of rows) {
      if (r.teamId !== null) byTeam.set(r.teamId, [...(byTeam.get(r.teamId) ?? []), r]);
      byAgent.set(r.agentId, [...(byAgent.get(r.agentId) ?? []), r]);
    }
    const teamName = (id: number) => m.agents.find((a) => a.teamId === id)?.teamName ?? String(id);
    const teams: DrillRow[] = [...byTeam].map(([id, list]) => ({
      id: String(id),
      name: teamName(id),
      ...group(list),
    }));
    const chosen = teamId ?? (byTeam.size === 1 ? [...byTeam.keys()][0] : null);
    const agents: DrillRow[] = [...byAgent]
      .filter(([id]) => chosen !== null && (info.get(id)?.teamId ?? null) === chosen)
      .map(([id, list]) => ({ id, name: info.get(id)?.name ?? id, ...group(list) }))
      .sort((a, b) => a.name.localeCompare(b.name));
    const agentDays = (agentId === null ? [] : (byAgent.get(agentId) ?? []))
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((r) => ({
        date: r.date,
        scheduledMinutes: r.scheduledSeconds / 60,
        adherentMinutes: r.adherentSeconds / 60,
        adherence: ratio(r.adherentSeconds, r.scheduledSeconds),
        loggedInMinutes: r.loggedInSeconds / 60,
        conformance: ratio(r.loggedInSeconds, r.scheduledSeconds),
      }));
    return { teams, agents, agentId, agentDays };
  }

  /** Teams, and the agents of one team (or of all when the center has one team). */
  private async people(
    m: Measurements,
    criterion: CriterionDefinition,
    month: Month,
    queueIds: number[],
    range: { startMs: number; endMs: number },
    teamId: number | null,
  ) {
    const agents = m.agents;
    const teamsById = new Map<number, { name: string; ids: string[] }>();
    for (const a of agents)
      if (a.teamId !== null) {
        const team = teamsById.get(a.teamId) ?? { name: a.teamName ?? String(a.teamId), ids: [] };
        team.ids.push(a.agentId);
        teamsById.set(a.teamId, team);
      }
    // Survey scores of the month, read once and grouped by agent (not one query per agent).
    const scores = AGENT_METRICS.has(criterion.metric)
      ? new Map<string, number[]>()
      : await this.surveyScores(criterion.metric === 'CSAT' ? 'csat' : 'nps', queueIds, range);
    const valueOf = async (ids: string[]) => {
      if (AGENT_METRICS.has(criterion.metric))
        return { value: figure(m, criterion, [month], { agentIds: ids }), volume: ids.length };
      const list = ids.flatMap((id) => scores.get(id) ?? []);
      return { value: criterion.metric === 'CSAT' ? csat(list) : nps(list), volume: list.length };
    };
    const teams: DrillRow[] = [];
    for (const [id, team] of teamsById)
      teams.push({ id: String(id), name: team.name, ...(await valueOf(team.ids)) });
    const chosen = teamId ?? (teamsById.size === 1 ? [...teamsById.keys()][0] : null);
    const rows: DrillRow[] = [];
    for (const a of agents.filter((x) => chosen !== null && x.teamId === chosen))
      rows.push({ id: a.agentId, name: a.name, ...(await valueOf([a.agentId])) });
    return { teams, agents: rows };
  }

  /** Survey scores of contacts offered in the range on the queues, by the agent who handled them. */
  private async surveyScores(
    column: 'csat' | 'nps',
    queueIds: number[],
    range: { startMs: number; endMs: number },
  ): Promise<Map<string, number[]>> {
    const out = new Map<string, number[]>();
    if (queueIds.length === 0) return out;
    const rows = await this.stats.query(
      `SELECT COALESCE("completedAgentId", "answeredAgentId") AS "agentId", "${column}" AS score FROM contacts WHERE "${column}" IS NOT NULL AND "offeredAt" >= ? AND "offeredAt" < ? AND "queueId" IN (${queueIds.map(() => '?').join(', ')})`,
      [range.startMs, range.endMs, ...queueIds],
    );
    for (const r of rows) {
      if (r.agentId == null) continue;
      const id = String(r.agentId);
      const list = out.get(id) ?? [];
      list.push(Number(r.score));
      out.set(id, list);
    }
    return out;
  }

  private async sample(
    criterion: CriterionDefinition,
    queueIds: number[],
    range: { startMs: number; endMs: number },
    teamId: number | null,
    m: Measurements,
    zone: string,
  ): Promise<{ sampleKind: DrillDown['sampleKind']; sample: SampleRow[] }> {
    const iso = (ms: unknown) => formatInZone(Number(ms), zone, 'iso');
    const names = new Map(m.queues.map((q) => [q.id, q.name]));
    const teamAgents =
      teamId === null ? null : m.agents.filter((a) => a.teamId === teamId).map((a) => a.agentId);
    const agentFilter = (column: string) =>
      teamAgents && teamAgents.length > 0
        ? ` AND ${column} IN (${teamAgents.map(() => '?').join(', ')})`
        : '';
    if (criterion.metric === 'QA_SCORE') {
      const rows = await this.stats.query(
        `SELECT "eventId", "at", "contactId", "attributedAgentId", "score", "evaluator" FROM quality_evaluations WHERE "at" >= ? AND "at" < ?${agentFilter('"attributedAgentId"')} ORDER BY "at" DESC LIMIT ${SAMPLE_SIZE}`,
        [range.startMs, range.endMs, ...(teamAgents ?? [])],
      );
      return {
        sampleKind: 'EVALUATIONS',
        sample: rows.map((r) => ({
          ...EMPTY_SAMPLE,
          id: String(r.contactId ?? r.eventId),
          at: iso(r.at),
          agentId: r.attributedAgentId == null ? null : String(r.attributedAgentId),
          score: Number(r.score),
          evaluator: String(r.evaluator),
        })),
      };
    }
    if (criterion.metric === 'TRAINING_HOURS_PER_AGENT') {
      const rows = await this.stats.query(
        `SELECT "eventId", "occurredAt", "payload" FROM events WHERE "kind" = 'training' AND "occurredAt" >= ? AND "occurredAt" < ? ORDER BY "occurredAt" DESC LIMIT ${SAMPLE_SIZE}`,
        [range.startMs, range.endMs],
      );
      return {
        sampleKind: 'TRAINING',
        sample: rows.map((r) => {
          const p = JSON.parse(String(r.payload)) as { agentId: string; hours: number; topic: string };
          return {
            ...EMPTY_SAMPLE,
            id: String(r.eventId),
            at: iso(r.occurredAt),
            agentId: p.agentId,
            hours: p.hours,
            topic: p.topic,
          };
        }),
      };
    }
    if (CLAIM_METRICS.has(criterion.metric)) {
      if (queueIds.length === 0) return { sampleKind: 'CLAIMS', sample: [] };
      const rows = await this.stats.query(
        `SELECT "claimId", "queueId", "agentId", "openedAt", "settledAt" FROM claims WHERE "settledAt" >= ? AND "settledAt" < ? AND "closedAt" = "settledAt" AND "queueId" IN (${queueIds.map(() => '?').join(', ')}) ORDER BY "settledAt" DESC LIMIT ${SAMPLE_SIZE}`,
        [range.startMs, range.endMs, ...queueIds],
      );
      return {
        sampleKind: 'CLAIMS',
        sample: rows.map((r) => ({
          ...EMPTY_SAMPLE,
          id: String(r.claimId),
          at: iso(r.settledAt),
          queue: names.get(Number(r.queueId)) ?? null,
          agentId: r.agentId == null ? null : String(r.agentId),
          cycleHours: r.openedAt == null ? null : (Number(r.settledAt) - Number(r.openedAt)) / 3_600_000,
        })),
      };
    }
    if (AGENT_METRICS.has(criterion.metric) || queueIds.length === 0)
      return { sampleKind: 'NONE', sample: [] };
    const surveyed = ['CSAT', 'NPS'].includes(criterion.metric)
      ? ` AND "${criterion.metric.toLowerCase()}" IS NOT NULL`
      : '';
    const rows = await this.stats.query(
      `SELECT "contactId", "queueId", "offeredAt", "answeredAt", "abandonedAt", "flowedOutAt", COALESCE("completedAgentId", "answeredAgentId") AS "agentId", "csat", "nps", "resolved" FROM contacts WHERE "offeredAt" >= ? AND "offeredAt" < ? AND "queueId" IN (${queueIds.map(() => '?').join(', ')})${surveyed}${agentFilter('COALESCE("completedAgentId", "answeredAgentId")')} ORDER BY "offeredAt" DESC LIMIT ${SAMPLE_SIZE}`,
      [range.startMs, range.endMs, ...queueIds, ...(teamAgents ?? [])],
    );
    return {
      sampleKind: 'CONTACTS',
      sample: rows.map((r) => {
        const end = r.answeredAt ?? r.abandonedAt ?? r.flowedOutAt;
        return {
          ...EMPTY_SAMPLE,
          id: String(r.contactId),
          at: iso(r.offeredAt),
          queue: names.get(Number(r.queueId)) ?? null,
          agentId: r.agentId == null ? null : String(r.agentId),
          waitSeconds: end == null ? null : (Number(end) - Number(r.offeredAt)) / 1000,
          outcome:
            r.answeredAt != null
              ? 'ANSWERED'
              : r.abandonedAt != null
                ? 'ABANDONED'
                : r.flowedOutAt != null
                  ? 'FLOWED_OUT'
                  : 'WAITING',
          csat: r.csat == null ? null : Number(r.csat),
          nps: r.nps == null ? null : Number(r.nps),
          resolved: r.resolved == null ? null : Number(r.resolved) === 1,
        };
      }),
    };
  }
}

function queueVolume(m: Measurements, criterion: CriterionDefinition, queueId: number, month: Month): number {
  if (CLAIM_METRICS.has(criterion.metric)) return m.claims.get(String(queueId))?.get(month)?.settled ?? 0;
  const c = m.contacts.get(String(queueId))?.get(month);
  if (!c) return 0;
  return ['CSAT', 'NPS'].includes(criterion.metric) ? c.surveys : c.offered;
}
