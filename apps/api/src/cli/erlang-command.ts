import { Command, InvalidArgumentError, type ErrorOptions } from 'commander';
import { requiredAgents, type RequiredAgentsInput, type RequiredAgentsResult } from '@servicefloor/erlang';

/** Exit code for bad flags: the customary code for a command-line usage error. */
export const USAGE_ERROR_EXIT_CODE = 2;

interface ErlangOptions {
  calls: number;
  intervalSeconds: number;
  aht: number;
  targetSl: number;
  threshold: number;
  maxOccupancy?: number;
  targetAsa?: number;
  patience?: number;
  json?: boolean;
}

/** The flag that carries each requiredAgents input, to name it in error messages (startAgents is a search hint, no flag). */
const FLAG_OF: Record<Exclude<keyof RequiredAgentsInput, 'startAgents'>, string> = {
  callsPerInterval: '--calls',
  intervalSeconds: '--interval-seconds',
  ahtSeconds: '--aht',
  targetServiceLevel: '--target-sl',
  thresholdSeconds: '--threshold',
  maxOccupancy: '--max-occupancy',
  targetAsaSeconds: '--target-asa',
  patienceSeconds: '--patience',
};

/** A subcommand whose usage errors (bad, missing or unknown flags) exit with code 2. */
class UsageErrorCommand extends Command {
  override error(message: string, errorOptions?: ErrorOptions): never {
    return super.error(message, { ...errorOptions, exitCode: USAGE_ERROR_EXIT_CODE });
  }
}

/**
 * `servicefloor erlang --calls N --interval-seconds S --aht S --target-sl 0.8 --threshold S
 * [--max-occupancy 0.85] [--target-asa S] [--patience S] [--json]`: the agents one queue needs in
 * one interval (Erlang C, or Erlang A with --patience), from @servicefloor/erlang requiredAgents.
 * With --json it prints one JSON object with the field names of metrics.md:
 * `{"agents":14,"fractionalAgents":13.05,"trafficErlangs":10,"serviceLevel":0.888,"asa":7.84,"occupancy":0.714}`
 * (plus `"abandonRate"` with --patience); otherwise one plain sentence. A bad, missing or unknown
 * flag prints a message naming the flag and exits with code 2.
 */
export function registerErlangCommand(program: Command): Command {
  const command: Command = new UsageErrorCommand('erlang');
  command.copyInheritedSettings(program);
  command
    .description('agents needed for one queue in one interval (Erlang C; Erlang A with --patience)')
    .requiredOption('--calls <n>', 'contacts offered in the interval', number)
    .requiredOption('--interval-seconds <s>', 'interval length in seconds, e.g. 900', number)
    .requiredOption('--aht <s>', 'average handle time in seconds', number)
    .requiredOption('--target-sl <fraction>', 'target service level in (0, 1], e.g. 0.8', number)
    .requiredOption('--threshold <s>', 'service-level threshold in seconds, e.g. 20', number)
    .option('--max-occupancy <fraction>', 'occupancy cap in (0, 1], e.g. 0.85', number)
    .option('--target-asa <s>', 'average speed of answer target in seconds', number)
    .option('--patience <s>', 'mean caller patience in seconds: use Erlang A (with abandonment)', number)
    .option('--json', 'print one JSON object with the field names of metrics.md')
    .action((options: ErlangOptions) => {
      const input: RequiredAgentsInput = {
        callsPerInterval: options.calls,
        intervalSeconds: options.intervalSeconds,
        ahtSeconds: options.aht,
        targetServiceLevel: options.targetSl,
        thresholdSeconds: options.threshold,
        maxOccupancy: options.maxOccupancy,
        targetAsaSeconds: options.targetAsa,
        patienceSeconds: options.patience,
      };
      let result: RequiredAgentsResult;
      try {
        result = requiredAgents(input);
      } catch (error) {
        command.error(`error: ${flagMessage(error)}`, { code: 'servicefloor.invalidOption' });
      }
      const write = command.configureOutput().writeOut ?? ((text: string) => process.stdout.write(text));
      write(options.json ? `${JSON.stringify(toJson(result))}\n` : `${sentence(input, result)}\n`);
    });
  program.addCommand(command);
  return command;
}

/** Parses a flag value as a finite number; commander names the flag in its message. */
function number(value: string): number {
  const parsed = value.trim() === '' ? Number.NaN : Number(value);
  if (!Number.isFinite(parsed)) throw new InvalidArgumentError('Expected a number.');
  return parsed;
}

/** "requiredAgents: ahtSeconds must be > 0 (got 0)" → "--aht must be > 0 (got 0)". */
function flagMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const match = /^requiredAgents: (\w+) (.*)$/s.exec(message);
  if (match === null || !(match[1] in FLAG_OF)) return message;
  return `${FLAG_OF[match[1] as keyof typeof FLAG_OF]} ${match[2]}`;
}

function toJson(r: RequiredAgentsResult) {
  return {
    agents: r.agents,
    fractionalAgents: r.fractionalAgents,
    trafficErlangs: r.trafficErlangs,
    serviceLevel: r.serviceLevel,
    asa: r.asa,
    occupancy: r.occupancy,
    ...(r.abandonRate === undefined ? {} : { abandonRate: r.abandonRate }),
  };
}

function sentence(input: RequiredAgentsInput, r: RequiredAgentsResult): string {
  const agents = `${r.agents} agent${r.agents === 1 ? '' : 's'}`;
  const abandon = r.abandonRate === undefined ? '' : `, abandon rate ${r.abandonRate.toFixed(3)}`;
  const model = r.model === 'ERLANG_A' ? `Erlang A, patience ${input.patienceSeconds} s` : 'Erlang C';
  return (
    `You need ${agents}: service level ${r.serviceLevel.toFixed(3)} within ${input.thresholdSeconds} s, ` +
    `ASA ${r.asa.toFixed(1)} s, occupancy ${r.occupancy.toFixed(3)}${abandon} ` +
    `(${r.trafficErlangs.toFixed(2)} erlangs, ${r.fractionalAgents.toFixed(2)} agents as a fraction; ${model}).`
  );
}
