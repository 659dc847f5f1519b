import { Injectable } from '@nestjs/common';
import { Authenticator, bearerToken } from '../auth/authenticator.service.js';
import { Sessions } from '../auth/sessions.service.js';
import { TtlCache } from '../auth/ttl-cache.js';

/** How long a verified access token is remembered (never past its own expiry). */
const REMEMBER_MS = 60_000;

interface VerifiedToken {
  userId: number;
  sessionId: string;
  /** The token's `exp`, epoch ms. */
  expiresAt: number;
}

/**
 * Who a request's `Authorization: Bearer <access token>` is, as the cache key of an answer:
 * `user:<id>:<current role>:<session>`. The token's signature is verified once (a JWT check costs
 * ~1–2 ms, more than serving a cached answer) and remembered until the token expires; the session
 * is asked each time (Sessions caches it for seconds), so a logout, revocation or role change
 * takes effect here as soon as it does in the access guard.
 */
@Injectable()
export class SignedInCallers {
  private readonly verified = new TtlCache<string, VerifiedToken | null>(REMEMBER_MS);

  constructor(
    private readonly authenticator: Authenticator,
    private readonly sessions: Sessions,
  ) {}

  /** The caller's key, or null when the header is not a signed-in user's valid access token. */
  async keyOf(authorization: string | undefined): Promise<string | null> {
    const token = bearerToken(authorization);
    if (!token) return null;
    let known = this.verified.get(token);
    if (known === undefined) {
      known = await this.verify(token);
      this.verified.set(token, known);
    }
    if (!known || known.expiresAt <= Date.now()) return null;
    const user = await this.sessions.sessionUser(known.sessionId, known.userId);
    return user ? `user:${user.userId}:${user.role}:${user.sessionId}` : null;
  }

  private async verify(token: string): Promise<VerifiedToken | null> {
    const auth = await this.authenticator.authenticate(token);
    if (auth.status !== 'ok' || auth.principal.kind !== 'user') return null;
    const { userId, sessionId } = auth.principal;
    return { userId, sessionId, expiresAt: expiryOf(token) };
  }
}

/** The `exp` of a JWT already verified, epoch ms (0 when it has none: not remembered). */
function expiryOf(token: string): number {
  const payload = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as {
    exp?: unknown;
  };
  return typeof payload.exp === 'number' ? payload.exp * 1000 : 0;
}
