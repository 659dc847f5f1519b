import { Injectable } from '@nestjs/common';
import type { AgentState } from '@servicefloor/contracts';
import { StatsReader } from '../metrics/stats-reader.js';
import type { TimedState } from './interval-adherence.js';

/** Agents asked for in one statement (bound parameters stay well under every driver's limit). */
const AGENTS_PER_QUERY = 500;
const DAY_MS = 86_400_000;

/**
 * Agents' state periods within a time range, from the agent-state timeline (agent_states): the state
 * held at the range's start, then each change, clipped to the range. A few queries per 500 agents
 * (the scheduling module reads one agent at a time for a day; a month of a center is read here).
 */
@Injectable()
export class AgentStatesReader {
  constructor(private readonly stats: StatsReader) {}

  async periods(agentIds: readonly string[], from: number, to: number): Promise<TimedState[]> {
    const out: TimedState[] = [];
    for (let i = 0; i < agentIds.length; i += AGENTS_PER_QUERY) {
      const ids = agentIds.slice(i, i + AGENTS_PER_QUERY);
      const list = ids.map(() => '?').join(', ');
      const inside = await this.stats.query(
        `SELECT "agentId", "at", "state" FROM agent_states WHERE "agentId" IN (${list}) AND "at" >= ? AND "at" < ? ORDER BY "agentId", "at", "eventId"`,
        [...ids, from, to],
      );
      const before = await this.heldAt(ids, from);
      const byAgent = new Map<string, { at: number; state: AgentState }[]>();
      for (const row of [...before, ...inside]) {
        const agentId = String(row.agentId);
        const list = byAgent.get(agentId) ?? [];
        list.push({ at: Number(row.at), state: String(row.state) as AgentState });
        byAgent.set(agentId, list);
      }
      for (const [agentId, rows] of byAgent) {
        rows.sort((a, b) => a.at - b.at);
        rows.forEach((row, k) => {
          const start = Math.max(from, row.at);
          const end = Math.min(to, rows[k + 1]?.at ?? to);
          if (end > start) out.push({ agentId, state: row.state, start, end });
        });
      }
    }
    return out;
  }

  /**
   * The state each agent held at `from`: its latest change before it. Looked for within a day
   * first (one grouped query over little of the index), then without a bound for the agents
   * that had none (a per-row correlated lookup scanned every state of the agents: seconds).
   */
  private async heldAt(ids: readonly string[], from: number): Promise<Record<string, unknown>[]> {
    const latest = (agents: readonly string[], since: number | null) =>
      this.stats.query(
        `SELECT s."agentId", s."at", s."state" FROM agent_states s JOIN (
           SELECT "agentId", MAX("at") AS "at" FROM agent_states
           WHERE "agentId" IN (${agents.map(() => '?').join(', ')})${since === null ? '' : ' AND "at" >= ?'} AND "at" < ?
           GROUP BY "agentId") m ON m."agentId" = s."agentId" AND m."at" = s."at"
         ORDER BY s."agentId", s."eventId"`,
        [...agents, ...(since === null ? [] : [since]), from],
      );
    const recent = await latest(ids, from - DAY_MS);
    const found = new Set(recent.map((r) => String(r.agentId)));
    const rest = ids.filter((id) => !found.has(id));
    return rest.length === 0 ? recent : [...recent, ...(await latest(rest, null))];
  }
}
