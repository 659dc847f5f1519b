import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigint } from '../../database/columns.js';

/** A training, meeting or coaching to place inside the attendees' shifts (libs/scheduling ActivityRequest). */
@Entity('activity_requests')
export class ActivityRequestEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 16 })
  kind: 'training' | 'meeting' | 'coaching';

  @Column({ type: 'varchar', length: 200, default: '' })
  label: string;

  /** JSON array of agentIds. */
  @Column({ type: 'simple-json' })
  agentIds: string[];

  @Column({ type: 'integer' })
  lengthMinutes: number;

  /** Epoch ms. */
  @Column(bigint)
  earliestStart: number;

  /** Epoch ms. */
  @Column(bigint)
  latestEnd: number;

  @Column({ type: 'boolean', nullable: true })
  together: boolean | null;
}
