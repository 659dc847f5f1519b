import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Seconds of mismatch forgiven before an agent is out of adherence, per scheduled activity (default 60). */
@Entity('adherence_tolerances')
export class AdherenceToleranceEntity {
  /** work, break, meal, training, meeting or coaching. */
  @PrimaryColumn({ type: 'varchar', length: 16 })
  activity: string;

  @Column({ type: 'integer' })
  seconds: number;
}
