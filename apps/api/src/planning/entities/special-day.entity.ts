import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel } from '@servicefloor/contracts';
import { double } from '../../database/columns.js';
import { QueueEntity } from '../../directory/entities/queue.entity.js';

/**
 * A known special day or run of days (holiday, promotion, outage) whose forecast volume is
 * multiplied by `multiplier`; the same days in the history are left out of fitting. It applies to
 * one queue, to every queue of one channel, or (both null) to every queue. Dates are local days of
 * each queue's site.
 */
@Entity('special_days')
export class SpecialDayEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** First local day, YYYY-MM-DD. */
  @Column({ type: 'varchar', length: 10 })
  fromDate: string;

  /** Last local day, YYYY-MM-DD (inclusive). */
  @Column({ type: 'varchar', length: 10 })
  toDate: string;

  @Column(double)
  multiplier: number;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  /** The one queue it applies to (null: every queue, or every queue of `channel`). */
  @Column({ type: 'integer', nullable: true })
  queueId: number | null;

  @ManyToOne(() => QueueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'queueId' })
  queue?: QueueEntity;

  /** The channel it applies to (null: every channel). */
  @Column({ type: 'varchar', length: 16, nullable: true })
  channel: Channel | null;
}
