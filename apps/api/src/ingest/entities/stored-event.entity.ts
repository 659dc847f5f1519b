import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigint } from '../../database/columns.js';

/**
 * Every accepted event, as received. The source of truth: contacts, timelines and roll-ups are
 * derived from these and can be rebuilt from them (`servicefloor rebuild`).
 */
@Entity('events')
export class StoredEventEntity {
  /** Unique per source; a repeat is a duplicate and changes nothing. */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  eventId: string;

  @Column({ type: 'varchar', length: 24 })
  kind: string;

  @Column(bigint)
  occurredAt: number;

  @Column(bigint)
  receivedAt: number;

  /** The event's JSON, as validated. */
  @Column({ type: 'text' })
  payload: string;
}
