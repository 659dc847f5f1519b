import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigint } from '../../database/columns.js';

/**
 * A saved assessment definition of an executive or admin: its criteria (JSON of libs/assessment
 * CriterionDefinition[]) and, optionally, a fixed period (else the last 6 complete months).
 */
@Entity('assessment_sets')
export class AssessmentSetEntity {
  @PrimaryGeneratedColumn() id: number;
  @Column({ type: 'varchar', length: 200 }) name: string;
  /** The user who saved it (only they, or an admin, may change it). */
  @Index() @Column({ type: 'integer' }) ownerUserId: number;
  @Column({ type: 'text' }) criteria: string;
  /** First and last month, YYYY-MM, or null for the rolling default. */
  @Column({ type: 'varchar', length: 7, nullable: true }) fromMonth: string | null;
  @Column({ type: 'varchar', length: 7, nullable: true }) toMonth: string | null;
  @Column(bigint) updatedAt: number;
}
