import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { double } from '../../database/columns.js';

/** Working-time rules an agent is employed under (libs/scheduling Contract). */
@Entity('schedule_contracts')
export class ContractEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 64, unique: true })
  code: string;

  @Column(double)
  minHoursPerWeek: number;

  @Column(double)
  maxHoursPerWeek: number;

  @Column({ type: 'integer' })
  maxWorkingDays: number;

  @Column(double)
  minRestHours: number;

  /** JSON array of day indexes (0 = Monday) never worked under this contract. */
  @Column({ type: 'simple-json' })
  fixedDaysOff: number[];

  /** The contract of agents without one of their own (exactly one default is kept). */
  @Column({ type: 'boolean', default: false })
  isDefault: boolean;
}
