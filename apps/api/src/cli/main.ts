import 'reflect-metadata';
import { Command } from 'commander';
import { boundHeapGrowth } from '../app/heap-growth.js';
import { registerBackupCommand } from './backup-command.js';
import { registerErlangCommand } from './erlang-command.js';
import { registerImportCommand } from './import-command.js';
import { registerMetricsCommand } from './metrics-command.js';
import { registerMigrateCommand } from './migrate-command.js';
import { registerRebuildCommand } from './rebuild-command.js';

/*
 * `servicefloor` — the command line of ServiceFloor. It uses the same storage configuration
 * (DATABASE_URL) as the server. Each command lives in its own <command>-command.ts.
 */
// `import` of a large file runs the same pipeline as the server, with the same heap policy.
boundHeapGrowth();
const program = new Command()
  .name('servicefloor')
  .description('ServiceFloor: contact-center operations and workforce management')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

registerImportCommand(program);
registerMetricsCommand(program);
registerRebuildCommand(program);
registerErlangCommand(program);
registerMigrateCommand(program);
registerBackupCommand(program);
(await import('./simulate-command.js')).registerSimulateCommand(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  console.error(`servicefloor: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
