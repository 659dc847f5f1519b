import { z } from 'zod';

const optional = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === '' ? undefined : v));

const int = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ message: 'must be a number' })
    .int('must be a whole number')
    .min(min, `must be at least ${min}`)
    .max(max, `must be at most ${max}`)
    .default(fallback);

/**
 * Access control and hardening settings (README "Configuration"), merged into the one Env of
 * config/env.ts. Secrets are optional: without them the server still starts (see each field).
 */
export const authEnv = {
  /** Username of the first administrator, created on first start when there is no ADMIN yet. */
  ADMIN_USERNAME: z
    .string()
    .trim()
    .regex(/^[a-z0-9._-]{3,100}$/, 'must be 3–100 lower-case letters, digits, . _ or -')
    .default('admin'),
  /** Its password; unset: a one-time password is generated and printed once to the terminal. */
  ADMIN_PASSWORD: optional.refine((v) => v === undefined || v.length >= 12, {
    message: 'must be at least 12 characters',
  }),
  /**
   * HMAC key signing access tokens (HS256). Unset: one is generated on first start and kept in
   * the database (table server_secrets), so restarts and several instances agree.
   */
  JWT_SECRET: optional.refine((v) => v === undefined || v.length >= 32, {
    message: 'must be at least 32 characters',
  }),
  /** Lifetime of an access token, seconds. */
  ACCESS_TOKEN_TTL_SECONDS: int(60, 86_400, 900),
  /** Lifetime of a refresh token (renewed at each rotation), days. */
  REFRESH_TOKEN_TTL_DAYS: int(1, 365, 30),
  /** Login attempts allowed per client address within LOGIN_RATE_WINDOW_SECONDS. */
  LOGIN_RATE_LIMIT: int(1, 10_000, 10),
  LOGIN_RATE_WINDOW_SECONDS: int(1, 86_400, 60),
  /**
   * Express "trust proxy": unset when clients connect directly; behind a load balancer, the
   * number of proxy hops (1) or their addresses, so rate limits see the client's address.
   */
  TRUST_PROXY: optional,
  /**
   * Key for pseudonymizing customer identifiers at ingestion (HMAC-SHA256). Unset: customer ids
   * are stored as sent. Changing it breaks the link between old and new ids (repeat contacts).
   */
  CUSTOMER_ID_KEY: optional.refine((v) => v === undefined || v.length >= 16, {
    message: 'must be at least 16 characters',
  }),
  /** GraphQL limits: nesting depth, cost (one per field), aliases per document, operations per batch. */
  GRAPHQL_MAX_DEPTH: int(2, 100, 12),
  GRAPHQL_MAX_COMPLEXITY: int(10, 1_000_000, 2000),
  GRAPHQL_MAX_ALIASES: int(0, 10_000, 30),
  GRAPHQL_MAX_BATCH: int(1, 100, 10),
};
