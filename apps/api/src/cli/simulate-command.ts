import { createWriteStream, readFileSync } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { Command, InvalidArgumentError, type ErrorOptions } from 'commander';
import {
  centerDays,
  dayBounds,
  demoCenter,
  simulate,
  simulateStaffingPlan,
  type Estimate,
  type StaffingPlanInput,
  type StaffingPlanResult,
} from '@servicefloor/simulator';
import { USAGE_ERROR_EXIT_CODE } from './erlang-command.js';

interface SimulateOptions {
  from?: string;
  to?: string;
  seed?: number;
  out?: string;
  schedule?: string;
  replications?: number;
  json?: boolean;
}

/** The seed of the demo center's history when none is given (DEMO_SEED's default). */
export const DEFAULT_SIMULATION_SEED = 42;

/** A staffing plan file: simulateStaffingPlan's input, with an optional start for the interval labels. */
export interface StaffingPlanFile extends Omit<StaffingPlanInput, 'seed'> {
  seed?: number;
  /** ISO 8601 start of the first interval, only to label the output. */
  start?: string;
}

/** A subcommand whose usage errors (bad, missing or unknown flags) exit with code 2. */
class UsageErrorCommand extends Command {
  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(message, { ...errorOptions, exitCode: USAGE_ERROR_EXIT_CODE });
  }
}

/**
 * `servicefloor simulate` (issue #6), two ways:
 * - `--from YYYY-MM-DD --to YYYY-MM-DD [--seed N] [--out FILE]`: the demo center's events (libs/simulator
 *   demoCenter, simulate over the local days centerDays gives) as NDJSON, one wire event per line in
 *   time order, every event with occurredAt in those local days (Asia/Shanghai) — ready for
 *   `servicefloor import --format ndjson` or POST /api/events. Deterministic per seed (default 42);
 *   progress per day goes to stderr.
 * - `--schedule FILE.json [--seed N] [--replications N] [--json]`: runs a staffing plan — per interval
 *   `arrivals` and `agents`, `ahtSeconds`, `thresholdSeconds`, optional `patienceSeconds`,
 *   `handleTimeCv`, `maxWaitSeconds`, `intervalSeconds`, `slVariant`, `replications`, `confidence`,
 *   `start` — through simulateStaffingPlan and prints the service level per interval with its
 *   confidence range, ASA, abandonment and occupancy (metrics.md field names with --json).
 * A bad, missing or unknown flag prints a message naming it and exits with code 2.
 */
export function registerSimulateCommand(program: Command): Command {
  const command: Command = new UsageErrorCommand('simulate');
  command.copyInheritedSettings(program);
  command
    .description(
      "the demo center's events as NDJSON (--from/--to), or a staffing plan's service level (--schedule)",
    )
    .option('--from <date>', 'first local day, YYYY-MM-DD', date)
    .option('--to <date>', 'last local day, YYYY-MM-DD (inclusive)', date)
    .option(
      '--seed <n>',
      `seed of the simulation (default ${DEFAULT_SIMULATION_SEED}; for --schedule, the file's or 1)`,
      whole,
    )
    .option('--out <file>', 'write the NDJSON to this file instead of stdout')
    .option('--schedule <file>', 'a staffing plan (JSON) to simulate')
    .option('--replications <n>', 'independent runs of the plan (default: the file’s, else 20)', whole)
    .option('--json', 'with --schedule: print one JSON object')
    .action(async (options: SimulateOptions) => {
      if (options.schedule !== undefined) {
        if (options.from !== undefined || options.to !== undefined || options.out !== undefined)
          command.error('error: --schedule cannot be combined with --from, --to or --out');
        const result = runSchedule(command, options);
        const write = command.configureOutput().writeOut ?? ((text: string) => process.stdout.write(text));
        write(options.json ? `${JSON.stringify(result.json)}\n` : result.text);
        return;
      }
      if (options.from === undefined || options.to === undefined)
        command.error('error: give --from and --to (the days to simulate), or --schedule FILE.json');
      if (options.to < options.from) command.error(`error: --to must not be before --from (${options.from})`);
      await writeEvents(options.from, options.to, options.seed ?? DEFAULT_SIMULATION_SEED, options.out);
    });
  program.addCommand(command);
  return command;
}

/** Streams the demo center's events of the local days from..to as NDJSON; returns how many. */
export async function writeEvents(from: string, to: string, seed: number, out?: string): Promise<number> {
  const center = demoCenter();
  const zone = center.timeZone;
  const fromMs = dayBounds(zone, from).fromMs;
  const toMs = dayBounds(zone, to).toMs;
  const days = centerDays(center, fromMs, toMs);
  const stream: Writable = out === undefined ? process.stdout : createWriteStream(out);
  let total = 0;
  let dayIndex = 0;
  let dayCount = 0;
  let buffer = '';
  const flush = async () => {
    if (buffer.length > 0 && !stream.write(buffer)) await once(stream, 'drain');
    buffer = '';
  };
  const report = () => {
    process.stderr.write(`${days[dayIndex].date}: ${dayCount.toLocaleString('en-US')} events\n`);
    dayIndex++;
    dayCount = 0;
  };
  // One run over the whole window (each day is simulated once); days only pace the progress lines.
  for (const event of simulate({ center, fromMs, toMs, seed })) {
    const at = Date.parse(event.occurredAt);
    while (dayIndex < days.length - 1 && at >= days[dayIndex].toMs) report();
    buffer += `${JSON.stringify(event)}\n`;
    dayCount++;
    total++;
    if (buffer.length > 1 << 16) await flush();
  }
  await flush();
  while (dayIndex < days.length) report();
  if (out !== undefined) {
    stream.end();
    await once(stream, 'finish');
  }
  process.stderr.write(
    `${total.toLocaleString('en-US')} events from ${from} to ${to} (seed ${seed})${out ? ` → ${out}` : ''}\n`,
  );
  return total;
}

function runSchedule(command: Command, options: SimulateOptions): { json: unknown; text: string } {
  let plan: StaffingPlanFile;
  try {
    plan = JSON.parse(readFileSync(options.schedule!, 'utf8')) as StaffingPlanFile;
  } catch (error) {
    command.error(`error: --schedule ${options.schedule}: ${(error as Error).message}`);
  }
  if (typeof plan !== 'object' || plan === null || Array.isArray(plan))
    command.error(
      `error: --schedule ${options.schedule}: must hold one JSON object (arrivals, agents, ahtSeconds, …)`,
    );
  const { start, ...rest } = plan;
  const startMs = start === undefined ? null : Date.parse(start);
  if (startMs !== null && !Number.isFinite(startMs))
    command.error('error: --schedule: start must be an ISO 8601 instant');
  const input: StaffingPlanInput = {
    ...rest,
    seed: options.seed ?? plan.seed ?? 1,
    ...(options.replications !== undefined ? { replications: options.replications } : {}),
  };
  let result: StaffingPlanResult;
  try {
    result = simulateStaffingPlan(input);
  } catch (error) {
    command.error(`error: --schedule: ${(error as Error).message.replace(/^simulateStaffingPlan: /, '')}`);
  }
  const intervalMs = (input.intervalSeconds ?? 900) * 1000;
  const label = (i: number) => (startMs === null ? null : new Date(startMs + i * intervalMs).toISOString());
  const json = {
    replications: result.replications,
    confidence: result.confidence,
    seed: input.seed,
    intervals: result.intervals.map((r) => ({
      index: r.index,
      start: label(r.index),
      arrivals: input.arrivals[r.index],
      agents: input.agents[r.index],
      offered: r.offered,
      serviceLevel: r.serviceLevel,
      asa: r.asa,
      abandonRate: r.abandonRate,
      occupancy: r.occupancy,
    })),
    total: result.total,
  };
  const level = `${Math.round(result.confidence * 100)} %`;
  const rows = json.intervals.map((r) => ({
    interval: r.start ?? String(r.index),
    arrivals: r.arrivals.toFixed(1),
    agents: String(r.agents),
    'service level': range(r.serviceLevel, 3),
    'ASA s': range(r.asa, 1),
    abandoned: range(r.abandonRate, 3),
    occupancy: range(r.occupancy, 3),
  }));
  rows.push({
    interval: 'total',
    arrivals: input.arrivals.reduce((s, v) => s + v, 0).toFixed(1),
    agents: '',
    'service level': range(result.total.serviceLevel, 3),
    'ASA s': range(result.total.asa, 1),
    abandoned: range(result.total.abandonRate, 3),
    occupancy: range(result.total.occupancy, 3),
  });
  const text =
    `Service level per interval over ${result.replications} simulated runs (mean, ${level} confidence range of the mean):\n` +
    table(rows);
  return { json, text };
}

/** "0.871 (0.842–0.900)", or "n/a" when no run had a value. */
function range(estimate: Estimate, digits: number): string {
  if (estimate.mean === null) return 'n/a';
  const mean = estimate.mean.toFixed(digits);
  if (estimate.low === null || estimate.high === null) return mean;
  return `${mean} (${estimate.low.toFixed(digits)}–${estimate.high.toFixed(digits)})`;
}

/** A plain text table with aligned columns. */
function table(rows: Record<string, string>[]): string {
  const columns = Object.keys(rows[0]);
  const width = columns.map((c) => Math.max(c.length, ...rows.map((r) => r[c].length)));
  const line = (cells: string[]) =>
    cells
      .map((cell, i) => cell.padEnd(width[i]))
      .join('  ')
      .trimEnd();
  return [line(columns), ...rows.map((r) => line(columns.map((c) => r[c])))].join('\n') + '\n';
}

function date(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const utc = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!Number.isFinite(utc) || new Date(utc).toISOString().slice(0, 10) !== value)
    throw new InvalidArgumentError('Expected a date YYYY-MM-DD.');
  return value;
}

function whole(value: string): number {
  const parsed = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isSafeInteger(parsed)) throw new InvalidArgumentError('Expected a whole number.');
  return parsed;
}
