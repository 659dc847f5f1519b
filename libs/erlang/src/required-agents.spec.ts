import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { erlangA } from './erlang-a.js';
import { erlangC, erlangCAsa, erlangCServiceLevel } from './erlang-c.js';
import { requiredAgents, type RequiredAgentsInput, type RequiredAgentsResult } from './required-agents.js';

const classic: RequiredAgentsInput = {
  callsPerInterval: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  targetServiceLevel: 0.8,
  thresholdSeconds: 20,
};

/** Performance of N agents, from the public single-point functions. */
function performance(input: RequiredAgentsInput, agents: number) {
  const traffic = (input.callsPerInterval * input.ahtSeconds) / input.intervalSeconds;
  if (input.patienceSeconds === undefined) {
    const c = { agents, traffic, ahtSeconds: input.ahtSeconds, thresholdSeconds: input.thresholdSeconds };
    return {
      serviceLevel: erlangCServiceLevel(c),
      asa: erlangCAsa(c),
      occupancy: traffic / agents,
      stable: agents > traffic,
    };
  }
  if (agents === 0) return { serviceLevel: 0, asa: Infinity, occupancy: Infinity, stable: true };
  const r = erlangA({
    agents,
    traffic,
    ahtSeconds: input.ahtSeconds,
    patienceSeconds: input.patienceSeconds,
    thresholdSeconds: input.thresholdSeconds,
  });
  return { ...r, stable: true };
}

function meetsAll(input: RequiredAgentsInput, agents: number): boolean {
  const p = performance(input, agents);
  return (
    p.stable &&
    p.serviceLevel >= input.targetServiceLevel &&
    p.occupancy <= (input.maxOccupancy ?? 1) &&
    (input.targetAsaSeconds === undefined || p.asa <= input.targetAsaSeconds)
  );
}

function expectMinimal(input: RequiredAgentsInput, result: RequiredAgentsResult): void {
  expect(meetsAll(input, result.agents)).toBe(true);
  expect(meetsAll(input, result.agents - 1)).toBe(false);
  expect(result.fractionalAgents).toBeGreaterThan(result.agents - 1);
  expect(result.fractionalAgents).toBeLessThanOrEqual(result.agents);
}

describe('requiredAgents', () => {
  it('staffs the classic example with 14 agents (Erlang C)', () => {
    // Source: pyworkforce, pyworkforce/queuing/tests/test_erlang.py: 100 transactions per 30 min,
    // AHT 3 min, 80 % target → raw_positions 14, service level 0.888, occupancy 0.714, waiting
    // probability 0.174. 13 agents reach only 0.7956 (1 − 0.28527·e^(−3·20/180)).
    const r = requiredAgents(classic);
    expect(r).toMatchObject({ agents: 14, trafficErlangs: 10, model: 'ERLANG_C' });
    expect(r.serviceLevel).toBeCloseTo(0.888, 3);
    expect(r.occupancy).toBeCloseTo(0.714, 3);
    expect(r.probWait).toBeCloseTo(0.174, 3);
    expect(r.asa).toBeCloseTo(7.836, 3);
    expect(r.abandonRate).toBeUndefined();
    // Interpolated on service level between 13 (0.79559) and 14 (0.88835) agents.
    const sl13 = erlangCServiceLevel({ agents: 13, traffic: 10, ahtSeconds: 180, thresholdSeconds: 20 });
    expect(r.fractionalAgents).toBeCloseTo(13 + (0.8 - sl13) / (r.serviceLevel - sl13), 12);
    expect(r.fractionalAgents).toBeCloseTo(13.05, 2);
  });

  it('raises staffing to the occupancy cap: 15 agents at 70 %', () => {
    // Source: pyworkforce test_erlang.py, test_over_occupancy_erlangc: max_occupancy 0.7 →
    // raw_positions 15, service level 0.941, occupancy 0.667, waiting probability 0.102.
    const r = requiredAgents({ ...classic, maxOccupancy: 0.7 });
    expect(r.agents).toBe(15);
    expect(r.serviceLevel).toBeCloseTo(0.941, 3);
    expect(r.occupancy).toBeCloseTo(0.667, 3);
    expect(r.probWait).toBeCloseTo(0.102, 3);
    expect(r.fractionalAgents).toBeCloseTo(10 / 0.7, 12); // occupancy binds: exactly A/cap
  });

  it('meets an ASA target when it binds', () => {
    // ASA(14) = 7.84 s, ASA(15) = 3.67 s.
    const r = requiredAgents({ ...classic, targetAsaSeconds: 5 });
    expect(r.agents).toBe(15);
    expect(r.asa).toBeLessThanOrEqual(5);
    expect(r.fractionalAgents).toBeGreaterThan(14);
    expect(r.fractionalAgents).toBeLessThan(15);
  });

  it('uses Erlang A when patience is given, which needs fewer agents here', () => {
    const input = { ...classic, patienceSeconds: 300 };
    const r = requiredAgents(input);
    expect(r.model).toBe('ERLANG_A');
    expect(r.agents).toBe(13);
    const at = erlangA({
      agents: 13,
      traffic: 10,
      ahtSeconds: 180,
      patienceSeconds: 300,
      thresholdSeconds: 20,
    });
    expect(r.serviceLevel).toBe(at.serviceLevel);
    expect(r.abandonRate).toBe(at.probAbandon);
    expect(r.probWait).toBe(at.probWait);
    expectMinimal(input, r);
  });

  it('needs no one for zero calls: 0 agents, service level 1', () => {
    expect(requiredAgents({ ...classic, callsPerInterval: 0 })).toEqual({
      agents: 0,
      fractionalAgents: 0,
      trafficErlangs: 0,
      serviceLevel: 1,
      asa: 0,
      occupancy: 0,
      probWait: 0,
      model: 'ERLANG_C',
    });
    expect(requiredAgents({ ...classic, callsPerInterval: 0, patienceSeconds: 60 })).toMatchObject({
      agents: 0,
      serviceLevel: 1,
      abandonRate: 0,
      model: 'ERLANG_A',
    });
  });

  it('staffs a single trickle of calls with one agent', () => {
    const r = requiredAgents({ ...classic, callsPerInterval: 1, intervalSeconds: 3600 });
    expect(r.agents).toBe(1);
    expect(r.fractionalAgents).toBeGreaterThan(0);
    expect(r.fractionalAgents).toBeLessThanOrEqual(1);
  });

  it('solves large queues: 5,000 erlangs, both models', () => {
    const big = { ...classic, callsPerInterval: 25_000, intervalSeconds: 900, ahtSeconds: 180 };
    const c = requiredAgents(big);
    expect(c.trafficErlangs).toBe(5_000);
    expectMinimal(big, c);
    expect(c.agents).toBeGreaterThan(5_000);
    expect(c.agents).toBeLessThan(5_100);
    const a = requiredAgents({ ...big, patienceSeconds: 120 });
    expectMinimal({ ...big, patienceSeconds: 120 }, a);
    expect(a.agents).toBeLessThanOrEqual(c.agents);
  });

  it('reaches a 100 % target within floating point', () => {
    const r = requiredAgents({ ...classic, targetServiceLevel: 1 });
    expect(r.serviceLevel).toBe(1);
    expectMinimal({ ...classic, targetServiceLevel: 1 }, r);
  });

  const scenarios = fc.record(
    {
      callsPerInterval: fc.double({ min: 0.1, max: 2_000, noNaN: true }),
      intervalSeconds: fc.constantFrom(900, 1800, 3600),
      ahtSeconds: fc.double({ min: 20, max: 900, noNaN: true }),
      targetServiceLevel: fc.double({ min: 0.05, max: 0.99, noNaN: true }),
      thresholdSeconds: fc.double({ min: 0, max: 120, noNaN: true }),
      maxOccupancy: fc.double({ min: 0.5, max: 1, noNaN: true }),
      targetAsaSeconds: fc.double({ min: 1, max: 300, noNaN: true }),
      patienceSeconds: fc.double({ min: 5, max: 1_200, noNaN: true }),
    },
    {
      requiredKeys: [
        'callsPerInterval',
        'intervalSeconds',
        'ahtSeconds',
        'targetServiceLevel',
        'thresholdSeconds',
      ],
    },
  );

  it('returns the least N: N meets every target and N − 1 misses one (Erlang C and A)', () => {
    fc.assert(
      fc.property(scenarios, (input) => {
        const r = requiredAgents(input);
        expectMinimal(input, r);
        if (r.model === 'ERLANG_C') {
          expect(r.agents).toBeGreaterThan(r.trafficErlangs);
          expect(r.fractionalAgents).toBeGreaterThanOrEqual(r.trafficErlangs);
          expect(r.probWait).toBe(erlangC(r.agents, r.trafficErlangs));
        }
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same Erlang A staffing as a plain scan from one agent up', () => {
    fc.assert(
      fc.property(scenarios, (scenario) => {
        const input = {
          ...scenario,
          callsPerInterval: scenario.callsPerInterval / 20,
          patienceSeconds: scenario.patienceSeconds ?? 60,
        };
        const r = requiredAgents(input);
        let n = 1;
        while (!meetsAll(input, n)) n += 1;
        expect(r.agents).toBe(n);
      }),
      { numRuns: 100 },
    );
  });

  it('gives the same answer from any starting guess (startAgents only speeds the search)', () => {
    fc.assert(
      fc.property(scenarios, fc.integer({ min: 1, max: 3_000 }), (scenario, startAgents) => {
        const input = { ...scenario, patienceSeconds: scenario.patienceSeconds ?? 120 };
        expect(requiredAgents(input, { startAgents })).toEqual(requiredAgents(input));
      }),
      { numRuns: 300 },
    );
  });

  it('never needs fewer agents for more calls', () => {
    fc.assert(
      fc.property(scenarios, fc.double({ min: 1, max: 2, noNaN: true }), (input, growth) => {
        const more = { ...input, callsPerInterval: input.callsPerInterval * growth };
        expect(requiredAgents(more).agents).toBeGreaterThanOrEqual(requiredAgents(input).agents);
      }),
    );
  });

  it.each([
    [0, 'requiredAgents: startAgents must be a whole number >= 1 (got 0)'],
    [2.5, 'requiredAgents: startAgents must be a whole number >= 1 (got 2.5)'],
  ])('rejects startAgents %s with "%s"', (startAgents, message) => {
    expect(() => requiredAgents({ ...classic, patienceSeconds: 60 }, { startAgents })).toThrow(message);
  });

  it.each([
    [{ callsPerInterval: -1 }, 'requiredAgents: callsPerInterval must be >= 0 (got -1)'],
    [{ callsPerInterval: Number.NaN }, 'requiredAgents: callsPerInterval must be a finite number (got NaN)'],
    [{ intervalSeconds: 0 }, 'requiredAgents: intervalSeconds must be > 0 (got 0)'],
    [{ ahtSeconds: 0 }, 'requiredAgents: ahtSeconds must be > 0'],
    [{ ahtSeconds: -180 }, 'requiredAgents: ahtSeconds must be > 0 (got -180)'],
    [{ targetServiceLevel: 0 }, 'requiredAgents: targetServiceLevel must be in (0, 1] (got 0)'],
    [{ targetServiceLevel: 80 }, 'requiredAgents: targetServiceLevel must be in (0, 1] (got 80)'],
    [{ thresholdSeconds: -20 }, 'requiredAgents: thresholdSeconds must be >= 0 (got -20)'],
    [{ maxOccupancy: 0 }, 'requiredAgents: maxOccupancy must be in (0, 1] (got 0)'],
    [{ maxOccupancy: 1.2 }, 'requiredAgents: maxOccupancy must be in (0, 1] (got 1.2)'],
    [{ targetAsaSeconds: 0 }, 'requiredAgents: targetAsaSeconds must be > 0 (got 0)'],
    [{ patienceSeconds: -1 }, 'requiredAgents: patienceSeconds must be > 0 (got -1)'],
    [{ patienceSeconds: Infinity }, 'requiredAgents: patienceSeconds must be a finite number (got Infinity)'],
  ])('rejects %o with "%s"', (bad, message) => {
    expect(() => requiredAgents({ ...classic, ...bad })).toThrow(message);
  });
});
