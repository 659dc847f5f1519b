import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How long an agent may stay in a state before the live floor raises an alert; a state without a
 * row uses DEFAULT_AGENT_STATE_LIMITS (alerts/alert-rules.ts), and maxSeconds null turns it off.
 */
@Entity('agent_state_alert_limits')
export class AgentStateAlertLimitEntity {
  @PrimaryColumn({ type: 'varchar', length: 24 }) state: string;
  @Column({ type: 'integer', nullable: true }) maxSeconds: number | null;
}
