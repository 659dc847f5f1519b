import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { badInput } from '../common/validation.js';
import { UserEntity } from '../directory/entities/user.entity.js';
import { User } from '../directory/models/directory.models.js';
import {
  ChangePasswordArgs,
  CredentialNameArgs,
  IdArgs,
  SetUserPasswordArgs,
  UserIdArgs,
} from './dto/auth.inputs.js';
import type { AccessCredentialEntity } from './entities/access-credential.entity.js';
import { MachineCredentials, type MachineKind } from './machine-credentials.service.js';
import { AccessCredential, CreatedAccessCredential } from './models/auth.models.js';
import type { Principal } from './principal.js';
import { CurrentPrincipal } from './request-authentication.js';
import { ALL_ROLES, Roles } from './roles.decorator.js';
import { Sessions } from './sessions.service.js';

type UserPrincipal = Extract<Principal, { kind: 'user' }>;

/** The signed-in user, passwords and sessions, kiosk tokens and API keys (admin). */
@Resolver(() => User)
export class AuthResolver {
  constructor(
    private readonly sessions: Sessions,
    private readonly machines: MachineCredentials,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Roles(...ALL_ROLES)
  @Query(() => User, { description: 'The signed-in user (their role decides the pages they see)' })
  async me(@CurrentPrincipal() principal: UserPrincipal): Promise<UserEntity> {
    return this.db.getRepository(UserEntity).findOneByOrFail({ id: principal.userId });
  }

  @Roles('ADMIN')
  @ResolveField(() => Boolean, {
    nullable: true,
    description: 'Whether the user can sign in (a password is set); ADMIN only',
  })
  hasPassword(@Parent() user: UserEntity): boolean {
    return user.passwordHash !== null && user.passwordHash !== undefined;
  }

  @Roles(...ALL_ROLES)
  @Mutation(() => Boolean, { description: "Changes the caller's password and ends their other sessions" })
  async changePassword(
    @Args() args: ChangePasswordArgs,
    @CurrentPrincipal() principal: UserPrincipal,
  ): Promise<boolean> {
    if (!(await this.sessions.checkPassword(principal.userId, args.currentPassword)))
      throw badInput([{ field: 'currentPassword', reason: 'is not your current password' }]);
    await this.sessions.setPassword(principal.userId, args.newPassword, principal.sessionId);
    return true;
  }

  @Roles('ADMIN')
  @Mutation(() => User, {
    description: "Sets a user's password (they can then sign in) and ends their sessions",
  })
  async setUserPassword(@Args() args: SetUserPasswordArgs): Promise<UserEntity> {
    const user = await this.user(args.userId, 'userId');
    await this.sessions.setPassword(user.id, args.password);
    return this.user(args.userId, 'userId');
  }

  @Roles('ADMIN')
  @Mutation(() => Int, {
    description: 'Ends every session of a user (signs them out everywhere); how many ended',
  })
  async revokeUserSessions(@Args() args: UserIdArgs): Promise<number> {
    const user = await this.user(args.userId, 'userId');
    return this.sessions.revokeUser(user.id, 'revoked');
  }

  @Roles('ADMIN')
  @Query(() => [AccessCredential], { description: 'Wallboard kiosk tokens, revoked ones included' })
  async kioskTokens(): Promise<AccessCredential[]> {
    return (await this.machines.list('kiosk')).map(toCredential);
  }

  @Roles('ADMIN')
  @Mutation(() => CreatedAccessCredential, {
    description: 'Creates a wallboard kiosk token (read-only live data); its secret is returned this once',
  })
  createKioskToken(@Args() args: CredentialNameArgs, @CurrentPrincipal() by: UserPrincipal) {
    return this.create('kiosk', args.name, by);
  }

  @Roles('ADMIN')
  @Mutation(() => AccessCredential, { description: 'Revokes a kiosk token: its wallboards disconnect' })
  revokeKioskToken(@Args() args: IdArgs) {
    return this.revoke('kiosk', args.id);
  }

  @Roles('ADMIN')
  @Query(() => [AccessCredential], { description: 'Ingestion API keys, revoked ones included' })
  async apiKeys(): Promise<AccessCredential[]> {
    return (await this.machines.list('apiKey')).map(toCredential);
  }

  @Roles('ADMIN')
  @Mutation(() => CreatedAccessCredential, {
    description: 'Creates an ingestion API key (ingest only); its secret is returned this once',
  })
  createApiKey(@Args() args: CredentialNameArgs, @CurrentPrincipal() by: UserPrincipal) {
    return this.create('apiKey', args.name, by);
  }

  @Roles('ADMIN')
  @Mutation(() => AccessCredential, { description: 'Revokes an ingestion API key' })
  revokeApiKey(@Args() args: IdArgs) {
    return this.revoke('apiKey', args.id);
  }

  private async create(kind: MachineKind, name: string, by: UserPrincipal): Promise<CreatedAccessCredential> {
    const { credential, secret } = await this.machines.create(kind, name.trim(), by.username);
    return { credential: toCredential(credential), secret };
  }

  private async revoke(kind: MachineKind, id: string): Promise<AccessCredential> {
    const revoked = await this.machines.revoke(kind, Number(id));
    if (!revoked)
      throw badInput([
        { field: 'id', reason: `no ${kind === 'kiosk' ? 'kiosk token' : 'API key'} with id ${id}` },
      ]);
    return toCredential(revoked);
  }

  private async user(id: string, field: string): Promise<UserEntity> {
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: Number(id) });
    if (!user) throw badInput([{ field, reason: `no user with id ${id}` }]);
    return user;
  }
}

function iso(ms: number | null): string | null {
  return ms === null ? null : new Date(Number(ms)).toISOString();
}

function toCredential(c: AccessCredentialEntity): AccessCredential {
  return {
    id: c.id,
    name: c.name,
    hint: c.hint,
    createdAt: iso(c.createdAt)!,
    createdBy: c.createdBy,
    lastUsedAt: iso(c.lastUsedAt),
    revokedAt: iso(c.revokedAt),
  };
}
