import type { Role } from '../directory/entities/user.entity.js';
import type { Authentication } from './principal.js';

/** The access decorators found on a handler (auth/roles.decorator.ts). */
export interface AccessRule {
  public: boolean;
  roles: readonly Role[] | undefined;
  kiosk: boolean;
  ingestKey: boolean;
}

export type AccessDecision = 'allow' | 'unauthenticated' | 'forbidden';

/** True when a handler carries at least one access decorator. */
export function isAnnotated(rule: AccessRule): boolean {
  return rule.public || rule.roles !== undefined || rule.kiosk || rule.ingestKey;
}

/**
 * Decides a call (default deny):
 * - @Public: anyone, even with a bad credential;
 * - nothing presented, or a credential that does not check out: unauthenticated;
 * - no decorator at all: forbidden for everyone (an unannotated handler is a bug);
 * - a user: allowed when @Roles lists the role; ADMIN passes every annotated handler;
 * - a kiosk token: only @Kiosk; an API key: only @IngestKey.
 */
export function decideAccess(rule: AccessRule, auth: Authentication): AccessDecision {
  if (rule.public) return 'allow';
  if (auth.status !== 'ok') return 'unauthenticated';
  if (!isAnnotated(rule)) return 'forbidden';
  const p = auth.principal;
  switch (p.kind) {
    case 'user':
      return p.role === 'ADMIN' || (rule.roles ?? []).includes(p.role) ? 'allow' : 'forbidden';
    case 'kiosk':
      return rule.kiosk ? 'allow' : 'forbidden';
    case 'apiKey':
      return rule.ingestKey ? 'allow' : 'forbidden';
  }
}
