import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { badInput } from '../common/validation.js';
import { IngestService } from '../ingest/ingest.service.js';
import { formatInZone } from '../metrics/format-in-zone.js';
import { StatsReader } from '../metrics/stats-reader.js';

export interface QualityEvaluationInput {
  agentId?: string | null;
  contactId?: string | null;
  occurredAt: string;
  evaluator: string;
  form?: string | null;
  /** Criteria of the form: name, weight and score 0–100; the score is their weighted mean. */
  criteria: { name: string; weight: number; score: number }[];
}

export interface TrainingSessionInput {
  agentId: string;
  occurredAt: string;
  hours: number;
  topic: string;
}

export interface QualityEvaluationRecord {
  eventId: string;
  at: string;
  agentId: string | null;
  contactId: string | null;
  score: number;
  evaluator: string;
  form: string | null;
  criteria: { name: string; score: number }[];
}

export interface TrainingSessionRecord {
  eventId: string;
  at: string;
  agentId: string;
  hours: number;
  topic: string;
}

/**
 * The records the assessment needs that no telephony system sends: quality evaluations (a form of
 * weighted criteria) and training sessions, entered in the admin pages and stored through the one
 * ingestion pipeline as `qualityEvaluation` and `training` events, exactly as if a QA or LMS tool
 * had sent them.
 */
@Injectable()
export class RecordsService {
  constructor(
    private readonly ingest: IngestService,
    private readonly stats: StatsReader,
  ) {}

  async recordQualityEvaluation(input: QualityEvaluationInput): Promise<QualityEvaluationRecord> {
    const weight = input.criteria.reduce((s, c) => s + c.weight, 0);
    if (!(weight > 0))
      throw badInput([{ field: 'input.criteria', reason: 'the weights must add up to more than 0' }]);
    const score =
      Math.round((input.criteria.reduce((s, c) => s + c.weight * c.score, 0) / weight) * 100) / 100;
    const eventId = `qa-${randomUUID()}`;
    await this.send({
      kind: 'qualityEvaluation',
      eventId,
      occurredAt: input.occurredAt,
      ...(input.contactId ? { contactId: input.contactId } : {}),
      ...(input.agentId ? { agentId: input.agentId } : {}),
      score,
      evaluator: input.evaluator,
      ...(input.form ? { form: input.form } : {}),
      criteria: Object.fromEntries(input.criteria.map((c) => [c.name, c.score])),
    });
    return (await this.qualityEvaluations(1, eventId))[0];
  }

  async recordTrainingSession(input: TrainingSessionInput): Promise<TrainingSessionRecord> {
    const eventId = `training-${randomUUID()}`;
    await this.send({ kind: 'training', eventId, ...input });
    return (await this.trainingSessions(1, eventId))[0];
  }

  async qualityEvaluations(limit: number, eventId?: string): Promise<QualityEvaluationRecord[]> {
    const zone = await this.zone();
    const rows = await this.stats.query(
      `SELECT "eventId", "at", "agentId", "attributedAgentId", "contactId", "score", "evaluator", "form", "criteria" FROM quality_evaluations${eventId ? ' WHERE "eventId" = ?' : ''} ORDER BY "at" DESC, "eventId" LIMIT ${Math.floor(limit)}`,
      eventId ? [eventId] : [],
    );
    return rows.map((r) => ({
      eventId: String(r.eventId),
      at: formatInZone(Number(r.at), zone, 'iso'),
      agentId:
        r.attributedAgentId == null
          ? r.agentId == null
            ? null
            : String(r.agentId)
          : String(r.attributedAgentId),
      contactId: r.contactId == null ? null : String(r.contactId),
      score: Number(r.score),
      evaluator: String(r.evaluator),
      form: r.form == null ? null : String(r.form),
      criteria: Object.entries(
        r.criteria ? (JSON.parse(String(r.criteria)) as Record<string, number>) : {},
      ).map(([name, score]) => ({ name, score })),
    }));
  }

  /** Training sessions, read from the stored events (training counts only as hours in the roll-ups). */
  async trainingSessions(limit: number, eventId?: string): Promise<TrainingSessionRecord[]> {
    const zone = await this.zone();
    const rows = await this.stats.query(
      `SELECT "eventId", "occurredAt", "payload" FROM events WHERE "kind" = 'training'${eventId ? ' AND "eventId" = ?' : ''} ORDER BY "occurredAt" DESC, "eventId" LIMIT ${Math.floor(limit)}`,
      eventId ? [eventId] : [],
    );
    return rows.map((r) => {
      const p = JSON.parse(String(r.payload)) as { agentId: string; hours: number; topic: string };
      return {
        eventId: String(r.eventId),
        at: formatInZone(Number(r.occurredAt), zone, 'iso'),
        agentId: p.agentId,
        hours: p.hours,
        topic: p.topic,
      };
    });
  }

  /** Sends one event through ingestion; a rejection comes back as the event's field errors. */
  private async send(event: Record<string, unknown>): Promise<void> {
    const [result] = await this.ingest.ingest([event]);
    if (result.status === 'REJECTED')
      throw badInput(result.errors.map((e) => ({ field: `input.${e.field}`, reason: e.reason })));
  }

  private async zone(): Promise<string> {
    const [row] = await this.stats.query(`SELECT "timeZone" FROM sites ORDER BY "id" LIMIT 1`, []);
    return row?.timeZone ? String(row.timeZone) : 'UTC';
  }
}
