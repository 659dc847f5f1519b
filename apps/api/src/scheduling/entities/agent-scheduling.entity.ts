import { Column, Entity, PrimaryColumn } from 'typeorm';

/** A weekly availability window: the agent can work on `day` (0 = Monday) between these local minutes. */
export interface WeeklyWindow {
  day: number;
  fromMinutes: number;
  toMinutes: number;
}

/**
 * An agent's scheduling settings beside the directory (which holds its skills): contract, templates
 * it may work, weekly availability and personal days off. Agents without a row get the default
 * contract, every template and no restriction.
 */
@Entity('agent_scheduling')
export class AgentSchedulingEntity {
  /** The directory agent's agentId (the id events use). */
  @PrimaryColumn({ type: 'varchar', length: 200 })
  agentId: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  contractCode: string | null;

  /** JSON array of template codes; null: every template. */
  @Column({ type: 'simple-json', nullable: true })
  templateCodes: string[] | null;

  /** JSON array of weekly windows; null: available at any time. */
  @Column({ type: 'simple-json', nullable: true })
  availability: WeeklyWindow[] | null;

  /** JSON array of day indexes off in addition to the contract's. */
  @Column({ type: 'simple-json', nullable: true })
  fixedDaysOff: number[] | null;
}
