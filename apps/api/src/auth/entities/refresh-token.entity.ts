import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigint } from '../../database/columns.js';

/**
 * One refresh token, stored as its SHA-256 only. Tokens rotate: each refresh revokes the token
 * presented and issues the next one of the same family (one family = one sign-in session).
 * Presenting a rotated token again revokes the whole family (RFC 9700 §4.14.2, reuse detection).
 */
@Entity('refresh_tokens')
@Index(['familyId'])
@Index(['userId'])
export class RefreshTokenEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash: string;

  /** The session: every token rotated from one sign-in shares it. */
  @Column({ type: 'varchar', length: 64 })
  familyId: string;

  @Column({ type: 'integer' })
  userId: number;

  @Column(bigint)
  createdAt: number;

  @Column(bigint)
  expiresAt: number;

  @Column({ ...bigint, nullable: true })
  revokedAt: number | null;

  /** rotated, logout, reuse, revoked (by an admin), password */
  @Column({ type: 'varchar', length: 16, nullable: true })
  revokedReason: string | null;
}
