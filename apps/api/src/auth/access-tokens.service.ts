import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import { createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { ServerSecretEntity } from './entities/server-secret.entity.js';

const ISSUER = 'servicefloor';
const AUDIENCE = 'servicefloor-api';

/** The claims of an access token. The role is informative: the guard reads the user's current role. */
export interface AccessClaims {
  sub: string;
  sid: string;
  role: string;
  name: string;
}

/**
 * Short-lived access tokens: JWT, HS256, `iss`/`aud` checked, lifetime ACCESS_TOKEN_TTL_SECONDS.
 * The key is JWT_SECRET, or one generated on first start and kept in server_secrets.
 */
@Injectable()
export class AccessTokens implements OnModuleInit {
  /**
   * The key as a KeyObject: given a string, jsonwebtoken first tries it as a PEM public key (a
   * parse that throws) on every check, ~0.9 ms a token against ~0.02 ms with the same key given as
   * the KeyObject it then makes of the string's UTF-8 bytes.
   */
  private key: KeyObject;

  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly db: DataSource,
    private readonly jwt: JwtService,
  ) {}

  async onModuleInit(): Promise<void> {
    this.key = createSecretKey(Buffer.from(this.env.JWT_SECRET ?? (await this.storedSecret()), 'utf8'));
  }

  get ttlSeconds(): number {
    return this.env.ACCESS_TOKEN_TTL_SECONDS;
  }

  sign(claims: AccessClaims): Promise<string> {
    return this.jwt.signAsync(claims, {
      secret: this.secret(),
      algorithm: 'HS256',
      expiresIn: this.env.ACCESS_TOKEN_TTL_SECONDS,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
  }

  /** The claims of a valid, unexpired token, or null. */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const claims = await this.jwt.verifyAsync<AccessClaims>(token, {
        secret: this.secret(),
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      return typeof claims.sub === 'string' && typeof claims.sid === 'string' ? claims : null;
    } catch {
      return null;
    }
  }

  /** The key as @nestjs/jwt takes it: typed `string | Buffer`, handed to jsonwebtoken as it is. */
  private secret(): string {
    return this.key as unknown as string;
  }

  /** The generated key: created once (the first instance to start wins), then read by everyone. */
  private async storedSecret(): Promise<string> {
    const repo = this.db.getRepository(ServerSecretEntity);
    const found = await repo.findOneBy({ name: 'jwt' });
    if (found) return found.value;
    await repo
      .createQueryBuilder()
      .insert()
      .values({ name: 'jwt', value: randomBytes(48).toString('base64url') })
      .orIgnore()
      .execute();
    return (await repo.findOneByOrFail({ name: 'jwt' })).value;
  }
}
