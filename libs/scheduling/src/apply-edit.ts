import type { Requirement, Schedule, ScheduledActivityBlock, ScheduledShift } from './model.js';
import { coverage, type CoverageReport } from './coverage.js';

/** A change a planner makes to a schedule. */
export type ScheduleEdit =
  /** Moves a shift, with its breaks and activities, to start at `start`. */
  | { kind: 'move'; shiftId: string; start: number }
  /** Lengthens or shortens a shift by giving it a new start and/or end; breaks and activities stay put. */
  | { kind: 'resize'; shiftId: string; start?: number; end?: number }
  /** Two agents exchange shifts: each shift goes to the other's agent. */
  | { kind: 'swap'; shiftId: string; otherShiftId: string }
  /** Adds an activity (training, meeting, coaching) inside a shift. */
  | { kind: 'addActivity'; shiftId: string; activity: ScheduledActivityBlock };

/** The edited schedule, and its coverage when a requirement was given. */
export interface EditResult {
  schedule: Schedule;
  coverage: CoverageReport | null;
}

function find(schedule: Schedule, field: string, id: string): ScheduledShift {
  const shift = schedule.shifts.find((s) => s.id === id);
  if (!shift) throw new RangeError(`${field} "${id}" is not a shift of the schedule`);
  return shift;
}

function finite(field: string, value: number): void {
  if (!Number.isFinite(value))
    throw new RangeError(`${field} must be a finite number of minutes, got ${value}`);
}

/**
 * Applies one edit and returns a new schedule (the input is not changed; untouched shifts are
 * shared), with its coverage recomputed when `requirement` is given. The edit is applied as asked:
 * run validateSchedule on the result to see which rules it breaks (a shift moved off its template's
 * window, a break left outside a shortened shift, an agent without the skill after a swap…).
 *
 * Throws a RangeError naming the field when a shift id is unknown, a time is not finite, a resize
 * leaves the end not after the start, a swap names two shifts of one agent, or an activity does not
 * end after it starts.
 */
export function applyEdit(schedule: Schedule, edit: ScheduleEdit, requirement?: Requirement): EditResult {
  const replace = new Map<string, ScheduledShift>();
  switch (edit.kind) {
    case 'move': {
      const s = find(schedule, 'shiftId', edit.shiftId);
      finite('start', edit.start);
      const by = edit.start - s.start;
      replace.set(s.id, {
        ...s,
        start: s.start + by,
        end: s.end + by,
        breaks: s.breaks.map((b) => ({ ...b, start: b.start + by, end: b.end + by })),
        activities: s.activities.map((a) => ({ ...a, start: a.start + by, end: a.end + by })),
      });
      break;
    }
    case 'resize': {
      const s = find(schedule, 'shiftId', edit.shiftId);
      const start = edit.start ?? s.start;
      const end = edit.end ?? s.end;
      finite('start', start);
      finite('end', end);
      if (!(end > start)) throw new RangeError('end must be after start');
      replace.set(s.id, { ...s, start, end });
      break;
    }
    case 'swap': {
      const a = find(schedule, 'shiftId', edit.shiftId);
      const b = find(schedule, 'otherShiftId', edit.otherShiftId);
      if (a.agentId === b.agentId) throw new RangeError('otherShiftId must be a shift of another agent');
      replace.set(a.id, { ...a, agentId: b.agentId });
      replace.set(b.id, { ...b, agentId: a.agentId });
      break;
    }
    case 'addActivity': {
      const s = find(schedule, 'shiftId', edit.shiftId);
      finite('activity.start', edit.activity.start);
      finite('activity.end', edit.activity.end);
      if (!(edit.activity.end > edit.activity.start))
        throw new RangeError('activity.end must be after activity.start');
      replace.set(s.id, {
        ...s,
        activities: [...s.activities, { ...edit.activity }].sort((x, y) => x.start - y.start),
      });
      break;
    }
  }
  const next: Schedule = { ...schedule, shifts: schedule.shifts.map((s) => replace.get(s.id) ?? s) };
  return { schedule: next, coverage: requirement ? coverage(next, requirement) : null };
}
