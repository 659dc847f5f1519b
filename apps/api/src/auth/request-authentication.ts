import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { GqlExecutionContext } from '@nestjs/graphql';
import type { Authenticator } from './authenticator.service.js';
import type { Authentication, Principal } from './principal.js';

/** Where a request's authentication is kept once worked out (per HTTP request or WebSocket). */
const cache = new WeakMap<object, Promise<Authentication>>();

interface HasHeaders {
  headers: Record<string, string | string[] | undefined>;
}

/**
 * The GraphQL context: over HTTP `{ req }`; over graphql-ws `{ req, authentication }` where the
 * connection was authenticated once in onConnect (auth/graphql-ws-auth.ts).
 */
export interface GraphqlContext {
  req?: HasHeaders;
  authentication?: Authentication;
}

/** The carrier of a call's credentials: the HTTP request, or the GraphQL context. */
function carrier(context: ExecutionContext): { req?: HasHeaders; authentication?: Authentication } {
  if (context.getType<string>() === 'graphql') return GqlExecutionContext.create(context).getContext();
  return { req: context.switchToHttp().getRequest<HasHeaders>() };
}

/** Authenticates the call once and remembers the result for the rest of the request. */
export function authenticationOf(
  context: ExecutionContext,
  authenticator: Authenticator,
): Promise<Authentication> {
  const { req, authentication } = carrier(context);
  if (authentication) return Promise.resolve(authentication);
  if (!req) return Promise.resolve({ status: 'anonymous' });
  let pending = cache.get(req);
  if (!pending) {
    pending = authenticator.fromHeaders(req.headers);
    cache.set(req, pending);
  }
  return pending;
}

/** The principal the guard admitted (set by AccessGuard), or null on @Public handlers without one. */
export function principalOf(context: ExecutionContext): Principal | null {
  const { req, authentication } = carrier(context);
  const auth = authentication ?? (req ? settled.get(req) : undefined);
  return auth?.status === 'ok' ? auth.principal : null;
}

/** Results already known synchronously (for principalOf, after the guard). */
const settled = new WeakMap<object, Authentication>();

/** Records a worked-out authentication so principalOf can read it without waiting. */
export function rememberAuthentication(context: ExecutionContext, auth: Authentication): void {
  const { req } = carrier(context);
  if (req) settled.set(req, auth);
}

/**
 * The caller, in a resolver or controller: `@CurrentPrincipal() principal: Principal`.
 * Use it to narrow data to the caller (an AGENT sees only their own schedule: principal.agentId).
 */
export const CurrentPrincipal = createParamDecorator((_: unknown, context: ExecutionContext) =>
  principalOf(context),
);
