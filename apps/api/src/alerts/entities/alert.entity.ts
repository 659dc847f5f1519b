import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigint, double } from '../../database/columns.js';

/**
 * One alert from raise to clear: the live floor's history of breaches. While it is active,
 * `openKey` names its rule and subject (e.g. `QUEUE_DEPTH:3`); the unique index on it lets only one
 * API instance raise the same alert, and clearing sets it back to null.
 */
@Entity('alerts')
@Index(['raisedAt'])
@Index(['queueId', 'raisedAt'])
export class AlertEntity {
  @PrimaryGeneratedColumn() id: number;
  /** An AlertRule (alerts/alert-rules.ts). */
  @Column({ type: 'varchar', length: 32 }) rule: string;
  /** The queue of a queue rule; null for an agent rule. */
  @Column({ type: 'integer', nullable: true }) queueId: number | null;
  /** The agent of an agent rule (its event id, agents.agentId); null for a queue rule. */
  @Column({ type: 'varchar', length: 200, nullable: true }) agentId: string | null;
  /** The agent's state when an agent rule was raised. */
  @Column({ type: 'varchar', length: 24, nullable: true }) agentState: string | null;
  @Column(bigint) raisedAt: number;
  @Column({ ...bigint, nullable: true }) clearedAt: number | null;
  /** The measured figure when raised: a fraction for service level, a count for depth, seconds otherwise. */
  @Column(double) value: number;
  /** The limit it crossed (same unit as value). */
  @Column(double) threshold: number;
  /** The measured figure when cleared (null: not cleared, or cleared because the figure went away). */
  @Column({ ...double, nullable: true }) clearedValue: number | null;
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 240, nullable: true })
  openKey: string | null;
}
