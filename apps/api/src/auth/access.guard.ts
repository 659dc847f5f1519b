import {
  ForbiddenException,
  Injectable,
  UnauthorizedException,
  type CanActivate,
  type ExecutionContext,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext } from '@nestjs/graphql';
import { GraphQLError, type GraphQLResolveInfo } from 'graphql';
import type { Role } from '../directory/entities/user.entity.js';
import { decideAccess, isAnnotated, type AccessRule } from './access-policy.js';
import { Authenticator } from './authenticator.service.js';
import { authenticationOf, rememberAuthentication } from './request-authentication.js';
import { INGEST_KEY, KIOSK_KEY, PUBLIC_KEY, ROLES_KEY } from './roles.decorator.js';

/** What the guard answers when it refuses a call. */
export const GUARD_MESSAGES = {
  anonymous: 'Sign in (or present a kiosk token or API key) to do this',
  invalid: 'The credential is invalid, expired or revoked: sign in again',
  forbidden: 'Your role may not do this',
} as const;

/**
 * The global guard (APP_GUARD): every HTTP route and GraphQL root field is checked against its
 * access decorators (roles.decorator.ts); no decorator means nobody. GraphQL field resolvers
 * (`@ResolveField`) are checked when they carry a decorator (e.g. a field only some roles may
 * see) and otherwise inherit the check of the root field that reached them.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: Authenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const rule = this.ruleOf(context);
    const graphql = context.getType<string>() === 'graphql';
    if (graphql && !isRootField(GqlExecutionContext.create(context).getInfo()) && !isAnnotated(rule))
      return true;
    if (rule.public) return true;
    const auth = await authenticationOf(context, this.authenticator);
    rememberAuthentication(context, auth);
    const decision = decideAccess(rule, auth);
    if (decision === 'allow') return true;
    const message =
      decision === 'forbidden'
        ? GUARD_MESSAGES.forbidden
        : auth.status === 'invalid'
          ? GUARD_MESSAGES.invalid
          : GUARD_MESSAGES.anonymous;
    if (graphql) {
      throw new GraphQLError(message, {
        extensions: { code: decision === 'unauthenticated' ? 'UNAUTHENTICATED' : 'FORBIDDEN' },
      });
    }
    throw decision === 'unauthenticated'
      ? new UnauthorizedException(message)
      : new ForbiddenException(message);
  }

  private ruleOf(context: ExecutionContext): AccessRule {
    const targets = [context.getHandler(), context.getClass()];
    return {
      public: this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets) ?? false,
      roles: this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets),
      kiosk: this.reflector.getAllAndOverride<boolean>(KIOSK_KEY, targets) ?? false,
      ingestKey: this.reflector.getAllAndOverride<boolean>(INGEST_KEY, targets) ?? false,
    };
  }
}

function isRootField(info: GraphQLResolveInfo): boolean {
  const { schema, parentType } = info;
  return (
    parentType === schema.getQueryType() ||
    parentType === schema.getMutationType() ||
    parentType === schema.getSubscriptionType()
  );
}
