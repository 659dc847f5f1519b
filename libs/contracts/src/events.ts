import { z } from 'zod';
import { AGENT_STATES, CHANNELS, CLAIM_EVENT_TYPES, CONTACT_EVENT_TYPES } from './enums.js';

/*
 * The ingestion contract of metrics.md: every event is a flat JSON object, `kind` first,
 * with a unique `eventId` and an ISO 8601 `occurredAt` carrying an offset.
 */

const id = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const name = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');
const seconds = z
  .number()
  .finite()
  .min(0, 'must be ≥ 0')
  .max(7 * 24 * 3600, 'must be at most a week');
const occurredAt = z.iso.datetime({
  offset: true,
  message: 'must be an ISO 8601 time with an offset, e.g. 2026-03-02T09:00:00+08:00',
});

const base = {
  eventId: id,
  occurredAt,
};

export const contactEventSchema = z.strictObject({
  kind: z.literal('contact'),
  ...base,
  type: z.enum(CONTACT_EVENT_TYPES),
  contactId: id,
  queue: name,
  channel: z.enum(CHANNELS).optional(),
  agentId: id.optional(),
  customerId: id.optional(),
  /** TRANSFERRED: the queue the contact went to, when it is a queue. */
  targetQueue: name.optional(),
  talkSeconds: seconds.optional(),
  holdSeconds: seconds.optional(),
  acwSeconds: seconds.optional(),
});

export const agentStateEventSchema = z.strictObject({
  kind: z.literal('agentState'),
  ...base,
  agentId: id,
  state: z.enum(AGENT_STATES),
  reason: z.string().max(200).optional(),
});

export const claimEventSchema = z.strictObject({
  kind: z.literal('claim'),
  ...base,
  claimId: id,
  type: z.enum(CLAIM_EVENT_TYPES),
  queue: name,
  agentId: id.optional(),
  amount: z.number().finite().min(0, 'must be ≥ 0').optional(),
});

export const surveyEventSchema = z.strictObject({
  kind: z.literal('survey'),
  ...base,
  contactId: id,
  csat: z.number().int('must be a whole number').min(1, 'must be 1–5').max(5, 'must be 1–5'),
  nps: z.number().int('must be a whole number').min(0, 'must be 0–10').max(10, 'must be 0–10').optional(),
  resolved: z.boolean().optional(),
  comment: z.string().max(4000).optional(),
});

export const qualityEvaluationEventSchema = z
  .strictObject({
    kind: z.literal('qualityEvaluation'),
    ...base,
    contactId: id.optional(),
    agentId: id.optional(),
    score: z.number().finite().min(0, 'must be 0–100').max(100, 'must be 0–100'),
    evaluator: name,
    form: name.optional(),
    criteria: z.record(z.string(), z.number().finite().min(0).max(100)).optional(),
  })
  .refine((e) => e.contactId !== undefined || e.agentId !== undefined, {
    message: 'contactId or agentId is required',
    path: ['agentId'],
  });

export const trainingEventSchema = z.strictObject({
  kind: z.literal('training'),
  ...base,
  agentId: id,
  hours: z.number().finite().gt(0, 'must be > 0').max(24, 'must be at most 24'),
  topic: name,
});

export type ContactEvent = z.infer<typeof contactEventSchema>;
export type AgentStateEvent = z.infer<typeof agentStateEventSchema>;
export type ClaimEvent = z.infer<typeof claimEventSchema>;
export type SurveyEvent = z.infer<typeof surveyEventSchema>;
export type QualityEvaluationEvent = z.infer<typeof qualityEvaluationEventSchema>;
export type TrainingEvent = z.infer<typeof trainingEventSchema>;

/** A validated event as it arrives on the wire. */
export type WireEvent =
  ContactEvent | AgentStateEvent | ClaimEvent | SurveyEvent | QualityEvaluationEvent | TrainingEvent;

export const eventSchemas = {
  contact: contactEventSchema,
  agentState: agentStateEventSchema,
  claim: claimEventSchema,
  survey: surveyEventSchema,
  qualityEvaluation: qualityEvaluationEventSchema,
  training: trainingEventSchema,
} as const;
