import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INTERVAL_MS } from '@servicefloor/forecast';
import { DataSource } from 'typeorm';
import { numberedPlaceholders } from '../database/sql-program.js';
import type { PatienceEvidence } from './patience.js';

/** A queue's interval history as dense arrays from `start` (every interval present, 0 where no row). */
export interface QueueHistory {
  start: number;
  offered: number[];
  handled: number[];
  /** Σ talk + hold + after-contact work, seconds. */
  handleSeconds: number[];
}

/** Cheap summary of a queue's history in a range: where data starts, and a checksum of what a forecast reads. */
export interface HistorySummary {
  /** Start of the first interval with a contact offered (null: none). */
  firstOffered: number | null;
  /** Changes whenever offered, handled or handle time change anywhere in the range. */
  fingerprint: string;
}

/** The states an agent takes contacts in: "on the phones". */
export const AVAILABLE_STATES = new Set(['AVAILABLE', 'ON_CONTACT', 'AFTER_CONTACT_WORK']);
/** A latest state older than this counts as logged out: a missed logout must not staff the floor. */
export const STALE_STATE_MS = 12 * 3_600_000;

/** An agent able to serve some queues, with its state at the instant asked about. */
export interface AgentNow {
  agentId: string;
  queueIds: number[];
  state: string;
  at: number;
}

/**
 * The database reads of the planning features (roll-ups, agent states, skills). Reads only; every
 * query takes its range as half-open [from, to) epoch ms on the interval grid.
 */
@Injectable()
export class PlanningData {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async summary(queueId: number, from: number, to: number): Promise<HistorySummary> {
    const [row] = (await this.query(
      `SELECT MIN(CASE WHEN "offered" > 0 THEN "intervalStart" END) AS "firstOffered", COUNT(*) AS "rows",
        SUM("offered") AS "offered", SUM("handled") AS "handled", SUM("sumTalk" + "sumHold" + "sumAcw") AS "handleMs",
        SUM("offered" * (("intervalStart" / ${INTERVAL_MS}) % 9973)) AS "offeredCheck",
        SUM("handled" * (("intervalStart" / ${INTERVAL_MS}) % 9973)) AS "handledCheck"
       FROM queue_interval_stats WHERE "queueId" = ? AND "intervalStart" >= ? AND "intervalStart" < ?`,
      [queueId, from, to],
    )) as Record<string, unknown>[];
    const first = row?.firstOffered;
    return {
      firstOffered: first === null || first === undefined ? null : Number(first),
      fingerprint: ['rows', 'offered', 'handled', 'handleMs', 'offeredCheck', 'handledCheck']
        .map((k) => String(Number(row?.[k] ?? 0)))
        .join(':'),
    };
  }

  async history(queueId: number, from: number, to: number): Promise<QueueHistory> {
    const n = Math.max(0, Math.round((to - from) / INTERVAL_MS));
    const offered = new Array<number>(n).fill(0);
    const handled = new Array<number>(n).fill(0);
    const handleSeconds = new Array<number>(n).fill(0);
    const rows = (await this.query(
      `SELECT "intervalStart", "offered", "handled", "sumTalk" + "sumHold" + "sumAcw" AS "handleMs"
       FROM queue_interval_stats WHERE "queueId" = ? AND "intervalStart" >= ? AND "intervalStart" < ?`,
      [queueId, from, to],
    )) as Record<string, unknown>[];
    for (const row of rows) {
      const i = Math.round((Number(row.intervalStart) - from) / INTERVAL_MS);
      offered[i] = Number(row.offered);
      handled[i] = Number(row.handled);
      handleSeconds[i] = Number(row.handleMs) / 1000;
    }
    return { start: from, offered, handled, handleSeconds };
  }

  /** Contacts offered per interval from `from` to `to` (dense, 0 where no row). */
  async offered(queueId: number, from: number, to: number): Promise<number[]> {
    const n = Math.max(0, Math.round((to - from) / INTERVAL_MS));
    const values = new Array<number>(n).fill(0);
    if (n === 0) return values;
    const rows = (await this.query(
      `SELECT "intervalStart", "offered" FROM queue_interval_stats WHERE "queueId" = ? AND "intervalStart" >= ? AND "intervalStart" < ?`,
      [queueId, from, to],
    )) as Record<string, unknown>[];
    for (const row of rows)
      values[Math.round((Number(row.intervalStart) - from) / INTERVAL_MS)] = Number(row.offered);
    return values;
  }

  /** Abandons and waits per queue over [from, to): the evidence for estimatePatience. */
  async patienceEvidence(
    queueIds: number[],
    from: number,
    to: number,
  ): Promise<Map<number, PatienceEvidence>> {
    const out = new Map<number, PatienceEvidence>();
    if (queueIds.length === 0) return out;
    const rows = (await this.query(
      `SELECT "queueId", SUM("abandoned") AS "abandoned", SUM("sumAbandonWait") AS "abandonWait", SUM("sumAnswerWait") AS "answerWait"
       FROM queue_interval_stats WHERE "queueId" IN (${queueIds.map(() => '?').join(', ')}) AND "intervalStart" >= ? AND "intervalStart" < ?
       GROUP BY "queueId"`,
      [...queueIds, from, to],
    )) as Record<string, unknown>[];
    for (const row of rows) {
      out.set(Number(row.queueId), {
        abandoned: Number(row.abandoned ?? 0),
        sumAbandonWaitMs: Number(row.abandonWait ?? 0),
        sumAnswerWaitMs: Number(row.answerWait ?? 0),
      });
    }
    return out;
  }

  /**
   * Agents with a skill for any of `queueIds` and their state: the latest one (agent_last_states)
   * when `asOf` is null, else the last state at or before `asOf` from the timeline (agent_states).
   * Agents with no state at all are left out.
   */
  async agentsNow(queueIds: number[], asOf: number | null): Promise<AgentNow[]> {
    if (queueIds.length === 0) return [];
    const skillRows = (await this.query(
      `SELECT a."agentId", s."queueId" FROM agent_skills s JOIN agents a ON a."id" = s."agentRef"
       WHERE s."queueId" IN (${queueIds.map(() => '?').join(', ')})`,
      queueIds,
    )) as { agentId: string; queueId: unknown }[];
    const skills = new Map<string, number[]>();
    for (const row of skillRows) {
      const list = skills.get(row.agentId) ?? [];
      list.push(Number(row.queueId));
      skills.set(row.agentId, list);
    }
    if (skills.size === 0) return [];
    const ids = [...skills.keys()];
    const placeholders = ids.map(() => '?').join(', ');
    const stateRows = (
      asOf === null
        ? await this.query(
            `SELECT "agentId", "state", "at" FROM agent_last_states WHERE "agentId" IN (${placeholders})`,
            ids,
          )
        : await this.query(
            `SELECT s."agentId", s."state", s."at" FROM agent_states s
             JOIN (SELECT "agentId", MAX("at") AS "at" FROM agent_states WHERE "agentId" IN (${placeholders}) AND "at" <= ? GROUP BY "agentId") m
               ON m."agentId" = s."agentId" AND m."at" = s."at"
             ORDER BY s."agentId", s."eventId"`,
            [...ids, asOf],
          )
    ) as { agentId: string; state: string; at: unknown }[];
    const latest = new Map<string, AgentNow>();
    for (const row of stateRows) {
      latest.set(row.agentId, {
        agentId: row.agentId,
        queueIds: skills.get(row.agentId) ?? [],
        state: row.state,
        at: Number(row.at),
      });
    }
    return [...latest.values()];
  }

  private query(text: string, params: unknown[]): Promise<unknown[]> {
    return this.db.query(this.db.options.type === 'postgres' ? numberedPlaceholders(text) : text, params);
  }
}
