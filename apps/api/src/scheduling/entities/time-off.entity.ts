import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigint, double } from '../../database/columns.js';

export type TimeOffStatus = 'PENDING' | 'APPROVED' | 'REFUSED';

/**
 * Time off of an agent: requested (PENDING), then APPROVED or REFUSED by a scheduler. Approved
 * time off is honoured by the generator: no shift may overlap [start, end).
 */
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

  /** Rows from before requests existed were entered approved. */
  @Column({ type: 'varchar', length: 16, default: 'APPROVED' })
  status: TimeOffStatus;

  /** Who asked (username), null when a scheduler entered it approved. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  requestedBy: string | null;

  /** Who approved or refused it (username), and when (epoch ms). */
  @Column({ type: 'varchar', length: 200, nullable: true })
  decidedBy: string | null;

  @Column({ ...bigint, nullable: true })
  decidedAt: number | null;
}
