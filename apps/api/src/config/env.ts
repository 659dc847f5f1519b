import { z } from 'zod';
import { authEnv } from '../auth/auth-env.js';

/**
 * The environment, validated once at start-up. A bad value stops the process with a message
 * naming the variable (see README "Configuration").
 */
const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || /^(sqlite:.+|postgres(ql)?:\/\/.+)$/.test(v), {
      message: 'must be sqlite:PATH or postgres://…',
    }),
  PORT: z.coerce
    .number({ message: 'must be a port number' })
    .int('must be a whole number')
    .min(0)
    .max(65535)
    .default(3000),
  HOST: z.string().default('0.0.0.0'),
  REDIS_URL: z
    .string()
    .trim()
    .optional()
    .transform((v) => (v === '' ? undefined : v))
    .refine((v) => v === undefined || /^rediss?:\/\/.+/.test(v), { message: 'must be redis://…' }),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NODE_ENV: z.string().default('development'),
  /** Directory of the built dashboard to serve on the same port; empty turns it off. */
  DASHBOARD_DIR: z.string().optional(),
  /** on: create the demo directory (and, with the simulator, history and a live day) on first start. */
  DEMO: z.enum(['on', 'off']).default('on'),
  DEMO_SEED: z.coerce.number().int().default(42),
  /** 0: today so far is sent at once on start; N: today is replayed from midnight at N× until it catches up. */
  DEMO_SPEED: z.coerce.number().min(0, 'must be ≥ 0').default(0),
  DEMO_HISTORY_DAYS: z.coerce.number().int().min(0).max(400).default(183),
  /** Where to write the GraphQL schema (SDL) at start-up; the dashboard's types are generated from it. */
  GRAPHQL_SCHEMA_FILE: z.string().optional(),
  /** Maximum accepted clock skew for event times in the future, seconds. */
  EVENT_MAX_FUTURE_SECONDS: z.coerce.number().int().min(0).default(300),
  ...authEnv,
});

export type Env = z.infer<typeof envSchema> & { database: DatabaseConfig };

export type DatabaseConfig = { type: 'sqlite'; path: string } | { type: 'postgres'; url: string };

export class ConfigError extends Error {}

/** Parses and validates process.env (or the given record). Throws ConfigError naming each bad variable. */
export function loadEnv(source: Record<string, string | undefined> = process.env): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join('\n  ')}`);
  }
  return { ...result.data, database: databaseConfig(result.data.DATABASE_URL) };
}

function databaseConfig(url: string | undefined): DatabaseConfig {
  if (url === undefined) return { type: 'sqlite', path: 'data/servicefloor.sqlite' };
  if (url.startsWith('sqlite:')) return { type: 'sqlite', path: url.slice('sqlite:'.length) };
  return { type: 'postgres', url };
}
