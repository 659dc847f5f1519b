export * from './model.js';
export { coverage, presenceSegments, type CoverageReport, type QueueCoverage } from './coverage.js';
export { validateSchedule } from './validate-schedule.js';
export { shiftPaidMinutes } from './rules-index.js';
export {
  generateSchedule,
  type GenerateOptions,
  type GenerationResult,
  type ScheduleWeights,
  type UnmetDemand,
  type UnplacedActivity,
} from './generate-schedule.js';
export {
  adherence,
  adherenceStatus,
  isOutOfAdherence,
  ADHERENCE_STATES,
  DEFAULT_TOLERANCE_SECONDS,
  type ActualState,
  type AdherenceInput,
  type AdherenceStatus,
  type AgentDayAdherence,
  type Instant,
  type ScheduledActivity,
  type ScheduledActivityKind,
} from './adherence.js';
export { adherenceTimeline } from './schedule-timeline.js';
export { applyEdit, type EditResult, type ScheduleEdit } from './apply-edit.js';
