import { Inject, Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ENV } from '../config/config.module.js';
import type { Env } from '../config/env.js';
import { UserEntity } from '../directory/entities/user.entity.js';
import { hashPassword, oneTimePassword } from './passwords.js';

/**
 * On first start (no user with the ADMIN role and a password), creates the first administrator:
 * ADMIN_USERNAME with ADMIN_PASSWORD, or with a one-time password printed once to the terminal.
 * An existing user of that name is promoted and given the password. Later starts change nothing.
 */
@Injectable()
export class FirstAdmin implements OnApplicationBootstrap {
  constructor(
    @Inject(ENV) private readonly env: Env,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.ensure();
  }

  /** Creates the first admin if needed; returns what was done (for tests). */
  async ensure(
    print: (text: string) => void = (t) => process.stdout.write(t),
  ): Promise<'exists' | 'created'> {
    const users = this.db.getRepository(UserEntity);
    const admins = await users.find({ where: { role: 'ADMIN' } });
    if (admins.some((u) => u.passwordHash !== null)) return 'exists';
    const username = this.env.ADMIN_USERNAME;
    const generated = this.env.ADMIN_PASSWORD === undefined;
    const password = this.env.ADMIN_PASSWORD ?? oneTimePassword();
    const passwordHash = await hashPassword(password);
    const existing = await users.findOneBy({ username });
    if (existing) await users.update(existing.id, { role: 'ADMIN', passwordHash });
    else
      await users
        .createQueryBuilder()
        .insert()
        .values({ username, displayName: 'Administrator', role: 'ADMIN', agentId: null, passwordHash })
        .orIgnore()
        .execute();
    // Another instance starting at the same moment may have won: only the winner's password is real.
    const stored = await users.findOneBy({ username });
    if (stored?.passwordHash !== passwordHash) return 'exists';
    if (generated) {
      print(
        [
          '',
          '  ServiceFloor: first administrator created.',
          `    username: ${username}`,
          `    password: ${password}`,
          '  This password is shown only once. Sign in and change it (or set ADMIN_PASSWORD before the first start).',
          '',
          '',
        ].join('\n'),
      );
    }
    return 'created';
  }
}
