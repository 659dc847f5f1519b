import type { Channel } from '../../graphql/generated/graphql.js';

/** What the operations page shows: every queue of the site, one channel's queues, or one queue. */
export type Scope =
  { kind: 'all' } | { kind: 'channel'; channel: Channel } | { kind: 'queue'; queueId: string };

export interface ScopeQueue {
  id: string;
  name: string;
  channel: Channel;
  siteId: number;
}

/** The scope from the address (`?scope=channel:HOTLINE`, `?scope=queue:3`); everything otherwise. */
export function parseScope(value: string | null): Scope {
  const [kind, arg] = (value ?? '').split(':');
  if (kind === 'channel' && (arg === 'HOTLINE' || arg === 'ONLINE' || arg === 'CLAIM_DESK'))
    return { kind: 'channel', channel: arg };
  if (kind === 'queue' && /^\d+$/.test(arg ?? '')) return { kind: 'queue', queueId: arg! };
  return { kind: 'all' };
}

export function scopeValue(scope: Scope): string {
  if (scope.kind === 'channel') return `channel:${scope.channel}`;
  if (scope.kind === 'queue') return `queue:${scope.queueId}`;
  return 'all';
}

/** The queues of the scope among the site's queues (none for a queue of another site). */
export function queuesOfScope<Q extends ScopeQueue>(
  queues: readonly Q[],
  scope: Scope,
  siteId: number | null,
): Q[] {
  const ofSite = queues.filter((q) => siteId === null || q.siteId === siteId);
  if (scope.kind === 'channel') return ofSite.filter((q) => q.channel === scope.channel);
  if (scope.kind === 'queue') return ofSite.filter((q) => q.id === scope.queueId);
  return ofSite;
}
