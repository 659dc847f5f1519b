import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';
import { bigint, double } from '../../database/columns.js';
import { QueueEntity } from '../../directory/entities/queue.entity.js';

/**
 * A saved forecast: the figures a schedule is built on, kept as they were so that accuracy can be
 * reported later against exactly what was planned.
 */
@Entity('forecast_snapshots')
export class ForecastSnapshotEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  label: string;

  @Column({ type: 'text', nullable: true })
  note: string | null;

  /** When it was saved, epoch ms. */
  @Column(bigint)
  createdAt: number;

  /** The forecast options it was made with (JSON of ForecastInput, resolved defaults). */
  @Column({ type: 'text' })
  options: string;
}

/** One queue's forecast inside a snapshot. */
@Entity('forecast_snapshot_queues')
export class ForecastSnapshotQueueEntity {
  @PrimaryColumn({ type: 'integer' })
  snapshotId: number;

  @PrimaryColumn({ type: 'integer' })
  queueId: number;

  @ManyToOne(() => ForecastSnapshotEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'snapshotId' })
  snapshot?: ForecastSnapshotEntity;

  @ManyToOne(() => QueueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'queueId' })
  queue?: QueueEntity;

  /** Epoch ms of the first forecast interval. */
  @Column(bigint)
  start: number;

  @Column({ type: 'integer' })
  intervalCount: number;

  /** The method that produced the figures (a FORECAST_METHODS name). */
  @Column({ type: 'varchar', length: 32 })
  method: string;

  /** Back-test WAPE of that method (null when it could not be scored). */
  @Column({ ...double, nullable: true })
  backtestWape: number | null;

  /** The forecast itself (JSON of QueueForecastData: volume, bounds, AHT, back-test, …). */
  @Column({ type: 'text' })
  data: string;
}
