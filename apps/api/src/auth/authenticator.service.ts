import { Injectable } from '@nestjs/common';
import { AccessTokens } from './access-tokens.service.js';
import { InternalIngestKey } from './internal-ingest-key.js';
import { MachineCredentials } from './machine-credentials.service.js';
import type { Authentication } from './principal.js';
import { secretKind } from './secret-tokens.js';
import { Sessions } from './sessions.service.js';

const ANONYMOUS: Authentication = { status: 'anonymous' };
const INVALID: Authentication = { status: 'invalid' };

/** The token of an `Authorization: Bearer …` value, '' when the value is another scheme. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (header === undefined || header === null || header.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : '';
}

/**
 * Turns a presented credential into a principal. One header carries any of them:
 * `Authorization: Bearer <access JWT | sfk_ kiosk token | sfi_ API key>`
 * (ingestion clients may send the API key as `X-API-Key` instead).
 */
@Injectable()
export class Authenticator {
  constructor(
    private readonly tokens: AccessTokens,
    private readonly sessions: Sessions,
    private readonly machines: MachineCredentials,
    private readonly internal: InternalIngestKey,
  ) {}

  /** From HTTP headers (also the GraphQL-over-HTTP request). */
  fromHeaders(headers: Record<string, string | string[] | undefined>): Promise<Authentication> {
    const authorization = first(headers['authorization']);
    const apiKey = first(headers['x-api-key']);
    if (authorization !== undefined && authorization.trim() !== '')
      return this.authenticate(bearerToken(authorization));
    if (apiKey !== undefined && apiKey.trim() !== '') return this.authenticate(apiKey.trim());
    return Promise.resolve(ANONYMOUS);
  }

  /** From graphql-ws connection params: `{ authorization: 'Bearer …' }`. */
  fromConnectionParams(params: Readonly<Record<string, unknown>> | undefined): Promise<Authentication> {
    const value = params?.authorization ?? params?.Authorization;
    if (value === undefined || value === null || value === '') return Promise.resolve(ANONYMOUS);
    if (typeof value !== 'string') return Promise.resolve(INVALID);
    return this.authenticate(bearerToken(value));
  }

  /** A bare credential: undefined (none), '' (unreadable) or a token. */
  async authenticate(token: string | undefined): Promise<Authentication> {
    if (token === undefined) return ANONYMOUS;
    if (token === '' || token.length > 4096) return INVALID;
    const kind = secretKind(token);
    if (kind === 'kiosk') return ok(await this.machines.authenticate('kiosk', token));
    if (kind === 'ingest') {
      if (this.internal.matches(token)) return ok({ kind: 'apiKey', id: 0, name: 'internal' });
      return ok(await this.machines.authenticate('apiKey', token));
    }
    if (kind === 'refresh') return INVALID;
    const claims = await this.tokens.verify(token);
    if (!claims) return INVALID;
    return ok(await this.sessions.sessionUser(claims.sid, Number(claims.sub)));
  }
}

function ok(principal: Extract<Authentication, { status: 'ok' }>['principal'] | null): Authentication {
  return principal ? { status: 'ok', principal } : INVALID;
}

function first(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
