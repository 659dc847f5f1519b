import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { bigint, double } from '../../database/columns.js';

export type ScheduleStatus = 'GENERATING' | 'READY' | 'PUBLISHED' | 'FAILED' | 'CANCELLED';

/**
 * A generated week: its status, and (once ready) the schedule, the requirement it was made for and
 * the generation figures, each as JSON (read and written whole: a week of 600 agents is one
 * document the editor replaces at each edit).
 */
@Entity('schedules')
export class ScheduleEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** Local date of Monday (day 0), YYYY-MM-DD. */
  @Index()
  @Column({ type: 'varchar', length: 10 })
  weekStart: string;

  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  /** JSON array of queue names scheduled. */
  @Column({ type: 'simple-json' })
  queues: string[];

  @Column({ type: 'varchar', length: 16 })
  status: ScheduleStatus;

  @Column(bigint)
  createdAt: number;

  /** The time generation was given, seconds (its progress is the time spent against it). */
  @Column({ ...double, nullable: true })
  timeLimitSeconds: number | null;

  @Column({ ...bigint, nullable: true })
  publishedAt: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** JSON: libs/scheduling Schedule (null while generating). */
  @Column({ type: 'text', nullable: true })
  schedule: string | null;

  /** JSON: StoredRequirement (requirement and the Erlang inputs for predicted service level). */
  @Column({ type: 'text', nullable: true })
  requirement: string | null;

  /** JSON: GenerationFigures. */
  @Column({ type: 'text', nullable: true })
  figures: string | null;

  /** JSON: libs/scheduling SchedulingRules the schedule was made under (edits are checked against them). */
  @Column({ type: 'text', nullable: true })
  rules: string | null;
}
