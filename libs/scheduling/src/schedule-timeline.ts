import type { Schedule } from './model.js';
import type { ScheduledActivity } from './adherence.js';
import { localToInstant } from './local-time.js';

/**
 * The schedule as the timeline adherence() reads: per shift, its work between breaks and
 * activities, its breaks and meals, and its activities, each with epoch-millisecond start and end.
 * `weekStart` is the local date (YYYY-MM-DD) of day 0 of the horizon and `timeZone` the site's IANA
 * zone (default "UTC"): minute m of the schedule is the wall-clock time weekStart 00:00 + m, so
 * shifts keep their local times across a DST change. Throws a RangeError for a malformed date or an
 * unknown zone.
 */
export function adherenceTimeline(
  schedule: Schedule,
  { weekStart, timeZone = 'UTC' }: { weekStart: string; timeZone?: string },
): ScheduledActivity[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(weekStart);
  if (!m) throw new RangeError(`weekStart must be a date YYYY-MM-DD, got ${JSON.stringify(weekStart)}`);
  const wall0 = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (new Date(wall0).toISOString().slice(0, 10) !== weekStart) {
    throw new RangeError(`weekStart must be a calendar date, got ${JSON.stringify(weekStart)}`);
  }
  const at = (minute: number): number => localToInstant(wall0 + minute * 60_000, timeZone);
  const out: ScheduledActivity[] = [];
  for (const shift of schedule.shifts) {
    const away = [
      ...shift.breaks.map((b) => ({ activity: b.kind, start: b.start, end: b.end })),
      ...shift.activities.map((a) => ({ activity: a.kind, start: a.start, end: a.end })),
    ].sort((x, y) => x.start - y.start);
    let cursor = shift.start;
    const push = (activity: ScheduledActivity['activity'], start: number, end: number): void => {
      if (end > start) out.push({ agentId: shift.agentId, activity, start: at(start), end: at(end) });
    };
    for (const p of away) {
      push('work', cursor, Math.min(p.start, shift.end));
      push(p.activity, Math.max(p.start, cursor), Math.min(p.end, shift.end));
      cursor = Math.max(cursor, p.end);
    }
    push('work', cursor, shift.end);
  }
  return out.sort((x, y) => x.agentId.localeCompare(y.agentId) || Number(x.start) - Number(y.start));
}
