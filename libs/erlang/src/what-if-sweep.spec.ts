import { describe, expect, it } from 'vitest';
import { requiredAgents } from './required-agents.js';
import { whatIfSweep, type WhatIfBase } from './what-if-sweep.js';

const base: WhatIfBase = {
  callsPerInterval: 100,
  intervalSeconds: 1800,
  ahtSeconds: 180,
  targetServiceLevel: 0.8,
  thresholdSeconds: 20,
  shrinkage: 0.3,
};

describe('whatIfSweep', () => {
  it('evaluates the cartesian product in nested order, volume outermost', () => {
    const rows = whatIfSweep(base, {
      volumeChange: [-0.1, 0, 0.1],
      ahtSeconds: [170, 190],
      targetServiceLevel: [0.8, 0.9],
      shrinkage: [0.25, 0.35],
    });
    expect(rows).toHaveLength(3 * 2 * 2 * 2);
    expect(
      rows.slice(0, 3).map((r) => [r.volumeChange, r.ahtSeconds, r.targetServiceLevel, r.shrinkage]),
    ).toEqual([
      [-0.1, 170, 0.8, 0.25],
      [-0.1, 170, 0.8, 0.35],
      [-0.1, 170, 0.9, 0.25],
    ]);
    expect(rows.at(-1)).toMatchObject({
      volumeChange: 0.1,
      ahtSeconds: 190,
      targetServiceLevel: 0.9,
      shrinkage: 0.35,
    });
    for (const row of rows) {
      const alone = requiredAgents({
        callsPerInterval: row.callsPerInterval,
        intervalSeconds: base.intervalSeconds,
        ahtSeconds: row.ahtSeconds,
        targetServiceLevel: row.targetServiceLevel,
        thresholdSeconds: base.thresholdSeconds,
      });
      expect(row).toMatchObject(alone);
      expect(row.callsPerInterval).toBeCloseTo(100 * (1 + row.volumeChange), 12);
      expect(row.scheduledStaff).toBeCloseTo(row.agents / (1 - row.shrinkage), 12);
      expect(row.scheduledAgents).toBe(Math.ceil(row.scheduledStaff - 1e-9));
    }
  });

  it('keeps the base values for variations left out, and schedules the classic 14 agents as 20', () => {
    // Source: pyworkforce test_erlang.py: 14 raw positions, 30 % shrinkage → 20 positions.
    const [row] = whatIfSweep(base, {});
    expect(row).toMatchObject({ agents: 14, volumeChange: 0, shrinkage: 0.3, scheduledAgents: 20 });
  });

  it('needs more staff for more volume, longer AHT and higher targets', () => {
    const byVolume = whatIfSweep(base, { volumeChange: [-0.2, 0, 0.2, 0.5] }).map((r) => r.agents);
    expect(byVolume).toEqual([...byVolume].sort((a, b) => a - b));
    expect(byVolume[3]).toBeGreaterThan(byVolume[0]);
    const byAht = whatIfSweep(base, { ahtSeconds: [120, 180, 240] }).map((r) => r.agents);
    expect(byAht).toEqual([...byAht].sort((a, b) => a - b));
    const byTarget = whatIfSweep(base, { targetServiceLevel: [0.7, 0.8, 0.95] }).map((r) => r.agents);
    expect(byTarget).toEqual([...byTarget].sort((a, b) => a - b));
  });

  it('passes patience through to Erlang A', () => {
    const [row] = whatIfSweep({ ...base, patienceSeconds: 300 }, {});
    expect(row.model).toBe('ERLANG_A');
    expect(row.abandonRate).toBeGreaterThan(0);
  });

  it.each([
    [{ volumeChange: [] }, 'whatIfSweep: volumeChange must be a non-empty array'],
    [{ volumeChange: [-1] }, 'whatIfSweep: volumeChange[0] must be > -1 (got -1)'],
    [{ ahtSeconds: [180, Number.NaN] }, 'whatIfSweep: ahtSeconds[1] must be a finite number (got NaN)'],
    [{ shrinkage: [0.3, 1] }, 'whatIfSweep: shrinkage[1] must be in [0, 1) (got 1)'],
    [{ targetServiceLevel: [1.5] }, 'requiredAgents: targetServiceLevel must be in (0, 1] (got 1.5)'],
    [{ ahtSeconds: [0] }, 'requiredAgents: ahtSeconds must be > 0 (got 0)'],
  ])('rejects %o with "%s"', (variations, message) => {
    expect(() => whatIfSweep(base, variations)).toThrow(message);
  });

  it('refuses a sweep of more than 100,000 rows', () => {
    const many = Array.from({ length: 50 }, (_, i) => i / 100);
    expect(() =>
      whatIfSweep(base, {
        volumeChange: many,
        ahtSeconds: many.map((x) => 100 + x),
        targetServiceLevel: [0.8, 0.9],
        shrinkage: many,
      }),
    ).toThrow('whatIfSweep: variations must give at most 100000 rows (got 250000)');
  });
});
