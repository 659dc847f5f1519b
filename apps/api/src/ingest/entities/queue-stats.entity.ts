import { Column, Entity, PrimaryColumn } from 'typeorm';
import { CONTACT_COUNTER_KEYS } from '@servicefloor/metrics';
import { bigint } from '../../database/columns.js';

/**
 * Raw counters (never ratios) of one queue per 15-minute interval, maintained incrementally.
 * One column per key of CONTACT_COUNTER_KEYS, plus maxWait (ms).
 */
@Entity('queue_interval_stats')
export class QueueIntervalStatsEntity {
  @PrimaryColumn({ type: 'integer' }) queueId: number;
  @PrimaryColumn(bigint) intervalStart: number;
  @Column({ ...bigint, default: 0 }) maxWait: number;
}

/** The same counters per queue and local day of the queue's site (for fast long-range trends). */
@Entity('queue_day_stats')
export class QueueDayStatsEntity {
  @PrimaryColumn({ type: 'integer' }) queueId: number;
  /** Start of the site-local day, epoch ms. */
  @PrimaryColumn(bigint) dayStart: number;
  @Column({ ...bigint, default: 0 }) maxWait: number;
}

for (const entity of [QueueIntervalStatsEntity, QueueDayStatsEntity]) {
  for (const key of CONTACT_COUNTER_KEYS) Column({ ...bigint, default: 0 })(entity.prototype, key);
}
