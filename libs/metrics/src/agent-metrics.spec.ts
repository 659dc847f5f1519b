import { describe, expect, it } from 'vitest';
import { addAgentCounters, emptyAgentCounters } from './agent-counters.js';
import {
  agentStateContribution,
  qaEvaluationContribution,
  trainingContribution,
} from './agent-contribution.js';
import { agentMetrics } from './agent-metrics.js';
import { T0 } from './testing.js';

const MIN = 60_000;

/*
 * One agent, 09:00–10:00:
 *   AVAILABLE 09:00–09:10 (600 s), ON_CONTACT 09:10–09:20 (600 s), AFTER_CONTACT_WORK 09:20–09:22 (120 s),
 *   BREAK 09:22–09:37 (900 s), LOGGED_OUT 09:37–10:00.
 * logged in = 600 + 600 + 120 + 900 = 2220 s; handling = 600 + 120 = 720 s
 * occupancy = 720 / (720 + 600) = 6/11; utilization = 720 / 2220 = 12/37; shrinkage = 900 / 2220 = 15/37
 * schedule 3600 s with 1800 s adherent → conformance 2220/3600, adherence 0.5
 * QA 92 and 70 → mean 81, pass rate 1/2; training 2 h.
 */
const counters = [
  ...agentStateContribution('AVAILABLE', T0, T0 + 10 * MIN),
  ...agentStateContribution('ON_CONTACT', T0 + 10 * MIN, T0 + 20 * MIN),
  ...agentStateContribution('AFTER_CONTACT_WORK', T0 + 20 * MIN, T0 + 22 * MIN),
  ...agentStateContribution('BREAK', T0 + 22 * MIN, T0 + 37 * MIN),
  ...agentStateContribution('LOGGED_OUT', T0 + 37 * MIN, T0 + 60 * MIN),
  qaEvaluationContribution(92, T0),
  qaEvaluationContribution(70, T0),
  trainingContribution(2, T0),
]
  .map((c) => c.counters)
  .reduce(addAgentCounters, emptyAgentCounters());

describe('agentMetrics', () => {
  it('occupancy, utilization, shrinkage from state time', () => {
    const m = agentMetrics({ ...counters, handled: 4, handleSeconds: 1000 });
    expect(m.loggedInSeconds).toBe(2220);
    expect(m.handlingSeconds).toBe(720);
    expect(m.occupancy).toBeCloseTo(6 / 11, 12);
    expect(m.utilization).toBeCloseTo(12 / 37, 12);
    expect(m.shrinkage).toBeCloseTo(15 / 37, 12);
    expect(m.aht).toBe(250); // 1000 / 4
    expect([m.qaScore, m.qaPassRate, m.qaEvaluations, m.trainingHours]).toEqual([81, 0.5, 2, 2]);
  });

  it('conformance and adherence need a schedule', () => {
    expect([agentMetrics(counters).conformance, agentMetrics(counters).adherence]).toEqual([null, null]);
    const m = agentMetrics(counters, { scheduledSeconds: 3600, adherentSeconds: 1800 });
    expect(m.conformance).toBeCloseTo(2220 / 3600, 12);
    expect(m.adherence).toBe(0.5);
    expect(agentMetrics(counters, { scheduledSeconds: 3600 }).adherence).toBeNull();
    expect(agentMetrics(counters, { scheduledSeconds: 0, adherentSeconds: 0 }).conformance).toBeNull();
  });

  it('every ratio is null for an agent with no time', () => {
    const m = agentMetrics(emptyAgentCounters());
    expect([m.occupancy, m.utilization, m.shrinkage, m.aht, m.qaScore, m.qaPassRate]).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('shrinkage counts break, meal, training, meeting and other', () => {
    const c = {
      ...emptyAgentCounters(),
      secondsAvailable: 500,
      secondsBreak: 100,
      secondsMeal: 100,
      secondsTraining: 100,
      secondsMeeting: 100,
      secondsOther: 100,
    };
    expect(agentMetrics(c).shrinkage).toBe(0.5); // 500 / 1000
    expect(agentMetrics(c).occupancy).toBe(0); // handling 0 / (0 + 500)
  });

  it('rejects a negative schedule', () => {
    expect(() => agentMetrics(counters, { scheduledSeconds: -1 })).toThrow(
      'scheduledSeconds must be a finite number ≥ 0',
    );
  });
});
