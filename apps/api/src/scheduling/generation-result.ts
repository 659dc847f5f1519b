import type { GenerationResult, Schedule, Violation } from '@servicefloor/scheduling';

/** What the API keeps of a generation (the schedule and its figures; the coverage is recomputed on read). */
export interface GenerationOutcome {
  schedule: Schedule;
  underCoverageStaffHours: number;
  overCoverageStaffHours: number;
  paidHours: number;
  lowerBoundUnderStaffHours: number;
  unreachableStaffHours: number;
  gapStaffHours: number;
  gapRatio: number | null;
  unplacedActivities: number;
  violations: Violation[];
  seconds: number;
}

/** The part of a GenerationResult worth sending back from the worker and storing. */
export function outcomeOf(result: GenerationResult): GenerationOutcome {
  return {
    schedule: result.schedule,
    underCoverageStaffHours: result.underCoverageStaffHours,
    overCoverageStaffHours: result.overCoverageStaffHours,
    paidHours: result.paidHours,
    lowerBoundUnderStaffHours: result.lowerBoundUnderStaffHours,
    unreachableStaffHours: result.unreachableStaffHours,
    gapStaffHours: result.gapStaffHours,
    gapRatio: result.gapRatio,
    unplacedActivities: result.unplacedActivities.length,
    violations: result.violations,
    seconds: result.seconds,
  };
}
