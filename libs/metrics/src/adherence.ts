import { AGENT_STATES } from '@servicefloor/contracts';
import type { AgentState } from '@servicefloor/contracts';
import { ratio } from './ratio.js';
import { assertFiniteMs } from './zone.js';

/** What a schedule can ask an agent to be doing. */
export const SCHEDULED_ACTIVITIES = ['WORK', 'BREAK', 'MEAL', 'TRAINING', 'MEETING'] as const;
export type ScheduledActivity = (typeof SCHEDULED_ACTIVITIES)[number];

/** The agent states that match each scheduled activity. WORK is any state of taking contacts. */
export const ACTIVITY_STATES: Readonly<Record<ScheduledActivity, readonly AgentState[]>> = {
  WORK: ['AVAILABLE', 'ON_CONTACT', 'AFTER_CONTACT_WORK'],
  BREAK: ['BREAK'],
  MEAL: ['MEAL'],
  TRAINING: ['TRAINING'],
  MEETING: ['MEETING'],
};

/** Default adherence tolerance per activity (metrics.md: "default 60 s"). */
export const DEFAULT_ADHERENCE_TOLERANCE_SECONDS = 60;

/** One scheduled activity of one agent over [fromMs, toMs). */
export interface ScheduledBlock {
  activity: ScheduledActivity;
  fromMs: number;
  toMs: number;
}

/** One span of an agent's actual state over [fromMs, toMs). Time covered by no span is LOGGED_OUT. */
export interface StateSpan {
  state: AgentState;
  fromMs: number;
  toMs: number;
}

export interface AdherenceResult {
  scheduledSeconds: number;
  adherentSeconds: number;
  /** adherent / scheduled; null when nothing is scheduled. */
  adherence: number | null;
}

/**
 * Schedule adherence of one agent (metrics.md, "Agent metrics"): the scheduled time in which the actual
 * state matches the scheduled activity, over the scheduled time. Tolerance (per activity, default 60 s):
 * a change of state up to `tolerance` seconds away from the scheduled change is in adherence. Precisely,
 * in the first `tolerance` seconds of a block the state of the activity scheduled just before it (or
 * LOGGED_OUT when no block ends where it starts) also matches, and in its last `tolerance` seconds the
 * state of the activity scheduled just after it (or LOGGED_OUT) also matches; the tolerance is the
 * block's own activity's. So returning from a break 40 s late, or logging in 50 s late, costs nothing;
 * returning 90 s late costs the 30 s beyond the tolerance. Time in OTHER never matches.
 *
 * Pass adherentSeconds and scheduledSeconds to agentMetrics for team and period figures.
 *
 * @throws RangeError naming the block or span when a time is not finite, a span is reversed, blocks or
 *   spans overlap, an activity or state is unknown, or a tolerance is negative.
 */
export function adherence(
  scheduled: readonly ScheduledBlock[],
  actual: readonly StateSpan[],
  options: { toleranceSeconds?: Partial<Record<ScheduledActivity, number>> } = {},
): AdherenceResult {
  const blocks = sortedSpans('scheduled', scheduled, (b, field) => {
    if (!(SCHEDULED_ACTIVITIES as readonly string[]).includes(b.activity)) {
      throw new RangeError(
        `${field}.activity must be one of ${SCHEDULED_ACTIVITIES.join(', ')}, got ${JSON.stringify(b.activity)}`,
      );
    }
  });
  const spans = sortedSpans('actual', actual, (s, field) => {
    if (!(AGENT_STATES as readonly string[]).includes(s.state)) {
      throw new RangeError(
        `${field}.state must be one of ${AGENT_STATES.join(', ')}, got ${JSON.stringify(s.state)}`,
      );
    }
  });
  const tolerances = { ...options.toleranceSeconds };
  for (const [activity, seconds] of Object.entries(tolerances)) {
    if (typeof seconds !== 'number' || !Number.isFinite(seconds) || seconds < 0) {
      throw new RangeError(
        `toleranceSeconds.${activity} must be a finite number ≥ 0, got ${String(seconds)}`,
      );
    }
  }

  const stateAt = (at: number): AgentState => {
    // Last span starting at or before `at` (binary search), if it still covers `at`.
    let lo = 0;
    let hi = spans.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid]!.fromMs <= at) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found >= 0 && spans[found]!.toMs > at ? spans[found]!.state : 'LOGGED_OUT';
  };

  let scheduledMs = 0;
  let adherentMs = 0;
  blocks.forEach((block, k) => {
    const previous = k > 0 && blocks[k - 1]!.toMs === block.fromMs ? blocks[k - 1]! : null;
    const next = k + 1 < blocks.length && blocks[k + 1]!.fromMs === block.toMs ? blocks[k + 1]! : null;
    const toleranceMs = (tolerances[block.activity] ?? DEFAULT_ADHERENCE_TOLERANCE_SECONDS) * 1000;
    const own = ACTIVITY_STATES[block.activity];
    const before = previous === null ? ['LOGGED_OUT' as const] : ACTIVITY_STATES[previous.activity];
    const after = next === null ? ['LOGGED_OUT' as const] : ACTIVITY_STATES[next.activity];
    const graceEnd = Math.min(block.toMs, block.fromMs + toleranceMs);
    const graceStart = Math.max(block.fromMs, block.toMs - toleranceMs);
    const cuts = new Set([block.fromMs, block.toMs, graceEnd, graceStart]);
    for (const span of spans) {
      if (span.fromMs > block.fromMs && span.fromMs < block.toMs) cuts.add(span.fromMs);
      if (span.toMs > block.fromMs && span.toMs < block.toMs) cuts.add(span.toMs);
    }
    const points = [...cuts].sort((a, b) => a - b);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const length = points[i + 1]! - from;
      const state = stateAt(from);
      const matches =
        own.includes(state) ||
        (from < graceEnd && before.includes(state)) ||
        (from >= graceStart && after.includes(state));
      if (matches) adherentMs += length;
    }
    scheduledMs += block.toMs - block.fromMs;
  });
  return {
    scheduledSeconds: scheduledMs / 1000,
    adherentSeconds: adherentMs / 1000,
    adherence: ratio(adherentMs, scheduledMs),
  };
}

function sortedSpans<T extends { fromMs: number; toMs: number }>(
  name: string,
  list: readonly T[],
  check: (item: T, field: string) => void,
): T[] {
  list.forEach((item, i) => {
    const field = `${name}[${i}]`;
    assertFiniteMs(`${field}.fromMs`, item.fromMs);
    assertFiniteMs(`${field}.toMs`, item.toMs);
    if (item.toMs < item.fromMs) throw new RangeError(`${field}.toMs must not be before its fromMs`);
    check(item, field);
  });
  const sorted = list
    .map((item, index) => ({ item, index }))
    .filter(({ item }) => item.toMs > item.fromMs)
    .sort((a, b) => a.item.fromMs - b.item.fromMs);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]!.item.fromMs < sorted[i - 1]!.item.toMs) {
      throw new RangeError(
        `${name}[${sorted[i - 1]!.index}] and ${name}[${sorted[i]!.index}] must not overlap`,
      );
    }
  }
  return sorted.map(({ item }) => item);
}
