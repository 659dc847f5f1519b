import { Column, Entity, PrimaryColumn } from 'typeorm';
import { AGENT_COUNTER_KEYS } from '@servicefloor/metrics';
import { bigint, double } from '../../database/columns.js';

/** Counters of one agent per 15-minute interval (seconds by state, handled, QA, training). */
@Entity('agent_interval_stats')
export class AgentIntervalStatsEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) agentId: string;
  @PrimaryColumn(bigint) intervalStart: number;
}

/** The same per agent and local day of the agent's site. */
@Entity('agent_day_stats')
export class AgentDayStatsEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) agentId: string;
  @PrimaryColumn(bigint) dayStart: number;
}

for (const entity of [AgentIntervalStatsEntity, AgentDayStatsEntity]) {
  for (const key of AGENT_COUNTER_KEYS) Column({ ...double, default: 0 })(entity.prototype, key);
}
