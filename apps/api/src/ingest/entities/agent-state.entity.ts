import { Column, Entity, PrimaryColumn } from 'typeorm';
import { bigint } from '../../database/columns.js';

/** An agent's state timeline: one row per agentState event (derived from events; rebuilt with them). */
@Entity('agent_states')
export class AgentStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) agentId: string;
  @PrimaryColumn(bigint) at: number;
  @PrimaryColumn({ type: 'varchar', length: 200 }) eventId: string;
  @Column({ type: 'varchar', length: 24 }) state: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) reason: string | null;
}

/** Each agent's latest state (the end of its timeline): what the live floor shows, and the fast path for in-order events. */
@Entity('agent_last_states')
export class AgentLastStateEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) agentId: string;
  @Column(bigint) at: number;
  @Column({ type: 'varchar', length: 200 }) eventId: string;
  @Column({ type: 'varchar', length: 24 }) state: string;
  @Column({ type: 'varchar', length: 200, nullable: true }) reason: string | null;
}
