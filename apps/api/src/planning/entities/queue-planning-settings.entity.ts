import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { double } from '../../database/columns.js';
import { QueueEntity } from '../../directory/entities/queue.entity.js';

/**
 * How a queue's staffing requirement is computed, beyond the service-level target and threshold
 * the queue itself holds. A queue without a row uses PLANNING_DEFAULTS.
 */
@Entity('queue_planning_settings')
export class QueuePlanningSettingsEntity {
  @PrimaryColumn({ type: 'integer' })
  queueId: number;

  @OneToOne(() => QueueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'queueId' })
  queue?: QueueEntity;

  /** Share of paid time not available for contacts, [0, 1). */
  @Column(double)
  shrinkage: number;

  /** Occupancy cap in (0, 1]; null: no cap. */
  @Column({ ...double, nullable: true })
  maxOccupancy: number | null;

  /** ASA target, seconds; null: none. */
  @Column({ ...double, nullable: true })
  targetAsaSeconds: number | null;

  /** Known mean patience, seconds (null: estimate it from abandon waits, see patienceMode). */
  @Column({ ...double, nullable: true })
  patienceSeconds: number | null;

  /** AUTO: known patience, else the estimate; KNOWN_ONLY: only a known patience; OFF: Erlang C. */
  @Column({ type: 'varchar', length: 16 })
  patienceMode: string;

  /** Claim desk: hours one agent works claims per working day, before shrinkage. */
  @Column(double)
  claimHoursPerDay: number;

  /** Claim desk: handle (touch) time per claim when the history holds none, seconds. */
  @Column(double)
  claimHandleSeconds: number;
}
