import type { ContactState } from '@servicefloor/metrics';
import type { ColumnType } from '../database/sql-program.js';

/** A contacts row as read back (PostgreSQL returns BIGINT as strings). */
export type ContactRow = Record<string, unknown>;

/** The columns of a contacts row with their types, in insert order. */
export const CONTACT_COLUMNS: readonly (readonly [string, ColumnType])[] = [
  ['contactId', 'text'],
  ['queueId', 'integer'],
  ['customerId', 'text'],
  ['offeredAt', 'bigint'],
  ['offeredEventId', 'text'],
  ['answeredAt', 'bigint'],
  ['abandonedAt', 'bigint'],
  ['flowedOutAt', 'bigint'],
  ['completedAt', 'bigint'],
  ['completedEventId', 'text'],
  ['answeredAgentId', 'text'],
  ['completedAgentId', 'text'],
  ['talkSeconds', 'double precision'],
  ['holdSeconds', 'double precision'],
  ['acwSeconds', 'double precision'],
  ['transfers', 'integer'],
  ['repeatWithin7Days', 'integer'],
  ['surveyAt', 'bigint'],
  ['surveyEventId', 'text'],
  ['csat', 'integer'],
  ['nps', 'integer'],
  ['resolved', 'integer'],
  ['appliedThresholdSeconds', 'integer'],
  ['appliedShortAbandonSeconds', 'integer'],
];

/** A stored contact: its folded state, its queue id and the settings its contribution used. */
export interface StoredContact {
  state: ContactState;
  queueId: number | null;
  applied: { slThresholdSeconds: number; shortAbandonSeconds: number } | null;
}

const num = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
const str = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

export function contactFromRow(row: ContactRow): StoredContact {
  const answeredAgentId = str(row.answeredAgentId);
  const completedAgentId = str(row.completedAgentId);
  const csat = num(row.csat);
  const threshold = num(row.appliedThresholdSeconds);
  const shortAbandon = num(row.appliedShortAbandonSeconds);
  return {
    queueId: num(row.queueId),
    applied:
      threshold === null || shortAbandon === null
        ? null
        : { slThresholdSeconds: threshold, shortAbandonSeconds: shortAbandon },
    state: {
      contactId: String(row.contactId),
      queue: '',
      customerId: str(row.customerId),
      offeredAt: num(row.offeredAt),
      offeredEventId: str(row.offeredEventId),
      answeredAt: num(row.answeredAt),
      abandonedAt: num(row.abandonedAt),
      flowedOutAt: num(row.flowedOutAt),
      completedAt: num(row.completedAt),
      completedEventId: str(row.completedEventId),
      answeredAgentId,
      completedAgentId,
      agentId: answeredAgentId ?? completedAgentId,
      talkSeconds: num(row.talkSeconds),
      holdSeconds: num(row.holdSeconds),
      acwSeconds: num(row.acwSeconds),
      transfers: Number(row.transfers ?? 0),
      repeatWithin7Days: num(row.repeatWithin7Days) === 1 ? true : null,
      surveyAt: num(row.surveyAt),
      surveyEventId: str(row.surveyEventId),
      survey:
        csat === null
          ? null
          : { csat, nps: num(row.nps), resolved: row.resolved == null ? null : num(row.resolved) === 1 },
    },
  };
}

export function contactToRow(contact: StoredContact): unknown[] {
  const s = contact.state;
  return [
    s.contactId,
    contact.queueId,
    s.customerId ?? null,
    s.offeredAt ?? null,
    s.offeredEventId,
    s.answeredAt ?? null,
    s.abandonedAt ?? null,
    s.flowedOutAt ?? null,
    s.completedAt ?? null,
    s.completedEventId,
    s.answeredAgentId,
    s.completedAgentId,
    s.talkSeconds ?? null,
    s.holdSeconds ?? null,
    s.acwSeconds ?? null,
    s.transfers,
    s.repeatWithin7Days ? 1 : null,
    s.surveyAt,
    s.surveyEventId,
    s.survey?.csat ?? null,
    s.survey?.nps ?? null,
    s.survey?.resolved == null ? null : s.survey.resolved ? 1 : 0,
    contact.applied?.slThresholdSeconds ?? null,
    contact.applied?.shortAbandonSeconds ?? null,
  ];
}
