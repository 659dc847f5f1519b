import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const ROLES = ['ADMIN', 'MANAGER', 'SCHEDULER', 'EXECUTIVE', 'AGENT'] as const;
export type Role = (typeof ROLES)[number];

@Entity('users')
export class UserEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 100, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 200 })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  /** For the AGENT role: the agent whose schedule this user may see. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  agentId: string | null;

  /** argon2 hash; null until a password is set. */
  @Column({ type: 'text', nullable: true })
  passwordHash: string | null;
}
