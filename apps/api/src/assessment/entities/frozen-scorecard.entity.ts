import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigint } from '../../database/columns.js';

/**
 * A closed month's scorecard as first shown: the figures, and the criteria, targets and queue
 * definitions in force, so a figure shown to a jury does not move when a definition or late data
 * changes later. setId 0 is the default set.
 */
@Entity('frozen_scorecards')
export class FrozenScorecardEntity {
  @PrimaryColumn({ type: 'integer' }) setId: number;
  /** YYYY-MM in the site's calendar. */
  @PrimaryColumn({ type: 'varchar', length: 7 }) month: string;
  @Column(bigint) frozenAt: number;
  /** JSON: { criteria: CriterionDefinition[], queues: [{ name, channel, slThresholdSeconds, slTarget, slVariant, claimSlaHours }] }. */
  @Column({ type: 'text' }) definitions: string;
  /** JSON: { [criterionKey]: actual | null }. */
  @Column({ type: 'text' }) figures: string;
}
