import { Command, CommanderError } from 'commander';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { registerErlangCommand, USAGE_ERROR_EXIT_CODE } from './erlang-command.js';

/** Runs `servicefloor <args>` on a fresh program, capturing its output and exit code. */
function run(...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const program = new Command('servicefloor')
    .exitOverride()
    .configureOutput({ writeOut: (s) => stdout.push(s), writeErr: (s) => stderr.push(s) });
  registerErlangCommand(program);
  let exitCode = 0;
  try {
    program.parse(args, { from: 'user' });
  } catch (error) {
    if (!(error instanceof CommanderError)) throw error;
    exitCode = error.exitCode;
  }
  return { stdout: stdout.join(''), stderr: stderr.join(''), exitCode };
}

// The classic example: 100 calls per 30 minutes, AHT 180 s, 80 % within 20 s → 14 agents,
// service level 0.888, occupancy 0.714 (pyworkforce test_erlang.py; see libs/erlang).
const classic = [
  '--calls',
  '100',
  '--interval-seconds',
  '1800',
  '--aht',
  '180',
  '--target-sl',
  '0.8',
  '--threshold',
  '20',
];

describe('servicefloor erlang', () => {
  afterEach(() => vi.restoreAllMocks());

  it('prints exactly one JSON object with --json', () => {
    const { stdout, stderr, exitCode } = run('erlang', ...classic, '--json');
    expect(exitCode).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.trim().split('\n')).toHaveLength(1);
    const json = JSON.parse(stdout) as Record<string, number>;
    expect(Object.keys(json).sort()).toEqual(
      ['agents', 'asa', 'fractionalAgents', 'occupancy', 'serviceLevel', 'trafficErlangs'].sort(),
    );
    expect(json.agents).toBe(14);
    expect(Number.isInteger(json.agents)).toBe(true);
    expect(json.serviceLevel).toBeCloseTo(0.888, 3);
    expect(json.asa).toBeCloseTo(7.84, 2);
    expect(json.occupancy).toBeCloseTo(0.714, 3);
    expect(json.trafficErlangs).toBe(10);
  });

  it('adds abandonRate and uses Erlang A with --patience', () => {
    const { stdout, exitCode } = run('erlang', ...classic, '--patience', '300', '--json');
    expect(exitCode).toBe(0);
    const json = JSON.parse(stdout) as Record<string, number>;
    expect(json.agents).toBe(13);
    expect(json.abandonRate).toBeGreaterThan(0);
    expect(json.abandonRate).toBeLessThan(0.05);
  });

  it('honours the optional caps', () => {
    const capped = JSON.parse(run('erlang', ...classic, '--max-occupancy', '0.7', '--json').stdout);
    expect(capped.agents).toBe(15);
    const asa = JSON.parse(run('erlang', ...classic, '--target-asa', '5', '--json').stdout);
    expect(asa.agents).toBe(15);
  });

  it('prints a plain sentence without --json', () => {
    const { stdout, exitCode } = run('erlang', ...classic);
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(
      /^You need 14 agents: service level 0\.888 within 20 s, ASA 7\.8 s, occupancy 0\.714 /,
    );
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('needs no one for zero calls', () => {
    const json = JSON.parse(run('erlang', ...classic.slice(2), '--calls', '0', '--json').stdout);
    expect(json).toMatchObject({ agents: 0, serviceLevel: 1 });
  });

  it.each([
    [['--calls', 'abc'], "option '--calls <n>' argument 'abc' is invalid"],
    [['--calls', '-5'], '--calls must be >= 0 (got -5)'],
    [['--aht', '0'], '--aht must be > 0 (got 0)'],
    [['--target-sl', '80'], '--target-sl must be in (0, 1] (got 80)'],
    [['--threshold', '-1'], '--threshold must be >= 0 (got -1)'],
    [['--interval-seconds', '0'], '--interval-seconds must be > 0 (got 0)'],
    [['--max-occupancy', '1.5'], '--max-occupancy must be in (0, 1] (got 1.5)'],
    [['--target-asa', '0'], '--target-asa must be > 0 (got 0)'],
    [['--patience', '-3'], '--patience must be > 0 (got -3)'],
    [['--bogus'], "unknown option '--bogus'"],
  ])('rejects %j naming the flag, exit code 2', (flags, message) => {
    const { stdout, stderr, exitCode } = run('erlang', ...classic, ...flags, '--json');
    expect(exitCode).toBe(USAGE_ERROR_EXIT_CODE);
    expect(stderr).toContain(message);
    expect(stdout).toBe('');
  });

  it('names a missing required flag, exit code 2', () => {
    const { stderr, exitCode } = run(
      'erlang',
      '--calls',
      '100',
      '--interval-seconds',
      '1800',
      '--target-sl',
      '0.8',
      '--threshold',
      '20',
    );
    expect(exitCode).toBe(2);
    expect(stderr).toContain("required option '--aht <s>' not specified");
  });

  it('exits the process with code 2 when no exit override is set', () => {
    const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    const program = new Command('servicefloor').configureOutput({ writeErr: () => undefined });
    registerErlangCommand(program);
    expect(() => program.parse(['erlang', ...classic, '--aht', 'x'], { from: 'user' })).toThrow('exit 2');
    expect(exit).toHaveBeenCalledWith(2);
  });
});
