import { describe, expect, it } from 'vitest';
import {
  availabilityOf,
  clock,
  coverageRows,
  draggedBounds,
  mondayOf,
  nextMonday,
  parseClock,
  placement,
  serviceLevelRows,
  shiftSegments,
  snappedMinutes,
  windowsOf,
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

describe('dragging a shift on the Gantt', () => {
  it('turns pixels into minutes on the 15-minute grid', () => {
    // A day (1440 min) over 960 px: 1.5 min a pixel.
    expect(snappedMinutes(10, 960, 1440)).toBe(15);
    expect(snappedMinutes(4, 960, 1440)).toBe(0);
    expect(snappedMinutes(-21, 960, 1440)).toBe(-30);
    expect(Object.is(snappedMinutes(-2, 960, 1440), -0)).toBe(false);
    expect(snappedMinutes(50, 0, 1440)).toBe(0);
  });

  it('moves the whole shift, or one end keeping at least 15 minutes', () => {
    const shift = { startMinute: 540, endMinute: 1050 };
    expect(draggedBounds(shift, 'move', 30)).toEqual({ startMinute: 570, endMinute: 1080 });
    expect(draggedBounds(shift, 'end', 60)).toEqual({ startMinute: 540, endMinute: 1110 });
    expect(draggedBounds(shift, 'start', -15)).toEqual({ startMinute: 525, endMinute: 1050 });
    expect(draggedBounds(shift, 'end', -600)).toEqual({ startMinute: 540, endMinute: 555 });
  });
});

describe('service level rows', () => {
  it('puts Erlang C beside the simulated mean and its range, clipped to 0–1', () => {
    const predicted = { predictedServiceLevel: [null, 0.8, 0.9] };
    const simulated = { serviceLevel: [null, 0.75, 0.95], low: [null, 0.7, 0.9], high: [null, 0.8, 1.02] };
    expect(serviceLevelRows(predicted, simulated, 0, 45)).toEqual([
      { minute: 0, predicted: null, simulated: null, low: null, high: null },
      { minute: 15, predicted: 0.8, simulated: 0.75, low: 0.7, high: 0.8 },
      { minute: 30, predicted: 0.9, simulated: 0.95, low: 0.9, high: 1 },
    ]);
    // Before the simulation is done: the prediction alone.
    expect(serviceLevelRows(predicted, undefined, 15, 30)).toEqual([
      { minute: 15, predicted: 0.8, simulated: null, low: null, high: null },
    ]);
  });
});

describe('weekly availability', () => {
  it('stores null when every day is any time, windows otherwise (overnight past midnight)', () => {
    const any = availabilityOf(null);
    expect(windowsOf(any)).toBeNull();
    const days = any.map((d, day) =>
      day === 0
        ? { mode: 'between' as const, from: 12 * 60, to: 22 * 60 }
        : day === 1
          ? { mode: 'between' as const, from: 22 * 60, to: 6 * 60 }
          : day >= 5
            ? { ...d, mode: 'off' as const }
            : d,
    );
    const windows = windowsOf(days);
    expect(windows).toEqual([
      { day: 0, fromMinutes: 720, toMinutes: 1320 },
      { day: 1, fromMinutes: 1320, toMinutes: 1440 + 360 },
      { day: 2, fromMinutes: 0, toMinutes: 2880 },
      { day: 3, fromMinutes: 0, toMinutes: 2880 },
      { day: 4, fromMinutes: 0, toMinutes: 2880 },
    ]);
    // Read back: the same form.
    expect(availabilityOf(windows as never).map((d) => d.mode)).toEqual([
      'between',
      'between',
      'any',
      'any',
      'any',
      'off',
      'off',
    ]);
    expect(availabilityOf(windows as never)[1]).toEqual({ mode: 'between', from: 1320, to: 360 });
    expect(
      windowsOf(days.map((d, i) => (i === 3 ? { mode: 'between' as const, from: 600, to: 600 } : d))),
    ).toBe(3);
  });
});
