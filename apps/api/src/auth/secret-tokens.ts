import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Opaque secrets handed out by the server. The prefix says what a secret is, so one
 * `Authorization: Bearer …` header carries any of them and a leaked one is recognisable
 * (secret scanners): sfr_ refresh token, sfk_ wallboard kiosk token, sfi_ ingestion API key.
 */
export const TOKEN_PREFIX = { refresh: 'sfr_', kiosk: 'sfk_', ingest: 'sfi_' } as const;
export type TokenKind = keyof typeof TOKEN_PREFIX;

/** A new secret: the prefix and 32 random bytes in base64url (256 bits of entropy). */
export function newSecret(kind: TokenKind): string {
  return TOKEN_PREFIX[kind] + randomBytes(32).toString('base64url');
}

/**
 * What is stored for a secret: its SHA-256, hex. The secrets are random 256-bit values, so a
 * fast hash is enough (no dictionary to guess from); passwords use argon2 instead.
 */
export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The kind of a presented secret by its prefix, or null. */
export function secretKind(secret: string): TokenKind | null {
  for (const [kind, prefix] of Object.entries(TOKEN_PREFIX)) {
    if (secret.startsWith(prefix)) return kind as TokenKind;
  }
  return null;
}

/** Shown in listings so an admin can tell tokens apart without the secret: "sfk_AbC1…". */
export function secretHint(secret: string): string {
  return `${secret.slice(0, 8)}…`;
}

/** Compares two strings in constant time (for secrets held in memory). */
export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
