import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  AGENT_COUNTER_KEYS,
  addAgentCounters,
  emptyAgentCounters,
  subtractAgentCounters,
} from './agent-counters.js';
import type { AgentCounters } from './agent-counters.js';
import {
  agentContactContribution,
  agentStateContribution,
  qaEvaluationContribution,
  trainingContribution,
} from './agent-contribution.js';
import { rollUp } from './roll-up.js';
import { T0, makeContact } from './testing.js';

const MIN = 60_000;
const nonZero = (c: AgentCounters) => Object.fromEntries(Object.entries(c).filter(([, v]) => v !== 0));

describe('agentStateContribution', () => {
  it('apportions a state span to the intervals it covers', () => {
    // BREAK 09:22 → 09:37: 8 min in [09:15, 09:30), 7 min in [09:30, 09:45).
    expect(
      agentStateContribution('BREAK', T0 + 22 * MIN, T0 + 37 * MIN).map((c) => [
        c.intervalStart,
        nonZero(c.counters),
      ]),
    ).toEqual([
      [T0 + 15 * MIN, { secondsBreak: 480 }],
      [T0 + 30 * MIN, { secondsBreak: 420 }],
    ]);
  });

  it('maps every logged-in state to its counter; LOGGED_OUT contributes nothing', () => {
    const keyOf = (state: Parameters<typeof agentStateContribution>[0]) =>
      Object.keys(nonZero(agentStateContribution(state, T0, T0 + MIN)[0]!.counters));
    expect(keyOf('AVAILABLE')).toEqual(['secondsAvailable']);
    expect(keyOf('ON_CONTACT')).toEqual(['secondsOnContact']);
    expect(keyOf('AFTER_CONTACT_WORK')).toEqual(['secondsAfterContactWork']);
    expect(keyOf('MEAL')).toEqual(['secondsMeal']);
    expect(keyOf('TRAINING')).toEqual(['secondsTraining']);
    expect(keyOf('MEETING')).toEqual(['secondsMeeting']);
    expect(keyOf('OTHER')).toEqual(['secondsOther']);
    expect(agentStateContribution('LOGGED_OUT', T0, T0 + 60 * MIN)).toEqual([]);
    expect(agentStateContribution('AVAILABLE', T0, T0)).toEqual([]);
  });

  it('rejects an unknown state and a reversed span', () => {
    expect(() => agentStateContribution('NAPPING' as never, T0, T0 + 1)).toThrow(
      'state must be one of AVAILABLE',
    );
    expect(() => agentStateContribution('AVAILABLE', T0 + 1, T0)).toThrow('toMs must not be before fromMs');
  });

  it('the seconds of a span add up to its length, in any roll-up (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: T0, max: T0 + 86_400_000 }),
        fc.integer({ min: 0, max: 20 * 3_600_000 }),
        (from, length) => {
          const rows = agentStateContribution('AVAILABLE', from, from + length);
          const total = rows.reduce((s, r) => s + r.counters.secondsAvailable, 0);
          expect(total).toBeCloseTo(length / 1000, 6);
          const byDay = rollUp(rows, 'DAY', 'Europe/Berlin').reduce(
            (s, r) => s + r.counters.secondsAvailable,
            0,
          );
          expect(byDay).toBeCloseTo(length / 1000, 6);
        },
      ),
    );
  });
});

describe('agent counters', () => {
  it('add and subtract are inverse (property)', () => {
    const counters = fc
      .array(fc.integer({ min: 0, max: 1e6 }), {
        minLength: AGENT_COUNTER_KEYS.length,
        maxLength: AGENT_COUNTER_KEYS.length,
      })
      .map(
        (values) => Object.fromEntries(AGENT_COUNTER_KEYS.map((k, i) => [k, values[i]!])) as AgentCounters,
      );
    fc.assert(
      fc.property(counters, counters, (a, b) => {
        expect(subtractAgentCounters(addAgentCounters(a, b), b)).toEqual(a);
        expect(addAgentCounters(a, emptyAgentCounters())).toEqual(a);
      }),
    );
  });
});

describe('agentContactContribution, qaEvaluationContribution, trainingContribution', () => {
  it('counts a completed contact for its agent in the offered interval', () => {
    const c = agentContactContribution(
      makeContact({
        offeredAt: T0 + 14 * MIN,
        answeredAt: T0 + 16 * MIN,
        completedAt: T0 + 30 * MIN,
        agentId: 'a1',
        talkSeconds: 228,
        holdSeconds: 12,
        acwSeconds: 30,
      }),
    );
    // 228 + 12 + 30 = 270 s, in the 09:00 interval where it was offered (not 09:15 where it was answered).
    expect(c).toEqual({
      intervalStart: T0,
      counters: { ...emptyAgentCounters(), handled: 1, handleSeconds: 270 },
    });
  });

  it('is null until offered, completed and assigned', () => {
    expect(agentContactContribution(makeContact({ completedAt: T0, agentId: null }))).toBeNull();
    expect(agentContactContribution(makeContact({ agentId: 'a1' }))).toBeNull();
    expect(
      agentContactContribution(makeContact({ offeredAt: null, completedAt: T0, agentId: 'a1' })),
    ).toBeNull();
  });

  it('QA and training', () => {
    expect(nonZero(qaEvaluationContribution(92, T0 + 5 * MIN).counters)).toEqual({
      qaEvaluations: 1,
      qaScoreSum: 92,
      qaPassed: 1,
    });
    expect(nonZero(qaEvaluationContribution(79, T0).counters)).toEqual({ qaEvaluations: 1, qaScoreSum: 79 });
    expect(trainingContribution(1.5, T0 + 20 * MIN)).toEqual({
      intervalStart: T0 + 15 * MIN,
      counters: { ...emptyAgentCounters(), trainingHours: 1.5 },
    });
    expect(() => qaEvaluationContribution(120, T0)).toThrow('score must be a number 0–100, got 120');
    expect(() => trainingContribution(0, T0)).toThrow('hours must be a finite number > 0, got 0');
  });
});
