import { Column, Entity, Index, JoinColumn, ManyToOne, OneToMany, PrimaryGeneratedColumn } from 'typeorm';
import { TeamEntity } from './team.entity.js';
import { AgentSkillEntity } from './agent-skill.entity.js';

@Entity('agents')
export class AgentEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The id events and the PBX use for this agent. */
  @Index({ unique: true })
  @Column({ type: 'varchar', length: 200 })
  agentId: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'integer', nullable: true })
  teamId: number | null;

  @ManyToOne(() => TeamEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'teamId' })
  team?: TeamEntity;

  @OneToMany(() => AgentSkillEntity, (skill) => skill.agent, { cascade: true })
  skills?: AgentSkillEntity[];
}
