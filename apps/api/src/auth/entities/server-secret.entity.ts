import { Column, Entity, PrimaryColumn } from 'typeorm';

/** Secrets the server generates for itself on first start (the JWT key when JWT_SECRET is unset). */
@Entity('server_secrets')
export class ServerSecretEntity {
  @PrimaryColumn({ type: 'varchar', length: 50 })
  name: string;

  @Column({ type: 'text' })
  value: string;
}
