import { describe, expect, it } from 'vitest';
import { claimDeskRequirement, type ClaimDeskInput } from './claim-desk-requirement.js';

const desk: ClaimDeskInput = {
  arrivals: 600,
  backlogToClear: 150,
  handleSeconds: 1200,
  productiveHoursPerAgent: 19.5,
  slaHours: 72,
};

describe('claimDeskRequirement', () => {
  it('turns claims and handle time into staff-hours and agents (metrics.md "Claim desk requirement")', () => {
    // By hand: (600 + 150) claims × 20 min = 250 staff-hours; 250 / 19.5 h per agent = 12.82 → 13.
    expect(claimDeskRequirement(desk)).toEqual({
      staffHours: 250,
      fractionalAgents: 250 / 19.5,
      agents: 13,
      claimsPerHour: 750 / 72,
    });
  });

  it('does not round floating-point dust up to an extra person', () => {
    // 0.1 + 0.2 claims is 0.30000000000000004 in binary; 3 claims × 1 h on 1 h each is 3 agents.
    const r = claimDeskRequirement({
      arrivals: 1,
      backlogToClear: 2,
      handleSeconds: 3600,
      productiveHoursPerAgent: 1,
      slaHours: 8,
    });
    expect(r.agents).toBe(3);
    const dusty = claimDeskRequirement({
      ...desk,
      arrivals: 0.1 * 3 * 60,
      backlogToClear: 0,
      handleSeconds: 3600,
      productiveHoursPerAgent: 6,
    });
    expect(dusty.agents).toBe(3);
  });

  it('needs no one when there is nothing to do', () => {
    expect(claimDeskRequirement({ ...desk, arrivals: 0, backlogToClear: 0 })).toEqual({
      staffHours: 0,
      fractionalAgents: 0,
      agents: 0,
      claimsPerHour: 0,
    });
  });

  it.each([
    [{ arrivals: -1 }, 'claimDeskRequirement: arrivals must be >= 0 (got -1)'],
    [
      { backlogToClear: Number.NaN },
      'claimDeskRequirement: backlogToClear must be a finite number (got NaN)',
    ],
    [{ handleSeconds: 0 }, 'claimDeskRequirement: handleSeconds must be > 0 (got 0)'],
    [{ productiveHoursPerAgent: 0 }, 'claimDeskRequirement: productiveHoursPerAgent must be > 0 (got 0)'],
    [{ slaHours: -72 }, 'claimDeskRequirement: slaHours must be > 0 (got -72)'],
    [
      { productiveHoursPerAgent: 80 },
      'claimDeskRequirement: productiveHoursPerAgent must be <= slaHours (got 80 > 72)',
    ],
  ])('rejects %o with "%s"', (bad, message) => {
    expect(() => claimDeskRequirement({ ...desk, ...bad })).toThrow(message);
  });
});
