import { InvalidArgumentError, Option, type Command } from 'commander';
import type { Granularity } from '@servicefloor/contracts';
import type { ContactMetrics } from '@servicefloor/metrics';
import { MetricsService } from '../metrics/metrics.service.js';
import { withCliContext } from './cli-context.js';
import { LOCAL_DATE } from '../common/local-date.js';

interface MetricsOptions {
  from: string;
  to: string;
  queue?: string[];
  granularity: string;
  json?: boolean;
}

/**
 * `servicefloor metrics --from YYYY-MM-DD --to YYYY-MM-DD [--queue NAME] [--granularity day] --json`
 * → `{"queues":[{"queue":"NAME","offered":…, …, "periods":[{"period":"2026-03-02", …}]}]}` with the
 * field names of metrics.md; dates inclusive, in each queue site's time zone.
 */
export function registerMetricsCommand(program: Command): void {
  program
    .command('metrics')
    .description('contact metrics per queue over a date range (dates inclusive, in the site time zone)')
    .requiredOption('--from <date>', 'first date, YYYY-MM-DD', date('--from'))
    .requiredOption('--to <date>', 'last date, YYYY-MM-DD', date('--to'))
    .option('--queue <name>', 'only this queue (repeatable)', (value: string, previous: string[] = []) => [
      ...previous,
      value,
    ])
    .addOption(
      new Option('--granularity <g>', 'periods within the range')
        .choices(['interval', 'day', 'week', 'month'])
        .default('day'),
    )
    .option('--json', 'print JSON with the field names of metrics.md')
    .action(async (options: MetricsOptions) => {
      const series = await withCliContext((app) =>
        app.get(MetricsService).queueMetrics({
          from: options.from,
          to: options.to,
          queues: options.queue,
          granularity: options.granularity.toUpperCase() as Granularity,
        }),
      );
      const queues = series.map((s) => ({
        queue: s.queue,
        channel: s.channel,
        ...figures(s.total),
        periods: s.points.map((p) => ({ period: p.label, ...figures(p.metrics) })),
      }));
      if (options.json) {
        console.log(JSON.stringify({ from: options.from, to: options.to, queues }, null, 2));
        return;
      }
      console.table(
        queues.map((q) => ({
          queue: q.queue,
          offered: q.offered,
          answered: q.answered,
          abandoned: q.abandoned,
          serviceLevel: percent(q.serviceLevel),
          'asa (s)': round(q.asa),
          'aht (s)': round(q.aht),
          abandonRate: percent(q.abandonRate),
          csat: percent(q.csat),
        })),
      );
    });
}

/** The figures of metrics.md, flat, with which definition produced them. */
function figures(m: ContactMetrics) {
  const { definition, ...rest } = m;
  return { ...rest, serviceLevelDefinition: definition };
}

function date(flag: string) {
  return (value: string) => {
    if (!LOCAL_DATE.test(value)) throw new InvalidArgumentError(`${flag} must be YYYY-MM-DD`);
    return value;
  };
}

const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);
const round = (v: number | null) => (v === null ? '—' : Math.round(v * 10) / 10);
