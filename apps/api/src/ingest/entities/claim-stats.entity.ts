import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigint } from '../../database/columns.js';

/** Claim counters that roll up by adding, per claim-desk queue and site-local day. */
export const CLAIM_COUNTER_KEYS = [
  /** Claims first opened that day. */
  'opened',
  /** REOPENED events. */
  'reopened',
  /** SETTLED and REJECTED events: with opened + reopened they give the backlog. */
  'settleEvents',
  'rejectEvents',
  /** Claims whose latest settlement fell that day, those settled within the queue's claim SLA, their cycle times (ms). */
  'settled',
  'settledWithinSla',
  'sumCycleMs',
  /** Claims whose latest rejection fell that day. */
  'rejected',
] as const;
export type ClaimCounterKey = (typeof CLAIM_COUNTER_KEYS)[number];

@Entity('claim_day_stats')
export class ClaimDayStatsEntity {
  @PrimaryColumn({ type: 'integer' }) queueId: number;
  @PrimaryColumn(bigint) dayStart: number;
}

for (const key of CLAIM_COUNTER_KEYS) Column({ ...bigint, default: 0 })(ClaimDayStatsEntity.prototype, key);
