import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigint, double } from '../../database/columns.js';

/** One claim of the claim desk, folded from its events (all of them kept, so any order folds the same). */
@Entity('claims')
@Index(['queueId', 'settledAt'])
@Index(['queueId', 'openedAt'])
export class ClaimEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) claimId: string;
  @Column({ type: 'integer' }) queueId: number;
  /** The claim's events as JSON [[at, type, eventId, agentId|null], …], sorted by time then eventId. */
  @Column({ type: 'text' }) events: string;
  /** First OPENED (null while only later events are known: the claim is held). */
  @Column({ ...bigint, nullable: true }) openedAt: number | null;
  /** Latest SETTLED, latest REJECTED, latest REOPENED. */
  @Column({ ...bigint, nullable: true }) settledAt: number | null;
  @Column({ ...bigint, nullable: true }) rejectedAt: number | null;
  @Column({ ...bigint, nullable: true }) reopenedAt: number | null;
  @Column({ type: 'integer', default: 0 }) reopenedCount: number;
  /** When it was last closed (settled or rejected) and not reopened since; null while open. */
  @Column({ ...bigint, nullable: true }) closedAt: number | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) agentId: string | null;
  @Column({ ...double, nullable: true }) amount: number | null;
}
