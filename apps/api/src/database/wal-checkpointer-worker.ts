import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/*
 * Copies committed WAL pages into the SQLite database file on a thread of its own, a few times a
 * second (see ingest-writer.ts). A PASSIVE checkpoint never blocks the writer or readers; when the
 * writer's own automatic checkpoint comes, most pages are already copied, so the writer thread
 * (the bottleneck of a bulk load) spends its time on the transactions instead.
 */
const CHECKPOINT_EVERY_MS = 250;

const db = new Database((workerData as { path: string }).path);
db.pragma('busy_timeout = 0');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // Busy (another checkpoint is running): the next turn copies the pages.
  }
}, CHECKPOINT_EVERY_MS);

parentPort!.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort!.close();
});
