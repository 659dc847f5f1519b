import type { Schedule, ScheduledShift, SchedulingRules, Violation, ViolationRule } from './model.js';
import {
  INTERVAL_MINUTES,
  applicableBreakRules,
  creditedMinutes,
  dayOf,
  indexRules,
  shiftPaidMinutes,
  templateAllowed,
  MINUTES_PER_DAY,
} from './rules-index.js';

function clock(minute: number): string {
  const day = dayOf(minute);
  const m = minute - day * MINUTES_PER_DAY;
  return `day ${day} ${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}

/**
 * Lists every rule the schedule breaks (an empty list means the schedule is valid):
 * per shift — known agent and template, template allowed for the agent, inside the horizon,
 * length and start within the template (window, step, day), breaks of each applicable rule in
 * the right number, length and window, breaks and activities inside the shift and not
 * overlapping, requested activities within their window, the shift's queue among the agent's
 * skills, the agent's fixed days off, availability and time off; per agent — weekly paid hours
 * between the contract's min and max, working days ≤ max, rest between consecutive shifts ≥
 * the contract's minimum, no two shifts overlapping.
 *
 * A day is the horizon day on which the shift starts; weekly hours are paid hours (length less
 * unpaid breaks) plus the paid hours of the agent's time off. Throws a RangeError (from the rules check) when the rules themselves are
 * unusable, e.g. an agent names an unknown contract.
 */
export function validateSchedule(schedule: Schedule, rules: SchedulingRules): Violation[] {
  const index = indexRules(rules);
  const violations: Violation[] = [];
  const add = (rule: ViolationRule, agentId: string, message: string, shiftId?: string): void => {
    violations.push(shiftId === undefined ? { rule, agentId, message } : { rule, agentId, shiftId, message });
  };
  const byAgent = new Map<string, ScheduledShift[]>();

  for (const shift of schedule.shifts) {
    const agent = index.agents.get(shift.agentId);
    const at = `shift ${shift.id} (${clock(shift.start)})`;
    if (!agent) {
      add('UNKNOWN_AGENT', shift.agentId, `${at}: agent "${shift.agentId}" is not in the rules`, shift.id);
      continue;
    }
    const list = byAgent.get(agent.id) ?? [];
    list.push(shift);
    byAgent.set(agent.id, list);

    if (!(shift.end > shift.start) || shift.start < 0 || shift.start >= index.horizonMinutes) {
      add(
        'HORIZON',
        agent.id,
        `${at}: must start inside the ${index.days}-day horizon and end after it starts`,
        shift.id,
      );
    }
    const day = dayOf(shift.start);
    const template = index.templates.get(shift.templateId);
    if (!template) {
      add(
        'UNKNOWN_TEMPLATE',
        agent.id,
        `${at}: template "${shift.templateId}" is not in the rules`,
        shift.id,
      );
    } else {
      if (!templateAllowed(agent, template.id)) {
        add(
          'TEMPLATE_NOT_ALLOWED',
          agent.id,
          `${at}: agent may not work template "${template.id}"`,
          shift.id,
        );
      }
      const length = shift.end - shift.start;
      if (!template.lengthsMinutes.includes(length)) {
        add(
          'SHIFT_LENGTH',
          agent.id,
          `${at}: length ${length} min is not one of ${template.lengthsMinutes.join(', ')}`,
          shift.id,
        );
      }
      const startOfDay = shift.start - day * MINUTES_PER_DAY;
      const step = template.startStepMinutes ?? INTERVAL_MINUTES;
      if (
        startOfDay < template.earliestStartMinutes ||
        startOfDay > template.latestStartMinutes ||
        (startOfDay - template.earliestStartMinutes) % step !== 0 ||
        (template.days !== undefined && !template.days.includes(day))
      ) {
        add(
          'SHIFT_START_WINDOW',
          agent.id,
          `${at}: start is outside template "${template.id}"'s start window, step or days`,
          shift.id,
        );
      }
      const applicable = applicableBreakRules(template, length);
      for (const rule of applicable) {
        const placed = shift.breaks.filter((b) => b.ruleId === rule.id);
        if (placed.length !== rule.count) {
          add(
            'BREAK_COUNT',
            agent.id,
            `${at}: ${placed.length} breaks of rule "${rule.id}", expected ${rule.count}`,
            shift.id,
          );
        }
        for (const b of placed) {
          const offset = b.start - shift.start;
          if (
            b.end - b.start !== rule.lengthMinutes ||
            b.paid !== rule.paid ||
            b.kind !== rule.kind ||
            offset < rule.earliestOffsetMinutes ||
            offset > rule.latestOffsetMinutes ||
            offset % INTERVAL_MINUTES !== 0
          ) {
            add(
              'BREAK_WINDOW',
              agent.id,
              `${at}: ${rule.kind} "${rule.id}" at ${clock(b.start)} breaks its length, pay or window`,
              shift.id,
            );
          }
        }
      }
      for (const b of shift.breaks) {
        if (!applicable.some((r) => r.id === b.ruleId)) {
          add(
            'BREAK_COUNT',
            agent.id,
            `${at}: break rule "${b.ruleId}" does not apply to this shift`,
            shift.id,
          );
        }
      }
    }

    const pieces = [
      ...shift.breaks.map((b) => ({ what: `${b.kind} "${b.ruleId}"`, start: b.start, end: b.end })),
      ...shift.activities.map((a) => ({
        what: `${a.kind} ${a.activityId ?? ''}`.trim(),
        start: a.start,
        end: a.end,
      })),
    ].sort((a, b) => a.start - b.start);
    for (let i = 0; i < pieces.length; i++) {
      const p = pieces[i];
      if (p.start < shift.start || p.end > shift.end || !(p.end > p.start)) {
        add('OVERLAP', agent.id, `${at}: ${p.what} at ${clock(p.start)} is not inside the shift`, shift.id);
      }
      if (i > 0 && p.start < pieces[i - 1].end) {
        add(
          'OVERLAP',
          agent.id,
          `${at}: ${p.what} overlaps ${pieces[i - 1].what} at ${clock(p.start)}`,
          shift.id,
        );
      }
    }
    for (const a of shift.activities) {
      if (a.activityId === undefined) continue;
      const request = index.activities.get(a.activityId);
      if (
        !request ||
        !request.agentIds.includes(agent.id) ||
        a.start < request.earliestStart ||
        a.end > request.latestEnd ||
        a.end - a.start !== request.lengthMinutes ||
        a.kind !== request.kind
      ) {
        add(
          'ACTIVITY_WINDOW',
          agent.id,
          `${at}: activity "${a.activityId}" is outside its request's window, length or attendees`,
          shift.id,
        );
      }
    }

    if (!((agent.skills[shift.queueId] ?? 0) > 0)) {
      add('SKILL', agent.id, `${at}: agent has no skill for queue "${shift.queueId}"`, shift.id);
    }
    if (index.daysOff.get(agent.id)?.has(day)) {
      add('FIXED_DAY_OFF', agent.id, `${at}: day ${day} is a fixed day off`, shift.id);
    }
    if (agent.availability && !agent.availability.some((w) => w.start <= shift.start && w.end >= shift.end)) {
      add(
        'AVAILABILITY',
        agent.id,
        `${at}: shift is not inside one of the agent's availability windows`,
        shift.id,
      );
    }
    for (const t of index.timeOff.get(agent.id) ?? []) {
      if (t.start < shift.end && t.end > shift.start) {
        add('TIME_OFF', agent.id, `${at}: shift overlaps time off "${t.id}"`, shift.id);
      }
    }
  }

  for (const agent of index.agents.values()) {
    const contract = index.contracts.get(agent.contractId)!;
    const shifts = (byAgent.get(agent.id) ?? []).slice().sort((a, b) => a.start - b.start);
    const paid = shifts.reduce((sum, s) => sum + shiftPaidMinutes(s), creditedMinutes(index, agent.id));
    const hours = Math.round((paid / 60) * 100) / 100;
    if (paid < contract.minHoursPerWeek * 60 - 1e-9) {
      add(
        'WEEKLY_HOURS_MIN',
        agent.id,
        `agent works ${hours} paid hours, contract minimum is ${contract.minHoursPerWeek}`,
      );
    }
    if (paid > contract.maxHoursPerWeek * 60 + 1e-9) {
      add(
        'WEEKLY_HOURS_MAX',
        agent.id,
        `agent works ${hours} paid hours, contract maximum is ${contract.maxHoursPerWeek}`,
      );
    }
    const days = new Set(shifts.map((s) => dayOf(s.start)));
    if (days.size > contract.maxWorkingDays) {
      add(
        'MAX_WORKING_DAYS',
        agent.id,
        `agent works ${days.size} days, contract maximum is ${contract.maxWorkingDays}`,
      );
    }
    for (let i = 1; i < shifts.length; i++) {
      const prev = shifts[i - 1];
      const next = shifts[i];
      if (next.start < prev.end) {
        add('OVERLAP', agent.id, `shifts ${prev.id} and ${next.id} overlap`, next.id);
      } else if (next.start - prev.end < contract.minRestHours * 60) {
        add(
          'MIN_REST',
          agent.id,
          `only ${(next.start - prev.end) / 60} h rest between shifts ${prev.id} and ${next.id}, contract minimum is ${contract.minRestHours} h`,
          next.id,
        );
      }
    }
  }
  return violations;
}
