import { describe, expect, it } from 'vitest';
import { applyEdit } from './apply-edit.js';
import { validateSchedule } from './validate-schedule.js';
import { at, baseRules, baseSchedule, requirementOf } from './testing.js';

const requirement = requirementOf(7, [{ queue: 'Hotline', from: at(0, 9), to: at(0, 17, 30), value: 1 }]);

describe('applyEdit', () => {
  it('moves a shift with its breaks and activities, and recomputes coverage', () => {
    const { schedule, coverage } = applyEdit(
      baseSchedule(),
      { kind: 'move', shiftId: 'a1/0', start: at(0, 9, 30) },
      requirement,
    );
    const moved = schedule.shifts.find((s) => s.id === 'a1/0')!;
    expect([moved.start, moved.end, moved.breaks[0].start]).toEqual([at(0, 9, 30), at(0, 18), at(0, 11)]);
    // 09:00–09:30 now uncovered (0.5 h), plus the break and meal (0.75 h)
    expect(coverage!.queues.find((q) => q.queueId === 'Hotline')!.underStaffHours).toBe(1.25);
    expect(validateSchedule(schedule, baseRules())).toEqual([]);
  });

  it('does not change the schedule it was given', () => {
    const before = baseSchedule();
    const copy = structuredClone(before);
    applyEdit(before, { kind: 'move', shiftId: 'a1/0', start: at(0, 10) });
    expect(before).toEqual(copy);
  });

  it('lengthens a shift; the validator then names the length rule', () => {
    const { schedule, coverage } = applyEdit(baseSchedule(), {
      kind: 'resize',
      shiftId: 'a1/0',
      end: at(0, 18),
    });
    expect(coverage).toBeNull();
    expect(schedule.shifts.find((s) => s.id === 'a1/0')!.end).toBe(at(0, 18));
    expect(validateSchedule(schedule, baseRules()).map((v) => v.rule)).toEqual(['SHIFT_LENGTH']);
  });

  it('shortens a shift below the weekly minimum; the validator names both rules', () => {
    const { schedule } = applyEdit(baseSchedule(), { kind: 'resize', shiftId: 'a1/0', end: at(0, 15) });
    expect(validateSchedule(schedule, baseRules()).map((v) => v.rule)).toEqual([
      'SHIFT_LENGTH',
      'WEEKLY_HOURS_MIN',
    ]);
  });

  it('swaps two agents’ shifts; a2 lacks nothing, a1 lacks the Online skill', () => {
    const { schedule } = applyEdit(baseSchedule(), { kind: 'swap', shiftId: 'a1/0', otherShiftId: 'a2/0' });
    expect(schedule.shifts.find((s) => s.id === 'a1/0')!.agentId).toBe('a2');
    expect(validateSchedule(schedule, baseRules()).map((v) => v.rule)).toEqual(['SKILL']);
  });

  it('adds an activity, which takes the agent off the queue', () => {
    const { schedule, coverage } = applyEdit(
      baseSchedule(),
      {
        kind: 'addActivity',
        shiftId: 'a1/0',
        activity: { kind: 'coaching', start: at(0, 15), end: at(0, 15, 30) },
      },
      requirement,
    );
    expect(schedule.shifts.find((s) => s.id === 'a1/0')!.activities).toHaveLength(1);
    expect(coverage!.queues.find((q) => q.queueId === 'Hotline')!.underStaffHours).toBe(0.75 + 0.5);
  });

  it('names an unknown shift and an empty resize', () => {
    expect(() => applyEdit(baseSchedule(), { kind: 'move', shiftId: 'x', start: 0 })).toThrow(
      'shiftId "x" is not a shift of the schedule',
    );
    expect(() => applyEdit(baseSchedule(), { kind: 'resize', shiftId: 'a1/0', end: at(0, 9) })).toThrow(
      'end must be after start',
    );
    expect(() => applyEdit(baseSchedule(), { kind: 'swap', shiftId: 'a1/0', otherShiftId: 'a1/1' })).toThrow(
      'otherShiftId must be a shift of another agent',
    );
  });
});
