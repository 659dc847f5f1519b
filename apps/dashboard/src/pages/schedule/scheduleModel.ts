/*
 * Pure helpers of the schedule page: a schedule counts minutes from its week's Monday 00:00
 * (site time); the Gantt lays shifts, breaks and activities on that axis.
 */

export const DAY_MINUTES = 1440;
export const WEEK_MINUTES = 7 * DAY_MINUTES;

/** What a stretch of a shift is, and how the Gantt colours it. */
export type SegmentKind = 'work' | 'break' | 'meal' | 'training' | 'meeting' | 'coaching';

export const SEGMENT_KINDS: readonly SegmentKind[] = [
  'work',
  'break',
  'meal',
  'training',
  'meeting',
  'coaching',
];

export interface ShiftLike {
  startMinute: number;
  endMinute: number;
  breaks: readonly { kind: string; startMinute: number; endMinute: number }[];
  activities: readonly { kind: string; startMinute: number; endMinute: number }[];
}

export interface Segment {
  kind: SegmentKind;
  start: number;
  end: number;
}

/** A shift as consecutive segments: work between its breaks and activities, then those. */
export function shiftSegments(shift: ShiftLike): Segment[] {
  const away = [...shift.breaks, ...shift.activities]
    .map((p) => ({ kind: p.kind as SegmentKind, start: p.startMinute, end: p.endMinute }))
    .sort((a, b) => a.start - b.start);
  const out: Segment[] = [];
  let cursor = shift.startMinute;
  for (const p of away) {
    if (p.start > cursor) out.push({ kind: 'work', start: cursor, end: p.start });
    out.push(p);
    cursor = Math.max(cursor, p.end);
  }
  if (shift.endMinute > cursor) out.push({ kind: 'work', start: cursor, end: shift.endMinute });
  return out;
}

/** The local date of a day of the week starting `weekStart` (YYYY-MM-DD). */
export function dateOfDay(weekStart: string, day: number): string {
  const d = new Date(`${weekStart}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + day);
  return d.toISOString().slice(0, 10);
}

/** The Monday on or after today (the next week to plan) as YYYY-MM-DD, from a local date. */
export function nextMonday(today: string): string {
  const weekday = (new Date(`${today}T00:00:00Z`).getUTCDay() + 6) % 7;
  return dateOfDay(today, weekday === 0 ? 0 : 7 - weekday);
}

/** The Monday on or before a local date. */
export function mondayOf(date: string): string {
  const weekday = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
  return dateOfDay(date, -weekday);
}

/** HH:mm of a minute of the week (the time of day; past midnight wraps). */
export function clock(minute: number): string {
  const m = ((minute % DAY_MINUTES) + DAY_MINUTES) % DAY_MINUTES;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/** Minutes after midnight of "HH:mm", or null when it is not a time on the 15-minute grid. */
export function parseClock(text: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(text.trim());
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return Number(m[1]) < 24 && Number(m[2]) < 60 && minutes % 15 === 0 ? minutes : null;
}

/** Position and width of [start, end) within the window [from, to), as percentages (clipped). */
export function placement(
  start: number,
  end: number,
  from: number,
  to: number,
): { left: number; width: number } | null {
  const s = Math.max(start, from);
  const e = Math.min(end, to);
  if (e <= s) return null;
  return { left: ((s - from) / (to - from)) * 100, width: ((e - s) / (to - from)) * 100 };
}

export interface CoverageRow extends Record<string, unknown> {
  minute: number;
  required: number;
  scheduled: number;
}

/**
 * Chart rows of a queue's coverage (or of all queues summed when `queue` is null) within
 * [from, to) minutes, one per 15-minute interval.
 */
export function coverageRows(
  queues: readonly { queue: string; required: unknown; scheduled: unknown }[],
  queue: string | null,
  from: number,
  to: number,
  intervalMinutes = 15,
): CoverageRow[] {
  const chosen = queues.filter((q) => queue === null || q.queue === queue);
  const rows: CoverageRow[] = [];
  for (let i = Math.floor(from / intervalMinutes); i < Math.ceil(to / intervalMinutes); i++) {
    let required = 0;
    let scheduled = 0;
    for (const q of chosen) {
      required += (q.required as number[])[i] ?? 0;
      scheduled += (q.scheduled as number[])[i] ?? 0;
    }
    rows.push({ minute: i * intervalMinutes, required, scheduled });
  }
  return rows;
}

export interface ServiceLevelRow extends Record<string, unknown> {
  minute: number;
  /** Erlang C with the scheduled staff (0–1), null without contacts. */
  predicted: number | null;
  /** Simulated mean and the ends of its confidence range (0–1), null until simulated or without contacts. */
  simulated: number | null;
  low: number | null;
  high: number | null;
}

/**
 * Chart rows of one queue's service level within [from, to) minutes: Erlang C's prediction beside
 * the simulation's mean and range (ranges clipped to 0–1: a t-interval may pass the bounds).
 */
export function serviceLevelRows(
  predicted: { predictedServiceLevel: unknown } | undefined,
  simulated: { serviceLevel: unknown; low: unknown; high: unknown } | undefined,
  from: number,
  to: number,
  intervalMinutes = 15,
): ServiceLevelRow[] {
  const at = (series: unknown, i: number): number | null => {
    const v = (series as (number | null)[] | undefined)?.[i];
    return typeof v === 'number' ? v : null;
  };
  const clip = (v: number | null) => (v === null ? null : Math.min(1, Math.max(0, v)));
  const rows: ServiceLevelRow[] = [];
  for (let i = Math.floor(from / intervalMinutes); i < Math.ceil(to / intervalMinutes); i++)
    rows.push({
      minute: i * intervalMinutes,
      predicted: at(predicted?.predictedServiceLevel, i),
      simulated: at(simulated?.serviceLevel, i),
      low: clip(at(simulated?.low, i)),
      high: clip(at(simulated?.high, i)),
    });
  return rows;
}

/** What a drag on a Gantt bar does: move the shift, or move its start or its end. */
export type DragMode = 'move' | 'start' | 'end';

/** Minutes of a drag of `pixels` across a track of `trackPixels` showing `spanMinutes`, on the 15-minute grid. */
export function snappedMinutes(pixels: number, trackPixels: number, spanMinutes: number, step = 15): number {
  if (!(trackPixels > 0)) return 0;
  const minutes = Math.round(((pixels / trackPixels) * spanMinutes) / step) * step;
  return minutes === 0 ? 0 : minutes; // no -0
}

/** The shift's new bounds after a drag of `delta` minutes (the other end stays for a resize). */
export function draggedBounds(
  shift: { startMinute: number; endMinute: number },
  mode: DragMode,
  delta: number,
): { startMinute: number; endMinute: number } {
  switch (mode) {
    case 'move':
      return { startMinute: shift.startMinute + delta, endMinute: shift.endMinute + delta };
    case 'start':
      return {
        startMinute: Math.min(shift.startMinute + delta, shift.endMinute - 15),
        endMinute: shift.endMinute,
      };
    case 'end':
      return {
        startMinute: shift.startMinute,
        endMinute: Math.max(shift.endMinute + delta, shift.startMinute + 15),
      };
  }
}

/** A weekly availability window as the API keeps it: local minutes of `day` (0 = Monday). */
export interface WeeklyWindow {
  day: number;
  fromMinutes: number;
  toMinutes: number;
}

/** One weekday in the availability form: any time, between two clock times, or not available. */
export interface DayAvailability {
  mode: 'any' | 'between' | 'off';
  /** Minutes after midnight. */
  from: number;
  to: number;
}

/** "Any time" as a window: the whole day, and a shift started late may run into the next morning. */
const WHOLE_DAY = { fromMinutes: 0, toMinutes: 2 * DAY_MINUTES };

/** The form's seven days from stored windows (null: any time every day; a day without a window: off). */
export function availabilityOf(windows: readonly WeeklyWindow[] | null): DayAvailability[] {
  return Array.from({ length: 7 }, (_, day): DayAvailability => {
    if (windows === null) return { mode: 'any', from: 9 * 60, to: 17 * 60 };
    const w = windows.find((x) => x.day === day);
    if (!w) return { mode: 'off', from: 9 * 60, to: 17 * 60 };
    if (w.fromMinutes === 0 && w.toMinutes >= DAY_MINUTES) return { mode: 'any', from: 9 * 60, to: 17 * 60 };
    return { mode: 'between', from: w.fromMinutes, to: w.toMinutes % DAY_MINUTES };
  });
}

/**
 * The windows to store from the form: null when every day is "any time"; a window ending at or
 * before its start runs past midnight. Returns the day index when a day's times are equal.
 */
export function windowsOf(days: readonly DayAvailability[]): WeeklyWindow[] | null | number {
  if (days.every((d) => d.mode === 'any')) return null;
  const out: WeeklyWindow[] = [];
  for (const [day, d] of days.entries()) {
    if (d.mode === 'off') continue;
    if (d.mode === 'any') {
      out.push({ day, ...WHOLE_DAY });
      continue;
    }
    if (d.from === d.to) return day;
    out.push({ day, fromMinutes: d.from, toMinutes: d.to < d.from ? d.to + DAY_MINUTES : d.to });
  }
  return out;
}
