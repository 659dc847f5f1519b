/*
 * Database work written once for SQLite and PostgreSQL: a program is a generator that yields
 * SQL steps (with `?` placeholders) and receives each step's rows. A runner executes it as one
 * transaction — synchronously on SQLite (nothing else can interleave), step by step on
 * PostgreSQL. `yield* sql(…)` keeps the row types.
 */

export type Dialect = 'sqlite' | 'postgres';

export interface SqlStep {
  sql: string;
  params: readonly unknown[];
  /**
   * SQLite only: run the statement once per row (each row its parameters) and answer each row's
   * count of changed rows, in order, instead of rows. See insertIfNew.
   */
  eachRow?: readonly (readonly unknown[])[];
}

export type SqlProgram<T> = Generator<SqlStep, T, unknown[]>;

/** One statement; returns its rows (RETURNING and SELECT), or [] for plain writes. */
export function* sql<R = Record<string, unknown>>(
  text: string,
  params: readonly unknown[] = [],
): Generator<SqlStep, R[], unknown[]> {
  return (yield { sql: text, params }) as R[];
}

/** `?` placeholders → `$1, $2, …` for PostgreSQL. Our statements never hold a literal `?`. */
export function numberedPlaceholders(text: string): string {
  let n = 0;
  return text.replace(/\?/g, () => `$${++n}`);
}

/** The larger of two expressions (SQLite's scalar max, PostgreSQL's GREATEST). */
export function greatest(dialect: Dialect, a: string, b: string): string {
  return dialect === 'sqlite' ? `max(${a}, ${b})` : `GREATEST(${a}, ${b})`;
}

/** Most rows per multi-row statement, keeping well under both databases' parameter limits. */
export function rowsPerStatement(columns: number): number {
  return Math.max(1, Math.floor(30_000 / columns));
}

/** `(?, ?, ?), (?, ?, ?)` for `rows` rows of `columns` values. */
export function valuesList(rows: number, columns: number): string {
  const row = `(${new Array(columns).fill('?').join(', ')})`;
  return new Array(rows).fill(row).join(', ');
}

/**
 * Splits a list into chunks of at most `size`, for one statement each. Chunk lengths come from a
 * small fixed set — the largest power of two ≤ size, then powers of two for the rest (1,000 rows
 * of at most 256: 3 × 256, 128, 64, 32, 8) — so that a statement's text repeats from batch to batch
 * and its prepared form is reused (preparing a fresh multi-row statement per batch cost more than
 * running it).
 */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  let piece = 2 ** Math.floor(Math.log2(Math.max(1, size)));
  let i = 0;
  while (i < items.length) {
    while (piece > items.length - i) piece /= 2;
    out.push(items.slice(i, i + piece));
    i += piece;
  }
  return out;
}

export type ColumnType = 'text' | 'bigint' | 'integer' | 'double precision';

/**
 * `INSERT INTO table (columns) <rows> <suffix>` for many rows. On PostgreSQL the rows travel as one
 * array per column through unnest(), which binds far faster than thousands of placeholders; on
 * SQLite as chunked multi-row VALUES. `suffix` holds ON CONFLICT … and RETURNING clauses.
 */
export function* insertRows<R = Record<string, unknown>>(
  dialect: Dialect,
  table: string,
  columns: readonly (readonly [name: string, type: ColumnType])[],
  rows: readonly (readonly unknown[])[],
  suffix = '',
): Generator<SqlStep, R[], unknown[]> {
  if (rows.length === 0) return [];
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  if (dialect === 'postgres') {
    const arrays = columns.map((_, i) => rows.map((row) => (row[i] === undefined ? null : row[i])));
    const unnest = columns.map(([, type]) => `?::${type}[]`).join(', ');
    return yield* sql<R>(`INSERT INTO ${table} (${names}) SELECT * FROM unnest(${unnest}) ${suffix}`, arrays);
  }
  const out: R[] = [];
  for (const part of chunk(rows, Math.min(256, rowsPerStatement(columns.length)))) {
    const returned = yield* sql<R>(
      `INSERT INTO ${table} (${names}) VALUES ${valuesList(part.length, columns.length)} ${suffix}`,
      flatten(part, columns.length),
    );
    for (const row of returned) out.push(row);
  }
  return out;
}

/** The rows' values in one array, row after row (Array.prototype.flat was 4% of a bulk load). */
function flatten(rows: readonly (readonly unknown[])[], columns: number): unknown[] {
  const values = new Array<unknown>(rows.length * columns);
  let i = 0;
  for (const row of rows) for (let c = 0; c < columns; c++) values[i++] = row[c];
  return values;
}

/**
 * Inserts the rows whose `key` is not stored yet (ON CONFLICT DO NOTHING); answers, row by row,
 * whether it was inserted. On SQLite a one-row statement runs once per row and its change count
 * tells: a third cheaper than a multi-row statement with RETURNING, which was the largest single
 * cost of storing events. On PostgreSQL one unnest() statement returns the inserted keys.
 */
export function* insertIfNew(
  dialect: Dialect,
  table: string,
  columns: readonly (readonly [name: string, type: ColumnType])[],
  rows: readonly (readonly unknown[])[],
  key: string,
): Generator<SqlStep, boolean[], unknown[]> {
  if (rows.length === 0) return [];
  const conflict = `ON CONFLICT ("${key}") DO NOTHING`;
  if (dialect === 'postgres') {
    const keyIndex = columns.findIndex(([name]) => name === key);
    const inserted = yield* insertRows<Record<string, unknown>>(
      dialect,
      table,
      columns,
      rows,
      `${conflict} RETURNING "${key}"`,
    );
    const keys = new Set(inserted.map((row) => String(row[key])));
    return rows.map((row) => keys.has(String(row[keyIndex])));
  }
  const names = columns.map(([name]) => `"${name}"`).join(', ');
  const changes = yield {
    sql: `INSERT INTO ${table} (${names}) VALUES ${valuesList(1, columns.length)} ${conflict}`,
    params: [],
    eachRow: rows,
  };
  return changes.map((count) => (count as number) > 0);
}
