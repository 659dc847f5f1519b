import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL returns BIGINT as a string (it may exceed 2^53); our bigints are epoch
 * milliseconds and counters, far below that, so they are read back as numbers.
 */
export const bigintAsNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null || value === undefined ? value : Number(value)),
};

/** Options for a BIGINT column holding epoch milliseconds or a large counter. */
export const bigint = { type: 'bigint', transformer: bigintAsNumber } as const;

/** A double-precision column (same name on SQLite and PostgreSQL). */
export const double = { type: 'double precision' } as const;
