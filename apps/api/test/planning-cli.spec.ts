import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { parseEvent } from '@servicefloor/contracts';
import { simulateStaffingPlan } from '@servicefloor/simulator';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerSimulateCommand } from '../src/cli/simulate-command.js';

/*
 * `servicefloor simulate` (issue #6), run in-process: the demo center's events as NDJSON that the
 * ingestion contract accepts line by line, and a staffing plan's service level per interval with
 * its confidence range.
 */

const dir = mkdtempSync(join(tmpdir(), 'sf-simulate-'));

/** Runs `servicefloor …args`; returns what it wrote to stdout, stderr and its exit code. */
async function servicefloor(...args: string[]): Promise<{ out: string; err: string; code: number }> {
  const program = new Command().exitOverride();
  let out = '';
  let err = '';
  program.configureOutput({ writeOut: (t) => (out += t), writeErr: (t) => (err += t) });
  registerSimulateCommand(program);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => {
    err += String(chunk);
    return true;
  });
  try {
    await program.parseAsync(args, { from: 'user' });
    return { out, err, code: 0 };
  } catch (error) {
    return { out, err, code: (error as { exitCode?: number }).exitCode ?? 1 };
  } finally {
    stderr.mockRestore();
  }
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('servicefloor simulate', () => {
  it("writes the demo center's events of a day as NDJSON, every line a valid wire event of that day", async () => {
    const file = join(dir, 'day.ndjson');
    const run = await servicefloor(
      'simulate',
      '--from',
      '2026-03-03',
      '--to',
      '2026-03-03',
      '--seed',
      '7',
      '--out',
      file,
    );
    expect(run.code).toBe(0);
    const lines = readFileSync(file, 'utf8').split('\n');
    expect(lines.pop()).toBe('');
    expect(lines.length).toBeGreaterThan(10_000);
    expect(run.err).toContain(`2026-03-03: ${lines.length.toLocaleString('en-US')} events`);
    const kinds = new Map<string, number>();
    const ids = new Set<string>();
    let previous = -Infinity;
    let outside = 0;
    let outOfOrder = 0;
    const from = Date.parse('2026-03-03T00:00:00+08:00');
    const to = Date.parse('2026-03-04T00:00:00+08:00');
    for (const line of lines) {
      const parsed = parseEvent(JSON.parse(line), { now: to + 86_400_000, maxFutureMs: 0 });
      if (!parsed.ok) throw new Error(`${line}: ${JSON.stringify(parsed.errors)}`);
      kinds.set(parsed.event.kind, (kinds.get(parsed.event.kind) ?? 0) + 1);
      ids.add(parsed.event.eventId);
      if (parsed.at < from || parsed.at >= to) outside++;
      if (parsed.at < previous) outOfOrder++;
      previous = parsed.at;
    }
    expect({ outside, outOfOrder }).toEqual({ outside: 0, outOfOrder: 0 });
    expect(ids.size).toBe(lines.length);
    expect([...kinds.keys()]).toEqual(expect.arrayContaining(['contact', 'agentState', 'claim']));
  });

  it('refuses bad flags with exit code 2, naming the flag', async () => {
    expect(await servicefloor('simulate', '--from', '2026-02-30', '--to', '2026-03-01')).toMatchObject({
      code: 2,
    });
    const missing = await servicefloor('simulate', '--from', '2026-03-01');
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/--from and --to/);
    const reversed = await servicefloor('simulate', '--from', '2026-03-02', '--to', '2026-03-01');
    expect(reversed.err).toMatch(/--to must not be before --from/);
  });

  it('runs a staffing plan and prints the service level per interval with a confidence range', async () => {
    const plan = {
      start: '2026-03-02T09:00:00+08:00',
      arrivals: [80, 100, 120, 100],
      agents: [20, 22, 24, 22],
      ahtSeconds: 180,
      patienceSeconds: 120,
      thresholdSeconds: 20,
      replications: 12,
    };
    const file = join(dir, 'plan.json');
    writeFileSync(file, JSON.stringify(plan));
    const json = await servicefloor('simulate', '--schedule', file, '--seed', '5', '--json');
    expect(json.code).toBe(0);
    const result = JSON.parse(json.out) as {
      replications: number;
      confidence: number;
      intervals: {
        index: number;
        start: string;
        agents: number;
        serviceLevel: { mean: number; low: number; high: number };
      }[];
    };
    const { start: _start, ...input } = plan;
    const expected = simulateStaffingPlan({ ...input, seed: 5 });
    expect(result.replications).toBe(12);
    expect(result.confidence).toBe(0.95);
    expect(result.intervals).toHaveLength(4);
    result.intervals.forEach((interval, i) => {
      expect(interval.start).toBe(new Date(Date.parse(plan.start) + i * 900_000).toISOString());
      expect(interval.agents).toBe(plan.agents[i]);
      expect(interval.serviceLevel).toEqual(expected.intervals[i].serviceLevel);
      expect(interval.serviceLevel.low).toBeLessThanOrEqual(interval.serviceLevel.mean);
      expect(interval.serviceLevel.high).toBeGreaterThanOrEqual(interval.serviceLevel.mean);
    });

    const text = await servicefloor('simulate', '--schedule', file, '--seed', '5');
    expect(text.out).toMatch(
      /^Service level per interval over 12 simulated runs \(mean, 95 % confidence range of the mean\):/,
    );
    const sl = expected.intervals[0].serviceLevel;
    expect(text.out).toContain(`${sl.mean!.toFixed(3)} (${sl.low!.toFixed(3)}–${sl.high!.toFixed(3)})`);
    expect(text.out.trimEnd().split('\n').at(-1)).toMatch(/^total/);

    writeFileSync(file, JSON.stringify({ ...plan, agents: [20, 22] }));
    const bad = await servicefloor('simulate', '--schedule', file);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/agents must have 4 intervals like arrivals/);
  });
});
