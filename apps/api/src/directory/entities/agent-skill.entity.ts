import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { double } from '../../database/columns.js';
import { AgentEntity } from './agent.entity.js';
import { QueueEntity } from './queue.entity.js';

/** An agent's skill: a queue it serves, with a proficiency from 0 to 1. */
@Entity('agent_skills')
export class AgentSkillEntity {
  @PrimaryColumn({ type: 'integer' })
  agentRef: number;

  @PrimaryColumn({ type: 'integer' })
  queueId: number;

  @Column(double)
  proficiency: number;

  @ManyToOne(() => AgentEntity, (agent) => agent.skills, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'agentRef' })
  agent?: AgentEntity;

  @ManyToOne(() => QueueEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'queueId' })
  queue?: QueueEntity;
}
