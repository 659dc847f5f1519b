import {
  generateSchedule,
  validateSchedule,
  type GenerationResult,
  type Requirement,
  type SchedulingRules,
  type Violation,
} from '@servicefloor/scheduling';
import type { Report } from '../report.js';

/**
 * Generates a week and prints what issue #8 measures: wall and CPU time (split into the LP and the
 * local search), under-coverage against the LP bound (and the part no allowed shift reaches),
 * over-coverage, paid hours and the validator's verdict. The scheduling benches share it.
 */
export async function generateAndReport(
  report: Report,
  rules: SchedulingRules,
  requirement: Requirement,
): Promise<{ result: GenerationResult; violations: Violation[] }> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const result = await generateSchedule(rules, requirement);
  const seconds = (performance.now() - started) / 1000;
  const cpuSeconds = process.cpuUsage(cpu).user / 1e6;
  const violations = validateSchedule(result.schedule, rules);
  report('agents', rules.agents.length, 'agents');
  report('shifts scheduled', result.schedule.shifts.length, 'shifts');
  report('generation time', seconds, 's', '< 60 s');
  report('  process CPU time (user)', cpuSeconds, 's');
  report('  of which LP relaxation (HiGHS)', result.solver.lpSeconds, 's');
  report('  of which MILP (HiGHS, by day)', result.solver.milp.seconds, 's');
  report('  of which local search', result.solver.localSearch.seconds, 's');
  report('required', result.coverage.totals.requiredStaffHours, 'staff-hours');
  report('under-coverage', result.underCoverageStaffHours, 'staff-hours');
  report('LP lower bound of under-coverage', result.lowerBoundUnderStaffHours, 'staff-hours');
  report(
    '  of which no allowed shift reaches (night of a 24-hour queue…)',
    result.unreachableStaffHours,
    'staff-hours',
  );
  report('gap to the LP bound', 100 * (result.gapRatio ?? Number.NaN), '%', '≤ 3 %');
  report('over-coverage', result.overCoverageStaffHours, 'staff-hours');
  report('paid hours', result.paidHours, 'h');
  report('violations (validateSchedule)', violations.length, 'violations', '0');
  return { result, violations };
}
