import type { QueueId, Requirement, Schedule, ScheduledShift } from './model.js';
import { INTERVAL_MINUTES } from './rules-index.js';

/** Scheduled against required staff of one queue, per interval and in total. */
export interface QueueCoverage {
  queueId: QueueId;
  /** Skill-weighted staff present per interval. */
  scheduled: number[];
  required: number[];
  /** max(0, required − scheduled) per interval. */
  under: number[];
  /** max(0, scheduled − required) per interval. */
  over: number[];
  requiredStaffHours: number;
  scheduledStaffHours: number;
  underStaffHours: number;
  overStaffHours: number;
}

/** Coverage of a schedule per queue and over all queues, in staff-hours. */
export interface CoverageReport {
  intervalMinutes: number;
  queues: QueueCoverage[];
  totals: {
    requiredStaffHours: number;
    scheduledStaffHours: number;
    underStaffHours: number;
    overStaffHours: number;
  };
}

/** The parts of a shift in which the agent is on the queue: the shift less its breaks and activities. */
export function presenceSegments(shift: ScheduledShift): [number, number][] {
  const away = [...shift.breaks, ...shift.activities]
    .map((p) => [Math.max(p.start, shift.start), Math.min(p.end, shift.end)] as [number, number])
    .filter(([s, e]) => e > s)
    .sort((a, b) => a[0] - b[0]);
  const segments: [number, number][] = [];
  let cursor = shift.start;
  for (const [s, e] of away) {
    if (s > cursor) segments.push([cursor, s]);
    cursor = Math.max(cursor, e);
  }
  if (shift.end > cursor) segments.push([cursor, shift.end]);
  return segments;
}

/**
 * Scheduled staff per queue per 15-minute interval against the requirement. Each shift adds the
 * agent's proficiency on the shift's queue (from `schedule.agentSkills`, 0 when missing) for the
 * part of each interval it is present: breaks and activities take the agent off the queue for
 * their duration. Under- and over-coverage are per interval, totals in staff-hours
 * (Σ staff × 0.25 h). Queues staffed but absent from the requirement are reported with a
 * requirement of 0; shifts running past the horizon count only inside it.
 *
 * Throws a RangeError when the requirement's queues have different lengths or a value is negative
 * or not finite.
 */
export function coverage(schedule: Schedule, requirement: Requirement): CoverageReport {
  const queueIds = Object.keys(requirement.queues);
  const lengths = new Set(queueIds.map((q) => requirement.queues[q].length));
  if (lengths.size > 1) throw new RangeError('requirement.queues must all have the same number of intervals');
  const intervals = lengths.size === 1 ? [...lengths][0] : (schedule.days * 1440) / INTERVAL_MINUTES;
  for (const q of queueIds) {
    requirement.queues[q].forEach((v, i) => {
      if (!(v >= 0) || !Number.isFinite(v)) {
        throw new RangeError(`requirement.queues.${q}[${i}] must be a finite number ≥ 0, got ${v}`);
      }
    });
  }
  const scheduled = new Map<QueueId, number[]>();
  for (const q of queueIds) scheduled.set(q, new Array<number>(intervals).fill(0));
  for (const shift of schedule.shifts) {
    const weight = schedule.agentSkills[shift.agentId]?.[shift.queueId] ?? 0;
    let line = scheduled.get(shift.queueId);
    if (!line) {
      line = new Array<number>(intervals).fill(0);
      scheduled.set(shift.queueId, line);
    }
    if (weight === 0) continue;
    for (const [s, e] of presenceSegments(shift)) {
      const first = Math.max(0, Math.floor(s / INTERVAL_MINUTES));
      const last = Math.min(intervals - 1, Math.ceil(e / INTERVAL_MINUTES) - 1);
      for (let i = first; i <= last; i++) {
        const overlap = Math.min(e, (i + 1) * INTERVAL_MINUTES) - Math.max(s, i * INTERVAL_MINUTES);
        if (overlap > 0) line[i] += (weight * overlap) / INTERVAL_MINUTES;
      }
    }
  }
  const hours = INTERVAL_MINUTES / 60;
  const queues: QueueCoverage[] = [];
  const totals = { requiredStaffHours: 0, scheduledStaffHours: 0, underStaffHours: 0, overStaffHours: 0 };
  for (const [queueId, line] of scheduled) {
    const required = [...(requirement.queues[queueId] ?? new Array<number>(intervals).fill(0))];
    const under = line.map((s, i) => Math.max(0, required[i] - s));
    const over = line.map((s, i) => Math.max(0, s - required[i]));
    const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) * hours;
    const qc: QueueCoverage = {
      queueId,
      scheduled: line,
      required,
      under,
      over,
      requiredStaffHours: sum(required),
      scheduledStaffHours: sum(line),
      underStaffHours: sum(under),
      overStaffHours: sum(over),
    };
    queues.push(qc);
    totals.requiredStaffHours += qc.requiredStaffHours;
    totals.scheduledStaffHours += qc.scheduledStaffHours;
    totals.underStaffHours += qc.underStaffHours;
    totals.overStaffHours += qc.overStaffHours;
  }
  return { intervalMinutes: INTERVAL_MINUTES, queues, totals };
}
