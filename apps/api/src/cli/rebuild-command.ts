import type { Command } from 'commander';
import { IngestService } from '../ingest/ingest.service.js';
import { withCliContext } from './cli-context.js';

/** `servicefloor rebuild`: recomputes contacts and roll-ups from the stored events, in one transaction. */
export function registerRebuildCommand(program: Command): void {
  program
    .command('rebuild')
    .description('recompute contacts and roll-ups from the stored events (after changing a queue definition)')
    .action(async () => {
      const started = performance.now();
      const { events } = await withCliContext((app) => app.get(IngestService).rebuild());
      console.log(
        `Rebuilt roll-ups from ${events.toLocaleString('en-US')} events in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
      );
    });
}
