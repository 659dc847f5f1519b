import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { Channel, ServiceLevelVariant } from '@servicefloor/contracts';
import { double } from '../../database/columns.js';
import { SiteEntity } from './site.entity.js';

@Entity('queues')
export class QueueEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Events name their queue by this name. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 16 })
  channel: Channel;

  @Column({ type: 'integer' })
  siteId: number;

  @ManyToOne(() => SiteEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'siteId' })
  site?: SiteEntity;

  @Column({ type: 'integer' })
  slThresholdSeconds: number;

  @Column(double)
  slTarget: number;

  @Column({ type: 'varchar', length: 32 })
  slVariant: ServiceLevelVariant;

  @Column({ type: 'integer' })
  shortAbandonSeconds: number;

  @Column({ type: 'integer' })
  claimSlaHours: number;

  /** Alert when more than this many contacts wait (null: no alert). */
  @Column({ type: 'integer', nullable: true })
  alertMaxDepth: number | null;

  /** Alert when the longest current wait exceeds this many seconds (null: no alert). */
  @Column({ type: 'integer', nullable: true })
  alertMaxWaitSeconds: number | null;
}
