import { Injectable, Logger, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import type { IncomingMessage } from 'node:http';
import type { Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { Authenticator } from './authenticator.service.js';
import { MachineCredentials } from './machine-credentials.service.js';
import type { Authentication } from './principal.js';
import type { GraphqlContext } from './request-authentication.js';
import { Sessions } from './sessions.service.js';

/** graphql-ws's `extra` under the ws server, plus what we keep per connection. */
export interface WsExtra {
  socket: WebSocket;
  request: IncomingMessage;
  authentication?: Authentication;
}

/** How often open subscriptions re-check their credential (revoked kiosk token, ended session). */
const RECHECK_MS = 15_000;

/**
 * Authentication of GraphQL subscriptions (graphql-ws): the client sends its credential in the
 * connection params (`{ authorization: 'Bearer <access token | kiosk token>' }`); onConnect
 * checks it once (a bad one closes the socket with 4403), and every resolver's guard sees it in
 * the context. Open sockets re-check their credential every RECHECK_MS and are closed (4403)
 * when the kiosk token was revoked or the user's session ended; a user's role change applies.
 */
@Injectable()
export class GraphqlWsAuth implements OnModuleInit, OnModuleDestroy {
  private readonly log = new Logger('GraphqlWsAuth');
  private readonly open = new Set<WsExtra>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly authenticator: Authenticator,
    private readonly sessions: Sessions,
    private readonly machines: MachineCredentials,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.recheck().catch((e) => this.log.warn(String(e))), RECHECK_MS);
    this.timer.unref();
  }

  onModuleDestroy(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** graphql-ws onConnect: false (close 4403) for a credential that does not check out. */
  onConnect = async (ctx: Context<Record<string, unknown> | undefined, WsExtra>): Promise<boolean> => {
    const authentication = await this.authenticator.fromConnectionParams(ctx.connectionParams);
    if (authentication.status === 'invalid') return false;
    ctx.extra.authentication = authentication;
    this.open.add(ctx.extra);
    return true;
  };

  onClose = (ctx: Context<Record<string, unknown> | undefined, WsExtra>): void => {
    this.open.delete(ctx.extra);
  };

  /** graphql-ws context: what the guard and resolvers see for each operation on the socket. */
  context = (ctx: Context<Record<string, unknown> | undefined, WsExtra>): GraphqlContext => ({
    req: ctx.extra.request as unknown as GraphqlContext['req'],
    authentication: ctx.extra.authentication ?? { status: 'anonymous' },
  });

  /** Closes sockets whose credential is no longer valid; refreshes users' roles. */
  async recheck(): Promise<void> {
    const kiosks = [...this.open].filter(
      (e) => e.authentication?.status === 'ok' && e.authentication.principal.kind === 'kiosk',
    );
    const ids = kiosks.map((e) => (e.authentication as { principal: { id: number } }).principal.id);
    const valid = await this.machines.stillValid('kiosk', ids);
    for (const extra of this.open) {
      const auth = extra.authentication;
      if (auth?.status !== 'ok') continue;
      const p = auth.principal;
      if (p.kind === 'kiosk' && !valid.has(p.id)) this.close(extra);
      if (p.kind === 'user') {
        const current = await this.sessions.sessionUser(p.sessionId, p.userId);
        if (!current) this.close(extra);
        else extra.authentication = { status: 'ok', principal: current };
      }
    }
  }

  private close(extra: WsExtra): void {
    this.open.delete(extra);
    extra.socket.close(4403, 'Forbidden');
  }
}
