import { describe, expect, it } from 'vitest';
import {
  adherence,
  adherenceStatus,
  isOutOfAdherence,
  type ActualState,
  type ScheduledActivity,
} from './adherence.js';
import { adherenceTimeline } from './schedule-timeline.js';
import { dayShift } from './testing.js';

// Agent a1 is scheduled to work 09:00–10:00, break 10:00–10:15, work 10:15–11:00 (UTC). It starts 30 s
// late, goes on break 60 s early and comes back 2 min late.
const schedule: ScheduledActivity[] = [
  { agentId: 'a1', activity: 'work', start: '2026-03-02T09:00:00Z', end: '2026-03-02T10:00:00Z' },
  { agentId: 'a1', activity: 'break', start: '2026-03-02T10:00:00Z', end: '2026-03-02T10:15:00Z' },
  { agentId: 'a1', activity: 'work', start: '2026-03-02T10:15:00Z', end: '2026-03-02T11:00:00Z' },
];
const states: ActualState[] = [
  { agentId: 'a1', state: 'AVAILABLE', start: '2026-03-02T09:00:30Z', end: '2026-03-02T09:59:00Z' },
  { agentId: 'a1', state: 'BREAK', start: '2026-03-02T09:59:00Z', end: '2026-03-02T10:17:00Z' },
  { agentId: 'a1', state: 'ON_CONTACT', start: '2026-03-02T10:17:00Z', end: '2026-03-02T11:00:00Z' },
];

describe('adherence', () => {
  it('forgives each mismatch up to the 60 s default tolerance', () => {
    // Hand-computed. Work 1: matched 3510 s, mismatches 30 s and 60 s both forgiven → 3600.
    // Break: 900. Work 2: matched 2580 s, mismatch 120 s of which 60 forgiven → 2640.
    // Adherent 7140 of 7200 s; logged in 09:00:30–11:00 = 7170 s.
    const [row] = adherence({ scheduledActivities: schedule, actualStates: states });
    expect(row).toEqual({
      agentId: 'a1',
      date: '2026-03-02',
      scheduledSeconds: 7200,
      adherentSeconds: 7140,
      adherence: 7140 / 7200,
      loggedInSeconds: 7170,
      conformance: 7170 / 7200,
    });
  });

  it('counts every mismatch without tolerance, and all of it within a wider one', () => {
    const strict = adherence({
      scheduledActivities: schedule,
      actualStates: states,
      toleranceSecondsByActivity: { work: 0, break: 0 },
    })[0];
    expect(strict.adherentSeconds).toBe(3510 + 900 + 2580);
    const lenient = adherence({
      scheduledActivities: schedule,
      actualStates: states,
      toleranceSecondsByActivity: { work: 120 },
    })[0];
    expect(lenient.adherence).toBe(1);
  });

  it('treats time without state as logged out, and states outside the schedule as logged-in time', () => {
    const row = adherence({
      scheduledActivities: [schedule[0]],
      actualStates: [
        { agentId: 'a1', state: 'AVAILABLE', start: '2026-03-02T09:30:00Z', end: '2026-03-02T10:30:00Z' },
      ],
    })[0];
    // 30 min missing at the start (60 s forgiven), 30 min worked; 60 min logged in against 60 scheduled
    expect(row.adherentSeconds).toBe(1800 + 60);
    expect(row.conformance).toBe(1);
  });

  it('maps activities to their states: meal to MEAL, training to TRAINING, coaching to MEETING', () => {
    const rows = adherence({
      scheduledActivities: [
        { agentId: 'b', activity: 'meal', start: 0, end: 1_800_000 },
        { agentId: 'b', activity: 'training', start: 1_800_000, end: 3_600_000 },
        { agentId: 'b', activity: 'coaching', start: 3_600_000, end: 5_400_000 },
      ],
      actualStates: [
        { agentId: 'b', state: 'MEAL', start: 0, end: 1_800_000 },
        { agentId: 'b', state: 'TRAINING', start: 1_800_000, end: 3_600_000 },
        { agentId: 'b', state: 'MEETING', start: 3_600_000, end: 5_400_000 },
      ],
    });
    expect(rows[0].adherence).toBe(1);
  });

  it('groups by the local date in the site time zone', () => {
    const [row] = adherence({
      scheduledActivities: [
        { agentId: 'a1', activity: 'work', start: '2026-03-02T23:30:00Z', end: '2026-03-03T00:30:00Z' },
      ],
      actualStates: [],
      timeZone: 'Asia/Shanghai',
    });
    expect(row.date).toBe('2026-03-03');
    expect(row.adherence).toBe(60 / 3600);
    expect(row.conformance).toBe(0);
  });

  it('names the field of an invalid time, and rejects overlapping states', () => {
    expect(() =>
      adherence({ scheduledActivities: [{ ...schedule[0], end: 'soon' }], actualStates: [] }),
    ).toThrow('scheduledActivities[0].end must be epoch milliseconds or an ISO 8601 time');
    expect(() =>
      adherence({
        scheduledActivities: [],
        actualStates: [states[0], { ...states[1], start: '2026-03-02T09:30:00Z' }],
      }),
    ).toThrow('actualStates of agent "a1" overlap');
  });
});

describe('isOutOfAdherence', () => {
  it('flags a mismatch once it outlasts the tolerance, counted from the activity start', () => {
    // back from break at 10:17 but work started 10:15: out after 10:16:00
    expect(isOutOfAdherence('2026-03-02T10:15:45Z', schedule, 'BREAK', '2026-03-02T09:59:00Z')).toBe(false);
    expect(isOutOfAdherence('2026-03-02T10:16:30Z', schedule, 'BREAK', '2026-03-02T09:59:00Z')).toBe(true);
    expect(
      isOutOfAdherence('2026-03-02T10:16:30Z', schedule, 'BREAK', '2026-03-02T09:59:00Z', { work: 120 }),
    ).toBe(false);
  });

  it('is in adherence in a matching state and when nothing is scheduled', () => {
    expect(isOutOfAdherence('2026-03-02T10:05:00Z', schedule, 'BREAK', '2026-03-02T09:59:00Z')).toBe(false);
    expect(adherenceStatus('2026-03-02T12:00:00Z', schedule, 'OTHER', '2026-03-02T11:00:00Z')).toEqual({
      scheduled: null,
      expectedStates: [],
      mismatchSeconds: 0,
      outOfAdherence: false,
    });
    expect(adherenceStatus('2026-03-02T09:30:00Z', schedule, 'OTHER', '2026-03-02T09:28:00Z')).toMatchObject({
      scheduled: 'work',
      mismatchSeconds: 120,
      outOfAdherence: true,
    });
  });
});

describe('adherenceTimeline', () => {
  it('splits a shift into work, break, meal and activities at local times', () => {
    const shift = dayShift('s', 'a1', 'Hotline', 0);
    const timeline = adherenceTimeline(
      { days: 7, agentSkills: {}, shifts: [shift] },
      { weekStart: '2026-03-02', timeZone: 'Asia/Shanghai' },
    );
    expect(
      timeline.map((t) => [t.activity, new Date(t.start).toISOString(), new Date(t.end).toISOString()]),
    ).toEqual([
      ['work', '2026-03-02T01:00:00.000Z', '2026-03-02T02:30:00.000Z'],
      ['break', '2026-03-02T02:30:00.000Z', '2026-03-02T02:45:00.000Z'],
      ['work', '2026-03-02T02:45:00.000Z', '2026-03-02T04:30:00.000Z'],
      ['meal', '2026-03-02T04:30:00.000Z', '2026-03-02T05:00:00.000Z'],
      ['work', '2026-03-02T05:00:00.000Z', '2026-03-02T09:30:00.000Z'],
    ]);
  });

  it('keeps local times across a DST change (Europe/Berlin, 29 March 2026)', () => {
    const monday = dayShift('m', 'a1', 'Hotline', 0);
    const sunday = dayShift('s', 'a1', 'Hotline', 6);
    const timeline = adherenceTimeline(
      { days: 7, agentSkills: {}, shifts: [monday, sunday] },
      { weekStart: '2026-03-23', timeZone: 'Europe/Berlin' },
    );
    const starts = timeline.filter((t) => t.activity === 'work').map((t) => new Date(t.start).toISOString());
    expect(starts[0]).toBe('2026-03-23T08:00:00.000Z'); // 09:00 CET
    expect(starts[3]).toBe('2026-03-29T07:00:00.000Z'); // 09:00 CEST
  });

  it('names a malformed week start', () => {
    expect(() =>
      adherenceTimeline({ days: 7, agentSkills: {}, shifts: [] }, { weekStart: '2026-02-30' }),
    ).toThrow('weekStart must be a calendar date');
  });
});
