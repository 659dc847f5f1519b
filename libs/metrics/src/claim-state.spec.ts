import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { claimContributions, claimState, type ClaimEventPoint } from './claim-state.js';

const H = 3_600_000;
const life: ClaimEventPoint[] = [
  { at: 0, type: 'OPENED', eventId: 'e1', amount: 120.5 },
  { at: 1 * H, type: 'ASSIGNED', eventId: 'e2', agentId: 'a7' },
  { at: 30 * H, type: 'SETTLED', eventId: 'e3' },
  { at: 40 * H, type: 'REOPENED', eventId: 'e4' },
  { at: 90 * H, type: 'SETTLED', eventId: 'e5' },
];

describe('claim state and contributions', () => {
  it('folds a settled, reopened and settled-again claim', () => {
    expect(claimState(life)).toEqual({
      openedAt: 0,
      settledAt: 90 * H,
      rejectedAt: null,
      reopenedAt: 40 * H,
      reopenedCount: 1,
      closedAt: 90 * H,
      agentId: 'a7',
      amount: 120.5,
    });
  });

  it('counts backlog moves per event and the final settlement once, with its cycle against the SLA', () => {
    const sum = (key: string) =>
      claimContributions(life, 72).reduce(
        (t, c) => t + (c.counters as unknown as Record<string, number>)[key],
        0,
      );
    // backlog after all events: opened 1 + reopened 1 − 2 settle events = 0
    expect(sum('opened') + sum('reopened') - sum('settleEvents') - sum('rejectEvents')).toBe(0);
    // the final settlement is 90 h after opening: outside a 72 h SLA
    expect([sum('settled'), sum('settledWithinSla'), sum('sumCycleMs')]).toEqual([1, 0, 90 * H]);
  });

  it('holds a claim until it is opened', () => {
    expect(claimContributions([{ at: 5, type: 'SETTLED', eventId: 'x' }], 72)).toEqual([]);
  });

  it('does not depend on the order of events', () => {
    const reference = claimState(life);
    fc.assert(
      fc.property(fc.shuffledSubarray(life, { minLength: life.length, maxLength: life.length }), (order) => {
        expect(claimState(order)).toEqual(reference);
      }),
    );
  });
});
