import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigint } from '../../database/columns.js';

/** One change made through the API: who, what (operation and arguments, secrets redacted), when, outcome. */
@Entity('audit_log')
@Index(['at'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Epoch milliseconds when the change finished. */
  @Column(bigint)
  at: number;

  /** "user:alice", "kiosk:3:Floor TV", "api-key:2:Genesys feed". */
  @Index()
  @Column({ type: 'varchar', length: 300 })
  actor: string;

  /** The user's role at the time, for users. */
  @Column({ type: 'varchar', length: 16, nullable: true })
  role: string | null;

  /** The GraphQL mutation ("updateQueue") or HTTP route ("POST /api/…"). */
  @Index()
  @Column({ type: 'varchar', length: 200 })
  action: string;

  /** The id of what was created or changed, when the result names one. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  target: string | null;

  /** The arguments as JSON, passwords, tokens and keys replaced by "[redacted]", at most 4,000 characters. */
  @Column({ type: 'text' })
  details: string;

  /** OK or ERROR. */
  @Column({ type: 'varchar', length: 8 })
  outcome: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  error: string | null;
}
