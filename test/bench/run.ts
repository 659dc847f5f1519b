/*
 * `npm run bench [name…]` runs every test/bench/*.bench.ts (or the bench of each given name, or
 * those whose file name contains it when no bench has that name) one after another and prints
 * the figures each reports.
 * A bench module exports `default async function (report: Report)`; figures are measured,
 * never asserted: targets are printed beside them for a reader to compare.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Report } from './report.js';

const here = dirname(fileURLToPath(import.meta.url));
const filters = process.argv.slice(2);
const all = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .sort();
// A name that is a whole bench's name runs that bench alone (`demo` is not also `scheduling-demo`);
// any other name runs every bench whose file name contains it.
const files = all.filter(
  (f) =>
    filters.length === 0 ||
    filters.some((name) => (all.includes(`${name}.bench.ts`) ? f === `${name}.bench.ts` : f.includes(name))),
);

const rows: { bench: string; figure: string; value: string; target: string }[] = [];
for (const file of files) {
  const bench = file.replace(/\.bench\.ts$/, '');
  console.log(`\n▶ ${bench}`);
  const report: Report = (figure, value, unit, target) => {
    const shown = `${formatNumber(value)} ${unit}`;
    console.log(`  ${figure}: ${shown}${target ? `   (target ${target})` : ''}`);
    rows.push({ bench, figure, value: shown, target: target ?? '' });
  };
  const mod = (await import(pathToFileURL(join(here, file)).href)) as {
    default: (r: Report) => Promise<void>;
  };
  const started = performance.now();
  await mod.default(report);
  console.log(`  (${((performance.now() - started) / 1000).toFixed(1)} s)`);
}

console.log('\nSummary');
console.table(rows);

function formatNumber(value: number): string {
  if (Number.isInteger(value)) return value.toLocaleString('en-US');
  return value.toLocaleString('en-US', { maximumSignificantDigits: 4 });
}
