import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigint, double } from '../../database/columns.js';

/** Approved time off of an agent: no shift may overlap [start, end). */
@Entity('time_off')
export class TimeOffEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index()
  @Column({ type: 'varchar', length: 200 })
  agentId: string;

  /** Epoch ms. */
  @Column(bigint)
  start: number;

  /** Epoch ms. */
  @Column(bigint)
  end: number;

  /** Paid hours it counts for towards the weekly minimum and maximum. */
  @Column(double)
  paidHours: number;

  @Column({ type: 'varchar', length: 200, default: '' })
  note: string;
}
