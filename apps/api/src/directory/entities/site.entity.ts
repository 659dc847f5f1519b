import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('sites')
export class SiteEntity {
  @PrimaryGeneratedColumn()
  id: number;

  @Column({ type: 'varchar', length: 200, unique: true })
  name: string;

  /** IANA zone; days, weeks and months of this site's queues are cut in it. */
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;
}
