import type { WireEvent } from './events.js';
import { eventSchemas } from './events.js';

/** One reason an event was refused, naming the field. */
export interface FieldError {
  field: string;
  reason: string;
}

export type ParseResult =
  { ok: true; event: WireEvent; at: number } | { ok: false; eventId: string | null; errors: FieldError[] };

export interface ParseOptions {
  /** The server's clock, ms since the epoch. */
  now: number;
  /** Events further than this in the future are refused (clock skew allowance). */
  maxFutureMs?: number;
}

const DEFAULT_MAX_FUTURE_MS = 5 * 60 * 1000;

/**
 * Validates one wire event (metrics.md, "Events"). Never throws: bad input becomes a list of
 * field errors, so one bad event never sinks its batch.
 */
export function parseEvent(raw: unknown, options: ParseOptions): ParseResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    return reject(null, [{ field: '(event)', reason: 'must be a JSON object' }]);
  }
  const record = raw as Record<string, unknown>;
  const eventId = typeof record.eventId === 'string' ? record.eventId : null;
  const kind = record.kind;
  if (typeof kind !== 'string' || !(kind in eventSchemas)) {
    const known = Object.keys(eventSchemas).join(', ');
    return reject(eventId, [
      {
        field: 'kind',
        reason:
          kind === undefined
            ? `is required (one of ${known})`
            : `unknown kind ${JSON.stringify(kind)} (one of ${known})`,
      },
    ]);
  }
  const schema = eventSchemas[kind as keyof typeof eventSchemas];
  const result = schema.safeParse(raw);
  if (!result.success) {
    return reject(
      eventId,
      result.error.issues.map((issue) => ({
        field:
          issue.path.length > 0
            ? issue.path.join('.')
            : issue.code === 'unrecognized_keys'
              ? ((issue as { keys?: string[] }).keys?.join(', ') ?? '(event)')
              : '(event)',
        reason: issue.code === 'unrecognized_keys' ? 'is not a field of this event kind' : issue.message,
      })),
    );
  }
  const at = Date.parse(result.data.occurredAt);
  const maxFuture = options.maxFutureMs ?? DEFAULT_MAX_FUTURE_MS;
  if (at > options.now + maxFuture) {
    return reject(eventId, [{ field: 'occurredAt', reason: 'is too far in the future' }]);
  }
  return { ok: true, event: result.data as WireEvent, at };
}

function reject(eventId: string | null, errors: FieldError[]): ParseResult {
  return { ok: false, eventId, errors };
}
