/** The three front lines of a center. */
export const CHANNELS = ['HOTLINE', 'ONLINE', 'CLAIM_DESK'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Agent states of metrics.md, in the order a wallboard lists them. */
export const AGENT_STATES = [
  'AVAILABLE',
  'ON_CONTACT',
  'AFTER_CONTACT_WORK',
  'BREAK',
  'MEAL',
  'TRAINING',
  'MEETING',
  'OTHER',
  'LOGGED_OUT',
] as const;
export type AgentState = (typeof AGENT_STATES)[number];

export const CONTACT_EVENT_TYPES = [
  'OFFERED',
  'ANSWERED',
  'ABANDONED',
  'FLOWED_OUT',
  'TRANSFERRED',
  'COMPLETED',
] as const;
export type ContactEventType = (typeof CONTACT_EVENT_TYPES)[number];

export const CLAIM_EVENT_TYPES = ['OPENED', 'ASSIGNED', 'SETTLED', 'REJECTED', 'REOPENED'] as const;
export type ClaimEventType = (typeof CLAIM_EVENT_TYPES)[number];

export const EVENT_KINDS = [
  'contact',
  'agentState',
  'claim',
  'survey',
  'qualityEvaluation',
  'training',
] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

/**
 * Service-level definitions of metrics.md. DEFAULT is
 * answered within T / (answered + abandoned + flowed out − short abandoned).
 */
export const SERVICE_LEVEL_VARIANTS = ['DEFAULT', 'ANSWERED_ONLY', 'OFFERED', 'EXCLUDE_FLOWED_OUT'] as const;
export type ServiceLevelVariant = (typeof SERVICE_LEVEL_VARIANTS)[number];

export const GRANULARITIES = ['INTERVAL', 'DAY', 'WEEK', 'MONTH'] as const;
export type Granularity = (typeof GRANULARITIES)[number];
