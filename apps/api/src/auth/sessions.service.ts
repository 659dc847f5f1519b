import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, IsNull, MoreThan, Not } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { UserEntity } from '../directory/entities/user.entity.js';
import { AccessTokens } from './access-tokens.service.js';
import { RefreshTokenEntity } from './entities/refresh-token.entity.js';
import { dummyPasswordHash, hashPassword, verifyPassword } from './passwords.js';
import type { Principal } from './principal.js';
import { hashSecret, newSecret } from './secret-tokens.js';
import { TtlCache } from './ttl-cache.js';

/** What login and refresh answer (README "Login, refresh, logout"). */
export interface IssuedTokens {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  refreshToken: string;
  /** Epoch milliseconds when the refresh token expires. */
  refreshExpiresAt: number;
  user: { id: number; username: string; displayName: string; role: string; agentId: string | null };
}

/**
 * A refresh token presented again within this many milliseconds of its rotation is taken for
 * two tabs refreshing at once, not for theft: it gets a new token instead of ending the session.
 */
const ROTATION_GRACE_MS = 10_000;

/** How long the guard trusts "this session is still open, with this user" before asking again. */
const SESSION_CHECK_MS = 10_000;

type SessionUser = Extract<Principal, { kind: 'user' }>;

/**
 * Sign-in sessions: password login (argon2), rotating refresh tokens stored hashed, logout and
 * revocation. An access token names its session (`sid`); the guard checks the session is still
 * open and reads the user's current role (cached SESSION_CHECK_MS), so logout, revocation and a
 * role change take effect within seconds although access tokens are stateless JWTs.
 */
@Injectable()
export class Sessions {
  private readonly open = new TtlCache<string, SessionUser | null>(SESSION_CHECK_MS);

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly db: DataSource,
    private readonly tokens: AccessTokens,
  ) {}

  /** Signs in with a username and password; null when they do not match (never says which). */
  async login(username: string, password: string): Promise<IssuedTokens | null> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ username });
    if (!user || !user.passwordHash) {
      // Same work as a real check, so response time does not reveal which usernames exist.
      await verifyPassword(await dummyPasswordHash(), password);
      return null;
    }
    if (!(await verifyPassword(user.passwordHash, password))) return null;
    return this.issue(user, randomUUID());
  }

  /**
   * Rotates a refresh token: the one presented is revoked and the next one issued. A token that
   * was already rotated (outside the grace window), logged out or revoked ends its whole session.
   */
  async refresh(refreshToken: string): Promise<IssuedTokens | null> {
    const repo = this.db.getRepository(RefreshTokenEntity);
    const now = Date.now();
    const row = await repo.findOneBy({ tokenHash: hashSecret(refreshToken) });
    if (!row || row.expiresAt <= now) return null;
    if (row.revokedAt !== null) {
      const race = row.revokedReason === 'rotated' && now - row.revokedAt < ROTATION_GRACE_MS;
      if (!race) {
        if (row.revokedReason === 'rotated') await this.revokeFamily(row.familyId, 'reuse');
        return null;
      }
    } else {
      const claimed = await repo.update(
        { id: row.id, revokedAt: IsNull() },
        { revokedAt: now, revokedReason: 'rotated' },
      );
      if (!claimed.affected) return this.refresh(refreshToken);
    }
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: row.userId });
    if (!user || !user.passwordHash) {
      await this.revokeFamily(row.familyId, 'revoked');
      return null;
    }
    return this.issue(user, row.familyId);
  }

  /** Ends the session a refresh token belongs to. True when there was one. */
  async logout(refreshToken: string): Promise<boolean> {
    const row = await this.db
      .getRepository(RefreshTokenEntity)
      .findOneBy({ tokenHash: hashSecret(refreshToken) });
    if (!row) return false;
    await this.revokeFamily(row.familyId, 'logout');
    return true;
  }

  /** Ends every session of a user (except `keep`, the caller's own); the number ended. */
  async revokeUser(userId: number, reason: string, keep?: string): Promise<number> {
    const repo = this.db.getRepository(RefreshTokenEntity);
    const where = { userId, revokedAt: IsNull(), ...(keep ? { familyId: Not(keep) } : {}) };
    const families = new Set((await repo.findBy(where)).map((r) => r.familyId));
    await repo.update(where, { revokedAt: Date.now(), revokedReason: reason });
    this.open.clear();
    return families.size;
  }

  /** Sets a user's password (argon2id) and ends their other sessions. */
  async setPassword(userId: number, password: string, keep?: string): Promise<void> {
    await this.db.getRepository(UserEntity).update(userId, { passwordHash: await hashPassword(password) });
    await this.revokeUser(userId, 'password', keep);
  }

  /** Checks a password of an existing user. */
  async checkPassword(userId: number, password: string): Promise<boolean> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: userId });
    return !!user?.passwordHash && (await verifyPassword(user.passwordHash, password));
  }

  /** The user of an open session, with their current role; null when it was ended. */
  async sessionUser(sessionId: string, userId: number): Promise<SessionUser | null> {
    const cached = this.open.get(sessionId);
    if (cached !== undefined) return cached?.userId === userId ? cached : null;
    const live = await this.db.getRepository(RefreshTokenEntity).findOne({
      where: { familyId: sessionId, revokedAt: IsNull(), expiresAt: MoreThan(Date.now()) },
    });
    const user = live ? await this.db.getRepository(UserEntity).findOneBy({ id: live.userId }) : null;
    const principal: SessionUser | null =
      user && user.passwordHash
        ? {
            kind: 'user',
            userId: user.id,
            username: user.username,
            role: user.role,
            agentId: user.agentId,
            sessionId,
          }
        : null;
    this.open.set(sessionId, principal);
    return principal?.userId === userId ? principal : null;
  }

  private async issue(user: UserEntity, familyId: string): Promise<IssuedTokens> {
    const now = Date.now();
    const refreshToken = newSecret('refresh');
    const refreshExpiresAt = now + this.env.REFRESH_TOKEN_TTL_DAYS * 86_400_000;
    await this.db.getRepository(RefreshTokenEntity).insert({
      tokenHash: hashSecret(refreshToken),
      familyId,
      userId: user.id,
      createdAt: now,
      expiresAt: refreshExpiresAt,
      revokedAt: null,
      revokedReason: null,
    });
    const accessToken = await this.tokens.sign({
      sub: String(user.id),
      sid: familyId,
      role: user.role,
      name: user.username,
    });
    return {
      accessToken,
      tokenType: 'Bearer',
      expiresIn: this.tokens.ttlSeconds,
      refreshToken,
      refreshExpiresAt,
      user: {
        id: user.id,
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        agentId: user.agentId,
      },
    };
  }

  private async revokeFamily(familyId: string, reason: string): Promise<void> {
    await this.db
      .getRepository(RefreshTokenEntity)
      .update({ familyId, revokedAt: IsNull() }, { revokedAt: Date.now(), revokedReason: reason });
    this.open.delete(familyId);
  }
}
