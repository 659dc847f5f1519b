import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Env } from '../config/env.js';

/**
 * The pub/sub channel of one kind of live message. Channels are namespaced by the database, so
 * API instances share live state exactly when they share a database, and deployments (or test
 * runs) that share one Redis but not a database never see each other's messages.
 */
export function liveChannel(env: Env, name: 'changes' | 'alerts'): string {
  return `servicefloor:${databaseIdentity(env)}:live:${name}`;
}

function databaseIdentity(env: Env): string {
  let identity: string;
  if (env.database.type === 'sqlite') identity = `sqlite:${resolve(env.database.path)}`;
  else {
    const url = new URL(env.database.url);
    identity = `postgres:${url.hostname}:${url.port || '5432'}${url.pathname}`;
  }
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}
