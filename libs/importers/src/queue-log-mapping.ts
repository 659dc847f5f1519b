import { z } from 'zod';
import { CHANNELS } from '@servicefloor/contracts';
import type { AgentState, Channel } from '@servicefloor/contracts';

/** Agent states a pause can stand for (never AVAILABLE, ON_CONTACT or LOGGED_OUT). */
export const PAUSE_STATES = ['BREAK', 'MEAL', 'TRAINING', 'MEETING', 'OTHER', 'AFTER_CONTACT_WORK'] as const;
export type PauseState = (typeof PAUSE_STATES)[number];

/** Where an Asterisk queue goes in ServiceFloor. */
export interface QueueTarget {
  /** The ServiceFloor queue name (queues are named by name on the wire). */
  name: string;
  /** Default `HOTLINE`: a queue_log queue is a phone queue unless said otherwise. */
  channel?: Channel;
}

/**
 * How Asterisk names translate into ServiceFloor names. Plain JSON, so a caller can keep it
 * in a file and pass it through {@link parseQueueLogMapping}.
 */
export interface QueueLogMapping {
  /** Asterisk queue name (matched exactly, then case-insensitively) → ServiceFloor queue. */
  queues?: Record<string, QueueTarget>;
  /**
   * Asterisk agent field → ServiceFloor agentId. The agent field is the member name or the
   * interface (`SIP/1001`, `PJSIP/1001`, `Local/1001@agents`, `Agent/1001`), depending on
   * queues.conf `log_membername_as_agent`, so list every form a site uses. Matched exactly,
   * then case-insensitively, then without a Local channel's `/n` suffix.
   */
  agents?: Record<string, string>;
  /** Pause reason (PAUSE data1, matched case-insensitively) → agent state. */
  pauseReasons?: Record<string, PauseState>;
  /** State of a pause without a mapped reason. Default `BREAK`. */
  defaultPauseState?: PauseState;
  /**
   * Transfer destination `exten@context` (BLINDTRANSFER / TRANSFER) → ServiceFloor queue name,
   * set as `targetQueue` of the TRANSFERRED event.
   */
  transferTargets?: Record<string, string>;
}

const nonEmpty = z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters');

const mappingSchema = z.strictObject({
  queues: z
    .record(
      z.string(),
      z.strictObject({
        name: nonEmpty,
        channel: z.enum(CHANNELS, { message: `must be one of ${CHANNELS.join(', ')}` }).optional(),
      }),
    )
    .optional(),
  agents: z.record(z.string(), nonEmpty).optional(),
  pauseReasons: z
    .record(z.string(), z.enum(PAUSE_STATES, { message: `must be one of ${PAUSE_STATES.join(', ')}` }))
    .optional(),
  defaultPauseState: z
    .enum(PAUSE_STATES, { message: `must be one of ${PAUSE_STATES.join(', ')}` })
    .optional(),
  transferTargets: z.record(z.string(), nonEmpty).optional(),
});

/**
 * Validates a mapping read from JSON (e.g. `JSON.parse(await readFile('mapping.json', 'utf8'))`).
 *
 * @throws Error listing every problem as `mapping.<path>: <reason>`, e.g.
 *   `mapping.queues.support.channel: must be one of HOTLINE, ONLINE, CLAIM_DESK`.
 */
export function parseQueueLogMapping(raw: unknown): QueueLogMapping {
  const result = mappingSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = ['mapping', ...issue.path.map(String)].join('.');
      const reason =
        issue.code === 'unrecognized_keys'
          ? `unknown field(s) ${(issue as { keys?: string[] }).keys?.join(', ') ?? ''}`
          : issue.message;
      return `${path}: ${reason}`;
    });
    throw new Error(problems.join('; '));
  }
  return result.data;
}

/** A lookup table that tries the exact key first, then the key in lower case. */
export class NameTable<T> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();

  constructor(entries: Record<string, T> | undefined) {
    for (const [key, value] of Object.entries(entries ?? {})) {
      this.exact.set(key, value);
      if (!this.folded.has(key.toLowerCase())) this.folded.set(key.toLowerCase(), value);
    }
  }

  get(key: string): T | undefined {
    return this.exact.get(key) ?? this.folded.get(key.toLowerCase());
  }
}

/** The agent state a pause reason stands for under a mapping (default BREAK). */
export function pauseState(reason: string, reasons: NameTable<PauseState>, fallback: PauseState): AgentState {
  const state = reason === '' ? undefined : reasons.get(reason.trim());
  return state ?? fallback;
}
