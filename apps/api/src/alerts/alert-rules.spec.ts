import { describe, expect, it } from 'vitest';
import {
  agentStateLimits,
  checkAgentAlert,
  checkQueueAlerts,
  type QueueAlertFigures,
} from './alert-rules.js';

const base: QueueAlertFigures = {
  slTarget: 0.8,
  alertMaxDepth: 5,
  alertMaxWaitSeconds: 60,
  depth: 0,
  longestWaitSeconds: 0,
  today: { serviceLevel: null, contacts: 0 },
  last30Minutes: { serviceLevel: null, contacts: 0 },
};
const verdict = (figures: Partial<QueueAlertFigures>, rule: string) =>
  checkQueueAlerts({ ...base, ...figures }).find((c) => c.rule === rule)!.verdict;

describe('alert rules', () => {
  it('judges service level against the target with a 2-point clearing margin and a minimum sample', () => {
    const sl = (serviceLevel: number, contacts = 50) =>
      verdict({ today: { serviceLevel, contacts } }, 'SERVICE_LEVEL_TODAY');
    expect(sl(0.79)).toBe('BREACH');
    expect(sl(0.8)).toBe('HOLD');
    expect(sl(0.81)).toBe('HOLD');
    expect(sl(0.82)).toBe('CLEAR');
    expect(sl(0.5, 9)).toBe('CLEAR');
    expect(verdict({ last30Minutes: { serviceLevel: 0.1, contacts: 10 } }, 'SERVICE_LEVEL_30_MIN')).toBe(
      'BREACH',
    );
  });

  it('raises depth and longest wait above the limit and clears at 80 % of it', () => {
    expect(verdict({ depth: 6 }, 'QUEUE_DEPTH')).toBe('BREACH');
    expect(verdict({ depth: 5 }, 'QUEUE_DEPTH')).toBe('HOLD');
    expect(verdict({ depth: 4 }, 'QUEUE_DEPTH')).toBe('CLEAR');
    expect(verdict({ longestWaitSeconds: 61 }, 'LONGEST_WAIT')).toBe('BREACH');
    expect(verdict({ longestWaitSeconds: 50 }, 'LONGEST_WAIT')).toBe('HOLD');
    expect(verdict({ longestWaitSeconds: 48 }, 'LONGEST_WAIT')).toBe('CLEAR');
    expect(verdict({ depth: 100, alertMaxDepth: null }, 'QUEUE_DEPTH')).toBe('CLEAR');
  });

  it('raises an agent alert past the state limit and clears it when the state changes', () => {
    const limits = agentStateLimits(new Map([['BREAK', 600]]));
    expect(checkAgentAlert('BREAK', 601, limits, null).verdict).toBe('BREACH');
    expect(checkAgentAlert('BREAK', 599, limits, null).verdict).toBe('CLEAR');
    expect(checkAgentAlert('AVAILABLE', 5_000, limits, 'BREAK').verdict).toBe('CLEAR');
    expect(checkAgentAlert('AVAILABLE', 100_000, limits, null).verdict).toBe('CLEAR');
    expect(agentStateLimits(new Map([['MEAL', null]])).MEAL).toBeNull();
  });
});
