import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INTERVAL_MS } from '@servicefloor/forecast';
import { DataSource } from 'typeorm';
import { numberedPlaceholders } from '../database/sql-program.js';
import type { QueueInfo } from '../ingest/queue-info.js';
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
  /** An instant on the first local day with an arrival (null: none). */
  firstOffered: number | null;
  /** Changes whenever offered, handled or handle time change anywhere in the range. */
  fingerprint: string;
}

function isClaimDesk(queue: QueueInfo): boolean {
  return queue.channel === 'CLAIM_DESK';
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

  /**
   * Where a queue's arrivals start in [from, to) and a checksum of everything a forecast reads.
   * Arrivals are contacts offered (queue_interval_stats), or for a claim desk the claims opened
   * (claims.openedAt: deferred work items, metrics.md "Claim desk").
   */
  async summary(queue: QueueInfo, from: number, to: number): Promise<HistorySummary> {
    // Day roll-ups (one row per local day) change whenever an interval of the day does: a cheap
    // checksum that spares reading every interval row when the forecast is cached.
    const [row] = (await this.query(
      `SELECT MIN(CASE WHEN "offered" > 0 THEN "dayStart" END) AS "firstOffered", COUNT(*) AS "rows",
        SUM("offered") AS "offered", SUM("handled") AS "handled", SUM("sumTalk" + "sumHold" + "sumAcw") AS "handleMs",
        SUM("offered" * (("dayStart" / ${INTERVAL_MS}) % 9973)) AS "offeredCheck",
        SUM("handled" * (("dayStart" / ${INTERVAL_MS}) % 9973)) AS "handledCheck"
       FROM queue_day_stats WHERE "queueId" = ? AND "dayStart" >= ? AND "dayStart" < ?`,
      [queue.id, from, to],
    )) as Record<string, unknown>[];
    const parts = ['rows', 'offered', 'handled', 'handleMs', 'offeredCheck', 'handledCheck'].map((k) =>
      String(Number(row?.[k] ?? 0)),
    );
    let first = row?.firstOffered;
    if (isClaimDesk(queue)) {
      const [claims] = (await this.query(
        `SELECT MIN("openedAt") AS "first", COUNT(*) AS "claims", SUM(("openedAt" / ${INTERVAL_MS}) % 9973) AS "check"
         FROM claims WHERE "queueId" = ? AND "openedAt" >= ? AND "openedAt" < ?`,
        [queue.id, from, to],
      )) as Record<string, unknown>[];
      first = claims?.first;
      parts.push(String(Number(claims?.claims ?? 0)), String(Number(claims?.check ?? 0)));
    }
    return {
      firstOffered:
        first === null || first === undefined ? null : Math.floor(Number(first) / INTERVAL_MS) * INTERVAL_MS,
      fingerprint: parts.join(':'),
    };
  }

  /** A queue's history from `from` to `to`: arrivals (see summary), handled and handle seconds per interval. */
  async history(queue: QueueInfo, from: number, to: number): Promise<QueueHistory> {
    const n = Math.max(0, Math.round((to - from) / INTERVAL_MS));
    const offered = new Array<number>(n).fill(0);
    const handled = new Array<number>(n).fill(0);
    const handleSeconds = new Array<number>(n).fill(0);
    const rows = (await this.query(
      `SELECT "intervalStart", "offered", "handled", "sumTalk" + "sumHold" + "sumAcw" AS "handleMs"
       FROM queue_interval_stats WHERE "queueId" = ? AND "intervalStart" >= ? AND "intervalStart" < ?`,
      [queue.id, from, to],
    )) as Record<string, unknown>[];
    for (const row of rows) {
      const i = Math.round((Number(row.intervalStart) - from) / INTERVAL_MS);
      offered[i] = Number(row.offered);
      handled[i] = Number(row.handled);
      handleSeconds[i] = Number(row.handleMs) / 1000;
    }
    return {
      start: from,
      offered: isClaimDesk(queue) ? await this.claimsOpened(queue.id, from, to) : offered,
      handled,
      handleSeconds,
    };
  }

  /** Arrivals per interval from `from` to `to` (dense, 0 where none): contacts offered, or claims opened. */
  async arrivals(queue: QueueInfo, from: number, to: number): Promise<number[]> {
    if (isClaimDesk(queue)) return this.claimsOpened(queue.id, from, to);
    const n = Math.max(0, Math.round((to - from) / INTERVAL_MS));
    const values = new Array<number>(n).fill(0);
    if (n === 0) return values;
    const rows = (await this.query(
      `SELECT "intervalStart", "offered" FROM queue_interval_stats WHERE "queueId" = ? AND "intervalStart" >= ? AND "intervalStart" < ?`,
      [queue.id, from, to],
    )) as Record<string, unknown>[];
    for (const row of rows)
      values[Math.round((Number(row.intervalStart) - from) / INTERVAL_MS)] = Number(row.offered);
    return values;
  }

  /** Claims of a claim desk opened and not closed since (the backlog now). */
  async openClaims(queueId: number): Promise<number> {
    const [row] = (await this.query(
      `SELECT COUNT(*) AS "open" FROM claims WHERE "queueId" = ? AND "openedAt" IS NOT NULL AND "closedAt" IS NULL`,
      [queueId],
    )) as Record<string, unknown>[];
    return Number(row?.open ?? 0);
  }

  private async claimsOpened(queueId: number, from: number, to: number): Promise<number[]> {
    const n = Math.max(0, Math.round((to - from) / INTERVAL_MS));
    const values = new Array<number>(n).fill(0);
    if (n === 0) return values;
    const rows = (await this.query(
      `SELECT ("openedAt" / ${INTERVAL_MS}) AS "k", COUNT(*) AS "claims" FROM claims
       WHERE "queueId" = ? AND "openedAt" >= ? AND "openedAt" < ? GROUP BY ("openedAt" / ${INTERVAL_MS})`,
      [queueId, from, to],
    )) as Record<string, unknown>[];
    for (const row of rows) values[Number(row.k) - from / INTERVAL_MS] = Number(row.claims);
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
