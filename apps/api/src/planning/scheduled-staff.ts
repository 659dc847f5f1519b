import { Injectable } from '@nestjs/common';

/**
 * Reads scheduled staff of a queue per interval: for each interval start (epoch ms), the
 * skill-weighted staff the published schedule puts on the queue then, or null where no published
 * schedule covers it.
 */
export type ScheduledStaffReader = (queue: string, intervalStarts: number[]) => Promise<(number | null)[]>;

/**
 * Where planning finds the published schedules: the scheduling module registers its reader here at
 * start-up (scheduling imports planning, so planning cannot import scheduling). Without a reader,
 * nothing is scheduled.
 */
@Injectable()
export class ScheduledStaff {
  private reader: ScheduledStaffReader | null = null;

  register(reader: ScheduledStaffReader): void {
    this.reader = reader;
  }

  read(queue: string, intervalStarts: number[]): Promise<(number | null)[]> {
    return this.reader ? this.reader(queue, intervalStarts) : Promise.resolve(intervalStarts.map(() => null));
  }
}
