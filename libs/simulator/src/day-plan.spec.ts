import { describe, expect, it } from 'vitest';
import { expectedArrivals } from './arrival-rate.js';
import { coverDemand, planDay } from './day-plan.js';
import { demoCenter } from './demo-center.js';
import { smallCenter } from './testing.js';

const MONDAY = Date.UTC(2026, 2, 2) / 86_400_000;

describe('planDay', () => {
  const center = demoCenter();
  const plan = planDay(center, MONDAY, 1);

  it('rosters agents inside the day, not on their rest days, each at most once', () => {
    const seen = new Set<number>();
    for (const s of plan.shifts) {
      expect(seen.has(s.agent)).toBe(false);
      seen.add(s.agent);
      expect(center.agents[s.agent].daysOff).not.toContain(0);
      expect(s.loginSec).toBeGreaterThanOrEqual(plan.dayStartSec);
      expect(s.logoutSec).toBeLessThanOrEqual(plan.dayEndSec);
      expect(s.logoutSec).toBeGreaterThan(s.loginSec);
    }
    for (const a of plan.absent) expect(seen.has(a)).toBe(false);
    expect(plan.dayEndSec - plan.dayStartSec).toBe(86_400);
  });

  it('places activities inside the shift, in order, apart, with labels for training and other', () => {
    let training = 0;
    for (const s of plan.shifts) {
      let free = s.loginSec;
      for (const a of s.activities) {
        expect(a.startSec).toBeGreaterThanOrEqual(free);
        expect(a.startSec + a.lengthSec).toBeLessThanOrEqual(s.logoutSec);
        free = a.startSec + a.lengthSec + 300;
        if (a.state === 'TRAINING') {
          training++;
          expect(center.workforce.trainingTopics).toContain(a.label);
        }
        if (a.state === 'OTHER') expect(center.workforce.otherReasons).toContain(a.label);
      }
      const length = s.endSec - s.startSec;
      if (length >= 8 * 3600)
        expect(s.activities.filter((a) => a.state === 'MEAL').length).toBeLessThanOrEqual(1);
    }
    expect(training).toBeGreaterThan(0);
  });

  it('covers the required agents of each interval where enough agents are free (demand groups)', () => {
    const group = center.groups[0];
    const shifts = coverDemand(center, group, MONDAY);
    const coverage = new Array<number>(96).fill(0);
    for (const k of shifts) {
      const s = group.shifts[k];
      for (let i = s.startMinute / 15; i < (s.startMinute + s.lengthMinutes) / 15; i++) coverage[i]++;
    }
    const q = center.queues.find((x) => x.name === group.queues[0]);
    const arrivals = expectedArrivals(center, q?.demand ?? center.queues[0].demand, 'HOTLINE', MONDAY);
    const aht =
      (q?.talk.mean ?? 0) + (q?.hold.probability ?? 0) * (q?.hold.duration.mean ?? 0) + (q?.acw.mean ?? 0);
    for (let i = 0; i < 96; i++) {
      const a = (arrivals[i] * aht) / 900;
      const required = Math.ceil(
        Math.max(group.minimumAgents, Math.ceil(a + group.serviceFactor * Math.sqrt(a))) /
          (1 - center.workforce.inShiftShrinkage),
      );
      if (a > 0) expect(coverage[i], `interval ${i}`).toBeGreaterThanOrEqual(required);
    }
    const rostered =
      plan.shifts.filter((s) => s.group === 0).length +
      plan.absent.filter((a) => center.agents[a].team.startsWith('Hotline General')).length;
    expect(rostered).toBe(shifts.length);
  });

  it('is deterministic, and a staffing factor cuts shifts', () => {
    expect(planDay(center, MONDAY, 1)).toEqual(plan);
    const cut = planDay(center, MONDAY, 1, { staffingFactor: 0.5 });
    expect(cut.shifts.length).toBeLessThan(plan.shifts.length * 0.6);
    expect(cut.shifts.length).toBeGreaterThan(plan.shifts.length * 0.4);
  });

  it("rosters everyone not resting in an 'all' group", () => {
    const small = { ...smallCenter(), workforce: { ...smallCenter().workforce, absenceRate: 0 } };
    const deskPlan = planDay(small, MONDAY, 3);
    const desk = small.agents.filter((a) => a.team === 'Claim Team' && !a.daysOff.includes(0));
    expect(deskPlan.shifts.filter((s) => s.group === 2)).toHaveLength(desk.length);
  });
});
