import { Column, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigint } from '../../database/columns.js';

/**
 * A long-lived credential for a machine (a wallboard TV, an ingestion feed): named, stored as
 * the SHA-256 of its secret, revocable. The secret is shown once, when it is created.
 */
export abstract class AccessCredentialEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Index({ unique: true })
  @Column({ type: 'varchar', length: 64 })
  secretHash: string;

  /** The first characters of the secret, to tell credentials apart in listings. */
  @Column({ type: 'varchar', length: 16 })
  hint: string;

  @Column(bigint)
  createdAt: number;

  @Column({ type: 'varchar', length: 100 })
  createdBy: string;

  /** Updated at most once a minute. */
  @Column({ ...bigint, nullable: true })
  lastUsedAt: number | null;

  @Column({ ...bigint, nullable: true })
  revokedAt: number | null;
}
