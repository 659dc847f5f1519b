import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigint, double } from '../../database/columns.js';

/**
 * Quality evaluations. One that names only its contact is attributed to the contact's agent
 * once that is known (attributedAgentId), so the order of arrival does not matter.
 */
@Entity('quality_evaluations')
export class QualityEvaluationEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) eventId: string;
  @Index() @Column({ type: 'varchar', length: 200, nullable: true }) contactId: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) agentId: string | null;
  @Index() @Column({ type: 'varchar', length: 200, nullable: true }) attributedAgentId: string | null;
  @Column(bigint) at: number;
  @Column(double) score: number;
  @Column({ type: 'varchar', length: 200 }) evaluator: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) form: string | null;
  /** Criteria scores as JSON, when given. */
  @Column({ type: 'text', nullable: true }) criteria: string | null;
}
