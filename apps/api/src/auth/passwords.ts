import { hash, verify } from '@node-rs/argon2';
import { randomBytes } from 'node:crypto';

/** Shortest accepted password (NIST SP 800-63B asks at least 8; we ask more for staff accounts). */
export const MIN_PASSWORD_LENGTH = 12;
/** Longest accepted password: argon2 cost does not depend on it, but the request body does. */
export const MAX_PASSWORD_LENGTH = 256;

/*
 * argon2id with the OWASP Password Storage Cheat Sheet's first recommendation
 * (m = 19 MiB, t = 2, p = 1). @node-rs/argon2's Algorithm enum is a const enum, so the
 * numeric value (2 = Argon2id) is written here.
 */
const OPTIONS = { algorithm: 2, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/** An argon2id hash (PHC string) of a password. */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/** True when `password` matches the stored argon2 hash; false for a malformed hash. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

/** A hash to verify against when the user does not exist, so timing does not tell usernames apart. */
let dummyHash: Promise<string> | null = null;
export function dummyPasswordHash(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('hex'));
  return dummyHash;
}

/** Why a new password is refused, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters`;
  return null;
}

/** A one-time password for the first administrator: 18 random bytes, base64url (24 characters). */
export function oneTimePassword(): string {
  return randomBytes(18).toString('base64url');
}
