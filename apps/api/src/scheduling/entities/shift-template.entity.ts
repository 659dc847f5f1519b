import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A break or meal rule of a shift template, as libs/scheduling BreakRule (without the id's uniqueness check). */
export interface StoredBreakRule {
  id: string;
  kind: 'break' | 'meal';
  count: number;
  lengthMinutes: number;
  earliestOffsetMinutes: number;
  latestOffsetMinutes: number;
  paid: boolean;
  minShiftMinutes?: number;
}

/**
 * A kind of shift (libs/scheduling ShiftTemplate): its start window in local minutes after midnight,
 * allowed lengths, days, and its break and meal rules (kept with the template: they make no sense
 * apart from it).
 */
@Entity('shift_templates')
export class ShiftTemplateEntity {
  @PrimaryGeneratedColumn()
  id: number;

  /** The name plans and shifts refer to, e.g. "DAY". */
  @Column({ type: 'varchar', length: 64, unique: true })
  code: string;

  @Column({ type: 'integer' })
  earliestStartMinutes: number;

  @Column({ type: 'integer' })
  latestStartMinutes: number;

  @Column({ type: 'integer', default: 15 })
  startStepMinutes: number;

  /** JSON array of total lengths in minutes. */
  @Column({ type: 'simple-json' })
  lengthsMinutes: number[];

  /** JSON array of day indexes (0 = Monday) the template may be used on; null: every day. */
  @Column({ type: 'simple-json', nullable: true })
  days: number[] | null;

  @Column({ type: 'simple-json' })
  breakRules: StoredBreakRule[];
}
