import { describe, expect, it } from 'vitest';
import {
  clock,
  coverageRows,
  mondayOf,
  nextMonday,
  parseClock,
  placement,
  shiftSegments,
} from './scheduleModel.js';

describe('schedule model', () => {
  it('splits a shift into work, breaks and activities in order', () => {
    const segments = shiftSegments({
      startMinute: 540,
      endMinute: 1050,
      breaks: [{ kind: 'meal', startMinute: 750, endMinute: 780 }],
      activities: [{ kind: 'training', startMinute: 600, endMinute: 660 }],
    });
    expect(segments).toEqual([
      { kind: 'work', start: 540, end: 600 },
      { kind: 'training', start: 600, end: 660 },
      { kind: 'work', start: 660, end: 750 },
      { kind: 'meal', start: 750, end: 780 },
      { kind: 'work', start: 780, end: 1050 },
    ]);
  });

  it('finds Mondays (2026-11-25 is a Wednesday)', () => {
    expect(nextMonday('2026-11-25')).toBe('2026-11-30');
    expect(nextMonday('2026-11-30')).toBe('2026-11-30');
    expect(mondayOf('2026-11-25')).toBe('2026-11-23');
  });

  it('reads and writes clock times on the 15-minute grid', () => {
    expect(clock(1440 + 9 * 60 + 15)).toBe('09:15');
    expect(parseClock('09:15')).toBe(555);
    expect(parseClock('09:10')).toBeNull();
    expect(parseClock('25:00')).toBeNull();
  });

  it('places a bar inside a window and clips it', () => {
    expect(placement(60, 120, 0, 240)).toEqual({ left: 25, width: 25 });
    expect(placement(200, 300, 0, 240)).toEqual({ left: (200 / 240) * 100, width: (40 / 240) * 100 });
    expect(placement(300, 400, 0, 240)).toBeNull();
  });

  it('sums coverage of every queue per interval', () => {
    const rows = coverageRows(
      [
        { queue: 'A', required: [1, 2], scheduled: [1, 1] },
        { queue: 'B', required: [0.5, 0], scheduled: [0, 1] },
      ],
      null,
      0,
      30,
    );
    expect(rows).toEqual([
      { minute: 0, required: 1.5, scheduled: 1 },
      { minute: 15, required: 2, scheduled: 2 },
    ]);
  });
});
