import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { bigint, double } from '../../database/columns.js';

/** What is known about one contact, folded from its events (libs/metrics ContactState). */
@Entity('contacts')
@Index(['customerId', 'offeredAt', 'contactId', 'repeatWithin7Days'])
@Index(['queueId', 'offeredAt'])
export class ContactEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 })
  contactId: string;

  /** The queue of the earliest OFFERED event; before it, of the first event seen (null for a survey alone). */
  @Column({ type: 'integer', nullable: true })
  queueId: number | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  customerId: string | null;

  @Column({ ...bigint, nullable: true }) offeredAt: number | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) offeredEventId: string | null;
  @Column({ ...bigint, nullable: true }) answeredAt: number | null;
  @Column({ ...bigint, nullable: true }) abandonedAt: number | null;
  @Column({ ...bigint, nullable: true }) flowedOutAt: number | null;
  @Column({ ...bigint, nullable: true }) completedAt: number | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) completedEventId: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) answeredAgentId: string | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) completedAgentId: string | null;
  @Column({ ...double, nullable: true }) talkSeconds: number | null;
  @Column({ ...double, nullable: true }) holdSeconds: number | null;
  @Column({ ...double, nullable: true }) acwSeconds: number | null;
  @Column({ type: 'integer', default: 0 }) transfers: number;
  /** 1 when the same customer came back within 7 days (derived FCR), else null. */
  @Column({ type: 'integer', nullable: true }) repeatWithin7Days: number | null;
  @Column({ ...bigint, nullable: true }) surveyAt: number | null;
  @Column({ type: 'varchar', length: 200, nullable: true }) surveyEventId: string | null;
  @Column({ type: 'integer', nullable: true }) csat: number | null;
  @Column({ type: 'integer', nullable: true }) nps: number | null;
  /** Survey's "resolved?" answer: 1 yes, 0 no, null not asked. */
  @Column({ type: 'integer', nullable: true }) resolved: number | null;
  /**
   * The queue settings this contact's current roll-up contribution was computed with, so the
   * contribution can be taken back exactly after the queue's definition changes.
   */
  @Column({ type: 'integer', nullable: true }) appliedThresholdSeconds: number | null;
  @Column({ type: 'integer', nullable: true }) appliedShortAbandonSeconds: number | null;
}
